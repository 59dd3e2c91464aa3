#include "core/auth/permissions.h"

#include "core/audit/audit.h"

using namespace Qt::StringLiterals;

namespace sd::core {

QString actionKey(Action action)
{
    switch (action) {
    case Action::CustomerCreate: return u"customer.create"_s;
    case Action::CustomerEdit: return u"customer.edit"_s;
    case Action::CustomerImport: return u"customer.import"_s;
    case Action::CustomerExport: return u"customer.export"_s;
    case Action::StaffManage: return u"staff.manage"_s;
    case Action::CalendarEdit: return u"calendar.edit"_s;
    case Action::SlaPolicyEdit: return u"sla.edit"_s;
    case Action::Backup: return u"backup"_s;
    case Action::ViewAudit: return u"audit.view"_s;
    }
    return {};
}

// The role × action matrix of the platform (SPEC §1).
RoleSet rolesFor(Action action)
{
    switch (action) {
    case Action::CustomerCreate:
        return {Role::Sales, Role::FirstVisitAgent, Role::HotlineOperator, Role::ServiceManager,
                Role::AccountManager, Role::Administrator};
    case Action::CustomerEdit:
        return {Role::FirstVisitAgent, Role::HotlineOperator, Role::ServiceManager,
                Role::AccountManager, Role::Administrator};
    case Action::CustomerImport:
        return {Role::Sales, Role::FirstVisitAgent, Role::Administrator};
    case Action::CustomerExport:
        return {Role::ServiceManager, Role::AccountManager, Role::QualitySupervisor,
                Role::DepartmentHead, Role::Administrator};
    case Action::StaffManage:
    case Action::CalendarEdit:
    case Action::SlaPolicyEdit:
    case Action::Backup:
        return {Role::Administrator};
    case Action::ViewAudit:
        return {Role::Administrator, Role::QualitySupervisor, Role::DepartmentHead};
    }
    return {};
}

bool can(const Session &session, Action action) { return session.hasAny(rolesFor(action)); }

void auditRefusal(const Database &db, const Session &session, const QString &table, qint64 recordId,
                  const QString &actionName)
{
    // The refusal must stay on record although the caller will roll back: services check
    // permissions before they open their transaction, so normally this runs in autocommit.
    // Inside an open transaction (PostgreSQL callers only: on SQLite a second writer would
    // wait for the first) the entry goes through a connection of its own.
    std::optional<Database> own;
    if (Transaction::isOpen(db) && db.dialect() == Dialect::PostgreSQL) {
        if (auto other = db.openAnother({}))
            own = *other;
    }
    const Database &auditDb = own ? *own : db;
    if (!Transaction::isOpen(auditDb) || own) {
        auto tx = Transaction::begin(auditDb);
        if (tx && audit::append(auditDb, session, table.isEmpty() ? u"-"_s : table, recordId,
                                u"forbidden:"_s + actionName))
            (void)tx->commit();
    } else {
        (void)audit::append(auditDb, session, table.isEmpty() ? u"-"_s : table, recordId,
                            u"forbidden:"_s + actionName);
    }
    if (own)
        own->close();
}

Error refuse(const Database &db, const Session &session, const QString &table, qint64 recordId,
             const QString &actionName, const QString &message)
{
    auditRefusal(db, session, table, recordId, actionName);
    return Error{ErrorCode::Forbidden, message};
}

Status requireRoles(const Database &db, const Session &session, const RoleSet &roles,
                    const QString &actionName, const QString &table, qint64 recordId)
{
    if (session.hasAny(roles))
        return {};
    auditRefusal(db, session, table, recordId, actionName);
    QStringList names;
    for (Role r : allRoles())
        if (roles.contains(r))
            names << roleTitle(r);
    return fail(ErrorCode::Forbidden,
                QCoreApplication::translate("sd::core::Permissions",
                                            "You are not allowed to do this (%1). It needs the role: %2.")
                    .arg(actionName, names.join(QCoreApplication::translate("sd::core::Permissions", ", "))));
}

Status require(const Database &db, const Session &session, Action action, const QString &table,
               qint64 recordId)
{
    return requireRoles(db, session, rolesFor(action), actionKey(action), table, recordId);
}

} // namespace sd::core
