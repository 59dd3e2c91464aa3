// The on-site dispatch transition table (SPEC §3.4): the whole workflow as data.
#include "core/dispatch/dispatchjob.h"
#include "core/sla/slapolicy.h"
#include "core/workflow/titles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::dispatch {

namespace {

const QString kJob = QString(sla::OnsiteDispatch);
const QString kResponse = QString(sla::OnsiteResponse);

// The on-site response clock runs from the first dispatch; a re-dispatch after a send-back or
// a reassignment hands the same deadline to the new engineer; arriving on site meets (or
// misses) it; a rejected or cancelled request no longer needs it.
const QList<workflow::ClockStep> kDispatched = {workflow::handClock(kJob, kResponse).mirroredIn(u"due_at"_s).required()};
const QList<workflow::ClockStep> kSentBack = {{workflow::ClockOp::Reassign, kJob, kResponse}};
const QList<workflow::ClockStep> kResponded = {workflow::stopClock(kJob, kResponse)};

} // namespace

std::shared_ptr<const workflow::Guard> assignedEngineer()
{
    static const auto guard = std::make_shared<const workflow::Guard>(workflow::Guard{
        u"assigned_engineer"_s,
        [](const Session &session, const QVariantMap &job) {
            return job.value(u"engineer_id"_s).toLongLong() == session.staffId;
        },
        [](const Database &db, const QVariantMap &job) {
            auto name = db.scalar(u"SELECT display_name FROM staff WHERE id = ?"_s, {job.value(u"engineer_id"_s)});
            const QString who = name && name->isValid() && !name->toString().isEmpty()
                ? name->toString()
                : QCoreApplication::translate("sd::core::DispatchService", "nobody yet");
            return QCoreApplication::translate("sd::core::DispatchService", "Only the engineer this job is dispatched to (%1) can do this.")
                .arg(who);
        }});
    return guard;
}

const workflow::TransitionTable &table()
{
    using R = Role;
    using T = workflow::Transition;
    const RoleSet manager{R::ServiceManager};
    const RoleSet engineer{R::ServiceEngineer};
    const auto mine = assignedEngineer();
    auto close = [](T t) { return std::move(t).write({u"close_reason"_s}).stamp({u"closed_at"_s}).clock(kResponded); };
    auto dispatch = [](T t) {
        return std::move(t).write({u"dispatch_note"_s}).stamp({u"dispatched_at"_s}).clock(kDispatched);
    };
    auto book = [&](T t) { return std::move(t).write({u"appointment_note"_s}).guardedBy(mine); };
    auto hq = [](T t) { return std::move(t).write({u"hq_reference"_s}).stamp({u"hq_submitted_at"_s}); };
    auto followUp = [](T t) { return std::move(t).stamp({u"closed_at"_s}); };
    static const workflow::TransitionTable t(
        u"dispatch_jobs"_s,
        {
            // The manager checks the request record: complete, correct, under contract or billable.
            T{Requested, Verify, Verified, manager, {u"coverage"_s}}.write({u"coverage"_s, u"verify_note"_s}),
            close(T{Requested, Reject, Rejected, manager, {u"close_reason"_s}}),
            close(T{Requested, Cancel, Cancelled, manager, {u"close_reason"_s}}),
            // Dispatch to an engineer starts the on-site response clock.
            dispatch(T{Verified, Dispatch, Dispatched, manager, {u"engineer_id"_s}}),
            close(T{Verified, Cancel, Cancelled, manager, {u"close_reason"_s}}),
            dispatch(T{Dispatched, Reassign, Dispatched, manager, {u"engineer_id"_s}}),
            dispatch(T{Confirmed, Reassign, Dispatched, manager, {u"engineer_id"_s}}),
            dispatch(T{Booked, Reassign, Dispatched, manager, {u"engineer_id"_s}}),
            // The engineer's side: only the engineer the job is dispatched to.
            T{Dispatched, Confirm, Confirmed, engineer, {}}.guardedBy(mine),
            T{Dispatched, SendBack, Verified, engineer, {u"send_back_reason"_s}}
                .write({u"send_back_reason"_s}).clear({u"engineer_id"_s}).clock(kSentBack).guardedBy(mine),
            book(T{Confirmed, Book, Booked, engineer, {u"appointment_at"_s}}),
            // Listed first: a booked job's next step is arriving (Enter on the board takes it).
            T{Booked, CheckIn, OnSite, engineer, {}}.stamp({u"checked_in_at"_s}).clock(kResponded).guardedBy(mine),
            book(T{Booked, Book, Booked, engineer, {u"appointment_at"_s}}),
            T{OnSite, ReturnForm, FormReturned, engineer,
              {u"work_done"_s, u"minutes_on_site"_s, u"customer_signer"_s, u"satisfaction"_s}}
                .write({u"work_done"_s, u"minutes_on_site"_s, u"parts_patches"_s, u"customer_signer"_s, u"signature"_s,
                        u"satisfaction"_s, u"customer_comment"_s})
                .set(u"result"_s, u"solved"_s).stamp({u"form_returned_at"_s}).clear({u"form_reject_reason"_s})
                .guardedBy(mine),
            T{OnSite, WriteOff, WrittenOff, engineer, {u"write_off_reason"_s}}
                .write({u"write_off_reason"_s, u"work_done"_s, u"minutes_on_site"_s}).set(u"result"_s, u"not_solved"_s)
                .guardedBy(mine),
            // The manager verifies the returned form, or sends it back to be completed.
            T{FormReturned, VerifyForm, Archived, manager, {}}.stamp({u"closed_at"_s}).set(u"problem_base_offered"_s, 1),
            T{FormReturned, RejectForm, OnSite, manager, {u"form_reject_reason"_s}}.write({u"form_reject_reason"_s}),
            // Not solved: a follow-up dispatch, or HQ.
            followUp(T{WrittenOff, FollowUp, FollowedUp, manager, {}}),
            hq(T{WrittenOff, HandToHq, HqPending, manager, {u"hq_reference"_s}}),
            T{HqPending, HqAnswer, HqAnswered, manager, {u"hq_answer"_s}}.write({u"hq_answer"_s}).stamp({u"hq_answered_at"_s}),
            T{HqAnswered, Resolve, Archived, manager, {u"resolution_note"_s}}
                .write({u"resolution_note"_s}).stamp({u"closed_at"_s}),
            followUp(T{HqAnswered, FollowUp, FollowedUp, manager, {}}),
        },
        {stateTitle, actionTitle, fieldTitle});
    return t;
}

QStringList allStates()
{
    return {Requested, Verified, Dispatched, Confirmed, Booked, OnSite, FormReturned, WrittenOff,
            HqPending, HqAnswered, Archived, FollowedUp, Rejected, Cancelled};
}

QStringList openStates()
{
    return {Requested, Verified, Dispatched, Confirmed, Booked, OnSite, FormReturned, WrittenOff,
            HqPending, HqAnswered};
}

QStringList engineerActions() { return {Confirm, SendBack, Book, CheckIn, ReturnForm, WriteOff}; }

QString stateTitle(const QString &state)
{
    static const workflow::TitleList titles("sd::core::Dispatch", {
        {QString(Requested), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Waiting for verification")},
        {QString(Verified), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Waiting for dispatch")},
        {QString(Dispatched), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Dispatched")},
        {QString(Confirmed), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Confirmed by engineer")},
        {QString(Booked), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Appointment booked")},
        {QString(OnSite), QT_TRANSLATE_NOOP("sd::core::Dispatch", "On site")},
        {QString(FormReturned), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Form returned")},
        {QString(Archived), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Verified and archived")},
        {QString(WrittenOff), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Not solved, written off")},
        {QString(HqPending), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Handed to HQ")},
        {QString(HqAnswered), QT_TRANSLATE_NOOP("sd::core::Dispatch", "HQ answered")},
        {QString(FollowedUp), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Continued by a follow-up dispatch")},
        {QString(Rejected), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Request rejected")},
        {QString(Cancelled), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Cancelled")},
    });
    return titles(state);
}

QString actionTitle(const QString &action)
{
    static const workflow::TitleList titles("sd::core::Dispatch", {
        {QString(Verify), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Verify request")},
        {QString(Reject), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Reject request")},
        {QString(Dispatch), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Dispatch")},
        {QString(Reassign), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Reassign")},
        {QString(Confirm), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Confirm dispatch")},
        {QString(SendBack), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Send back")},
        {QString(Book), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Book appointment")},
        {QString(CheckIn), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Check in on site")},
        {QString(ReturnForm), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Return dispatch form")},
        {QString(VerifyForm), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Verify form and archive")},
        {QString(RejectForm), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Return form for completion")},
        {QString(WriteOff), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Write off (not solved)")},
        {QString(FollowUp), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Follow-up dispatch")},
        {QString(HandToHq), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Hand to HQ")},
        {QString(HqAnswer), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Record HQ answer")},
        {QString(Resolve), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Customer's problem solved")},
        {QString(Cancel), QT_TRANSLATE_NOOP("sd::core::Dispatch", "Cancel")},
    });
    return titles(action);
}

QString fieldTitle(const QString &field)
{
    static const workflow::TitleList titles("sd::core::Dispatch", {
        {u"coverage"_s, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Contract or billable")},
        {u"close_reason"_s, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Reason")},
        {u"engineer_id"_s, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Engineer")},
        {u"send_back_reason"_s, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Reason for sending back")},
        {u"appointment_at"_s, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Appointment time")},
        {u"work_done"_s, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Work done")},
        {u"minutes_on_site"_s, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Time on site")},
        {u"customer_signer"_s, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Customer's confirmation (name)")},
        {u"satisfaction"_s, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Satisfaction")},
        {u"form_reject_reason"_s, QT_TRANSLATE_NOOP("sd::core::Dispatch", "What is missing on the form")},
        {u"write_off_reason"_s, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Why it is not solved")},
        {u"hq_reference"_s, QT_TRANSLATE_NOOP("sd::core::Dispatch", "HQ reference")},
        {u"hq_answer"_s, QT_TRANSLATE_NOOP("sd::core::Dispatch", "HQ's answer")},
        {u"resolution_note"_s, QT_TRANSLATE_NOOP("sd::core::Dispatch", "How the problem was solved")},
        {u"problem"_s, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Problem")},
        {u"fault_level"_s, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Fault level")},
        {u"customer_id"_s, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Customer")},
        {u"result"_s, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Result")},
    });
    return titles(field);
}

} // namespace sd::core::dispatch
