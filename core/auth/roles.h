#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sd::core {

/// The roles of SPEC §1. Stored by key() in staff_roles.role.
enum class Role {
    Sales,
    FirstVisitAgent,
    HotlineOperator,
    ServiceManager,
    ServiceEngineer,
    ImplementationManager,
    ProjectManager,
    Consultant,
    AccountManager,
    QualitySupervisor,
    Trainer,
    DepartmentHead,
    Administrator,
};

const QList<Role> &allRoles();
/// Stable key used in the database and the CLI, e.g. "hotline_operator".
QString roleKey(Role role);
/// Role from a key (or nullopt).
std::optional<Role> roleFromKey(const QString &key);
/// The role's name in the current UI language.
QString roleTitle(Role role);

using RoleSet = QSet<Role>;
/// Every role: for a transition whose row guard, not a role, says who may take it.
const RoleSet &everyRole();

/// Who is acting: the logged-in staff member and their roles.
struct Session {
    qint64 staffId = 0;
    QString login;
    QString displayName;
    RoleSet roles;

    bool has(Role role) const { return roles.contains(role); }
    bool hasAny(const RoleSet &any) const { return roles.intersects(any); }
    bool isValid() const { return staffId > 0; }
};

} // namespace sd::core
