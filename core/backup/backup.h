#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"

#include <QString>

namespace sd::core {

/// What a backup file holds, or what a backup or restore did.
struct BackupInfo {
    QString file;            ///< absolute path of the backup file
    qint64 bytes = 0;        ///< size of the file
    int schemaVersion = 0;   ///< schema version of the data in the file
    Dialect dialect = Dialect::SQLite;
    QString method;          ///< "sqlite-vacuum-into", "sqlite-backup-api", "pg_dump", "pg_restore"
    QString tool;            ///< PostgreSQL: the pg_dump / pg_restore program that ran
};

/// Online backup and restore of the whole database (SPEC: the administrator's safety net).
///
/// Backups are consistent while other desks keep writing: SQLite copies a read snapshot with
/// `VACUUM INTO`; PostgreSQL runs `pg_dump -Fc`, which dumps one MVCC snapshot. The file is
/// written under a temporary name and renamed when complete, so a half-written backup never
/// carries the chosen name. Both need Action::Backup (administrator) and are audited.
class BackupService final
{
public:
    explicit BackupService(Database db) : m_db(std::move(db)) {}

    /// Writes a consistent copy of the database to `file`; refuses a file that exists.
    Result<BackupInfo> backup(const Session &who, const QString &file);

    /// Checks that `file` is a backup of a Service Center Desk database (of this database's
    /// engine) whose schema this program can read, without changing anything.
    Result<BackupInfo> inspect(const QString &file) const;

    /// Replaces the database's content with the backup's, all or nothing, then migrates an
    /// older schema to the current one. Needs Action::Backup; a database with no staff account
    /// yet (a fresh target) may be restored with an invalid session (the operator owning it).
    Result<BackupInfo> restore(const Session &who, const QString &file);

    /// True when the database has no schema or no staff account yet.
    Result<bool> isFresh() const;

    /// The PostgreSQL client program `name` (pg_dump, pg_restore) matching the server's major
    /// version: $SD_PG_BINDIR, then /usr/lib/postgresql/<major>/bin, then PATH.
    Result<QString> postgresTool(const QString &name) const;

private:
    Result<BackupInfo> backupSqlite(const QString &target);
    Result<BackupInfo> backupPostgres(const QString &target);
    Result<BackupInfo> inspectSqlite(const QString &file) const;
    Result<BackupInfo> inspectPostgres(const QString &file) const;
    Result<BackupInfo> restoreSqlite(const QString &file);
    Result<BackupInfo> restorePostgres(const QString &file);

    Database m_db;
};

} // namespace sd::core
