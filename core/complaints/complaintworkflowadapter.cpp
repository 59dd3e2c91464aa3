// Complaints for scripts (servicedeskctl complaint …): ComplaintService's public API behind the
// workflow registry's interface.
#include "core/complaints/complaintservice.h"
#include "core/records/customerrepository.h"
#include "core/workflow/registry.h"
#include "core/workflow/titles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::complaints {

namespace {

using workflow::FieldSpec;
using workflow::FieldType;
using workflow::RecordView;

/// Titles of the fields the table leaves untitled (those of the intake).
QString moreFieldTitle(const QString &field)
{
    static const workflow::TitleList titles("sd::core::ComplaintWorkflow", {
        {u"source"_s, QT_TRANSLATE_NOOP("sd::core::ComplaintWorkflow", "Source")},
        {u"channel"_s, QT_TRANSLATE_NOOP("sd::core::ComplaintWorkflow", "Channel")},
        {u"hq_reference"_s, QT_TRANSLATE_NOOP("sd::core::ComplaintWorkflow", "HQ reference")},
        {u"hq_deadline"_s, QT_TRANSLATE_NOOP("sd::core::ComplaintWorkflow", "HQ's deadline")},
        {u"customer_id"_s, QT_TRANSLATE_NOOP("sd::core::ComplaintWorkflow", "Customer (id)")},
        {u"complainant"_s, QT_TRANSLATE_NOOP("sd::core::ComplaintWorkflow", "Complainant")},
        {u"complainant_phone"_s, QT_TRANSLATE_NOOP("sd::core::ComplaintWorkflow", "Complainant's phone")},
        {u"description"_s, QT_TRANSLATE_NOOP("sd::core::ComplaintWorkflow", "What happened")},
        {u"customer_request"_s, QT_TRANSLATE_NOOP("sd::core::ComplaintWorkflow", "What the customer wants")},
        {u"received_at"_s, QT_TRANSLATE_NOOP("sd::core::ComplaintWorkflow", "Received at")},
    });
    return titles(field);
}

const workflow::TransitionTable &complaintTable()
{
    static const workflow::TransitionTable t = workflow::extended(transitionTable(), {}, {{}, {}, moreFieldTitle});
    return t;
}

class ComplaintWorkflow final : public workflow::WorkflowAdapter
{
public:
    QString name() const override { return u"complaint"_s; }
    QString title() const override { return QCoreApplication::translate("sd::core::ComplaintWorkflow", "Complaints"); }
    const workflow::TransitionTable &table() const override { return complaintTable(); }
    bool creatable() const override { return true; }

    QList<FieldSpec> fields() const override
    {
        using S = QString;
        const QString n = workflow::kNew;
        const QStringList followUp = {S(action::FollowUpSatisfied), S(action::FollowUpUnresolved)};
        return {
            {u"source"_s, FieldType::Choice, sourceKeys(), {n}},
            {u"channel"_s, FieldType::Choice, channelKeys(), {n}},
            {u"hq_reference"_s, FieldType::Text, {}, {n}},
            {u"hq_deadline"_s, FieldType::DateTime, {}, {n}},
            {u"customer_id"_s, FieldType::Integer, {}, {n}, true},
            {u"complainant"_s, FieldType::Text, {}, {n}, true},
            {u"complainant_phone"_s, FieldType::Text, {}, {n}},
            {u"problem_class"_s, FieldType::Choice, problemClassKeys(), {n, S(action::ConfirmValid)}},
            {u"description"_s, FieldType::Text, {}, {n}, true},
            {u"customer_request"_s, FieldType::Text, {}, {n}},
            {u"received_at"_s, FieldType::DateTime, {}, {n}},
            {u"detail"_s, FieldType::Text, {}, {S(action::ConfirmValid)}},
            {u"department_id"_s, FieldType::Integer, {}, {S(action::ConfirmValid)}},
            {u"explanation"_s, FieldType::Text, {}, {S(action::ConfirmOutOfScope)}},
            {u"reason"_s, FieldType::Text, {}, {S(action::ConfirmNotTrue)}},
            {u"cause"_s, FieldType::Text, {}, {S(action::Investigate)}},
            {u"responsible_person_id"_s, FieldType::Integer, {}, {S(action::Investigate)}},
            {u"accountability"_s, FieldType::Text, {}, {S(action::Investigate)}},
            {u"measures"_s, FieldType::Choices, measureKeys(), {S(action::Reply)}},
            {u"reply_text"_s, FieldType::Text, {}, {S(action::Reply)}},
            {u"result_text"_s, FieldType::Text, {}, {S(action::ReturnResult)}},
            {u"verification"_s, FieldType::Text, {}, followUp},
            {u"customer_opinion"_s, FieldType::Text, {}, followUp},
            {u"escalation_note"_s, FieldType::Text, {}, {S(action::FollowUpUnresolved)}},
            {u"hq_dev_reference"_s, FieldType::Text, {}, {S(action::FollowUpUnresolved), S(action::TrackEscalation)}},
            {u"progress"_s, FieldType::Text, {}, {S(action::TrackEscalation)}},
            {u"hq_resolution"_s, FieldType::Text, {}, {S(action::CloseEscalation)}},
            {u"hq_feedback"_s, FieldType::Text, {}, {S(action::FeedbackHq)}},
            {u"corrective_measures"_s, FieldType::Text, {}, {S(action::File)}},
            {u"preventive_measures"_s, FieldType::Text, {}, {S(action::File)}},
        };
    }

    Result<QList<RecordView>> list(const Database &db, const Session &, const QString &state, int limit) const override
    {
        auto service = ComplaintService::open(db);
        if (!service)
            return std::unexpected(service.error());
        ComplaintFilter filter;
        if (!state.isEmpty())
            filter.states = {state};
        filter.limit = limit;
        return workflow::viewsOf(service->list(filter), [](const ComplaintRow &r) {
            return RecordView{r.id, r.complaintNo, r.state, r.version, r.customerName, r.description.simplified(), {}, {}};
        });
    }

    Result<RecordView> show(const Database &db, const Session &, qint64 id) const override
    {
        auto service = ComplaintService::open(db);
        if (!service)
            return std::unexpected(service.error());
        auto row = service->load(id);
        if (!row)
            return std::unexpected(row.error());
        RecordView v = workflow::recordView(*row, u"complaint_no"_s, service->calendar().timeZone(), {u"hq_deadline"_s});
        auto customer = CustomerRepository(db).get(row->value(u"customer_id"_s).toLongLong());
        if (!customer)
            return std::unexpected(customer.error());
        v.customer = customer->name;
        v.summary = row->value(u"description"_s).toString().simplified();
        auto deadlines = workflow::deadlinesOf(db, service->calendar(), {QString(sla::Complaint)}, id);
        if (!deadlines)
            return std::unexpected(deadlines.error());
        v.deadlines = *deadlines;
        return v;
    }

    Result<qint64> resolveId(const Database &db, const QString &text) const override
    {
        return workflow::idByNumber(db, table().recordTable(), u"complaint_no"_s, text);
    }

    Result<RecordView> create(const Database &db, const Session &who, const QVariantMap &f) const override
    {
        auto service = ComplaintService::open(db);
        if (!service)
            return std::unexpected(service.error());
        ComplaintIntake intake;
        intake.source = f.value(u"source"_s, intake.source).toString();
        intake.channel = f.value(u"channel"_s).toString();
        intake.hqReference = f.value(u"hq_reference"_s).toString();
        intake.hqDeadlineMs = f.value(u"hq_deadline"_s).toLongLong();
        intake.customerId = f.value(u"customer_id"_s).toLongLong();
        intake.complainant = f.value(u"complainant"_s).toString();
        intake.complainantPhone = f.value(u"complainant_phone"_s).toString();
        intake.problemClass = f.value(u"problem_class"_s, intake.problemClass).toString();
        intake.description = f.value(u"description"_s).toString();
        intake.customerRequest = f.value(u"customer_request"_s).toString();
        intake.receivedAtMs = f.value(u"received_at"_s).toLongLong();
        auto id = service->accept(who, intake);
        if (!id)
            return std::unexpected(id.error());
        return show(db, who, *id);
    }

    Result<RecordView> act(const Database &db, const Session &who, qint64 id, const QString &action,
                           const QVariantMap &fields, int expectedVersion) const override
    {
        auto service = ComplaintService::open(db);
        if (!service)
            return std::unexpected(service.error());
        return showAfter(service->act(who, id, expectedVersion, action, fields), db, who, id);
    }
};

} // namespace

} // namespace sd::core::complaints

namespace sd::core::workflow::adapters {
const WorkflowAdapter &complaint()
{
    static const complaints::ComplaintWorkflow adapter;
    return adapter;
}
} // namespace sd::core::workflow::adapters
