#pragma once

#include "core/workflow/workflow.h"

namespace sd::core::hotline {

/// THE one place where a hotline call hands a complaint to the complaint register (SPEC
/// §3.3 step 5 → §3.6). Runs inside the "open_complaint" transition's transaction.
/// It opens the complaint (ComplaintService::accept, source "hotline", the call as its source
/// record), sets ctx.changes["complaint_id"] and audits the hand-off. A call without a
/// customer, or a refused acceptance, refuses the transition: nothing changes.
Status handOffComplaint(workflow::ActContext &ctx);

} // namespace sd::core::hotline
