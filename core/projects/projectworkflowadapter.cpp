// Implementation projects for scripts (servicedeskctl project …): ProjectService's public API
// behind the workflow registry's interface. A project's stages and its daily log are worked on
// through the project (field stage_id): the stage table's actions are offered as rows of the
// project in the states where stages are carried out, with the matching project guards, so
// that they are listed, titled and checked like the project's own.
#include "core/calendar/calendarrepository.h"
#include "core/projects/projectaccess.h"
#include "core/projects/projectservice.h"
#include "core/records/recordstore.h"
#include "core/sla/slapolicy.h"
#include "core/workflow/registry.h"
#include "core/workflow/titles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::project {

namespace {

using workflow::FieldSpec;
using workflow::FieldType;
using workflow::RecordView;

/// The stage actions a project offers, each with the project-level form of the stage row's guard.
const QList<std::pair<QString, std::shared_ptr<const workflow::Guard>>> &stageActions()
{
    static const QList<std::pair<QString, std::shared_ptr<const workflow::Guard>>> list = {
        {QString(stage::StartStage), ownManagerOrImplementationManager(On::Project)},
        {QString(stage::Deliver), assignedConsultant(On::Project)},
        {QString(stage::Pass), ownManagerOrImplementationManager(On::Project)},
        {QString(stage::FailIncomplete), ownManagerOrImplementationManager(On::Project)},
        {QString(stage::FailCommitment), ownManagerOrImplementationManager(On::Project)},
        {QString(stage::Reimplement), projectTeam(On::Project)},
        {QString(stage::LogDay), assignedConsultant(On::Project)},
    };
    return list;
}

QStringList requiredFor(const QString &action)
{
    QStringList required{u"stage_id"_s};
    if (action == stage::LogDay)
        return required + QStringList{u"work_date"_s, u"work_done"_s, u"hours"_s, u"customer_contact"_s};
    for (const workflow::Transition &t : stage::table().transitions())
        if (t.action == action)
            for (const QString &f : t.required)
                if (!required.contains(f))
                    required << f;
    return required;
}

const workflow::TransitionTable &projectTable()
{
    static const workflow::TransitionTable t = [] {
        QList<workflow::Transition> rows;
        for (const QString &state : runningStates())
            for (const auto &[action, guard] : stageActions())
                rows << workflow::Transition{state, action, state, stage::table().rolesForAction(action), requiredFor(action)}
                            .guardedBy(guard);
        return workflow::extended(table(), rows, {{}, stage::actionTitle, {}});
    }();
    return t;
}

bool isStageAction(const QString &action)
{
    return stage::table().knowsAction(action) && !table().knowsAction(action);
}

Result<ProjectService> serviceOf(const Database &db)
{
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return std::unexpected(calendar.error());
    return ProjectService(db, *calendar);
}

ProjectApplication applicationOf(const QVariantMap &f)
{
    ProjectApplication a;
    a.customerId = f.value(u"customer_id"_s).toLongLong();
    a.contractId = f.value(u"contract_id"_s).toLongLong();
    a.needId = f.value(u"need_id"_s).toLongLong();
    a.title = f.value(u"title"_s).toString();
    a.productId = f.value(u"product_id"_s).toLongLong();
    a.modules = f.value(u"modules"_s).toString();
    a.goals = f.value(u"goals"_s).toString();
    a.budgetedDays = f.value(u"budgeted_days"_s).toInt();
    return a;
}

LogEntry logEntryOf(qint64 stageId, const QVariantMap &f)
{
    LogEntry e;
    e.stageId = stageId;
    e.workDate = QDate::fromString(f.value(u"work_date"_s).toString(), Qt::ISODate);
    e.workDone = f.value(u"work_done"_s).toString();
    e.hours = f.value(u"hours"_s).toDouble();
    e.issues = f.value(u"issues"_s).toString();
    e.customerContact = f.value(u"customer_contact"_s).toString();
    return e;
}

QVariantList stagesView(const QList<Stage> &stages)
{
    QVariantList out;
    for (const Stage &s : stages)
        out << QVariantMap{{u"id"_s, s.id},
                           {u"seq"_s, s.seq},
                           {u"name"_s, s.name},
                           {u"state"_s, s.state},
                           {u"attempt"_s, s.attempt},
                           {u"planned_start"_s, s.plannedStart.toString(Qt::ISODate)},
                           {u"planned_end"_s, s.plannedEnd.toString(Qt::ISODate)},
                           {u"actual_start"_s, s.actualStart.toString(Qt::ISODate)},
                           {u"actual_end"_s, s.actualEnd.toString(Qt::ISODate)}};
    return out;
}

QVariantList missingView(const QList<MissingLog> &missing)
{
    QVariantList out;
    for (const MissingLog &m : missing)
        out << QVariantMap{{u"stage_id"_s, m.stageId}, {u"stage"_s, m.stageName}, {u"consultant_id"_s, m.consultantId},
                           {u"consultant"_s, m.consultantName}, {u"day"_s, m.day.toString(Qt::ISODate)}};
    return out;
}

class ProjectWorkflow final : public workflow::WorkflowAdapter
{
public:
    QString name() const override { return u"project"_s; }
    QString title() const override { return QCoreApplication::translate("sd::core::Projects", "Implementation projects"); }
    const workflow::TransitionTable &table() const override { return projectTable(); }
    bool creatable() const override { return true; }

    QList<FieldSpec> fields() const override
    {
        const QString n = workflow::kNew;
        const QStringList team = {Assign, Reassign};
        const QStringList requests = {RequestSuspend, RequestTerminate};
        const QStringList approvals = {PmApproveSuspend, ImApproveSuspend, PmApproveTerminate, ImApproveTerminate};
        const QStringList evaluations = {stage::Pass, stage::FailIncomplete, stage::FailCommitment};
        QStringList onStage;
        for (const auto &entry : stageActions())
            onStage << entry.first;
        const QString log = stage::LogDay;
        return {
            {u"customer_id"_s, FieldType::Integer, {}, {n}, true},
            {u"contract_id"_s, FieldType::Integer, {}, {n}},
            {u"need_id"_s, FieldType::Integer, {}, {n}},
            {u"title"_s, FieldType::Text, {}, {n}, true},
            {u"product_id"_s, FieldType::Integer, {}, {n}},
            {u"modules"_s, FieldType::Text, {}, {n}},
            {u"goals"_s, FieldType::Text, {}, {n}},
            {u"budgeted_days"_s, FieldType::Integer, {}, {n}, true},
            {u"project_manager_id"_s, FieldType::Integer, {}, team},
            {u"consultant_ids"_s, FieldType::Text, {}, team},
            {u"stage_name"_s, FieldType::Text, {}, {AddStage}},
            {u"planned_start"_s, FieldType::Date, {}, {AddStage}},
            {u"planned_end"_s, FieldType::Date, {}, {AddStage}},
            {u"scope"_s, FieldType::Text, {}, {AddStage}},
            {u"stage_goals"_s, FieldType::Text, {}, {AddStage}},
            {u"risks"_s, FieldType::Text, {}, {AddStage}},
            {u"customer_expectations"_s, FieldType::Text, {}, {AddStage}},
            {u"deliverables"_s, FieldType::Text, {}, {AddStage}},
            {u"template_id"_s, FieldType::Integer, {}, {PlanFromTemplate}},
            {u"start_date"_s, FieldType::Date, {}, {PlanFromTemplate}},
            {u"reason"_s, FieldType::Text, {}, requests},
            {u"from_date"_s, FieldType::Date, {}, requests},
            {u"until_date"_s, FieldType::Date, {}, requests},
            {u"approval_note"_s, FieldType::Text, {}, approvals},
            {u"decision_note"_s, FieldType::Text, {}, {RejectSuspend, RejectTerminate}},
            {u"resume_note"_s, FieldType::Text, {}, {Resume}},
            {u"review_note"_s, FieldType::Text, {}, {SubmitForFiling}},
            {u"return_reason"_s, FieldType::Text, {}, {ReturnForRework}},
            {u"filing_note"_s, FieldType::Text, {}, {File}},
            {u"stage_id"_s, FieldType::Integer, {}, onStage},
            {u"delivery_note"_s, FieldType::Text, {}, {stage::Deliver}},
            {u"evaluation_note"_s, FieldType::Text, {}, evaluations},
            {u"work_date"_s, FieldType::Date, {}, {log}},
            {u"work_done"_s, FieldType::Text, {}, {log}},
            {u"hours"_s, FieldType::Number, {}, {log}},
            {u"issues"_s, FieldType::Text, {}, {log}},
            {u"customer_contact"_s, FieldType::Text, {}, {log}},
        };
    }

    Result<QList<RecordView>> list(const Database &db, const Session &, const QString &state, int limit) const override
    {
        auto service = serviceOf(db);
        if (!service)
            return std::unexpected(service.error());
        return workflow::viewsOf(service->list(state, limit), [](const ProjectRow &r) {
            return RecordView{r.id, r.projectNo, r.state, r.version, r.customerName, r.title,
                              {{u"current_stage"_s, r.currentStage}, {u"late_stages"_s, r.lateStages},
                               {u"pending_approvals"_s, r.pendingApprovals}},
                              {}};
        });
    }

    Result<RecordView> show(const Database &db, const Session &, qint64 id) const override
    {
        auto calendar = CalendarRepository(db).load();
        if (!calendar)
            return std::unexpected(calendar.error());
        ProjectService service(db, *calendar);
        auto row = service.get(id);
        if (!row)
            return std::unexpected(row.error());
        RecordView v = workflow::recordView(*row, u"project_no"_s, calendar->timeZone());
        v.summary = row->value(u"title"_s).toString();
        auto customer = db.scalar(u"SELECT name FROM customers WHERE id = ?"_s, {row->value(u"customer_id"_s)});
        v.customer = customer ? customer->toString() : QString();
        auto stages = service.stages(id);
        auto missing = service.missingLogs(id);
        auto team = service.consultants(id);
        auto deadlines = workflow::deadlinesOf(db, *calendar, {QString(sla::ImplementationProject)}, id);
        if (!stages || !missing || !team || !deadlines)
            return std::unexpected(!stages ? stages.error() : !missing ? missing.error() : !team ? team.error() : deadlines.error());
        v.fields.insert(u"stages"_s, stagesView(*stages));
        v.fields.insert(u"missing_logs"_s, missingView(*missing));
        QStringList ids;
        for (qint64 c : std::as_const(*team))
            ids << QString::number(c);
        v.fields.insert(u"consultant_ids"_s, ids.join(u','));
        v.deadlines = *deadlines;
        return v;
    }

    Result<qint64> resolveId(const Database &db, const QString &text) const override
    {
        return workflow::idByNumber(db, u"projects"_s, u"project_no"_s, text);
    }

    Result<RecordView> create(const Database &db, const Session &who, const QVariantMap &f) const override
    {
        auto service = serviceOf(db);
        if (!service)
            return std::unexpected(service.error());
        auto id = service->apply(who, applicationOf(f));
        if (!id)
            return std::unexpected(id.error());
        return show(db, who, *id);
    }

    Result<RecordView> act(const Database &db, const Session &who, qint64 id, const QString &action,
                           const QVariantMap &fields, int expectedVersion) const override
    {
        auto service = serviceOf(db);
        if (!service)
            return std::unexpected(service.error());
        if (!isStageAction(action))
            return showAfter(service->act(who, id, expectedVersion, action, fields), db, who, id);
        if (auto ok = workflow::permitOnRecord(db, who, table(), {id, expectedVersion, action, fields}); !ok)
            return std::unexpected(ok.error());
        auto stage = stageOf(db, id, fields.value(u"stage_id"_s).toLongLong());
        if (!stage)
            return std::unexpected(stage.error());
        if (action == stage::LogDay)
            return showAfter(service->logDay(who, logEntryOf(stage->id, fields)), db, who, id);
        return showAfter(service->actOnStage(who, stage->id, stage->version, action, fields), db, who, id);
    }

private:
    /// The stage `stageId` of project `projectId` (Invalid naming stage_id otherwise).
    static Result<Stage> stageOf(const Database &db, qint64 projectId, qint64 stageId)
    {
        auto row = RecordStore(db).load(u"project_stages"_s, stageId);
        if (!row || row->value(u"project_id"_s).toLongLong() != projectId)
            return failInvalid(u"stage_id"_s, QCoreApplication::translate("sd::core::Projects", "Stage %1 is not a stage of this project.")
                                                  .arg(stageId));
        return Stage::fromRow(*row);
    }
};

} // namespace

} // namespace sd::core::project

namespace sd::core::workflow::adapters {
const WorkflowAdapter &project()
{
    static const sd::core::project::ProjectWorkflow adapter;
    return adapter;
}
} // namespace sd::core::workflow::adapters
