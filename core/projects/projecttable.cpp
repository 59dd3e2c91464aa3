// The implementation project's transition table (SPEC §3.2): the whole workflow as data.
// Suspend and terminate each need two approvals — the project's own project manager and an
// implementation manager, in either order, either may reject: every order is its own row,
// with an explicit state for "approved by one, waiting for the other".
#include "core/projects/project.h"
#include "core/projects/projectaccess.h"
#include "core/sla/slapolicy.h"
#include "core/workflow/titles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::project {

namespace {

const QString kProject = QString(sla::ImplementationProject);

// The plan is due within the policy's working days of the assignment; a reassignment hands it
// to the new project manager; starting the project meets it.
const QList<workflow::ClockStep> kPlanDue = {
    workflow::handClock(kProject, QString(sla::ProjectPlan)).mirroredIn(u"plan_due_at"_s)};
const QList<workflow::ClockStep> kPlanHanded = {{workflow::ClockOp::Reassign, kProject, QString(sla::ProjectPlan)}};
const QList<workflow::ClockStep> kPlanDone = {workflow::stopClock(kProject, QString(sla::ProjectPlan))};
// A suspend or terminate request is decided within the policy's working days.
const QList<workflow::ClockStep> kDecisionDue = {workflow::startClock(kProject, QString(sla::ApprovalDecision))};
const QList<workflow::ClockStep> kDecided = {workflow::stopClock(kProject, QString(sla::ApprovalDecision))};

/// A rejected request returns the project to the state it was in when the request was made.
std::shared_ptr<const workflow::Condition> requestedFrom(const QString &state)
{
    return std::make_shared<const workflow::Condition>(workflow::Condition{
        u"requested_from_"_s + state,
        [state](const QVariantMap &p) { return p.value(u"prior_state"_s).toString() == state; },
        [state](const QVariantMap &) {
            return QCoreApplication::translate("sd::core::Projects", "The request was not made while the project was “%1”.")
                .arg(stateTitle(state));
        }});
}

} // namespace

QStringList allStates()
{
    return {Applied, Assigned, Planning, InProgress, SuspendRequested, SuspendPmApproved, SuspendImApproved,
            Suspended, TerminateRequested, TerminatePmApproved, TerminateImApproved, FinalInspection, Submitted,
            Closed, Terminated};
}

QStringList runningStates()
{
    return {InProgress, SuspendRequested, SuspendPmApproved, SuspendImApproved,
            TerminateRequested, TerminatePmApproved, TerminateImApproved};
}

const workflow::TransitionTable &table()
{
    using R = Role;
    using T = workflow::Transition;
    const RoleSet im{R::ImplementationManager};
    const RoleSet pm{R::ProjectManager};
    const RoleSet consultant{R::Consultant};
    const RoleSet managers{R::ProjectManager, R::ImplementationManager};
    const RoleSet team{R::Consultant, R::ProjectManager, R::ImplementationManager};
    const auto ownPm = ownProjectManager(On::Project);
    const auto member = assignedConsultant(On::Project);
    const auto pmOrIm = ownManagerOrImplementationManager(On::Project);
    const auto anyOfTeam = projectTeam(On::Project);
    const auto pmSecond = secondApproverAsManager();
    const auto imSecond = secondApproverAsImplementationManager();
    const QStringList team_ = {u"project_manager_id"_s, u"consultant_ids"_s};
    auto assign = [](T t) { return std::move(t).write(u"project_manager_id"_s, u"project_manager_id"_s); };
    auto request = [](T t) { return std::move(t).clock(kDecisionDue); };
    auto decided = [](T t) { return std::move(t).clear({u"open_request_id"_s, u"prior_state"_s}).clock(kDecided); };
    static const workflow::TransitionTable t(
        u"projects"_s,
        {
            // The implementation manager names the project manager and the consultants.
            assign(T{Applied, Assign, Assigned, im, team_}).stamp({u"assigned_at"_s}).clock(kPlanDue),
            assign(T{Assigned, Reassign, Assigned, im, team_}).clock(kPlanHanded),
            assign(T{Planning, Reassign, Planning, im, team_}).clock(kPlanHanded),
            assign(T{InProgress, Reassign, InProgress, im, team_}),
            // The project manager writes the plan: stages by hand or from the product's template.
            T{Assigned, StartPlanning, Planning, pm, {}}.stamp({u"planning_at"_s}).guardedBy(ownPm),
            T{Planning, AddStage, Planning, pm, {u"stage_name"_s, u"planned_start"_s, u"planned_end"_s}}.guardedBy(ownPm),
            T{Planning, PlanFromTemplate, Planning, pm, {}}.guardedBy(ownPm),
            T{Planning, Start, InProgress, pm, {}}.stamp({u"started_at"_s}).clock(kPlanDone).guardedBy(ownPm),
            // Suspend: a consultant applies; both approve in either order; either rejects.
            request(T{InProgress, RequestSuspend, SuspendRequested, consultant, {u"reason"_s}}.guardedBy(member)),
            T{SuspendRequested, PmApproveSuspend, SuspendPmApproved, pm, {}}.guardedBy(ownPm),
            T{SuspendRequested, ImApproveSuspend, SuspendImApproved, im, {}},
            decided(T{SuspendPmApproved, ImApproveSuspend, Suspended, im, {}}.stamp({u"suspended_at"_s}).guardedBy(imSecond)),
            decided(T{SuspendImApproved, PmApproveSuspend, Suspended, pm, {}}.stamp({u"suspended_at"_s}).guardedBy(pmSecond)),
            decided(T{SuspendRequested, RejectSuspend, InProgress, managers, {u"decision_note"_s}}.guardedBy(pmOrIm)),
            decided(T{SuspendPmApproved, RejectSuspend, InProgress, im, {u"decision_note"_s}}),
            decided(T{SuspendImApproved, RejectSuspend, InProgress, pm, {u"decision_note"_s}}.guardedBy(ownPm)),
            // Resume once the cause is solved.
            T{Suspended, Resume, InProgress, managers, {u"resume_note"_s}}
                .write({u"resume_note"_s}).stamp({u"resumed_at"_s}).guardedBy(pmOrIm),
            // Terminate: applied for by the team (or after a stage failed on presales
            // commitments), the same two approvals; a rejection returns to where it came from.
            request(T{InProgress, RequestTerminate, TerminateRequested, team, {u"reason"_s}}.guardedBy(anyOfTeam)),
            request(T{Suspended, RequestTerminate, TerminateRequested, team, {u"reason"_s}}.guardedBy(anyOfTeam)),
            T{TerminateRequested, PmApproveTerminate, TerminatePmApproved, pm, {}}.guardedBy(ownPm),
            T{TerminateRequested, ImApproveTerminate, TerminateImApproved, im, {}},
            decided(T{TerminatePmApproved, ImApproveTerminate, Terminated, im, {}}.stamp({u"terminated_at"_s}).guardedBy(imSecond)),
            decided(T{TerminateImApproved, PmApproveTerminate, Terminated, pm, {}}.stamp({u"terminated_at"_s}).guardedBy(pmSecond)),
            decided(T{TerminateRequested, RejectTerminate, InProgress, managers, {u"decision_note"_s}}
                        .guardedBy(pmOrIm).onlyWhen(requestedFrom(InProgress))),
            decided(T{TerminateRequested, RejectTerminate, Suspended, managers, {u"decision_note"_s}}
                        .guardedBy(pmOrIm).onlyWhen(requestedFrom(Suspended))),
            decided(T{TerminatePmApproved, RejectTerminate, InProgress, im, {u"decision_note"_s}}.onlyWhen(requestedFrom(InProgress))),
            decided(T{TerminatePmApproved, RejectTerminate, Suspended, im, {u"decision_note"_s}}.onlyWhen(requestedFrom(Suspended))),
            decided(T{TerminateImApproved, RejectTerminate, InProgress, pm, {u"decision_note"_s}}
                        .guardedBy(ownPm).onlyWhen(requestedFrom(InProgress))),
            decided(T{TerminateImApproved, RejectTerminate, Suspended, pm, {u"decision_note"_s}}
                        .guardedBy(ownPm).onlyWhen(requestedFrom(Suspended))),
            // Final inspection once every stage is accepted; filing by the implementation manager.
            T{InProgress, BeginInspection, FinalInspection, pm, {}}.stamp({u"inspection_at"_s}).guardedBy(ownPm),
            T{FinalInspection, SubmitForFiling, Submitted, pm, {u"review_note"_s}}
                .write({u"review_note"_s}).stamp({u"submitted_at"_s}).guardedBy(ownPm),
            T{Submitted, ReturnForRework, FinalInspection, im, {u"return_reason"_s}}.write({u"return_reason"_s}),
            T{Submitted, File, Closed, im, {}}.write({u"filing_note"_s}).stamp({u"closed_at"_s}),
        },
        {stateTitle, actionTitle, fieldTitle});
    return t;
}

QString stateTitle(const QString &state)
{
    static const workflow::TitleList titles("sd::core::Projects", {
        {QString(Applied), QT_TRANSLATE_NOOP("sd::core::Projects", "Applied")},
        {QString(Assigned), QT_TRANSLATE_NOOP("sd::core::Projects", "Assigned")},
        {QString(Planning), QT_TRANSLATE_NOOP("sd::core::Projects", "Planning")},
        {QString(InProgress), QT_TRANSLATE_NOOP("sd::core::Projects", "In progress")},
        {QString(SuspendRequested), QT_TRANSLATE_NOOP("sd::core::Projects", "Suspension requested")},
        {QString(SuspendPmApproved), QT_TRANSLATE_NOOP("sd::core::Projects", "Suspension approved by the project manager")},
        {QString(SuspendImApproved), QT_TRANSLATE_NOOP("sd::core::Projects", "Suspension approved by the implementation manager")},
        {QString(Suspended), QT_TRANSLATE_NOOP("sd::core::Projects", "Suspended")},
        {QString(TerminateRequested), QT_TRANSLATE_NOOP("sd::core::Projects", "Termination requested")},
        {QString(TerminatePmApproved), QT_TRANSLATE_NOOP("sd::core::Projects", "Termination approved by the project manager")},
        {QString(TerminateImApproved), QT_TRANSLATE_NOOP("sd::core::Projects", "Termination approved by the implementation manager")},
        {QString(Terminated), QT_TRANSLATE_NOOP("sd::core::Projects", "Terminated")},
        {QString(FinalInspection), QT_TRANSLATE_NOOP("sd::core::Projects", "Final inspection")},
        {QString(Submitted), QT_TRANSLATE_NOOP("sd::core::Projects", "Submitted for filing")},
        {QString(Closed), QT_TRANSLATE_NOOP("sd::core::Projects", "Closed")},
    });
    return titles(state);
}

QString actionTitle(const QString &action)
{
    static const workflow::TitleList titles("sd::core::Projects", {
        {QString(Assign), QT_TRANSLATE_NOOP("sd::core::Projects", "Assign project manager and consultants")},
        {QString(Reassign), QT_TRANSLATE_NOOP("sd::core::Projects", "Change project manager or consultants")},
        {QString(StartPlanning), QT_TRANSLATE_NOOP("sd::core::Projects", "Start planning")},
        {QString(AddStage), QT_TRANSLATE_NOOP("sd::core::Projects", "Add a stage")},
        {QString(PlanFromTemplate), QT_TRANSLATE_NOOP("sd::core::Projects", "Plan from the product's template")},
        {QString(Start), QT_TRANSLATE_NOOP("sd::core::Projects", "Start implementation")},
        {QString(RequestSuspend), QT_TRANSLATE_NOOP("sd::core::Projects", "Apply to suspend")},
        {QString(PmApproveSuspend), QT_TRANSLATE_NOOP("sd::core::Projects", "Approve suspension (project manager)")},
        {QString(ImApproveSuspend), QT_TRANSLATE_NOOP("sd::core::Projects", "Approve suspension (implementation manager)")},
        {QString(RejectSuspend), QT_TRANSLATE_NOOP("sd::core::Projects", "Reject suspension")},
        {QString(Resume), QT_TRANSLATE_NOOP("sd::core::Projects", "Resume")},
        {QString(RequestTerminate), QT_TRANSLATE_NOOP("sd::core::Projects", "Apply to terminate")},
        {QString(PmApproveTerminate), QT_TRANSLATE_NOOP("sd::core::Projects", "Approve termination (project manager)")},
        {QString(ImApproveTerminate), QT_TRANSLATE_NOOP("sd::core::Projects", "Approve termination (implementation manager)")},
        {QString(RejectTerminate), QT_TRANSLATE_NOOP("sd::core::Projects", "Reject termination")},
        {QString(BeginInspection), QT_TRANSLATE_NOOP("sd::core::Projects", "Begin final inspection")},
        {QString(SubmitForFiling), QT_TRANSLATE_NOOP("sd::core::Projects", "Submit for review and filing")},
        {QString(ReturnForRework), QT_TRANSLATE_NOOP("sd::core::Projects", "Return to final inspection")},
        {QString(File), QT_TRANSLATE_NOOP("sd::core::Projects", "Review and file")},
    });
    return titles(action);
}

QString fieldTitle(const QString &field)
{
    static const workflow::TitleList titles("sd::core::Projects", {
        {u"customer_id"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Customer")},
        {u"contract_id"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Contract")},
        {u"need_id"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Implementation need from the first visit")},
        {u"title"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Project name")},
        {u"product_id"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Product")},
        {u"modules"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Modules")},
        {u"goals"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Goals")},
        {u"budgeted_days"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Budgeted days")},
        {u"project_manager_id"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Project manager")},
        {u"consultant_ids"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Consultants")},
        {u"stage_name"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Stage")},
        {u"planned_start"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Planned start")},
        {u"planned_end"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Planned end")},
        {u"scope"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Scope")},
        {u"stage_goals"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Stage goals")},
        {u"risks"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Risks")},
        {u"customer_expectations"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Customer expectations")},
        {u"deliverables"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Deliverables")},
        {u"template_id"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Plan template")},
        {u"start_date"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "First day of the plan")},
        {u"reason"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Reason")},
        {u"from_date"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "From")},
        {u"until_date"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Expected until")},
        {u"decision_note"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Why it is rejected")},
        {u"approval_note"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Approval note")},
        {u"resume_note"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "How the cause was solved")},
        {u"review_note"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Documents reviewed")},
        {u"return_reason"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "What is to be reworked")},
        {u"filing_note"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Filing note")},
        {u"stage_id"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Stage (id)")},
        {u"delivery_note"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Results delivered")},
        {u"evaluation_note"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Evaluation")},
        {u"work_date"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Work date")},
        {u"work_done"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Work done")},
        {u"hours"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Hours")},
        {u"issues"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Issues")},
        {u"customer_contact"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Confirmed by (customer)")},
        {u"file_name"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Document")},
        {u"content"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "File")},
        {u"note"_s, QT_TRANSLATE_NOOP("sd::core::Projects", "Note")},
    });
    return titles(field);
}

} // namespace sd::core::project
