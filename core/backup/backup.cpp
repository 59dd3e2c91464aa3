#include "core/backup/backup.h"

#include "core/audit/audit.h"
#include "core/auth/permissions.h"
#include "core/db/migrations.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {


const QString kMethodVacuumInto = u"sqlite-vacuum-into"_s;
const QString kMethodBackupApi = u"sqlite-backup-api"_s;
const QString kMethodPgDump = u"pg_dump"_s;
const QString kMethodPgRestore = u"pg_restore"_s;

// ---------------------------------------------------------------- SQLite helpers

// The pinyin collation, so that PRAGMA quick_check can read a backup's indexes on names
// (the live connections get theirs from Database::configure()).
int pinyinCompare(void *arg, int lenA, const void *a, int lenB, const void *b)
{
    auto *collator = static_cast<QCollator *>(arg);
    const QString sa = QString::fromUtf8(static_cast<const char *>(a), lenA);
    const QString sb = QString::fromUtf8(static_cast<const char *>(b), lenB);
    const int c = collator->compare(sa, sb);
    return c != 0 ? c : sa.compare(sb);
}
void destroyCollator(void *arg) { delete static_cast<QCollator *>(arg); }

/// A raw read-only sqlite3 connection to a backup file, closed when it goes out of scope.
class ReadOnlySqlite final
{
public:
    ReadOnlySqlite() = default;
    ~ReadOnlySqlite()
    {
        if (m_handle)
            sqlite3_close_v2(m_handle);
    }
    Q_DISABLE_COPY_MOVE(ReadOnlySqlite)

    Status open(const QString &path)
    {
        const QByteArray name = QFile::encodeName(path);
        if (sqlite3_open_v2(name.constData(), &m_handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            return fail(ErrorCode::Io, QCoreApplication::translate("sd::core::BackupService", "Cannot open the backup %1: %2").arg(path, lastError()));
        sqlite3_busy_timeout(m_handle, 15000);
        auto *collator = new QCollator(QLocale(QLocale::Chinese, QLocale::China));
        collator->setCaseSensitivity(Qt::CaseInsensitive);
        collator->setNumericMode(true);
        if (sqlite3_create_collation_v2(m_handle, "pinyin", SQLITE_UTF8, collator, pinyinCompare,
                                        destroyCollator) != SQLITE_OK)
            delete collator;
        return {};
    }

    /// The first column of the first row as text (empty when there is no row).
    Result<QString> scalar(const char *sql) const
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_handle, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return fail(ErrorCode::Invalid, lastError());
        QString value;
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            value = text ? QString::fromUtf8(text) : QString();
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return fail(ErrorCode::Invalid, lastError());
        return value;
    }

    sqlite3 *handle() const { return m_handle; }
    QString lastError() const
    {
        return m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QCoreApplication::translate("sd::core::BackupService", "out of memory");
    }

private:
    sqlite3 *m_handle = nullptr;
};

sqlite3 *driverHandle(const Database &db)
{
    const QVariant handle = db.sql().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

// ---------------------------------------------------------------- files

/// Refuses an existing target and makes sure its folder exists.
Result<QString> prepareTarget(const QString &file)
{
    if (file.trimmed().isEmpty())
        return failInvalid(u"file"_s, QCoreApplication::translate("sd::core::BackupService", "Name the backup file."));
    const QFileInfo info(file);
    if (info.exists())
        return fail(ErrorCode::Io, QCoreApplication::translate("sd::core::BackupService", "The file %1 already exists; a backup never overwrites a file.")
                                       .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(ErrorCode::Io, QCoreApplication::translate("sd::core::BackupService", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    return info.absoluteFilePath();
}

/// An empty file beside `target` reserving a temporary name; the caller renames or removes it.
Result<QString> reserveTemporary(const QString &target)
{
    const QFileInfo info(target);
    QTemporaryFile tmp(info.absolutePath() + u"/."_s + info.fileName() + u".XXXXXX.part"_s);
    tmp.setAutoRemove(false);
    if (!tmp.open())
        return fail(ErrorCode::Io, QCoreApplication::translate("sd::core::BackupService", "Cannot write in the folder %1: %2")
                                       .arg(QDir::toNativeSeparators(info.absolutePath()), tmp.errorString()));
    const QString name = tmp.fileName();
    tmp.close();
    return name;
}

/// Gives the finished temporary file the chosen name (refused if that name appeared meanwhile).
Status publish(const QString &temporary, const QString &target)
{
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return fail(ErrorCode::Io, QCoreApplication::translate("sd::core::BackupService", "Cannot create %1 (does it exist now?).").arg(QDir::toNativeSeparators(target)));
    }
    return {};
}

// ---------------------------------------------------------------- PostgreSQL helpers

QProcessEnvironment postgresEnvironment(const ConnectionSpec &spec)
{
    // Connection parameters go through the environment, so the password never appears in a
    // process list.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGHOST"_s, spec.host);
    env.insert(u"PGPORT"_s, QString::number(spec.port));
    if (!spec.user.isEmpty())
        env.insert(u"PGUSER"_s, spec.user);
    env.insert(u"PGDATABASE"_s, spec.dbName);
    if (!spec.password.isEmpty())
        env.insert(u"PGPASSWORD"_s, spec.password);
    if (!spec.sslmode.isEmpty())
        env.insert(u"PGSSLMODE"_s, spec.sslmode);
    env.insert(u"PGCONNECT_TIMEOUT"_s, u"10"_s);
    env.insert(u"PGAPPNAME"_s, u"servicedesk-backup"_s);
    return env;
}

/// The last non-empty line of a tool's error output (the reason, without the noise).
QString lastLine(const QByteArray &bytes)
{
    const QStringList lines = QString::fromLocal8Bit(bytes).split(u'\n', Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
        if (!it->trimmed().isEmpty())
            return it->trimmed();
    return {};
}

struct ToolRun {
    int exitCode = 0;
    QByteArray out;
    QByteArray err;
};

Result<ToolRun> runTool(const QString &program, const QStringList &args, const ConnectionSpec &spec)
{
    QProcess process;
    process.setProcessEnvironment(postgresEnvironment(spec));
    process.setProgram(program);
    process.setArguments(args);
    process.start();
    if (!process.waitForStarted(30000))
        return fail(ErrorCode::Io, QCoreApplication::translate("sd::core::BackupService", "Cannot run %1: %2").arg(program, process.errorString()));
    process.closeWriteChannel();
    ToolRun run;
    // Drain the pipes while waiting: a full pipe would stall the tool.
    while (!process.waitForFinished(200)) {
        if (process.state() == QProcess::NotRunning)
            break;
        run.out += process.readAllStandardOutput();
        run.err += process.readAllStandardError();
    }
    run.out += process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit)
        return fail(ErrorCode::Io, QCoreApplication::translate("sd::core::BackupService", "%1 stopped unexpectedly: %2").arg(program, lastLine(run.err)));
    run.exitCode = process.exitCode();
    return run;
}

} // namespace

// ---------------------------------------------------------------- BackupService

Result<bool> BackupService::isFresh() const
{
    auto version = schemaVersion(m_db);
    if (!version)
        return std::unexpected(version.error());
    if (*version == 0)
        return true;
    auto staff = m_db.scalar(u"SELECT COUNT(*) FROM staff"_s);
    if (!staff)
        return std::unexpected(staff.error());
    return staff->toLongLong() == 0;
}

Result<BackupInfo> BackupService::backup(const Session &who, const QString &file)
{
    if (auto ok = require(m_db, who, Action::Backup); !ok)
        return std::unexpected(ok.error());
    auto target = prepareTarget(file);
    if (!target)
        return std::unexpected(target.error());
    auto info = m_db.dialect() == Dialect::SQLite ? backupSqlite(*target) : backupPostgres(*target);
    if (!info)
        return info;
    // Recorded after the copy, so the entry is in the live trail (not in the backup itself).
    if (auto tx = Transaction::begin(m_db)) {
        if (audit::append(m_db, who, u"-"_s, 0, u"backup"_s, u"file"_s, QVariant(), info->file))
            (void)tx->commit();
    }
    return info;
}

Result<BackupInfo> BackupService::backupSqlite(const QString &target)
{
    // A connection of its own: VACUUM INTO cannot run inside a transaction, and it reads one
    // snapshot of the WAL database while other connections keep writing.
    auto reader = m_db.openAnother({});
    if (!reader)
        return std::unexpected(reader.error());
    auto temporary = reserveTemporary(target);
    if (!temporary) {
        reader->close();
        return std::unexpected(temporary.error());
    }
    auto done = reader->exec(u"VACUUM INTO ?"_s, {*temporary});
    reader->close();
    if (!done) {
        QFile::remove(*temporary);
        Error e = done.error();
        e.message = QCoreApplication::translate("sd::core::BackupService", "The backup could not be written: %1").arg(e.message);
        return std::unexpected(e);
    }
    auto info = inspectSqlite(*temporary);
    if (!info) {
        QFile::remove(*temporary);
        return info;
    }
    if (auto ok = publish(*temporary, target); !ok)
        return std::unexpected(ok.error());
    info->file = target;
    info->method = kMethodVacuumInto;
    return info;
}

Result<BackupInfo> BackupService::backupPostgres(const QString &target)
{
    auto tool = postgresTool(u"pg_dump"_s);
    if (!tool)
        return std::unexpected(tool.error());
    auto temporary = reserveTemporary(target);
    if (!temporary)
        return std::unexpected(temporary.error());
    // -Fc: pg_dump reads everything in one repeatable-read snapshot, so the dump is
    // consistent while other desks write.
    auto run = runTool(*tool, {u"--format=custom"_s, u"--no-password"_s, u"--file"_s, *temporary},
                       m_db.spec());
    if (!run || run->exitCode != 0) {
        QFile::remove(*temporary);
        if (!run)
            return std::unexpected(run.error());
        return fail(ErrorCode::Io, QCoreApplication::translate("sd::core::BackupService", "pg_dump failed: %1").arg(lastLine(run->err)));
    }
    auto info = inspectPostgres(*temporary);
    if (!info) {
        QFile::remove(*temporary);
        return info;
    }
    if (auto ok = publish(*temporary, target); !ok)
        return std::unexpected(ok.error());
    info->file = target;
    info->method = kMethodPgDump;
    info->tool = *tool;
    return info;
}

Result<BackupInfo> BackupService::inspect(const QString &file) const
{
    const QFileInfo fi(file);
    if (!fi.isFile())
        return fail(ErrorCode::Io, QCoreApplication::translate("sd::core::BackupService", "There is no file %1.").arg(QDir::toNativeSeparators(fi.absoluteFilePath())));
    return m_db.dialect() == Dialect::SQLite ? inspectSqlite(fi.absoluteFilePath())
                                              : inspectPostgres(fi.absoluteFilePath());
}

Result<BackupInfo> BackupService::inspectSqlite(const QString &file) const
{
    const QString shown = QDir::toNativeSeparators(file);
    if (!looksLikeSqlite(file))
        return failInvalid(u"file"_s, QCoreApplication::translate("sd::core::BackupService", "%1 is not a SQLite database file.").arg(shown));
    ReadOnlySqlite source;
    if (auto ok = source.open(file); !ok)
        return std::unexpected(ok.error());
    auto hasVersion = source.scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    if (!hasVersion)
        return failInvalid(u"file"_s, QCoreApplication::translate("sd::core::BackupService", "%1 cannot be read: %2").arg(shown, hasVersion.error().message));
    if (hasVersion->toInt() == 0)
        return failInvalid(u"file"_s, QCoreApplication::translate("sd::core::BackupService", "%1 is not a Service Center Desk database (it has no schema version).").arg(shown));
    auto version = source.scalar("SELECT MAX(version) FROM schema_version");
    if (!version)
        return failInvalid(u"file"_s, QCoreApplication::translate("sd::core::BackupService", "%1 cannot be read: %2").arg(shown, version.error().message));
    BackupInfo info;
    info.file = file;
    info.bytes = QFileInfo(file).size();
    info.schemaVersion = version->toInt();
    info.dialect = Dialect::SQLite;
    if (info.schemaVersion <= 0)
        return failInvalid(u"file"_s, QCoreApplication::translate("sd::core::BackupService", "%1 is not a Service Center Desk database (its schema version is empty).").arg(shown));
    if (info.schemaVersion > latestSchemaVersion())
        return fail(ErrorCode::SchemaTooNew,
                    QCoreApplication::translate("sd::core::BackupService", "The backup %1 was made by a newer version of Service Center Desk (schema %2; this "
                       "program knows up to %3). Please update the program.")
                        .arg(shown)
                        .arg(info.schemaVersion)
                        .arg(latestSchemaVersion()));
    auto check = source.scalar("PRAGMA quick_check");
    if (!check || *check != u"ok"_s)
        return failInvalid(u"file"_s, QCoreApplication::translate("sd::core::BackupService", "The backup %1 is damaged: %2")
                                          .arg(shown, check ? *check : check.error().message));
    return info;
}

Result<BackupInfo> BackupService::inspectPostgres(const QString &file) const
{
    const QString shown = QDir::toNativeSeparators(file);
    if (looksLikeSqlite(file))
        return failInvalid(u"file"_s, QCoreApplication::translate("sd::core::BackupService", "%1 is a SQLite database, but this database is on PostgreSQL: "
                                         "restore a backup made by pg_dump instead.").arg(shown));
    auto tool = postgresTool(u"pg_restore"_s);
    if (!tool)
        return std::unexpected(tool.error());
    // The schema_version rows, as the COPY text the archive would load (read, not restored).
    auto run = runTool(*tool, {u"--data-only"_s, u"--table=schema_version"_s, u"--file=-"_s, file}, m_db.spec());
    if (!run)
        return std::unexpected(run.error());
    if (run->exitCode != 0)
        return failInvalid(u"file"_s, QCoreApplication::translate("sd::core::BackupService", "%1 is not a PostgreSQL backup made by pg_dump -Fc: %2")
                                          .arg(shown, lastLine(run->err)));
    const QStringList lines = QString::fromUtf8(run->out).split(u'\n');
    bool inCopy = false;
    bool found = false;
    int version = 0;
    for (const QString &line : lines) {
        if (!inCopy) {
            if (line.startsWith(u"COPY "_s) && line.contains(u"schema_version"_s)) {
                inCopy = true;
                found = true;
            }
            continue;
        }
        if (line == u"\\."_s) {
            inCopy = false;
            continue;
        }
        version = std::max(version, line.section(u'\t', 0, 0).toInt());
    }
    if (!found || version <= 0)
        return failInvalid(u"file"_s, QCoreApplication::translate("sd::core::BackupService", "%1 is not a backup of a Service Center Desk database (it has no "
                                         "schema version).").arg(shown));
    BackupInfo info;
    info.file = file;
    info.bytes = QFileInfo(file).size();
    info.schemaVersion = version;
    info.dialect = Dialect::PostgreSQL;
    info.tool = *tool;
    if (version > latestSchemaVersion())
        return fail(ErrorCode::SchemaTooNew,
                    QCoreApplication::translate("sd::core::BackupService", "The backup %1 was made by a newer version of Service Center Desk (schema %2; this "
                       "program knows up to %3). Please update the program.")
                        .arg(shown)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    return info;
}

Result<BackupInfo> BackupService::restore(const Session &who, const QString &file)
{
    if (who.isValid()) {
        if (auto ok = require(m_db, who, Action::Backup); !ok)
            return std::unexpected(ok.error());
    } else {
        auto fresh = isFresh();
        if (!fresh)
            return std::unexpected(fresh.error());
        if (!*fresh)
            return fail(ErrorCode::Forbidden,
                        QCoreApplication::translate("sd::core::BackupService", "This database already has staff accounts: restoring over it needs an "
                           "administrator's login."));
    }
    if (Transaction::isOpen(m_db))
        return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::BackupService", "A restore cannot run inside a transaction."));
    auto info = inspect(file);
    if (!info)
        return info;
    auto restored = m_db.dialect() == Dialect::SQLite ? restoreSqlite(info->file) : restorePostgres(info->file);
    if (!restored)
        return restored;
    // An older backup is brought up to this program's schema, as `migrate` would.
    if (auto ok = migrate(m_db); !ok)
        return std::unexpected(ok.error());
    Session actor = who;
    if (!actor.isValid())
        actor.login = u"system"_s;
    if (auto tx = Transaction::begin(m_db)) {
        if (audit::append(m_db, actor, u"-"_s, 0, u"restore"_s, u"file"_s, QVariant(), info->file))
            (void)tx->commit();
    }
    restored->schemaVersion = info->schemaVersion;
    return restored;
}

Result<BackupInfo> BackupService::restoreSqlite(const QString &file)
{
    const QString target = QFileInfo(m_db.spec().sqlitePath).canonicalFilePath();
    if (!target.isEmpty() && target == QFileInfo(file).canonicalFilePath())
        return failInvalid(u"file"_s, QCoreApplication::translate("sd::core::BackupService", "The backup is the database itself."));
    sqlite3 *destination = driverHandle(m_db);
    if (!destination)
        return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::BackupService", "The SQLite driver gave no handle for the restore."));
    ReadOnlySqlite source;
    if (auto ok = source.open(file); !ok)
        return std::unexpected(ok.error());
    // The online backup API copies every page into the live database under its write lock, in
    // one step: other connections see the old content or the new one, never a mix, and their
    // caches are invalidated by the change counter. A failure leaves the target as it was.
    sqlite3_backup *copy = sqlite3_backup_init(destination, "main", source.handle(), "main");
    if (!copy)
        return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::BackupService", "The restore could not start: %1")
                                             .arg(QString::fromUtf8(sqlite3_errmsg(destination))));
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 300; ++attempt) {
        rc = sqlite3_backup_step(copy, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        QThread::msleep(100); // another desk is writing; wait for its transaction to end
    }
    sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE)
        return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::BackupService", "The restore failed (%1); the database was not changed.")
                                             .arg(QString::fromUtf8(sqlite3_errstr(rc))));
    BackupInfo info;
    info.file = file;
    info.bytes = QFileInfo(file).size();
    info.dialect = Dialect::SQLite;
    info.method = kMethodBackupApi;
    return info;
}

Result<BackupInfo> BackupService::restorePostgres(const QString &file)
{
    auto tool = postgresTool(u"pg_restore"_s);
    if (!tool)
        return std::unexpected(tool.error());
    // One transaction: the old tables are dropped and the backup's loaded, or nothing happens.
    // Owners and grants are left out so a backup from another server or role restores too.
    auto run = runTool(*tool,
                       {u"--clean"_s, u"--if-exists"_s, u"--single-transaction"_s, u"--exit-on-error"_s,
                        u"--no-owner"_s, u"--no-privileges"_s, u"--no-password"_s,
                        u"--dbname="_s + m_db.spec().dbName, file},
                       m_db.spec());
    if (!run)
        return std::unexpected(run.error());
    if (run->exitCode != 0)
        return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::BackupService", "pg_restore failed; the database was not changed: %1")
                                             .arg(lastLine(run->err)));
    BackupInfo info;
    info.file = file;
    info.bytes = QFileInfo(file).size();
    info.dialect = Dialect::PostgreSQL;
    info.method = kMethodPgRestore;
    info.tool = *tool;
    return info;
}

Result<QString> BackupService::postgresTool(const QString &name) const
{
    QStringList dirs;
    if (const QString own = qEnvironmentVariable("SD_PG_BINDIR"); !own.isEmpty())
        dirs << own;
    // pg_dump refuses a server newer than itself: prefer the client of the server's version.
    if (m_db.dialect() == Dialect::PostgreSQL) {
        if (auto num = m_db.scalar(u"SELECT current_setting('server_version_num')"_s); num && num->isValid())
            dirs << u"/usr/lib/postgresql/%1/bin"_s.arg(num->toInt() / 10000);
    }
    for (const QString &dir : std::as_const(dirs))
        if (const QString found = QStandardPaths::findExecutable(name, {dir}); !found.isEmpty())
            return found;
    if (const QString found = QStandardPaths::findExecutable(name); !found.isEmpty())
        return found;
    return fail(ErrorCode::Io, QCoreApplication::translate("sd::core::BackupService", "%1 was not found. Install the PostgreSQL client programs of the "
                                  "server's version, or set SD_PG_BINDIR to their folder.").arg(name));
}

} // namespace sd::core
