// The stage's transition table (SPEC §3.2 steps 3, 5, 6): carried out by the consultants,
// evaluated by the project manager or the implementation manager. A stage failed on incomplete
// work is re-implemented (attempt + 1, every evaluation kept); one failed on presales
// commitments or product gaps leads to the project's termination request (its handler).
#include "core/projects/project.h"
#include "core/projects/projectaccess.h"
#include "core/workflow/titles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::stage {

namespace {

/// The log of an accepted stage is closed: the row says so, and why, instead of "not possible".
std::shared_ptr<const workflow::Condition> logClosed()
{
    static const auto condition = std::make_shared<const workflow::Condition>(workflow::Condition{
        u"log_read_only"_s, [](const QVariantMap &) { return false; },
        [](const QVariantMap &s) {
            return QCoreApplication::translate("sd::core::Projects",
                                               "The stage “%1” was accepted: its daily log is read-only now.")
                .arg(s.value(u"name"_s).toString());
        }});
    return condition;
}

} // namespace

QStringList allStates() { return {Planned, Active, Delivered, Accepted, Failed, Blocked}; }

const workflow::TransitionTable &table()
{
    using R = Role;
    using T = workflow::Transition;
    using project::On;
    const RoleSet managers{R::ProjectManager, R::ImplementationManager};
    const RoleSet consultant{R::Consultant};
    const RoleSet team{R::Consultant, R::ProjectManager, R::ImplementationManager};
    const auto member = project::assignedConsultant(On::Stage);
    const auto pmOrIm = project::ownManagerOrImplementationManager(On::Stage);
    const auto anyOfTeam = project::projectTeam(On::Stage);
    auto evaluate = [&](T t) { return std::move(t).guardedBy(pmOrIm); };
    auto again = [&](T t) { return std::move(t).clear({u"delivered_at"_s, u"actual_end"_s}).guardedBy(anyOfTeam); };
    static const workflow::TransitionTable t(
        u"project_stages"_s,
        {
            T{Planned, StartStage, Active, managers, {}}.stamp({u"started_at"_s}).guardedBy(pmOrIm),
            T{Active, Deliver, Delivered, consultant, {u"delivery_note"_s}}
                .write({u"delivery_note"_s}).stamp({u"delivered_at"_s}).guardedBy(member),
            evaluate(T{Delivered, Pass, Accepted, managers, {}}).stamp({u"accepted_at"_s}),
            evaluate(T{Delivered, FailIncomplete, Failed, managers, {u"evaluation_note"_s}}),
            evaluate(T{Delivered, FailCommitment, Blocked, managers, {u"evaluation_note"_s}}),
            again(T{Failed, Reimplement, Active, team, {}}),
            again(T{Blocked, Reimplement, Active, team, {}}),
            // The daily log (ProjectService::logDay): confirmed by the stage's consultants.
            T{Active, LogDay, Active, consultant, {}}.guardedBy(member).recordedInPlace(),
            T{Delivered, LogDay, Delivered, consultant, {}}.guardedBy(member).recordedInPlace(),
            T{Accepted, LogDay, Accepted, consultant, {}}.onlyWhen(logClosed()).recordedInPlace(),
        },
        {stateTitle, actionTitle, project::fieldTitle});
    return t;
}

QString stateTitle(const QString &state)
{
    static const workflow::TitleList titles("sd::core::Projects", {
        {QString(Planned), QT_TRANSLATE_NOOP("sd::core::Projects", "Planned")},
        {QString(Active), QT_TRANSLATE_NOOP("sd::core::Projects", "Being implemented")},
        {QString(Delivered), QT_TRANSLATE_NOOP("sd::core::Projects", "Delivered, waiting for evaluation")},
        {QString(Accepted), QT_TRANSLATE_NOOP("sd::core::Projects", "Accepted")},
        {QString(Failed), QT_TRANSLATE_NOOP("sd::core::Projects", "Failed: to be re-implemented")},
        {QString(Blocked), QT_TRANSLATE_NOOP("sd::core::Projects", "Failed: presales commitment or product gap")},
    });
    return titles(state);
}

QString actionTitle(const QString &action)
{
    static const workflow::TitleList titles("sd::core::Projects", {
        {QString(StartStage), QT_TRANSLATE_NOOP("sd::core::Projects", "Start the stage")},
        {QString(Deliver), QT_TRANSLATE_NOOP("sd::core::Projects", "Deliver the stage's results")},
        {QString(Pass), QT_TRANSLATE_NOOP("sd::core::Projects", "Acceptance evaluation: passed")},
        {QString(FailIncomplete), QT_TRANSLATE_NOOP("sd::core::Projects", "Acceptance evaluation: failed, work incomplete")},
        {QString(FailCommitment), QT_TRANSLATE_NOOP("sd::core::Projects", "Acceptance evaluation: failed, presales commitment or product gap")},
        {QString(Reimplement), QT_TRANSLATE_NOOP("sd::core::Projects", "Re-implement the stage")},
        {QString(LogDay), QT_TRANSLATE_NOOP("sd::core::Projects", "Confirm a day of the implementation log")},
    });
    return titles(action);
}

} // namespace sd::core::stage

namespace sd::core {

QStringList evaluationResults() { return {u"passed"_s, u"failed_incomplete"_s, u"failed_commitment"_s}; }

} // namespace sd::core
