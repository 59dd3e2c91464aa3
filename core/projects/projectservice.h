#pragma once

#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"
#include "core/firstvisit/firstvisit.h"
#include "core/projects/project.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace sd::core {

/// The implementation project tracker (SPEC §3.2): application (by hand or from a first
/// visit's implementation need), assignment, the staged plan (by hand or from the product's
/// template), stages carried out, delivered and evaluated (re-implemented or leading to
/// termination), the consultants' daily log with the missing days flagged, suspend / resume /
/// terminate with two approvals, final inspection and filing. Every action goes through the
/// workflow engine with the project table or the stage table (permission, version, row, guard,
/// fields, audit, clocks); a refusal changes nothing.
class ProjectService final
{
public:
    ProjectService(Database db, BusinessCalendar calendar) : m_db(std::move(db)), m_calendar(std::move(calendar)) {}

    /// Opens a project (state "applied", number XMyyyy-nnnn). With a need, the need is taken up
    /// (core/handoff) in the same transaction. Implementation managers only.
    Result<qint64> apply(const Session &session, const ProjectApplication &application);

    /// Takes `action` of project::table() on the project. Fields by action: project_manager_id
    /// and consultant_ids (a list or "12,15"); stage_name, planned_start, planned_end (YYYY-MM-DD),
    /// scope, stage_goals, risks, customer_expectations, deliverables; template_id, start_date;
    /// reason, from_date, until_date; approval_note, decision_note, resume_note, review_note,
    /// return_reason, filing_note. Returns the project row afterwards.
    Result<QVariantMap> act(const Session &session, qint64 projectId, int expectedVersion, const QString &action,
                            const QVariantMap &fields = {});
    /// Takes `action` of stage::table() on a stage: delivery_note, evaluation_note.
    Result<QVariantMap> actOnStage(const Session &session, qint64 stageId, int expectedVersion, const QString &action,
                                   const QVariantMap &fields = {});

    /// A consultant confirms a day of the stage's log (a second confirmation of the same day
    /// replaces the entry). Refused once the stage is accepted, for a day in the future or
    /// before the stage started, and while the project is not running. Returns the entry's id.
    Result<qint64> logDay(const Session &session, const LogEntry &entry);
    /// Every working day (business calendar: holidays, make-up working days) from the start of
    /// each active stage up to yesterday in the center's time zone, outside the project's
    /// suspensions, on which a consultant of the project logged nothing.
    Result<QList<MissingLog>> missingLogs(qint64 projectId) const;

    Result<QVariantMap> get(qint64 projectId) const;
    Result<QList<Stage>> stages(qint64 projectId) const;
    Result<QList<Evaluation>> evaluations(qint64 projectId) const;
    Result<QList<LogEntry>> logs(qint64 projectId) const;
    Result<QList<Approval>> approvals(qint64 projectId) const;
    /// The consultants' ids of a project.
    Result<QList<qint64>> consultants(qint64 projectId) const;
    /// Projects last changed first, with health (late stages, pending approvals).
    Result<QList<ProjectRow>> list(const QString &state = {}, int limit = 200) const;
    /// One page of the project list, filtered, searched and sorted in SQL, with its health:
    /// late stages, pending approvals and (for the page's rows only) missing log days.
    Result<QList<ProjectRow>> list(const ProjectFilter &filter) const;
    /// How many projects the filter matches (for "n projects").
    Result<int> count(const ProjectFilter &filter) const;
    /// The missing log days (as missingLogs counts them) of each project, for a page of ids
    /// in a fixed number of queries.
    Result<QHash<qint64, int>> missingLogCounts(const QList<qint64> &projectIds) const;

    /// The people who may be named project manager (Role::ProjectManager) or consultant
    /// (Role::Consultant), each with the load to choose by: active projects and planned
    /// working days of their projects' stages in the current month (business calendar).
    Result<QList<StaffLoad>> candidates(Role role) const;

    /// The approvals inbox: suspend and terminate requests still waiting for `session`'s
    /// decision (an implementation manager: every pending one; a project manager: their
    /// projects'), oldest first.
    Result<QList<PendingApproval>> pendingApprovals(const Session &session, int limit = 200) const;
    /// The customer's implementation needs recorded at first visits and not yet taken up, oldest
    /// first: what an application can name as its need (ProjectApplication::needId).
    Result<QList<firstvisit::Need>> openNeeds(qint64 customerId) const;

    /// A document of the project (final inspection reviews them): stored in the database,
    /// at most kMaxDocumentBytes, of the types in documentTypes(); by the project's team while
    /// the project is not closed or terminated.
    Result<qint64> addDocument(const Session &session, qint64 projectId, const QString &fileName,
                               const QByteArray &content, const QString &note = {}, qint64 stageId = 0);
    Result<QList<ProjectDocument>> documents(qint64 projectId) const;
    Result<QByteArray> documentContent(qint64 documentId) const;
    static constexpr qint64 kMaxDocumentBytes = 20 * 1024 * 1024;
    /// The file suffixes a project document may have (lower case, without the dot).
    static QStringList documentTypes();

    /// The acceptance report's data: every stage accepted (final inspection, submitted or
    /// closed), else NotAllowedInState.
    Result<AcceptanceReport> acceptanceReport(qint64 projectId) const;

    /// A plan template for a product (implementation managers and administrators).
    Result<qint64> addTemplate(const Session &session, qint64 productId, const QString &name,
                               const QList<TemplateStage> &stages);
    Result<QList<TemplateStage>> templateStages(qint64 templateId) const;
    /// The plan templates of a product (id, name), oldest first.
    Result<QList<std::pair<qint64, QString>>> templates(qint64 productId) const;

    /// The days a project was suspended (each suspension from its day to its resumption day).
    Result<QList<std::pair<QDate, QDate>>> suspensions(qint64 projectId) const;

private:
    Database m_db;
    BusinessCalendar m_calendar;
};

namespace project {
/// The project's workflow as the engine runs it (table, handlers, clock subject).
const workflow::Definition &definition();
} // namespace project
namespace stage {
const workflow::Definition &definition();
} // namespace stage

} // namespace sd::core
