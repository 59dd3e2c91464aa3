// First visits for scripts (servicedeskctl firstvisit …): FirstVisitService's public API behind
// the workflow registry's interface. Besides the transitions, the desk's work on a first visit
// under verification (checking fields, the checklist, needs) is offered as the core table's
// rows recorded in place: listed, titled and checked (permit) like every action.
#include "core/calendar/calendarrepository.h"
#include "core/csv/customercsv.h"
#include "core/firstvisit/firstvisitservice.h"
#include "core/firstvisit/firstvisitworkflow.h"
#include "core/records/recordstore.h"
#include "core/workflow/registry.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sd::core::firstvisit {

namespace {

using workflow::FieldSpec;
using workflow::FieldType;
using workflow::RecordView;

const QString kCheckField = u"check_field"_s;
const QString kChecklist = u"checklist"_s;
const QString kAddNeed = u"add_need"_s;
const QString kRemoveNeed = u"remove_need"_s;

QString deskFieldTitle(const QString &field)
{
    if (field == u"customer_id"_s) return QCoreApplication::translate("sd::core::FirstVisitWorkflow", "Customer already on file (id)");
    if (field == u"contract_type"_s) return QCoreApplication::translate("sd::core::FirstVisitWorkflow", "Contract type");
    if (field == u"contract_starts"_s) return QCoreApplication::translate("sd::core::FirstVisitWorkflow", "Contract starts");
    if (field == u"contract_ends"_s) return QCoreApplication::translate("sd::core::FirstVisitWorkflow", "Contract ends");
    if (field == u"confirm_duplicate"_s) return QCoreApplication::translate("sd::core::FirstVisitWorkflow", "Submit although it may be a duplicate");
    if (field == u"note"_s) return QCoreApplication::translate("sd::core::FirstVisitWorkflow", "Note");
    if (field == u"next_at"_s) return QCoreApplication::translate("sd::core::FirstVisitWorkflow", "Next attempt");
    if (field == u"field"_s) return QCoreApplication::translate("sd::core::FirstVisitWorkflow", "Submitted field");
    if (field == u"value"_s) return QCoreApplication::translate("sd::core::FirstVisitWorkflow", "Corrected value (empty: verified as submitted)");
    if (field == u"item"_s) return QCoreApplication::translate("sd::core::FirstVisitWorkflow", "Checklist item");
    if (field == u"done"_s) return QCoreApplication::translate("sd::core::FirstVisitWorkflow", "Done");
    if (field == u"need_type"_s) return QCoreApplication::translate("sd::core::FirstVisitWorkflow", "Kind of need");
    if (field == u"description"_s) return QCoreApplication::translate("sd::core::FirstVisitWorkflow", "Description");
    if (field == u"department_id"_s) return QCoreApplication::translate("sd::core::FirstVisitWorkflow", "Department (id)");
    if (field == u"need_id"_s) return QCoreApplication::translate("sd::core::FirstVisitWorkflow", "Need (id)");
    return field;
}

// The core table (its in-place rows are the desk's work inside a state), with the names of the
// fields scripts give.
const workflow::TransitionTable &deskTable()
{
    static const workflow::TransitionTable table = workflow::extended(transitionTable(), {}, {{}, {}, deskFieldTitle});
    return table;
}

QStringList splitOn(const QString &text, const QString &pattern)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(pattern), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

/// The submission as the desk's submission form builds it from the same fields.
Submission submissionOf(const QVariantMap &f, const QTimeZone &zone)
{
    auto text = [&](const QString &k) { return f.value(k).toString().trimmed(); };
    Submission s;
    s.customer.name = text(u"company"_s);
    s.customer.address = text(u"address"_s);
    s.customer.serviceCode = text(u"service_code"_s);
    s.customer.dongleNo = text(u"dongle_no"_s);
    s.saleDate = f.contains(u"sale_date"_s) ? QDate::fromString(text(u"sale_date"_s), Qt::ISODate)
                                            : QDateTime::fromMSecsSinceEpoch(Database::nowMs(), zone).date();
    s.saleDetails = text(u"sale_details"_s);
    if (!text(u"contact"_s).isEmpty() || !text(u"phone"_s).isEmpty()) {
        Contact c;
        c.name = text(u"contact"_s);
        c.email = text(u"email"_s);
        for (const QString &p : splitOn(text(u"phone"_s), u"[;；/、，,]"_s))
            c.phones.append({0, p, {}});
        s.customer.contacts = {c};
    }
    for (const QString &item : splitOn(text(u"products"_s), u"[;；、]"_s)) {
        PurchasedProduct p = parsePurchasedProduct(item);
        p.modules = text(u"modules"_s);
        p.purchasedOn = s.saleDate;
        s.customer.products.append(p);
    }
    if (!text(u"contract_type"_s).isEmpty()) {
        Contract k;
        k.type = text(u"contract_type"_s);
        k.startsOn = QDate::fromString(text(u"contract_starts"_s), Qt::ISODate);
        k.endsOn = QDate::fromString(text(u"contract_ends"_s), Qt::ISODate);
        s.customer.contracts = {k};
    }
    return s;
}

/// The customer registry names its own fields; a script named the submission's.
Error asSubmissionError(Error e)
{
    static const QHash<QString, QString> names = {{u"name"_s, u"company"_s},
                                                  {u"product"_s, u"products"_s},
                                                  {u"contract_dates"_s, u"contract_starts"_s}};
    e.field = names.value(e.field, e.field);
    return e;
}

class FirstVisitWorkflow final : public workflow::WorkflowAdapter
{
public:
    QString name() const override { return u"firstvisit"_s; }
    QString title() const override { return QCoreApplication::translate("sd::core::FirstVisitWorkflow", "First visits"); }
    const workflow::TransitionTable &table() const override { return deskTable(); }
    bool creatable() const override { return true; }

    QList<FieldSpec> fields() const override
    {
        const QString n = workflow::kNew;
        const QString logAttempt = u"log_attempt"_s;
        const QString unreachable = u"mark_unreachable"_s;
        return {
            {u"customer_id"_s, FieldType::Integer, {}, {n}},
            {u"company"_s, FieldType::Text, {}, {n}},
            {u"contact"_s, FieldType::Text, {}, {n}},
            {u"phone"_s, FieldType::Text, {}, {n}},
            {u"email"_s, FieldType::Text, {}, {n}},
            {u"address"_s, FieldType::Text, {}, {n}},
            {u"products"_s, FieldType::Text, {}, {n}},
            {u"modules"_s, FieldType::Text, {}, {n}},
            {u"service_code"_s, FieldType::Text, {}, {n}},
            {u"dongle_no"_s, FieldType::Text, {}, {n}},
            {u"contract_type"_s, FieldType::Text, {}, {n}},
            {u"contract_starts"_s, FieldType::Date, {}, {n}},
            {u"contract_ends"_s, FieldType::Date, {}, {n}},
            {u"sale_date"_s, FieldType::Date, {}, {n}},
            {u"sale_details"_s, FieldType::Text, {}, {n}},
            {u"confirm_duplicate"_s, FieldType::Boolean, {}, {n}},
            {u"outcome"_s, FieldType::Choice, outcomeKeys(), {logAttempt, unreachable}},
            {u"note"_s, FieldType::Text, {}, {logAttempt, unreachable, kChecklist}},
            {u"next_at"_s, FieldType::DateTime, {}, {logAttempt}},
            {u"reason"_s, FieldType::Text, {}, {u"withdraw"_s}},
            {u"field"_s, FieldType::Choice, fieldKeys(), {kCheckField}},
            {u"value"_s, FieldType::Text, {}, {kCheckField}},
            {u"item"_s, FieldType::Choice, checklistKeys(), {kChecklist}},
            {u"done"_s, FieldType::Boolean, {}, {kChecklist}},
            {u"need_type"_s, FieldType::Choice, needTypeKeys(), {kAddNeed}},
            {u"description"_s, FieldType::Text, {}, {kAddNeed}},
            {u"department_id"_s, FieldType::Integer, {}, {kAddNeed}},
            {u"need_id"_s, FieldType::Integer, {}, {kRemoveNeed}},
        };
    }

    Result<QList<RecordView>> list(const Database &db, const Session &, const QString &state, int limit) const override
    {
        return workflow::viewsOf(FirstVisitService(db, BusinessCalendar()).list(state, limit), [](const QueueRow &r) {
            return RecordView{r.id, {}, r.state, r.version, r.customerName, (r.contact + u' ' + r.phone).trimmed(), {}, {}};
        });
    }

    Result<RecordView> show(const Database &db, const Session &, qint64 id) const override
    {
        auto calendar = CalendarRepository(db).load();
        if (!calendar)
            return std::unexpected(calendar.error());
        auto fv = FirstVisitService(db, *calendar).get(id);
        if (!fv)
            return std::unexpected(fv.error());
        auto row = RecordStore(db).load(table().recordTable(), id);
        if (!row)
            return std::unexpected(row.error());
        const QTimeZone zone = calendar->timeZone();
        RecordView v = workflow::recordView(*row, {}, zone, {u"queue_due"_s});
        v.customer = fv->customerName;
        v.fields.insert(u"customer_name"_s, fv->customerName);
        QVariantList checks;
        QStringList reach;
        for (const FieldCheck &c : fv->fields) {
            if (c.field == u"contact"_s || c.field == u"phone"_s)
                reach << c.current();
            checks << QVariantMap{{u"field"_s, c.field}, {u"submitted"_s, c.submitted}, {u"status"_s, c.status},
                                  {u"current"_s, c.current()}};
        }
        v.summary = reach.join(u' ').simplified();
        v.fields.insert(u"checks"_s, checks);
        QVariantList checklist;
        for (const ChecklistItem &c : fv->checklist)
            checklist << QVariantMap{{u"item"_s, c.item}, {u"done"_s, c.done}, {u"note"_s, c.note}};
        v.fields.insert(u"checklist"_s, checklist);
        QVariantList attempts;
        for (const Attempt &a : fv->attempts)
            attempts << QVariantMap{{u"at"_s, workflow::isoLocal(a.at, zone)}, {u"by"_s, a.byName},
                                    {u"outcome"_s, a.outcome}, {u"note"_s, a.note}};
        v.fields.insert(u"attempts"_s, attempts);
        QVariantList needs;
        for (const Need &n : fv->needs)
            needs << QVariantMap{{u"id"_s, n.id}, {u"need_type"_s, n.type}, {u"description"_s, n.description},
                                 {u"department_id"_s, n.departmentId}, {u"department"_s, n.departmentName},
                                 {u"state"_s, n.state}};
        v.fields.insert(u"needs"_s, needs);
        return v;
    }

    Result<RecordView> create(const Database &db, const Session &who, const QVariantMap &f) const override
    {
        auto calendar = CalendarRepository(db).load();
        if (!calendar)
            return std::unexpected(calendar.error());
        FirstVisitService service(db, *calendar);
        const qint64 customerId = f.value(u"customer_id"_s).toLongLong();
        Result<qint64> id = customerId > 0
            ? service.submitForCustomer(who, customerId, submissionOf(f, calendar->timeZone()).saleDate,
                                        f.value(u"sale_details"_s).toString())
            : service.submit(who, submissionOf(f, calendar->timeZone()), f.value(u"confirm_duplicate"_s).toInt() != 0);
        if (!id)
            return std::unexpected(asSubmissionError(id.error()));
        return show(db, who, *id);
    }

    Result<RecordView> act(const Database &db, const Session &who, qint64 id, const QString &action,
                           const QVariantMap &f, int expectedVersion) const override
    {
        auto calendar = CalendarRepository(db).load();
        if (!calendar)
            return std::unexpected(calendar.error());
        FirstVisitService service(db, *calendar);
        if (action == u"log_attempt"_s) {
            // As the desk logs it: the attempt that makes the customer unreachable says so.
            std::optional<qint64> next;
            if (f.contains(u"next_at"_s))
                next = f.value(u"next_at"_s).toLongLong();
            if (f.value(u"outcome"_s).toString().isEmpty())
                return showAfter(service.act(who, id, expectedVersion, action, f), db, who, id);
            return showAfter(service.logAttempt(who, id, expectedVersion, f.value(u"outcome"_s).toString(),
                                                f.value(u"note"_s).toString(), next),
                             db, who, id);
        }
        if (action != kCheckField && action != kChecklist && action != kAddNeed && action != kRemoveNeed)
            return showAfter(service.act(who, id, expectedVersion, action, f), db, who, id);
        if (auto ok = workflow::permitOnRecord(db, who, table(), {id, expectedVersion, action, f}); !ok)
            return std::unexpected(ok.error());
        Status done;
        if (action == kCheckField) {
            done = service.checkField(who, id, f.value(u"field"_s).toString(), !f.contains(u"value"_s),
                                      f.value(u"value"_s).toString());
        } else if (action == kChecklist) {
            done = service.setChecklistItem(who, id, f.value(u"item"_s).toString(), f.value(u"done"_s).toInt() != 0,
                                            f.value(u"note"_s).toString());
        } else if (action == kAddNeed) {
            auto need = service.addNeed(who, id, f.value(u"need_type"_s).toString(), f.value(u"description"_s).toString(),
                                        f.value(u"department_id"_s).toLongLong());
            if (!need)
                done = std::unexpected(need.error());
        } else {
            const qint64 needId = f.value(u"need_id"_s).toLongLong();
            auto need = service.need(needId);
            if (need && need->firstVisitId != id)
                return failInvalid(u"need_id"_s, QCoreApplication::translate("sd::core::FirstVisitWorkflow", "Need %1 is not one of this first visit's needs.").arg(needId));
            done = need ? service.removeNeed(who, needId) : Status(std::unexpected(need.error()));
        }
        return showAfter(done, db, who, id);
    }
};

} // namespace

} // namespace sd::core::firstvisit

namespace sd::core::workflow::adapters {
const WorkflowAdapter &firstVisit()
{
    static const firstvisit::FirstVisitWorkflow adapter;
    return adapter;
}
} // namespace sd::core::workflow::adapters
