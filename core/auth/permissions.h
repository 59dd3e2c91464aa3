#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"

namespace sd::core {

/// Platform actions (workflow transitions name their roles in their own tables).
enum class Action {
    CustomerCreate,
    CustomerEdit,
    CustomerImport,
    CustomerExport,
    StaffManage,       ///< create, disable, reset accounts
    CalendarEdit,
    SlaPolicyEdit,
    Backup,
    ViewAudit,
};

/// Key used in the audit trail, e.g. "customer.edit".
QString actionKey(Action action);
/// The roles allowed to take the action.
RoleSet rolesFor(Action action);
/// True when the session holds one of the action's roles.
bool can(const Session &session, Action action);

/// Checks that the session may take the action. When it may not, the refusal is written to
/// the audit trail in a transaction of its own (so it survives the caller's rollback) and
/// ErrorCode::Forbidden is returned. `table`/`recordId` say what was touched, if known.
Status require(const Database &db, const Session &session, Action action,
               const QString &table = {}, qint64 recordId = 0);
/// The same check for a role set named by a workflow transition table.
Status requireRoles(const Database &db, const Session &session, const RoleSet &roles,
                    const QString &actionName, const QString &table = {}, qint64 recordId = 0);

/// Writes a refusal ("forbidden:<actionName>") to the audit trail so that it survives the
/// caller's rollback (see requireRoles).
void auditRefusal(const Database &db, const Session &session, const QString &table, qint64 recordId,
                  const QString &actionName);
/// auditRefusal, then the Forbidden error carrying `message` (a rule that depends on the record).
Error refuse(const Database &db, const Session &session, const QString &table, qint64 recordId,
             const QString &actionName, const QString &message);

} // namespace sd::core
