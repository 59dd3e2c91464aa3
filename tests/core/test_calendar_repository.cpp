// The stored business calendar: defaults, edits, permissions, audit, all-or-nothing imports.
#include "core/audit/audit.h"
#include "core/calendar/calendarrepository.h"
#include "core/calendar/holidaycsv.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {
qint64 countRows(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = db.scalar(sql, binds);
    REQUIRE(v);
    return v->toLongLong();
}
} // namespace

TEST_CASE("an empty database loads the default calendar", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    auto cal = CalendarRepository(t.db()).load();
    REQUIRE(cal);
    CHECK(cal->hoursText() == u"08:30-17:30"_s);
    CHECK(cal->days().isEmpty());
    CHECK(cal->isWorkingDay(QDate(2025, 10, 3)));   // nothing seeded yet
}

TEST_CASE("ensureDefaults seeds the hours, time zone and Chinese holidays once", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    REQUIRE(CalendarRepository::ensureDefaults(t.db()));
    CalendarRepository repo(t.db());
    auto cal = repo.load();
    REQUIRE(cal);
    CHECK(cal->hoursText() == u"08:30-17:30"_s);
    CHECK(cal->timeZone() == BusinessCalendar::defaultTimeZone());
    CHECK(cal->days().size() == 72);
    CHECK_FALSE(cal->isWorkingDay(QDate(2025, 10, 8)));
    CHECK(cal->isWorkingDay(QDate(2025, 10, 11)));
    CHECK(cal->day(QDate(2026, 2, 17))->name == u"春节 Spring Festival"_s);
    // Bookkeeping columns are filled.
    CHECK(countRows(t.db(), u"SELECT COUNT(*) FROM calendar_days WHERE created_at > 0 AND updated_at > 0 "
                            "AND version = 1"_s) == 72);

    // A second run changes nothing, and an administrator's edits survive it.
    REQUIRE(repo.setHours(t.admin(), u"09:00-18:00"_s));
    REQUIRE(repo.removeDay(t.admin(), QDate(2025, 1, 1)));
    REQUIRE(CalendarRepository::ensureDefaults(t.db()));
    auto again = repo.load();
    REQUIRE(again);
    CHECK(again->hoursText() == u"09:00-18:00"_s);
    CHECK(again->days().size() == 71);
}

TEST_CASE("the administrator sets the working hours — they are stored canonically and audited", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    CalendarRepository repo(t.db());
    REQUIRE(repo.setHours(t.admin(), u" 8:30-12:00 , 13:30-17:30"_s));
    auto cal = repo.load();
    REQUIRE(cal);
    CHECK(cal->hoursText() == u"08:30-12:00,13:30-17:30"_s);
    CHECK(cal->minutesPerWorkingDay() == 450);
    CHECK(countRows(t.db(), u"SELECT version FROM settings WHERE key = ?"_s, {CalendarRepository::hoursKey()}) == 1);

    REQUIRE(repo.setHours(t.admin(), u"08:00-17:00"_s));
    CHECK(countRows(t.db(), u"SELECT version FROM settings WHERE key = ?"_s, {CalendarRepository::hoursKey()}) == 2);
    CHECK(countRows(t.db(), u"SELECT COUNT(*) FROM settings WHERE key = ? AND updated_by = ?"_s,
                    {CalendarRepository::hoursKey(), t.admin().staffId}) == 1);

    auto trail = audit::recent(t.db(), 50);
    REQUIRE(trail);
    bool found = false;
    for (const auto &e : *trail) {
        if (e.table == u"settings"_s && e.field == CalendarRepository::hoursKey()
            && e.oldValue == u"08:30-12:00,13:30-17:30"_s && e.newValue == u"08:00-17:00"_s)
            found = true;
    }
    CHECK(found);
}

TEST_CASE("bad working hours are refused and leave the stored hours as they were", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    CalendarRepository repo(t.db());
    REQUIRE(repo.setHours(t.admin(), u"08:30-17:30"_s));
    auto r = repo.setHours(t.admin(), u"08:30-12:00,11:00-17:30"_s);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Invalid);
    CHECK(repo.load()->hoursText() == u"08:30-17:30"_s);
}

TEST_CASE("only an administrator may edit the calendar", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    CalendarRepository repo(t.db());
    const Session operatorSession = t.sessionWith({Role::HotlineOperator});
    auto hours = repo.setHours(operatorSession, u"09:00-17:00"_s);
    REQUIRE_FALSE(hours);
    CHECK(hours.error().code == ErrorCode::Forbidden);
    auto import = repo.importDays(operatorSession, {{QDate(2025, 3, 3), DayKind::Holiday, u"x"_s}});
    REQUIRE_FALSE(import);
    CHECK(import.error().code == ErrorCode::Forbidden);
    CHECK(repo.removeDay(operatorSession, QDate(2025, 3, 3)).error().code == ErrorCode::Forbidden);
    CHECK_FALSE(repo.setTimeZone(operatorSession, u"UTC"_s));
    CHECK(countRows(t.db(), u"SELECT COUNT(*) FROM settings"_s) == 0);
    CHECK(countRows(t.db(), u"SELECT COUNT(*) FROM calendar_days"_s) == 0);
}

TEST_CASE("importing days upserts by date and reports what changed", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    CalendarRepository repo(t.db());
    const QList<CalendarDay> first{{QDate(2027, 1, 1), DayKind::Holiday, u"元旦 New Year's Day"_s},
                                   {QDate(2027, 2, 6), DayKind::Workday, u"调休"_s},
                                   {QDate(2027, 2, 7), DayKind::Holiday, {}}};
    auto r = repo.importDays(t.admin(), first);
    REQUIRE(r);
    CHECK(r->inserted == 3);

    QList<CalendarDay> second = first;
    second[1].kind = DayKind::Holiday;
    second.append({QDate(2027, 2, 8), DayKind::Holiday, u"春节"_s});
    r = repo.importDays(t.admin(), second);
    REQUIRE(r);
    CHECK(r->inserted == 1);
    CHECK(r->updated == 1);
    CHECK(r->unchanged == 2);
    CHECK(countRows(t.db(), u"SELECT version FROM calendar_days WHERE day = '2027-02-06'"_s) == 2);
    CHECK(countRows(t.db(), u"SELECT version FROM calendar_days WHERE day = '2027-01-01'"_s) == 1);

    auto days = repo.days(2027);
    REQUIRE(days);
    REQUIRE(days->size() == 4);
    CHECK(days->at(1).kind == DayKind::Holiday);
    CHECK(days->at(2).name.isEmpty());
    CHECK(repo.days(2026)->isEmpty());

    auto trail = audit::forRecord(t.db(), u"calendar_days"_s, CalendarRepository::dayRecordId(QDate(2027, 2, 6)));
    REQUIRE(trail);
    REQUIRE(trail->size() >= 3);   // created kind + name, then the kind change
    CHECK(trail->last().field == u"kind"_s);
    CHECK(trail->last().oldValue == u"workday"_s);
    CHECK(trail->last().newValue == u"holiday"_s);
}

TEST_CASE("a bad import writes nothing at all", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    CalendarRepository repo(t.db());
    REQUIRE(repo.setDay(t.admin(), {QDate(2027, 5, 1), DayKind::Holiday, u"劳动节"_s}));
    auto r = repo.importDays(t.admin(), {{QDate(2027, 5, 1), DayKind::Workday, u"changed"_s},
                                         {QDate(2027, 5, 2), DayKind::Holiday, u"a"_s},
                                         {QDate(2027, 5, 2), DayKind::Holiday, u"twice"_s}});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Invalid);
    CHECK(r.error().line == 3);
    auto days = repo.days();
    REQUIRE(days);
    REQUIRE(days->size() == 1);
    CHECK(days->first().kind == DayKind::Holiday);
    CHECK(days->first().name == u"劳动节"_s);
}

TEST_CASE("a holiday CSV import goes through in one transaction", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    auto parsed = HolidayCsv::shippedChinaDays();
    REQUIRE(parsed);
    CalendarRepository repo(t.db());
    auto r = repo.importDays(t.admin(), *parsed);
    REQUIRE(r);
    CHECK(r->inserted == 72);
    auto cal = repo.load();
    REQUIRE(cal);
    CHECK(cal->days() == *parsed);   // the shipped file is in date order
    CHECK(cal->addWorkingMinutes(QDateTime(QDate(2025, 12, 31), QTime(17, 0), cal->timeZone()), 60)
          == QDateTime(QDate(2026, 1, 4), QTime(9, 0), cal->timeZone()));
}

TEST_CASE("a calendar day can be set and removed — removing a missing day is NotFound", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    CalendarRepository repo(t.db());
    REQUIRE(repo.setDay(t.admin(), {QDate(2027, 3, 6), DayKind::Workday, u"调休"_s}));
    CHECK(repo.load()->isWorkingDay(QDate(2027, 3, 6)));
    REQUIRE(repo.removeDay(t.admin(), QDate(2027, 3, 6)));
    CHECK_FALSE(repo.load()->isWorkingDay(QDate(2027, 3, 6)));
    auto missing = repo.removeDay(t.admin(), QDate(2027, 3, 6));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    auto trail = audit::forRecord(t.db(), u"calendar_days"_s, 20270306);
    REQUIRE(trail);
    CHECK(trail->last().action == u"delete"_s);
}

TEST_CASE("the calendar's time zone is stored by name and unknown names are refused", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    CalendarRepository repo(t.db());
    auto bad = repo.setTimeZone(t.admin(), u"Nowhere/Special"_s);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == u"timezone"_s);
    REQUIRE(repo.setTimeZone(t.admin(), u"Asia/Urumqi"_s));
    auto cal = repo.load();
    REQUIRE(cal);
    CHECK(cal->timeZone().id() == QByteArrayLiteral("Asia/Urumqi"));
}
