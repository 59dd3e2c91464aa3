// Seeding the default service levels inside someone else's transaction (the demo loader does)
// must leave that transaction committable when there is nothing to seed.
#include "core/calendar/calendarrepository.h"
#include "core/sla/slarepository.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

TEST_CASE("Seeding SLA defaults a second time inside an outer transaction keeps it committable", "[sla][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    auto first = SlaRepository::seedDefaults(t.db());
    REQUIRE(first);
    CHECK(*first > 0);
    auto tx = Transaction::begin(t.db());
    REQUIRE(tx);
    REQUIRE(t.db().exec(u"INSERT INTO settings (key, value, version, created_at, updated_at) VALUES ('x', '1', 1, 0, 0)"_s));
    auto again = SlaRepository::seedDefaults(t.db());
    REQUIRE(again);
    CHECK(*again == 0);
    REQUIRE(tx->commit());
    CHECK(t.db().scalar(u"SELECT value FROM settings WHERE key = 'x'"_s)->toString() == u"1"_s);
}

TEST_CASE("Calendar defaults a second time inside an outer transaction keep it committable", "[calendar][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    REQUIRE(CalendarRepository::ensureDefaults(t.db()));
    auto tx = Transaction::begin(t.db());
    REQUIRE(tx);
    REQUIRE(t.db().exec(u"INSERT INTO settings (key, value, version, created_at, updated_at) VALUES ('y', '2', 1, 0, 0)"_s));
    REQUIRE(CalendarRepository::ensureDefaults(t.db()));
    REQUIRE(tx->commit());
    CHECK(t.db().scalar(u"SELECT value FROM settings WHERE key = 'y'"_s)->toString() == u"2"_s);
}
