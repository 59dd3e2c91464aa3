#include "core/calendar/calendarcoverage.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sd::core {

CalendarCoverage calendarCoverage(const BusinessCalendar &calendar, const QDate &today, int weeksAhead)
{
    CalendarCoverage c;
    c.lastYear = calendar.lastHolidayYear();
    const int next = c.lastYear > 0 ? c.lastYear + 1 : today.year();
    c.warnFrom = c.lastYear > 0 ? QDate(next, 1, 1).addDays(-7 * qint64(weeksAhead)) : today;
    if (today >= c.warnFrom)
        c.missingYear = std::max(next, today.year());
    return c;
}

QString calendarCoverageWarning(const CalendarCoverage &coverage)
{
    if (!coverage.needsImport())
        return {};
    return QCoreApplication::translate("sd::core::CalendarCoverage",
                                       "The business calendar has no holidays for %1: working-time deadlines in %1 count "
                                       "every weekday as a working day. Import the State Council's holiday notice for %1 "
                                       "(Administration → Business calendar → Import CSV, or servicedeskctl calendar import).")
        .arg(coverage.missingYear);
}

QString deadlineHolidayNote(const BusinessCalendar &calendar, qint64 dueAtMs)
{
    const int year = QDateTime::fromMSecsSinceEpoch(dueAtMs, calendar.timeZone()).date().year();
    if (year <= calendar.lastHolidayYear())
        return {};
    return QCoreApplication::translate("sd::core::CalendarCoverage", "counted without the %1 holidays (not imported)").arg(year);
}

} // namespace sd::core
