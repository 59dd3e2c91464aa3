#pragma once

#include "core/problembase/problementry.h"
#include "core/workflow/workflow.h"

/// The hand-offs between workflows (ARCHITECTURE.md): declared here, once, and run inside the
/// acting transaction, so that either both records change or neither. No workflow's service
/// includes another's; a workflow that hands work on calls one of these from its handler.
/// Every hand-off needs ctx.calendar (the engine sets it for workflows with clocks).
namespace sd::core::handoff {

/// Hotline → complaint register (SPEC §3.3 step 5 → §3.6), in "open_complaint": opens the
/// complaint (source "hotline", the call as its source record), sets
/// ctx.changes["complaint_id"] and audits the hand-off. A refused acceptance refuses the
/// transition.
Status callToComplaint(workflow::ActContext &ctx);

/// Hotline → dispatch board, in "request_onsite": an on-site request linked to the call
/// (dispatch_jobs.call_id), with the call's customer, contact, product and problem.
Status callToDispatch(workflow::ActContext &ctx);

/// Dispatch → hotline, when a job is verified or resolved: the call it came from (if it is
/// still waiting for the visit) is solved with `how`.
Status visitSolvesCall(workflow::ActContext &ctx, qint64 callId, const QString &how);

/// Hotline or dispatch → problem base: a solved problem offered as an entry. Returns its id.
Result<qint64> toProblemBase(workflow::ActContext &ctx, const ProblemEntry &entry);

/// Dispatch → return visits: the customer's return visit after a closed job.
Status visitToReturnVisit(workflow::ActContext &ctx, qint64 jobId, qint64 customerId);

/// Return visit → complaint register, in "open_complaint": a complaint of source
/// "return_visit" (fields complainant, description; the visit's comment when no description),
/// linked by ctx.changes["complaint_id"].
Status visitToComplaint(workflow::ActContext &ctx);

/// First visit → implementation project (SPEC §3.1 step 5 → §3.2 step 1), when a project is
/// applied for from a recorded need: the need (an implementation need of the same customer,
/// still open) is taken up with a link to the project ("projects", projectId), in the
/// applying transaction. A need of another kind or customer is refused naming "need_id".
Status needToProject(const Database &db, const Session &session, const BusinessCalendar &calendar, qint64 needId,
                     qint64 customerId, qint64 projectId);
/// First visit → training roster, in "register" with source "need": the first-visit training
/// need is taken up by the registration (taken_up_type "training_registration"), through the
/// need's own table (its roles: teachers, account managers …; refused otherwise).
Status needToTraining(workflow::ActContext &ctx, qint64 needId, qint64 registrationId);

/// What took a first visit's need up, in words for its list: "project XM2026-0004",
/// "training PX2026-0005 (王芳)"; empty when nothing did or the record is gone.
QString takenUpBy(const Database &db, const QString &takenUpType, qint64 takenUpId);

} // namespace sd::core::handoff
