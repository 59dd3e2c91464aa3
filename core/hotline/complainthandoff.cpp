#include "core/hotline/complainthandoff.h"

#include "core/audit/audit.h"
#include "core/complaints/complaintservice.h"

using namespace Qt::StringLiterals;

namespace sd::core::hotline {

Status handOffComplaint(workflow::ActContext &ctx)
{
    const QString note = ctx.fields.value(u"complaint_note"_s).toString().trimmed();
    ctx.changes.insert(u"complaint_note"_s, note);
    const qint64 callId = ctx.before.value(u"id"_s).toLongLong();
    // The complaint register takes it over in the same transaction: a complaint of source
    // "hotline", linked both ways (complaints.source_record_* and hotline_calls.complaint_id).
    auto complaints = complaints::ComplaintService::open(ctx.db);
    if (!complaints)
        return std::unexpected(complaints.error());
    complaints::ComplaintIntake intake;
    intake.source = u"hotline"_s;
    intake.channel = u"phone"_s;
    intake.sourceRecordType = u"hotline_calls"_s;
    intake.sourceRecordId = callId;
    intake.customerId = ctx.before.value(u"customer_id"_s).toLongLong();
    intake.complainant = ctx.before.value(u"caller_name"_s).toString().trimmed();
    intake.complainantPhone = ctx.before.value(u"caller_phone"_s).toString().trimmed();
    if (intake.complainant.isEmpty())
        intake.complainant = intake.complainantPhone.isEmpty()
            ? QCoreApplication::translate("sd::core::HotlineWorkflow", "Caller of call %1").arg(callId)
            : intake.complainantPhone;
    intake.description = note;
    intake.customerRequest = ctx.fields.value(u"complaint_request"_s).toString().trimmed();
    auto id = complaints->accept(ctx.session, intake);
    if (!id)
        return std::unexpected(id.error());
    ctx.changes.insert(u"complaint_id"_s, *id);
    return audit::append(ctx.db, ctx.session, u"hotline_calls"_s, callId, u"complaint_handoff"_s,
                         u"complaint_id"_s, {}, *id);
}

} // namespace sd::core::hotline
