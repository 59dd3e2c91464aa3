#pragma once

#include "core/auth/roles.h"

#include <QString>

namespace sd::core::dispatch {

/// Who may ask for an on-site visit (DispatchService::request): the hotline desk, the service
/// manager, and an engineer whose remote session shows a visit is needed.
RoleSet requestRoles();

/// False when `action` is one of the engineer's actions (engineerActions()) and the job is
/// dispatched to someone other than `session` (`jobEngineerId`): those belong to its engineer.
bool assignedEngineerMayTake(const Session &session, const QString &action, qint64 jobEngineerId);

/// True when the board starts on the session's own jobs: an engineer who is not also a manager.
bool boardStartsOnOwnJobs(const Session &session);

} // namespace sd::core::dispatch
