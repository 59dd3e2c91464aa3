#include "core/dispatch/dispatchservice.h"

#include "core/audit/audit.h"
#include "core/db/numbers.h"
#include "core/dispatch/dispatchaccess.h"
#include "core/auth/permissions.h"
#include "core/handoff/handoff.h"
#include "core/problembase/problembaserepository.h"
#include "core/problembase/problemclass.h"
#include "core/records/recordstore.h"
#include "core/sla/slaclockservice.h"
#include "core/sla/slarepository.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlRecord>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {


const QString kJobSelect =
    u"SELECT j.*, c.name AS customer_name, s.display_name AS engineer_name FROM dispatch_jobs j "
    "JOIN customers c ON c.id = j.customer_id LEFT JOIN staff s ON s.id = j.engineer_id "_s;

QString placeholders(qsizetype n)
{
    QStringList q;
    for (qsizetype i = 0; i < n; ++i)
        q << u"?"_s;
    return q.join(u", "_s);
}

QVariant nullable(qint64 v) { return v > 0 ? QVariant(v) : QVariant(); }

/// ms since the epoch from a field given as a number or a QDateTime.
qint64 msField(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toMSecsSinceEpoch();
    bool ok = false;
    const qint64 ms = v.toLongLong(&ok);
    return ok ? ms : 0;
}

const QStringList kEngineerBusy = {dispatch::Dispatched, dispatch::Confirmed, dispatch::Booked, dispatch::OnSite};

/// " AND j.engineer_id = ?" / " AND j.engineer_id IS NULL" / nothing, binding as needed.
QString engineerFilter(std::optional<qint64> engineerId, QVariantList &binds)
{
    if (!engineerId)
        return {};
    if (*engineerId > 0) {
        binds << *engineerId;
        return u" AND j.engineer_id = ?"_s;
    }
    return u" AND j.engineer_id IS NULL"_s;
}

} // namespace

bool DispatchJob::isOpen() const { return dispatch::openStates().contains(state); }

DispatchJob DispatchJob::fromRow(const QVariantMap &r)
{
    DispatchJob j;
    j.id = r.value(u"id"_s).toLongLong();
    j.version = r.value(u"version"_s).toInt();
    j.jobNo = r.value(u"job_no"_s).toString();
    j.state = r.value(u"state"_s).toString();
    j.customerId = r.value(u"customer_id"_s).toLongLong();
    j.customerName = r.value(u"customer_name"_s).toString();
    j.contactId = r.value(u"contact_id"_s).toLongLong();
    j.contactName = r.value(u"contact_name"_s).toString();
    j.contactPhone = r.value(u"contact_phone"_s).toString();
    j.siteAddress = r.value(u"site_address"_s).toString();
    j.callId = r.value(u"call_id"_s).toLongLong();
    j.previousJobId = r.value(u"previous_job_id"_s).toLongLong();
    j.faultLevel = r.value(u"fault_level"_s).toInt();
    j.regionClass = r.value(u"region_class"_s).toString();
    j.product = r.value(u"product"_s).toString();
    j.module = r.value(u"module"_s).toString();
    j.problem = r.value(u"problem"_s).toString();
    j.requestedBy = r.value(u"requested_by"_s).toLongLong();
    j.requestedAt = r.value(u"requested_at"_s).toLongLong();
    j.coverage = r.value(u"coverage"_s).toString();
    j.verifyNote = r.value(u"verify_note"_s).toString();
    j.engineerId = r.value(u"engineer_id"_s).toLongLong();
    j.engineerName = r.value(u"engineer_name"_s).toString();
    j.dispatchedAt = r.value(u"dispatched_at"_s).toLongLong();
    j.dispatchNote = r.value(u"dispatch_note"_s).toString();
    j.dueAt = r.value(u"due_at"_s).toLongLong();
    j.sendBackReason = r.value(u"send_back_reason"_s).toString();
    j.appointmentAt = r.value(u"appointment_at"_s).toLongLong();
    j.appointmentNote = r.value(u"appointment_note"_s).toString();
    j.checkedInAt = r.value(u"checked_in_at"_s).toLongLong();
    j.workDone = r.value(u"work_done"_s).toString();
    j.minutesOnSite = r.value(u"minutes_on_site"_s).toInt();
    j.partsPatches = r.value(u"parts_patches"_s).toString();
    j.result = r.value(u"result"_s).toString();
    j.customerSigner = r.value(u"customer_signer"_s).toString();
    j.signature = r.value(u"signature"_s).toByteArray();
    j.satisfaction = r.value(u"satisfaction"_s).toInt();
    j.customerComment = r.value(u"customer_comment"_s).toString();
    j.formReturnedAt = r.value(u"form_returned_at"_s).toLongLong();
    j.formRejectReason = r.value(u"form_reject_reason"_s).toString();
    j.writeOffReason = r.value(u"write_off_reason"_s).toString();
    j.hqReference = r.value(u"hq_reference"_s).toString();
    j.hqSubmittedAt = r.value(u"hq_submitted_at"_s).toLongLong();
    j.hqAnswer = r.value(u"hq_answer"_s).toString();
    j.hqAnsweredAt = r.value(u"hq_answered_at"_s).toLongLong();
    j.resolutionNote = r.value(u"resolution_note"_s).toString();
    j.closedAt = r.value(u"closed_at"_s).toLongLong();
    j.closeReason = r.value(u"close_reason"_s).toString();
    j.problemBaseOffered = r.value(u"problem_base_offered"_s).toInt() != 0;
    return j;
}

Result<SlaClassInfo> DispatchService::classInfo(qint64 customerId, int faultLevel) const
{
    auto q = m_db.exec(u"SELECT region_class, key_customer, vip_channel FROM customers WHERE id = ?"_s, {customerId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failInvalid(u"customer_id"_s, QCoreApplication::translate("sd::core::DispatchService", "The customer does not exist."));
    SlaClassInfo info;
    info.severity = faultLevel;
    info.regionClass = q->value(0).toString();
    info.keyCustomer = q->value(1).toInt() != 0;
    info.vipChannel = q->value(2).toInt() != 0;
    const QString today = QDateTime::fromMSecsSinceEpoch(Database::nowMs(), m_calendar.timeZone()).date().toString(Qt::ISODate);
    auto contract = m_db.scalar(u"SELECT type FROM contracts WHERE customer_id = ? AND starts_on <= ? AND ends_on >= ? "
                                "ORDER BY ends_on DESC, id DESC LIMIT 1"_s,
                                {customerId, today, today});
    if (!contract)
        return std::unexpected(contract.error());
    if (contract->isValid())
        info.contractType = contract->toString();
    return info;
}

Result<DispatchJob> DispatchService::request(const Session &session, const OnsiteRequest &r)
{
    // The hotline desk, the manager, and an engineer whose remote session needs a visit.
    if (auto ok = requireRoles(m_db, session, dispatch::requestRoles(),
                               QCoreApplication::translate("sd::core::DispatchService", "On-site request"), u"dispatch_jobs"_s);
        !ok)
        return std::unexpected(ok.error());
    if (r.faultLevel < 1 || r.faultLevel > 4)
        return failInvalid(u"fault_level"_s, QCoreApplication::translate("sd::core::DispatchService", "The fault level must be 1, 2, 3 or 4."));
    if (r.problem.trimmed().isEmpty())
        return failInvalid(u"problem"_s, QCoreApplication::translate("sd::core::DispatchService", "Describe the problem the engineer is to solve on site."));

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto customer = m_db.exec(u"SELECT region_class, address FROM customers WHERE id = ?"_s, {r.customerId});
    if (!customer)
        return std::unexpected(customer.error());
    if (!customer->next())
        return failInvalid(u"customer_id"_s, QCoreApplication::translate("sd::core::DispatchService", "Choose the customer the engineer is to visit."));
    const QString region = customer->value(0).toString();
    const QString address = r.siteAddress.trimmed().isEmpty() ? customer->value(1).toString() : r.siteAddress.trimmed();
    customer->finish();
    if (r.contactId > 0) {
        auto contact = m_db.scalar(u"SELECT customer_id FROM contacts WHERE id = ?"_s, {r.contactId});
        if (!contact)
            return std::unexpected(contact.error());
        if (!contact->isValid() || contact->toLongLong() != r.customerId)
            return failInvalid(u"contact_id"_s, QCoreApplication::translate("sd::core::DispatchService", "The contact does not belong to this customer."));
    }

    const qint64 now = Database::nowMs();
    const QString day = QDateTime::fromMSecsSinceEpoch(now, m_calendar.timeZone()).date().toString(u"yyyyMMdd"_s);
    const QString prefix = u"PG"_s + day + u"-"_s;
    auto seq = numbers::next(m_db, u"dispatch:"_s + prefix, [&] {
        return numbers::highestWithPrefix(m_db, u"dispatch_jobs"_s, u"job_no"_s, prefix, u"previous_job_id IS NULL"_s);
    });
    if (!seq)
        return std::unexpected(seq.error());

    RecordStore store(m_db);
    auto id = store.insert(session, u"dispatch_jobs"_s,
                           {{u"job_no"_s, prefix + QString::number(*seq).rightJustified(4, u'0')},
                            {u"state"_s, QString(dispatch::Requested)},
                            {u"customer_id"_s, r.customerId},
                            {u"contact_id"_s, nullable(r.contactId)},
                            {u"contact_name"_s, r.contactName.trimmed()},
                            {u"contact_phone"_s, r.contactPhone.trimmed()},
                            {u"site_address"_s, address},
                            {u"call_id"_s, nullable(r.callId)},
                            {u"fault_level"_s, r.faultLevel},
                            {u"region_class"_s, region},
                            {u"product"_s, r.product.trimmed()},
                            {u"module"_s, r.module.trimmed()},
                            {u"problem"_s, r.problem.trimmed()},
                            {u"requested_by"_s, nullable(session.staffId)},
                            {u"requested_at"_s, now}},
                           u"onsite_request"_s);
    if (!id)
        return std::unexpected(id.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return get(*id);
}

namespace {

using workflow::ActContext;

// The handlers: what the transition table's rows cannot say.
Status verifyCheck(ActContext &ctx)
{
    const QString coverage = ctx.fields.value(u"coverage"_s).toString();
    if (coverage != u"contract"_s && coverage != u"billable"_s)
        return failInvalid(u"coverage"_s, QCoreApplication::translate("sd::core::DispatchService", "Say whether the visit is covered by the contract or billable."));
    return {};
}

Status engineerCheck(ActContext &ctx)
{
    const qint64 engineer = ctx.fields.value(u"engineer_id"_s).toLongLong();
    auto ok = ctx.db.scalar(u"SELECT COUNT(*) FROM staff s JOIN staff_roles r ON r.staff_id = s.id "
                            "WHERE s.id = ? AND s.active = 1 AND r.role = 'service_engineer'"_s,
                            {engineer});
    if (!ok)
        return std::unexpected(ok.error());
    if (ok->toInt() == 0)
        return failInvalid(u"engineer_id"_s, QCoreApplication::translate("sd::core::DispatchService", "Choose an active service engineer."));
    if (ctx.transition.action == dispatch::Reassign && engineer == ctx.before.value(u"engineer_id"_s).toLongLong())
        return failInvalid(u"engineer_id"_s, QCoreApplication::translate("sd::core::DispatchService", "The job is already dispatched to this engineer."));
    return {};
}

Status engineerApply(ActContext &ctx)
{
    ctx.changes.insert(u"engineer_id"_s, ctx.fields.value(u"engineer_id"_s).toLongLong());
    return {};
}

Status bookCheck(ActContext &ctx)
{
    if (msField(ctx.fields.value(u"appointment_at"_s)) <= 0)
        return failInvalid(u"appointment_at"_s, QCoreApplication::translate("sd::core::DispatchService", "Give the agreed visit time."));
    return {};
}

Status bookApply(ActContext &ctx)
{
    ctx.changes.insert(u"appointment_at"_s, msField(ctx.fields.value(u"appointment_at"_s)));
    return {};
}

Status formCheck(ActContext &ctx)
{
    bool ok = false;
    const int minutes = ctx.fields.value(u"minutes_on_site"_s).toInt(&ok);
    if (!ok || minutes <= 0 || minutes > 24 * 60 * 14)
        return failInvalid(u"minutes_on_site"_s, QCoreApplication::translate("sd::core::DispatchService", "Time on site must be a number of minutes greater than 0."));
    const int satisfaction = ctx.fields.value(u"satisfaction"_s).toInt(&ok);
    if (!ok || satisfaction < 1 || satisfaction > 5)
        return failInvalid(u"satisfaction"_s, QCoreApplication::translate("sd::core::DispatchService", "Satisfaction is a score from 1 to 5."));
    return {};
}

// Verified or resolved: the problem base is offered the solution, the call the request came
// from is solved with the visit's result, and the customer's return visit is scheduled.
Status closedAfter(ActContext &ctx)
{
    const QVariantMap &b = ctx.before;
    const bool resolved = ctx.transition.action == dispatch::Resolve;
    const qint64 jobId = b.value(u"id"_s).toLongLong();
    const QString how = resolved ? ctx.fields.value(u"resolution_note"_s).toString().trimmed()
                                 : b.value(u"work_done"_s).toString().trimmed();
    if (ctx.fields.value(u"add_to_problem_base"_s).toBool()) {
        ProblemEntry entry;
        entry.phenomenon = b.value(u"problem"_s).toString();
        entry.cause = ctx.fields.value(u"cause"_s).toString().trimmed();
        entry.solution = how;
        const QString patches = b.value(u"parts_patches"_s).toString().trimmed();
        if (!patches.isEmpty() && !resolved)
            entry.solution += u"\n"_s + patches;
        entry.product = b.value(u"product"_s).toString();
        entry.module = b.value(u"module"_s).toString();
        entry.problemClass = ctx.fields.value(u"problem_class"_s).toString();
        if (entry.problemClass.isEmpty())
            entry.problemClass = problemclass::Environment;
        entry.tags = ctx.fields.value(u"entry_tags"_s).toString();
        entry.sourceType = u"onsite_dispatch"_s;
        entry.sourceId = jobId;
        if (auto created = handoff::toProblemBase(ctx, entry); !created)
            return std::unexpected(created.error());
    }
    if (auto ok = handoff::visitSolvesCall(ctx, b.value(u"call_id"_s).toLongLong(),
                                           how + u" ("_s + b.value(u"job_no"_s).toString() + u")"_s);
        !ok)
        return ok;
    return handoff::visitToReturnVisit(ctx, jobId, b.value(u"customer_id"_s).toLongLong());
}

// Not solved: the next job of the chain, verified already; the manager dispatches it (at
// once when an engineer is given).
Status followUpAfter(ActContext &ctx)
{
    const QVariantMap &b = ctx.before;
    RecordStore store(ctx.db);
    const QString prefix = b.value(u"job_no"_s).toString().section(u'/', 0, 0);
    auto count = ctx.db.scalar(u"SELECT COUNT(*) FROM dispatch_jobs WHERE job_no LIKE ?"_s, {prefix + u"/%"_s});
    if (!count)
        return std::unexpected(count.error());
    QVariantMap values;
    for (const QString &k : {u"customer_id"_s, u"contact_id"_s, u"contact_name"_s, u"contact_phone"_s,
                             u"site_address"_s, u"call_id"_s, u"fault_level"_s, u"region_class"_s,
                             u"product"_s, u"module"_s, u"problem"_s, u"coverage"_s})
        values.insert(k, b.value(k));
    values.insert(u"job_no"_s, prefix + u"/"_s + QString::number(count->toInt() + 2));
    values.insert(u"state"_s, QString(dispatch::Verified));
    values.insert(u"previous_job_id"_s, b.value(u"id"_s));
    values.insert(u"requested_by"_s, nullable(ctx.session.staffId));
    values.insert(u"requested_at"_s, ctx.nowMs);
    const QString note = ctx.fields.value(u"dispatch_note"_s).toString();
    values.insert(u"verify_note"_s, note.isEmpty() ? b.value(u"write_off_reason"_s) : QVariant(note));
    auto next = store.insert(ctx.session, u"dispatch_jobs"_s, values, u"follow_up"_s);
    if (!next)
        return std::unexpected(next.error());
    const qint64 engineer = ctx.fields.value(u"engineer_id"_s).toLongLong();
    if (engineer > 0) {
        auto dispatched = DispatchService(ctx.db, *ctx.calendar)
                              .act(ctx.session, *next, 1, dispatch::Dispatch, {{u"engineer_id"_s, engineer}});
        if (!dispatched)
            return std::unexpected(dispatched.error());
    }
    return {};
}

// The response clock: the policy from the customer and the fault level; the job's engineer
// holds it.
Result<workflow::ClockSubject> jobClockSubject(const ActContext &ctx, const workflow::ClockStep &)
{
    auto info = DispatchService(ctx.db, *ctx.calendar)
                    .classInfo(ctx.before.value(u"customer_id"_s).toLongLong(), ctx.before.value(u"fault_level"_s).toInt());
    if (!info)
        return std::unexpected(info.error());
    const qint64 engineer = ctx.changes.value(u"engineer_id"_s, ctx.before.value(u"engineer_id"_s)).toLongLong();
    return workflow::ClockSubject{*info, engineer, ctx.before.value(u"job_no"_s).toString()};
}

const workflow::Definition &jobWorkflow()
{
    using namespace dispatch;
    static const workflow::Definition definition{
        table(),
        {
            {Verify, {verifyCheck, {}, {}}},
            {Dispatch, {engineerCheck, engineerApply, {}}},
            {Reassign, {engineerCheck, engineerApply, {}}},
            {Book, {bookCheck, bookApply, {}}},
            {ReturnForm, {formCheck, {}, {}}},
            {VerifyForm, {{}, {}, closedAfter}},
            {Resolve, {{}, {}, closedAfter}},
            {FollowUp, {{}, {}, followUpAfter}},
        },
        {},
        jobClockSubject,
    };
    return definition;
}

} // namespace

Result<DispatchJob> DispatchService::act(const Session &session, qint64 jobId, int expectedVersion,
                                         const QString &action, const QVariantMap &fields)
{
    auto written = workflow::act(m_db, session, jobWorkflow(), {jobId, expectedVersion, action, fields}, &m_calendar);
    if (!written)
        return std::unexpected(written.error());
    return get(jobId);
}

Result<DispatchJob> DispatchService::get(qint64 jobId) const
{
    auto q = m_db.exec(kJobSelect + u"WHERE j.id = ?"_s, {jobId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::DispatchService", "The on-site job no longer exists."));
    return DispatchJob::fromRow(rowMap(*q));
}

Result<qint64> DispatchService::followUpOf(qint64 jobId) const
{
    auto v = m_db.scalar(u"SELECT id FROM dispatch_jobs WHERE previous_job_id = ? ORDER BY id LIMIT 1"_s, {jobId});
    if (!v)
        return std::unexpected(v.error());
    return v->isValid() ? v->toLongLong() : 0;
}

Result<QList<DispatchJob>> DispatchService::chain(qint64 jobId) const
{
    // Walk back to the first request, then forward through the follow-ups.
    qint64 first = jobId;
    for (int guard = 0; guard < 1000; ++guard) {
        auto prev = m_db.scalar(u"SELECT previous_job_id FROM dispatch_jobs WHERE id = ?"_s, {first});
        if (!prev)
            return std::unexpected(prev.error());
        if (!prev->isValid())
            return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::DispatchService", "The on-site job no longer exists."));
        if (prev->isNull())
            break;
        first = prev->toLongLong();
    }
    QList<DispatchJob> out;
    for (qint64 id = first; id > 0 && out.size() < 1000;) {
        auto job = get(id);
        if (!job)
            return std::unexpected(job.error());
        out.append(*job);
        auto next = followUpOf(id);
        if (!next)
            return std::unexpected(next.error());
        id = *next;
    }
    return out;
}

Result<QList<BoardRow>> DispatchService::board(const BoardQuery &query) const
{
    // Two steps, as the customer list does: the page of ids from the covering index
    // (state, due_at, requested_at, id), sorted narrow; then those rows with their joins.
    const QStringList states = query.states.isEmpty() ? dispatch::openStates() : query.states;
    QString sql = u"SELECT j.id FROM dispatch_jobs j WHERE j.state IN (%1)"_s.arg(placeholders(states.size()));
    QVariantList binds;
    for (const QString &s : states)
        binds << s;
    sql += engineerFilter(query.engineerId, binds);
    if (query.customerId > 0) {
        sql += u" AND j.customer_id = ?"_s;
        binds << query.customerId;
    }
    // Overdue and due-soon first (earliest deadline first), jobs without a deadline by age.
    sql += query.recentFirst
        ? u" ORDER BY j.updated_at DESC, j.id DESC LIMIT ? OFFSET ?"_s
        : u" ORDER BY CASE WHEN j.due_at IS NULL THEN 1 ELSE 0 END, j.due_at, j.requested_at, j.id LIMIT ? OFFSET ?"_s;
    binds << query.limit << query.offset;
    QList<qint64> ids;
    {
        auto q = m_db.exec(sql, binds);
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            ids << q->value(0).toLongLong();
    }
    QList<BoardRow> rows;
    if (ids.isEmpty())
        return rows;
    QVariantList idBinds;
    for (qint64 id : std::as_const(ids))
        idBinds << id;
    auto q = m_db.exec(u"SELECT j.id, j.version, j.job_no, j.state, j.customer_id, c.name, j.fault_level, j.region_class, "
                       "j.engineer_id, s.display_name, j.requested_at, j.due_at, j.appointment_at, "
                       "substr(j.problem, 1, 160), j.previous_job_id, j.hq_reference, "
                       "(SELECT k.measure FROM sla_clocks k WHERE k.record_type = 'onsite_dispatch' AND k.record_id = j.id "
                       "AND k.target = 'onsite_response' ORDER BY k.id DESC LIMIT 1) FROM dispatch_jobs j "
                       "JOIN customers c ON c.id = j.customer_id LEFT JOIN staff s ON s.id = j.engineer_id "
                       "WHERE j.id IN (%1)"_s.arg(placeholders(ids.size())),
                       idBinds);
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, BoardRow> byId;
    while (q->next()) {
        BoardRow r;
        r.id = q->value(0).toLongLong();
        r.version = q->value(1).toInt();
        r.jobNo = q->value(2).toString();
        r.state = q->value(3).toString();
        r.customerId = q->value(4).toLongLong();
        r.customerName = q->value(5).toString();
        r.faultLevel = q->value(6).toInt();
        r.regionClass = q->value(7).toString();
        r.engineerId = q->value(8).toLongLong();
        r.engineerName = q->value(9).toString();
        r.requestedAt = q->value(10).toLongLong();
        r.dueAt = q->value(11).toLongLong();
        r.appointmentAt = q->value(12).toLongLong();
        r.problem = q->value(13).toString();
        r.previousJobId = q->value(14).toLongLong();
        r.hqReference = q->value(15).toString();
        r.dueMeasure = slaMeasureFromKey(q->value(16).toString()).value_or(SlaMeasure::Wall);
        byId.insert(r.id, r);
    }
    rows.reserve(ids.size());
    for (qint64 id : std::as_const(ids))
        if (byId.contains(id))
            rows.append(byId.value(id));
    return rows;
}

Result<QMap<QString, int>> DispatchService::countsByState(std::optional<qint64> engineerId) const
{
    const QStringList states = dispatch::openStates();
    QVariantList binds;
    for (const QString &s : states)
        binds << s;
    const QString filter = engineerFilter(engineerId, binds);
    auto q = m_db.exec(u"SELECT j.state, COUNT(*) FROM dispatch_jobs j WHERE j.state IN (%1)%2 GROUP BY j.state"_s
                           .arg(placeholders(states.size()), filter),
                       binds);
    if (!q)
        return std::unexpected(q.error());
    QMap<QString, int> counts;
    for (const QString &s : states)
        counts.insert(s, 0);
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toInt());
    return counts;
}

Result<int> DispatchService::overdueCount(qint64 nowMs, std::optional<qint64> engineerId) const
{
    QVariantList binds{QString(dispatch::Verified), QString(dispatch::Dispatched), QString(dispatch::Confirmed),
                       QString(dispatch::Booked), nowMs};
    const QString filter = engineerFilter(engineerId, binds);
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM dispatch_jobs j WHERE j.state IN (?, ?, ?, ?) AND j.due_at < ?%1"_s.arg(filter),
                         binds);
    if (!v)
        return std::unexpected(v.error());
    return v->toInt();
}

Result<QList<EngineerLoad>> DispatchService::engineers() const
{
    QVariantList binds;
    for (const QString &s : kEngineerBusy)
        binds << s;
    binds << Database::nowMs();
    auto q = m_db.exec(
        u"SELECT s.id, s.display_name, s.region, s.skills, "
        "(SELECT COUNT(*) FROM dispatch_jobs j WHERE j.engineer_id = s.id AND j.state IN (%1)) AS open_jobs, "
        "(SELECT MIN(j.appointment_at) FROM dispatch_jobs j WHERE j.engineer_id = s.id AND j.state = 'booked' "
        "AND j.appointment_at >= ?) FROM staff s JOIN staff_roles r ON r.staff_id = s.id "
        "WHERE r.role = 'service_engineer' AND s.active = 1 ORDER BY open_jobs, s.display_name COLLATE pinyin, s.id"_s
            .arg(placeholders(kEngineerBusy.size())),
        binds);
    if (!q)
        return std::unexpected(q.error());
    QList<EngineerLoad> out;
    while (q->next()) {
        EngineerLoad e;
        e.id = q->value(0).toLongLong();
        e.name = q->value(1).toString();
        e.region = q->value(2).toString();
        e.skills = q->value(3).toString();
        e.openJobs = q->value(4).toInt();
        e.nextAppointment = q->value(5).toLongLong();
        out.append(e);
    }
    return out;
}

namespace {

/// Skills name areas ("U8+ 财务"), jobs name modules ("总账"): the modules each area covers.
const QList<std::pair<QString, QStringList>> &skillAreas()
{
    static const QList<std::pair<QString, QStringList>> areas = {
        {u"财务"_s, {u"总账"_s, u"应收应付"_s, u"固定资产"_s, u"UFO报表"_s, u"报表"_s, u"财务会计"_s, u"存货核算"_s,
                     u"出纳"_s, u"现金流量"_s, u"合并报表"_s}},
        {u"供应链"_s, {u"采购"_s, u"销售"_s, u"库存"_s, u"库存管理"_s, u"存货核算"_s}},
        {u"生产制造"_s, {u"MRP"_s, u"生产"_s, u"车间"_s}},
        {u"HR"_s, {u"薪资管理"_s, u"人事"_s, u"考勤"_s, u"人力资源"_s}},
    };
    return areas;
}

/// "用友U8+" → "U8+", "畅捷通T+" → "T+": the product as engineers write it in their skills.
QString productKey(const QString &product)
{
    QString key = product;
    key.remove(u"用友"_s).remove(u"畅捷通"_s);
    return key.trimmed();
}

QString placeKey(QString place)
{
    static const QRegularExpression noise(u"[省市区县\\s]"_s);
    return place.remove(noise);
}

} // namespace

int DispatchService::skillMatch(const QString &skills, const QString &product, const QString &module)
{
    static const QRegularExpression separators(u"[,，、;；]"_s);
    static const QRegularExpression latin(u"[A-Za-z0-9]"_s);
    const QString key = productKey(product);
    const QString mod = module.trimmed();
    bool productHit = false;
    bool moduleHit = false;
    for (QString entry : skills.split(separators, Qt::SkipEmptyParts)) {
        entry = entry.trimmed();
        const bool entryProduct = !key.isEmpty() && entry.contains(key, Qt::CaseInsensitive);
        bool entryModule = !mod.isEmpty() && (entry.contains(mod, Qt::CaseInsensitive) || mod.contains(entry, Qt::CaseInsensitive));
        for (const auto &[area, modules] : skillAreas())
            entryModule = entryModule || (!mod.isEmpty() && entry.contains(area, Qt::CaseInsensitive) && modules.contains(mod));
        if (entryProduct && entryModule)
            return 2;
        productHit = productHit || entryProduct;
        // "U8+ 财务" knows 总账 of U8+, not of T+: an entry naming another product does not count.
        moduleHit = moduleHit || (entryModule && (key.isEmpty() || !entry.contains(latin)));
    }
    if (productHit && moduleHit)
        return 2;
    if (key.isEmpty() && moduleHit)
        return 2;
    return productHit || moduleHit ? 1 : 0;
}

int DispatchService::regionMatch(const QString &engineerRegion, const QString &siteAddress)
{
    const QString region = placeKey(engineerRegion);
    const QString site = placeKey(siteAddress);
    if (region.isEmpty() || site.isEmpty())
        return 0;
    if (site.startsWith(region) || site.contains(region))
        return 2;
    return site.startsWith(region.left(2)) ? 1 : 0;
}

Result<QList<EngineerMatch>> DispatchService::rankEngineers(const DispatchJob &job) const
{
    auto loads = engineers();
    if (!loads)
        return std::unexpected(loads.error());
    QList<EngineerMatch> out;
    out.reserve(loads->size());
    for (const EngineerLoad &e : std::as_const(*loads))
        out.append(EngineerMatch{e, skillMatch(e.skills, job.product, job.module), regionMatch(e.region, job.siteAddress)});
    // engineers() comes fewest open jobs first, then by name: a stable sort keeps that order
    // among engineers who fit equally well.
    std::stable_sort(out.begin(), out.end(), [](const EngineerMatch &a, const EngineerMatch &b) {
        if (a.skillMatch != b.skillMatch)
            return a.skillMatch > b.skillMatch;
        if (a.regionMatch != b.regionMatch)
            return a.regionMatch > b.regionMatch;
        return a.engineer.openJobs < b.engineer.openJobs;
    });
    return out;
}

Result<ResponseTarget> DispatchService::responseTarget(const DispatchJob &job) const
{
    SlaClockService clocks(m_db, m_calendar);
    auto clock = clocks.find(sla::OnsiteDispatch, job.id, sla::OnsiteResponse);
    if (!clock)
        return std::unexpected(clock.error());
    if (*clock && (*clock)->state == SlaClock::Stored::Running) {
        ResponseTarget t;
        t.dueAt = (*clock)->dueAt;
        t.minutes = (*clock)->minutes;
        t.measure = (*clock)->measure;
        t.running = true;
        if (auto policy = SlaRepository(m_db).get((*clock)->policyId))
            t.policyName = policy->name;
        return t;
    }
    auto info = classInfo(job.customerId, job.faultLevel);
    if (!info)
        return std::unexpected(info.error());
    auto policy = SlaRepository(m_db).match(sla::OnsiteDispatch, sla::OnsiteResponse, *info);
    if (!policy)
        return std::unexpected(policy.error());
    if (!*policy)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("sd::core::DispatchService",
                                                "No service-level policy gives this job a response target; ask the administrator to add one."));
    const auto d = clocks.computeDeadline(Database::nowMs(), (*policy)->measure, (*policy)->minutes, (*policy)->warnPercent);
    ResponseTarget t;
    t.dueAt = d.dueAt;
    t.minutes = (*policy)->minutes;
    t.measure = (*policy)->measure;
    t.policyName = (*policy)->name;
    return t;
}

} // namespace sd::core
