#pragma once

// The implementation project tracker's records, states and actions (SPEC §3.2), as stored in
// projects.state / project_stages.state and in the audit trail ("transition:<action>").
#include "core/workflow/workflow.h"

#include <QDate>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace sd::core {

namespace project {
// States of a project.
inline constexpr QLatin1String Applied{"applied"};                 ///< opened by the implementation manager
inline constexpr QLatin1String Assigned{"assigned"};               ///< project manager and consultants named
inline constexpr QLatin1String Planning{"planning"};               ///< the project manager writes the plan
inline constexpr QLatin1String InProgress{"in_progress"};          ///< stages carried out
inline constexpr QLatin1String FinalInspection{"final_inspection"};///< the PM reviews every document
inline constexpr QLatin1String Submitted{"submitted"};             ///< with the implementation manager for filing
inline constexpr QLatin1String Closed{"closed"};                   ///< reviewed and filed
inline constexpr QLatin1String SuspendRequested{"suspend_requested"};
inline constexpr QLatin1String SuspendPmApproved{"suspend_pm_approved"};   ///< waiting for the impl. manager
inline constexpr QLatin1String SuspendImApproved{"suspend_im_approved"};   ///< waiting for the project manager
inline constexpr QLatin1String Suspended{"suspended"};
inline constexpr QLatin1String TerminateRequested{"terminate_requested"};
inline constexpr QLatin1String TerminatePmApproved{"terminate_pm_approved"};
inline constexpr QLatin1String TerminateImApproved{"terminate_im_approved"};
inline constexpr QLatin1String Terminated{"terminated"};

// Actions on a project.
inline constexpr QLatin1String Assign{"assign"};
inline constexpr QLatin1String Reassign{"reassign"};
inline constexpr QLatin1String StartPlanning{"start_planning"};
inline constexpr QLatin1String AddStage{"add_stage"};
inline constexpr QLatin1String PlanFromTemplate{"plan_from_template"};
inline constexpr QLatin1String Start{"start"};
inline constexpr QLatin1String RequestSuspend{"request_suspend"};
inline constexpr QLatin1String PmApproveSuspend{"pm_approve_suspend"};
inline constexpr QLatin1String ImApproveSuspend{"im_approve_suspend"};
inline constexpr QLatin1String RejectSuspend{"reject_suspend"};
inline constexpr QLatin1String Resume{"resume"};
inline constexpr QLatin1String RequestTerminate{"request_terminate"};
inline constexpr QLatin1String PmApproveTerminate{"pm_approve_terminate"};
inline constexpr QLatin1String ImApproveTerminate{"im_approve_terminate"};
inline constexpr QLatin1String RejectTerminate{"reject_terminate"};
inline constexpr QLatin1String BeginInspection{"begin_final_inspection"};
inline constexpr QLatin1String SubmitForFiling{"submit_for_filing"};
inline constexpr QLatin1String ReturnForRework{"return_for_rework"};
inline constexpr QLatin1String File{"file"};

/// The project table: who may do what in which state, what each action records, its clocks.
const workflow::TransitionTable &table();
/// Every state, in the order of the work; the states in which stages are carried out.
QStringList allStates();
QStringList runningStates();
QString stateTitle(const QString &state);   ///< translated
QString actionTitle(const QString &action); ///< translated
QString fieldTitle(const QString &field);   ///< translated (project, stage and log fields)
} // namespace project

namespace stage {
inline constexpr QLatin1String Planned{"planned"};
inline constexpr QLatin1String Active{"active"};
inline constexpr QLatin1String Delivered{"delivered"};   ///< results delivered, waiting for evaluation
inline constexpr QLatin1String Accepted{"accepted"};
inline constexpr QLatin1String Failed{"failed"};         ///< the consultant's work was incomplete
inline constexpr QLatin1String Blocked{"blocked"};       ///< failed on presales commitments / product gaps

inline constexpr QLatin1String StartStage{"start_stage"};
inline constexpr QLatin1String Deliver{"deliver_stage"};
inline constexpr QLatin1String Pass{"pass_stage"};
inline constexpr QLatin1String FailIncomplete{"fail_stage_incomplete"};
inline constexpr QLatin1String FailCommitment{"fail_stage_commitment"};
inline constexpr QLatin1String Reimplement{"reimplement_stage"};
inline constexpr QLatin1String LogDay{"log_day"};         ///< recorded in place (ProjectService::logDay)

/// The stage table: planned → active → delivered → accepted | failed → re-implemented (active).
const workflow::TransitionTable &table();
QStringList allStates();
QString stateTitle(const QString &state);   ///< translated
QString actionTitle(const QString &action); ///< translated
} // namespace stage

/// An evaluation's result ("passed", "failed_incomplete", "failed_commitment").
QStringList evaluationResults();

/// What the implementation manager opens a project with.
struct ProjectApplication {
    qint64 customerId = 0;
    qint64 contractId = 0;     ///< 0: none named
    qint64 needId = 0;         ///< the first visit's implementation need it takes up (0: by hand)
    QString title;
    qint64 productId = 0;      ///< the main product (its plan template), 0: none
    QString modules;
    QString goals;
    int budgetedDays = 0;
};

/// One stage of the plan.
struct Stage {
    qint64 id = 0;
    int version = 0;
    qint64 projectId = 0;
    int seq = 0;
    QString name;
    QDate plannedStart;
    QDate plannedEnd;
    QDate actualStart;
    QDate actualEnd;
    QString scope, goals, risks, customerExpectations, deliverables;
    QString state;
    int attempt = 1;

    static Stage fromRow(const QVariantMap &row);
};

/// One acceptance evaluation of a stage attempt.
struct Evaluation {
    qint64 stageId = 0;
    int attempt = 1;
    QString result;
    QString note;
    qint64 evaluatedBy = 0;
    qint64 evaluatedAt = 0;
};

/// One confirmed day of the implementation log.
struct LogEntry {
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 stageId = 0;
    qint64 consultantId = 0;
    QString consultantName;
    QDate workDate;
    QString workDone;
    double hours = 0;
    QString issues;
    QString customerContact;   ///< who at the customer confirmed the day
};

/// A working day without a log entry: the project manager is shown these.
struct MissingLog {
    qint64 stageId = 0;
    QString stageName;
    qint64 consultantId = 0;
    QString consultantName;
    QDate day;
    friend bool operator==(const MissingLog &, const MissingLog &) = default;
};

/// A suspend or terminate request and both approvers' decisions.
struct Approval {
    qint64 id = 0;
    qint64 projectId = 0;
    QString kind;              ///< suspend / terminate
    QString reason;
    QString priorState;
    QString pmDecision, imDecision, outcome;
    qint64 pmBy = 0, imBy = 0;
    qint64 effectiveAt = 0, endedAt = 0;
};

/// A line of the project list, with its health.
struct ProjectRow {
    qint64 id = 0;
    int version = 0;
    QString projectNo;
    QString state;
    QString title;
    qint64 customerId = 0;
    QString customerName;
    qint64 projectManagerId = 0;
    QString projectManagerName;
    QString currentStage;
    int lateStages = 0;        ///< planned end passed, not accepted
    int pendingApprovals = 0;
    qint64 updatedAt = 0;
    int missingLogs = -1;      ///< working days without a log entry (-1: not counted)
    int budgetedDays = 0;
    int stagesTotal = 0;
    int stagesAccepted = 0;
};

/// What the project list shows: a state (or every open one), a text in the number, name or
/// customer, one customer's or one person's projects; sorted and paged in SQL.
struct ProjectFilter {
    enum class Sort { LastChanged, Number, Customer, LateFirst };
    QString state;            ///< a state; "@open" every state but closed and terminated; "" all
    QString text;             ///< every word in the number, the project's name or the customer's
    qint64 customerId = 0;
    qint64 memberId = 0;      ///< projects this staff member manages or works on
    Sort sort = Sort::LastChanged;
    int limit = 100;
    int offset = 0;
    bool countMissingLogs = true;
};

/// A person who may be named on a project, with their current load.
struct StaffLoad {
    qint64 staffId = 0;
    QString name;
    int activeProjects = 0;       ///< projects not closed or terminated
    int plannedDaysThisMonth = 0; ///< working days of their projects' stages in this month
};

/// A suspend or terminate request in the approvals inbox.
struct PendingApproval {
    qint64 approvalId = 0;
    qint64 projectId = 0;
    int projectVersion = 0;
    QString projectNo;
    QString projectTitle;
    QString customerName;
    QString projectState;
    QString kind;             ///< suspend / terminate
    QString reason;
    QString requestedByName;
    qint64 requestedAt = 0;
    QString pmDecision, imDecision;
};

/// A document of a project (its content is read separately).
struct ProjectDocument {
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 stageId = 0;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString note;
    QString addedByName;
    qint64 addedAt = 0;
};

/// The acceptance report (项目验收报告) as core assembles it; render/ only lays it out.
struct AcceptanceReport {
    struct StageLine {
        int seq = 0;
        QString name;
        QDate plannedStart, plannedEnd, actualStart, actualEnd;
        int attempts = 1;
        QString deliverables;
        QString evaluationNote;   ///< the passing evaluation's note
        QString evaluatedBy;
        qint64 evaluatedAt = 0;
        double hours = 0;         ///< logged hours
    };
    QString projectNo;
    QString title;
    QString state;
    QString customerName;
    QString customerAddress;
    QString productName;
    QString modules;
    QString goals;
    QString projectManager;
    QStringList consultants;
    int budgetedDays = 0;
    double loggedDays = 0;        ///< distinct consultant-days logged
    double loggedHours = 0;
    qint64 startedAt = 0, submittedAt = 0, closedAt = 0;
    QString reviewNote, filingNote;
    QList<StageLine> stages;
    QStringList documents;        ///< file names
    qint64 generatedAt = 0;
};

/// A stage of a plan template (per product), laid on working days by planFromTemplate.
struct TemplateStage {
    int seq = 0;
    QString name;
    int workingDays = 1;
    QString scope, goals, risks, deliverables;
};

} // namespace sd::core
