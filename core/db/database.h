#pragma once

#include "core/common/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

namespace sd::core {

enum class Dialect { SQLite, PostgreSQL };

/// Where the data lives: a SQLite file, or a PostgreSQL server. Parsed from `--database`.
struct ConnectionSpec {
    Dialect dialect = Dialect::SQLite;
    QString sqlitePath;  ///< SQLite: the database file
    QString host;        ///< PostgreSQL
    int port = 5432;
    QString user;
    QString password;    ///< from the URL, PGPASSWORD, or a prompt (never stored)
    QString dbName;
    QString sslmode;     ///< disable, allow, prefer, require, verify-ca, verify-full

    /// Parses a path or `postgresql://user[:password]@host[:port]/dbname[?sslmode=…]`.
    /// An empty argument means the default SQLite file under the user's data location.
    static Result<ConnectionSpec> parse(const QString &argument);
    /// The default SQLite file: <AppDataLocation>/servicedesk.sqlite.
    static QString defaultSqlitePath();
    /// True when PostgreSQL has no password yet (neither in the URL nor in PGPASSWORD).
    bool needsPassword() const;
    /// A form fit to show (never contains the password).
    QString display() const;
};

/// A handle on this thread's named connection to the database. Cheap to copy; it holds no
/// QSqlDatabase, only the name (STYLE.md: one named connection per thread).
class Database final
{
public:
    Database() = default;

    /// Opens (and configures) a connection named `connectionName` in the calling thread.
    /// SQLite: WAL, foreign keys, busy timeout, synchronous=FULL, pinyin collation.
    static Result<Database> open(const ConnectionSpec &spec, const QString &connectionName = {});
    /// Another connection to the same database, for use in another thread (open it there).
    Result<Database> openAnother(const QString &connectionName) const;
    /// Closes and removes this connection.
    void close();

    bool isValid() const { return !m_name.isEmpty(); }
    QSqlDatabase sql() const;
    Dialect dialect() const { return m_spec.dialect; }
    const ConnectionSpec &spec() const { return m_spec; }
    QString connectionName() const { return m_name; }

    /// Prepares `sql` with `?` placeholders, binds `binds` in order and executes it.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {}) const;
    /// Runs a statement without preparing (DDL, PRAGMA, dollar-quoted PostgreSQL bodies).
    Status execRaw(const QString &sql) const;
    /// First column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &binds = {}) const;
    /// INSERT … RETURNING id on both engines; returns the new id.
    Result<qint64> insertReturningId(const QString &sql, const QVariantList &binds = {}) const;

    /// SQLite checkpoints (copying the WAL into the database file) run only here, never
    /// automatically: the write lock is held through a second connection for the checkpoint's
    /// whole length, so no commit can reset the WAL beside it (the WAL-reset race of SQLite
    /// before 3.51.3). A commit that leaves CheckpointFrames or more in the WAL runs one.
    static constexpr int CheckpointFrames = 1000;
    struct CheckpointResult {
        int walFrames = 0;    ///< frames in the WAL
        int copiedFrames = 0; ///< of them, copied into the database file
        bool busy = false;    ///< another writer or a reader kept some (or all) frames back
    };
    /// Runs a checkpoint, waiting at most `waitMs` for another desk's write to end (then it
    /// gives up with busy set). PostgreSQL: nothing to do. Refused inside a transaction.
    Result<CheckpointResult> checkpoint(int waitMs = 200) const;
    /// SQLite: the frames in the WAL after this connection's last commit (0 on PostgreSQL).
    int walFrames() const;

    /// "Now" for records, in ms since the epoch (UTC): the one clock core reads. Pinned only
    /// through a ScopedClock, which always restores what it found.
    static qint64 nowMs();

private:
    Database(ConnectionSpec spec, QString name) : m_spec(std::move(spec)), m_name(std::move(name)) {}
    Status configure() const;

    ConnectionSpec m_spec;
    QString m_name;
};

/// Pins Database::nowMs() while it lives (demo records written "in the past", tests) and restores
/// the previous setting afterwards. Not for production code paths.
class ScopedClock final
{
public:
    explicit ScopedClock(qint64 msSinceEpoch);
    ~ScopedClock();
    ScopedClock(const ScopedClock &) = delete;
    ScopedClock &operator=(const ScopedClock &) = delete;
    /// The moved-to guard restores; the moved-from one no longer does.
    ScopedClock(ScopedClock &&other) noexcept;
    ScopedClock &operator=(ScopedClock &&) = delete;
    void set(qint64 msSinceEpoch);

private:
    qint64 m_previous = 0;
    bool m_active = true;
};

/// A write transaction: BEGIN IMMEDIATE on SQLite, BEGIN on PostgreSQL. Rolled back when
/// destroyed without commit(). Nested on the same connection, the inner one joins the outer
/// (its commit does nothing; its rollback makes the outer's commit fail and roll back).
class Transaction final
{
public:
    static Result<Transaction> begin(const Database &db);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    ~Transaction();

    Status commit();
    void rollback();
    /// True while a transaction is open on this connection (in this thread).
    static bool isOpen(const Database &db);

private:
    explicit Transaction(Database db, bool outer) : m_db(std::move(db)), m_outer(outer) {}
    Database m_db;
    bool m_outer = false;
    bool m_done = false;
};

/// The current row of a query as column → value.
QVariantMap rowMap(const QSqlQuery &query);

/// Turns a failed QSqlQuery into an Error (Database code, driver text appended).
Error sqlError(const QSqlQuery &query, const QString &what = {});

} // namespace sd::core
