#include "core/hotline/hotlineworkflow.h"

#include "core/hotline/hotlinecall.h"
#include "core/sla/slapolicy.h"
#include "core/workflow/titles.h"

using namespace Qt::StringLiterals;

namespace sd::core::hotline {

QString stateTitle(const QString &s)
{
    static const workflow::TitleList titles("sd::core::HotlineWorkflow", {
        {QString(Open), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "On the phone")},
        {QString(OnHold), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "On hold, call back")},
        {QString(Remote), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Remote support")},
        {QString(OnsiteRequested), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "On-site requested")},
        {QString(Requirement), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "With the account manager")},
        {QString(RequirementDecided), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Requirement decided")},
        {QString(HqSubmitted), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Submitted to vendor HQ")},
        {QString(HqAnswered), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "HQ answered, call back")},
        {QString(ComplaintOpened), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Complaint opened")},
        {QString(Solved), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Solved")},
        {QString(Closed), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Closed")},
    });
    return titles(s);
}

QString actionTitle(const QString &a)
{
    static const workflow::TitleList titles("sd::core::HotlineWorkflow", {
        {QString(Solve), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Solved")},
        {QString(Hold), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Put on hold")},
        {QString(CallBack), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Call back")},
        {QString(ToRemote), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Move to remote support")},
        {QString(RequestOnsite), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Request on-site support")},
        {QString(RouteRequirement), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "To the account manager")},
        {QString(Evaluate), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Record the evaluation")},
        {QString(Decide), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Decide the requirement")},
        {QString(SubmitHq), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Submit to vendor HQ")},
        {QString(HqAnswer), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "HQ answer received")},
        {QString(OpenComplaint), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Open a complaint")},
        {QString(SuggestRetraining), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Suggest re-training")},
        {QString(Update), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Update the call")},
        {QString(Confirm), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Customer confirmed")},
        {QString(Close), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Close")},
        {QString(Reopen), QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Reopen")},
    });
    return titles(a);
}

QString fieldTitle(const QString &f)
{
    static const workflow::TitleList titles("sd::core::HotlineWorkflow", {
        {u"solution"_s, QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Solution")},
        {u"hold_reason"_s, QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "What is being consulted")},
        {u"callback_due_at"_s, QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Call back by")},
        {u"onsite_reason"_s, QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Why on-site")},
        {u"account_manager_id"_s, QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Account manager")},
        {u"req_decision"_s, QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Decision")},
        {u"req_decided_on"_s, QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Decision date")},
        {u"hq_kind"_s, QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Bug or optimisation")},
        {u"hq_reference"_s, QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "HQ reference")},
        {u"hq_answer"_s, QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "HQ answer or patch")},
        {u"complaint_note"_s, QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Complaint")},
        {u"retraining_note"_s, QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Re-training note")},
        {u"closing_note"_s, QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Closing note")},
        {u"reason"_s, QT_TRANSLATE_NOOP("sd::core::HotlineWorkflow", "Reason")},
    });
    return titles(f);
}

namespace {

using workflow::ActContext;
using workflow::ClockStep;

const QString kCall = QString(sla::HotlineCall);
const QString kRemote = QString(sla::RemoteSession);

bool isComplex(const ActContext &ctx)
{
    return ctx.changes.value(u"complex"_s, ctx.before.value(u"complex"_s)).toInt() != 0;
}
bool wasComplex(const ActContext &ctx) { return ctx.before.value(u"complex"_s).toInt() != 0; }
bool becameComplex(const ActContext &ctx) { return !wasComplex(ctx) && isComplex(ctx); }
bool becameSimple(const ActContext &ctx) { return wasComplex(ctx) && !isComplex(ctx); }

// The clocks of a call (SPEC §3.3): first feedback once the call moves on; 30 minutes on the
// phone (paused on hold, resumed at the call-back); 60 minutes of remote support; the
// resolution target, stopped when the call is solved or handed to a process with clocks of
// its own.
const QList<ClockStep> kMoved = {workflow::stopClock(kCall, QString(sla::FirstResponse))};
const QList<ClockStep> kOffPhone = kMoved + QList<ClockStep>{workflow::stopClock(kCall, QString(sla::EscalateToRemote))};
const QList<ClockStep> kResolved = {workflow::stopClock(kCall, QString(sla::Resolution)),
                                    workflow::stopClock(kCall, QString(sla::ComplexResolution))};
const QList<ClockStep> kRemoteStarts = {workflow::startClock(kRemote, QString(sla::EscalateToOnsite))};
const QList<ClockStep> kRemoteEnds = {workflow::stopClock(kRemote, QString(sla::EscalateToOnsite))};
const QList<ClockStep> kOnHold = kMoved + QList<ClockStep>{workflow::pauseClock(kCall, QString(sla::EscalateToRemote))};
const QList<ClockStep> kBackOnPhone = kMoved + QList<ClockStep>{workflow::resumeClock(kCall, QString(sla::EscalateToRemote))};
const QList<ClockStep> kReopened = kMoved + QList<ClockStep>{
    workflow::startClock(kCall, QString(sla::EscalateToRemote)),
    workflow::startClock(kCall, QString(sla::Resolution)).onlyIf([](const ActContext &c) { return !isComplex(c); }),
    workflow::startClock(kCall, QString(sla::ComplexResolution)).onlyIf(isComplex)};
// Becoming complex (or no longer) swaps the resolution target.
const QList<ClockStep> kComplexity = {
    workflow::stopClock(kCall, QString(sla::Resolution)).onlyIf(becameComplex),
    workflow::startClock(kCall, QString(sla::ComplexResolution)).onlyIf(becameComplex),
    workflow::stopClock(kCall, QString(sla::ComplexResolution)).onlyIf(becameSimple),
    workflow::startClock(kCall, QString(sla::Resolution)).onlyIf(becameSimple)};

const QStringList kRequirementAnswers = {u"req_other_way"_s, u"req_custom_agreed"_s, u"req_feasible"_s,
                                         u"req_by_date"_s, u"req_wanted_date"_s, u"req_man_days"_s, u"req_fee"_s,
                                         u"req_customer_accepts"_s, u"req_decision"_s, u"req_decided_on"_s};
const QStringList kEditable = {u"problem_class"_s, u"fault_level"_s, u"product"_s, u"module"_s, u"description"_s,
                               u"complex"_s, u"caller_name"_s, u"caller_phone"_s, u"channel"_s};

} // namespace

const workflow::TransitionTable &transitionTable()
{
    const RoleSet desk{Role::HotlineOperator, Role::ServiceManager};
    const RoleSet remote{Role::HotlineOperator, Role::ServiceManager, Role::ServiceEngineer};
    const RoleSet manager{Role::ServiceManager};
    const RoleSet account{Role::AccountManager};
    const RoleSet closing{Role::HotlineOperator, Role::ServiceManager, Role::AccountManager};
    using T = workflow::Transition;
    // What each outcome writes on the call.
    auto solve = [](T t) { return std::move(t).write({u"solution"_s}).stamp({u"solved_at"_s}).clock(kResolved); };
    auto hold = [](T t) { return std::move(t).write({u"hold_reason"_s, u"callback_due_at"_s}).clock(kOnHold); };
    auto toRemote = [](T t) {
        return std::move(t).write({u"remote_note"_s}).stamp({u"remote_started_at"_s}).clock(kOffPhone).clock(kRemoteStarts);
    };
    auto onsite = [](T t) { return std::move(t).write({u"onsite_reason"_s}).clock(kResolved); };
    auto update = [](T t) { return std::move(t).write(kEditable).clock(kComplexity); };
    auto close = [](T t) { return std::move(t).write({u"closing_note"_s}).stamp({u"closed_at"_s}).clock(kMoved); };
    auto reopen = [](T t) {
        return std::move(t).write(u"reason"_s, u"last_note"_s).clear({u"closed_at"_s, u"solved_at"_s}).clock(kReopened);
    };
    auto retrain = [](T t) { return std::move(t).set(u"retraining_suggested"_s, 1).write({u"retraining_note"_s}); };
    static const workflow::TransitionTable table(
        u"hotline_calls"_s,
        {
            // On the phone.
            solve(T{Open, Solve, Solved, desk, {u"solution"_s}}.clock(kOffPhone)),
            hold(T{Open, Hold, OnHold, desk, {u"hold_reason"_s, u"callback_due_at"_s}}),
            toRemote(T{Open, ToRemote, Remote, desk, {}}),
            onsite(T{Open, RequestOnsite, OnsiteRequested, desk, {u"onsite_reason"_s}}.clock(kOffPhone)),
            T{Open, RouteRequirement, Requirement, desk, {}}.write({u"req_wanted_date"_s}).clock(kOffPhone).clock(kResolved),
            T{Open, SubmitHq, HqSubmitted, desk, {u"hq_kind"_s, u"hq_reference"_s}}
                .write({u"hq_kind"_s, u"hq_reference"_s}).stamp({u"hq_submitted_at"_s}).clock(kOffPhone).clock(kResolved),
            T{Open, OpenComplaint, ComplaintOpened, desk, {u"complaint_note"_s}}.clock(kOffPhone).clock(kResolved),
            retrain(T{Open, SuggestRetraining, Open, desk, {u"retraining_note"_s}}),
            update(T{Open, Update, Open, desk, {}}),
            // On hold: the operator consults and calls back.
            T{OnHold, CallBack, Open, desk, {}}.clock(kBackOnPhone),
            solve(T{OnHold, Solve, Solved, desk, {u"solution"_s}}.clock(kOffPhone)),
            toRemote(T{OnHold, ToRemote, Remote, desk, {}}),
            onsite(T{OnHold, RequestOnsite, OnsiteRequested, desk, {u"onsite_reason"_s}}.clock(kOffPhone)),
            update(T{OnHold, Update, OnHold, desk, {}}),
            // Remote support (60-minute cap, then on-site).
            solve(T{Remote, Solve, Solved, remote, {u"solution"_s}}.clock(kMoved).clock(kRemoteEnds)),
            onsite(T{Remote, RequestOnsite, OnsiteRequested, remote, {u"onsite_reason"_s}}.clock(kMoved).clock(kRemoteEnds)),
            // On-site requested: the dispatch board takes it up; the manager may still settle it.
            solve(T{OnsiteRequested, Solve, Solved, manager, {u"solution"_s}}.clock(kMoved)),
            // New requirement: the account manager's evaluation and decision (seed 003).
            T{Requirement, Evaluate, Requirement, account, {}}.write(kRequirementAnswers),
            T{Requirement, Decide, RequirementDecided, account, {u"req_decision"_s, u"req_decided_on"_s}}
                .write(kRequirementAnswers).clock(kMoved),
            close(T{RequirementDecided, Close, Closed, closing, {u"closing_note"_s}}),
            // Bug / optimisation with vendor HQ until a patch or an answer comes back.
            T{HqSubmitted, HqAnswer, HqAnswered, desk, {u"hq_answer"_s}}
                .write({u"hq_answer"_s}).stamp({u"hq_answered_at"_s}).clock(kMoved),
            solve(T{HqAnswered, Solve, Solved, desk, {u"solution"_s}}.clock(kMoved)),
            // Solved: the customer confirms; or it was not solved after all.
            close(T{Solved, Confirm, Closed, desk, {}}),
            retrain(T{Solved, SuggestRetraining, Solved, desk, {u"retraining_note"_s}}),
            reopen(T{Solved, Reopen, Open, desk, {u"reason"_s}}),
            reopen(T{Closed, Reopen, Open, manager, {u"reason"_s}}),
        },
        {stateTitle, actionTitle, fieldTitle});
    return table;
}

} // namespace sd::core::hotline
