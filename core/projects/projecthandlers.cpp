// What the project table's rows cannot say: the team, the stages of the plan, the requests and
// their approvals, the checks across records. Each a small handler keyed by action.
#include "core/audit/audit.h"
#include "core/projects/projectrules.h"
#include "core/projects/projectservice.h"
#include "core/records/recordstore.h"
#include "core/sla/slapolicy.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::project {

namespace {

using workflow::ActContext;

qint64 projectIdOf(const ActContext &ctx) { return ctx.before.value(u"id"_s).toLongLong(); }

Result<bool> holdsRole(const Database &db, qint64 staffId, Role role)
{
    auto n = db.scalar(u"SELECT COUNT(*) FROM staff s JOIN staff_roles r ON r.staff_id = s.id "
                       "WHERE s.id = ? AND s.active = 1 AND r.role = ?"_s,
                       {staffId, roleKey(role)});
    if (!n)
        return std::unexpected(n.error());
    return n->toInt() > 0;
}

// ---- assign, reassign

Status checkTeam(ActContext &ctx)
{
    const qint64 pm = ctx.fields.value(u"project_manager_id"_s).toLongLong();
    auto isPm = holdsRole(ctx.db, pm, Role::ProjectManager);
    if (!isPm)
        return std::unexpected(isPm.error());
    if (!*isPm)
        return failInvalid(u"project_manager_id"_s, QCoreApplication::translate("sd::core::Projects", "Staff member %1 is not an active project manager.").arg(pm));
    const QList<qint64> ids = idList(ctx.fields.value(u"consultant_ids"_s));
    if (ids.isEmpty())
        return failInvalid(u"consultant_ids"_s, QCoreApplication::translate("sd::core::Projects", "Name at least one implementation consultant."));
    for (qint64 id : ids) {
        auto isConsultant = holdsRole(ctx.db, id, Role::Consultant);
        if (!isConsultant)
            return std::unexpected(isConsultant.error());
        if (!*isConsultant)
            return failInvalid(u"consultant_ids"_s, QCoreApplication::translate("sd::core::Projects", "Staff member %1 is not an active implementation consultant.").arg(id));
    }
    return {};
}

Status writeTeam(ActContext &ctx)
{
    const qint64 id = projectIdOf(ctx);
    QStringList before;
    if (auto q = ctx.db.exec(u"SELECT staff_id FROM project_members WHERE project_id = ? ORDER BY staff_id"_s, {id}))
        while (q->next())
            before << q->value(0).toString();
    if (auto ok = ctx.db.exec(u"DELETE FROM project_members WHERE project_id = ?"_s, {id}); !ok)
        return std::unexpected(ok.error());
    QList<qint64> ids = idList(ctx.fields.value(u"consultant_ids"_s));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QStringList after;
    for (qint64 staff : ids) {
        if (auto ok = ctx.db.exec(u"INSERT INTO project_members (project_id, staff_id, role, added_at) VALUES (?, ?, 'consultant', ?)"_s,
                                  {id, staff, ctx.nowMs});
            !ok)
            return std::unexpected(ok.error());
        after << QString::number(staff);
    }
    if (before == after)
        return {};
    return audit::append(ctx.db, ctx.session, u"projects"_s, id, ctx.transition.action, u"consultant_ids"_s,
                         before.join(u','), after.join(u','));
}

// ---- the plan

Status checkStage(ActContext &ctx)
{
    if (auto ok = dateRange(ctx.fields, u"planned_start"_s, u"planned_end"_s, true); !ok)
        return ok;
    return checkText(u"stage_name"_s, ctx.fields.value(u"stage_name"_s).toString(), true);
}

Result<int> nextSeq(const Database &db, qint64 projectId)
{
    auto last = db.scalar(u"SELECT MAX(seq) FROM project_stages WHERE project_id = ?"_s, {projectId});
    if (!last)
        return std::unexpected(last.error());
    return last->isNull() ? 1 : last->toInt() + 1;
}

Status insertStage(ActContext &ctx, const TemplateStage &s, const QDate &start, const QDate &end, const QString &expectations)
{
    auto seq = nextSeq(ctx.db, projectIdOf(ctx));
    if (!seq)
        return std::unexpected(seq.error());
    auto id = RecordStore(ctx.db).insert(
        ctx.session, u"project_stages"_s,
        {{u"project_id"_s, projectIdOf(ctx)}, {u"seq"_s, *seq}, {u"name"_s, s.name.trimmed()},
         {u"planned_start"_s, start.toString(Qt::ISODate)}, {u"planned_end"_s, end.toString(Qt::ISODate)},
         {u"scope"_s, s.scope.trimmed()}, {u"goals"_s, s.goals.trimmed()}, {u"risks"_s, s.risks.trimmed()},
         {u"customer_expectations"_s, expectations.trimmed()}, {u"deliverables"_s, s.deliverables.trimmed()},
         {u"state"_s, QString(stage::Planned)}, {u"attempt"_s, 1}},
        ctx.transition.action);
    if (!id)
        return std::unexpected(id.error());
    return {};
}

Status addStage(ActContext &ctx)
{
    auto f = [&](const char16_t *k) { return ctx.fields.value(QString::fromUtf16(k)).toString(); };
    const TemplateStage s{0, f(u"stage_name"), 1, f(u"scope"), f(u"stage_goals"), f(u"risks"), f(u"deliverables")};
    return insertStage(ctx, s, QDate::fromString(f(u"planned_start"), Qt::ISODate),
                       QDate::fromString(f(u"planned_end"), Qt::ISODate), f(u"customer_expectations"));
}

/// The template named, or the first of the project's product.
Result<qint64> templateOf(const ActContext &ctx)
{
    if (ctx.fields.contains(u"template_id"_s)) {
        const qint64 id = ctx.fields.value(u"template_id"_s).toLongLong();
        auto found = ctx.db.scalar(u"SELECT id FROM plan_templates WHERE id = ?"_s, {id});
        if (!found)
            return std::unexpected(found.error());
        if (!found->isValid())
            return failInvalid(u"template_id"_s, QCoreApplication::translate("sd::core::Projects", "There is no plan template %1.").arg(id));
        return id;
    }
    auto first = ctx.db.scalar(u"SELECT id FROM plan_templates WHERE product_id = ? ORDER BY id LIMIT 1"_s,
                               {ctx.before.value(u"product_id"_s)});
    if (!first)
        return std::unexpected(first.error());
    if (!first->isValid())
        return failInvalid(u"template_id"_s, QCoreApplication::translate("sd::core::Projects", "The project's product has no plan template: name one, or add the stages one by one."));
    return first->toLongLong();
}

/// The first working day on or after `day` (invalid when the calendar has none within years).
QDate workingDayFrom(const BusinessCalendar &calendar, QDate day)
{
    for (int i = 0; i < 3 * 366 && day.isValid(); ++i, day = day.addDays(1))
        if (calendar.isWorkingDay(day))
            return day;
    return {};
}

Status checkTemplate(ActContext &ctx)
{
    auto id = templateOf(ctx);
    if (!id)
        return std::unexpected(id.error());
    auto start = dateField(ctx.fields, u"start_date"_s, false);
    if (!start)
        return std::unexpected(start.error());
    return {};
}

Status planFromTemplate(ActContext &ctx)
{
    auto id = templateOf(ctx);
    if (!id)
        return std::unexpected(id.error());
    auto stages = ProjectService(ctx.db, *ctx.calendar).templateStages(*id);
    if (!stages)
        return std::unexpected(stages.error());
    auto given = dateField(ctx.fields, u"start_date"_s, false);
    QDate day = workingDayFrom(*ctx.calendar, given->isValid() ? *given : centerDay(*ctx.calendar, ctx.nowMs).addDays(1));
    for (const TemplateStage &s : std::as_const(*stages)) {
        const QDate start = day;
        QDate end = start;
        for (int n = 1; n < s.workingDays && end.isValid(); ++n)
            end = workingDayFrom(*ctx.calendar, end.addDays(1));
        if (!end.isValid())
            return failInvalid(u"start_date"_s, QCoreApplication::translate("sd::core::Projects", "The business calendar has no working days for this plan."));
        if (auto ok = insertStage(ctx, s, start, end, {}); !ok)
            return ok;
        day = workingDayFrom(*ctx.calendar, end.addDays(1));
    }
    return {};
}

Status checkPlanned(ActContext &ctx)
{
    auto n = ctx.db.scalar(u"SELECT COUNT(*) FROM project_stages WHERE project_id = ?"_s, {projectIdOf(ctx)});
    if (!n)
        return std::unexpected(n.error());
    if (n->toInt() == 0)
        return fail(ErrorCode::NotAllowedInState, QCoreApplication::translate("sd::core::Projects", "The plan has no stages yet: add stages or plan from the product's template."));
    return {};
}

Status startFirstStage(ActContext &ctx) { return startNextStage(ctx, projectIdOf(ctx)); }

Status checkAllAccepted(ActContext &ctx)
{
    auto q = ctx.db.exec(u"SELECT COUNT(*), SUM(CASE WHEN state = ? THEN 1 ELSE 0 END) FROM project_stages "
                         "WHERE project_id = ?"_s,
                         {QString(stage::Accepted), projectIdOf(ctx)});
    if (!q)
        return std::unexpected(q.error());
    q->next();
    const int total = q->value(0).toInt();
    const int accepted = q->value(1).toInt();
    q->finish();
    if (total > 0 && accepted == total)
        return {};
    return fail(ErrorCode::NotAllowedInState, QCoreApplication::translate("sd::core::Projects", "Final inspection needs every stage accepted: %1 of %2 are.").arg(accepted).arg(total));
}

// ---- suspend / terminate requests and their approvals

Status checkRequestDates(ActContext &ctx)
{
    return dateRange(ctx.fields, u"from_date"_s, u"until_date"_s, false);
}

Status openRequest(ActContext &ctx, const QString &kind)
{
    const qint64 stageId = ctx.fields.value(u"stage_id"_s).toLongLong();
    auto id = RecordStore(ctx.db).insert(
        ctx.session, u"project_approvals"_s,
        {{u"project_id"_s, projectIdOf(ctx)}, {u"kind"_s, kind},
         {u"reason"_s, ctx.fields.value(u"reason"_s).toString().trimmed()},
         {u"from_date"_s, ctx.fields.value(u"from_date"_s).toString().trimmed()},
         {u"until_date"_s, ctx.fields.value(u"until_date"_s).toString().trimmed()},
         {u"stage_id"_s, stageId > 0 ? QVariant(stageId) : QVariant()},
         {u"prior_state"_s, ctx.before.value(u"state"_s)}, {u"requested_by"_s, ctx.session.staffId},
         {u"requested_at"_s, ctx.nowMs}, {u"outcome"_s, u"pending"_s}},
        ctx.transition.action);
    if (!id)
        return std::unexpected(id.error());
    ctx.changes.insert(u"open_request_id"_s, *id);
    ctx.changes.insert(u"prior_state"_s, ctx.before.value(u"state"_s));
    return {};
}

Status requestSuspend(ActContext &ctx) { return openRequest(ctx, u"suspend"_s); }
Status requestTerminate(ActContext &ctx) { return openRequest(ctx, u"terminate"_s); }

/// Writes `changes` on the project's open request (versioned and audited like every record).
Status updateRequest(ActContext &ctx, QVariantMap changes)
{
    const qint64 id = ctx.before.value(u"open_request_id"_s).toLongLong();
    RecordStore store(ctx.db);
    auto row = store.load(u"project_approvals"_s, id);
    if (!row)
        return std::unexpected(row.error());
    const bool last = ctx.transition.to == Suspended || ctx.transition.to == Terminated;
    if (last) {
        changes.insert(u"outcome"_s, u"approved"_s);
        changes.insert(u"effective_at"_s, ctx.nowMs);
        if (ctx.transition.to == Terminated)
            ctx.changes.insert(u"termination_reason"_s, row->value(u"reason"_s));
    }
    auto done = store.update(ctx.session, u"project_approvals"_s, id, row->value(u"version"_s).toInt(), changes,
                             ctx.transition.action);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

QVariantMap decision(const QString &who, const QString &what, const ActContext &ctx, const QString &noteField)
{
    return {{who + u"_decision"_s, what}, {who + u"_by"_s, ctx.session.staffId}, {who + u"_at"_s, ctx.nowMs},
            {who + u"_note"_s, ctx.fields.value(noteField).toString().trimmed()}};
}

Status pmApproves(ActContext &ctx) { return updateRequest(ctx, decision(u"pm"_s, u"approved"_s, ctx, u"approval_note"_s)); }
Status imApproves(ActContext &ctx) { return updateRequest(ctx, decision(u"im"_s, u"approved"_s, ctx, u"approval_note"_s)); }

Status rejects(ActContext &ctx)
{
    // The project's own manager rejects as project manager unless that side already approved.
    const bool asPm = ctx.session.staffId == ctx.before.value(u"project_manager_id"_s).toLongLong()
        && ctx.before.value(u"state"_s).toString() != SuspendPmApproved
        && ctx.before.value(u"state"_s).toString() != TerminatePmApproved;
    QVariantMap changes = decision(asPm ? u"pm"_s : u"im"_s, u"rejected"_s, ctx, u"decision_note"_s);
    changes.insert(u"outcome"_s, u"rejected"_s);
    return updateRequest(ctx, changes);
}

Status endSuspension(ActContext &ctx)
{
    auto q = ctx.db.exec(u"SELECT id, version FROM project_approvals WHERE project_id = ? AND kind = 'suspend' "
                         "AND outcome = 'approved' AND ended_at IS NULL ORDER BY id DESC"_s,
                         {projectIdOf(ctx)});
    if (!q)
        return std::unexpected(q.error());
    QList<std::pair<qint64, int>> open;
    while (q->next())
        open.append({q->value(0).toLongLong(), q->value(1).toInt()});
    for (const auto &[id, version] : open)
        if (auto done = RecordStore(ctx.db).update(ctx.session, u"project_approvals"_s, id, version,
                                                   {{u"ended_at"_s, ctx.nowMs}}, ctx.transition.action);
            !done)
            return std::unexpected(done.error());
    return {};
}

// ---- every action

Status checkInput(ActContext &ctx) { return checkTextLimits(ctx.fields); }

/// The plan's summary on the project (current stage, stages accepted of all).
Status keepSummary(ActContext &ctx)
{
    auto summary = stageSummary(ctx.db, projectIdOf(ctx));
    if (!summary)
        return std::unexpected(summary.error());
    for (auto it = summary->cbegin(); it != summary->cend(); ++it)
        ctx.changes.insert(it.key(), it.value());
    return {};
}

Result<workflow::ClockSubject> clockSubject(const ActContext &ctx, const workflow::ClockStep &)
{
    auto key = ctx.db.scalar(u"SELECT key_customer FROM customers WHERE id = ?"_s, {ctx.before.value(u"customer_id"_s)});
    if (!key)
        return std::unexpected(key.error());
    SlaClassInfo info;
    info.keyCustomer = key->toInt() != 0;
    const qint64 pm = ctx.changes.value(u"project_manager_id"_s, ctx.before.value(u"project_manager_id"_s)).toLongLong();
    return workflow::ClockSubject{info, pm, ctx.before.value(u"project_no"_s).toString()};
}

} // namespace

const workflow::Definition &definition()
{
    static const workflow::Definition d{
        table(),
        {
            {QString(Assign), {checkTeam, writeTeam, {}}},
            {QString(Reassign), {checkTeam, writeTeam, {}}},
            {QString(AddStage), {checkStage, addStage, {}}},
            {QString(PlanFromTemplate), {checkTemplate, planFromTemplate, {}}},
            {QString(Start), {checkPlanned, {}, startFirstStage}},
            {QString(RequestSuspend), {checkRequestDates, requestSuspend, {}}},
            {QString(RequestTerminate), {checkRequestDates, requestTerminate, {}}},
            {QString(PmApproveSuspend), {{}, pmApproves, {}}},
            {QString(ImApproveSuspend), {{}, imApproves, {}}},
            {QString(PmApproveTerminate), {{}, pmApproves, {}}},
            {QString(ImApproveTerminate), {{}, imApproves, {}}},
            {QString(RejectSuspend), {{}, rejects, {}}},
            {QString(RejectTerminate), {{}, rejects, {}}},
            {QString(Resume), {{}, endSuspension, {}}},
            {QString(BeginInspection), {checkAllAccepted, {}, {}}},
        },
        {checkInput, keepSummary, {}},
        clockSubject};
    return d;
}

} // namespace sd::core::project
