#pragma once

#include "core/common/error.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace sd::core {

/// One working interval of a day, [start, end) in minutes since local midnight (end may be 1440).
struct WorkInterval {
    int startMinute = 0;
    int endMinute = 0;

    int minutes() const { return endMinute - startMinute; }
    friend bool operator==(const WorkInterval &, const WorkInterval &) = default;
};

/// What an exception day is: a public holiday, or a make-up working day (调休) on a weekend.
enum class DayKind { Holiday, Workday };

/// "holiday" / "workday", as stored in calendar_days.kind and in holiday CSV files.
QString dayKindKey(DayKind kind);
std::optional<DayKind> dayKindFromKey(const QString &key);

/// One exception to the ordinary working week.
struct CalendarDay {
    QDate date;
    DayKind kind = DayKind::Holiday;
    QString name;   ///< e.g. "春节 Spring Festival"

    friend bool operator==(const CalendarDay &, const CalendarDay &) = default;
};

/// The business calendar of SPEC §2: working hours as intervals per working day, the working
/// week (Mon–Fri by default), holidays and make-up working days, in one time zone.
///
/// All arithmetic happens in the zone's local wall time: a working day of 08:30–17:30 holds
/// 540 working minutes even on a daylight-saving change. Intervals are half-open, so 17:30 is
/// outside working time, yet a deadline that uses up the last minute of a day lands on 17:30
/// (not on the next opening). Spans are walked a day at a time, never a minute at a time.
class BusinessCalendar final
{
public:
    /// Mon–Fri 08:30–17:30, no exception days, Asia/Shanghai.
    BusinessCalendar();

    /// The default hours, "08:30-17:30".
    static QString defaultHoursText();
    /// Asia/Shanghai (falls back to a fixed UTC+8 zone when the system has no tz database).
    static QTimeZone defaultTimeZone();

    /// Parses "08:30-12:00,13:30-17:30": ascending, non-overlapping intervals, HH:MM each,
    /// end after start, 24:00 allowed as an end. Errors name the field "hours".
    static Result<QList<WorkInterval>> parseHours(const QString &text);
    /// The text form parseHours() reads.
    static QString formatHours(const QList<WorkInterval> &intervals);

    /// Replaces the working intervals (validated as parseHours() does).
    Status setHours(const QString &text);
    Status setIntervals(const QList<WorkInterval> &intervals);
    const QList<WorkInterval> &intervals() const { return m_intervals; }
    QString hoursText() const { return formatHours(m_intervals); }
    /// Working minutes in one ordinary working day (540 for the default hours).
    int minutesPerWorkingDay() const;

    /// The ordinary working weekdays as Qt numbers them (1 = Monday … 7 = Sunday).
    void setWorkingWeekdays(const QList<int> &weekdays);
    QList<int> workingWeekdays() const;

    QTimeZone timeZone() const { return m_zone; }
    /// Fails (field "timezone") when the zone is not valid.
    Status setTimeZone(const QTimeZone &zone);
    Status setTimeZone(const QString &ianaId);

    /// Adds or replaces an exception day.
    void setDay(const CalendarDay &day);
    void setDays(const QList<CalendarDay> &days);
    void removeDay(const QDate &date);
    void clearDays();
    std::optional<CalendarDay> day(const QDate &date) const;
    /// Every exception day, in date order.
    QList<CalendarDay> days() const;
    /// The last year with a public holiday among the exception days (0: none): the calendar
    /// knows the holiday notices up to that year; after it every ordinary weekday counts.
    int lastHolidayYear() const;

    /// A make-up workday is a working day; a holiday is not; otherwise the working week decides.
    bool isWorkingDay(const QDate &date) const;
    /// True inside one of a working day's intervals (start included, end excluded).
    bool isWorkingTime(const QDateTime &at) const;
    bool isWorkingTime(qint64 msSinceEpoch) const;
    /// `at` itself when it is working time, otherwise the next opening. Invalid when the
    /// calendar has no working time after `at` at all.
    QDateTime nextWorkingTime(const QDateTime &at) const;

    /// The moment `minutes` working minutes after `start`. A start outside working time counts
    /// from the next opening (so 0 minutes gives nextWorkingTime(start)). A result that uses up
    /// an interval exactly stays at that interval's end. Negative minutes count backwards
    /// (a start outside working time counts from the previous closing; a result exactly at an
    /// interval's start stays there). Returned in the calendar's zone; invalid on invalid input.
    QDateTime addWorkingMinutes(const QDateTime &start, qint64 minutes) const;
    qint64 addWorkingMinutes(qint64 startMsSinceEpoch, qint64 minutes) const;
    /// The same with millisecond precision (used by the SLA engine for warning thresholds).
    QDateTime addWorkingMs(const QDateTime &start, qint64 ms) const;

    /// Working minutes in [a, b), whole minutes (truncated toward zero). When b is before a the
    /// result is the negated count of [b, a), so the function is antisymmetric; 0 when a == b.
    qint64 workingMinutesBetween(const QDateTime &a, const QDateTime &b) const;
    qint64 workingMinutesBetween(qint64 aMsSinceEpoch, qint64 bMsSinceEpoch) const;
    /// Working milliseconds in [a, b), antisymmetric like workingMinutesBetween().
    qint64 workingMsBetween(const QDateTime &a, const QDateTime &b) const;

    /// Elapsed (wall-clock) time: `start` plus `minutes` real minutes, in the calendar's zone.
    QDateTime addWallMinutes(const QDateTime &start, qint64 minutes) const;
    qint64 addWallMinutes(qint64 startMsSinceEpoch, qint64 minutes) const;

private:
    struct Local {
        QDate date;
        qint64 ms = 0;   ///< ms since local midnight
    };
    Local toLocal(const QDateTime &at) const;
    QDateTime fromLocal(const QDate &date, qint64 msOfDay) const;
    QDateTime fromMs(qint64 msSinceEpoch) const;
    qint64 workingMsInDay() const;
    /// Working ms of the day before the local time `msOfDay`.
    qint64 workingMsBefore(qint64 msOfDay) const;
    /// True when no working day can come after `date` (a guard against endless walks).
    bool noWorkingDayAfter(const QDate &date) const;
    bool noWorkingDayBefore(const QDate &date) const;
    QDateTime addForward(const QDateTime &start, qint64 ms) const;
    QDateTime addBackward(const QDateTime &start, qint64 ms) const;
    qint64 workingMsForward(const QDateTime &a, const QDateTime &b) const;

    QList<WorkInterval> m_intervals;
    quint8 m_weekdayMask = 0;   ///< bit (dayOfWeek - 1) set for a working weekday
    QHash<QDate, CalendarDay> m_days;
    QDate m_firstWorkday;       ///< earliest / latest make-up workday (walk guards)
    QDate m_lastWorkday;
    QTimeZone m_zone;
};

} // namespace sd::core
