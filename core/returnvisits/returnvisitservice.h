#pragma once

#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"
#include "core/workflow/workflow.h"

#include <QDate>
#include <QLatin1String>
#include <QList>

namespace sd::core {

/// Return visits (SPEC §3.7): a phone call or visit after an archived on-site job or a closed
/// case, and quarterly for every contract customer, recording service attitude, quality and
/// resolution with a satisfaction score 1–5.
namespace returnvisit {
inline constexpr QLatin1String Scheduled{"scheduled"};
inline constexpr QLatin1String Done{"done"};
inline constexpr QLatin1String Cancelled{"cancelled"};

inline constexpr QLatin1String Record{"record"};
inline constexpr QLatin1String Cancel{"cancel"};
inline constexpr QLatin1String LinkComplaint{"link_complaint"};   ///< an existing complaint
inline constexpr QLatin1String OpenComplaint{"open_complaint"};   ///< a new one, in the same transaction

inline constexpr QLatin1String FromDispatch{"dispatch"};
inline constexpr QLatin1String FromCase{"case"};
inline constexpr QLatin1String Quarterly{"quarterly"};

const workflow::TransitionTable &table();
QString stateTitle(const QString &state);
QString actionTitle(const QString &action);
QString fieldTitle(const QString &field);
QString sourceTitle(const QString &sourceType);
/// Roles that may schedule the quarterly round.
RoleSet schedulingRoles();
/// A score at or below this opens the "complaint in one step" offer.
inline constexpr int LowScore = 2;
} // namespace returnvisit

struct ReturnVisit {
    qint64 id = 0;
    int version = 0;
    QString state;
    qint64 customerId = 0;
    QString customerName;
    QString sourceType;
    qint64 sourceId = 0;
    QString period;          ///< "2026Q4" for quarterly visits
    QDate dueOn;
    QString channel;         ///< phone / visit
    qint64 assigneeId = 0;
    int attitude = 0;        ///< 1–5 each, 0 when not recorded
    int quality = 0;
    int resolution = 0;
    int score = 0;
    QString comment;
    QString cancelReason;
    qint64 visitedAt = 0;
    qint64 complaintId = 0;
    QString complaintNo;     ///< the linked complaint's number (empty when none)

    bool isLowScore() const { return state == returnvisit::Done && score > 0 && score <= returnvisit::LowScore; }
    static ReturnVisit fromRow(const QVariantMap &row);
};

/// What the caller needs in front of them to make a visit: whom to call, and the job it is about.
struct ReturnVisitContext {
    QString contactName;
    QString contactPhone;
    QString jobNo;            ///< empty for quarterly visits
    QString problem;
    QString engineerName;
    qint64 jobDoneAt = 0;     ///< when the job was closed (or the engineer checked in)
};

class ReturnVisitService final
{
public:
    ReturnVisitService(Database db, BusinessCalendar calendar)
        : m_db(std::move(db)), m_calendar(std::move(calendar)) {}

    /// Working days after closing that a return visit falls due (setting
    /// "returnvisit.after_working_days", default 2).
    Result<int> afterWorkingDays() const;
    /// The due day of a visit for a record closed at `closedAtMs`: that many working days later.
    QDate dueAfter(qint64 closedAtMs, int workingDays) const;
    /// The due day of the quarterly visit: the first working day on or after the 15th of the
    /// quarter's middle month.
    QDate quarterlyDueDate(int year, int quarter) const;

    /// Schedules the visit after an archived job / closed case (once per source; the existing
    /// one is returned when asked again). Called by the workflows inside their transaction.
    Result<ReturnVisit> scheduleAfter(const Session &session, const QString &sourceType, qint64 sourceId,
                                      qint64 customerId, qint64 closedAtMs, qint64 assigneeId = 0);
    /// Creates the quarter's visit for every customer with a contract in force during the
    /// quarter, skipping those that already have one. Returns how many were created.
    Result<int> scheduleQuarterly(const Session &session, int year, int quarter);

    /// Takes `action`: record (channel, attitude, quality, resolution, score 1–5, comment),
    /// cancel (cancel_reason), link_complaint (complaint_id, after a low score).
    Result<ReturnVisit> act(const Session &session, qint64 visitId, int expectedVersion, const QString &action,
                            const QVariantMap &fields = {});

    /// A dissatisfied customer's complaint in one step: registers it in the complaint register
    /// (source "return_visit", this visit as its source record, what the customer said) and
    /// links it to the visit, in one transaction. The visit must be done.
    Result<ReturnVisit> openComplaint(const Session &session, qint64 visitId, int expectedVersion,
                                      const QString &complainant, const QString &description);

    Result<ReturnVisit> get(qint64 visitId) const;
    /// Scheduled visits due on or before `upTo`, earliest first.
    Result<QList<ReturnVisit>> due(const QDate &upTo, int limit = 500) const;
    /// The contact to call and the on-site job the visit follows (if any).
    Result<ReturnVisitContext> context(const ReturnVisit &visit) const;
    /// Every visit of a customer, newest first.
    Result<QList<ReturnVisit>> forCustomer(qint64 customerId) const;
    /// Visits in `state` ("" for any), latest due first.
    Result<QList<ReturnVisit>> list(const QString &state, int limit = 500) const;

private:
    Database m_db;
    BusinessCalendar m_calendar;
};

} // namespace sd::core
