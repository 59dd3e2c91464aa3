#include "core/firstvisit/schedule.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::firstvisit {

namespace {
constexpr int kNoonMinute = 12 * 60;

QDateTime at(const BusinessCalendar &calendar, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, calendar.timeZone());
}
} // namespace

HalfDay halfDayOf(const BusinessCalendar &calendar, qint64 atMs)
{
    const QDateTime local = at(calendar, atMs);
    const QTime t = local.time();
    return {local.date(), t.hour() * 60 + t.minute() < kNoonMinute};
}

qint64 suggestRetry(const BusinessCalendar &calendar, qint64 failedAtMs)
{
    const HalfDay half = halfDayOf(calendar, failedAtMs);
    // The start of the next half-day; nextWorkingTime moves on past lunch, evenings, weekends
    // and holidays, and can only land later, so never back in the failed half-day.
    const QDateTime start = half.morning
        ? QDateTime(half.date, QTime(12, 0), calendar.timeZone())
        : QDateTime(half.date.addDays(1), QTime(0, 0), calendar.timeZone());
    const QDateTime next = calendar.nextWorkingTime(start);
    return next.isValid() ? next.toMSecsSinceEpoch() : 0;
}

qint64 suggestCallBack(const BusinessCalendar &calendar, qint64 atMs)
{
    return calendar.nextWorkingTime(at(calendar, calendar.addWorkingMinutes(atMs, 60))).toMSecsSinceEpoch();
}

Status checkNextAttempt(const BusinessCalendar &calendar, qint64 attemptAtMs, qint64 nextAtMs, bool failed)
{
    if (nextAtMs <= attemptAtMs)
        return failInvalid(u"next_at"_s, QCoreApplication::translate("sd::core::FirstVisit",
                                                                     "The next attempt must be later than this one."));
    if (!calendar.isWorkingTime(nextAtMs))
        return failInvalid(u"next_at"_s, QCoreApplication::translate("sd::core::FirstVisit",
                                                                     "The next attempt must be in working hours (%1, "
                                                                     "on a working day).")
                                             .arg(calendar.hoursText()));
    if (failed && halfDayOf(calendar, nextAtMs) == halfDayOf(calendar, attemptAtMs))
        return failInvalid(u"next_at"_s, QCoreApplication::translate("sd::core::FirstVisit",
                                                                     "Call again at another time of day: not in the same "
                                                                     "morning or afternoon as the failed attempt."));
    return {};
}

qint64 closingTime(const BusinessCalendar &calendar, const QDate &day)
{
    if (!calendar.isWorkingDay(day) || calendar.intervals().isEmpty())
        return 0;
    const int end = calendar.intervals().constLast().endMinute;
    return QDateTime(day, QTime(0, 0), calendar.timeZone()).addSecs(qint64(end) * 60).toMSecsSinceEpoch();
}

QDate digestDayFor(const BusinessCalendar &calendar, qint64 atMs)
{
    QDate day = at(calendar, atMs).date();
    for (int guard = 0; guard < 400; ++guard, day = day.addDays(1)) {
        const qint64 closing = closingTime(calendar, day);
        if (closing > 0 && atMs < closing)
            return day;
    }
    return {};
}

} // namespace sd::core::firstvisit
