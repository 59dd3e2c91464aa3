#pragma once

#include "core/calendar/businesscalendar.h"

#include <QDate>
#include <QString>

namespace sd::core {

/// How many weeks before a year without holiday data the desk starts warning administrators.
inline constexpr int kCalendarWarnWeeks = 8;

/// Whether the business calendar knows the holidays the deadlines of the coming weeks need.
/// The State Council publishes each year's holidays and make-up working days late in the year
/// before; until they are imported, working-time deadlines in that year count every ordinary
/// weekday as a working day. The desk says so instead of guessing silently.
struct CalendarCoverage {
    int lastYear = 0;      ///< the last year with holidays (0: none at all)
    int missingYear = 0;   ///< the year whose holidays are needed and missing (0: none now)
    QDate warnFrom;        ///< from when the desk warns about missingYear
    bool needsImport() const { return missingYear > 0; }
};

CalendarCoverage calendarCoverage(const BusinessCalendar &calendar, const QDate &today,
                                  int weeksAhead = kCalendarWarnWeeks);
/// The warning for administrators (empty when nothing is missing), naming the year and how
/// to import its notice.
QString calendarCoverageWarning(const CalendarCoverage &coverage);
/// Empty, or a short note for a working-time deadline that falls in a year without holidays:
/// "counted without the 2027 holidays (not imported)".
QString deadlineHolidayNote(const BusinessCalendar &calendar, qint64 dueAtMs);

} // namespace sd::core
