// Business calendar arithmetic (SPEC §2): pure logic, no database.
#include "core/calendar/businesscalendar.h"
#include "core/calendar/holidaycsv.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

#include <string>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace {

const QTimeZone &shanghai()
{
    static const QTimeZone zone = BusinessCalendar::defaultTimeZone();
    return zone;
}

/// "2025-03-03 09:00" in Shanghai local time.
QDateTime at(const char *text)
{
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(text), u"yyyy-MM-dd HH:mm"_s);
    REQUIRE(local.isValid());
    return QDateTime(local.date(), local.time(), shanghai());
}

/// A result as Shanghai wall time, for readable comparisons ("invalid" when invalid).
std::string fmt(const QDateTime &dt)
{
    if (!dt.isValid())
        return "invalid";
    return dt.toTimeZone(shanghai()).toString(u"yyyy-MM-dd HH:mm"_s).toStdString();
}

std::string fmtSeconds(const QDateTime &dt)
{
    return dt.toTimeZone(shanghai()).toString(u"yyyy-MM-dd HH:mm:ss"_s).toStdString();
}

/// Default hours (08:30–17:30) with China's 2025/2026 holidays.
BusinessCalendar china()
{
    BusinessCalendar cal;
    auto days = HolidayCsv::shippedChinaDays();
    REQUIRE(days);
    cal.setDays(*days);
    return cal;
}

/// China's holidays with a lunch break: 08:30–12:00, 13:30–17:30 (450 minutes a day).
BusinessCalendar chinaWithLunch()
{
    BusinessCalendar cal = china();
    REQUIRE(cal.setHours(u"08:30-12:00,13:30-17:30"_s));
    return cal;
}

/// Reference implementation: walks minute by minute in local wall time, counting working
/// minutes, and returns the moment just after the n-th one (n > 0). Slow but obviously right.
QDateTime referenceAdd(const BusinessCalendar &cal, const QDateTime &start, qint64 n)
{
    const QDateTime local = start.toTimeZone(shanghai());
    QDate d = local.date();
    int minute = local.time().hour() * 60 + local.time().minute();
    qint64 counted = 0;
    for (;;) {
        bool working = false;
        if (cal.isWorkingDay(d)) {
            for (const auto &i : cal.intervals())
                working = working || (minute >= i.startMinute && minute < i.endMinute);
        }
        ++minute;
        if (working && ++counted == n)
            break;
        if (minute == 24 * 60) {
            minute = 0;
            d = d.addDays(1);
        }
    }
    if (minute == 24 * 60)
        return QDateTime(d.addDays(1), QTime(0, 0), shanghai());
    return QDateTime(d, QTime(minute / 60, minute % 60), shanghai());
}

int workingDaysIn(const BusinessCalendar &cal, int year)
{
    int n = 0;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
        n += cal.isWorkingDay(d) ? 1 : 0;
    return n;
}

} // namespace

// --- working days --------------------------------------------------------------------------

TEST_CASE("weekdays are working days and weekends are not, unless the calendar says otherwise")
{
    const BusinessCalendar cal = china();
    CHECK(cal.isWorkingDay(QDate(2025, 3, 3)));     // Monday
    CHECK(cal.isWorkingDay(QDate(2025, 3, 7)));     // Friday
    CHECK_FALSE(cal.isWorkingDay(QDate(2025, 3, 8)));   // Saturday
    CHECK_FALSE(cal.isWorkingDay(QDate(2025, 3, 9)));   // Sunday
    CHECK_FALSE(cal.isWorkingDay(QDate(2025, 1, 1)));   // 元旦, a Wednesday
    CHECK_FALSE(cal.isWorkingDay(QDate(2025, 10, 8)));  // last day of National Day 2025
    CHECK(cal.isWorkingDay(QDate(2025, 1, 26)));    // make-up Sunday before Spring Festival
    CHECK(cal.isWorkingDay(QDate(2025, 2, 8)));     // make-up Saturday
    CHECK(cal.isWorkingDay(QDate(2025, 10, 11)));   // make-up Saturday after National Day
    CHECK(cal.isWorkingDay(QDate(2026, 1, 4)));     // make-up Sunday after New Year 2026
    CHECK(cal.isWorkingDay(QDate(2026, 2, 28)));    // make-up Saturday after Spring Festival 2026
    CHECK_FALSE(cal.isWorkingDay(QDate(2026, 2, 23)));
    CHECK_FALSE(cal.isWorkingDay(QDate()));
}

TEST_CASE("the shipped Chinese calendar has 248 working days in 2025 and in 2026")
{
    const BusinessCalendar cal = china();
    CHECK(workingDaysIn(cal, 2025) == 248);
    CHECK(workingDaysIn(cal, 2026) == 248);
}

TEST_CASE("working time includes an interval's start and excludes its end")
{
    const BusinessCalendar cal = chinaWithLunch();
    CHECK_FALSE(cal.isWorkingTime(at("2025-03-03 08:29")));
    CHECK(cal.isWorkingTime(at("2025-03-03 08:30")));
    CHECK(cal.isWorkingTime(at("2025-03-03 11:59")));
    CHECK_FALSE(cal.isWorkingTime(at("2025-03-03 12:00")));
    CHECK_FALSE(cal.isWorkingTime(at("2025-03-03 13:29")));
    CHECK(cal.isWorkingTime(at("2025-03-03 13:30")));
    CHECK(cal.isWorkingTime(at("2025-03-03 17:29")));
    CHECK_FALSE(cal.isWorkingTime(at("2025-03-03 17:30")));
    CHECK_FALSE(cal.isWorkingTime(at("2025-03-08 10:00")));   // Saturday
    CHECK_FALSE(cal.isWorkingTime(at("2025-10-03 10:00")));   // National Day
    CHECK(cal.isWorkingTime(at("2025-10-11 10:00")));         // make-up Saturday
    CHECK(cal.isWorkingTime(at("2025-03-03 10:00").toMSecsSinceEpoch()));
    CHECK_FALSE(cal.isWorkingTime(QDateTime()));
}

TEST_CASE("working time is judged in the calendar's zone whatever zone the input is in")
{
    const BusinessCalendar cal = china();
    // 01:00 UTC is 09:00 in Shanghai; 10:00 UTC is 18:00 in Shanghai.
    CHECK(cal.isWorkingTime(QDateTime(QDate(2025, 3, 3), QTime(1, 0), QTimeZone::utc())));
    CHECK_FALSE(cal.isWorkingTime(QDateTime(QDate(2025, 3, 3), QTime(10, 0), QTimeZone::utc())));
    const QDateTime r = cal.addWorkingMinutes(QDateTime(QDate(2025, 3, 3), QTime(1, 0), QTimeZone::utc()), 60);
    CHECK(r.toUTC().time() == QTime(2, 0));
}

TEST_CASE("next working time is the moment itself inside hours, else the next opening")
{
    const BusinessCalendar cal = chinaWithLunch();
    CHECK(fmt(cal.nextWorkingTime(at("2025-03-03 10:15"))) == "2025-03-03 10:15");
    CHECK(fmt(cal.nextWorkingTime(at("2025-03-03 07:00"))) == "2025-03-03 08:30");
    CHECK(fmt(cal.nextWorkingTime(at("2025-03-03 12:00"))) == "2025-03-03 13:30");
    CHECK(fmt(cal.nextWorkingTime(at("2025-03-03 17:30"))) == "2025-03-04 08:30");
    CHECK(fmt(cal.nextWorkingTime(at("2025-03-08 10:00"))) == "2025-03-10 08:30");
    CHECK(fmt(cal.nextWorkingTime(at("2025-09-30 18:00"))) == "2025-10-09 08:30");
    CHECK(fmt(cal.nextWorkingTime(at("2025-02-07 23:59"))) == "2025-02-08 08:30");
}

// --- adding working minutes ----------------------------------------------------------------

TEST_CASE("working minutes within one interval simply add up")
{
    const BusinessCalendar cal = china();
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 09:00"), 60)) == "2025-03-03 10:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 09:00"), 1)) == "2025-03-03 09:01");
}

TEST_CASE("working minutes skip the lunch break")
{
    const BusinessCalendar cal = chinaWithLunch();
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 11:30"), 60)) == "2025-03-03 14:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 11:59"), 2)) == "2025-03-03 13:31");
}

TEST_CASE("a start during the lunch break counts from the afternoon opening")
{
    const BusinessCalendar cal = chinaWithLunch();
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 12:30"), 30)) == "2025-03-03 14:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 12:00"), 1)) == "2025-03-03 13:31");
}

TEST_CASE("a deadline that uses up the morning stays at the start of lunch")
{
    const BusinessCalendar cal = chinaWithLunch();
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 11:00"), 60)) == "2025-03-03 12:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 08:30"), 210)) == "2025-03-03 12:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 08:30"), 211)) == "2025-03-03 13:31");
}

TEST_CASE("a deadline that uses up the day stays at closing time, not the next morning")
{
    const BusinessCalendar cal = china();
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 16:30"), 60)) == "2025-03-03 17:30");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 08:30"), 540)) == "2025-03-03 17:30");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 08:30"), 541)) == "2025-03-04 08:31");
    // A whole number of days from the opening ends at a closing time too.
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 08:30"), 2 * 540)) == "2025-03-04 17:30");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-07 08:30"), 2 * 540)) == "2025-03-10 17:30");
}

TEST_CASE("working minutes carry over the night to the next morning")
{
    const BusinessCalendar cal = china();
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 17:00"), 60)) == "2025-03-04 09:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 02:00"), 30)) == "2025-03-03 09:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 22:00"), 30)) == "2025-03-04 09:00");
}

TEST_CASE("a start exactly at opening or closing time")
{
    const BusinessCalendar cal = chinaWithLunch();
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 08:30"), 30)) == "2025-03-03 09:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 17:30"), 1)) == "2025-03-04 08:31");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 13:30"), 30)) == "2025-03-03 14:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 12:00"), 30)) == "2025-03-03 14:00");
}

TEST_CASE("zero working minutes give the start inside hours and the next opening outside")
{
    const BusinessCalendar cal = chinaWithLunch();
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 10:00"), 0)) == "2025-03-03 10:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 08:30"), 0)) == "2025-03-03 08:30");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 12:00"), 0)) == "2025-03-03 13:30");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 17:30"), 0)) == "2025-03-04 08:30");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-10-01 09:00"), 0)) == "2025-10-09 08:30");
}

TEST_CASE("working minutes skip the weekend")
{
    const BusinessCalendar cal = china();
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-07 17:00"), 60)) == "2025-03-10 09:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-08 10:00"), 10)) == "2025-03-10 08:40");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-09 23:59"), 10)) == "2025-03-10 08:40");
}

TEST_CASE("working minutes skip the Spring Festival holiday 2025")
{
    const BusinessCalendar cal = china();
    // Monday Jan 27 is the last working day before Jan 28 – Feb 4.
    CHECK(fmt(cal.addWorkingMinutes(at("2025-01-27 17:00"), 60)) == "2025-02-05 09:00");
}

TEST_CASE("a make-up Sunday is a working day: 2025-01-26")
{
    const BusinessCalendar cal = china();
    CHECK(fmt(cal.addWorkingMinutes(at("2025-01-24 17:00"), 60)) == "2025-01-26 09:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-01-25 10:00"), 30)) == "2025-01-26 09:00");
}

TEST_CASE("a make-up Saturday is a working day: 2025-02-08")
{
    const BusinessCalendar cal = china();
    CHECK(fmt(cal.addWorkingMinutes(at("2025-02-07 17:00"), 60)) == "2025-02-08 09:00");
    // ... and the Sunday after it is not.
    CHECK(fmt(cal.addWorkingMinutes(at("2025-02-08 17:00"), 60)) == "2025-02-10 09:00");
}

TEST_CASE("Spring Festival 2026 with make-up Saturdays 2026-02-14 and 2026-02-28")
{
    const BusinessCalendar cal = china();
    CHECK(fmt(cal.addWorkingMinutes(at("2026-02-13 17:00"), 60)) == "2026-02-14 09:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2026-02-14 17:00"), 60)) == "2026-02-24 09:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2026-02-27 17:00"), 60)) == "2026-02-28 09:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2026-02-28 17:00"), 60)) == "2026-03-02 09:00");
}

TEST_CASE("year end: Dec 31 2025 rolls over New Year 2026 to the make-up Sunday Jan 4")
{
    const BusinessCalendar cal = china();
    CHECK(fmt(cal.addWorkingMinutes(at("2025-12-31 17:00"), 60)) == "2026-01-04 09:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-12-31 17:30"), 0)) == "2026-01-04 08:30");
    CHECK(fmt(cal.addWorkingMinutes(at("2026-01-01 10:00"), 540)) == "2026-01-04 17:30");
    CHECK(fmt(cal.addWorkingMinutes(at("2026-01-04 17:00"), 60)) == "2026-01-05 09:00");
}

TEST_CASE("month ends roll into the next month")
{
    const BusinessCalendar cal = china();
    CHECK(fmt(cal.addWorkingMinutes(at("2025-02-28 17:00"), 60)) == "2025-03-03 09:00");
    // April 30 2025 is followed by Labour Day May 1–5.
    CHECK(fmt(cal.addWorkingMinutes(at("2025-04-30 17:00"), 60)) == "2025-05-06 09:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-01-31 10:00"), 60)) == "2025-02-05 09:30");
}

TEST_CASE("National Day 2025: Oct 1–8 off, make-up Sunday Sep 28 and Saturday Oct 11")
{
    const BusinessCalendar cal = china();
    CHECK(fmt(cal.addWorkingMinutes(at("2025-09-26 17:00"), 60)) == "2025-09-28 09:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-09-30 17:00"), 60)) == "2025-10-09 09:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-10-10 17:00"), 60)) == "2025-10-11 09:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-10-11 17:00"), 60)) == "2025-10-13 09:00");
    // 3 working days from the afternoon before the holiday.
    CHECK(fmt(cal.addWorkingMinutes(at("2025-09-30 14:00"), 1620)) == "2025-10-11 14:00");
}

TEST_CASE("a start inside a holiday counts from the first opening after it")
{
    const BusinessCalendar cal = china();
    CHECK(fmt(cal.addWorkingMinutes(at("2025-10-03 10:00"), 30)) == "2025-10-09 09:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-05-01 00:00"), 540)) == "2025-05-06 17:30");
}

TEST_CASE("seconds in the start are kept")
{
    const BusinessCalendar cal = china();
    const QDateTime start(QDate(2025, 3, 3), QTime(9, 0, 30), shanghai());
    CHECK(fmtSeconds(cal.addWorkingMinutes(start, 1)) == "2025-03-03 09:01:30");
    CHECK(fmtSeconds(cal.addWorkingMinutes(start, 510)) == "2025-03-04 08:30:30");
}

TEST_CASE("three working days and a 48-hour wall-clock span")
{
    const BusinessCalendar cal = china();
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 09:00"), 1620)) == "2025-03-06 09:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-06 09:00"), 1620)) == "2025-03-11 09:00");
    CHECK(fmt(cal.addWallMinutes(at("2025-03-07 17:00"), 48 * 60)) == "2025-03-09 17:00");
}

TEST_CASE("a year of working minutes is computed by days")
{
    const BusinessCalendar cal = china();
    const qint64 year2025 = 248LL * 540;
    CHECK(cal.workingMinutesBetween(at("2025-01-01 00:00"), at("2026-01-01 00:00")) == year2025);
    CHECK(fmt(cal.addWorkingMinutes(at("2025-01-01 00:00"), year2025)) == "2025-12-31 17:30");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-01-01 00:00"), year2025 + 1)) == "2026-01-04 08:31");
    // Two years ahead lands past the last shipped holiday year (2026), on the weekly pattern.
    CHECK(cal.addWorkingMinutes(at("2025-01-01 00:00"), 2 * year2025).isValid());
}

TEST_CASE("negative working minutes count backwards")
{
    const BusinessCalendar cal = chinaWithLunch();
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 09:00"), -60)) == "2025-02-28 17:00");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 14:00"), -60)) == "2025-03-03 11:30");
    // Landing exactly on an opening stays there.
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 10:00"), -90)) == "2025-03-03 08:30");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 14:00"), -30)) == "2025-03-03 13:30");
    // Outside hours counts from the previous closing.
    CHECK(fmt(cal.addWorkingMinutes(at("2025-10-09 08:00"), -30)) == "2025-09-30 17:00");
}

TEST_CASE("a round-the-clock calendar crosses midnight and ends at 24:00")
{
    BusinessCalendar cal;
    REQUIRE(cal.setHours(u"00:00-24:00"_s));
    cal.setWorkingWeekdays({1, 2, 3, 4, 5, 6, 7});
    CHECK(cal.minutesPerWorkingDay() == 1440);
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 23:30"), 60)) == "2025-03-04 00:30");
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 23:00"), 60)) == "2025-03-04 00:00");
    CHECK(cal.workingMinutesBetween(at("2025-03-03 00:00"), at("2025-03-10 00:00")) == 7 * 1440);
}

TEST_CASE("a calendar with no working days at all gives an invalid result instead of looping")
{
    BusinessCalendar cal;
    cal.setWorkingWeekdays({});
    CHECK_FALSE(cal.addWorkingMinutes(at("2025-03-03 09:00"), 60).isValid());
    CHECK_FALSE(cal.nextWorkingTime(at("2025-03-03 09:00")).isValid());
    CHECK_FALSE(cal.addWorkingMinutes(at("2025-03-03 09:00"), -60).isValid());
    // One make-up day is the only working time there is.
    cal.setDay({QDate(2025, 3, 8), DayKind::Workday, u"only"_s});
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-03 09:00"), 60)) == "2025-03-08 09:30");
    CHECK_FALSE(cal.addWorkingMinutes(at("2025-03-03 09:00"), 600).isValid());
}

TEST_CASE("invalid inputs give invalid results")
{
    const BusinessCalendar cal = china();
    CHECK_FALSE(cal.addWorkingMinutes(QDateTime(), 10).isValid());
    CHECK(cal.workingMinutesBetween(QDateTime(), at("2025-03-03 09:00")) == 0);
    CHECK_FALSE(cal.addWallMinutes(QDateTime(), 10).isValid());
}

TEST_CASE("milliseconds-since-epoch overloads agree with the QDateTime ones")
{
    const BusinessCalendar cal = chinaWithLunch();
    const QDateTime start = at("2025-09-30 16:00");
    CHECK(cal.addWorkingMinutes(start.toMSecsSinceEpoch(), 500)
          == cal.addWorkingMinutes(start, 500).toMSecsSinceEpoch());
    CHECK(cal.workingMinutesBetween(start.toMSecsSinceEpoch(), at("2025-10-11 10:00").toMSecsSinceEpoch())
          == cal.workingMinutesBetween(start, at("2025-10-11 10:00")));
    CHECK(cal.addWallMinutes(start.toMSecsSinceEpoch(), 90) == start.toMSecsSinceEpoch() + 90 * 60000);
}

// --- measuring ----------------------------------------------------------------------------

TEST_CASE("working minutes between two moments")
{
    const BusinessCalendar cal = chinaWithLunch();
    CHECK(cal.workingMinutesBetween(at("2025-03-03 09:00"), at("2025-03-03 10:00")) == 60);
    CHECK(cal.workingMinutesBetween(at("2025-03-03 11:00"), at("2025-03-03 14:00")) == 90);
    CHECK(cal.workingMinutesBetween(at("2025-03-07 17:00"), at("2025-03-10 09:00")) == 60);
    CHECK(cal.workingMinutesBetween(at("2025-03-08 09:00"), at("2025-03-09 17:00")) == 0);
    CHECK(cal.workingMinutesBetween(at("2025-09-30 17:00"), at("2025-10-09 09:00")) == 60);
    CHECK(cal.workingMinutesBetween(at("2025-03-03 00:00"), at("2025-03-04 00:00")) == 450);
}

TEST_CASE("working minutes between are zero for equal moments and negative backwards")
{
    const BusinessCalendar cal = china();
    const QDateTime a = at("2025-03-03 09:00"), b = at("2025-03-04 10:00");
    CHECK(cal.workingMinutesBetween(a, a) == 0);
    CHECK(cal.workingMinutesBetween(a, b) == 510 + 90);
    CHECK(cal.workingMinutesBetween(b, a) == -(510 + 90));
    // Outside hours, distinct moments can be zero working minutes apart in either order.
    CHECK(cal.workingMinutesBetween(at("2025-03-08 09:00"), at("2025-03-08 08:00")) == 0);
}

TEST_CASE("working minutes between truncates partial minutes toward zero")
{
    const BusinessCalendar cal = china();
    const QDateTime a(QDate(2025, 3, 3), QTime(9, 0, 0), shanghai());
    const QDateTime b(QDate(2025, 3, 3), QTime(9, 1, 59), shanghai());
    CHECK(cal.workingMinutesBetween(a, b) == 1);
    CHECK(cal.workingMinutesBetween(b, a) == -1);
    CHECK(cal.workingMsBetween(a, b) == 119000);
}

TEST_CASE("adding working minutes agrees with a minute-by-minute walk and with measuring back")
{
    // Generated starts over 2025–2026 (minute-aligned, day and night, holidays included).
    const BusinessCalendar cal = GENERATE(china(), chinaWithLunch());
    QRandomGenerator rng(20250101);
    const QDateTime origin = at("2024-12-25 00:00");
    for (int i = 0; i < 400; ++i) {
        const QDateTime start = origin.addSecs(qint64(rng.bounded(740 * 24 * 60)) * 60);
        const qint64 n = i % 10 == 0 ? rng.bounded(20000) : rng.bounded(1, 2000);
        INFO("start " << fmt(start) << " + " << n);
        const QDateTime end = cal.addWorkingMinutes(start, n);
        REQUIRE(end.isValid());
        CHECK(cal.workingMinutesBetween(start, end) == n);
        CHECK(cal.workingMinutesBetween(end, start) == -n);
        if (n > 0) {
            CHECK(fmt(end) == fmt(referenceAdd(cal, start, n)));
            // The last minute counted was working time.
            CHECK(cal.isWorkingTime(end.addSecs(-60)));
            // Going back the same amount returns to where counting began.
            CHECK(fmt(cal.addWorkingMinutes(end, -n)) == fmt(cal.nextWorkingTime(start)));
        }
    }
}

TEST_CASE("measuring then adding lands on the same working moment")
{
    const BusinessCalendar cal = china();
    QRandomGenerator rng(7);
    const QDateTime origin = at("2025-01-01 00:00");
    for (int i = 0; i < 300; ++i) {
        const QDateTime a = origin.addSecs(qint64(rng.bounded(700 * 24 * 60)) * 60);
        const QDateTime b = a.addSecs(qint64(rng.bounded(30 * 24 * 60)) * 60);
        // b must be working time with working time just before it: a deadline never lands on
        // an opening that follows earlier working time (it stays at the earlier closing).
        if (!cal.isWorkingTime(b) || !cal.isWorkingTime(b.addSecs(-60)))
            continue;
        INFO(fmt(a) << " -> " << fmt(b));
        CHECK(fmt(cal.addWorkingMinutes(a, cal.workingMinutesBetween(a, b))) == fmt(b));
    }
}

TEST_CASE("wall-clock minutes ignore hours, weekends and holidays")
{
    const BusinessCalendar cal = china();
    CHECK(fmt(cal.addWallMinutes(at("2025-09-30 17:00"), 2 * 24 * 60)) == "2025-10-02 17:00");
    CHECK(fmt(cal.addWallMinutes(at("2025-03-03 23:50"), 30)) == "2025-03-04 00:20");
    CHECK(fmt(cal.addWallMinutes(at("2025-03-03 10:00"), -30)) == "2025-03-03 09:30");
    CHECK(cal.addWallMinutes(at("2025-03-03 10:00"), 0) == at("2025-03-03 10:00"));
}

// --- configuration -------------------------------------------------------------------------

TEST_CASE("working hours parse and format")
{
    auto one = BusinessCalendar::parseHours(u"08:30-17:30"_s);
    REQUIRE(one);
    CHECK(*one == QList<WorkInterval>{{510, 1050}});
    auto two = BusinessCalendar::parseHours(u" 8:30 - 12:00 , 13:30-17:30 "_s);
    REQUIRE(two);
    CHECK(two->size() == 2);
    CHECK(BusinessCalendar::formatHours(*two) == u"08:30-12:00,13:30-17:30"_s);
    // Out-of-order intervals are accepted and sorted.
    auto sorted = BusinessCalendar::parseHours(u"13:30-17:30,08:30-12:00"_s);
    REQUIRE(sorted);
    CHECK(BusinessCalendar::formatHours(*sorted) == u"08:30-12:00,13:30-17:30"_s);
    // Touching intervals do not overlap.
    CHECK(BusinessCalendar::parseHours(u"08:00-12:00,12:00-13:00"_s));
    CHECK(BusinessCalendar::parseHours(u"00:00-24:00"_s));
    CHECK(BusinessCalendar().hoursText() == u"08:30-17:30"_s);
    CHECK(BusinessCalendar().minutesPerWorkingDay() == 540);
}

TEST_CASE("working hours reject overlap, bad format and an end not after the start")
{
    auto check = [](const QString &text) {
        INFO(text.toStdString());
        auto r = BusinessCalendar::parseHours(text);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.error().field == u"hours"_s);
        CHECK_FALSE(r.error().message.isEmpty());
        return r.error().message;
    };
    CHECK(check(u"08:30-12:00,11:00-17:30"_s).contains(u"overlap"_s));
    CHECK(check(u"17:30-08:30"_s).contains(u"later"_s));
    check(u"09:00-09:00"_s);
    CHECK(check(u"8-17"_s).contains(u"8-17"_s));
    check(u"08:30"_s);
    check(u"08:30-"_s);
    check(u"aa:bb-cc:dd"_s);
    check(u"25:00-26:00"_s);
    check(u"08:60-17:00"_s);
    check(u"08:00-24:30"_s);
    check(u""_s);
    check(u" , "_s);

    BusinessCalendar cal;
    CHECK_FALSE(cal.setHours(u"17:30-08:30"_s));
    CHECK(cal.hoursText() == u"08:30-17:30"_s);   // unchanged by a refused edit
    CHECK_FALSE(cal.setIntervals({{600, 500}}));
    CHECK_FALSE(cal.setIntervals({}));
    CHECK(cal.setIntervals({{780, 1020}, {480, 720}}));
    CHECK(cal.hoursText() == u"08:00-12:00,13:00-17:00"_s);
}

TEST_CASE("the time zone defaults to Shanghai and refuses unknown names")
{
    BusinessCalendar cal;
    CHECK(cal.timeZone().offsetFromUtc(QDateTime(QDate(2025, 7, 1), QTime(12, 0), QTimeZone::utc())) == 8 * 3600);
    auto bad = cal.setTimeZone(u"Mars/Olympus_Mons"_s);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == u"timezone"_s);
    REQUIRE(cal.setTimeZone(u"UTC"_s));
    CHECK(cal.isWorkingTime(QDateTime(QDate(2025, 3, 3), QTime(9, 0), QTimeZone::utc())));
}

TEST_CASE("exception days can be set, replaced, listed in order and removed")
{
    BusinessCalendar cal;
    cal.setDay({QDate(2025, 3, 5), DayKind::Holiday, u"b"_s});
    cal.setDay({QDate(2025, 3, 1), DayKind::Workday, u"a"_s});
    CHECK_FALSE(cal.isWorkingDay(QDate(2025, 3, 5)));
    CHECK(cal.isWorkingDay(QDate(2025, 3, 1)));
    cal.setDay({QDate(2025, 3, 5), DayKind::Workday, u"b2"_s});
    CHECK(cal.isWorkingDay(QDate(2025, 3, 5)));
    const auto days = cal.days();
    REQUIRE(days.size() == 2);
    CHECK(days[0].date == QDate(2025, 3, 1));
    CHECK(days[1].name == u"b2"_s);
    cal.removeDay(QDate(2025, 3, 1));
    CHECK_FALSE(cal.isWorkingDay(QDate(2025, 3, 1)));
    CHECK_FALSE(cal.day(QDate(2025, 3, 1)).has_value());
    cal.clearDays();
    CHECK(cal.days().isEmpty());
}

TEST_CASE("a custom working week: Saturday as a working day")
{
    BusinessCalendar cal;
    cal.setWorkingWeekdays({1, 2, 3, 4, 5, 6});
    CHECK(cal.workingWeekdays() == QList<int>{1, 2, 3, 4, 5, 6});
    CHECK(fmt(cal.addWorkingMinutes(at("2025-03-07 17:00"), 60)) == "2025-03-08 09:00");
}
