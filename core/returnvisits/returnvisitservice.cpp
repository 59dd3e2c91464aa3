#include "core/returnvisits/returnvisitservice.h"

#include "core/audit/audit.h"
#include "core/auth/permissions.h"
#include "core/handoff/handoff.h"
#include "core/records/recordstore.h"
#include "core/workflow/titles.h"

#include <QDateTime>
#include <QHash>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace returnvisit {

RoleSet schedulingRoles() { return {Role::ServiceManager, Role::QualitySupervisor}; }

const workflow::TransitionTable &table()
{
    using T = workflow::Transition;
    const RoleSet visitors{Role::ServiceManager, Role::QualitySupervisor, Role::HotlineOperator};
    const QStringList scores = {u"attitude"_s, u"quality"_s, u"resolution"_s, u"score"_s};
    static const workflow::TransitionTable t(
        u"return_visits"_s,
        {
            T{Scheduled, Record, Done, visitors, QStringList{u"channel"_s} + scores}
                .write(QStringList{u"channel"_s} + scores + QStringList{u"comment"_s})
                .stamp({u"visited_at"_s})
                .stampBy({u"assignee_id"_s}),
            T{Scheduled, Cancel, Cancelled, {Role::ServiceManager, Role::QualitySupervisor}, {u"cancel_reason"_s}}
                .write({u"cancel_reason"_s, u"comment"_s}),
            // A dissatisfied customer's complaint: opened from the visit in one step (the
            // complaint register takes it in the same transaction), or an existing one linked.
            {Done, OpenComplaint, Done, visitors, {u"complainant"_s}},
            T{Done, LinkComplaint, Done, visitors, {u"complaint_id"_s}}.write({u"complaint_id"_s}),
        },
        {stateTitle, actionTitle, fieldTitle});
    return t;
}

QString stateTitle(const QString &state)
{
    static const workflow::TitleList titles("sd::core::ReturnVisit", {
        {QString(Scheduled), QT_TRANSLATE_NOOP("sd::core::ReturnVisit", "Scheduled")},
        {QString(Done), QT_TRANSLATE_NOOP("sd::core::ReturnVisit", "Done")},
        {QString(Cancelled), QT_TRANSLATE_NOOP("sd::core::ReturnVisit", "Cancelled")},
    });
    return titles(state);
}

QString actionTitle(const QString &action)
{
    static const workflow::TitleList titles("sd::core::ReturnVisit", {
        {QString(Record), QT_TRANSLATE_NOOP("sd::core::ReturnVisit", "Record return visit")},
        {QString(Cancel), QT_TRANSLATE_NOOP("sd::core::ReturnVisit", "Cancel return visit")},
        {QString(OpenComplaint), QT_TRANSLATE_NOOP("sd::core::ReturnVisit", "Open a complaint")},
        {QString(LinkComplaint), QT_TRANSLATE_NOOP("sd::core::ReturnVisit", "Link a complaint")},
    });
    return titles(action);
}

QString fieldTitle(const QString &field)
{
    static const workflow::TitleList titles("sd::core::ReturnVisit", {
        {u"channel"_s, QT_TRANSLATE_NOOP("sd::core::ReturnVisit", "Phone or visit")},
        {u"attitude"_s, QT_TRANSLATE_NOOP("sd::core::ReturnVisit", "Service attitude")},
        {u"quality"_s, QT_TRANSLATE_NOOP("sd::core::ReturnVisit", "Service quality")},
        {u"resolution"_s, QT_TRANSLATE_NOOP("sd::core::ReturnVisit", "Problem resolution")},
        {u"score"_s, QT_TRANSLATE_NOOP("sd::core::ReturnVisit", "Satisfaction score")},
        {u"cancel_reason"_s, QT_TRANSLATE_NOOP("sd::core::ReturnVisit", "Reason")},
        {u"complaint_id"_s, QT_TRANSLATE_NOOP("sd::core::ReturnVisit", "Complaint")},
    });
    return titles(field);
}

QString sourceTitle(const QString &sourceType)
{
    static const workflow::TitleList titles("sd::core::ReturnVisit", {
        {QString(FromDispatch), QT_TRANSLATE_NOOP("sd::core::ReturnVisit", "After an on-site job")},
        {QString(FromCase), QT_TRANSLATE_NOOP("sd::core::ReturnVisit", "After a closed case")},
        {QString(Quarterly), QT_TRANSLATE_NOOP("sd::core::ReturnVisit", "Quarterly visit")},
    });
    return titles(sourceType);
}

} // namespace returnvisit

namespace {


const QString kVisitSelect = u"SELECT v.*, c.name AS customer_name, k.complaint_no AS complaint_no FROM return_visits v "
                             "JOIN customers c ON c.id = v.customer_id LEFT JOIN complaints k ON k.id = v.complaint_id "_s;

Result<QList<ReturnVisit>> readVisits(Result<QSqlQuery> q)
{
    if (!q)
        return std::unexpected(q.error());
    QList<ReturnVisit> out;
    while (q->next())
        out.append(ReturnVisit::fromRow(rowMap(*q)));
    return out;
}

} // namespace

ReturnVisit ReturnVisit::fromRow(const QVariantMap &r)
{
    ReturnVisit v;
    v.id = r.value(u"id"_s).toLongLong();
    v.version = r.value(u"version"_s).toInt();
    v.state = r.value(u"state"_s).toString();
    v.customerId = r.value(u"customer_id"_s).toLongLong();
    v.customerName = r.value(u"customer_name"_s).toString();
    v.sourceType = r.value(u"source_type"_s).toString();
    v.sourceId = r.value(u"source_id"_s).toLongLong();
    v.period = r.value(u"period"_s).toString();
    v.dueOn = QDate::fromString(r.value(u"due_on"_s).toString(), Qt::ISODate);
    v.channel = r.value(u"channel"_s).toString();
    v.assigneeId = r.value(u"assignee_id"_s).toLongLong();
    v.attitude = r.value(u"attitude"_s).toInt();
    v.quality = r.value(u"quality"_s).toInt();
    v.resolution = r.value(u"resolution"_s).toInt();
    v.score = r.value(u"score"_s).toInt();
    v.comment = r.value(u"comment"_s).toString();
    v.cancelReason = r.value(u"cancel_reason"_s).toString();
    v.visitedAt = r.value(u"visited_at"_s).toLongLong();
    v.complaintId = r.value(u"complaint_id"_s).toLongLong();
    v.complaintNo = r.value(u"complaint_no"_s).toString();
    return v;
}

Result<int> ReturnVisitService::afterWorkingDays() const
{
    auto v = m_db.scalar(u"SELECT value FROM settings WHERE key = ?"_s, {u"returnvisit.after_working_days"_s});
    if (!v)
        return std::unexpected(v.error());
    bool ok = false;
    const int days = v->isValid() ? v->toString().toInt(&ok) : 0;
    return ok && days >= 0 && days <= 60 ? days : 2;
}

QDate ReturnVisitService::dueAfter(qint64 closedAtMs, int workingDays) const
{
    QDate day = QDateTime::fromMSecsSinceEpoch(closedAtMs, m_calendar.timeZone()).date();
    int left = workingDays;
    for (int guard = 0; left > 0 && guard < 400; ++guard) {
        day = day.addDays(1);
        if (m_calendar.isWorkingDay(day))
            --left;
    }
    if (workingDays == 0)
        while (!m_calendar.isWorkingDay(day))
            day = day.addDays(1);
    return day;
}

QDate ReturnVisitService::quarterlyDueDate(int year, int quarter) const
{
    QDate day(year, (quarter - 1) * 3 + 2, 15);
    for (int guard = 0; !m_calendar.isWorkingDay(day) && guard < 60; ++guard)
        day = day.addDays(1);
    return day;
}

Result<ReturnVisit> ReturnVisitService::scheduleAfter(const Session &session, const QString &sourceType,
                                                      qint64 sourceId, qint64 customerId, qint64 closedAtMs,
                                                      qint64 assigneeId)
{
    if (sourceType != returnvisit::FromDispatch && sourceType != returnvisit::FromCase)
        return failInvalid(u"source_type"_s, u"unknown return visit source: "_s + sourceType);
    auto existing = m_db.scalar(u"SELECT id FROM return_visits WHERE source_type = ? AND source_id = ?"_s,
                                {sourceType, sourceId});
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isValid())
        return get(existing->toLongLong());
    auto days = afterWorkingDays();
    if (!days)
        return std::unexpected(days.error());
    RecordStore store(m_db);
    auto id = store.insert(session, u"return_visits"_s,
                           {{u"state"_s, QString(returnvisit::Scheduled)},
                            {u"customer_id"_s, customerId},
                            {u"source_type"_s, sourceType},
                            {u"source_id"_s, sourceId},
                            {u"due_on"_s, dueAfter(closedAtMs, *days).toString(Qt::ISODate)},
                            {u"assignee_id"_s, assigneeId > 0 ? QVariant(assigneeId) : QVariant()}},
                           u"schedule"_s);
    if (!id)
        return std::unexpected(id.error());
    return get(*id);
}

Result<int> ReturnVisitService::scheduleQuarterly(const Session &session, int year, int quarter)
{
    if (quarter < 1 || quarter > 4 || year < 2000 || year > 2100)
        return failInvalid(u"quarter"_s, QCoreApplication::translate("sd::core::ReturnVisit", "Give a year and a quarter from 1 to 4."));
    if (auto ok = requireRoles(m_db, session, returnvisit::schedulingRoles(),
                               QCoreApplication::translate("sd::core::ReturnVisit", "Schedule quarterly return visits"),
                               u"return_visits"_s);
        !ok)
        return std::unexpected(ok.error());
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    const QDate last = first.addMonths(3).addDays(-1);
    const QString period = u"%1Q%2"_s.arg(year).arg(quarter);
    const qint64 now = Database::nowMs();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    // One statement for every contract customer of the quarter that has no visit for it yet.
    auto q = m_db.exec(
        u"INSERT INTO return_visits (state, customer_id, source_type, period, due_on, version, created_at, "
        "created_by, updated_at, updated_by) "
        "SELECT CAST(? AS TEXT), c.id, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), 1, CAST(? AS BIGINT), "
        "CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT) FROM customers c WHERE EXISTS (SELECT 1 FROM contracts k "
        "WHERE k.customer_id = c.id AND k.starts_on <= ? AND k.ends_on >= ?) AND NOT EXISTS (SELECT 1 FROM "
        "return_visits v WHERE v.customer_id = c.id AND v.source_type = ? AND v.period = ?)"_s,
        {QString(returnvisit::Scheduled), QString(returnvisit::Quarterly), period,
         quarterlyDueDate(year, quarter).toString(Qt::ISODate), now,
         session.staffId > 0 ? QVariant(session.staffId) : QVariant(), now,
         session.staffId > 0 ? QVariant(session.staffId) : QVariant(), last.toString(Qt::ISODate),
         first.toString(Qt::ISODate), QString(returnvisit::Quarterly), period});
    if (!q)
        return std::unexpected(q.error());
    const int created = q->numRowsAffected();
    if (auto ok = audit::append(m_db, session, u"return_visits"_s, 0, u"schedule_quarterly"_s, u"period"_s,
                                QVariant(), u"%1: %2"_s.arg(period).arg(created));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return created;
}

namespace {

using workflow::ActContext;

Status recordCheck(ActContext &ctx)
{
    const QString channel = ctx.fields.value(u"channel"_s).toString();
    if (channel != u"phone"_s && channel != u"visit"_s)
        return failInvalid(u"channel"_s, QCoreApplication::translate("sd::core::ReturnVisit", "Say whether the return visit was by phone or on site."));
    for (const QString &k : {u"attitude"_s, u"quality"_s, u"resolution"_s, u"score"_s}) {
        bool ok = false;
        const QVariant given = ctx.fields.value(k);
        const int v = given.toInt(&ok);
        // A customer reached gives every score: an unanswered one is refused, never assumed.
        if (!given.isValid() || given.isNull() || given.toString().trimmed().isEmpty() || (ok && v == 0))
            return failInvalid(k, QCoreApplication::translate("sd::core::ReturnVisit", "Choose a score for “%1”: ask the customer.")
                                      .arg(returnvisit::fieldTitle(k)));
        if (!ok || v < 1 || v > 5)
            return failInvalid(k, QCoreApplication::translate("sd::core::ReturnVisit", "“%1” is a score from 1 to 5.")
                                      .arg(returnvisit::fieldTitle(k)));
    }
    return {};
}

Status noComplaintYet(ActContext &ctx)
{
    if (ctx.before.value(u"complaint_id"_s).toLongLong() > 0)
        return fail(ErrorCode::NotAllowedInState,
                    QCoreApplication::translate("sd::core::ReturnVisit", "A complaint is already linked to this return visit."));
    return {};
}

const workflow::Definition &visitWorkflow()
{
    using namespace returnvisit;
    static const workflow::Definition definition{
        table(),
        {
            {Record, {recordCheck, {}, {}}},
            {OpenComplaint, {noComplaintYet, handoff::visitToComplaint, {}}},
            {LinkComplaint, {noComplaintYet, {}, {}}},
        },
        {},
        {}};
    return definition;
}

} // namespace

Result<ReturnVisit> ReturnVisitService::act(const Session &session, qint64 visitId, int expectedVersion,
                                            const QString &action, const QVariantMap &fields)
{
    auto written = workflow::act(m_db, session, visitWorkflow(), {visitId, expectedVersion, action, fields}, &m_calendar);
    if (!written)
        return std::unexpected(written.error());
    return get(visitId);
}

Result<ReturnVisit> ReturnVisitService::openComplaint(const Session &session, qint64 visitId, int expectedVersion,
                                                      const QString &complainant, const QString &description)
{
    return act(session, visitId, expectedVersion, returnvisit::OpenComplaint,
               {{u"complainant"_s, complainant}, {u"description"_s, description}});
}

Result<ReturnVisit> ReturnVisitService::get(qint64 visitId) const
{
    auto q = m_db.exec(kVisitSelect + u"WHERE v.id = ?"_s, {visitId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::ReturnVisit", "The return visit no longer exists."));
    return ReturnVisit::fromRow(rowMap(*q));
}

Result<QList<ReturnVisit>> ReturnVisitService::due(const QDate &upTo, int limit) const
{
    return readVisits(m_db.exec(kVisitSelect + u"WHERE v.state = ? AND v.due_on <= ? ORDER BY v.due_on, v.id LIMIT ?"_s,
                                {QString(returnvisit::Scheduled), upTo.toString(Qt::ISODate), limit}));
}

Result<ReturnVisitContext> ReturnVisitService::context(const ReturnVisit &visit) const
{
    ReturnVisitContext c;
    if (visit.sourceType == returnvisit::FromDispatch && visit.sourceId > 0) {
        auto q = m_db.exec(u"SELECT j.job_no, j.problem, s.display_name, COALESCE(j.closed_at, j.checked_in_at, j.requested_at), "
                           "j.contact_name, j.contact_phone FROM dispatch_jobs j LEFT JOIN staff s ON s.id = j.engineer_id "
                           "WHERE j.id = ?"_s,
                           {visit.sourceId});
        if (!q)
            return std::unexpected(q.error());
        if (q->next()) {
            c.jobNo = q->value(0).toString();
            c.problem = q->value(1).toString();
            c.engineerName = q->value(2).toString();
            c.jobDoneAt = q->value(3).toLongLong();
            c.contactName = q->value(4).toString();
            c.contactPhone = q->value(5).toString();
        }
    }
    if (c.contactPhone.isEmpty()) {
        // The customer's first contact with a phone.
        auto q = m_db.exec(u"SELECT k.name, p.phone FROM contacts k JOIN contact_phones p ON p.contact_id = k.id "
                           "WHERE k.customer_id = ? ORDER BY k.id, p.id LIMIT 1"_s,
                           {visit.customerId});
        if (!q)
            return std::unexpected(q.error());
        if (q->next()) {
            if (c.contactName.isEmpty())
                c.contactName = q->value(0).toString();
            c.contactPhone = q->value(1).toString();
        }
    }
    return c;
}

Result<QList<ReturnVisit>> ReturnVisitService::forCustomer(qint64 customerId) const
{
    return readVisits(m_db.exec(kVisitSelect + u"WHERE v.customer_id = ? ORDER BY v.due_on DESC, v.id DESC"_s, {customerId}));
}

Result<QList<ReturnVisit>> ReturnVisitService::list(const QString &state, int limit) const
{
    return readVisits(m_db.exec(kVisitSelect + u"WHERE (? = '' OR v.state = ?) ORDER BY v.due_on DESC, v.id DESC LIMIT ?"_s,
                                {state, state, qBound(1, limit, 100000)}));
}

} // namespace sd::core
