// On-site jobs for scripts (servicedeskctl dispatch …): DispatchService's public API behind the
// workflow registry's interface.
#include "core/calendar/calendarrepository.h"
#include "core/dispatch/dispatchservice.h"
#include "core/problembase/problemclass.h"
#include "core/records/recordstore.h"
#include "core/workflow/registry.h"
#include "core/workflow/titles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::dispatch {

namespace {

using workflow::FieldSpec;
using workflow::FieldType;
using workflow::RecordView;

/// Titles of the fields the table leaves untitled.
QString moreFieldTitle(const QString &field)
{
    static const workflow::TitleList titles("sd::core::DispatchWorkflow", {
        {u"contact_id"_s, QT_TRANSLATE_NOOP("sd::core::DispatchWorkflow", "Contact person (id)")},
        {u"contact_name"_s, QT_TRANSLATE_NOOP("sd::core::DispatchWorkflow", "Contact")},
        {u"contact_phone"_s, QT_TRANSLATE_NOOP("sd::core::DispatchWorkflow", "Contact's phone")},
        {u"site_address"_s, QT_TRANSLATE_NOOP("sd::core::DispatchWorkflow", "Site address")},
        {u"call_id"_s, QT_TRANSLATE_NOOP("sd::core::DispatchWorkflow", "Hotline call (id)")},
        {u"product"_s, QT_TRANSLATE_NOOP("sd::core::DispatchWorkflow", "Product")},
        {u"module"_s, QT_TRANSLATE_NOOP("sd::core::DispatchWorkflow", "Module")},
        {u"verify_note"_s, QT_TRANSLATE_NOOP("sd::core::DispatchWorkflow", "Verification note")},
        {u"dispatch_note"_s, QT_TRANSLATE_NOOP("sd::core::DispatchWorkflow", "Note for the engineer")},
        {u"appointment_note"_s, QT_TRANSLATE_NOOP("sd::core::DispatchWorkflow", "Appointment note")},
        {u"parts_patches"_s, QT_TRANSLATE_NOOP("sd::core::DispatchWorkflow", "Parts and patches")},
        {u"customer_comment"_s, QT_TRANSLATE_NOOP("sd::core::DispatchWorkflow", "Customer's comment")},
        {u"add_to_problem_base"_s, QT_TRANSLATE_NOOP("sd::core::DispatchWorkflow", "Add the solution to the problem base")},
        {u"cause"_s, QT_TRANSLATE_NOOP("sd::core::DispatchWorkflow", "Cause")},
        {u"problem_class"_s, QT_TRANSLATE_NOOP("sd::core::DispatchWorkflow", "Problem class")},
        {u"entry_tags"_s, QT_TRANSLATE_NOOP("sd::core::DispatchWorkflow", "Tags")},
    });
    return titles(field);
}

const workflow::TransitionTable &jobTable()
{
    static const workflow::TransitionTable t = workflow::extended(dispatch::table(), {}, {{}, {}, moreFieldTitle});
    return t;
}

Result<DispatchService> serviceOf(const Database &db)
{
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return std::unexpected(calendar.error());
    return DispatchService(db, *calendar);
}

class DispatchWorkflow final : public workflow::WorkflowAdapter
{
public:
    QString name() const override { return u"dispatch"_s; }
    QString title() const override { return QCoreApplication::translate("sd::core::DispatchWorkflow", "On-site jobs"); }
    const workflow::TransitionTable &table() const override { return jobTable(); }
    bool creatable() const override { return true; }

    QList<FieldSpec> fields() const override
    {
        const QString n = workflow::kNew;
        const QStringList closing = {VerifyForm, Resolve};
        return {
            {u"customer_id"_s, FieldType::Integer, {}, {n}, true},
            {u"contact_id"_s, FieldType::Integer, {}, {n}},
            {u"contact_name"_s, FieldType::Text, {}, {n}},
            {u"contact_phone"_s, FieldType::Text, {}, {n}},
            {u"site_address"_s, FieldType::Text, {}, {n}},
            {u"call_id"_s, FieldType::Integer, {}, {n}},
            {u"fault_level"_s, FieldType::Integer, {u"1"_s, u"2"_s, u"3"_s, u"4"_s}, {n}},
            {u"product"_s, FieldType::Text, {}, {n}},
            {u"module"_s, FieldType::Text, {}, {n}},
            {u"problem"_s, FieldType::Text, {}, {n}, true},
            {u"coverage"_s, FieldType::Choice, {u"contract"_s, u"billable"_s}, {Verify}},
            {u"verify_note"_s, FieldType::Text, {}, {Verify}},
            {u"close_reason"_s, FieldType::Text, {}, {Reject, Cancel}},
            {u"engineer_id"_s, FieldType::Integer, {}, {Dispatch, Reassign, FollowUp}},
            {u"dispatch_note"_s, FieldType::Text, {}, {Dispatch, Reassign, FollowUp}},
            {u"send_back_reason"_s, FieldType::Text, {}, {SendBack}},
            {u"appointment_at"_s, FieldType::DateTime, {}, {Book}},
            {u"appointment_note"_s, FieldType::Text, {}, {Book}},
            {u"work_done"_s, FieldType::Text, {}, {ReturnForm, WriteOff}},
            {u"minutes_on_site"_s, FieldType::Integer, {}, {ReturnForm, WriteOff}},
            {u"parts_patches"_s, FieldType::Text, {}, {ReturnForm}},
            {u"customer_signer"_s, FieldType::Text, {}, {ReturnForm}},
            {u"satisfaction"_s, FieldType::Integer, {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}, {ReturnForm}},
            {u"customer_comment"_s, FieldType::Text, {}, {ReturnForm}},
            {u"form_reject_reason"_s, FieldType::Text, {}, {RejectForm}},
            {u"write_off_reason"_s, FieldType::Text, {}, {WriteOff}},
            {u"hq_reference"_s, FieldType::Text, {}, {HandToHq}},
            {u"hq_answer"_s, FieldType::Text, {}, {HqAnswer}},
            {u"resolution_note"_s, FieldType::Text, {}, {Resolve}},
            {u"add_to_problem_base"_s, FieldType::Boolean, {}, closing},
            {u"cause"_s, FieldType::Text, {}, closing},
            {u"problem_class"_s, FieldType::Choice, problemclass::all(), closing},
            {u"entry_tags"_s, FieldType::Text, {}, closing},
        };
    }

    Result<QList<RecordView>> list(const Database &db, const Session &, const QString &state, int limit) const override
    {
        auto service = serviceOf(db);
        if (!service)
            return std::unexpected(service.error());
        BoardQuery query;
        query.states = state.isEmpty() ? allStates() : QStringList{state};
        query.recentFirst = true;
        query.limit = limit;
        return workflow::viewsOf(service->board(query), [](const BoardRow &r) {
            return RecordView{r.id, r.jobNo, r.state, r.version, r.customerName, r.problem.simplified(), {}, {}};
        });
    }

    Result<RecordView> show(const Database &db, const Session &, qint64 id) const override
    {
        auto service = serviceOf(db);
        if (!service)
            return std::unexpected(service.error());
        auto job = service->get(id);
        if (!job)
            return std::unexpected(job.error());
        auto row = RecordStore(db).load(table().recordTable(), id);
        if (!row)
            return std::unexpected(row.error());
        auto calendar = CalendarRepository(db).load();
        if (!calendar)
            return std::unexpected(calendar.error());
        RecordView v = workflow::recordView(*row, u"job_no"_s, calendar->timeZone());
        v.customer = job->customerName;
        v.summary = job->problem.simplified();
        v.fields.insert(u"engineer_name"_s, job->engineerName);
        auto deadlines = workflow::deadlinesOf(db, *calendar, {QString(sla::OnsiteDispatch)}, id);
        if (!deadlines)
            return std::unexpected(deadlines.error());
        v.deadlines = *deadlines;
        return v;
    }

    Result<qint64> resolveId(const Database &db, const QString &text) const override
    {
        return workflow::idByNumber(db, table().recordTable(), u"job_no"_s, text);
    }

    Result<RecordView> create(const Database &db, const Session &who, const QVariantMap &f) const override
    {
        auto service = serviceOf(db);
        if (!service)
            return std::unexpected(service.error());
        OnsiteRequest request;
        request.customerId = f.value(u"customer_id"_s).toLongLong();
        request.contactId = f.value(u"contact_id"_s).toLongLong();
        request.contactName = f.value(u"contact_name"_s).toString();
        request.contactPhone = f.value(u"contact_phone"_s).toString();
        request.siteAddress = f.value(u"site_address"_s).toString();
        request.callId = f.value(u"call_id"_s).toLongLong();
        request.faultLevel = f.value(u"fault_level"_s, request.faultLevel).toInt();
        request.product = f.value(u"product"_s).toString();
        request.module = f.value(u"module"_s).toString();
        request.problem = f.value(u"problem"_s).toString();
        auto job = service->request(who, request);
        if (!job)
            return std::unexpected(job.error());
        return show(db, who, job->id);
    }

    Result<RecordView> act(const Database &db, const Session &who, qint64 id, const QString &action,
                           const QVariantMap &fields, int expectedVersion) const override
    {
        auto service = serviceOf(db);
        if (!service)
            return std::unexpected(service.error());
        return showAfter(service->act(who, id, expectedVersion, action, fields), db, who, id);
    }
};

} // namespace

} // namespace sd::core::dispatch

namespace sd::core::workflow::adapters {
const WorkflowAdapter &dispatch()
{
    static const sd::core::dispatch::DispatchWorkflow adapter;
    return adapter;
}
} // namespace sd::core::workflow::adapters
