#pragma once

#include "core/db/database.h"

#include <QList>
#include <QString>

#include <functional>

namespace sd::core {

/// One step of the schema: statements run in one transaction, then schema_version = version.
/// Tokens replaced per dialect: {id} primary key, {ts} timestamp (ms since epoch), {bool},
/// {blob}, {text_ci} case-insensitive text. A statement may be limited to one dialect.
struct MigrationStatement {
    QString sql;
    enum class Only { Both, SQLite, PostgreSQL } only = Only::Both;
};
struct Migration {
    int version = 0;
    QString description;
    QList<MigrationStatement> statements;
    /// Work SQL alone cannot do (values computed by the program), run after the statements in
    /// the same transaction; empty for most steps.
    std::function<Status(const Database &)> after;
};

/// The ordered list of every migration the program knows.
const QList<Migration> &allMigrations();
/// The schema version this program writes.
int latestSchemaVersion();

/// The database's schema version (0 for an empty database).
Result<int> schemaVersion(const Database &db);
/// Brings the schema to latestSchemaVersion(). A database of a newer schema is refused with
/// ErrorCode::SchemaTooNew and left untouched.
Status migrate(const Database &db);
/// Runs one step in one transaction (its statements, then its `after`) and records it, unless
/// that version is recorded already. migrate() runs every missing step through it.
Status applyMigration(const Database &db, const Migration &migration);
/// Fails with SchemaTooNew or Invalid ("needs migrate") when the schema is not current.
Status checkSchemaCurrent(const Database &db);

} // namespace sd::core
