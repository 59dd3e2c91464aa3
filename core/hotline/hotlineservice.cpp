#include "core/hotline/hotlineservice.h"

#include "core/audit/audit.h"
#include "core/auth/permissions.h"
#include "core/calendar/calendarrepository.h"
#include "core/db/numbers.h"
#include "core/handoff/handoff.h"
#include "core/hotline/dutyroster.h"
#include "core/hotline/hotlineworkflow.h"
#include "core/problembase/problembaserepository.h"
#include "core/problembase/problemclass.h"
#include "core/records/customerrepository.h"
#include "core/records/fieldrules.h"
#include "core/records/recordstore.h"
#include "core/search/searchtables.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {

const QString kTable = u"hotline_calls"_s;

const QString kSelect =
    u"SELECT c.id, c.version, c.call_no, c.state, c.customer_id, cu.name, c.contact_id, c.caller_name, c.caller_phone, "
    "c.channel, c.problem_class, c.fault_level, c.product, c.module, c.description, c.billing, c.contract_valid, "
    "c.complex, c.operator_id, st.display_name, c.opened_at, c.solution, c.hold_reason, c.callback_due_at, "
    "c.remote_note, c.remote_started_at, c.onsite_reason, c.account_manager_id, c.req_other_way, "
    "c.req_custom_agreed, c.req_feasible, c.req_by_date, c.req_wanted_date, c.req_man_days, c.req_fee, "
    "c.req_customer_accepts, c.req_decision, c.req_decided_on, c.hq_kind, c.hq_reference, c.hq_submitted_at, "
    "c.hq_answer, c.hq_answered_at, c.complaint_note, c.complaint_id, c.retraining_suggested, c.retraining_note, "
    "c.problem_entry_id, c.closing_note, c.last_note, c.solved_at, c.closed_at, c.updated_at "
    "FROM hotline_calls c LEFT JOIN customers cu ON cu.id = c.customer_id "
    "LEFT JOIN staff st ON st.id = c.operator_id "_s;

HotlineCall fromQuery(const QSqlQuery &q)
{
    HotlineCall c;
    int i = 0;
    auto s = [&] { return q.value(i++).toString(); };
    auto l = [&] { return q.value(i++).toLongLong(); };
    auto n = [&] { return q.value(i++).toInt(); };
    auto d = [&] { return q.value(i++).toDouble(); };
    c.id = l();
    c.version = n();
    c.callNo = s();
    c.state = s();
    c.customerId = l();
    c.customerName = s();
    c.contactId = l();
    c.callerName = s();
    c.callerPhone = s();
    c.channel = s();
    c.problemClass = s();
    c.faultLevel = n();
    c.product = s();
    c.module = s();
    c.description = s();
    c.billing = s();
    c.contractValid = n() != 0;
    c.complex = n() != 0;
    c.operatorId = l();
    c.operatorName = s();
    c.openedAt = l();
    c.solution = s();
    c.holdReason = s();
    c.callbackDueAt = l();
    c.remoteNote = s();
    c.remoteStartedAt = l();
    c.onsiteReason = s();
    c.accountManagerId = l();
    c.reqOtherWay = s();
    c.reqCustomAgreed = s();
    c.reqFeasible = s();
    c.reqByDate = s();
    c.reqWantedDate = s();
    c.reqManDays = d();
    c.reqFee = d();
    c.reqCustomerAccepts = s();
    c.reqDecision = s();
    c.reqDecidedOn = s();
    c.hqKind = s();
    c.hqReference = s();
    c.hqSubmittedAt = l();
    c.hqAnswer = s();
    c.hqAnsweredAt = l();
    c.complaintNote = s();
    c.complaintId = l();
    c.retrainingSuggested = n() != 0;
    c.retrainingNote = s();
    c.problemEntryId = l();
    c.closingNote = s();
    c.lastNote = s();
    c.solvedAt = l();
    c.closedAt = l();
    c.updatedAt = l();
    return c;
}

Result<QList<HotlineCall>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return std::unexpected(q.error());
    QList<HotlineCall> out;
    while (q->next())
        out << fromQuery(*q);
    return out;
}

QVariant nullable(qint64 v) { return v > 0 ? QVariant(v) : QVariant(); }

QString inList(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << u"?"_s;
    return u"("_s + marks.join(u", "_s) + u")"_s;
}

// Yes / no / unknown answers of the requirement evaluation.
const QStringList kAnswers = {u"yes"_s, u"no"_s, u"unknown"_s};

Result<SlaClassInfo> classInfo(const Database &db, qint64 customerId, int faultLevel, const QString &contractType)
{
    SlaClassInfo info;
    info.severity = faultLevel;
    info.contractType = contractType;
    if (customerId > 0) {
        auto q = db.exec(u"SELECT key_customer, vip_channel, region_class FROM customers WHERE id = ?"_s, {customerId});
        if (!q)
            return std::unexpected(q.error());
        if (q->next()) {
            info.keyCustomer = q->value(0).toInt() != 0;
            info.vipChannel = q->value(1).toInt() != 0;
            info.regionClass = q->value(2).toString();
        }
        while (q->next()) {
        }
    }
    return info;
}

// The texts an operator types on the desk and in the outcome dialogs, with their limits.
int maxLengthOf(const QString &field)
{
    namespace fr = fieldrules;
    static const QHash<QString, int> limits = {
        {u"caller_name"_s, fr::NameMax},        {u"product"_s, fr::NameMax},
        {u"module"_s, fr::NameMax},             {u"description"_s, fr::LongTextMax},
        {u"solution"_s, fr::LongTextMax},       {u"cause"_s, fr::LongTextMax},
        {u"entry_phenomenon"_s, fr::LongTextMax}, {u"entry_tags"_s, fr::TagsMax},
        {u"hold_reason"_s, fr::ShortTextMax},   {u"remote_note"_s, fr::ShortTextMax},
        {u"onsite_reason"_s, fr::LongTextMax},  {u"hq_reference"_s, fr::CodeMax},
        {u"hq_answer"_s, fr::LongTextMax},      {u"complaint_note"_s, fr::LongTextMax},
        {u"retraining_note"_s, fr::ShortTextMax}, {u"closing_note"_s, fr::ShortTextMax},
        {u"reason"_s, fr::ShortTextMax},        {u"note"_s, fr::ShortTextMax}};
    return limits.value(field, 0);
}

QString titleOf(const QString &field)
{
    if (field == u"caller_name"_s) return QCoreApplication::translate("sd::core::HotlineService", "Contact");
    if (field == u"caller_phone"_s) return QCoreApplication::translate("sd::core::HotlineService", "Phone");
    if (field == u"product"_s) return QCoreApplication::translate("sd::core::HotlineService", "Product");
    if (field == u"module"_s) return QCoreApplication::translate("sd::core::HotlineService", "Module");
    if (field == u"description"_s) return QCoreApplication::translate("sd::core::HotlineService", "Description");
    if (field == u"cause"_s) return QCoreApplication::translate("sd::core::HotlineService", "Cause");
    if (field == u"entry_phenomenon"_s) return QCoreApplication::translate("sd::core::HotlineService", "Phenomenon for the base");
    if (field == u"entry_tags"_s) return QCoreApplication::translate("sd::core::HotlineService", "Tags");
    if (field == u"remote_note"_s) return QCoreApplication::translate("sd::core::HotlineService", "Remote session (tool, ID)");
    if (field == u"note"_s) return QCoreApplication::translate("sd::core::HotlineService", "Note");
    return hotline::fieldTitle(field);
}

// Lengths, characters and the phone format of what the operator typed; nothing is stored
// when one fails.
Status checkTexts(const QVariantMap &fields)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.key() == u"caller_phone"_s) {
            if (auto ok = fieldrules::phone(it.key(), titleOf(it.key()), it.value().toString()); !ok)
                return ok;
            continue;
        }
        const int max = maxLengthOf(it.key());
        if (max > 0 && it.value().typeId() == QMetaType::QString)
            if (auto ok = fieldrules::text(it.key(), titleOf(it.key()), it.value().toString(), max); !ok)
                return ok;
    }
    return {};
}

Status checkIntake(const NewCall &in)
{
    return checkTexts({{u"caller_name"_s, in.callerName},
                       {u"caller_phone"_s, in.callerPhone},
                       {u"product"_s, in.product},
                       {u"module"_s, in.module},
                       {u"description"_s, in.description}});
}

} // namespace

HotlineService::HotlineService(Database db, BusinessCalendar calendar)
    : m_db(db), m_sla(std::move(db), std::move(calendar))
{
}

Result<HotlineService> HotlineService::open(const Database &db)
{
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return std::unexpected(calendar.error());
    return HotlineService(db, *calendar);
}

RoleSet HotlineService::takeCallRoles() { return {Role::HotlineOperator, Role::ServiceManager}; }

QString HotlineService::fieldTitle(const QString &field) { return titleOf(field); }

QString HotlineService::searchText(const HotlineCall &c, const QString &customerName)
{
    QStringList parts = {c.callNo, customerName, c.callerName, c.callerPhone, c.product, c.module, c.description,
                         c.solution};
    for (QString &p : parts)
        p = p.simplified();
    parts.removeAll(QString());
    return parts.join(u'\n');
}

ProblemEntry HotlineService::problemEntryDraft(const HotlineCall &call, const QString &solution, const QString &cause)
{
    ProblemEntry e;
    e.phenomenon = call.description;
    e.cause = cause;
    e.solution = solution.isEmpty() ? call.solution : solution;
    e.product = call.product;
    e.module = call.module;
    e.problemClass = call.problemClass;
    e.sourceType = u"hotline_call"_s;
    e.sourceId = call.id;
    return e;
}

Result<HotlineCall> HotlineService::create(const Session &who, const NewCall &in)
{
    if (auto ok = requireRoles(m_db, who, takeCallRoles(), QCoreApplication::translate("sd::core::HotlineService", "take a call"), kTable); !ok)
        return std::unexpected(ok.error());
    const qint64 now = Database::nowMs();
    DutyRoster roster(m_db);
    auto required = roster.dutyRequired();
    if (!required)
        return std::unexpected(required.error());
    if (*required && !who.has(Role::ServiceManager)) {
        auto onDuty = roster.isOnDuty(who.staffId, now, m_sla.calendar().timeZone());
        if (!onDuty)
            return std::unexpected(onDuty.error());
        if (!*onDuty) {
            (void)audit::append(m_db, who, kTable, 0, u"forbidden:take_call"_s, u"duty"_s, {}, u"not on duty"_s);
            return fail(ErrorCode::Forbidden,
                        QCoreApplication::translate("sd::core::HotlineService", "You are not on duty now; the duty roster decides who takes calls. Ask the service manager."));
        }
    }
    if (!hotline::channels().contains(in.channel))
        return failInvalid(u"channel"_s, QCoreApplication::translate("sd::core::HotlineService", "Choose the channel the call came in by."));
    if (!problemclass::isKnown(in.problemClass))
        return failInvalid(u"problem_class"_s, QCoreApplication::translate("sd::core::HotlineService", "Choose the problem class."));
    if (!faultlevel::isValid(in.faultLevel))
        return failInvalid(u"fault_level"_s, QCoreApplication::translate("sd::core::HotlineService", "The fault level is 1 to 4."));
    if (in.description.trimmed().isEmpty())
        return failInvalid(u"description"_s, QCoreApplication::translate("sd::core::HotlineService", "Describe the problem."));
    if (auto ok = checkIntake(in); !ok)
        return std::unexpected(ok.error());
    if (in.billing.isEmpty())
        return failInvalid(u"billing"_s, QCoreApplication::translate("sd::core::HotlineService", "Choose the billing: under the contract, paid service or consultation."));

    // The contract decides the billing: an expired one still lets the call be logged as paid
    // service or consultation.
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, m_sla.calendar().timeZone()).date();
    QString customerName;
    QString contractType;
    bool contractValid = false;
    if (in.customerId > 0) {
        auto customer = CustomerRepository(m_db).get(in.customerId);
        if (!customer)
            return std::unexpected(customer.error());
        customerName = customer->name;
        if (const Contract *k = customer->currentContract(today)) {
            contractValid = true;
            contractType = k->type;
        }
    }
    const QString billing = in.billing;
    if (!contractValid && (billing.isEmpty() || billing == u"contract"_s))
        return failInvalid(u"billing"_s, in.customerId > 0
                                             ? QCoreApplication::translate("sd::core::HotlineService", "The customer has no valid service contract: log the call as paid service or as consultation.")
                                             : QCoreApplication::translate("sd::core::HotlineService", "An unknown caller's call is logged as paid service or as consultation."));
    if (!hotline::billings().contains(billing))
        return failInvalid(u"billing"_s, QCoreApplication::translate("sd::core::HotlineService", "Unknown billing “%1”.").arg(billing));

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    const QString prefix = u"RX"_s + today.toString(u"yyyyMMdd"_s) + u"-"_s;
    auto seq = numbers::next(m_db, u"hotline:"_s + prefix,
                             [&] { return numbers::highestWithPrefix(m_db, u"hotline_calls"_s, u"call_no"_s, prefix); });
    if (!seq)
        return std::unexpected(seq.error());
    HotlineCall c;
    c.callNo = prefix + u"%1"_s.arg(*seq, 4, 10, QChar(u'0'));
    c.callerName = in.callerName.trimmed();
    c.callerPhone = in.callerPhone.trimmed();
    c.product = in.product.trimmed();
    c.module = in.module.trimmed();
    c.description = in.description.trimmed();
    const QVariantMap values{{u"call_no"_s, c.callNo},
                             {u"state"_s, hotline::Open},
                             {u"customer_id"_s, nullable(in.customerId)},
                             {u"contact_id"_s, nullable(in.contactId)},
                             {u"caller_name"_s, c.callerName},
                             {u"caller_phone"_s, c.callerPhone},
                             {u"channel"_s, in.channel},
                             {u"problem_class"_s, in.problemClass},
                             {u"fault_level"_s, in.faultLevel},
                             {u"product"_s, c.product},
                             {u"module"_s, c.module},
                             {u"description"_s, c.description},
                             {u"billing"_s, billing},
                             {u"contract_valid"_s, contractValid ? 1 : 0},
                             {u"complex"_s, in.complex ? 1 : 0},
                             {u"operator_id"_s, nullable(who.staffId)},
                             {u"opened_at"_s, now},
                             {u"retraining_suggested"_s, 0},
                             {u"search_text"_s, searchText(c, customerName)}};
    auto id = RecordStore(m_db).insert(who, kTable, values);
    if (!id)
        return std::unexpected(id.error());
    // The escalation ladder and the service targets start with the call.
    auto info = classInfo(m_db, in.customerId, in.faultLevel, contractType);
    if (!info)
        return std::unexpected(info.error());
    const QString title = customerName.isEmpty() ? c.callNo : c.callNo + u" "_s + customerName;
    const QList<QLatin1String> targets = {sla::EscalateToRemote, sla::FirstResponse,
                                          in.complex ? sla::ComplexResolution : sla::Resolution};
    for (const QLatin1String &target : targets) {
        auto clock = m_sla.start(QString(sla::HotlineCall), *id, QString(target), *info, who.staffId, now, title);
        if (!clock && clock.error().code != ErrorCode::NotFound)   // no policy for it: no clock
            return std::unexpected(clock.error());
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return get(*id);
}

namespace {

using workflow::ActContext;

Status wrongClass(const QString &message, const QString &cls)
{
    return fail(ErrorCode::NotAllowedInState, message.arg(problemclass::title(cls)));
}

QString callClass(const ActContext &ctx)
{
    return ctx.fields.value(u"problem_class"_s, ctx.before.value(u"problem_class"_s)).toString();
}

// The handlers: what the transition table's rows cannot say.
Status routeRequirementCheck(ActContext &ctx)
{
    if (callClass(ctx) != problemclass::NewRequirement)
        return wrongClass(QCoreApplication::translate("sd::core::HotlineService", "Only a new requirement goes to the account manager; this call is “%1”."),
                          callClass(ctx));
    return {};
}

Status routeRequirementApply(ActContext &ctx)
{
    qint64 manager = ctx.fields.value(u"account_manager_id"_s).toLongLong();
    if (manager <= 0) {
        auto m = ctx.db.scalar(u"SELECT account_manager_id FROM customers WHERE id = ?"_s,
                               {ctx.before.value(u"customer_id"_s)});
        if (!m)
            return std::unexpected(m.error());
        manager = m->toLongLong();
    }
    if (manager <= 0)
        return failInvalid(u"account_manager_id"_s,
                           QCoreApplication::translate("sd::core::HotlineService", "The customer has no account manager: choose the one who follows this requirement up."));
    ctx.changes.insert(u"account_manager_id"_s, manager);
    return {};
}

Status submitHqCheck(ActContext &ctx)
{
    const QString kind = ctx.fields.value(u"hq_kind"_s).toString();
    if (kind != u"bug"_s && kind != u"optimisation"_s)
        return failInvalid(u"hq_kind"_s, QCoreApplication::translate("sd::core::HotlineService", "Say whether HQ gets a bug or an optimisation request."));
    if (kind == u"bug"_s && callClass(ctx) != problemclass::SoftwareBug)
        return wrongClass(QCoreApplication::translate("sd::core::HotlineService", "Only a software bug is submitted to vendor HQ as a bug; this call is “%1”."),
                          callClass(ctx));
    return {};
}

Status retrainingCheck(ActContext &ctx)
{
    if (callClass(ctx) != problemclass::Operation)
        return wrongClass(QCoreApplication::translate("sd::core::HotlineService", "Re-training is suggested for operation problems; this call is “%1”."),
                          callClass(ctx));
    return {};
}

Status holdCheck(ActContext &ctx)
{
    if (ctx.fields.value(u"callback_due_at"_s).toLongLong() <= ctx.nowMs)
        return failInvalid(u"callback_due_at"_s, QCoreApplication::translate("sd::core::HotlineService", "The call-back time must be in the future."));
    return {};
}

Status updateCheck(ActContext &ctx)
{
    if (ctx.fields.contains(u"problem_class"_s) && !problemclass::isKnown(callClass(ctx)))
        return failInvalid(u"problem_class"_s, QCoreApplication::translate("sd::core::HotlineService", "Choose the problem class."));
    if (ctx.fields.contains(u"fault_level"_s) && !faultlevel::isValid(ctx.fields.value(u"fault_level"_s).toInt()))
        return failInvalid(u"fault_level"_s, QCoreApplication::translate("sd::core::HotlineService", "The fault level is 1 to 4."));
    if (ctx.fields.contains(u"description"_s) && ctx.fields.value(u"description"_s).toString().trimmed().isEmpty())
        return failInvalid(u"description"_s, QCoreApplication::translate("sd::core::HotlineService", "Describe the problem."));
    return {};
}

Status evaluationCheck(ActContext &ctx)
{
    for (const QString &f : {u"req_other_way"_s, u"req_custom_agreed"_s, u"req_feasible"_s, u"req_by_date"_s,
                             u"req_customer_accepts"_s})
        if (ctx.fields.contains(f) && !kAnswers.contains(ctx.fields.value(f).toString()))
            return failInvalid(f, QCoreApplication::translate("sd::core::HotlineService", "Answer yes, no or unknown."));
    for (const QString &f : {u"req_man_days"_s, u"req_fee"_s})
        if (ctx.fields.contains(f)) {
            bool ok = false;
            const double v = ctx.fields.value(f).toDouble(&ok);
            if (!ok || v < 0)
                return failInvalid(f, QCoreApplication::translate("sd::core::HotlineService", "Enter a number of zero or more."));
        }
    return {};
}

Status decisionCheck(ActContext &ctx)
{
    if (auto ok = evaluationCheck(ctx); !ok)
        return ok;
    if (!hotline::decisions().contains(ctx.fields.value(u"req_decision"_s).toString()))
        return failInvalid(u"req_decision"_s, QCoreApplication::translate("sd::core::HotlineService", "The decision is do, charge or decline."));
    if (!QDate::fromString(ctx.fields.value(u"req_decided_on"_s).toString(), Qt::ISODate).isValid())
        return failInvalid(u"req_decided_on"_s, QCoreApplication::translate("sd::core::HotlineService", "Enter the decision date as YYYY-MM-DD."));
    return {};
}

// Solved with "add to the problem base": the entry is drafted from the call.
Status solveApply(ActContext &ctx)
{
    if (!ctx.fields.value(u"add_to_problem_base"_s).toBool())
        return {};
    auto call = HotlineService(ctx.db, *ctx.calendar).get(ctx.before.value(u"id"_s).toLongLong());
    if (!call)
        return std::unexpected(call.error());
    ProblemEntry e = HotlineService::problemEntryDraft(*call, ctx.fields.value(u"solution"_s).toString(),
                                                       ctx.fields.value(u"cause"_s).toString());
    if (ctx.fields.contains(u"entry_phenomenon"_s))
        e.phenomenon = ctx.fields.value(u"entry_phenomenon"_s).toString();
    e.tags = ctx.fields.value(u"entry_tags"_s).toString();
    auto entry = handoff::toProblemBase(ctx, e);
    if (!entry)
        return std::unexpected(entry.error());
    ctx.changes.insert(u"problem_entry_id"_s, *entry);
    return {};
}

// Every action: the texts' limits; the note; the searchable text in step with what changed.
Status everyActionCheck(ActContext &ctx) { return checkTexts(ctx.fields); }

Status everyActionApply(ActContext &ctx)
{
    if (ctx.fields.contains(u"note"_s) && !ctx.changes.contains(u"last_note"_s))
        ctx.changes.insert(u"last_note"_s, ctx.fields.value(u"note"_s).toString().trimmed());
    HotlineCall c;
    c.callNo = ctx.before.value(u"call_no"_s).toString();
    auto pick = [&](const QString &col) { return ctx.changes.value(col, ctx.before.value(col)).toString(); };
    c.callerName = pick(u"caller_name"_s);
    c.callerPhone = pick(u"caller_phone"_s);
    c.product = pick(u"product"_s);
    c.module = pick(u"module"_s);
    c.description = pick(u"description"_s);
    c.solution = pick(u"solution"_s);
    auto name = ctx.db.scalar(u"SELECT name FROM customers WHERE id = ?"_s, {ctx.before.value(u"customer_id"_s)});
    if (!name)
        return std::unexpected(name.error());
    ctx.changes.insert(u"search_text"_s, HotlineService::searchText(c, name->toString()));
    return {};
}

// A clock the table starts: the policy from the customer, the fault level and the contract
// in force today; the operator who acts holds it.
Result<workflow::ClockSubject> callClockSubject(const ActContext &ctx, const workflow::ClockStep &)
{
    const QString today = QDateTime::fromMSecsSinceEpoch(ctx.nowMs, ctx.calendar->timeZone()).date().toString(Qt::ISODate);
    const qint64 customerId = ctx.before.value(u"customer_id"_s).toLongLong();
    auto contract = ctx.db.scalar(u"SELECT type FROM contracts WHERE customer_id = ? AND starts_on <= ? "
                                  "AND ends_on >= ? ORDER BY ends_on DESC LIMIT 1"_s,
                                  {customerId, today, today});
    if (!contract)
        return std::unexpected(contract.error());
    const int faultLevel = ctx.changes.value(u"fault_level"_s, ctx.before.value(u"fault_level"_s)).toInt();
    auto info = classInfo(ctx.db, customerId, faultLevel, contract->toString());
    if (!info)
        return std::unexpected(info.error());
    return workflow::ClockSubject{*info, ctx.session.staffId, ctx.before.value(u"call_no"_s).toString()};
}

const workflow::Definition &callWorkflow()
{
    using namespace hotline;
    static const workflow::Definition definition{
        transitionTable(),
        {
            {RouteRequirement, {routeRequirementCheck, routeRequirementApply, {}}},
            {SubmitHq, {submitHqCheck, {}, {}}},
            {SuggestRetraining, {retrainingCheck, {}, {}}},
            {Hold, {holdCheck, {}, {}}},
            {Update, {updateCheck, {}, {}}},
            {Evaluate, {evaluationCheck, {}, {}}},
            {Decide, {decisionCheck, {}, {}}},
            {Solve, {{}, solveApply, {}}},
            {RequestOnsite, {{}, handoff::callToDispatch, {}}},
            {OpenComplaint, {{}, handoff::callToComplaint, {}}},
        },
        {everyActionCheck, everyActionApply, {}},
        callClockSubject,
    };
    return definition;
}

} // namespace

Result<HotlineCall> HotlineService::act(const Session &who, qint64 callId, int expectedVersion, const QString &action,
                                        const QVariantMap &fields)
{
    auto row = workflow::act(m_db, who, callWorkflow(), {callId, expectedVersion, action, fields}, &m_sla.calendar());
    if (!row)
        return std::unexpected(row.error());
    return get(callId);
}

Result<HotlineCall> HotlineService::get(qint64 id) const
{
    auto list = readAll(m_db.exec(kSelect + u"WHERE c.id = ?"_s, {id}));
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::HotlineService", "Call %1 does not exist.").arg(id));
    return list->first();
}

Result<QList<HotlineCall>> HotlineService::list(const HotlineCallQuery &query) const
{
    QStringList where;
    QVariantList binds;
    if (!query.states.isEmpty()) {
        where << u"c.state IN "_s + inList(int(query.states.size()));
        for (const QString &s : query.states)
            binds << s;
    }
    if (query.customerId > 0) {
        where << u"c.customer_id = ?"_s;
        binds << query.customerId;
    }
    if (query.operatorId > 0) {
        where << u"c.operator_id = ?"_s;
        binds << query.operatorId;
    }
    if (query.fromMs > 0) {
        where << u"c.opened_at >= ?"_s;
        binds << query.fromMs;
    }
    if (query.toMs > 0) {
        where << u"c.opened_at < ?"_s;
        binds << query.toMs;
    }
    // A common word matches tens of thousands of calls: the search then walks the time index
    // and stops at the page's end rather than sort them all (SearchedTable::commonFrom).
    auto text = search::condition(m_db, search::tables::hotlineCalls(), query.text);
    if (!text)
        return std::unexpected(text.error());
    if (!text->isEmpty()) {
        where << text->sql;
        binds << text->binds;
    }
    binds << query.limit << query.offset;
    return readAll(m_db.exec(kSelect + (where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s)) +
                                 u" ORDER BY c.opened_at DESC, c.id DESC LIMIT ? OFFSET ?"_s,
                             binds));
}

Result<QList<HotlineCall>> HotlineService::openCalls(qint64 operatorId) const
{
    QVariantList binds;
    for (const QString &s : hotline::openStates())
        binds << s;
    QString sql = kSelect + u"WHERE c.state IN "_s + inList(int(hotline::openStates().size()));
    if (operatorId > 0) {
        sql += u" AND c.operator_id = ?"_s;
        binds << operatorId;
    }
    // "+ 0": sort the few open calls found by the state index instead of walking the whole
    // time index in order (which SQLite prefers without statistics: 1 s on 1M calls).
    return readAll(m_db.exec(sql + u" ORDER BY c.opened_at + 0, c.id"_s, binds));
}

Result<QList<HotlineCall>> HotlineService::openOnsiteRequests() const
{
    return readAll(m_db.exec(kSelect + u"WHERE c.state = ? ORDER BY c.fault_level, c.opened_at, c.id"_s,
                             {hotline::OnsiteRequested}));
}

Result<QList<HotlineCall>> HotlineService::requirementQueue(qint64 accountManagerId) const
{
    QString sql = kSelect + u"WHERE c.state IN (?, ?)"_s;
    QVariantList binds{hotline::Requirement, hotline::RequirementDecided};
    if (accountManagerId > 0) {
        sql += u" AND c.account_manager_id = ?"_s;
        binds << accountManagerId;
    }
    return readAll(m_db.exec(sql + u" ORDER BY c.opened_at, c.id"_s, binds));
}

Result<CallerContext> HotlineService::callerContext(qint64 customerId, const QDate &today, int lastCalls) const
{
    auto customer = CustomerRepository(m_db).get(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    CallerContext ctx;
    ctx.customer = *customer;
    if (const Contract *k = customer->currentContract(today)) {
        ctx.contract = *k;
        ctx.contractValid = true;
    }
    for (const Contract &k : customer->contracts)
        if (!ctx.lastContract.endsOn.isValid() || k.endsOn > ctx.lastContract.endsOn)
            ctx.lastContract = k;
    QVariantList binds{customerId};
    for (const QString &s : hotline::openStates())
        binds << s;
    auto open = readAll(m_db.exec(kSelect + u"WHERE c.customer_id = ? AND c.state IN "_s +
                                      inList(int(hotline::openStates().size())) + u" ORDER BY c.opened_at DESC, c.id DESC"_s,
                                  binds));
    if (!open)
        return std::unexpected(open.error());
    ctx.openCalls = *open;
    auto last = list({{}, {}, customerId, 0, 0, 0, lastCalls, 0});
    if (!last)
        return std::unexpected(last.error());
    ctx.lastCalls = *last;
    return ctx;
}

QString HotlineService::suggestedBilling(const CallerContext &context)
{
    return context.contractValid ? u"contract"_s : u"paid"_s;
}

Result<QList<RecentRecord>> HotlineService::recentRecords(qint64 customerId, int limit) const
{
    auto q = m_db.exec(u"SELECT rec_kind, id, rec_no, state, rec_at FROM ("
                       "SELECT 'call' AS rec_kind, id, call_no AS rec_no, state, opened_at AS rec_at FROM hotline_calls WHERE customer_id = ? "
                       "UNION ALL SELECT 'complaint', id, complaint_no, state, received_at FROM complaints WHERE customer_id = ? "
                       "UNION ALL SELECT 'dispatch', id, job_no, state, requested_at FROM dispatch_jobs WHERE customer_id = ?"
                       ") r ORDER BY rec_at DESC, id DESC LIMIT ?"_s,
                       {customerId, customerId, customerId, limit});
    if (!q)
        return std::unexpected(q.error());
    QList<RecentRecord> out;
    while (q->next())
        out << RecentRecord{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString(),
                            q->value(3).toString(), q->value(4).toLongLong()};
    return out;
}

Result<QList<SlaClock>> HotlineService::clocks(qint64 callId) const
{
    auto a = m_sla.forRecord(QString(sla::HotlineCall), callId);
    if (!a)
        return std::unexpected(a.error());
    auto b = m_sla.forRecord(QString(sla::RemoteSession), callId);
    if (!b)
        return std::unexpected(b.error());
    QList<SlaClock> out = *a;
    out << *b;
    return out;
}

int HotlineService::dueSoonWindow() const
{
    return dueSoonMinutes(m_db);
}

Result<QList<DeskAlert>> HotlineService::dueSoon(qint64 nowMs, int horizonMinutes, qint64 assigneeId) const
{
    // Due soon and overdue as every screen counts them (core/sla/due.h): clocks are read up to
    // the due-soon horizon (the center's window ahead in working or calendar time, whichever
    // is later) and judged in their own measure.
    const int soon = dueSoonMinutes(m_db);
    auto clocks = SlaClockService::running(m_db, {QString(sla::HotlineCall), QString(sla::RemoteSession)}, assigneeId,
                                           nowMs,
                                           std::max(dueSoonHorizon(m_sla.calendar(), nowMs, soon),
                                                    nowMs + qint64(horizonMinutes + 1) * 60000));
    if (!clocks)
        return std::unexpected(clocks.error());
    QList<DeskAlert> out;
    for (const SlaClock &k : *clocks) {
        const SlaStatus st = m_sla.status(k, nowMs);
        const DueLevel level = dueLevel(k, st, soon);
        if (level == DueLevel::Later && st.remainingMinutes > horizonMinutes)
            continue;
        auto call = get(k.recordId);
        if (!call)
            continue;
        QString title;
        if (k.target == QString(sla::EscalateToRemote))
            title = QCoreApplication::translate("sd::core::HotlineService", "30 min: move to remote support");
        else if (k.target == QString(sla::EscalateToOnsite))
            title = QCoreApplication::translate("sd::core::HotlineService", "60 min remote: request on-site");
        else if (k.target == QString(sla::FirstResponse))
            title = QCoreApplication::translate("sd::core::HotlineService", "First feedback");
        else if (k.target == QString(sla::Resolution))
            title = QCoreApplication::translate("sd::core::HotlineService", "Solve within 8 working hours");
        else if (k.target == QString(sla::ComplexResolution))
            title = QCoreApplication::translate("sd::core::HotlineService", "Solution within 3 working days");
        else
            title = k.title;
        out << DeskAlert{call->id, call->callNo, call->customerName, k.target, title, k.dueAt, st.remainingMs, st.state,
                         k.assigneeId, level == DueLevel::Later ? DueLevel::DueSoon : level,
                         dueText(st.remainingMinutes, k.measure)};
    }
    QVariantList binds{hotline::OnHold, nowMs + qint64(std::max(horizonMinutes, soon)) * 60000};
    QString sql = kSelect + u"WHERE c.state = ? AND c.callback_due_at <= ?"_s;
    if (assigneeId > 0) {
        sql += u" AND c.operator_id = ?"_s;
        binds << assigneeId;
    }
    auto callbacks = readAll(m_db.exec(sql, binds));
    if (!callbacks)
        return std::unexpected(callbacks.error());
    for (const HotlineCall &c : *callbacks) {
        const qint64 left = c.callbackDueAt - nowMs;
        const qint64 leftMinutes = left >= 0 ? left / 60000 : -((-left + 59999) / 60000);
        out << DeskAlert{c.id, c.callNo, c.customerName, u"call_back"_s, QCoreApplication::translate("sd::core::HotlineService", "Call the customer back"), c.callbackDueAt,
                         left, left < 0 ? SlaState::Breached : SlaState::Warning, c.operatorId,
                         left < 0 ? DueLevel::Overdue : DueLevel::DueSoon, dueText(leftMinutes, SlaMeasure::Wall)};
    }
    std::stable_sort(out.begin(), out.end(), [](const DeskAlert &a, const DeskAlert &b) { return a.dueAt < b.dueAt; });
    return out;
}

} // namespace sd::core
