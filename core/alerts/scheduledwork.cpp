#include "core/alerts/scheduledwork.h"

#include "core/alerts/alertstore.h"
#include "core/auth/staffrepository.h"
#include "core/calendar/calendarcoverage.h"
#include "core/calendar/calendarrepository.h"
#include "core/complaints/complaintservice.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {

// Once a month has ended, its complaint report clock and the reminders start. The reminder
// goes to the quality supervisors: without one it would have nobody to go to (and would not be
// raised again for the one appointed later).
Status remindComplaintReport(const Database &db, const BusinessCalendar &calendar, qint64 nowMs)
{
    auto supervisors = StaffRepository(db).withRole(Role::QualitySupervisor);
    if (!supervisors)
        return std::unexpected(supervisors.error());
    if (supervisors->isEmpty())
        return {};
    if (auto month = complaints::ComplaintReportReminder(db, calendar).ensure(nowMs); !month)
        return std::unexpected(month.error());
    return {};
}

// Weeks before a year without holidays, each administrator hears it once (per year).
Status warnCalendarCoverage(const Database &db, const BusinessCalendar &calendar, qint64 nowMs)
{
    const CalendarCoverage coverage =
        calendarCoverage(calendar, QDateTime::fromMSecsSinceEpoch(nowMs, calendar.timeZone()).date());
    if (!coverage.needsImport())
        return {};
    auto admins = StaffRepository(db).withRole(Role::Administrator);
    if (!admins)
        return std::unexpected(admins.error());
    const QString kind = QString(alertkind::CalendarHolidaysMissing);
    for (const auto &admin : std::as_const(*admins)) {
        auto told = AlertStore(db).exists(admin.id, kind, u"calendar_days"_s, coverage.missingYear);
        if (!told)
            return std::unexpected(told.error());
        if (*told)
            continue;
        if (auto a = AlertStore(db).raise(Session{}, admin.id, kind, u"calendar_days"_s, coverage.missingYear,
                                          {QString::number(coverage.missingYear)});
            !a)
            return std::unexpected(a.error());
    }
    return {};
}

} // namespace

Status runScheduledWork(const Database &db, qint64 nowMs)
{
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return std::unexpected(calendar.error());
    if (auto ok = remindComplaintReport(db, *calendar, nowMs); !ok)
        return ok;
    return warnCalendarCoverage(db, *calendar, nowMs);
}

} // namespace sd::core
