#include "core/db/migrations.h"

using namespace Qt::StringLiterals;

namespace sd::core {

namespace schema {
Migration v1();
Migration v2(); // schema_v2_firstvisit.cpp  (issue 3)
Migration v3(); // schema_v3_hotline.cpp     (issue 4)
Migration v4(); // schema_v4_complaints.cpp  (issue 6)
Migration v5(); // schema_v5_dispatch.cpp    (issue 5)
Migration v6(); // schema_v6_alerts.cpp      (alert arguments)
Migration v7(); // schema_v7_problem_states.cpp (problem-base entry states, issue 11)
Migration v8(); // schema_v8_projects.cpp    (implementation projects, issue 12)
Migration v9(); // schema_v9_training.cpp    (training roster, issue 13)
Migration v10(); // schema_v10_report_states.cpp (monthly complaint reports as records, issue 11)
Migration v11(); // schema_v11_numbers.cpp   (race-free number sequences, issue 15)
Migration v12(); // schema_v12_name_keys.cpp (pinyin sort keys instead of a collation in the schema, issue 15)
Migration v13(); // schema_v13_project_documents.cpp (project documents, issue 12)
Migration v14(); // schema_v14_project_list.cpp (project list index, issue 12)
} // namespace schema

namespace {


// The only place where the two engines' DDL differs by token.
QString dialectSql(QString sql, Dialect dialect)
{
    const bool lite = dialect == Dialect::SQLite;
    // The bookkeeping columns of every versioned record (RecordStore relies on them).
    sql.replace(u"{record}"_s, u"version INTEGER NOT NULL DEFAULT 1, created_at {ts} NOT NULL, created_by BIGINT, "
                               "updated_at {ts} NOT NULL, updated_by BIGINT"_s);
    sql.replace(u"{id}"_s, lite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s : u"BIGSERIAL PRIMARY KEY"_s);
    sql.replace(u"{ts}"_s, u"BIGINT"_s);
    sql.replace(u"{bool}"_s, u"INTEGER"_s);
    sql.replace(u"{blob}"_s, lite ? u"BLOB"_s : u"BYTEA"_s);
    return sql;
}

Status ensureVersionTable(const Database &db)
{
    return db.execRaw(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, "
                      "applied_at BIGINT NOT NULL, description TEXT)"_s);
}

} // namespace

const QList<Migration> &allMigrations()
{
    static const QList<Migration> migrations = {schema::v1(), schema::v2(), schema::v3(), schema::v4(), schema::v5(),
                                                     schema::v6(), schema::v7(), schema::v8(), schema::v9(), schema::v10(),
                                                     schema::v11(), schema::v12(), schema::v13(),
                                                     schema::v14()};
    return migrations;
}

int latestSchemaVersion() { return allMigrations().constLast().version; }

Result<int> schemaVersion(const Database &db)
{
    const bool exists = db.sql().tables().contains(u"schema_version"_s);
    if (!exists)
        return 0;
    auto v = db.scalar(u"SELECT MAX(version) FROM schema_version"_s);
    if (!v)
        return std::unexpected(v.error());
    return v->isNull() ? 0 : v->toInt();
}

Status checkSchemaCurrent(const Database &db)
{
    auto current = schemaVersion(db);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestSchemaVersion())
        return fail(ErrorCode::SchemaTooNew,
                    QCoreApplication::translate("sd::core::Migrations", "This database was created by a newer version of Service Center Desk "
                       "(schema %1; this program knows up to %2). Please update the program; "
                       "the database was not changed.")
                        .arg(*current)
                        .arg(latestSchemaVersion()));
    if (*current < latestSchemaVersion())
        return fail(ErrorCode::Invalid, QCoreApplication::translate("sd::core::Migrations", "The database schema is at version %1 and needs migrating to %2 "
                                           "(run: servicedeskctl migrate).")
                                            .arg(*current)
                                            .arg(latestSchemaVersion()));
    return {};
}

Status applyMigration(const Database &db, const Migration &m)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    // Re-check inside the write lock: another desk may have applied this step meanwhile.
    auto done = db.scalar(u"SELECT COUNT(*) FROM schema_version WHERE version = ?"_s, {m.version});
    if (!done)
        return std::unexpected(done.error());
    if (done->toInt() > 0)
        return {};
    for (const MigrationStatement &st : m.statements) {
        if (st.only == MigrationStatement::Only::SQLite && db.dialect() != Dialect::SQLite)
            continue;
        if (st.only == MigrationStatement::Only::PostgreSQL && db.dialect() != Dialect::PostgreSQL)
            continue;
        if (auto ok = db.execRaw(dialectSql(st.sql, db.dialect())); !ok) {
            Error e = ok.error();
            e.message = QCoreApplication::translate("sd::core::Migrations", "Migration %1 (%2) failed: %3").arg(m.version).arg(m.description, e.message);
            return std::unexpected(e);
        }
    }
    if (m.after) {
        if (auto ok = m.after(db); !ok) {
            Error e = ok.error();
            e.message = QCoreApplication::translate("sd::core::Migrations", "Migration %1 (%2) failed: %3").arg(m.version).arg(m.description, e.message);
            return std::unexpected(e);
        }
    }
    if (auto ok = db.exec(u"INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)"_s,
                          {m.version, Database::nowMs(), m.description});
        !ok)
        return std::unexpected(ok.error());
    return tx->commit();
}

Status migrate(const Database &db)
{
    auto current = schemaVersion(db);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestSchemaVersion())
        return checkSchemaCurrent(db);
    if (*current == 0) {
        if (auto ok = ensureVersionTable(db); !ok)
            return ok;
    }
    for (const Migration &m : allMigrations()) {
        if (m.version <= *current)
            continue;
        if (auto ok = applyMigration(db, m); !ok)
            return ok;
    }
    return {};
}

} // namespace sd::core
