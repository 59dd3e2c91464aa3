#include "core/dispatch/dispatchaccess.h"

#include "core/dispatch/dispatchjob.h"

namespace sd::core::dispatch {

RoleSet requestRoles() { return {Role::HotlineOperator, Role::ServiceManager, Role::ServiceEngineer}; }

bool boardStartsOnOwnJobs(const Session &session)
{
    return session.has(Role::ServiceEngineer) && !session.has(Role::ServiceManager);
}

} // namespace sd::core::dispatch
