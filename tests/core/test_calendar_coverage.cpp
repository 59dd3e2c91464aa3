// The business calendar kept current: which year's holidays are known, when administrators are
// warned that the coming year's are missing, and deadlines that fall beyond them say so.
#include "core/alerts/alertstore.h"
#include "core/alerts/scheduledwork.h"
#include "core/calendar/calendarcoverage.h"
#include "core/calendar/calendarrepository.h"
#include "core/sla/slarepository.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

BusinessCalendar withHolidaysThrough(int lastYear)
{
    BusinessCalendar c;
    for (int y = 2025; y <= lastYear; ++y) {
        c.setDay({QDate(y, 10, 1), DayKind::Holiday, u"国庆节"_s});
        c.setDay({QDate(y, 9, 28), DayKind::Workday, u"国庆节调休"_s});
    }
    return c;
}

qint64 shanghai(int y, int m, int d, int h = 9)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), BusinessCalendar::defaultTimeZone()).toMSecsSinceEpoch();
}

} // namespace

TEST_CASE("the last holiday year is the last year with a holiday, make-up days aside", "[calendar][coverage]")
{
    CHECK(BusinessCalendar().lastHolidayYear() == 0);
    BusinessCalendar c = withHolidaysThrough(2026);
    CHECK(c.lastHolidayYear() == 2026);
    c.setDay({QDate(2027, 2, 7), DayKind::Workday, u"春节调休"_s});   // a make-up day alone says nothing
    CHECK(c.lastHolidayYear() == 2026);
    c.setDay({QDate(2027, 2, 11), DayKind::Holiday, u"春节"_s});
    CHECK(c.lastHolidayYear() == 2027);
}

TEST_CASE("administrators are warned eight weeks before a year without holidays, and after", "[calendar][coverage]")
{
    const BusinessCalendar c = withHolidaysThrough(2026);
    // 2027-01-01 less 56 days is 2026-11-06.
    const CalendarCoverage before = calendarCoverage(c, QDate(2026, 11, 5));
    CHECK_FALSE(before.needsImport());
    CHECK(before.lastYear == 2026);
    CHECK(before.warnFrom == QDate(2026, 11, 6));
    CHECK(calendarCoverageWarning(before).isEmpty());
    const CalendarCoverage from = calendarCoverage(c, QDate(2026, 11, 6));
    CHECK(from.missingYear == 2027);
    CHECK(calendarCoverageWarning(from).contains(u"2027"_s));
    CHECK(calendarCoverage(c, QDate(2026, 12, 31)).missingYear == 2027);
    CHECK(calendarCoverage(c, QDate(2027, 6, 1)).missingYear == 2027);
    // Two years behind: the year we are in is the one that matters.
    CHECK(calendarCoverage(c, QDate(2028, 3, 1)).missingYear == 2028);
    // No holidays at all: missing now.
    CHECK(calendarCoverage(BusinessCalendar(), QDate(2026, 3, 2)).missingYear == 2026);
    // The notice imported: quiet until the next autumn.
    const BusinessCalendar next = withHolidaysThrough(2027);
    CHECK_FALSE(calendarCoverage(next, QDate(2026, 12, 31)).needsImport());
    CHECK(calendarCoverage(next, QDate(2027, 11, 6)).missingYear == 2028);
}

TEST_CASE("a working-time deadline beyond the known holidays carries a note, one within them none", "[calendar][coverage]")
{
    const BusinessCalendar c = withHolidaysThrough(2026);
    CHECK(deadlineHolidayNote(c, shanghai(2026, 12, 31, 17)).isEmpty());
    // The first moment of 2027 in the center's zone (still 2026 in UTC).
    const QString note = deadlineHolidayNote(c, shanghai(2027, 1, 1, 0));
    CHECK(note.contains(u"2027"_s));
    CHECK(deadlineHolidayNote(c, shanghai(2090, 5, 6)).contains(u"2090"_s));
}

TEST_CASE("scheduled work tells each administrator once per missing year, not before the warning starts",
          "[calendar][coverage][alerts][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    REQUIRE(CalendarRepository::ensureDefaults(t.db()));
    REQUIRE(SlaRepository::seedDefaults(t.db()));   // the month's report clock, run beside it
    auto calendar = CalendarRepository(t.db()).load();
    REQUIRE(calendar);
    const int last = calendar->lastHolidayYear();
    REQUIRE(last > 0);
    const Session second = t.sessionWith({Role::Administrator}, u"孙强"_s);
    const Session clerk = t.sessionWith({Role::HotlineOperator});
    auto alertsOf = [&](const Session &who) {
        auto list = AlertStore(t.db()).forRecipient(who.staffId, false);
        REQUIRE(list);
        QList<Alert> mine;
        for (const Alert &a : *list)
            if (a.kind == QString(alertkind::CalendarHolidaysMissing))
                mine << a;
        return mine;
    };
    const QDate warnFrom = QDate(last + 1, 1, 1).addDays(-7 * kCalendarWarnWeeks);
    {
        ScopedClock clock(QDateTime(warnFrom.addDays(-1), QTime(12, 0), calendar->timeZone()).toMSecsSinceEpoch());
        auto early = runScheduledWork(t.db(), Database::nowMs());
        INFO((early ? QString() : early.error().message).toStdString());
        REQUIRE(early);
        CHECK(alertsOf(t.admin()).isEmpty());
    }
    ScopedClock clock(QDateTime(warnFrom, QTime(8, 0), calendar->timeZone()).toMSecsSinceEpoch());
    auto ran = runScheduledWork(t.db(), Database::nowMs());
    INFO((ran ? QString() : ran.error().message).toStdString());
    REQUIRE(ran);
    REQUIRE(runScheduledWork(t.db(), Database::nowMs()));   // idempotent
    for (const Session &admin : {t.admin(), second}) {
        const QList<Alert> told = alertsOf(admin);
        REQUIRE(told.size() == 1);
        CHECK(told.first().recordId == last + 1);
        CHECK(AlertStore::text(told.first()).contains(QString::number(last + 1)));
    }
    CHECK(alertsOf(clerk).isEmpty());
}
