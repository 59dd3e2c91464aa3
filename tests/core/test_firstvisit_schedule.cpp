// Retry scheduling and digest days on the business calendar: never the failed attempt's
// half-day, never outside working time (lunch, evenings, weekends, holidays, make-up days).
#include "core/firstvisit/schedule.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using namespace sd::core::firstvisit;

namespace {

BusinessCalendar lunchCalendar()
{
    BusinessCalendar c;
    REQUIRE(c.setHours(u"08:30-12:00,13:30-17:30"_s));
    // 2026-10-01..07 National Day holidays, Sunday 2026-10-11 a make-up working day.
    for (int d = 1; d <= 7; ++d)
        c.setDay({QDate(2026, 10, d), DayKind::Holiday, u"国庆节"_s});
    c.setDay({QDate(2026, 10, 11), DayKind::Workday, u"国庆节调休"_s});
    return c;
}

qint64 at(const BusinessCalendar &c, int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), c.timeZone()).toMSecsSinceEpoch();
}

QDateTime local(const BusinessCalendar &c, qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, c.timeZone()); }

} // namespace

TEST_CASE("A failed morning call is retried at the afternoon opening after lunch", "[firstvisit][schedule]")
{
    const auto c = lunchCalendar();
    // Wednesday 2026-11-18 09:10 → same day 13:30 (lunch 12:00–13:30 skipped).
    const qint64 failed = at(c, 2026, 11, 18, 9, 10);
    const qint64 next = suggestRetry(c, failed);
    CHECK(local(c, next) == QDateTime(QDate(2026, 11, 18), QTime(13, 30), c.timeZone()));
    CHECK(c.isWorkingTime(next));
    CHECK_FALSE(halfDayOf(c, next) == halfDayOf(c, failed));
    // 11:59, the last minute before lunch: still the afternoon, not the same morning.
    CHECK(local(c, suggestRetry(c, at(c, 2026, 11, 18, 11, 59))).time() == QTime(13, 30));
}

TEST_CASE("A failed afternoon call is retried the next working morning", "[firstvisit][schedule]")
{
    const auto c = lunchCalendar();
    CHECK(local(c, suggestRetry(c, at(c, 2026, 11, 18, 15, 0))) ==
          QDateTime(QDate(2026, 11, 19), QTime(8, 30), c.timeZone()));
    // During lunch (12:30) counts as the afternoon: next morning, not 13:30 the same day.
    CHECK(local(c, suggestRetry(c, at(c, 2026, 11, 18, 12, 30))) ==
          QDateTime(QDate(2026, 11, 19), QTime(8, 30), c.timeZone()));
    // Friday afternoon → Monday morning.
    CHECK(local(c, suggestRetry(c, at(c, 2026, 11, 20, 16, 45))) ==
          QDateTime(QDate(2026, 11, 23), QTime(8, 30), c.timeZone()));
    // After closing (19:00) is still that afternoon's half: next working morning.
    CHECK(local(c, suggestRetry(c, at(c, 2026, 11, 18, 19, 0))) ==
          QDateTime(QDate(2026, 11, 19), QTime(8, 30), c.timeZone()));
}

TEST_CASE("Retries skip public holidays and use make-up working days", "[firstvisit][schedule]")
{
    const auto c = lunchCalendar();
    // Wednesday 2026-09-30 afternoon → the holidays of 1–7 October, then the weekend of 10/11:
    // Thursday 2026-10-08 morning.
    CHECK(local(c, suggestRetry(c, at(c, 2026, 9, 30, 14, 0))) ==
          QDateTime(QDate(2026, 10, 8), QTime(8, 30), c.timeZone()));
    // Saturday 2026-10-10 is no working day, Sunday 2026-10-11 is a make-up working day.
    CHECK(local(c, suggestRetry(c, at(c, 2026, 10, 9, 15, 0))) ==
          QDateTime(QDate(2026, 10, 11), QTime(8, 30), c.timeZone()));
    // A morning failure on the make-up Sunday → that afternoon.
    CHECK(local(c, suggestRetry(c, at(c, 2026, 10, 11, 10, 0))) ==
          QDateTime(QDate(2026, 10, 11), QTime(13, 30), c.timeZone()));
}

TEST_CASE("Without a lunch break a morning failure is retried at noon", "[firstvisit][schedule]")
{
    BusinessCalendar c; // 08:30-17:30
    CHECK(local(c, suggestRetry(c, at(c, 2026, 11, 18, 8, 45))).time() == QTime(12, 0));
    // Hours that end at noon: the next morning.
    REQUIRE(c.setHours(u"08:00-12:00"_s));
    CHECK(local(c, suggestRetry(c, at(c, 2026, 11, 18, 8, 45))) ==
          QDateTime(QDate(2026, 11, 19), QTime(8, 0), c.timeZone()));
}

TEST_CASE("An edited next attempt is checked against the calendar and the half-day", "[firstvisit][schedule]")
{
    const auto c = lunchCalendar();
    const qint64 failed = at(c, 2026, 11, 18, 9, 0);
    CHECK(checkNextAttempt(c, failed, at(c, 2026, 11, 18, 14, 0), true));
    auto sameMorning = checkNextAttempt(c, failed, at(c, 2026, 11, 18, 11, 0), true);
    REQUIRE_FALSE(sameMorning);
    CHECK(sameMorning.error().field == u"next_at"_s);
    // The same morning is fine when the customer asked to be called later.
    CHECK(checkNextAttempt(c, failed, at(c, 2026, 11, 18, 11, 0), false));
    CHECK_FALSE(checkNextAttempt(c, failed, at(c, 2026, 11, 18, 12, 30), true));  // lunch
    CHECK_FALSE(checkNextAttempt(c, failed, at(c, 2026, 11, 18, 18, 0), true));   // evening
    CHECK_FALSE(checkNextAttempt(c, failed, at(c, 2026, 11, 21, 10, 0), true));   // Saturday
    CHECK_FALSE(checkNextAttempt(c, failed, at(c, 2026, 10, 2, 10, 0), true));    // holiday (and earlier)
    CHECK_FALSE(checkNextAttempt(c, failed, at(c, 2026, 11, 18, 8, 0), true));    // before the attempt
    CHECK(checkNextAttempt(c, at(c, 2026, 10, 9, 15, 0), at(c, 2026, 10, 11, 9, 0), true)); // make-up Sunday
}

TEST_CASE("Needs belong to the digest of the working day that closes next", "[firstvisit][schedule]")
{
    const auto c = lunchCalendar();
    CHECK(digestDayFor(c, at(c, 2026, 11, 18, 17, 29)) == QDate(2026, 11, 18));
    CHECK(digestDayFor(c, at(c, 2026, 11, 18, 17, 30)) == QDate(2026, 11, 19));
    CHECK(digestDayFor(c, at(c, 2026, 11, 21, 10, 0)) == QDate(2026, 11, 23)); // Saturday → Monday
    CHECK(digestDayFor(c, at(c, 2026, 10, 3, 10, 0)) == QDate(2026, 10, 8));   // holiday
    CHECK(closingTime(c, QDate(2026, 11, 18)) == at(c, 2026, 11, 18, 17, 30));
    CHECK(closingTime(c, QDate(2026, 11, 21)) == 0);
    CHECK(closingTime(c, QDate(2026, 10, 11)) == at(c, 2026, 10, 11, 17, 30));
}
