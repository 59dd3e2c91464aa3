#include "core/firstvisit/firstvisit.h"

#include "core/workflow/titles.h"

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
    static const workflow::TitleList titles("sd::core::FirstVisit", {
        {u"submitted"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Submitted")},
        {u"verifying"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Verifying")},
        {u"verified"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Verified")},
        {u"needs_recorded"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Needs recorded")},
        {u"handed_off"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Handed off")},
        {u"unreachable"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Unreachable")},
        {u"withdrawn"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Withdrawn")},
    });
    return titles(state);
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
    static const workflow::TitleList titles("sd::core::FirstVisit", {
        {u"open"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Open")},
        {u"taken_up"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Taken up")},
        {u"closed"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Closed")},
    });
    return titles(state);
}

QStringList fieldKeys()
{
    return {u"company"_s, u"contact"_s, u"phone"_s, u"email"_s, u"address"_s, u"products"_s, u"modules"_s,
            u"service_code"_s, u"dongle_no"_s, u"contract"_s, u"sale_date"_s, u"sale_details"_s};
}

QString fieldTitle(const QString &field)
{
    static const workflow::TitleList titles("sd::core::FirstVisit", {
        {u"company"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Company")},
        {u"contact"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Contact")},
        {u"phone"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Phone")},
        {u"email"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "E-mail")},
        {u"address"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Address")},
        {u"products"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Purchased software")},
        {u"modules"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Modules")},
        {u"service_code"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Service code")},
        {u"dongle_no"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Dongle number")},
        {u"contract"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Contract")},
        {u"sale_date"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Sale date")},
        {u"sale_details"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Sale details")},
        {u"outcome"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Outcome")},
        {u"reason"_s, QT_TRANSLATE_NOOP("sd::core::FirstVisit", "Reason")},
    });
    return titles(field);
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

} // namespace sd::core::firstvisit
