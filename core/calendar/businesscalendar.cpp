#include "core/calendar/businesscalendar.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;
constexpr quint8 kMondayToFriday = 0b0011111;

QString hhmm(int minuteOfDay)
{
    return u"%1:%2"_s.arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

QString dayKindKey(DayKind kind)
{
    return kind == DayKind::Holiday ? u"holiday"_s : u"workday"_s;
}

std::optional<DayKind> dayKindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"holiday"_s)
        return DayKind::Holiday;
    if (k == u"workday"_s)
        return DayKind::Workday;
    return std::nullopt;
}

BusinessCalendar::BusinessCalendar()
    : m_intervals{{8 * 60 + 30, 17 * 60 + 30}}, m_weekdayMask(kMondayToFriday),
      m_zone(defaultTimeZone())
{
}

QString BusinessCalendar::defaultHoursText()
{
    return u"08:30-17:30"_s;
}

QTimeZone BusinessCalendar::defaultTimeZone()
{
    QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    if (zone.isValid())
        return zone;
    // No tz database on this machine: China has kept UTC+8 without daylight saving since 1991.
    return QTimeZone(8 * 3600);
}

Result<QList<WorkInterval>> BusinessCalendar::parseHours(const QString &text)
{
    const auto field = u"hours"_s;
    static const QRegularExpression range(
        uR"(^(\d{1,2}):(\d{2})\s*[-–~]\s*(\d{1,2}):(\d{2})$)"_s);
    QList<WorkInterval> result;
    const QStringList pieces = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : pieces) {
        const QString piece = raw.trimmed();
        if (piece.isEmpty())
            continue;
        const auto m = range.match(piece);
        if (!m.hasMatch()) {
            return failInvalid(field, QCoreApplication::translate(
                "sd::core::BusinessCalendar", "“%1” is not a time range like 08:30-12:00.").arg(piece));
        }
        const int sh = m.captured(1).toInt(), sm = m.captured(2).toInt();
        const int eh = m.captured(3).toInt(), em = m.captured(4).toInt();
        if (sh > 23 || sm > 59 || eh > 24 || em > 59 || (eh == 24 && em != 0)) {
            return failInvalid(field, QCoreApplication::translate(
                "sd::core::BusinessCalendar", "“%1” contains a time of day that does not exist.").arg(piece));
        }
        const WorkInterval interval{sh * 60 + sm, eh * 60 + em};
        if (interval.endMinute <= interval.startMinute) {
            return failInvalid(field, QCoreApplication::translate(
                "sd::core::BusinessCalendar", "In “%1” the end must be later than the start.").arg(piece));
        }
        result.append(interval);
    }
    if (result.isEmpty()) {
        return failInvalid(field, QCoreApplication::translate(
            "sd::core::BusinessCalendar", "Enter the working hours, for example 08:30-12:00,13:30-17:30."));
    }
    std::ranges::sort(result, {}, &WorkInterval::startMinute);
    for (qsizetype i = 1; i < result.size(); ++i) {
        if (result[i].startMinute < result[i - 1].endMinute) {
            return failInvalid(field, QCoreApplication::translate(
                "sd::core::BusinessCalendar", "The working hours %1 and %2 overlap.")
                    .arg(formatHours({result[i - 1]}), formatHours({result[i]})));
        }
    }
    return result;
}

QString BusinessCalendar::formatHours(const QList<WorkInterval> &intervals)
{
    QStringList parts;
    for (const auto &i : intervals)
        parts.append(hhmm(i.startMinute) + u'-' + hhmm(i.endMinute));
    return parts.join(u',');
}

Status BusinessCalendar::setHours(const QString &text)
{
    auto parsed = parseHours(text);
    if (!parsed)
        return std::unexpected(parsed.error());
    m_intervals = *parsed;
    return {};
}

Status BusinessCalendar::setIntervals(const QList<WorkInterval> &intervals)
{
    // One validation path: the text form checks order, overlap and bounds.
    for (const auto &i : intervals) {
        if (i.startMinute < 0 || i.endMinute > 24 * 60 || i.endMinute <= i.startMinute) {
            return failInvalid(u"hours"_s, QCoreApplication::translate(
                "sd::core::BusinessCalendar", "In “%1” the end must be later than the start.")
                    .arg(formatHours({i})));
        }
    }
    return setHours(formatHours(intervals));
}

int BusinessCalendar::minutesPerWorkingDay() const
{
    int total = 0;
    for (const auto &i : m_intervals)
        total += i.minutes();
    return total;
}

void BusinessCalendar::setWorkingWeekdays(const QList<int> &weekdays)
{
    m_weekdayMask = 0;
    for (int d : weekdays) {
        if (d >= 1 && d <= 7)
            m_weekdayMask |= quint8(1u << (d - 1));
    }
}

QList<int> BusinessCalendar::workingWeekdays() const
{
    QList<int> days;
    for (int d = 1; d <= 7; ++d) {
        if (m_weekdayMask & (1u << (d - 1)))
            days.append(d);
    }
    return days;
}

Status BusinessCalendar::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid()) {
        return failInvalid(u"timezone"_s, QCoreApplication::translate(
            "sd::core::BusinessCalendar", "The time zone is not valid."));
    }
    m_zone = zone;
    return {};
}

Status BusinessCalendar::setTimeZone(const QString &ianaId)
{
    const QTimeZone zone(ianaId.trimmed().toUtf8());
    if (!zone.isValid()) {
        return failInvalid(u"timezone"_s, QCoreApplication::translate(
            "sd::core::BusinessCalendar", "“%1” is not a known time zone (use a name such as Asia/Shanghai).")
                .arg(ianaId));
    }
    m_zone = zone;
    return {};
}

void BusinessCalendar::setDay(const CalendarDay &day)
{
    if (!day.date.isValid())
        return;
    m_days.insert(day.date, day);
    if (day.kind == DayKind::Workday) {
        if (!m_firstWorkday.isValid() || day.date < m_firstWorkday)
            m_firstWorkday = day.date;
        if (!m_lastWorkday.isValid() || day.date > m_lastWorkday)
            m_lastWorkday = day.date;
    }
}

void BusinessCalendar::setDays(const QList<CalendarDay> &days)
{
    for (const auto &d : days)
        setDay(d);
}

void BusinessCalendar::removeDay(const QDate &date)
{
    // The walk guards only need bounds that enclose every make-up day; stale ones are harmless.
    m_days.remove(date);
}

void BusinessCalendar::clearDays()
{
    m_days.clear();
    m_firstWorkday = m_lastWorkday = QDate();
}

std::optional<CalendarDay> BusinessCalendar::day(const QDate &date) const
{
    const auto it = m_days.constFind(date);
    if (it == m_days.cend())
        return std::nullopt;
    return *it;
}

QList<CalendarDay> BusinessCalendar::days() const
{
    QList<CalendarDay> list = m_days.values();
    std::ranges::sort(list, {}, &CalendarDay::date);
    return list;
}

int BusinessCalendar::lastHolidayYear() const
{
    int last = 0;
    for (const CalendarDay &d : m_days)
        if (d.kind == DayKind::Holiday)
            last = std::max(last, d.date.year());
    return last;
}

bool BusinessCalendar::isWorkingDay(const QDate &date) const
{
    if (!date.isValid())
        return false;
    const auto it = m_days.constFind(date);
    if (it != m_days.cend())
        return it->kind == DayKind::Workday;
    return m_weekdayMask & (1u << (date.dayOfWeek() - 1));
}

bool BusinessCalendar::isWorkingTime(const QDateTime &at) const
{
    if (!at.isValid())
        return false;
    const Local l = toLocal(at);
    if (!isWorkingDay(l.date))
        return false;
    return std::ranges::any_of(m_intervals, [&](const WorkInterval &i) {
        return l.ms >= i.startMinute * kMinuteMs && l.ms < i.endMinute * kMinuteMs;
    });
}

bool BusinessCalendar::isWorkingTime(qint64 msSinceEpoch) const
{
    return isWorkingTime(fromMs(msSinceEpoch));
}

QDateTime BusinessCalendar::nextWorkingTime(const QDateTime &at) const
{
    return addForward(at, 0);
}

QDateTime BusinessCalendar::addWorkingMinutes(const QDateTime &start, qint64 minutes) const
{
    return addWorkingMs(start, minutes * kMinuteMs);
}

qint64 BusinessCalendar::addWorkingMinutes(qint64 startMsSinceEpoch, qint64 minutes) const
{
    const QDateTime r = addWorkingMinutes(fromMs(startMsSinceEpoch), minutes);
    return r.isValid() ? r.toMSecsSinceEpoch() : 0;
}

QDateTime BusinessCalendar::addWorkingMs(const QDateTime &start, qint64 ms) const
{
    return ms >= 0 ? addForward(start, ms) : addBackward(start, -ms);
}

qint64 BusinessCalendar::workingMinutesBetween(const QDateTime &a, const QDateTime &b) const
{
    return workingMsBetween(a, b) / kMinuteMs;   // truncates toward zero
}

qint64 BusinessCalendar::workingMinutesBetween(qint64 aMsSinceEpoch, qint64 bMsSinceEpoch) const
{
    return workingMinutesBetween(fromMs(aMsSinceEpoch), fromMs(bMsSinceEpoch));
}

qint64 BusinessCalendar::workingMsBetween(const QDateTime &a, const QDateTime &b) const
{
    if (!a.isValid() || !b.isValid())
        return 0;
    if (b < a)
        return -workingMsForward(b, a);
    return workingMsForward(a, b);
}

QDateTime BusinessCalendar::addWallMinutes(const QDateTime &start, qint64 minutes) const
{
    if (!start.isValid())
        return {};
    return fromMs(start.toMSecsSinceEpoch() + minutes * kMinuteMs);
}

qint64 BusinessCalendar::addWallMinutes(qint64 startMsSinceEpoch, qint64 minutes) const
{
    return startMsSinceEpoch + minutes * kMinuteMs;
}

// --- private -------------------------------------------------------------------------------

BusinessCalendar::Local BusinessCalendar::toLocal(const QDateTime &at) const
{
    const QDateTime local = at.toTimeZone(m_zone);
    return {local.date(), local.time().msecsSinceStartOfDay()};
}

QDateTime BusinessCalendar::fromLocal(const QDate &date, qint64 msOfDay) const
{
    QDate d = date;
    while (msOfDay >= kDayMs) {   // an interval ending at 24:00
        d = d.addDays(1);
        msOfDay -= kDayMs;
    }
    return QDateTime(d, QTime::fromMSecsSinceStartOfDay(int(msOfDay)), m_zone);
}

QDateTime BusinessCalendar::fromMs(qint64 msSinceEpoch) const
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, m_zone);
}

qint64 BusinessCalendar::workingMsInDay() const
{
    return qint64(minutesPerWorkingDay()) * kMinuteMs;
}

qint64 BusinessCalendar::workingMsBefore(qint64 msOfDay) const
{
    qint64 total = 0;
    for (const auto &i : m_intervals) {
        const qint64 s = i.startMinute * kMinuteMs, e = i.endMinute * kMinuteMs;
        if (msOfDay > s)
            total += std::min(msOfDay, e) - s;
    }
    return total;
}

bool BusinessCalendar::noWorkingDayAfter(const QDate &date) const
{
    if (m_intervals.isEmpty())
        return true;
    if (m_weekdayMask != 0)
        return false;   // holidays are finite, so an ordinary working weekday always comes
    return !m_lastWorkday.isValid() || date >= m_lastWorkday;
}

bool BusinessCalendar::noWorkingDayBefore(const QDate &date) const
{
    if (m_intervals.isEmpty())
        return true;
    if (m_weekdayMask != 0)
        return false;
    return !m_firstWorkday.isValid() || date <= m_firstWorkday;
}

QDateTime BusinessCalendar::addForward(const QDateTime &start, qint64 ms) const
{
    if (!start.isValid())
        return {};
    const Local l = toLocal(start);
    QDate d = l.date;
    qint64 m = l.ms;
    qint64 remaining = ms;
    const qint64 dayMs = workingMsInDay();
    for (;;) {
        if (isWorkingDay(d)) {
            for (const auto &i : m_intervals) {
                const qint64 s = i.startMinute * kMinuteMs, e = i.endMinute * kMinuteMs;
                if (m >= e)
                    continue;
                const qint64 from = std::max(m, s);
                const qint64 available = e - from;
                if (remaining <= available)   // "<=": using up an interval ends on its end
                    return fromLocal(d, from + remaining);
                remaining -= available;
            }
        }
        // Whole days: skip non-working ones, consume full working ones while more than a
        // day remains (the last day is walked interval by interval above).
        do {
            if (noWorkingDayAfter(d))
                return {};
            d = d.addDays(1);
            if (isWorkingDay(d)) {
                if (remaining <= dayMs)
                    break;
                remaining -= dayMs;
            }
        } while (true);
        m = 0;
    }
}

QDateTime BusinessCalendar::addBackward(const QDateTime &start, qint64 ms) const
{
    if (!start.isValid())
        return {};
    const Local l = toLocal(start);
    QDate d = l.date;
    qint64 m = l.ms;
    qint64 remaining = ms;
    const qint64 dayMs = workingMsInDay();
    for (;;) {
        if (isWorkingDay(d)) {
            for (auto it = m_intervals.crbegin(); it != m_intervals.crend(); ++it) {
                const qint64 s = it->startMinute * kMinuteMs, e = it->endMinute * kMinuteMs;
                if (m <= s)
                    continue;
                const qint64 to = std::min(m, e);
                const qint64 available = to - s;
                if (remaining <= available)
                    return fromLocal(d, to - remaining);
                remaining -= available;
            }
        }
        do {
            if (noWorkingDayBefore(d))
                return {};
            d = d.addDays(-1);
            if (isWorkingDay(d)) {
                if (remaining <= dayMs)
                    break;
                remaining -= dayMs;
            }
        } while (true);
        m = kDayMs;
    }
}

qint64 BusinessCalendar::workingMsForward(const QDateTime &a, const QDateTime &b) const
{
    const Local la = toLocal(a), lb = toLocal(b);
    if (la.date == lb.date) {
        if (!isWorkingDay(la.date))
            return 0;
        // max(): a daylight-saving fall-back can put the later instant at an earlier wall time.
        return std::max<qint64>(0, workingMsBefore(lb.ms) - workingMsBefore(la.ms));
    }
    if (lb.date < la.date)
        return 0;
    const qint64 dayMs = workingMsInDay();
    qint64 total = isWorkingDay(la.date) ? dayMs - workingMsBefore(la.ms) : 0;
    for (QDate d = la.date.addDays(1); d < lb.date; d = d.addDays(1)) {
        if (isWorkingDay(d))
            total += dayMs;
    }
    if (isWorkingDay(lb.date))
        total += workingMsBefore(lb.ms);
    return total;
}

} // namespace sd::core
