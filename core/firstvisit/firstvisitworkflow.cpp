#include "core/firstvisit/firstvisitworkflow.h"

#include "core/firstvisit/firstvisit.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::firstvisit {

QString actionTitle(const QString &action)
{
    if (action == u"log_attempt"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Log call attempt");
    if (action == u"mark_unreachable"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Mark unreachable");
    if (action == u"verify"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Finish verification");
    if (action == u"record_needs"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Record needs");
    if (action == u"hand_off"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Hand off");
    if (action == u"retry"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Retry");
    if (action == u"withdraw"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Withdraw");
    return action;
}

const workflow::TransitionTable &transitionTable()
{
    using R = Role;
    static const RoleSet agent{R::FirstVisitAgent, R::Administrator};
    static const workflow::TransitionTable table(
        recordTable(),
        {
            {u"submitted"_s, u"log_attempt"_s, u"verifying"_s, agent, {u"outcome"_s}},
            {u"verifying"_s, u"log_attempt"_s, u"verifying"_s, agent, {u"outcome"_s}},
            {u"submitted"_s, u"mark_unreachable"_s, u"unreachable"_s, agent, {u"outcome"_s}},
            {u"verifying"_s, u"mark_unreachable"_s, u"unreachable"_s, agent, {u"outcome"_s}},
            {u"verifying"_s, u"verify"_s, u"verified"_s, agent, {}},
            {u"verified"_s, u"record_needs"_s, u"needs_recorded"_s, agent, {}},
            {u"needs_recorded"_s, u"hand_off"_s, u"handed_off"_s, {R::DepartmentHead, R::Administrator}, {}},
            {u"unreachable"_s, u"retry"_s, u"verifying"_s, {R::FirstVisitAgent, R::Sales, R::Administrator}, {}},
            {u"submitted"_s, u"withdraw"_s, u"withdrawn"_s, {R::Sales, R::Administrator}, {u"reason"_s}},
            {u"unreachable"_s, u"withdraw"_s, u"withdrawn"_s, {R::Sales, R::Administrator}, {u"reason"_s}},
        },
        {[](const QString &s) { return stateTitle(s); }, [](const QString &a) { return actionTitle(a); },
         [](const QString &f) { return fieldTitle(f); }});
    return table;
}

} // namespace sd::core::firstvisit
