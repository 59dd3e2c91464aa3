// What the project desk reads (SPEC §3.2 "Views"): the list with its health, filtered, searched,
// sorted and paged in SQL; missing log days counted for a page at once; the people to assign
// with their load; the approvals inbox; the documents with their limits; the acceptance report.
#include "core/projects/projectrules.h"
#include "core/projects/projectservice.h"

#include "core/audit/audit.h"
#include "core/firstvisit/digestservice.h"
#include "core/records/recordstore.h"
#include "core/search/textsearch.h"

#include <QCoreApplication>
#include <algorithm>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {

QDate dateOf(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

/// The ids as "?, ?, ?" with their binds (never text pasted into SQL).
QString marks(const QList<qint64> &ids, QVariantList &binds)
{
    QStringList m;
    for (qint64 id : ids) {
        m << u"?"_s;
        binds << id;
    }
    return m.join(u", "_s);
}

/// The WHERE clause of a filter (with " WHERE " in front when not empty) and its binds.
std::pair<QString, QVariantList> whereOf(const ProjectFilter &f)
{
    QStringList parts;
    QVariantList binds;
    if (f.state == u"@open") {
        parts << u"p.state NOT IN (?, ?)"_s;
        binds << QString(project::Closed) << QString(project::Terminated);
    } else if (!f.state.isEmpty()) {
        parts << u"p.state = ?"_s;
        binds << f.state;
    }
    if (f.customerId > 0) {
        parts << u"p.customer_id = ?"_s;
        binds << f.customerId;
    }
    if (f.memberId > 0) {
        parts << u"(p.project_manager_id = ? OR EXISTS (SELECT 1 FROM project_members m WHERE m.project_id = p.id "
                 "AND m.staff_id = ?))"_s;
        binds << f.memberId << f.memberId;
    }
    for (const QString &word : search::words(f.text)) {
        const QString like = search::likePattern(word.toLower());
        parts << u"(LOWER(p.project_no) LIKE ? ESCAPE '\\' OR LOWER(p.title) LIKE ? ESCAPE '\\' "
                 "OR LOWER(c.name) LIKE ? ESCAPE '\\')"_s;
        binds << like << like << like;
    }
    return {parts.isEmpty() ? QString() : u" WHERE "_s + parts.join(u" AND "_s), binds};
}

bool within(const QList<std::pair<QDate, QDate>> &spans, const QDate &day)
{
    for (const auto &[from, to] : spans)
        if (day >= from && day <= to)
            return true;
    return false;
}

} // namespace

Result<QList<ProjectRow>> ProjectService::list(const ProjectFilter &f) const
{
    if (f.text.size() > 200)
        return failInvalid(u"text"_s, QCoreApplication::translate("sd::core::Projects", "Search for at most 200 characters."));
    const QString today = project::centerDay(m_calendar, Database::nowMs()).toString(Qt::ISODate);
    auto [where, filterBinds] = whereOf(f);
    QVariantList binds{QString(stage::Accepted), today};
    binds << filterBinds;
    QString order;
    switch (f.sort) {
    case ProjectFilter::Sort::LastChanged: order = u"p.updated_at DESC, p.id DESC"_s; break;
    case ProjectFilter::Sort::Number: order = u"p.project_no DESC, p.id DESC"_s; break;
    case ProjectFilter::Sort::Customer: order = u"c.name_key, p.id DESC"_s; break;
    case ProjectFilter::Sort::LateFirst: order = u"late DESC, pending DESC, p.updated_at DESC, p.id DESC"_s; break;
    }
    binds << std::clamp(f.limit, 1, 1000) << std::max(0, f.offset);
    auto q = m_db.exec(u"SELECT p.id, p.version, p.project_no, p.state, p.title, p.customer_id, c.name, p.project_manager_id, "
                       "s.display_name, p.current_stage, p.updated_at, "
                       "(SELECT COUNT(*) FROM project_stages st WHERE st.project_id = p.id AND st.state <> ? "
                       "AND st.planned_end < ?) AS late, "
                       "(SELECT COUNT(*) FROM project_approvals a WHERE a.project_id = p.id AND a.outcome = 'pending') AS pending, "
                       "p.budgeted_days, p.stages_total, p.stages_accepted "
                       "FROM projects p JOIN customers c ON c.id = p.customer_id "
                       "LEFT JOIN staff s ON s.id = p.project_manager_id"_s
                           + where + u" ORDER BY "_s + order + u" LIMIT ? OFFSET ?"_s,
                       binds);
    if (!q)
        return std::unexpected(q.error());
    QList<ProjectRow> out;
    while (q->next()) {
        ProjectRow r{q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString(), q->value(5).toLongLong(), q->value(6).toString(), q->value(7).toLongLong(),
                     q->value(8).toString(), q->value(9).toString(), q->value(11).toInt(), q->value(12).toInt(),
                     q->value(10).toLongLong()};
        r.budgetedDays = q->value(13).toInt();
        r.stagesTotal = q->value(14).toInt();
        r.stagesAccepted = q->value(15).toInt();
        out << r;
    }
    q->finish();
    if (f.countMissingLogs && !out.isEmpty()) {
        QList<qint64> ids;
        for (const ProjectRow &r : out)
            ids << r.id;
        auto missing = missingLogCounts(ids);
        if (!missing)
            return std::unexpected(missing.error());
        for (ProjectRow &r : out)
            r.missingLogs = missing->value(r.id, 0);
    }
    return out;
}

Result<int> ProjectService::count(const ProjectFilter &f) const
{
    auto [where, binds] = whereOf(f);
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM projects p JOIN customers c ON c.id = p.customer_id"_s + where, binds);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<QHash<qint64, int>> ProjectService::missingLogCounts(const QList<qint64> &projectIds) const
{
    QHash<qint64, int> out;
    if (projectIds.isEmpty())
        return out;
    // The same rule as missingLogs(), for many projects in four queries: the active stages of
    // running projects, the consultants, the logged days of those stages, the suspensions.
    QVariantList binds{QString(stage::Active)};
    QString sql = u"SELECT st.id, st.project_id, st.actual_start FROM project_stages st JOIN projects p ON p.id = st.project_id "
                  "WHERE st.state = ? AND st.actual_start IS NOT NULL AND p.state IN ("_s;
    QStringList running;
    for (const QString &s : project::runningStates()) {
        running << u"?"_s;
        binds << s;
    }
    sql += running.join(u", "_s) + u") AND st.project_id IN ("_s + marks(projectIds, binds) + u")"_s;
    auto stageRows = m_db.exec(sql, binds);
    if (!stageRows)
        return std::unexpected(stageRows.error());
    struct Active { qint64 stageId, projectId; QDate start; };
    QList<Active> active;
    QList<qint64> stageIds;
    while (stageRows->next()) {
        active.append({stageRows->value(0).toLongLong(), stageRows->value(1).toLongLong(), dateOf(stageRows->value(2))});
        stageIds << active.last().stageId;
    }
    if (active.isEmpty())
        return out;
    QVariantList teamBinds;
    auto team = m_db.exec(u"SELECT project_id, staff_id FROM project_members WHERE project_id IN ("_s
                              + marks(projectIds, teamBinds) + u")"_s,
                          teamBinds);
    if (!team)
        return std::unexpected(team.error());
    QHash<qint64, QList<qint64>> consultants;
    while (team->next())
        consultants[team->value(0).toLongLong()] << team->value(1).toLongLong();
    QVariantList logBinds;
    auto logged = m_db.exec(u"SELECT stage_id, consultant_id, work_date FROM project_logs WHERE stage_id IN ("_s
                                + marks(stageIds, logBinds) + u")"_s,
                            logBinds);
    if (!logged)
        return std::unexpected(logged.error());
    // (stage, consultant) → the days logged, as Julian day numbers: the loop below asks it for
    // every working day of every active stage, so no text is built per question.
    QHash<std::pair<qint64, qint64>, QSet<qint64>> done;
    while (logged->next())
        done[{logged->value(0).toLongLong(), logged->value(1).toLongLong()}].insert(dateOf(logged->value(2)).toJulianDay());
    QVariantList suspendBinds;
    auto suspended = m_db.exec(u"SELECT project_id, effective_at, ended_at FROM project_approvals WHERE kind = 'suspend' "
                               "AND outcome = 'approved' AND project_id IN ("_s
                                   + marks(projectIds, suspendBinds) + u")"_s,
                               suspendBinds);
    if (!suspended)
        return std::unexpected(suspended.error());
    const QDate today = project::centerDay(m_calendar, Database::nowMs());
    QHash<qint64, QList<std::pair<QDate, QDate>>> stops;
    while (suspended->next())
        stops[suspended->value(0).toLongLong()].append(
            {project::centerDay(m_calendar, suspended->value(1).toLongLong()),
             suspended->value(2).isNull() ? today : project::centerDay(m_calendar, suspended->value(2).toLongLong())});
    const QDate yesterday = today.addDays(-1);
    for (const Active &a : std::as_const(active)) {
        const auto &people = consultants.value(a.projectId);
        const auto &spans = stops.value(a.projectId);
        QList<const QSet<qint64> *> logs;
        static const QSet<qint64> none;
        for (qint64 staffId : people) {
            auto it = done.constFind({a.stageId, staffId});
            logs << (it == done.constEnd() ? &none : &*it);
        }
        int missing = 0;
        for (QDate d = a.start; d.isValid() && d <= yesterday; d = d.addDays(1)) {
            if (!m_calendar.isWorkingDay(d) || within(spans, d))
                continue;
            const qint64 day = d.toJulianDay();
            for (const QSet<qint64> *logged : std::as_const(logs))
                missing += logged->contains(day) ? 0 : 1;
        }
        if (missing > 0)
            out[a.projectId] += missing;
    }
    return out;
}

Result<QList<firstvisit::Need>> ProjectService::openNeeds(qint64 customerId) const
{
    return firstvisit::readNeedsWhere(m_db, u"n.customer_id = ? AND n.need_type = 'implementation' AND n.state = 'open'"_s,
                                      {customerId});
}

Result<QList<StaffLoad>> ProjectService::candidates(Role role) const
{
    if (role != Role::ProjectManager && role != Role::Consultant)
        return failInvalid(u"role"_s, QCoreApplication::translate("sd::core::Projects", "Only project managers and consultants are assigned to projects."));
    auto people = m_db.exec(u"SELECT s.id, s.display_name FROM staff s JOIN staff_roles r ON r.staff_id = s.id "
                            "WHERE s.active = 1 AND r.role = ? ORDER BY s.display_name COLLATE pinyin, s.id"_s,
                            {roleKey(role)});
    if (!people)
        return std::unexpected(people.error());
    QList<StaffLoad> out;
    QHash<qint64, int> index;
    while (people->next()) {
        index.insert(people->value(0).toLongLong(), int(out.size()));
        out.append({people->value(0).toLongLong(), people->value(1).toString()});
    }
    people->finish();
    if (out.isEmpty())
        return out;
    // Whose projects: the project manager's own, or the consultants' memberships.
    const QString who = role == Role::ProjectManager
                            ? u"SELECT p.project_manager_id AS staff_id, p.id AS project_id FROM projects p "
                              "WHERE p.project_manager_id IS NOT NULL AND p.state NOT IN (?, ?)"_s
                            : u"SELECT m.staff_id AS staff_id, p.id AS project_id FROM project_members m "
                              "JOIN projects p ON p.id = m.project_id WHERE p.state NOT IN (?, ?)"_s;
    const QVariantList open{QString(project::Closed), QString(project::Terminated)};
    auto projects = m_db.exec(u"SELECT staff_id, COUNT(*) FROM ("_s + who + u") w GROUP BY staff_id"_s, open);
    if (!projects)
        return std::unexpected(projects.error());
    while (projects->next())
        if (auto it = index.find(projects->value(0).toLongLong()); it != index.end())
            out[*it].activeProjects = projects->value(1).toInt();
    const QDate today = project::centerDay(m_calendar, Database::nowMs());
    const QDate first(today.year(), today.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    QVariantList binds = open;
    binds << last.toString(Qt::ISODate) << first.toString(Qt::ISODate);
    auto stages = m_db.exec(u"SELECT w.staff_id, st.planned_start, st.planned_end FROM ("_s + who
                                + u") w JOIN project_stages st ON st.project_id = w.project_id "
                                  "WHERE st.planned_start <= ? AND st.planned_end >= ?"_s,
                            binds);
    if (!stages)
        return std::unexpected(stages.error());
    // A day two of one's stages share is one day of work, not two.
    QHash<qint64, QSet<QDate>> days;
    while (stages->next()) {
        const QDate from = std::max(first, dateOf(stages->value(1)));
        const QDate to = std::min(last, dateOf(stages->value(2)));
        auto &set = days[stages->value(0).toLongLong()];
        for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1))
            if (m_calendar.isWorkingDay(d))
                set.insert(d);
    }
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        if (auto at = index.find(it.key()); at != index.end())
            out[*at].plannedDaysThisMonth = int(it.value().size());
    return out;
}

Result<QList<PendingApproval>> ProjectService::pendingApprovals(const Session &session, int limit) const
{
    QStringList mine;
    QVariantList binds;
    if (session.has(Role::ImplementationManager))
        mine << u"a.im_decision IS NULL"_s;
    if (session.has(Role::ProjectManager)) {
        mine << u"(a.pm_decision IS NULL AND p.project_manager_id = ?)"_s;
        binds << session.staffId;
    }
    if (mine.isEmpty())
        return QList<PendingApproval>{};
    binds << std::clamp(limit, 1, 1000);
    auto q = m_db.exec(u"SELECT a.id, p.id, p.version, p.project_no, p.title, c.name, p.state, a.kind, a.reason, "
                       "s.display_name, a.requested_at, a.pm_decision, a.im_decision FROM project_approvals a "
                       "JOIN projects p ON p.id = a.project_id JOIN customers c ON c.id = p.customer_id "
                       "LEFT JOIN staff s ON s.id = a.requested_by WHERE a.outcome = 'pending' AND ("_s
                           + mine.join(u" OR "_s) + u") ORDER BY a.requested_at, a.id LIMIT ?"_s,
                       binds);
    if (!q)
        return std::unexpected(q.error());
    QList<PendingApproval> out;
    while (q->next())
        out << PendingApproval{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toInt(),
                               q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                               q->value(6).toString(), q->value(7).toString(), q->value(8).toString(),
                               q->value(9).toString(), q->value(10).toLongLong(), q->value(11).toString(),
                               q->value(12).toString()};
    return out;
}

Result<QList<std::pair<qint64, QString>>> ProjectService::templates(qint64 productId) const
{
    auto q = m_db.exec(u"SELECT id, name FROM plan_templates WHERE product_id = ? ORDER BY id"_s, {productId});
    if (!q)
        return std::unexpected(q.error());
    QList<std::pair<qint64, QString>> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString()});
    return out;
}

// ---- documents

QStringList ProjectService::documentTypes()
{
    return {u"pdf"_s, u"doc"_s, u"docx"_s, u"xls"_s, u"xlsx"_s, u"ppt"_s, u"pptx"_s, u"txt"_s, u"csv"_s,
            u"png"_s, u"jpg"_s, u"jpeg"_s, u"zip"_s, u"rar"_s, u"7z"_s};
}

namespace {

QString mimeOf(const QString &suffix)
{
    static const QHash<QString, QString> types{
        {u"pdf"_s, u"application/pdf"_s},
        {u"doc"_s, u"application/msword"_s},
        {u"docx"_s, u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s},
        {u"xls"_s, u"application/vnd.ms-excel"_s},
        {u"xlsx"_s, u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s},
        {u"ppt"_s, u"application/vnd.ms-powerpoint"_s},
        {u"pptx"_s, u"application/vnd.openxmlformats-officedocument.presentationml.presentation"_s},
        {u"txt"_s, u"text/plain"_s},
        {u"csv"_s, u"text/csv"_s},
        {u"png"_s, u"image/png"_s},
        {u"jpg"_s, u"image/jpeg"_s},
        {u"jpeg"_s, u"image/jpeg"_s},
        {u"zip"_s, u"application/zip"_s},
        {u"rar"_s, u"application/vnd.rar"_s},
        {u"7z"_s, u"application/x-7z-compressed"_s},
    };
    return types.value(suffix, u"application/octet-stream"_s);
}

} // namespace

Result<qint64> ProjectService::addDocument(const Session &session, qint64 projectId, const QString &fileName,
                                           const QByteArray &content, const QString &note, qint64 stageId)
{
    auto project = RecordStore(m_db).load(u"projects"_s, projectId);
    if (!project)
        return std::unexpected(project.error());
    // Who: an implementation manager, the project's own project manager, its consultants.
    bool allowed = session.has(Role::ImplementationManager)
                   || (session.has(Role::ProjectManager)
                       && project->value(u"project_manager_id"_s).toLongLong() == session.staffId);
    if (!allowed && session.has(Role::Consultant)) {
        auto member = m_db.scalar(u"SELECT COUNT(*) FROM project_members WHERE project_id = ? AND staff_id = ?"_s,
                                  {projectId, session.staffId});
        if (!member)
            return std::unexpected(member.error());
        allowed = member->toInt() > 0;
    }
    if (!allowed) {
        (void)audit::append(m_db, session, u"projects"_s, projectId, u"denied:add_document"_s);
        return fail(ErrorCode::Forbidden, QCoreApplication::translate("sd::core::Projects", "Only the project's team (its project manager, its consultants) and the "
                                             "implementation manager add documents to a project."));
    }
    const QString state = project->value(u"state"_s).toString();
    if (state == project::Closed || state == project::Terminated)
        return fail(ErrorCode::NotAllowedInState,
                    QCoreApplication::translate("sd::core::Projects", "The project is “%1”: its documents are filed and cannot change.").arg(project::stateTitle(state)));
    const QString name = QFileInfo(fileName.trimmed()).fileName();
    if (name.isEmpty())
        return failInvalid(u"file_name"_s, QCoreApplication::translate("sd::core::Projects", "Choose the file to add."));
    if (auto ok = project::checkText(u"file_name"_s, name, true); !ok)
        return std::unexpected(ok.error());
    if (name.size() > 200)
        return failInvalid(u"file_name"_s, QCoreApplication::translate("sd::core::Projects", "The file name is too long: at most 200 characters."));
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (!documentTypes().contains(suffix))
        return failInvalid(u"file_name"_s, QCoreApplication::translate("sd::core::Projects", "“%1” is not a document type the project keeps. Allowed: %2.")
                                               .arg(name, documentTypes().join(u", "_s)));
    if (content.isEmpty())
        return failInvalid(u"content"_s, QCoreApplication::translate("sd::core::Projects", "“%1” is empty.").arg(name));
    if (content.size() > kMaxDocumentBytes)
        return failInvalid(u"content"_s, QCoreApplication::translate("sd::core::Projects", "“%1” is %2 MB: a project document may be at most %3 MB.")
                                             .arg(name)
                                             .arg(double(content.size()) / (1024 * 1024), 0, 'f', 1)
                                             .arg(kMaxDocumentBytes / (1024 * 1024)));
    if (auto ok = project::checkText(u"note"_s, note); !ok)
        return std::unexpected(ok.error());
    if (stageId > 0) {
        auto owner = m_db.scalar(u"SELECT project_id FROM project_stages WHERE id = ?"_s, {stageId});
        if (!owner)
            return std::unexpected(owner.error());
        if (owner->toLongLong() != projectId)
            return failInvalid(u"stage_id"_s, QCoreApplication::translate("sd::core::Projects", "The stage is not one of this project's stages."));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto id = RecordStore(m_db).insert(session, u"project_documents"_s,
                                       {{u"project_id"_s, projectId},
                                        {u"stage_id"_s, stageId > 0 ? QVariant(stageId) : QVariant()},
                                        {u"file_name"_s, name},
                                        {u"mime_type"_s, mimeOf(suffix)},
                                        {u"size_bytes"_s, qint64(content.size())},
                                        {u"content"_s, content},
                                        {u"note"_s, note.trimmed()}});
    if (!id)
        return id;
    if (auto ok = audit::append(m_db, session, u"projects"_s, projectId, u"add_document"_s, u"document"_s, {}, name); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<QList<ProjectDocument>> ProjectService::documents(qint64 projectId) const
{
    auto q = m_db.exec(u"SELECT d.id, d.stage_id, d.file_name, d.mime_type, d.size_bytes, d.note, s.display_name, d.created_at "
                       "FROM project_documents d LEFT JOIN staff s ON s.id = d.created_by WHERE d.project_id = ? "
                       "ORDER BY d.id"_s,
                       {projectId});
    if (!q)
        return std::unexpected(q.error());
    QList<ProjectDocument> out;
    while (q->next())
        out << ProjectDocument{q->value(0).toLongLong(), projectId, q->value(1).toLongLong(), q->value(2).toString(),
                               q->value(3).toString(), q->value(4).toLongLong(), q->value(5).toString(),
                               q->value(6).toString(), q->value(7).toLongLong()};
    return out;
}

Result<QByteArray> ProjectService::documentContent(qint64 documentId) const
{
    auto q = m_db.exec(u"SELECT content FROM project_documents WHERE id = ?"_s, {documentId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::Projects", "The document no longer exists."));
    return q->value(0).toByteArray();
}

// ---- the acceptance report

Result<AcceptanceReport> ProjectService::acceptanceReport(qint64 projectId) const
{
    auto q = m_db.exec(u"SELECT p.project_no, p.title, p.state, c.name, c.address, pr.name, p.modules, p.goals, s.display_name, "
                       "p.budgeted_days, p.started_at, p.submitted_at, p.closed_at, p.review_note, p.filing_note "
                       "FROM projects p JOIN customers c ON c.id = p.customer_id LEFT JOIN products pr ON pr.id = p.product_id "
                       "LEFT JOIN staff s ON s.id = p.project_manager_id WHERE p.id = ?"_s,
                       {projectId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::Projects", "There is no project %1.").arg(projectId));
    AcceptanceReport r;
    r.projectNo = q->value(0).toString();
    r.title = q->value(1).toString();
    r.state = q->value(2).toString();
    r.customerName = q->value(3).toString();
    r.customerAddress = q->value(4).toString();
    r.productName = q->value(5).toString();
    r.modules = q->value(6).toString();
    r.goals = q->value(7).toString();
    r.projectManager = q->value(8).toString();
    r.budgetedDays = q->value(9).toInt();
    r.startedAt = q->value(10).toLongLong();
    r.submittedAt = q->value(11).toLongLong();
    r.closedAt = q->value(12).toLongLong();
    r.reviewNote = q->value(13).toString();
    r.filingNote = q->value(14).toString();
    q->finish();
    if (r.state != project::FinalInspection && r.state != project::Submitted && r.state != project::Closed)
        return fail(ErrorCode::NotAllowedInState,
                    QCoreApplication::translate("sd::core::Projects", "The acceptance report is printed once every stage is accepted (final inspection, submitted or "
                       "closed); the project is “%1”.")
                        .arg(project::stateTitle(r.state)));
    auto team = m_db.exec(u"SELECT s.display_name FROM project_members m JOIN staff s ON s.id = m.staff_id "
                          "WHERE m.project_id = ? ORDER BY s.display_name COLLATE pinyin"_s,
                          {projectId});
    if (!team)
        return std::unexpected(team.error());
    while (team->next())
        r.consultants << team->value(0).toString();
    auto stageList = stages(projectId);
    if (!stageList)
        return std::unexpected(stageList.error());
    auto evals = m_db.exec(u"SELECT e.stage_id, e.attempt, e.result, e.note, s.display_name, e.evaluated_at FROM stage_evaluations e "
                           "LEFT JOIN staff s ON s.id = e.evaluated_by WHERE e.project_id = ? ORDER BY e.stage_id, e.attempt"_s,
                           {projectId});
    if (!evals)
        return std::unexpected(evals.error());
    QHash<qint64, std::tuple<QString, QString, qint64>> passed;
    while (evals->next())
        if (evals->value(2).toString() == u"passed")
            passed[evals->value(0).toLongLong()] = {evals->value(3).toString(), evals->value(4).toString(),
                                                    evals->value(5).toLongLong()};
    auto hours = m_db.exec(u"SELECT stage_id, SUM(hours) FROM project_logs WHERE project_id = ? GROUP BY stage_id"_s, {projectId});
    if (!hours)
        return std::unexpected(hours.error());
    QHash<qint64, double> stageHours;
    while (hours->next())
        stageHours[hours->value(0).toLongLong()] = hours->value(1).toDouble();
    for (const Stage &s : std::as_const(*stageList)) {
        AcceptanceReport::StageLine line;
        line.seq = s.seq;
        line.name = s.name;
        line.plannedStart = s.plannedStart;
        line.plannedEnd = s.plannedEnd;
        line.actualStart = s.actualStart;
        line.actualEnd = s.actualEnd;
        line.attempts = s.attempt;
        line.deliverables = s.deliverables;
        const auto [note, by, at] = passed.value(s.id);
        line.evaluationNote = note;
        line.evaluatedBy = by;
        line.evaluatedAt = at;
        line.hours = stageHours.value(s.id);
        r.loggedHours += line.hours;
        r.stages << line;
    }
    auto days = m_db.scalar(u"SELECT COUNT(*) FROM (SELECT DISTINCT consultant_id, work_date FROM project_logs "
                            "WHERE project_id = ?) d"_s,
                            {projectId});
    if (!days)
        return std::unexpected(days.error());
    r.loggedDays = days->toDouble();
    auto docs = documents(projectId);
    if (!docs)
        return std::unexpected(docs.error());
    for (const ProjectDocument &d : std::as_const(*docs))
        r.documents << d.fileName;
    r.generatedAt = Database::nowMs();
    return r;
}

} // namespace sd::core
