#include "core/hotline/hotlineworkflow.h"

#include "core/hotline/hotlinecall.h"

using namespace Qt::StringLiterals;

namespace sd::core::hotline {

namespace {
} // namespace

QString stateTitle(const QString &s)
{
    if (s == Open) return QCoreApplication::translate("sd::core::HotlineWorkflow", "On the phone");
    if (s == OnHold) return QCoreApplication::translate("sd::core::HotlineWorkflow", "On hold, call back");
    if (s == Remote) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Remote support");
    if (s == OnsiteRequested) return QCoreApplication::translate("sd::core::HotlineWorkflow", "On-site requested");
    if (s == Requirement) return QCoreApplication::translate("sd::core::HotlineWorkflow", "With the account manager");
    if (s == RequirementDecided) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Requirement decided");
    if (s == HqSubmitted) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Submitted to vendor HQ");
    if (s == HqAnswered) return QCoreApplication::translate("sd::core::HotlineWorkflow", "HQ answered, call back");
    if (s == ComplaintOpened) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Complaint opened");
    if (s == Solved) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Solved");
    if (s == Closed) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Closed");
    return s;
}

QString actionTitle(const QString &a)
{
    if (a == Solve) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Solved");
    if (a == Hold) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Put on hold");
    if (a == CallBack) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Call back");
    if (a == ToRemote) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Move to remote support");
    if (a == RequestOnsite) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Request on-site support");
    if (a == RouteRequirement) return QCoreApplication::translate("sd::core::HotlineWorkflow", "To the account manager");
    if (a == Evaluate) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Record the evaluation");
    if (a == Decide) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Decide the requirement");
    if (a == SubmitHq) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Submit to vendor HQ");
    if (a == HqAnswer) return QCoreApplication::translate("sd::core::HotlineWorkflow", "HQ answer received");
    if (a == OpenComplaint) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Open a complaint");
    if (a == SuggestRetraining) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Suggest re-training");
    if (a == Update) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Update the call");
    if (a == Confirm) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Customer confirmed");
    if (a == Close) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Close");
    if (a == Reopen) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Reopen");
    return a;
}

QString fieldTitle(const QString &f)
{
    if (f == u"solution"_s) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Solution");
    if (f == u"hold_reason"_s) return QCoreApplication::translate("sd::core::HotlineWorkflow", "What is being consulted");
    if (f == u"callback_due_at"_s) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Call back by");
    if (f == u"onsite_reason"_s) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Why on-site");
    if (f == u"account_manager_id"_s) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Account manager");
    if (f == u"req_decision"_s) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Decision");
    if (f == u"req_decided_on"_s) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Decision date");
    if (f == u"hq_kind"_s) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Bug or optimisation");
    if (f == u"hq_reference"_s) return QCoreApplication::translate("sd::core::HotlineWorkflow", "HQ reference");
    if (f == u"hq_answer"_s) return QCoreApplication::translate("sd::core::HotlineWorkflow", "HQ answer or patch");
    if (f == u"complaint_note"_s) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Complaint");
    if (f == u"retraining_note"_s) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Re-training note");
    if (f == u"closing_note"_s) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Closing note");
    if (f == u"reason"_s) return QCoreApplication::translate("sd::core::HotlineWorkflow", "Reason");
    return f;
}

const workflow::TransitionTable &transitionTable()
{
    const RoleSet desk{Role::HotlineOperator, Role::ServiceManager};
    const RoleSet remote{Role::HotlineOperator, Role::ServiceManager, Role::ServiceEngineer};
    const RoleSet manager{Role::ServiceManager};
    const RoleSet account{Role::AccountManager};
    const RoleSet closing{Role::HotlineOperator, Role::ServiceManager, Role::AccountManager};
    static const workflow::TransitionTable table(
        u"hotline_calls"_s,
        {
            // On the phone.
            {Open, Solve, Solved, desk, {u"solution"_s}},
            {Open, Hold, OnHold, desk, {u"hold_reason"_s, u"callback_due_at"_s}},
            {Open, ToRemote, Remote, desk, {}},
            {Open, RequestOnsite, OnsiteRequested, desk, {u"onsite_reason"_s}},
            {Open, RouteRequirement, Requirement, desk, {}},
            {Open, SubmitHq, HqSubmitted, desk, {u"hq_kind"_s, u"hq_reference"_s}},
            {Open, OpenComplaint, ComplaintOpened, desk, {u"complaint_note"_s}},
            {Open, SuggestRetraining, Open, desk, {u"retraining_note"_s}},
            {Open, Update, Open, desk, {}},
            // On hold: the operator consults and calls back.
            {OnHold, CallBack, Open, desk, {}},
            {OnHold, Solve, Solved, desk, {u"solution"_s}},
            {OnHold, ToRemote, Remote, desk, {}},
            {OnHold, RequestOnsite, OnsiteRequested, desk, {u"onsite_reason"_s}},
            {OnHold, Update, OnHold, desk, {}},
            // Remote support (60-minute cap, then on-site).
            {Remote, Solve, Solved, remote, {u"solution"_s}},
            {Remote, RequestOnsite, OnsiteRequested, remote, {u"onsite_reason"_s}},
            // On-site requested: the dispatch board takes it up; the manager may still settle it.
            {OnsiteRequested, Solve, Solved, manager, {u"solution"_s}},
            // New requirement: the account manager's evaluation and decision (seed 003).
            {Requirement, Evaluate, Requirement, account, {}},
            {Requirement, Decide, RequirementDecided, account, {u"req_decision"_s, u"req_decided_on"_s}},
            {RequirementDecided, Close, Closed, closing, {u"closing_note"_s}},
            // Bug / optimisation with vendor HQ until a patch or an answer comes back.
            {HqSubmitted, HqAnswer, HqAnswered, desk, {u"hq_answer"_s}},
            {HqAnswered, Solve, Solved, desk, {u"solution"_s}},
            // Solved: the customer confirms; or it was not solved after all.
            {Solved, Confirm, Closed, desk, {}},
            {Solved, SuggestRetraining, Solved, desk, {u"retraining_note"_s}},
            {Solved, Reopen, Open, desk, {u"reason"_s}},
            {Closed, Reopen, Open, manager, {u"reason"_s}},
        },
        {stateTitle, actionTitle, fieldTitle});
    return table;
}

} // namespace sd::core::hotline
