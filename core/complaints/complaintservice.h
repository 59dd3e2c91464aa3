#pragma once

#include "core/auth/roles.h"
#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"
#include "core/sla/due.h"
#include "core/workflow/workflow.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace sd::core::complaints {

/// The complaint register (SPEC §3.6): record table, states, actions, sources, classes.
inline constexpr QLatin1String Table{"complaints"};

namespace state {
inline constexpr QLatin1String Accepted{"accepted"};          ///< registered, awaiting confirmation
inline constexpr QLatin1String Confirmed{"confirmed"};        ///< valid, with the responsible department
inline constexpr QLatin1String Investigated{"investigated"};  ///< cause, person, accountability recorded
inline constexpr QLatin1String Replied{"replied"};            ///< measures set, customer answered
inline constexpr QLatin1String ResultReturned{"result_returned"}; ///< measures carried out: follow-up due
inline constexpr QLatin1String Escalated{"escalated"};        ///< unresolved, with HQ service development
inline constexpr QLatin1String Resolved{"resolved"};          ///< verified, awaiting filing
inline constexpr QLatin1String Filed{"filed"};                ///< closed (valid or not)
} // namespace state

namespace action {
inline constexpr QLatin1String ConfirmValid{"confirm_valid"};
inline constexpr QLatin1String ConfirmOutOfScope{"confirm_out_of_scope"};
inline constexpr QLatin1String ConfirmNotTrue{"confirm_not_true"};
inline constexpr QLatin1String Investigate{"investigate"};
inline constexpr QLatin1String Reply{"reply"};
inline constexpr QLatin1String ReturnResult{"return_result"};
inline constexpr QLatin1String FollowUpSatisfied{"follow_up_satisfied"};
inline constexpr QLatin1String FollowUpUnresolved{"follow_up_unresolved"};
inline constexpr QLatin1String TrackEscalation{"track_escalation"};
inline constexpr QLatin1String CloseEscalation{"close_escalation"};
inline constexpr QLatin1String FeedbackHq{"feedback_hq"};
inline constexpr QLatin1String File{"file"};
} // namespace action

/// Sources: where the complaint came from.
QStringList sourceKeys();          ///< direct, hq, hotline, return_visit
QString sourceTitle(const QString &key);
/// Channels of a direct complaint.
QStringList channelKeys();         ///< phone, visit, letter, email, im, other
QString channelTitle(const QString &key);
/// Complaint classes (what the complaint is about).
QStringList problemClassKeys();    ///< attitude, slow_response, service_quality, unresolved, charges, product_defect, other
QString problemClassTitle(const QString &key);
/// Validity after confirmation (empty: not confirmed yet).
QStringList validityKeys();        ///< valid, out_of_scope, not_true
QString validityTitle(const QString &key);
/// Measures the responsible side may set.
QStringList measureKeys();         ///< reservice, apology, compensation
QString measureTitle(const QString &key);
QString measuresText(const QString &commaKeys);
QString stateTitle(const QString &state);
QString actionTitle(const QString &action);
QString fieldTitle(const QString &field);
/// States in which a complaint is still open (everything but filed).
QStringList openStates();

/// Who may register a complaint (a permission of this module, checked with requireRoles).
RoleSet acceptRoles();
/// Department managers: may record the cause and reply for any complaint.
RoleSet managerRoles();
/// Who reads the monthly complaint analysis report: the quality supervisor, department
/// managers and the general manager (department heads), service managers.
RoleSet reportRoles();

/// The workflow's transition table.
const workflow::TransitionTable &transitionTable();

/// Everything needed to open a complaint in one step; other workflows (hotline, return
/// visits) call ComplaintService::accept with their record as the source.
struct ComplaintIntake {
    QString source = QStringLiteral("direct");   ///< direct, hq, hotline, return_visit
    QString channel;                             ///< for direct: phone, visit, letter, email, im, other
    QString sourceRecordType;                    ///< e.g. "hotline_calls", "return_visits"
    qint64 sourceRecordId = 0;
    QString hqReference;                         ///< required for source hq
    qint64 hqDeadlineMs = 0;                     ///< HQ's deadline, when HQ set one
    qint64 customerId = 0;
    QString complainant;                         ///< the person who complained
    QString complainantPhone;
    QString problemClass = QStringLiteral("other");
    QString description;                         ///< what happened
    QString customerRequest;                     ///< what the customer wants
    qint64 receivedAtMs = 0;                     ///< 0: now
};

/// The text the register searches: number, complainant, phone, customer, HQ reference, what
/// happened and what the customer wants.
QString complaintSearchText(const QString &complaintNo, const ComplaintIntake &intake, const QString &customerName);

/// A complaint row for lists: the register and every other screen that lists complaints.
struct ComplaintRow {
    qint64 id = 0;
    int version = 0;
    QString complaintNo;
    QString state;
    QString source;
    QString validity;
    QString problemClass;
    qint64 customerId = 0;
    QString customerName;
    bool keyCustomer = false;
    QString complainant;
    QString description;
    QString departmentName;
    QString responsibleName;
    qint64 receivedAt = 0;
    qint64 replyDueAt = 0;      ///< 0 until confirmed valid
    qint64 repliedAt = 0;
    qint64 followUpDueAt = 0;
    qint64 followedUpAt = 0;
    QString hqReference;
};

/// Filters of the register list.
struct ComplaintFilter {
    QString text;               ///< words in number, complainant, customer or description; every word must occur
    QStringList states;         ///< empty: any
    QString source;             ///< empty: any
    QString validity;           ///< empty: any; "unconfirmed" for none yet
    qint64 departmentId = 0;
    qint64 customerId = 0;
    bool openOnly = false;
    bool keyCustomerOnly = false;
    qint64 receivedFrom = 0;    ///< ms, inclusive; 0: unbounded
    qint64 receivedTo = 0;      ///< ms, exclusive; 0: unbounded
    int limit = 500;
    int offset = 0;
};

/// The deadline a list shows for a complaint: reply while it runs, then the follow-up,
/// then the feedback to HQ. Computed from the SLA clocks by the one engine.
struct ComplaintDeadline {
    QString target;             ///< complaint_reply / complaint_follow_up / hq_feedback, empty: none
    qint64 dueAt = 0;
    qint64 remainingMs = 0;     ///< negative when overdue
    QString slaState;           ///< slaStateKey: running, warning, breached, paused
    qint64 remainingMinutes = 0; ///< in the clock's measure (working minutes for working clocks)
    SlaMeasure measure = SlaMeasure::Working;
    DueLevel level = DueLevel::Later; ///< core's one definition (core/sla/due.h)
    /// The countdown in the words every screen uses: "overdue 41 h 37 min (working time)".
    QString text() const { return dueText(remainingMinutes, measure); }
};

/// The complaint register's service: acceptance and every transition, with the SLA clocks
/// (reply 3 working hours from confirmation; follow-up 1 working day from the returned result;
/// feedback to HQ 1 working day from handling) and the key-customer alert to the general
/// managers.
class ComplaintService final
{
public:
    ComplaintService(Database db, BusinessCalendar calendar);
    /// With the center's stored calendar.
    static Result<ComplaintService> open(const Database &db);

    const BusinessCalendar &calendar() const { return m_calendar; }

    /// Registers a complaint (state accepted). Roles: acceptRoles(). Returns its id.
    Result<qint64> accept(const Session &who, const ComplaintIntake &intake) const;
    /// Takes `action` on the complaint (see transitionTable for the fields each records).
    Result<QVariantMap> act(const Session &who, qint64 id, int expectedVersion, const QString &action,
                            const QVariantMap &fields) const;

    /// The row as stored (column → value).
    Result<QVariantMap> load(qint64 id) const;
    /// The register, newest first.
    Result<QList<ComplaintRow>> list(const ComplaintFilter &filter) const;
    Result<int> count(const ComplaintFilter &filter) const;
    /// The deadline that matters now for each complaint (by id).
    Result<QHash<qint64, ComplaintDeadline>> deadlines(const QList<qint64> &ids, qint64 nowMs) const;

    /// The staff who receive key-customer alerts: the logins in setting
    /// `complaints.general_managers` (comma-separated) when set, else the department heads of
    /// the general manager's office (a department named 总经理… or "General Manager…").
    Result<QList<qint64>> generalManagers() const;
    /// A one-paragraph summary of the customer's contracts on `day` (what the service
    /// commitment covers), shown beside the confirmation.
    Result<QString> contractScope(qint64 customerId, const QDate &day) const;

    /// yyyymm of a moment in the center's time zone.
    int monthOf(qint64 ms) const;

private:
    Database m_db;
    BusinessCalendar m_calendar;
};

/// The monthly complaint analysis report reminder (SPEC §3.6.6): a complaint_report /
/// monthly_report SLA clock per month (record id yyyymm), due 3 working days into the next
/// month, with an alert for each quality supervisor. ensure… is idempotent.
class ComplaintReportReminder final
{
public:
    ComplaintReportReminder(Database db, BusinessCalendar calendar)
        : m_db(std::move(db)), m_calendar(std::move(calendar)) {}

    /// Starts the clock (and the alerts) for the month before `nowMs` if not yet started.
    /// Returns the month (yyyymm) whose report is due.
    Result<int> ensure(qint64 nowMs) const;
    /// The report's due moment for `month` (yyyymm): 3 working days from the start of the next month.
    qint64 dueAt(int month) const;
    /// Marks the month's report issued (quality supervisor) through the engine (reportWorkflow),
    /// stopping its clock. Audited. Refused (NotAllowedInState, see monthOver) before the month
    /// has ended, and once issued (the record's state); nothing changes.
    Status issue(const Session &who, int month, const QString &note = {}) const;
    /// Who may issue the report.
    static RoleSet issueRoles();
    /// Ok once `month` (yyyymm) has ended at `nowMs`; otherwise NotAllowedInState saying from
    /// when its report can be issued (a month's report counts the whole month).
    Status monthOver(int month, qint64 nowMs) const;
    /// When the month's report was issued (0: not yet).
    Result<qint64> issuedAt(int month) const;

private:
    Database m_db;
    BusinessCalendar m_calendar;
};

/// The monthly report's workflow (complaint_reports: due → issued, one record per month).
const workflow::Definition &reportWorkflow();

/// The first moment (ms) of month yyyymm in the calendar's zone.
qint64 monthStartMs(const BusinessCalendar &calendar, int month);
/// The month after yyyymm, and the one before.
int nextMonth(int month);
int previousMonth(int month);

} // namespace sd::core::complaints
