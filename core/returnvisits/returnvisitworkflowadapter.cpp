// Return visits for scripts (servicedeskctl returnvisit …): ReturnVisitService's public API behind
// the workflow registry's interface. Visits are scheduled by the workflows (an archived job, the
// quarterly round), not created one by one. A dissatisfied customer's complaint in one step is
// the table's "open_complaint".
#include "core/calendar/calendarrepository.h"
#include "core/records/recordstore.h"
#include "core/returnvisits/returnvisitservice.h"
#include "core/workflow/registry.h"
#include "core/workflow/titles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::returnvisit {

namespace {

using workflow::FieldSpec;
using workflow::FieldType;
using workflow::RecordView;

const QString kOpenComplaint = u"open_complaint"_s;

/// Titles of the fields the table leaves untitled.
QString moreFieldTitle(const QString &field)
{
    static const workflow::TitleList titles("sd::core::ReturnVisitWorkflow", {
        {u"comment"_s, QT_TRANSLATE_NOOP("sd::core::ReturnVisitWorkflow", "What the customer said")},
        {u"complainant"_s, QT_TRANSLATE_NOOP("sd::core::ReturnVisitWorkflow", "Complainant")},
        {u"description"_s, QT_TRANSLATE_NOOP("sd::core::ReturnVisitWorkflow", "The complaint (empty: the visit's comment)")},
    });
    return titles(field);
}

const workflow::TransitionTable &visitTable()
{
    static const workflow::TransitionTable t = workflow::extended(table(), {}, {{}, {}, moreFieldTitle});
    return t;
}

class ReturnVisitWorkflow final : public workflow::WorkflowAdapter
{
public:
    QString name() const override { return u"returnvisit"_s; }
    QString title() const override { return QCoreApplication::translate("sd::core::ReturnVisitWorkflow", "Return visits"); }
    const workflow::TransitionTable &table() const override { return visitTable(); }

    QList<FieldSpec> fields() const override
    {
        const QStringList scores = {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s};
        const QString record = Record;
        return {
            {u"channel"_s, FieldType::Choice, {u"phone"_s, u"visit"_s}, {record}},
            {u"attitude"_s, FieldType::Integer, scores, {record}},
            {u"quality"_s, FieldType::Integer, scores, {record}},
            {u"resolution"_s, FieldType::Integer, scores, {record}},
            {u"score"_s, FieldType::Integer, scores, {record}},
            {u"comment"_s, FieldType::Text, {}, {record}},
            {u"cancel_reason"_s, FieldType::Text, {}, {QString(Cancel)}},
            {u"complaint_id"_s, FieldType::Integer, {}, {QString(LinkComplaint)}},
            {u"complainant"_s, FieldType::Text, {}, {kOpenComplaint}},
            {u"description"_s, FieldType::Text, {}, {kOpenComplaint}},
        };
    }

    Result<QList<RecordView>> list(const Database &db, const Session &, const QString &state, int limit) const override
    {
        return workflow::viewsOf(ReturnVisitService(db, BusinessCalendar()).list(state, limit), [](const ReturnVisit &r) {
            return RecordView{r.id, {}, r.state, r.version, r.customerName, summaryOf(r), {}, {}};
        });
    }

    Result<RecordView> show(const Database &db, const Session &, qint64 id) const override
    {
        auto calendar = CalendarRepository(db).load();
        if (!calendar)
            return std::unexpected(calendar.error());
        auto visit = ReturnVisitService(db, *calendar).get(id);
        if (!visit)
            return std::unexpected(visit.error());
        auto row = RecordStore(db).load(table().recordTable(), id);
        if (!row)
            return std::unexpected(row.error());
        RecordView v = workflow::recordView(*row, {}, calendar->timeZone());
        v.customer = visit->customerName;
        v.summary = summaryOf(*visit);
        v.fields.insert(u"complaint_no"_s, visit->complaintNo);
        return v;
    }

    Result<RecordView> act(const Database &db, const Session &who, qint64 id, const QString &action,
                           const QVariantMap &fields, int expectedVersion) const override
    {
        auto calendar = CalendarRepository(db).load();
        if (!calendar)
            return std::unexpected(calendar.error());
        ReturnVisitService service(db, *calendar);
        Result<ReturnVisit> done = std::unexpected(Error());
        done = service.act(who, id, expectedVersion, action, fields);
        return showAfter(done, db, who, id);
    }

private:
    static QString summaryOf(const ReturnVisit &v)
    {
        const QString what = v.period.isEmpty() ? sourceTitle(v.sourceType) : sourceTitle(v.sourceType) + u' ' + v.period;
        return what + u", "_s + v.dueOn.toString(Qt::ISODate);
    }
};

} // namespace

} // namespace sd::core::returnvisit

namespace sd::core::workflow::adapters {
const WorkflowAdapter &returnVisit()
{
    static const returnvisit::ReturnVisitWorkflow adapter;
    return adapter;
}
} // namespace sd::core::workflow::adapters
