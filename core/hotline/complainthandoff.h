#pragma once

#include "core/workflow/workflow.h"

namespace sd::core::hotline {

/// THE one place where a hotline call hands a complaint to the complaint register (SPEC
/// §3.3 step 5 → §3.6). Runs inside the "open_complaint" transition's transaction.
/// Today it records the hand-off on the call (the complaint text, an audit entry naming the
/// hand-off); once the complaint register is merged, it creates the complaint record here
/// (ComplaintService, source "hotline", linked by hotline_calls.complaint_id) and sets
/// ctx.changes["complaint_id"].
Status handOffComplaint(workflow::ActContext &ctx);

} // namespace sd::core::hotline
