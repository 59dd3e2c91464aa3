// The on-site dispatch transition table (SPEC §3.4): the whole workflow as data.
#include "core/dispatch/dispatchjob.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::dispatch {

namespace {
QString translated(const char *text) { return QCoreApplication::translate("sd::core::Dispatch", text); }
} // namespace

const workflow::TransitionTable &table()
{
    using R = Role;
    const RoleSet manager{R::ServiceManager};
    const RoleSet engineer{R::ServiceEngineer};
    static const workflow::TransitionTable t(
        u"dispatch_jobs"_s,
        {
            // The manager checks the request record: complete, correct, under contract or billable.
            {Requested, Verify, Verified, manager, {u"coverage"_s}},
            {Requested, Reject, Rejected, manager, {u"close_reason"_s}},
            {Requested, Cancel, Cancelled, manager, {u"close_reason"_s}},
            // Dispatch to an engineer starts the on-site response clock.
            {Verified, Dispatch, Dispatched, manager, {u"engineer_id"_s}},
            {Verified, Cancel, Cancelled, manager, {u"close_reason"_s}},
            {Dispatched, Reassign, Dispatched, manager, {u"engineer_id"_s}},
            {Confirmed, Reassign, Dispatched, manager, {u"engineer_id"_s}},
            {Booked, Reassign, Dispatched, manager, {u"engineer_id"_s}},
            // The engineer's side.
            {Dispatched, Confirm, Confirmed, engineer, {}},
            {Dispatched, SendBack, Verified, engineer, {u"send_back_reason"_s}},
            {Confirmed, Book, Booked, engineer, {u"appointment_at"_s}},
            // Listed first: a booked job's next step is arriving (Enter on the board takes it).
            {Booked, CheckIn, OnSite, engineer, {}},
            {Booked, Book, Booked, engineer, {u"appointment_at"_s}},
            {OnSite, ReturnForm, FormReturned, engineer,
             {u"work_done"_s, u"minutes_on_site"_s, u"customer_signer"_s, u"satisfaction"_s}},
            {OnSite, WriteOff, WrittenOff, engineer, {u"write_off_reason"_s}},
            // The manager verifies the returned form, or sends it back to be completed.
            {FormReturned, VerifyForm, Archived, manager, {}},
            {FormReturned, RejectForm, OnSite, manager, {u"form_reject_reason"_s}},
            // Not solved: a follow-up dispatch, or HQ.
            {WrittenOff, FollowUp, FollowedUp, manager, {}},
            {WrittenOff, HandToHq, HqPending, manager, {u"hq_reference"_s}},
            {HqPending, HqAnswer, HqAnswered, manager, {u"hq_answer"_s}},
            {HqAnswered, Resolve, Archived, manager, {u"resolution_note"_s}},
            {HqAnswered, FollowUp, FollowedUp, manager, {}},
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
    static const QHash<QString, const char *> titles = {
        {Requested, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Waiting for verification")},
        {Verified, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Waiting for dispatch")},
        {Dispatched, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Dispatched")},
        {Confirmed, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Confirmed by engineer")},
        {Booked, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Appointment booked")},
        {OnSite, QT_TRANSLATE_NOOP("sd::core::Dispatch", "On site")},
        {FormReturned, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Form returned")},
        {Archived, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Verified and archived")},
        {WrittenOff, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Not solved, written off")},
        {HqPending, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Handed to HQ")},
        {HqAnswered, QT_TRANSLATE_NOOP("sd::core::Dispatch", "HQ answered")},
        {FollowedUp, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Continued by a follow-up dispatch")},
        {Rejected, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Request rejected")},
        {Cancelled, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Cancelled")},
    };
    const char *t = titles.value(state);
    return t ? translated(t) : state;
}

QString actionTitle(const QString &action)
{
    static const QHash<QString, const char *> titles = {
        {Verify, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Verify request")},
        {Reject, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Reject request")},
        {Dispatch, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Dispatch")},
        {Reassign, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Reassign")},
        {Confirm, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Confirm dispatch")},
        {SendBack, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Send back")},
        {Book, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Book appointment")},
        {CheckIn, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Check in on site")},
        {ReturnForm, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Return dispatch form")},
        {VerifyForm, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Verify form and archive")},
        {RejectForm, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Return form for completion")},
        {WriteOff, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Write off (not solved)")},
        {FollowUp, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Follow-up dispatch")},
        {HandToHq, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Hand to HQ")},
        {HqAnswer, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Record HQ answer")},
        {Resolve, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Customer's problem solved")},
        {Cancel, QT_TRANSLATE_NOOP("sd::core::Dispatch", "Cancel")},
    };
    const char *t = titles.value(action);
    return t ? translated(t) : action;
}

QString fieldTitle(const QString &field)
{
    static const QHash<QString, const char *> titles = {
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
    };
    const char *t = titles.value(field);
    return t ? translated(t) : field;
}

} // namespace sd::core::dispatch
