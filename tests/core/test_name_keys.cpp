// Customers sort by a stored pinyin key (migration 12, core/db/pinyin.h): the order is the
// pinyin collation's, on both engines, and no schema object depends on a collation only the
// program registers — the stock sqlite3 shell checks the database.
#include "core/db/migrations.h"
#include "core/db/pinyin.h"
#include "core/demo/demodata.h"
#include "core/records/customerrepository.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

TEST_CASE("sort keys order names as the pinyin collation does", "[pinyin]")
{
    // 阿 a, 北 bei, 长 chang, 中 zhong; a name sorts before its own continuation.
    const QStringList names = {u"中国银行"_s, u"阿里巴巴"_s, u"北京华信达"_s, u"长城汽车"_s, u"Acme"_s, u"3M中国"_s, u"北京华信"_s};
    QStringList byKey = names;
    std::sort(byKey.begin(), byKey.end(),
              [](const QString &a, const QString &b) { return pinyin::sortKey(a) < pinyin::sortKey(b); });
    CHECK(byKey.indexOf(u"阿里巴巴"_s) < byKey.indexOf(u"北京华信达"_s));
    CHECK(byKey.indexOf(u"北京华信"_s) < byKey.indexOf(u"北京华信达"_s));
    CHECK(byKey.indexOf(u"北京华信达"_s) < byKey.indexOf(u"长城汽车"_s));
    CHECK(byKey.indexOf(u"长城汽车"_s) < byKey.indexOf(u"中国银行"_s));
    // Distinct texts never share a key (ties broken by the text itself).
    CHECK(pinyin::sortKey(u"ABC"_s) != pinyin::sortKey(u"abc"_s));
    CHECK(pinyin::sortKey(u""_s).size() >= 1);
}

TEST_CASE("the customer list in name order is the collation's order on both engines", "[pinyin][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    REQUIRE(generateDemo(t.db(), {150, 5}));
    CustomerRepository repo(t.db());
    auto rows = repo.list({{}, CustomerSort::NameAsc, 500, 0});
    REQUIRE(rows);
    REQUIRE(rows->size() == 150);
    QStringList listed;
    for (const CustomerRow &r : *rows)
        listed << r.name;
    auto collated = [&] {
        auto q = t.db().exec(u"SELECT name FROM customers ORDER BY name COLLATE pinyin, id"_s);
        REQUIRE(q);
        QStringList names;
        while (q->next())
            names << q->value(0).toString();
        return names;
    };
    CHECK(listed == collated());
    // Descending is the exact reverse.
    auto down = repo.list({{}, CustomerSort::NameDesc, 500, 0});
    REQUIRE(down);
    CHECK(down->first().name == listed.last());
    // A renamed customer moves to its new place: the key follows the name.
    auto c = repo.get(rows->first().id);
    REQUIRE(c);
    c->name = u"紫金矿业（演示）"_s;
    REQUIRE(repo.save(t.admin(), *c));
    auto after = repo.list({{}, CustomerSort::NameAsc, 500, 0});
    REQUIRE(after);
    QStringList renamed;
    for (const CustomerRow &r : *after)
        renamed << r.name;
    CHECK(renamed.contains(u"紫金矿业（演示）"_s));
    CHECK(renamed == collated());
}

TEST_CASE("the stock sqlite3 shell checks our database", "[pinyin][db][sqlite]")
{
    const QString shell = QStandardPaths::findExecutable(u"sqlite3"_s);
    REQUIRE_FALSE(shell.isEmpty());   // installed by scripts/install-deps.sh
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(generateDemo(t.db(), {60, 3}));
    QProcess p;
    p.start(shell, {t.spec().sqlitePath, u"PRAGMA integrity_check; PRAGMA foreign_key_check; SELECT COUNT(*) FROM customers;"_s});
    REQUIRE(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    INFO(err.toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(err.isEmpty());
    CHECK(out == u"ok\n60"_s);
}

TEST_CASE("a database from before the sort keys gets every customer's key when migrated", "[pinyin][db][migration]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    REQUIRE(generateDemo(t.db(), {30, 9}));
    // Customers as before step 12: no key column, the collation index; then step 12 again.
    for (const QString &sql : {u"DROP INDEX customers_name_key"_s, u"ALTER TABLE customers DROP COLUMN name_key"_s,
                               u"CREATE INDEX customers_name ON customers (name COLLATE pinyin, id)"_s,
                               u"DELETE FROM schema_version WHERE version = 12"_s})
        REQUIRE(t.db().execRaw(sql));
    const auto &steps = allMigrations();
    const auto step12 = std::find_if(steps.begin(), steps.end(), [](const Migration &m) { return m.version == 12; });
    REQUIRE(step12 != steps.end());
    REQUIRE(applyMigration(t.db(), *step12));
    REQUIRE(checkSchemaCurrent(t.db()));
    CHECK(t.db().scalar(u"SELECT COUNT(*) FROM customers WHERE name_key IS NULL"_s)->toInt() == 0);
    auto q = t.db().exec(u"SELECT name, name_key FROM customers"_s);
    REQUIRE(q);
    int checked = 0;
    while (q->next()) {
        CHECK(q->value(1).toByteArray() == pinyin::sortKey(q->value(0).toString()));
        ++checked;
    }
    CHECK(checked == 30);
}
