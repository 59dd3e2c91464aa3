#include "core/alerts/scheduledwork.h"

#include "core/auth/staffrepository.h"
#include "core/calendar/calendarrepository.h"
#include "core/complaints/complaintservice.h"

namespace sd::core {

Status runScheduledWork(const Database &db, qint64 nowMs)
{
    // The reminder goes to the quality supervisors: without one it would have nobody to go to
    // (and would not be raised again for the one appointed later).
    auto supervisors = StaffRepository(db).withRole(Role::QualitySupervisor);
    if (!supervisors)
        return std::unexpected(supervisors.error());
    if (supervisors->isEmpty())
        return {};
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return std::unexpected(calendar.error());
    if (auto month = complaints::ComplaintReportReminder(db, *calendar).ensure(nowMs); !month)
        return std::unexpected(month.error());
    return {};
}

} // namespace sd::core
