// Hotline calls for scripts (servicedeskctl call …): HotlineService's public API behind the
// workflow registry's interface.
#include "core/hotline/hotlineservice.h"
#include "core/hotline/hotlineworkflow.h"
#include "core/problembase/problemclass.h"
#include "core/records/recordstore.h"
#include "core/workflow/registry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::hotline {

namespace {

using workflow::FieldSpec;
using workflow::FieldType;
using workflow::RecordView;

/// Titles of the fields the table and the desk's forms leave untitled.
QString moreFieldTitle(const QString &field)
{
    if (const QString t = HotlineService::fieldTitle(field); t != field)
        return t;
    if (field == u"customer_id"_s) return QCoreApplication::translate("sd::core::CallWorkflow", "Customer (id)");
    if (field == u"contact_id"_s) return QCoreApplication::translate("sd::core::CallWorkflow", "Contact person (id)");
    if (field == u"channel"_s) return QCoreApplication::translate("sd::core::CallWorkflow", "Channel");
    if (field == u"problem_class"_s) return QCoreApplication::translate("sd::core::CallWorkflow", "Problem class");
    if (field == u"fault_level"_s) return QCoreApplication::translate("sd::core::CallWorkflow", "Fault level");
    if (field == u"billing"_s) return QCoreApplication::translate("sd::core::CallWorkflow", "Billing");
    if (field == u"complex"_s) return QCoreApplication::translate("sd::core::CallWorkflow", "Complex problem");
    if (field == u"add_to_problem_base"_s) return QCoreApplication::translate("sd::core::CallWorkflow", "Add the solution to the problem base");
    if (field == u"req_wanted_date"_s) return QCoreApplication::translate("sd::core::CallWorkflow", "Date the customer wants it by");
    if (field == u"req_other_way"_s) return QCoreApplication::translate("sd::core::CallWorkflow", "Can it be done another way");
    if (field == u"req_custom_agreed"_s) return QCoreApplication::translate("sd::core::CallWorkflow", "Customisation agreed");
    if (field == u"req_feasible"_s) return QCoreApplication::translate("sd::core::CallWorkflow", "Feasible");
    if (field == u"req_by_date"_s) return QCoreApplication::translate("sd::core::CallWorkflow", "Possible by the date wanted");
    if (field == u"req_customer_accepts"_s) return QCoreApplication::translate("sd::core::CallWorkflow", "Customer accepts the terms");
    if (field == u"req_man_days"_s) return QCoreApplication::translate("sd::core::CallWorkflow", "Man-days");
    if (field == u"req_fee"_s) return QCoreApplication::translate("sd::core::CallWorkflow", "Fee");
    if (field == u"complaint_request"_s) return QCoreApplication::translate("sd::core::CallWorkflow", "What the customer wants");
    return field;
}

const workflow::TransitionTable &callTable()
{
    static const workflow::TransitionTable table = workflow::extended(transitionTable(), {}, {{}, {}, moreFieldTitle});
    return table;
}

class CallWorkflow final : public workflow::WorkflowAdapter
{
public:
    QString name() const override { return u"call"_s; }
    QString title() const override { return QCoreApplication::translate("sd::core::CallWorkflow", "Hotline calls"); }
    const workflow::TransitionTable &table() const override { return callTable(); }
    bool creatable() const override { return true; }

    QList<FieldSpec> fields() const override
    {
        const QString n = workflow::kNew;
        QStringList every;
        for (const workflow::Transition &t : table().transitions())
            if (!every.contains(t.action))
                every << t.action;
        const QStringList answers = {u"yes"_s, u"no"_s, u"unknown"_s};
        const QStringList requirement = {Evaluate, Decide};
        return {
            {u"customer_id"_s, FieldType::Integer, {}, {n}},
            {u"contact_id"_s, FieldType::Integer, {}, {n}},
            {u"caller_name"_s, FieldType::Text, {}, {n, Update}},
            {u"caller_phone"_s, FieldType::Text, {}, {n, Update}},
            {u"channel"_s, FieldType::Choice, channels(), {n, Update}},
            {u"problem_class"_s, FieldType::Choice, problemclass::all(), {n, Update}, true},
            {u"fault_level"_s, FieldType::Integer, {u"1"_s, u"2"_s, u"3"_s, u"4"_s}, {n, Update}},
            {u"product"_s, FieldType::Text, {}, {n, Update}},
            {u"module"_s, FieldType::Text, {}, {n, Update}},
            {u"description"_s, FieldType::Text, {}, {n, Update}, true},
            {u"billing"_s, FieldType::Choice, billings(), {n}, true},
            {u"complex"_s, FieldType::Boolean, {}, {n, Update}},
            {u"note"_s, FieldType::Text, {}, every},
            {u"solution"_s, FieldType::Text, {}, {Solve}},
            {u"cause"_s, FieldType::Text, {}, {Solve}},
            {u"add_to_problem_base"_s, FieldType::Boolean, {}, {Solve}},
            {u"entry_phenomenon"_s, FieldType::Text, {}, {Solve}},
            {u"entry_tags"_s, FieldType::Text, {}, {Solve}},
            {u"hold_reason"_s, FieldType::Text, {}, {Hold}},
            {u"callback_due_at"_s, FieldType::DateTime, {}, {Hold}},
            {u"remote_note"_s, FieldType::Text, {}, {ToRemote}},
            {u"onsite_reason"_s, FieldType::Text, {}, {RequestOnsite}},
            {u"account_manager_id"_s, FieldType::Integer, {}, {RouteRequirement}},
            {u"req_wanted_date"_s, FieldType::Date, {}, {RouteRequirement, Evaluate, Decide}},
            {u"req_other_way"_s, FieldType::Choice, answers, requirement},
            {u"req_custom_agreed"_s, FieldType::Choice, answers, requirement},
            {u"req_feasible"_s, FieldType::Choice, answers, requirement},
            {u"req_by_date"_s, FieldType::Choice, answers, requirement},
            {u"req_customer_accepts"_s, FieldType::Choice, answers, requirement},
            {u"req_man_days"_s, FieldType::Number, {}, requirement},
            {u"req_fee"_s, FieldType::Number, {}, requirement},
            {u"req_decision"_s, FieldType::Choice, decisions(), requirement},
            {u"req_decided_on"_s, FieldType::Date, {}, requirement},
            {u"hq_kind"_s, FieldType::Choice, {u"bug"_s, u"optimisation"_s}, {SubmitHq}},
            {u"hq_reference"_s, FieldType::Text, {}, {SubmitHq}},
            {u"hq_answer"_s, FieldType::Text, {}, {HqAnswer}},
            {u"complaint_note"_s, FieldType::Text, {}, {OpenComplaint}},
            {u"complaint_request"_s, FieldType::Text, {}, {OpenComplaint}},
            {u"retraining_note"_s, FieldType::Text, {}, {SuggestRetraining}},
            {u"closing_note"_s, FieldType::Text, {}, {Confirm, Close}},
            {u"reason"_s, FieldType::Text, {}, {Reopen}},
        };
    }

    Result<QList<RecordView>> list(const Database &db, const Session &, const QString &state, int limit) const override
    {
        auto service = HotlineService::open(db);
        if (!service)
            return std::unexpected(service.error());
        HotlineCallQuery query;
        if (!state.isEmpty())
            query.states = {state};
        query.limit = limit;
        return workflow::viewsOf(service->list(query), [](const HotlineCall &c) {
            return RecordView{c.id, c.callNo, c.state, c.version, c.customerName, c.description.simplified(), {}, {}};
        });
    }

    Result<RecordView> show(const Database &db, const Session &, qint64 id) const override
    {
        auto service = HotlineService::open(db);
        if (!service)
            return std::unexpected(service.error());
        auto call = service->get(id);
        if (!call)
            return std::unexpected(call.error());
        auto row = RecordStore(db).load(table().recordTable(), id);
        if (!row)
            return std::unexpected(row.error());
        const BusinessCalendar &calendar = service->slaEngine().calendar();
        RecordView v = workflow::recordView(*row, u"call_no"_s, calendar.timeZone());
        v.customer = call->customerName;
        v.summary = call->description.simplified();
        auto deadlines = workflow::deadlinesOf(db, calendar, {QString(sla::HotlineCall), QString(sla::RemoteSession)}, id);
        if (!deadlines)
            return std::unexpected(deadlines.error());
        v.deadlines = *deadlines;
        return v;
    }

    Result<qint64> resolveId(const Database &db, const QString &text) const override
    {
        return workflow::idByNumber(db, table().recordTable(), u"call_no"_s, text);
    }

    Result<RecordView> create(const Database &db, const Session &who, const QVariantMap &f) const override
    {
        auto service = HotlineService::open(db);
        if (!service)
            return std::unexpected(service.error());
        NewCall call;
        call.customerId = f.value(u"customer_id"_s).toLongLong();
        call.contactId = f.value(u"contact_id"_s).toLongLong();
        call.callerName = f.value(u"caller_name"_s).toString();
        call.callerPhone = f.value(u"caller_phone"_s).toString();
        call.channel = f.value(u"channel"_s, call.channel).toString();
        call.problemClass = f.value(u"problem_class"_s).toString();
        call.faultLevel = f.value(u"fault_level"_s, call.faultLevel).toInt();
        call.product = f.value(u"product"_s).toString();
        call.module = f.value(u"module"_s).toString();
        call.description = f.value(u"description"_s).toString();
        call.billing = f.value(u"billing"_s).toString();
        call.complex = f.value(u"complex"_s).toInt() != 0;
        auto created = service->create(who, call);
        if (!created)
            return std::unexpected(created.error());
        return show(db, who, created->id);
    }

    Result<RecordView> act(const Database &db, const Session &who, qint64 id, const QString &action,
                           const QVariantMap &fields, int expectedVersion) const override
    {
        auto service = HotlineService::open(db);
        if (!service)
            return std::unexpected(service.error());
        return showAfter(service->act(who, id, expectedVersion, action, fields), db, who, id);
    }
};

} // namespace

} // namespace sd::core::hotline

namespace sd::core::workflow::adapters {
const WorkflowAdapter &call()
{
    static const hotline::CallWorkflow adapter;
    return adapter;
}
} // namespace sd::core::workflow::adapters
