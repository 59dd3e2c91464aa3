#pragma once

#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"
#include "core/sla/slapolicy.h"

namespace sd::core {

/// One row of sla_clocks: a running, paused or stopped deadline of one record's target.
struct SlaClock {
    enum class Stored { Running, Paused, Stopped };   ///< sla_clocks.state

    qint64 id = 0;
    QString recordType;
    qint64 recordId = 0;
    QString target;
    qint64 policyId = 0;
    SlaMeasure measure = SlaMeasure::Working;
    int minutes = 0;                ///< the span the policy allowed, in its measure
    int warnPercent = 80;
    qint64 assigneeId = 0;          ///< 0 when nobody
    qint64 startedAt = 0;           ///< ms since the epoch (as every time below)
    qint64 dueAt = 0;               ///< 0 while paused
    qint64 warnAt = 0;              ///< 0 while paused
    qint64 pausedAt = 0;            ///< 0 when not paused
    std::optional<qint64> remainingMinutes;   ///< set while paused (and kept when stopped paused)
    qint64 stoppedAt = 0;           ///< 0 while not stopped
    Stored state = Stored::Running;
    QString title;
    int version = 0;
};

/// What a clock shows at a moment.
enum class SlaState {
    Running,        ///< before the warning threshold
    Warning,        ///< past the warning threshold, deadline not yet passed
    Breached,       ///< running and past the deadline
    Paused,         ///< waiting for the customer
    Met,            ///< stopped in time
    MissedStopped,  ///< stopped after the deadline
};

struct SlaStatus {
    SlaState state = SlaState::Running;
    /// Time left in the clock's measure (working minutes for working clocks), negative when
    /// overdue. Running: until the deadline from now; Paused: what was left at the pause;
    /// stopped: the margin the stop left (negative when missed).
    qint64 remainingMinutes = 0;
    /// Wall-clock ms until the deadline (negative when overdue); for paused clocks the
    /// remaining minutes × 60 000; for stopped clocks the margin at the stop.
    qint64 remainingMs = 0;
};

/// The single engine that computes every deadline (SPEC §2): starts a clock from the best
/// matching active SLA policy, pauses it while a record waits for the customer (keeping the
/// time left, working or wall as measured), resumes and stops it, and says which clocks need
/// attention. Writes join the caller's transaction when there is one.
class SlaClockService final
{
public:
    SlaClockService(Database db, BusinessCalendar calendar)
        : m_db(std::move(db)), m_calendar(std::move(calendar)) {}

    const BusinessCalendar &calendar() const { return m_calendar; }

    /// The deadline and warning moment of a span of `minutes` from `fromMs`, as measured.
    /// The warning falls at warnPercent % of the span, measured the same way.
    struct Deadline {
        qint64 dueAt = 0;
        qint64 warnAt = 0;
    };
    Deadline computeDeadline(qint64 fromMs, SlaMeasure measure, qint64 minutes, int warnPercent) const;

    /// Starts the clock of (recordType, recordId, target) with the best matching policy.
    /// NotFound when no active policy matches; NotAllowedInState when that clock is already
    /// running or paused. A stopped clock of the same key is started afresh.
    Result<SlaClock> start(const QString &recordType, qint64 recordId, const QString &target,
                           const SlaClassInfo &classInfo, qint64 assigneeId, qint64 atMs,
                           const QString &title = {});
    /// Starts a clock with an explicit policy (e.g. one the caller already chose).
    Result<SlaClock> startWithPolicy(const SlaPolicy &policy, qint64 recordId, qint64 assigneeId,
                                     qint64 atMs, const QString &title = {});
    /// Pauses a running clock, keeping the time left (rounded down to whole minutes).
    Result<SlaClock> pause(qint64 clockId, qint64 atMs);
    /// Resumes a paused clock: the deadline is the time left counted from `atMs`.
    Result<SlaClock> resume(qint64 clockId, qint64 atMs);
    /// Stops a running or paused clock (the target was met or is no longer due).
    Result<SlaClock> stop(qint64 clockId, qint64 atMs);
    /// Gives the clock to another assignee (0 for nobody).
    Result<SlaClock> reassign(qint64 clockId, qint64 assigneeId);

    Result<SlaClock> get(qint64 clockId) const;
    /// The clock of one record's target, if any.
    Result<std::optional<SlaClock>> find(const QString &recordType, qint64 recordId,
                                         const QString &target) const;
    /// Every clock of a record, oldest first.
    Result<QList<SlaClock>> forRecord(const QString &recordType, qint64 recordId) const;

    /// The clock's state and time left at `nowMs`.
    SlaStatus status(const SlaClock &clock, qint64 nowMs) const;
    static SlaStatus status(const SlaClock &clock, qint64 nowMs, const BusinessCalendar &calendar);

    /// Running clocks that need attention at `nowMs`: warning, breached, or due within
    /// `horizonMinutes` wall-clock minutes; soonest deadline first. assigneeId 0 means everyone's.
    static Result<QList<SlaClock>> dueSoon(const Database &db, qint64 assigneeId, qint64 nowMs,
                                           int horizonMinutes);

    /// Running clocks of the given record types (all when empty) and assignee (everyone's when
    /// 0) that are past their warning at `nowMs` or due by `dueByMs`; soonest deadline first.
    static Result<QList<SlaClock>> running(const Database &db, const QStringList &recordTypes, qint64 assigneeId,
                                           qint64 nowMs, qint64 dueByMs);

private:
    /// Applies `sets` (SQL assignments of our own) when the clock still has its version.
    Result<SlaClock> writeState(const SlaClock &clock, const QString &sets, const QVariantList &binds);

    Database m_db;
    BusinessCalendar m_calendar;
};

QString slaStateKey(SlaState state);   ///< "running", "warning", "breached", "paused", "met", "missed"
QString slaStateTitle(SlaState state); ///< translated, for badges and lists

} // namespace sd::core
