#include "core/firstvisit/firstvisit.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::firstvisit {

QString recordTable() { return u"first_visits"_s; }

QStringList stateKeys()
{
    return {u"submitted"_s, u"verifying"_s, u"verified"_s, u"needs_recorded"_s,
            u"handed_off"_s, u"unreachable"_s, u"withdrawn"_s};
}

QString stateTitle(const QString &state)
{
    if (state == u"submitted"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Submitted");
    if (state == u"verifying"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Verifying");
    if (state == u"verified"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Verified");
    if (state == u"needs_recorded"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Needs recorded");
    if (state == u"handed_off"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Handed off");
    if (state == u"unreachable"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Unreachable");
    if (state == u"withdrawn"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Withdrawn");
    return state;
}

QStringList outcomeKeys()
{
    return {u"reached"_s, u"no_answer"_s, u"busy"_s, u"wrong_number"_s, u"call_later"_s};
}

QString outcomeTitle(const QString &outcome)
{
    if (outcome == u"reached"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Reached");
    if (outcome == u"no_answer"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "No answer");
    if (outcome == u"busy"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Busy");
    if (outcome == u"wrong_number"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Wrong number");
    if (outcome == u"call_later"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Asked to call later");
    return outcome;
}

bool isFailedOutcome(const QString &outcome)
{
    return outcome == u"no_answer"_s || outcome == u"busy"_s || outcome == u"wrong_number"_s;
}

QStringList checklistKeys()
{
    return {u"service_code"_s, u"dongle_no"_s, u"phones_known"_s, u"process_known"_s};
}

QString checklistTitle(const QString &item)
{
    if (item == u"service_code"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Service code obtained");
    if (item == u"dongle_no"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Dongle number correct");
    if (item == u"phones_known"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Service supervision and technical phone numbers known");
    if (item == u"process_known"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Request process and response times known");
    return item;
}

QStringList needTypeKeys()
{
    return {u"implementation"_s, u"training"_s, u"support"_s, u"upgrade"_s, u"special_service"_s, u"other"_s};
}

QString needTypeTitle(const QString &type)
{
    if (type == u"implementation"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Implementation");
    if (type == u"training"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Training");
    if (type == u"support"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Hotline / remote support");
    if (type == u"upgrade"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Upgrade");
    if (type == u"special_service"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Special service");
    if (type == u"other"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Other");
    return type;
}

QStringList needStateKeys() { return {u"open"_s, u"taken_up"_s, u"closed"_s}; }

QString needStateTitle(const QString &state)
{
    if (state == u"open"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Open");
    if (state == u"taken_up"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Taken up");
    if (state == u"closed"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Closed");
    return state;
}

QStringList fieldKeys()
{
    return {u"company"_s, u"contact"_s, u"phone"_s, u"email"_s, u"address"_s, u"products"_s, u"modules"_s,
            u"service_code"_s, u"dongle_no"_s, u"contract"_s, u"sale_date"_s, u"sale_details"_s};
}

QString fieldTitle(const QString &field)
{
    if (field == u"company"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Company");
    if (field == u"contact"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Contact");
    if (field == u"phone"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Phone");
    if (field == u"email"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "E-mail");
    if (field == u"address"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Address");
    if (field == u"products"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Purchased software");
    if (field == u"modules"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Modules");
    if (field == u"service_code"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Service code");
    if (field == u"dongle_no"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Dongle number");
    if (field == u"contract"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Contract");
    if (field == u"sale_date"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Sale date");
    if (field == u"sale_details"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Sale details");
    if (field == u"outcome"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Outcome");
    if (field == u"reason"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Reason");
    return field;
}

bool FirstVisit::allFieldsChecked() const
{
    for (const FieldCheck &f : fields)
        if (f.status.isEmpty())
            return false;
    return true;
}

bool FirstVisit::checklistComplete() const
{
    for (const ChecklistItem &c : checklist)
        if (!c.settled())
            return false;
    return checklist.size() == checklistKeys().size();
}

bool FirstVisit::everReached() const
{
    for (const Attempt &a : attempts)
        if (a.outcome == u"reached"_s || a.outcome == u"call_later"_s)
            return true;
    return false;
}

RoleSet submitRoles() { return {Role::Sales, Role::Administrator}; }
RoleSet workRoles() { return {Role::FirstVisitAgent, Role::Administrator}; }
RoleSet takeUpRoles()
{
    return {Role::ImplementationManager, Role::ProjectManager, Role::Trainer, Role::AccountManager,
            Role::ServiceManager, Role::DepartmentHead, Role::Administrator};
}
RoleSet handOffRoles() { return {Role::DepartmentHead, Role::Administrator}; }
RoleSet settingsRoles() { return {Role::Administrator}; }

bool mayTakeDigest(const Session &session, qint64 digestHeadId)
{
    return (digestHeadId > 0 && digestHeadId == session.staffId) || session.has(Role::Administrator);
}

} // namespace sd::core::firstvisit
