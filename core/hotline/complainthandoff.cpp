#include "core/hotline/complainthandoff.h"

#include "core/audit/audit.h"

using namespace Qt::StringLiterals;

namespace sd::core::hotline {

Status handOffComplaint(workflow::ActContext &ctx)
{
    const QString note = ctx.fields.value(u"complaint_note"_s).toString().trimmed();
    ctx.changes.insert(u"complaint_note"_s, note);
    // Integration point: create the complaint (ComplaintService::accept) and link it here.
    return audit::append(ctx.db, ctx.session, u"hotline_calls"_s, ctx.before.value(u"id"_s).toLongLong(),
                         u"complaint_handoff"_s, u"complaint_register"_s, {}, note);
}

} // namespace sd::core::hotline
