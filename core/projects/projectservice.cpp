#include "core/projects/projectservice.h"

#include "core/auth/permissions.h"
#include "core/db/numbers.h"
#include "core/handoff/handoff.h"
#include "core/projects/projectrules.h"
#include "core/records/fieldrules.h"
#include "core/records/recordstore.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {

QVariant nullable(qint64 v) { return v > 0 ? QVariant(v) : QVariant(); }
QDate dateOf(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

RoleSet applyRoles() { return {Role::ImplementationManager}; }
RoleSet templateRoles() { return {Role::ImplementationManager, Role::Administrator}; }

Status checkApplication(const Database &db, const ProjectApplication &a)
{
    if (auto ok = project::checkText(u"title"_s, a.title, true); !ok)
        return ok;
    if (auto ok = project::checkTextLimits({{u"modules"_s, a.modules}, {u"goals"_s, a.goals}}); !ok)
        return ok;
    if (a.budgetedDays < 1 || a.budgetedDays > 10000)
        return failInvalid(u"budgeted_days"_s, QCoreApplication::translate("sd::core::Projects", "Budgeted days must be a whole number from 1 to 10,000."));
    auto customer = db.scalar(u"SELECT COUNT(*) FROM customers WHERE id = ?"_s, {a.customerId});
    if (!customer)
        return std::unexpected(customer.error());
    if (customer->toInt() == 0)
        return failInvalid(u"customer_id"_s, QCoreApplication::translate("sd::core::Projects", "Choose the customer the project is for."));
    if (a.contractId > 0) {
        auto owner = db.scalar(u"SELECT customer_id FROM contracts WHERE id = ?"_s, {a.contractId});
        if (!owner)
            return std::unexpected(owner.error());
        if (owner->toLongLong() != a.customerId)
            return failInvalid(u"contract_id"_s, QCoreApplication::translate("sd::core::Projects", "The contract is not one of this customer's contracts."));
    }
    if (a.productId > 0) {
        auto product = db.scalar(u"SELECT COUNT(*) FROM products WHERE id = ?"_s, {a.productId});
        if (!product)
            return std::unexpected(product.error());
        if (product->toInt() == 0)
            return failInvalid(u"product_id"_s, QCoreApplication::translate("sd::core::Projects", "There is no product %1.").arg(a.productId));
    }
    return {};
}

/// XMyyyy-nnnn, the next of the year (core/db/numbers.h: race-free with many desks).
Result<QString> nextProjectNo(const Database &db, int year)
{
    const QString prefix = u"XM%1-"_s.arg(year);
    auto seq = numbers::next(db, u"project:"_s + prefix,
                             [&] { return numbers::highestWithPrefix(db, u"projects"_s, u"project_no"_s, prefix); });
    if (!seq)
        return std::unexpected(seq.error());
    return prefix + QString::number(*seq).rightJustified(4, u'0');
}

} // namespace

Result<qint64> ProjectService::apply(const Session &session, const ProjectApplication &a)
{
    if (auto ok = requireRoles(m_db, session, applyRoles(), QCoreApplication::translate("sd::core::Projects", "Open an implementation project"), u"projects"_s); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkApplication(m_db, a); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    const qint64 now = Database::nowMs();
    auto number = nextProjectNo(m_db, project::centerDay(m_calendar, now).year());
    if (!number)
        return std::unexpected(number.error());
    auto id = RecordStore(m_db).insert(
        session, u"projects"_s,
        {{u"project_no"_s, *number}, {u"state"_s, QString(project::Applied)}, {u"customer_id"_s, a.customerId},
         {u"contract_id"_s, nullable(a.contractId)}, {u"need_id"_s, nullable(a.needId)}, {u"title"_s, a.title.trimmed()},
         {u"product_id"_s, nullable(a.productId)}, {u"modules"_s, a.modules.trimmed()}, {u"goals"_s, a.goals.trimmed()},
         {u"budgeted_days"_s, a.budgetedDays}, {u"applied_by"_s, session.staffId}, {u"applied_at"_s, now}},
        u"apply"_s);
    if (!id)
        return std::unexpected(id.error());
    if (a.needId > 0)
        if (auto ok = handoff::needToProject(m_db, session, m_calendar, a.needId, a.customerId, *id); !ok)
            return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return *id;
}

Result<QVariantMap> ProjectService::act(const Session &session, qint64 projectId, int expectedVersion,
                                        const QString &action, const QVariantMap &fields)
{
    return workflow::act(m_db, session, project::definition(), {projectId, expectedVersion, action, fields}, &m_calendar);
}

Result<QVariantMap> ProjectService::actOnStage(const Session &session, qint64 stageId, int expectedVersion,
                                               const QString &action, const QVariantMap &fields)
{
    return workflow::act(m_db, session, stage::definition(), {stageId, expectedVersion, action, fields}, &m_calendar);
}

namespace {

Status checkLogEntry(const LogEntry &e, const QDate &started, const QDate &today)
{
    if (!e.workDate.isValid())
        return failInvalid(u"work_date"_s, QCoreApplication::translate("sd::core::Projects", "Say which day the entry is for (YYYY-MM-DD)."));
    if (e.workDate > today)
        return failInvalid(u"work_date"_s, QCoreApplication::translate("sd::core::Projects", "%1 has not come yet: a day is confirmed when it is worked.").arg(e.workDate.toString(Qt::ISODate)));
    if (started.isValid() && e.workDate < started)
        return failInvalid(u"work_date"_s, QCoreApplication::translate("sd::core::Projects", "The stage started on %1; %2 is before it.")
                                               .arg(started.toString(Qt::ISODate), e.workDate.toString(Qt::ISODate)));
    if (auto ok = project::checkText(u"work_done"_s, e.workDone, true); !ok)
        return ok;
    if (!(e.hours > 0 && e.hours <= 24))
        return failInvalid(u"hours"_s, QCoreApplication::translate("sd::core::Projects", "Hours must be more than 0 and at most 24."));
    if (auto ok = project::checkText(u"issues"_s, e.issues); !ok)
        return ok;
    return project::checkText(u"customer_contact"_s, e.customerContact, true);
}

} // namespace

Result<qint64> ProjectService::logDay(const Session &session, const LogEntry &e)
{
    RecordStore store(m_db);
    auto permitted = [&]() -> Result<QVariantMap> {
        auto stageRow = store.load(u"project_stages"_s, e.stageId);
        if (!stageRow)
            return stageRow;
        if (auto row = workflow::permit(m_db, session, stage::table(), *stageRow, stage::LogDay); !row)
            return std::unexpected(row.error());
        return stageRow;
    };
    // Checked before the transaction, so that a refusal stays in the audit trail, and again
    // inside it, where the stage cannot change under the entry.
    if (auto early = permitted(); !early)
        return std::unexpected(early.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto stageRow = permitted();
    if (!stageRow)
        return std::unexpected(stageRow.error());
    const qint64 projectId = stageRow->value(u"project_id"_s).toLongLong();
    if (auto ok = project::requireRunning(m_db, projectId); !ok)
        return std::unexpected(ok.error());
    const QDate today = project::centerDay(m_calendar, Database::nowMs());
    if (auto ok = checkLogEntry(e, dateOf(stageRow->value(u"actual_start"_s)), today); !ok)
        return std::unexpected(ok.error());
    const QString day = e.workDate.toString(Qt::ISODate);
    const QVariantMap values{{u"work_done"_s, e.workDone.trimmed()}, {u"hours"_s, e.hours}, {u"issues"_s, e.issues.trimmed()},
                             {u"customer_contact"_s, e.customerContact.trimmed()}, {u"confirmed_at"_s, Database::nowMs()}};
    auto existing = m_db.exec(u"SELECT id, version FROM project_logs WHERE consultant_id = ? AND stage_id = ? AND work_date = ?"_s,
                              {session.staffId, e.stageId, day});
    if (!existing)
        return std::unexpected(existing.error());
    Result<qint64> id = 0;
    if (existing->next()) {
        const qint64 logId = existing->value(0).toLongLong();
        const int version = existing->value(1).toInt();
        existing->finish();
        auto done = store.update(session, u"project_logs"_s, logId, version, values, QString(stage::LogDay));
        id = done ? Result<qint64>(logId) : std::unexpected(done.error());
    } else {
        QVariantMap insert = values;
        insert.insert(u"project_id"_s, projectId);
        insert.insert(u"stage_id"_s, e.stageId);
        insert.insert(u"consultant_id"_s, session.staffId);
        insert.insert(u"work_date"_s, day);
        id = store.insert(session, u"project_logs"_s, insert, QString(stage::LogDay));
    }
    if (!id)
        return id;
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<QList<std::pair<QDate, QDate>>> ProjectService::suspensions(qint64 projectId) const
{
    auto q = m_db.exec(u"SELECT effective_at, ended_at FROM project_approvals WHERE project_id = ? AND kind = 'suspend' "
                       "AND outcome = 'approved' ORDER BY effective_at"_s,
                       {projectId});
    if (!q)
        return std::unexpected(q.error());
    const QDate today = project::centerDay(m_calendar, Database::nowMs());
    QList<std::pair<QDate, QDate>> out;
    while (q->next()) {
        const QDate from = project::centerDay(m_calendar, q->value(0).toLongLong());
        const QDate to = q->value(1).isNull() ? today : project::centerDay(m_calendar, q->value(1).toLongLong());
        out.append({from, to});
    }
    return out;
}

namespace {

bool within(const QList<std::pair<QDate, QDate>> &spans, const QDate &day)
{
    for (const auto &[from, to] : spans)
        if (day >= from && day <= to)
            return true;
    return false;
}

} // namespace

Result<QList<MissingLog>> ProjectService::missingLogs(qint64 projectId) const
{
    auto stopped = suspensions(projectId);
    if (!stopped)
        return std::unexpected(stopped.error());
    auto stageRows = m_db.exec(u"SELECT id, name, actual_start FROM project_stages WHERE project_id = ? AND state = ? "
                               "AND actual_start IS NOT NULL ORDER BY seq"_s,
                               {projectId, QString(stage::Active)});
    if (!stageRows)
        return std::unexpected(stageRows.error());
    QList<std::tuple<qint64, QString, QDate>> active;
    while (stageRows->next())
        active.append({stageRows->value(0).toLongLong(), stageRows->value(1).toString(), dateOf(stageRows->value(2))});
    auto team = m_db.exec(u"SELECT m.staff_id, s.display_name FROM project_members m JOIN staff s ON s.id = m.staff_id "
                          "WHERE m.project_id = ? ORDER BY m.staff_id"_s,
                          {projectId});
    if (!team)
        return std::unexpected(team.error());
    QList<std::pair<qint64, QString>> consultants;
    while (team->next())
        consultants.append({team->value(0).toLongLong(), team->value(1).toString()});
    auto logged = m_db.exec(u"SELECT stage_id, consultant_id, work_date FROM project_logs WHERE project_id = ?"_s, {projectId});
    if (!logged)
        return std::unexpected(logged.error());
    QSet<QString> done;
    while (logged->next())
        done.insert(logged->value(0).toString() + u'/' + logged->value(1).toString() + u'/' + logged->value(2).toString());
    const QDate yesterday = project::centerDay(m_calendar, Database::nowMs()).addDays(-1);
    QList<MissingLog> out;
    for (const auto &[stageId, name, start] : active)
        for (QDate d = start; d.isValid() && d <= yesterday; d = d.addDays(1)) {
            if (!m_calendar.isWorkingDay(d) || within(*stopped, d))
                continue;
            for (const auto &[staffId, staffName] : consultants)
                if (!done.contains(u"%1/%2/%3"_s.arg(stageId).arg(staffId).arg(d.toString(Qt::ISODate))))
                    out.append({stageId, name, staffId, staffName, d});
        }
    return out;
}

Result<QVariantMap> ProjectService::get(qint64 projectId) const
{
    return RecordStore(m_db).load(u"projects"_s, projectId);
}

Stage Stage::fromRow(const QVariantMap &r)
{
    Stage s;
    s.id = r.value(u"id"_s).toLongLong();
    s.version = r.value(u"version"_s).toInt();
    s.projectId = r.value(u"project_id"_s).toLongLong();
    s.seq = r.value(u"seq"_s).toInt();
    s.name = r.value(u"name"_s).toString();
    s.plannedStart = dateOf(r.value(u"planned_start"_s));
    s.plannedEnd = dateOf(r.value(u"planned_end"_s));
    s.actualStart = dateOf(r.value(u"actual_start"_s));
    s.actualEnd = dateOf(r.value(u"actual_end"_s));
    s.scope = r.value(u"scope"_s).toString();
    s.goals = r.value(u"goals"_s).toString();
    s.risks = r.value(u"risks"_s).toString();
    s.customerExpectations = r.value(u"customer_expectations"_s).toString();
    s.deliverables = r.value(u"deliverables"_s).toString();
    s.state = r.value(u"state"_s).toString();
    s.attempt = r.value(u"attempt"_s).toInt();
    return s;
}

Result<QList<Stage>> ProjectService::stages(qint64 projectId) const
{
    auto q = m_db.exec(u"SELECT * FROM project_stages WHERE project_id = ? ORDER BY seq"_s, {projectId});
    if (!q)
        return std::unexpected(q.error());
    QList<Stage> out;
    while (q->next())
        out << Stage::fromRow(rowMap(*q));
    return out;
}

Result<QList<Evaluation>> ProjectService::evaluations(qint64 projectId) const
{
    auto q = m_db.exec(u"SELECT e.stage_id, e.attempt, e.result, e.note, e.evaluated_by, e.evaluated_at FROM stage_evaluations e "
                       "JOIN project_stages s ON s.id = e.stage_id WHERE e.project_id = ? ORDER BY s.seq, e.attempt"_s,
                       {projectId});
    if (!q)
        return std::unexpected(q.error());
    QList<Evaluation> out;
    while (q->next())
        out << Evaluation{q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toString(), q->value(3).toString(),
                          q->value(4).toLongLong(), q->value(5).toLongLong()};
    return out;
}

Result<QList<LogEntry>> ProjectService::logs(qint64 projectId) const
{
    auto q = m_db.exec(u"SELECT l.id, l.stage_id, l.consultant_id, s.display_name, l.work_date, l.work_done, l.hours, l.issues, "
                       "l.customer_contact FROM project_logs l JOIN staff s ON s.id = l.consultant_id "
                       "WHERE l.project_id = ? ORDER BY l.work_date, l.id"_s,
                       {projectId});
    if (!q)
        return std::unexpected(q.error());
    QList<LogEntry> out;
    while (q->next())
        out << LogEntry{q->value(0).toLongLong(), projectId, q->value(1).toLongLong(), q->value(2).toLongLong(),
                        q->value(3).toString(), dateOf(q->value(4)), q->value(5).toString(), q->value(6).toDouble(),
                        q->value(7).toString(), q->value(8).toString()};
    return out;
}

Result<QList<Approval>> ProjectService::approvals(qint64 projectId) const
{
    auto q = m_db.exec(u"SELECT id, kind, reason, prior_state, pm_decision, im_decision, outcome, pm_by, im_by, "
                       "effective_at, ended_at FROM project_approvals WHERE project_id = ? ORDER BY id"_s,
                       {projectId});
    if (!q)
        return std::unexpected(q.error());
    QList<Approval> out;
    while (q->next())
        out << Approval{q->value(0).toLongLong(), projectId, q->value(1).toString(), q->value(2).toString(),
                        q->value(3).toString(), q->value(4).toString(), q->value(5).toString(), q->value(6).toString(),
                        q->value(7).toLongLong(), q->value(8).toLongLong(), q->value(9).toLongLong(), q->value(10).toLongLong()};
    return out;
}

Result<QList<qint64>> ProjectService::consultants(qint64 projectId) const
{
    auto q = m_db.exec(u"SELECT staff_id FROM project_members WHERE project_id = ? ORDER BY staff_id"_s, {projectId});
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Result<QList<ProjectRow>> ProjectService::list(const QString &state, int limit) const
{
    const QString today = project::centerDay(m_calendar, Database::nowMs()).toString(Qt::ISODate);
    QVariantList binds{QString(stage::Accepted), today};
    QString where;
    if (!state.isEmpty()) {
        where = u" WHERE p.state = ?"_s;
        binds << state;
    }
    binds << qMax(1, limit);
    auto q = m_db.exec(u"SELECT p.id, p.version, p.project_no, p.state, p.title, p.customer_id, c.name, p.project_manager_id, "
                       "s.display_name, p.current_stage, p.updated_at, "
                       "(SELECT COUNT(*) FROM project_stages st WHERE st.project_id = p.id AND st.state <> ? "
                       "AND st.planned_end < ?), "
                       "(SELECT COUNT(*) FROM project_approvals a WHERE a.project_id = p.id AND a.outcome = 'pending') "
                       "FROM projects p JOIN customers c ON c.id = p.customer_id "
                       "LEFT JOIN staff s ON s.id = p.project_manager_id"_s
                           + where + u" ORDER BY p.updated_at DESC, p.id DESC LIMIT ?"_s,
                       binds);
    if (!q)
        return std::unexpected(q.error());
    QList<ProjectRow> out;
    while (q->next())
        out << ProjectRow{q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toString(), q->value(3).toString(),
                          q->value(4).toString(), q->value(5).toLongLong(), q->value(6).toString(), q->value(7).toLongLong(),
                          q->value(8).toString(), q->value(9).toString(), q->value(11).toInt(), q->value(12).toInt(),
                          q->value(10).toLongLong()};
    return out;
}

Result<qint64> ProjectService::addTemplate(const Session &session, qint64 productId, const QString &name,
                                           const QList<TemplateStage> &stages)
{
    if (auto ok = requireRoles(m_db, session, templateRoles(), QCoreApplication::translate("sd::core::Projects", "Add a plan template"), u"plan_templates"_s); !ok)
        return std::unexpected(ok.error());
    if (auto ok = project::checkText(u"template_name"_s, name, true); !ok)
        return std::unexpected(ok.error());
    if (stages.isEmpty())
        return failInvalid(u"stage_name"_s, QCoreApplication::translate("sd::core::Projects", "A plan template needs at least one stage."));
    for (const TemplateStage &s : stages) {
        if (auto ok = project::checkText(u"stage_name"_s, s.name, true); !ok)
            return std::unexpected(ok.error());
        if (s.workingDays < 1 || s.workingDays > 250)
            return failInvalid(u"working_days"_s, QCoreApplication::translate("sd::core::Projects", "A stage of a template lasts 1 to 250 working days."));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto id = RecordStore(m_db).insert(session, u"plan_templates"_s, {{u"product_id"_s, productId}, {u"name"_s, name.trimmed()}});
    if (!id)
        return std::unexpected(id.error());
    int seq = 0;
    for (const TemplateStage &s : stages)
        if (auto ok = m_db.exec(u"INSERT INTO plan_template_stages (template_id, seq, name, working_days, scope, goals, risks, "
                                "deliverables) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                {*id, ++seq, s.name.trimmed(), s.workingDays, s.scope, s.goals, s.risks, s.deliverables});
            !ok)
            return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return *id;
}

Result<QList<TemplateStage>> ProjectService::templateStages(qint64 templateId) const
{
    auto q = m_db.exec(u"SELECT seq, name, working_days, scope, goals, risks, deliverables FROM plan_template_stages "
                       "WHERE template_id = ? ORDER BY seq"_s,
                       {templateId});
    if (!q)
        return std::unexpected(q.error());
    QList<TemplateStage> out;
    while (q->next())
        out << TemplateStage{q->value(0).toInt(), q->value(1).toString(), q->value(2).toInt(), q->value(3).toString(),
                             q->value(4).toString(), q->value(5).toString(), q->value(6).toString()};
    return out;
}

} // namespace sd::core
