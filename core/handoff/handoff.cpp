#include "core/handoff/handoff.h"

#include "core/audit/audit.h"
#include "core/complaints/complaintservice.h"
#include "core/dispatch/dispatchservice.h"
#include "core/firstvisit/firstvisitservice.h"
#include "core/firstvisit/firstvisitworkflow.h"
#include "core/hotline/hotlineservice.h"
#include "core/hotline/hotlineworkflow.h"
#include "core/problembase/problembaserepository.h"
#include "core/records/recordstore.h"
#include "core/returnvisits/returnvisitservice.h"

using namespace Qt::StringLiterals;

namespace sd::core::handoff {

namespace {
Status needsCalendar(const workflow::ActContext &ctx)
{
    if (!ctx.calendar)
        return fail(ErrorCode::Database, u"hand-off without the business calendar"_s);
    return {};
}
} // namespace

Status callToComplaint(workflow::ActContext &ctx)
{
    if (auto ok = needsCalendar(ctx); !ok)
        return ok;
    const QString note = ctx.fields.value(u"complaint_note"_s).toString().trimmed();
    ctx.changes.insert(u"complaint_note"_s, note);
    const qint64 callId = ctx.before.value(u"id"_s).toLongLong();
    // A complaint of source "hotline", linked both ways (complaints.source_record_* and
    // hotline_calls.complaint_id).
    complaints::ComplaintService complaints(ctx.db, *ctx.calendar);
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
    auto id = complaints.accept(ctx.session, intake);
    if (!id)
        return std::unexpected(id.error());
    ctx.changes.insert(u"complaint_id"_s, *id);
    return audit::append(ctx.db, ctx.session, u"hotline_calls"_s, callId, u"complaint_handoff"_s,
                         u"complaint_id"_s, {}, *id);
}

Status callToDispatch(workflow::ActContext &ctx)
{
    if (auto ok = needsCalendar(ctx); !ok)
        return ok;
    OnsiteRequest request;
    request.customerId = ctx.before.value(u"customer_id"_s).toLongLong();
    request.contactId = ctx.before.value(u"contact_id"_s).toLongLong();
    request.contactName = ctx.before.value(u"caller_name"_s).toString();
    request.contactPhone = ctx.before.value(u"caller_phone"_s).toString();
    request.callId = ctx.before.value(u"id"_s).toLongLong();
    request.faultLevel = ctx.before.value(u"fault_level"_s).toInt();
    request.product = ctx.before.value(u"product"_s).toString();
    request.module = ctx.before.value(u"module"_s).toString();
    request.problem = ctx.before.value(u"description"_s).toString().trimmed() + u"\n"_s
        + ctx.fields.value(u"onsite_reason"_s).toString().trimmed();
    auto job = DispatchService(ctx.db, *ctx.calendar).request(ctx.session, request);
    if (!job)
        return std::unexpected(job.error());
    return {};
}

Status visitSolvesCall(workflow::ActContext &ctx, qint64 callId, const QString &how)
{
    if (callId <= 0)
        return {};
    if (auto ok = needsCalendar(ctx); !ok)
        return ok;
    HotlineService calls(ctx.db, *ctx.calendar);
    auto call = calls.get(callId);
    if (!call)
        return std::unexpected(call.error());
    if (call->state != hotline::OnsiteRequested)
        return {};
    auto solved = calls.act(ctx.session, callId, call->version, hotline::Solve, {{u"solution"_s, how}});
    if (!solved)
        return std::unexpected(solved.error());
    return {};
}

Result<qint64> toProblemBase(workflow::ActContext &ctx, const ProblemEntry &entry)
{
    return ProblemBaseRepository(ctx.db).create(ctx.session, entry);
}

Status visitToReturnVisit(workflow::ActContext &ctx, qint64 jobId, qint64 customerId)
{
    if (auto ok = needsCalendar(ctx); !ok)
        return ok;
    ReturnVisitService visits(ctx.db, *ctx.calendar);
    auto visit = visits.scheduleAfter(ctx.session, returnvisit::FromDispatch, jobId, customerId, ctx.nowMs);
    if (!visit)
        return std::unexpected(visit.error());
    return {};
}

Status visitToComplaint(workflow::ActContext &ctx)
{
    if (auto ok = needsCalendar(ctx); !ok)
        return ok;
    complaints::ComplaintService complaints(ctx.db, *ctx.calendar);
    complaints::ComplaintIntake intake;
    intake.source = u"return_visit"_s;
    intake.channel = ctx.before.value(u"channel"_s).toString() == u"visit"_s ? u"visit"_s : u"phone"_s;
    intake.sourceRecordType = u"return_visits"_s;
    intake.sourceRecordId = ctx.before.value(u"id"_s).toLongLong();
    intake.customerId = ctx.before.value(u"customer_id"_s).toLongLong();
    intake.complainant = ctx.fields.value(u"complainant"_s).toString();
    const QString description = ctx.fields.value(u"description"_s).toString();
    intake.description = description.trimmed().isEmpty() ? ctx.before.value(u"comment"_s).toString() : description;
    auto id = complaints.accept(ctx.session, intake);
    if (!id)
        return std::unexpected(id.error());
    ctx.changes.insert(u"complaint_id"_s, *id);
    return {};
}

Status needToProject(const Database &db, const Session &session, const BusinessCalendar &calendar, qint64 needId,
                     qint64 customerId, qint64 projectId)
{
    firstvisit::FirstVisitService needs(db, calendar);
    auto need = needs.need(needId);
    if (!need)
        return std::unexpected(Error::invalid(u"need_id"_s, need.error().message));
    if (need->type != u"implementation"_s || need->customerId != customerId)
        return failInvalid(u"need_id"_s, QCoreApplication::translate("sd::core::Projects", "Need %1 is not an implementation need of this customer.")
                                             .arg(needId));
    return needs.takeUpNeed(session, needId, need->version, u"projects"_s, projectId);
}

Status needToTraining(workflow::ActContext &ctx, qint64 needId, qint64 registrationId)
{
    auto need = RecordStore(ctx.db).load(u"first_visit_needs"_s, needId);
    if (!need)
        return std::unexpected(need.error());
    auto taken = workflow::act(ctx.db, ctx.session, firstvisit::needWorkflow(),
                               {needId, need->value(u"version"_s).toInt(), u"take_up"_s,
                                {{u"taken_up_type"_s, u"training_registration"_s}, {u"taken_up_id"_s, registrationId}}},
                               ctx.calendar);
    if (!taken)
        return std::unexpected(taken.error());
    return {};
}

QString takenUpBy(const Database &db, const QString &takenUpType, qint64 takenUpId)
{
    if (takenUpId <= 0)
        return {};
    if (takenUpType == u"projects"_s) {
        auto no = db.scalar(u"SELECT project_no FROM projects WHERE id = ?"_s, {takenUpId});
        return no && no->isValid() ? QCoreApplication::translate("sd::core::Handoff", "project %1").arg(no->toString()) : QString();
    }
    if (takenUpType == u"training_registration"_s) {
        auto q = db.exec(u"SELECT s.session_no, st.name FROM training_registrations r JOIN training_sessions s ON s.id = r.session_id "
                         "JOIN training_students st ON st.id = r.student_id WHERE r.id = ?"_s,
                         {takenUpId});
        if (q && q->next())
            return QCoreApplication::translate("sd::core::Handoff", "training %1 (%2)").arg(q->value(0).toString(), q->value(1).toString());
    }
    return {};
}

} // namespace sd::core::handoff
