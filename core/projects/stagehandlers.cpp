// What the stage table's rows cannot say: actual dates, attempts, the evaluation of each
// attempt, the next stage after an accepted one, the termination request after a stage failed
// on presales commitments, and the plan's summary kept on the project.
#include "core/projects/projectrules.h"
#include "core/projects/projectservice.h"
#include "core/records/recordstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace project {

Result<QVariantMap> stageSummary(const Database &db, qint64 projectId)
{
    auto q = db.exec(u"SELECT name, state FROM project_stages WHERE project_id = ? ORDER BY seq"_s, {projectId});
    if (!q)
        return std::unexpected(q.error());
    int total = 0;
    int accepted = 0;
    QVariant current;
    while (q->next()) {
        ++total;
        if (q->value(1).toString() == stage::Accepted)
            ++accepted;
        else if (!current.isValid())
            current = q->value(0).toString();
    }
    return QVariantMap{{u"current_stage"_s, current}, {u"stages_total"_s, total}, {u"stages_accepted"_s, accepted}};
}

Status startNextStage(const workflow::ActContext &ctx, qint64 projectId)
{
    auto q = ctx.db.exec(u"SELECT id, version FROM project_stages WHERE project_id = ? AND state = ? ORDER BY seq LIMIT 1"_s,
                         {projectId, QString(stage::Planned)});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return {};
    const workflow::ActRequest next{q->value(0).toLongLong(), q->value(1).toInt(), QString(stage::StartStage), {}};
    q->finish();
    auto started = workflow::act(ctx.db, ctx.session, stage::definition(), next, ctx.calendar);
    if (!started)
        return std::unexpected(started.error());
    return {};
}

} // namespace project

namespace stage {

namespace {

using workflow::ActContext;

qint64 projectOf(const ActContext &ctx) { return ctx.before.value(u"project_id"_s).toLongLong(); }
QString today(const ActContext &ctx) { return project::centerDay(*ctx.calendar, ctx.nowMs).toString(Qt::ISODate); }

Status checkProject(ActContext &ctx)
{
    if (auto ok = project::requireRunning(ctx.db, projectOf(ctx)); !ok)
        return ok;
    return project::checkTextLimits(ctx.fields);
}

Status markStarted(ActContext &ctx)
{
    if (ctx.before.value(u"actual_start"_s).toString().isEmpty())
        ctx.changes.insert(u"actual_start"_s, today(ctx));
    return {};
}

Status markDelivered(ActContext &ctx)
{
    ctx.changes.insert(u"actual_end"_s, today(ctx));
    return {};
}

Status nextAttempt(ActContext &ctx)
{
    ctx.changes.insert(u"attempt"_s, ctx.before.value(u"attempt"_s).toInt() + 1);
    ctx.changes.insert(u"delivery_note"_s, QVariant());
    return {};
}

/// The evaluation of this attempt (kept when the stage is re-implemented).
Status evaluate(ActContext &ctx, const QString &result)
{
    auto ok = ctx.db.exec(u"INSERT INTO stage_evaluations (stage_id, project_id, attempt, result, note, evaluated_by, "
                          "evaluated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                          {ctx.before.value(u"id"_s), projectOf(ctx), ctx.before.value(u"attempt"_s), result,
                           ctx.fields.value(u"evaluation_note"_s).toString().trimmed(), ctx.session.staffId, ctx.nowMs});
    if (!ok)
        return std::unexpected(ok.error());
    return {};
}

Status passed(ActContext &ctx)
{
    if (auto ok = evaluate(ctx, u"passed"_s); !ok)
        return ok;
    return project::startNextStage(ctx, projectOf(ctx));
}

Status failedIncomplete(ActContext &ctx) { return evaluate(ctx, u"failed_incomplete"_s); }

/// Presales commitments or product gaps: the project applies for termination at once.
Status failedCommitment(ActContext &ctx)
{
    if (auto ok = evaluate(ctx, u"failed_commitment"_s); !ok)
        return ok;
    auto version = ctx.db.scalar(u"SELECT version FROM projects WHERE id = ?"_s, {projectOf(ctx)});
    if (!version)
        return std::unexpected(version.error());
    const QString reason = QCoreApplication::translate("sd::core::Projects", "Stage “%1” failed its acceptance evaluation: %2")
                               .arg(ctx.before.value(u"name"_s).toString(), ctx.fields.value(u"evaluation_note"_s).toString().trimmed());
    const workflow::ActRequest request{projectOf(ctx), version->toInt(), QString(project::RequestTerminate),
                                       {{u"reason"_s, reason.left(4000)}, {u"stage_id"_s, ctx.before.value(u"id"_s)}}};
    auto done = workflow::act(ctx.db, ctx.session, project::definition(), request, ctx.calendar);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

/// The plan's summary on the project, so that a stage's step shows (and versions) the project.
Status keepProjectSummary(ActContext &ctx)
{
    auto summary = project::stageSummary(ctx.db, projectOf(ctx));
    if (!summary)
        return std::unexpected(summary.error());
    auto version = ctx.db.scalar(u"SELECT version FROM projects WHERE id = ?"_s, {projectOf(ctx)});
    if (!version)
        return std::unexpected(version.error());
    auto done = RecordStore(ctx.db).update(ctx.session, u"projects"_s, projectOf(ctx), version->toInt(), *summary,
                                           ctx.transition.action);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

} // namespace

const workflow::Definition &definition()
{
    static const workflow::Definition d{
        table(),
        {
            {QString(StartStage), {{}, markStarted, {}}},
            {QString(Deliver), {{}, markDelivered, {}}},
            {QString(Pass), {{}, {}, passed}},
            {QString(FailIncomplete), {{}, {}, failedIncomplete}},
            {QString(FailCommitment), {{}, {}, failedCommitment}},
            {QString(Reimplement), {{}, nextAttempt, {}}},
        },
        {checkProject, {}, keepProjectSummary},
        {}};
    return d;
}

} // namespace stage

} // namespace sd::core
