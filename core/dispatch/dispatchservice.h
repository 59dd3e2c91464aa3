#pragma once

#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"
#include "core/dispatch/dispatchjob.h"
#include "core/sla/slapolicy.h"

#include <QList>
#include <QMap>

#include <optional>

namespace sd::core {

/// A line of the dispatch board.
struct BoardRow {
    qint64 id = 0;
    int version = 0;
    QString jobNo;
    QString state;
    qint64 customerId = 0;
    QString customerName;
    int faultLevel = 3;
    QString regionClass;
    qint64 engineerId = 0;
    QString engineerName;
    qint64 requestedAt = 0;
    qint64 dueAt = 0;          ///< on-site response deadline (0 before dispatch)
    /// The response clock's measure: its countdown is told in it (core/sla/due.h).
    SlaMeasure dueMeasure = SlaMeasure::Wall;
    qint64 appointmentAt = 0;
    QString problem;
    qint64 previousJobId = 0;
    QString hqReference;
};

/// Which jobs the board shows. Open jobs are ordered overdue first, then due soon (by
/// deadline), then the rest by age.
struct BoardQuery {
    QStringList states;                   ///< empty: every open state
    std::optional<qint64> engineerId;     ///< 0: unassigned only
    qint64 customerId = 0;                ///< 0: all customers
    bool recentFirst = false;             ///< last changed first (for the archive column)
    int limit = 1000;
    int offset = 0;
};

/// An engineer as the manager sees them when dispatching.
struct EngineerLoad {
    qint64 id = 0;
    QString name;
    QString region;
    QString skills;            ///< products / modules, comma separated
    int openJobs = 0;
    qint64 nextAppointment = 0;
};

/// An engineer ranked for one job (best first): how well their skills and region fit it.
struct EngineerMatch {
    EngineerLoad engineer;
    int skillMatch = 0;    ///< 2: the job's product and module, 1: one of them, 0: neither
    int regionMatch = 0;   ///< 2: the site is in the engineer's region, 1: same city/province, 0: elsewhere
};

/// The on-site response target of a job: the deadline it has (its clock runs) or would get if
/// dispatched now, from the service-level policy for its fault level × region class.
struct ResponseTarget {
    qint64 dueAt = 0;
    int minutes = 0;           ///< the span the policy allows
    SlaMeasure measure = SlaMeasure::Wall;
    QString policyName;
    bool running = false;      ///< true when the job's clock already runs (a re-dispatch keeps it)
};

/// The on-site dispatch workflow (SPEC §3.4): requests, verification, dispatch with a response
/// target by fault level × region class, the engineer's confirmation, appointment, check-in and
/// Service Dispatch Form, the manager's verification and archive, write-off with a follow-up
/// dispatch (chained) or a hand-off to HQ tracked until the customer's problem is solved.
/// Every action goes through the workflow engine (permission, version, table, fields, audit).
class DispatchService final
{
public:
    DispatchService(Database db, BusinessCalendar calendar)
        : m_db(std::move(db)), m_calendar(std::move(calendar)) {}

    /// A new on-site request (state "requested"), from the hotline or the manager.
    Result<DispatchJob> request(const Session &session, const OnsiteRequest &request);

    /// Takes `action` on the job. `fields` are the action's columns (see dispatch::table()):
    /// engineer_id, coverage, appointment_at (ms), work_done, minutes_on_site, parts_patches,
    /// result, customer_signer, signature (PNG bytes), satisfaction (1–5), customer_comment,
    /// reasons, hq_reference, hq_answer, resolution_note … Engineer actions are refused
    /// (Forbidden, audited) to anyone but the engineer the job is dispatched to.
    /// A follow-up dispatch creates the next job of the chain (state "verified", or "dispatched"
    /// when `engineer_id` is given) and returns the written-off job; see chain().
    /// Archiving a job schedules its return visit.
    Result<DispatchJob> act(const Session &session, qint64 jobId, int expectedVersion, const QString &action,
                            const QVariantMap &fields = {});

    Result<DispatchJob> get(qint64 jobId) const;
    /// The jobs of a follow-up chain, first request first.
    Result<QList<DispatchJob>> chain(qint64 jobId) const;
    /// The follow-up job that continues `jobId` (0 when none).
    Result<qint64> followUpOf(qint64 jobId) const;

    Result<QList<BoardRow>> board(const BoardQuery &query) const;
    /// Open jobs per state (for the board's column headers); engineerId as in BoardQuery.
    Result<QMap<QString, int>> countsByState(std::optional<qint64> engineerId = std::nullopt) const;
    /// Jobs whose engineer has not arrived and whose response deadline passed before `nowMs`.
    Result<int> overdueCount(qint64 nowMs, std::optional<qint64> engineerId = std::nullopt) const;
    /// Active engineers with their open jobs, region and skills, fewest open jobs first.
    Result<QList<EngineerLoad>> engineers() const;

    /// The engineers for `job`, best match first: skills for its product/module, then region
    /// (the site address), then fewest open jobs.
    Result<QList<EngineerMatch>> rankEngineers(const DispatchJob &job) const;
    /// The job's response deadline: its running clock's, or what dispatching it now would set.
    Result<ResponseTarget> responseTarget(const DispatchJob &job) const;
    /// How well comma-separated `skills` cover a product/module (0–2, see EngineerMatch).
    static int skillMatch(const QString &skills, const QString &product, const QString &module);
    /// How near a site address is to an engineer's region (0–2, see EngineerMatch).
    static int regionMatch(const QString &engineerRegion, const QString &siteAddress);

    /// The response target class of a job (fault level, region, key/VIP, contract type).
    Result<SlaClassInfo> classInfo(qint64 customerId, int faultLevel) const;

private:
    Database m_db;
    BusinessCalendar m_calendar;
};

} // namespace sd::core
