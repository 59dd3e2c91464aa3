#include "core/db/migrations.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

TEST_CASE("connection spec parses a SQLite path and PostgreSQL URLs with sslmode", "[db]")
{
    auto lite = ConnectionSpec::parse(u"/tmp/x/desk.sqlite"_s);
    REQUIRE(lite);
    CHECK(lite->dialect == Dialect::SQLite);
    CHECK(lite->sqlitePath == u"/tmp/x/desk.sqlite"_s);

    auto pg = ConnectionSpec::parse(u"postgresql://desk@db.example:6543/center?sslmode=require"_s);
    REQUIRE(pg);
    CHECK(pg->dialect == Dialect::PostgreSQL);
    CHECK(pg->user == u"desk"_s);
    CHECK(pg->host == u"db.example"_s);
    CHECK(pg->port == 6543);
    CHECK(pg->dbName == u"center"_s);
    CHECK(pg->sslmode == u"require"_s);
    CHECK_FALSE(pg->display().contains(u"sslmode"_s));

    CHECK_FALSE(ConnectionSpec::parse(u"postgresql://desk@host/center?sslmode=sometimes"_s));
    CHECK_FALSE(ConnectionSpec::parse(u"postgresql://desk@host/"_s));
    auto def = ConnectionSpec::parse(QString());
    REQUIRE(def);
    CHECK(def->sqlitePath.endsWith(u"servicedesk.sqlite"_s));
}

TEST_CASE("SQLite connections run in WAL with foreign keys and synchronous FULL", "[db]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    CHECK(t.db().scalar(u"PRAGMA journal_mode"_s)->toString() == u"wal"_s);
    CHECK(t.db().scalar(u"PRAGMA foreign_keys"_s)->toInt() == 1);
    CHECK(t.db().scalar(u"PRAGMA synchronous"_s)->toInt() == 2);
    CHECK(t.db().scalar(u"PRAGMA busy_timeout"_s)->toInt() >= 10000);
}

TEST_CASE("migrations bring an empty database to the latest schema and are idempotent", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    CHECK(*schemaVersion(t.db()) == latestSchemaVersion());
    REQUIRE(migrate(t.db()));
    CHECK(*schemaVersion(t.db()) == latestSchemaVersion());
    CHECK(checkSchemaCurrent(t.db()));
    // One row per migration (versions need not be contiguous while a branch's step is pending).
    CHECK(t.db().scalar(u"SELECT COUNT(*) FROM schema_version"_s)->toInt() == int(allMigrations().size()));
}

TEST_CASE("a database written by a newer version is refused and left untouched", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    REQUIRE(t.db().exec(u"INSERT INTO schema_version (version, applied_at, description) VALUES (?, 0, 'future')"_s,
                        {latestSchemaVersion() + 1}));
    const int customersBefore = t.db().scalar(u"SELECT COUNT(*) FROM schema_version"_s)->toInt();
    auto result = migrate(t.db());
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::SchemaTooNew);
    CHECK(result.error().message.contains(u"newer"_s));
    CHECK(t.db().scalar(u"SELECT COUNT(*) FROM schema_version"_s)->toInt() == customersBefore);
    CHECK(checkSchemaCurrent(t.db()).error().code == ErrorCode::SchemaTooNew);
}

TEST_CASE("a transaction left without commit rolls back — nested ones join the outer", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    const auto &db = t.db();
    {
        auto tx = Transaction::begin(db);
        REQUIRE(tx);
        REQUIRE(db.exec(u"INSERT INTO settings (key, value, created_at, updated_at) VALUES ('a', '1', 0, 0)"_s));
    }
    CHECK(db.scalar(u"SELECT COUNT(*) FROM settings"_s)->toInt() == 0);
    {
        auto outer = Transaction::begin(db);
        REQUIRE(outer);
        {
            auto inner = Transaction::begin(db);
            REQUIRE(inner);
            REQUIRE(db.exec(u"INSERT INTO settings (key, value, created_at, updated_at) VALUES ('b', '2', 0, 0)"_s));
            REQUIRE(inner->commit());
        }
        CHECK(Transaction::isOpen(db));
        REQUIRE(outer->commit());
    }
    CHECK_FALSE(Transaction::isOpen(db));
    CHECK(db.scalar(u"SELECT value FROM settings WHERE key = 'b'"_s)->toString() == u"2"_s);
}

TEST_CASE("the audit trail refuses updates and deletes", "[db][audit]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    REQUIRE(t.db().exec(u"INSERT INTO audit (at, table_name, action) VALUES (1, 'x', 'create')"_s));
    CHECK_FALSE(t.db().exec(u"UPDATE audit SET action = 'forged'"_s));
    CHECK_FALSE(t.db().exec(u"DELETE FROM audit"_s));
    CHECK(t.db().scalar(u"SELECT action FROM audit"_s)->toString() == u"create"_s);
}

TEST_CASE("names sort in pinyin order inside the database query", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    for (const QString &name : {u"张三"_s, u"阿里"_s, u"北京"_s, u"重庆"_s, u"王五"_s}) {
        REQUIRE(t.db().exec(u"INSERT INTO departments (name, created_at, updated_at) VALUES (?, 0, 0)"_s, {name}));
    }
    auto q = t.db().exec(u"SELECT name FROM departments ORDER BY name COLLATE pinyin"_s);
    REQUIRE(q);
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    // ā lǐ, běi jīng, chóng qìng, wáng wǔ, zhāng sān
    CHECK(names == QStringList{u"阿里"_s, u"北京"_s, u"重庆"_s, u"王五"_s, u"张三"_s});
}

TEST_CASE("a failed inner transaction makes the outer one roll back everything", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    const auto &db = t.db();
    auto outer = Transaction::begin(db);
    REQUIRE(outer);
    REQUIRE(db.exec(u"INSERT INTO settings (key, value, created_at, updated_at) VALUES ('a', '1', 0, 0)"_s));
    {
        auto inner = Transaction::begin(db);
        REQUIRE(inner);
        // leaves without commit: failure
    }
    CHECK(Transaction::isOpen(db));
    REQUIRE(db.exec(u"INSERT INTO settings (key, value, created_at, updated_at) VALUES ('b', '2', 0, 0)"_s));
    auto committed = outer->commit();
    REQUIRE_FALSE(committed);
    CHECK_FALSE(Transaction::isOpen(db));
    CHECK(db.scalar(u"SELECT COUNT(*) FROM settings"_s)->toInt() == 0);
}
