#include "core/auth/roles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {
struct RoleInfo {
    Role role;
    QString key;
    const char *title;
};
const QList<RoleInfo> &table()
{
    static const QList<RoleInfo> t = {
        {Role::Sales, u"sales"_s, QT_TRANSLATE_NOOP("sd::core::Role", "Sales staff")},
        {Role::FirstVisitAgent, u"first_visit_agent"_s, QT_TRANSLATE_NOOP("sd::core::Role", "First-visit agent")},
        {Role::HotlineOperator, u"hotline_operator"_s, QT_TRANSLATE_NOOP("sd::core::Role", "Hotline operator")},
        {Role::ServiceManager, u"service_manager"_s, QT_TRANSLATE_NOOP("sd::core::Role", "Service manager")},
        {Role::ServiceEngineer, u"service_engineer"_s, QT_TRANSLATE_NOOP("sd::core::Role", "Service engineer")},
        {Role::ImplementationManager, u"implementation_manager"_s, QT_TRANSLATE_NOOP("sd::core::Role", "Implementation manager")},
        {Role::ProjectManager, u"project_manager"_s, QT_TRANSLATE_NOOP("sd::core::Role", "Project manager")},
        {Role::Consultant, u"consultant"_s, QT_TRANSLATE_NOOP("sd::core::Role", "Implementation consultant")},
        {Role::AccountManager, u"account_manager"_s, QT_TRANSLATE_NOOP("sd::core::Role", "Account manager")},
        {Role::QualitySupervisor, u"quality_supervisor"_s, QT_TRANSLATE_NOOP("sd::core::Role", "Quality supervisor")},
        {Role::Trainer, u"trainer"_s, QT_TRANSLATE_NOOP("sd::core::Role", "Training teacher")},
        {Role::DepartmentHead, u"department_head"_s, QT_TRANSLATE_NOOP("sd::core::Role", "Department head / general manager")},
        {Role::Administrator, u"administrator"_s, QT_TRANSLATE_NOOP("sd::core::Role", "Administrator")},
    };
    return t;
}
} // namespace

const QList<Role> &allRoles()
{
    static const QList<Role> roles = [] {
        QList<Role> r;
        for (const auto &info : table())
            r.append(info.role);
        return r;
    }();
    return roles;
}

const RoleSet &everyRole()
{
    static const RoleSet all(allRoles().cbegin(), allRoles().cend());
    return all;
}

QString roleKey(Role role)
{
    for (const auto &info : table())
        if (info.role == role)
            return info.key;
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (const auto &info : table())
        if (info.key == key)
            return info.role;
    return std::nullopt;
}

QString roleTitle(Role role)
{
    for (const auto &info : table())
        if (info.role == role)
            return QCoreApplication::translate("sd::core::Role", info.title);
    return {};
}

} // namespace sd::core
