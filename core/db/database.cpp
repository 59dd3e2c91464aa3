#include "core/db/database.h"

#include "core/common/logging.h"
#include "core/common/privatefiles.h"

#include <QSqlRecord>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QLocale>
#include <QProcessEnvironment>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <atomic>
#include <cstring>
#include <mutex>
#include <sqlite3.h>
#include <unicode/ucol.h>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {


std::atomic<qint64> g_testClock{0};

// Pinyin collation for SQLite: the same name ("pinyin") PostgreSQL gets from ICU, so queries
// say `ORDER BY name COLLATE pinyin` on both engines. ICU's zh collator compares the UTF-8
// bytes directly (no QString per comparison): sorting thousands of matches stays fast.
int pinyinCompare(void *arg, int lenA, const void *a, int lenB, const void *b)
{
    auto *collator = static_cast<UCollator *>(arg);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult r = ucol_strcollUTF8(collator, static_cast<const char *>(a), lenA,
                                                static_cast<const char *>(b), lenB, &status);
    if (U_SUCCESS(status) && r != UCOL_EQUAL)
        return r == UCOL_LESS ? -1 : 1;
    // Deterministic for strings the collator deems equal (an index needs a total order).
    const int common = std::min(lenA, lenB);
    const int c = std::memcmp(a, b, size_t(common));
    return c != 0 ? c : lenA - lenB;
}
void destroyCollator(void *arg) { ucol_close(static_cast<UCollator *>(arg)); }

Status registerPinyin(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::Database", "The SQLite driver gave no handle to register the pinyin collation."));
    auto *sqlite = *static_cast<sqlite3 *const *>(handle.data());
    UErrorCode status = U_ZERO_ERROR;
    UCollator *collator = ucol_open("zh@collation=pinyin", &status);
    if (U_FAILURE(status))
        return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::Database", "Could not open ICU's pinyin collator."));
    // ICU defaults, as PostgreSQL's "zh-u-co-pinyin" collation: both engines sort alike.
    if (sqlite3_create_collation_v2(sqlite, "pinyin", SQLITE_UTF8, collator, pinyinCompare,
                                    destroyCollator) != SQLITE_OK) {
        ucol_close(collator);
        return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::Database", "Could not register the pinyin collation."));
    }
    return {};
}

// The WAL-reset race (SQLite before 3.51.3; Debian 12 has 3.40.1): a checkpoint that starts
// while another connection's commit resets the WAL can miss the reset and later lose committed
// pages. Our discipline: no connection of ours checkpoints on its own (the automatic, passive
// checkpoint after a commit is replaced by a WAL hook that only counts frames), and the one
// checkpoint we run (Database::checkpoint) holds the database's write lock through a second
// connection for its whole length, so no commit, hence no WAL reset, can run beside it.
std::mutex g_walMutex;
QHash<sqlite3 *, int> g_walFrames; // frames in the WAL after the connection's last commit

int walHook(void *, sqlite3 *db, const char *, int frames)
{
    std::lock_guard lock(g_walMutex);
    g_walFrames.insert(db, frames);
    return SQLITE_OK;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

// Nesting depth of Transaction per connection name (connections belong to one thread), and
// whether an inner transaction failed: then the outer one may only roll back.
thread_local QHash<QString, int> t_depth;
thread_local QSet<QString> t_poisoned;

} // namespace

// ---------------------------------------------------------------- ConnectionSpec

QString ConnectionSpec::defaultSqlitePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share/servicedesk"_s;
    return dir + u"/servicedesk.sqlite"_s;
}

Result<ConnectionSpec> ConnectionSpec::parse(const QString &argument)
{
    ConnectionSpec spec;
    const QString arg = argument.trimmed();
    if (arg.isEmpty()) {
        spec.sqlitePath = defaultSqlitePath();
        return spec;
    }
    if (arg.startsWith(u"postgresql://"_s) || arg.startsWith(u"postgres://"_s)) {
        const QUrl url(arg, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return failInvalid(u"database"_s, QCoreApplication::translate("sd::core::Database", "Not a valid PostgreSQL address: %1").arg(arg));
        spec.dialect = Dialect::PostgreSQL;
        spec.host = url.host();
        spec.port = url.port(5432);
        spec.user = url.userName();
        spec.password = url.password();
        spec.dbName = url.path().mid(1);
        if (spec.dbName.isEmpty())
            return failInvalid(u"database"_s, QCoreApplication::translate("sd::core::Database", "The PostgreSQL address names no database: %1").arg(arg));
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems()) {
            if (key == u"sslmode"_s) {
                static const QStringList modes = {u"disable"_s, u"allow"_s, u"prefer"_s,
                                                  u"require"_s, u"verify-ca"_s, u"verify-full"_s};
                if (!modes.contains(value))
                    return failInvalid(u"database"_s, QCoreApplication::translate("sd::core::Database", "Unknown sslmode \"%1\".").arg(value));
                spec.sslmode = value;
            } else {
                return failInvalid(u"database"_s, QCoreApplication::translate("sd::core::Database", "Unknown PostgreSQL option \"%1\".").arg(key));
            }
        }
        if (spec.user.isEmpty())
            spec.user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
        if (spec.password.isEmpty())
            spec.password = qEnvironmentVariable("PGPASSWORD");
        if (spec.sslmode.isEmpty())
            spec.sslmode = qEnvironmentVariable("PGSSLMODE");
        return spec;
    }
    spec.sqlitePath = QFileInfo(arg).absoluteFilePath();
    return spec;
}

bool ConnectionSpec::needsPassword() const
{
    return dialect == Dialect::PostgreSQL && password.isEmpty();
}

QString ConnectionSpec::display() const
{
    if (dialect == Dialect::SQLite)
        return sqlitePath;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(dbName);
}

// ---------------------------------------------------------------- Database

qint64 Database::nowMs()
{
    const qint64 pinned = g_testClock.load();
    return pinned ? pinned : QDateTime::currentMSecsSinceEpoch();
}


ScopedClock::ScopedClock(qint64 msSinceEpoch) : m_previous(g_testClock.load()) { g_testClock.store(msSinceEpoch); }
ScopedClock::ScopedClock(ScopedClock &&other) noexcept : m_previous(other.m_previous) { other.m_active = false; }
ScopedClock::~ScopedClock()
{
    if (m_active)
        g_testClock.store(m_previous);
}
void ScopedClock::set(qint64 msSinceEpoch) { g_testClock.store(msSinceEpoch); }

Result<Database> Database::open(const ConnectionSpec &spec, const QString &connectionName)
{
    const QString name = connectionName.isEmpty()
                             ? u"sd-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)
                             : connectionName;
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
    {
        QSqlDatabase db;
        if (spec.dialect == Dialect::SQLite) {
            if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
                return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::Database", "Qt's SQLite driver (QSQLITE) is not installed."));
            // Customer data and password hashes: the file (and the -wal/-shm SQLite gives the
            // database's own mode) is the owner's only; an older file left readable is tightened.
            if (auto ok = privatefiles::ensure(spec.sqlitePath, true); !ok)
                return std::unexpected(ok.error());
            db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(spec.sqlitePath);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=15000"_s);
        } else {
            if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
                return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::Database", "Qt's PostgreSQL driver (QPSQL) is not installed."));
            db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(spec.host);
            db.setPort(spec.port);
            db.setUserName(spec.user);
            db.setPassword(spec.password);
            db.setDatabaseName(spec.dbName);
            QStringList options{u"connect_timeout=10"_s};
            if (!spec.sslmode.isEmpty())
                options << u"sslmode="_s + spec.sslmode;
            db.setConnectOptions(options.join(u';'));
        }
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return fail(ErrorCode::Database,
                        QCoreApplication::translate("sd::core::Database", "Cannot open the database %1: %2").arg(spec.display(), why));
        }
    }
    Database result(spec, name);
    if (spec.dialect == Dialect::SQLite) {
        // Which SQLite the WAL mode runs on (its bugs and fixes go by version).
        static std::once_flag logged;
        std::call_once(logged, [] {
            qCInfo(lcDb).noquote() << "SQLite" << sqlite3_libversion()
                                   << (sqlite3_libversion_number() >= 3051003
                                           ? "(has the WAL-reset fix)"
                                           : "(before the WAL-reset fix: checkpoints only under the write lock)");
        });
    }
    qCDebug(lcDb).noquote() << "opened" << spec.display() << "as" << name;
    if (auto ok = result.configure(); !ok) {
        result.close();
        return std::unexpected(ok.error());
    }
    return result;
}

Status Database::configure() const
{
    if (m_spec.dialect == Dialect::SQLite) {
        for (const auto &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s,
                                   u"PRAGMA synchronous=FULL"_s, u"PRAGMA busy_timeout=15000"_s,
                                   u"PRAGMA wal_autocheckpoint=0"_s, u"PRAGMA journal_size_limit=67108864"_s}) {
            if (auto ok = execRaw(pragma); !ok)
                return ok;
        }
        if (sqlite3 *handle = sqliteHandle(sql()))
            sqlite3_wal_hook(handle, walHook, nullptr); // counts frames; never checkpoints
        return registerPinyin(sql());
    }
    // PostgreSQL: UTC-agnostic (we store ms since the epoch); keep messages readable.
    return execRaw(u"SET client_min_messages TO warning"_s);
}

Result<Database> Database::openAnother(const QString &connectionName) const
{
    return open(m_spec, connectionName);
}

void Database::close()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (sqlite3 *handle = sqliteHandle(db)) {
            std::lock_guard lock(g_walMutex);
            g_walFrames.remove(handle);
        }
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    t_depth.remove(m_name);
    t_poisoned.remove(m_name);
    m_name.clear();
}

QSqlDatabase Database::sql() const { return QSqlDatabase::database(m_name, false); }

int Database::walFrames() const
{
    if (m_spec.dialect != Dialect::SQLite)
        return 0;
    sqlite3 *handle = sqliteHandle(sql());
    std::lock_guard lock(g_walMutex);
    return g_walFrames.value(handle, 0);
}

Result<Database::CheckpointResult> Database::checkpoint(int waitMs) const
{
    CheckpointResult result;
    if (m_spec.dialect != Dialect::SQLite)
        return result;
    sqlite3 *handle = sqliteHandle(sql());
    if (!handle)
        return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::Database", "The SQLite driver gave no handle to checkpoint the database."));
    if (Transaction::isOpen(*this))
        return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::Database", "A checkpoint cannot run inside a transaction."));
    // The lock holder: a plain connection that takes the write lock and writes nothing. While
    // it holds the lock no commit can reset the WAL, so the checkpoint cannot miss a reset.
    sqlite3 *holder = nullptr;
    const QByteArray path = QFile::encodeName(m_spec.sqlitePath);
    int rc = sqlite3_open_v2(path.constData(), &holder, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    auto closeHolder = qScopeGuard([&] {
        if (holder) {
            sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
            sqlite3_close_v2(holder);
        }
    });
    if (rc != SQLITE_OK)
        return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::Database", "Cannot open the database to checkpoint it: %1").arg(QString::fromUtf8(sqlite3_errmsg(holder))));
    sqlite3_busy_timeout(holder, std::max(0, waitMs));
    sqlite3_exec(holder, "PRAGMA wal_autocheckpoint=0", nullptr, nullptr, nullptr);
    rc = sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc == SQLITE_BUSY) {
        result.busy = true; // another desk is writing: a later commit tries again
        qCDebug(lcDb) << "checkpoint skipped: the database is being written";
        return result;
    }
    if (rc != SQLITE_OK)
        return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::Database", "Cannot lock the database to checkpoint it: %1").arg(QString::fromUtf8(sqlite3_errmsg(holder))));
    // With the write lock held elsewhere, SQLite runs this as a passive checkpoint: it copies
    // what no reader still needs and never waits.
    int logFrames = 0;
    int copied = 0;
    rc = sqlite3_wal_checkpoint_v2(handle, "main", SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::Database", "The checkpoint failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    result.walFrames = logFrames;
    result.copiedFrames = copied;
    result.busy = copied < logFrames;
    {
        std::lock_guard lock(g_walMutex);
        g_walFrames.insert(handle, result.busy ? logFrames - copied : 0);
    }
    qCDebug(lcDb) << "checkpoint:" << copied << "of" << logFrames << "frames copied";
    return result;
}

QVariantMap rowMap(const QSqlQuery &query)
{
    QVariantMap row;
    const QSqlRecord rec = query.record();
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), query.value(i));
    return row;
}

Error sqlError(const QSqlQuery &query, const QString &what)
{
    QString text = query.lastError().text().trimmed();
    if (!what.isEmpty())
        text = what + u": "_s + text;
    return Error::make(ErrorCode::Database, text);
}

Result<QSqlQuery> Database::exec(const QString &sqlText, const QVariantList &binds) const
{
    QSqlQuery query(sql());
    query.setForwardOnly(true);
    if (!query.prepare(sqlText)) {
        qCWarning(lcDb).noquote() << "prepare failed:" << query.lastError().text() << "in" << sqlText.left(200);
        return std::unexpected(sqlError(query, QCoreApplication::translate("sd::core::Database", "Database query could not be prepared")));
    }
    for (const QVariant &v : binds)
        query.addBindValue(v);
    // The statement and its time, never the bound values (they are customer data).
    QElapsedTimer timer;
    const bool timed = lcDb().isDebugEnabled();
    if (timed)
        timer.start();
    if (!query.exec()) {
        qCInfo(lcDb).noquote() << "failed:" << query.lastError().text() << "in" << sqlText.left(200);
        return std::unexpected(sqlError(query, QCoreApplication::translate("sd::core::Database", "Database query failed")));
    }
    if (timed)
        qCDebug(lcDb).noquote() << QString::number(timer.nsecsElapsed() / 1000) + u" µs"_s << sqlText.left(200);
    return query;
}

Status Database::execRaw(const QString &sqlText) const
{
    QSqlQuery query(sql());
    if (!query.exec(sqlText))
        return std::unexpected(sqlError(query, QCoreApplication::translate("sd::core::Database", "Database statement failed")));
    return {};
}

Result<QVariant> Database::scalar(const QString &sqlText, const QVariantList &binds) const
{
    auto query = exec(sqlText, binds);
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Result<qint64> Database::insertReturningId(const QString &sqlText, const QVariantList &binds) const
{
    auto query = exec(sqlText + u" RETURNING id"_s, binds);
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::Database", "The database returned no id for the new row."));
    return query->value(0).toLongLong();
}

// ---------------------------------------------------------------- Transaction

Result<Transaction> Transaction::begin(const Database &db)
{
    int &depth = t_depth[db.connectionName()];
    if (depth > 0) {
        ++depth;
        return Transaction(db, false);
    }
    const QString sqlText = db.dialect() == Dialect::SQLite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
    if (auto ok = db.execRaw(sqlText); !ok)
        return std::unexpected(ok.error());
    depth = 1;
    return Transaction(db, true);
}

bool Transaction::isOpen(const Database &db)
{
    return t_depth.value(db.connectionName()) > 0;
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db), m_outer(other.m_outer), m_done(other.m_done)
{
    other.m_done = true;
}

Transaction::~Transaction()
{
    if (!m_done)
        rollback();
}

Status Transaction::commit()
{
    if (m_done)
        return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::Database", "The transaction was already finished."));
    m_done = true;
    const QString name = m_db.connectionName();
    int &depth = t_depth[name];
    if (!m_outer) {
        --depth;
        return {};
    }
    depth = 0;
    if (t_poisoned.remove(name)) {
        (void)m_db.execRaw(u"ROLLBACK"_s);
        return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::Database", "A part of this change failed, so none of it was saved."));
    }
    if (auto ok = m_db.execRaw(u"COMMIT"_s); !ok) {
        (void)m_db.execRaw(u"ROLLBACK"_s);
        return ok;
    }
    if (m_db.walFrames() >= Database::CheckpointFrames)
        (void)m_db.checkpoint(); // a busy database is checkpointed by a later commit
    return {};
}

void Transaction::rollback()
{
    if (m_done)
        return;
    m_done = true;
    const QString name = m_db.connectionName();
    int &depth = t_depth[name];
    if (!m_outer) {
        // The inner part failed: the outer transaction stays open (so later statements do not
        // autocommit) but can no longer commit.
        --depth;
        t_poisoned.insert(name);
        return;
    }
    depth = 0;
    t_poisoned.remove(name);
    (void)m_db.execRaw(u"ROLLBACK"_s);
}

} // namespace sd::core
