#pragma once

// When to call again, and which working day's digest a need belongs to: both on the
// business calendar (working hours, lunch break, holidays, make-up working days).
#include "core/calendar/businesscalendar.h"

namespace sd::core::firstvisit {

/// A half-day: the morning (before 12:00 local time) or the afternoon of a date.
struct HalfDay {
    QDate date;
    bool morning = true;
    friend bool operator==(const HalfDay &, const HalfDay &) = default;
};

/// The half-day `atMs` falls in, in the calendar's time zone.
HalfDay halfDayOf(const BusinessCalendar &calendar, qint64 atMs);

/// The suggested next attempt after a failed one at `failedAtMs`: the first working moment of
/// a later half-day (a morning failure → that afternoon's opening if it has working time,
/// otherwise the next working morning; an afternoon failure → the next working day's
/// opening). Never in the failed attempt's half-day, never outside working time.
qint64 suggestRetry(const BusinessCalendar &calendar, qint64 failedAtMs);

/// The suggestion after "asked to call later": one working hour on (the customer was reached,
/// so the same half-day is fine), at a working moment.
qint64 suggestCallBack(const BusinessCalendar &calendar, qint64 atMs);

/// Checks a next-attempt time the agent typed: after the attempt, inside working time, and
/// (after a failed attempt) not in the failed attempt's half-day. Invalid (field "next_at").
Status checkNextAttempt(const BusinessCalendar &calendar, qint64 attemptAtMs, qint64 nextAtMs, bool failed);

/// Closing time of a working day: the end of its last working interval (ms since the epoch);
/// 0 when `day` is not a working day.
qint64 closingTime(const BusinessCalendar &calendar, const QDate &day);

/// The working day whose digest carries a need recorded at `atMs`: that day when it is a
/// working day and its closing time has not passed, otherwise the next working day.
QDate digestDayFor(const BusinessCalendar &calendar, qint64 atMs);

} // namespace sd::core::firstvisit
