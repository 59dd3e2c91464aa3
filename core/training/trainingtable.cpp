// The training session transition table (SPEC §3.5): the whole workflow as data.
//
// Who may do what:
//   plan, open registration, change the plan, cancel ............ any teacher (trainer)
//   register, cancel a registration ............................... teachers, hotline operators,
//       first-visit agents, account managers (registering from a first-visit need also takes the
//       need up, which the need's own table allows teachers and account managers)
//   hold, attendance, scores, finish scoring, close ............... the session's own teacher
//   full ⇄ open ........................................ the roster, as registrations come and go
#include "core/training/training.h"
#include "core/workflow/titles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::training {

RoleSet plannerRoles() { return {Role::Trainer}; }

RoleSet registrarRoles()
{
    return {Role::Trainer, Role::HotlineOperator, Role::FirstVisitAgent, Role::AccountManager};
}

std::shared_ptr<const workflow::Guard> sessionTeacher()
{
    static const auto guard = std::make_shared<const workflow::Guard>(workflow::Guard{
        u"session_teacher"_s,
        [](const Session &session, const QVariantMap &s) { return s.value(u"teacher_id"_s).toLongLong() == session.staffId; },
        [](const Database &db, const QVariantMap &s) {
            auto name = db.scalar(u"SELECT display_name FROM staff WHERE id = ?"_s, {s.value(u"teacher_id"_s)});
            const QString who = name && name->isValid() ? name->toString() : QString();
            return QCoreApplication::translate("sd::core::Training", "Only the session's teacher (%1) can do this.").arg(who);
        },
        {}});
    return guard;
}

std::shared_ptr<const workflow::Condition> everySeatTaken()
{
    static const auto condition = std::make_shared<const workflow::Condition>(workflow::Condition{
        u"every_seat_taken"_s,
        [](const QVariantMap &s) { return s.value(u"registered"_s).toInt() >= s.value(u"capacity"_s).toInt(); },
        [](const QVariantMap &s) {
            return QCoreApplication::translate("sd::core::Training", "Seats are still free (%1 of %2 taken).")
                .arg(s.value(u"registered"_s).toInt())
                .arg(s.value(u"capacity"_s).toInt());
        }});
    return condition;
}

std::shared_ptr<const workflow::Condition> seatFree()
{
    static const auto condition = std::make_shared<const workflow::Condition>(workflow::Condition{
        u"seat_free"_s,
        [](const QVariantMap &s) { return s.value(u"registered"_s).toInt() < s.value(u"capacity"_s).toInt(); },
        [](const QVariantMap &s) {
            return QCoreApplication::translate("sd::core::Training", "Every seat is taken (%1 of %2).")
                .arg(s.value(u"registered"_s).toInt())
                .arg(s.value(u"capacity"_s).toInt());
        }});
    return condition;
}

const workflow::TransitionTable &table()
{
    using T = workflow::Transition;
    const RoleSet planner = plannerRoles();
    const RoleSet registrar = registrarRoles();
    const RoleSet roster = registrar + planner;
    const RoleSet teacher = {Role::Trainer};
    const auto own = sessionTeacher();
    const QStringList planFields = {u"teacher_id"_s, u"starts_at"_s, u"ends_at"_s, u"room"_s, u"online_link"_s,
                                    u"capacity"_s, u"notes"_s};
    auto replan = [&](T t) { return std::move(t).write(planFields).write(u"confirm_off_hours"_s, u"off_hours_confirmed"_s); };
    auto cancel = [](T t) { return std::move(t).write({u"cancel_reason"_s}).stamp({u"cancelled_at"_s}); };
    auto held = [&](T t) { return std::move(t).stamp({u"held_at"_s}).guardedBy(own); };
    static const workflow::TransitionTable t(
        u"training_sessions"_s,
        {
            T{Planned, OpenRegistration, Open, planner, {}}.stamp({u"opened_at"_s}),
            replan(T{Planned, UpdatePlan, Planned, planner, {}}),
            cancel(T{Planned, Cancel, Cancelled, planner, {u"cancel_reason"_s}}),
            // Registration: a seat while there is one, the waiting list once the session is full.
            T{Open, Register, Open, registrar, {}},
            T{Full, Register, Full, registrar, {}},
            T{Open, CancelRegistration, Open, registrar, {u"registration_id"_s}},
            T{Full, CancelRegistration, Full, registrar, {u"registration_id"_s}},
            // Followed by the roster after every registration, cancellation and change of plan.
            T{Open, MarkFull, Full, roster, {}}.onlyWhen(everySeatTaken()),
            T{Full, Reopen, Open, roster, {}}.onlyWhen(seatFree()),
            replan(T{Open, UpdatePlan, Open, planner, {}}),
            replan(T{Full, UpdatePlan, Full, planner, {}}),
            cancel(T{Open, Cancel, Cancelled, planner, {u"cancel_reason"_s}}),
            cancel(T{Full, Cancel, Cancelled, planner, {u"cancel_reason"_s}}),
            // The session's own teacher holds it, takes attendance and marks the exam.
            held(T{Open, Start, Held, teacher, {}}),
            held(T{Full, Start, Held, teacher, {}}),
            T{Held, RecordAttendance, Held, teacher, {u"registration_id"_s, u"day"_s, u"present"_s}}.guardedBy(own),
            T{Held, RecordScore, Held, teacher, {u"registration_id"_s, u"score"_s}}.guardedBy(own),
            T{Held, FinishScoring, Scored, teacher, {}}.stamp({u"scored_at"_s}).guardedBy(own),
            // A re-sit after the results: the next attempt of a student who failed.
            T{Scored, RecordScore, Scored, teacher, {u"registration_id"_s, u"score"_s}}.guardedBy(own),
            T{Scored, Close, Closed, teacher, {}}.stamp({u"closed_at"_s}).guardedBy(own),
        },
        {stateTitle, actionTitle, fieldTitle});
    return t;
}

QStringList allStates() { return {Planned, Open, Full, Held, Scored, Closed, Cancelled}; }

QStringList registrationStates() { return {Open, Full}; }

QStringList courseKinds() { return {u"operation"_s, u"upgrade"_s, u"business"_s}; }

QStringList sources() { return {u"direct"_s, u"need"_s, u"call"_s}; }

QString stateTitle(const QString &state)
{
    static const workflow::TitleList titles("sd::core::Training", {
        {QString(Planned), QT_TRANSLATE_NOOP("sd::core::Training", "Planned")},
        {QString(Open), QT_TRANSLATE_NOOP("sd::core::Training", "Open for registration")},
        {QString(Full), QT_TRANSLATE_NOOP("sd::core::Training", "Full")},
        {QString(Held), QT_TRANSLATE_NOOP("sd::core::Training", "Held")},
        {QString(Scored), QT_TRANSLATE_NOOP("sd::core::Training", "Scored")},
        {QString(Closed), QT_TRANSLATE_NOOP("sd::core::Training", "Closed")},
        {QString(Cancelled), QT_TRANSLATE_NOOP("sd::core::Training", "Cancelled")},
    });
    return titles(state);
}

QString actionTitle(const QString &action)
{
    static const workflow::TitleList titles("sd::core::Training", {
        {QString(OpenRegistration), QT_TRANSLATE_NOOP("sd::core::Training", "Open registration")},
        {QString(UpdatePlan), QT_TRANSLATE_NOOP("sd::core::Training", "Change the plan")},
        {QString(Register), QT_TRANSLATE_NOOP("sd::core::Training", "Register a student")},
        {QString(CancelRegistration), QT_TRANSLATE_NOOP("sd::core::Training", "Cancel a registration")},
        {QString(MarkFull), QT_TRANSLATE_NOOP("sd::core::Training", "Mark as full")},
        {QString(Reopen), QT_TRANSLATE_NOOP("sd::core::Training", "Reopen registration")},
        {QString(Start), QT_TRANSLATE_NOOP("sd::core::Training", "Mark as held")},
        {QString(RecordAttendance), QT_TRANSLATE_NOOP("sd::core::Training", "Record attendance")},
        {QString(RecordScore), QT_TRANSLATE_NOOP("sd::core::Training", "Record an exam score")},
        {QString(FinishScoring), QT_TRANSLATE_NOOP("sd::core::Training", "Finish scoring")},
        {QString(Close), QT_TRANSLATE_NOOP("sd::core::Training", "Close")},
        {QString(Cancel), QT_TRANSLATE_NOOP("sd::core::Training", "Cancel the session")},
    });
    return titles(action);
}

QString fieldTitle(const QString &field)
{
    static const workflow::TitleList titles("sd::core::Training", {
        {u"course_id"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Course")},
        {u"teacher_id"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Teacher")},
        {u"starts_at"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Starts")},
        {u"ends_at"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Ends")},
        {u"room"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Room")},
        {u"online_link"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Online link")},
        {u"capacity"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Capacity")},
        {u"confirm_off_hours"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Held outside working hours (confirmed)")},
        {u"notes"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Notes")},
        {u"cancel_reason"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Reason for cancelling")},
        {u"student_id"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Student")},
        {u"student_name"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Student's name")},
        {u"student_phone"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Student's phone")},
        {u"customer_id"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Customer")},
        {u"contact_id"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Contact person")},
        {u"source"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Registered from")},
        {u"need_id"_s, QT_TRANSLATE_NOOP("sd::core::Training", "First-visit need")},
        {u"call_id"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Hotline call")},
        {u"registration_id"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Registration")},
        {u"reason"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Reason")},
        {u"day"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Day")},
        {u"present"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Present")},
        {u"note"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Note")},
        {u"score"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Score")},
        {u"title"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Course title")},
        {u"kind"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Kind of course")},
        {u"product"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Product")},
        {u"modules"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Modules")},
        {u"outline"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Outline")},
        {u"duration_hours"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Duration (hours)")},
        {u"pass_mark"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Pass mark")},
    });
    return titles(field);
}

QString courseKindTitle(const QString &kind)
{
    static const workflow::TitleList titles("sd::core::Training", {
        {u"operation"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Software operation")},
        {u"upgrade"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Software upgrade")},
        {u"business"_s, QT_TRANSLATE_NOOP("sd::core::Training", "Business")},
    });
    return titles(kind);
}

QString registrationStatusTitle(const QString &status)
{
    static const workflow::TitleList titles("sd::core::Training", {
        {QString(Registered), QT_TRANSLATE_NOOP("sd::core::Training", "Registered")},
        {QString(Waiting), QT_TRANSLATE_NOOP("sd::core::Training", "On the waiting list")},
        {QString(RegistrationCancelled), QT_TRANSLATE_NOOP("sd::core::Training", "Cancelled")},
        {QString(Promoted), QT_TRANSLATE_NOOP("sd::core::Training", "Registered from the waiting list")},
    });
    return titles(status);
}

} // namespace sd::core::training
