#include "core/firstvisit/firstvisitworkflow.h"

#include "core/firstvisit/firstvisit.h"
#include "core/workflow/titles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::firstvisit {

QString actionTitle(const QString &action)
{
    static const workflow::TitleList titles("sd::core::FirstVisit", {
        {u"log_attempt"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Log call attempt")},
        {u"mark_unreachable"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Mark unreachable")},
        {u"verify"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Finish verification")},
        {u"record_needs"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Record needs")},
        {u"hand_off"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Hand off")},
        {u"retry"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Retry")},
        {u"check_field"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Check a field")},
        {u"checklist"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Tick the checklist")},
        {u"add_need"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Add a need")},
        {u"remove_need"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Remove a need")},
        {u"withdraw"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Withdraw")},
    });
    return titles(action);
}

// The heads of the departments the first visit's needs go to (the hand-off guard's facts).
static QVariantMap departmentHeads(const Database &db, const QVariantMap &fv)
{
    QVariantList heads;
    if (auto q = db.exec(u"SELECT DISTINCT d.head_id FROM first_visit_needs n JOIN departments d ON d.id = n.department_id "
                         "WHERE n.first_visit_id = ? AND d.head_id IS NOT NULL"_s,
                         {fv.value(u"id"_s)})) {
        while (q->next())
            heads << QVariant(q->value(0).toLongLong());
    }
    return {{u"department_head_ids"_s, heads}};
}

std::shared_ptr<const workflow::Guard> headOfItsDepartments()
{
    static const auto guard = std::make_shared<const workflow::Guard>(workflow::Guard{
        u"department_head"_s,
        [](const Session &session, const QVariantMap &fv) {
            return session.has(Role::Administrator)
                || fv.value(u"department_head_ids"_s).toList().contains(QVariant(session.staffId));
        },
        [](const Database &, const QVariantMap &) {
            return QCoreApplication::translate("sd::core::FirstVisit",
                                               "Only the head of a department this first visit's needs go to (or an administrator) can hand it off.");
        },
        departmentHeads});
    return guard;
}

const workflow::TransitionTable &transitionTable()
{
    using R = Role;
    using T = workflow::Transition;
    static const RoleSet agent = workRoles();
    // The head of a department takes the hand-off whatever roles they hold.
    const RoleSet &anyone = everyRole();
    const QStringList kNeedFields{u"need_type"_s, u"description"_s, u"department_id"_s};
    static const workflow::TransitionTable table(
        recordTable(),
        {
            {u"submitted"_s, u"log_attempt"_s, u"verifying"_s, agent, {u"outcome"_s}},
            {u"verifying"_s, u"log_attempt"_s, u"verifying"_s, agent, {u"outcome"_s}},
            {u"submitted"_s, u"mark_unreachable"_s, u"unreachable"_s, agent, {u"outcome"_s}},
            {u"verifying"_s, u"mark_unreachable"_s, u"unreachable"_s, agent, {u"outcome"_s}},
            {u"verifying"_s, u"verify"_s, u"verified"_s, agent, {}},
            {u"verified"_s, u"record_needs"_s, u"needs_recorded"_s, agent, {}},
            T{u"needs_recorded"_s, u"hand_off"_s, u"handed_off"_s, anyone, {}}.stamp({u"handed_off_at"_s}).guardedBy(headOfItsDepartments()),
            {u"unreachable"_s, u"retry"_s, u"verifying"_s, {R::FirstVisitAgent, R::Sales, R::Administrator}, {}},
            {u"submitted"_s, u"withdraw"_s, u"withdrawn"_s, {R::Sales, R::Administrator}, {u"reason"_s}},
            {u"unreachable"_s, u"withdraw"_s, u"withdrawn"_s, {R::Sales, R::Administrator}, {u"reason"_s}},
            // What the agent records while verifying (FirstVisitService: checkField,
            // setChecklistItem, addNeed) — in place, without a new state.
            T{u"verifying"_s, u"check_field"_s, u"verifying"_s, agent, {u"field"_s}}.recordedInPlace(),
            T{u"verifying"_s, u"checklist"_s, u"verifying"_s, agent, {u"item"_s}}.recordedInPlace(),
            T{u"verified"_s, u"checklist"_s, u"verified"_s, agent, {u"item"_s}}.recordedInPlace(),
            T{u"verifying"_s, u"add_need"_s, u"verifying"_s, agent, kNeedFields}.recordedInPlace(),
            T{u"verified"_s, u"add_need"_s, u"verified"_s, agent, kNeedFields}.recordedInPlace(),
            T{u"verifying"_s, u"remove_need"_s, u"verifying"_s, agent, {u"need_id"_s}}.recordedInPlace(),
            T{u"verified"_s, u"remove_need"_s, u"verified"_s, agent, {u"need_id"_s}}.recordedInPlace(),
        },
        {[](const QString &s) { return stateTitle(s); }, [](const QString &a) { return actionTitle(a); },
         [](const QString &f) { return fieldTitle(f); }});
    return table;
}

} // namespace sd::core::firstvisit
