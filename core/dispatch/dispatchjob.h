#pragma once

#include "core/workflow/workflow.h"

#include <QByteArray>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace sd::core {

/// The on-site dispatch workflow's states and actions (SPEC §3.4), as stored in dispatch_jobs.state
/// and in the audit trail ("transition:<action>").
namespace dispatch {
inline constexpr QLatin1String Requested{"requested"};       ///< waiting for the manager's verification
inline constexpr QLatin1String Verified{"verified"};         ///< verified, waiting for dispatch
inline constexpr QLatin1String Dispatched{"dispatched"};     ///< sent to an engineer, not yet confirmed
inline constexpr QLatin1String Confirmed{"confirmed"};       ///< the engineer confirmed the information
inline constexpr QLatin1String Booked{"booked"};             ///< appointment booked with the customer
inline constexpr QLatin1String OnSite{"on_site"};            ///< the engineer checked in on site
inline constexpr QLatin1String FormReturned{"form_returned"};///< the Service Dispatch Form is back
inline constexpr QLatin1String Archived{"archived"};         ///< verified by the manager and archived
inline constexpr QLatin1String WrittenOff{"written_off"};    ///< not solved, back with the manager
inline constexpr QLatin1String HqPending{"hq_pending"};      ///< handed to HQ, waiting for its answer
inline constexpr QLatin1String HqAnswered{"hq_answered"};    ///< HQ answered; the customer's problem to close
inline constexpr QLatin1String FollowedUp{"followed_up"};    ///< continued by a follow-up job (chained)
inline constexpr QLatin1String Rejected{"rejected"};         ///< request refused at verification
inline constexpr QLatin1String Cancelled{"cancelled"};

// Actions.
inline constexpr QLatin1String Verify{"verify"};
inline constexpr QLatin1String Reject{"reject"};
inline constexpr QLatin1String Dispatch{"dispatch"};
inline constexpr QLatin1String Reassign{"reassign"};
inline constexpr QLatin1String Confirm{"confirm"};
inline constexpr QLatin1String SendBack{"send_back"};
inline constexpr QLatin1String Book{"book"};
inline constexpr QLatin1String CheckIn{"check_in"};
inline constexpr QLatin1String ReturnForm{"return_form"};
inline constexpr QLatin1String VerifyForm{"verify_form"};
inline constexpr QLatin1String RejectForm{"reject_form"};
inline constexpr QLatin1String WriteOff{"write_off"};
inline constexpr QLatin1String FollowUp{"follow_up"};
inline constexpr QLatin1String HandToHq{"hand_to_hq"};
inline constexpr QLatin1String HqAnswer{"hq_answer"};
inline constexpr QLatin1String Resolve{"resolve"};
inline constexpr QLatin1String Cancel{"cancel"};

/// The transition table: who may do what in which state, and what each action must record.
const workflow::TransitionTable &table();
/// States in board order (open ones first), and the open ones alone.
QStringList allStates();
QStringList openStates();
/// Actions only the engineer the job is dispatched to may take.
QStringList engineerActions();
/// The rows' guard for those actions: the session is the job's engineer.
std::shared_ptr<const workflow::Guard> assignedEngineer();
QString stateTitle(const QString &state);   ///< translated
QString actionTitle(const QString &action); ///< translated
QString fieldTitle(const QString &field);   ///< translated
} // namespace dispatch

/// One on-site job (dispatch_jobs row) with its Service Dispatch Form.
struct DispatchJob {
    qint64 id = 0;
    int version = 0;
    QString jobNo;
    QString state;
    qint64 customerId = 0;
    QString customerName;        ///< joined for display
    qint64 contactId = 0;
    QString contactName;
    QString contactPhone;
    QString siteAddress;
    qint64 callId = 0;           ///< the hotline call it came from (0 when none)
    qint64 previousJobId = 0;    ///< the job this one follows up (0 when none)
    int faultLevel = 3;
    QString regionClass;
    QString product;
    QString module;
    QString problem;
    qint64 requestedBy = 0;
    qint64 requestedAt = 0;
    QString coverage;            ///< contract / billable
    QString verifyNote;
    qint64 engineerId = 0;
    QString engineerName;        ///< joined for display
    qint64 dispatchedAt = 0;
    QString dispatchNote;
    qint64 dueAt = 0;            ///< the on-site response deadline (0 before dispatch)
    QString sendBackReason;
    qint64 appointmentAt = 0;
    QString appointmentNote;
    qint64 checkedInAt = 0;
    QString workDone;
    int minutesOnSite = 0;
    QString partsPatches;
    QString result;              ///< solved / not_solved
    QString customerSigner;
    QByteArray signature;        ///< PNG of the customer's signature (drawn on screen)
    int satisfaction = 0;        ///< 1–5, 0 when not given
    QString customerComment;
    qint64 formReturnedAt = 0;
    QString formRejectReason;
    QString writeOffReason;
    QString hqReference;
    qint64 hqSubmittedAt = 0;
    QString hqAnswer;
    qint64 hqAnsweredAt = 0;
    QString resolutionNote;
    qint64 closedAt = 0;
    QString closeReason;
    bool problemBaseOffered = false;

    bool isOpen() const;
    static DispatchJob fromRow(const QVariantMap &row);
};

/// What the hotline (or the manager) sends to the dispatch board.
struct OnsiteRequest {
    qint64 customerId = 0;
    qint64 contactId = 0;
    QString contactName;
    QString contactPhone;
    QString siteAddress;     ///< empty: the customer's address
    qint64 callId = 0;
    int faultLevel = 3;
    QString product;
    QString module;
    QString problem;
};

} // namespace sd::core
