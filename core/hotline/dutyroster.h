#pragma once

#include "core/auth/roles.h"
#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"

#include <QDate>
#include <QTime>

namespace sd::core {

/// One shift of the hotline duty roster. A shift whose end is not after its start runs
/// over midnight (after-hours on-call, e.g. 17:30–08:30).
struct DutyShift {
    qint64 id = 0;
    int version = 0;
    qint64 staffId = 0;
    QString staffName;
    QDate day;
    QTime starts;
    QTime ends;
    bool onCall = false;     ///< after-hours on-call duty
    QString note;

    bool overnight() const { return ends <= starts; }
};

/// The duty roster (SPEC §3.3 step 1): the service manager arranges shifts; everyone reads
/// them; the setting "hotline.duty_required" decides whether only someone on duty (or a
/// service manager) may take a call.
class DutyRoster final
{
public:
    explicit DutyRoster(Database db) : m_db(std::move(db)) {}

    /// Who may edit the roster and the setting.
    static RoleSet editRoles();
    static QString dutyRequiredKey();   ///< "hotline.duty_required"

    Result<qint64> add(const Session &who, const DutyShift &shift);
    Result<DutyShift> save(const Session &who, const DutyShift &shift);
    Status remove(const Session &who, qint64 shiftId, int expectedVersion);
    /// Copies the shifts of the week starting `fromMonday` to the week starting `toMonday`
    /// (shifts already there are kept); returns how many were added.
    Result<int> copyWeek(const Session &who, const QDate &fromMonday, const QDate &toMonday);

    Result<DutyShift> get(qint64 id) const;
    /// Shifts from `from` to `to` inclusive, by day, start, name; staffId 0 = everyone.
    Result<QList<DutyShift>> between(const QDate &from, const QDate &to, qint64 staffId = 0) const;
    /// The shifts covering the moment (in the calendar's time zone).
    Result<QList<DutyShift>> onDutyAt(qint64 atMs, const QTimeZone &zone) const;
    Result<bool> isOnDuty(qint64 staffId, qint64 atMs, const QTimeZone &zone) const;

    Result<bool> dutyRequired() const;
    Status setDutyRequired(const Session &who, bool required);

    /// Staff who may be put on the roster (hotline operators and service managers), by name.
    Result<QList<QPair<qint64, QString>>> operators() const;

private:
    Database m_db;
};

} // namespace sd::core
