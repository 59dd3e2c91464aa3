#pragma once

// Who may act on a project beyond the row's roles (SPEC §3.2): the project's own project
// manager, the consultants assigned to it, and the second approver of a request being someone
// other than the first. Guards for the project table (the project is the record) and the stage
// table (the stage is the record; its project is `project_id`).
#include "core/workflow/workflow.h"

#include <memory>

namespace sd::core::project {

/// Where the guarded record keeps its project's id: "id" on a project, "project_id" on a stage.
enum class On { Project, Stage };

/// Only the project manager the project is assigned to.
std::shared_ptr<const workflow::Guard> ownProjectManager(On on);
/// Only a consultant assigned to the project.
std::shared_ptr<const workflow::Guard> assignedConsultant(On on);
/// The project's own project manager, or an implementation manager.
std::shared_ptr<const workflow::Guard> ownManagerOrImplementationManager(On on);
/// A consultant of the project, its project manager, or an implementation manager.
std::shared_ptr<const workflow::Guard> projectTeam(On on);
/// The second approval of a request: the project's own project manager who did not already
/// approve it as implementation manager.
std::shared_ptr<const workflow::Guard> secondApproverAsManager();
/// The second approval by an implementation manager who did not already approve as the PM.
std::shared_ptr<const workflow::Guard> secondApproverAsImplementationManager();

} // namespace sd::core::project
