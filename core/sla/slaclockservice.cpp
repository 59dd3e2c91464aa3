#include "core/sla/slaclockservice.h"

#include "core/common/logging.h"

#include "core/sla/slarepository.h"

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;

const QString kColumns = u"id, record_type, record_id, target, policy_id, measure, minutes, "
                         "warn_percent, assignee_id, started_at, due_at, warn_at, paused_at, "
                         "remaining_minutes, stopped_at, state, title, version"_s;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

QVariant idOrNull(qint64 id) { return id > 0 ? QVariant(id) : QVariant(); }

SlaClock readClock(const QSqlQuery &q)
{
    SlaClock c;
    c.id = q.value(0).toLongLong();
    c.recordType = q.value(1).toString();
    c.recordId = q.value(2).toLongLong();
    c.target = q.value(3).toString();
    c.policyId = q.value(4).toLongLong();
    c.measure = slaMeasureFromKey(q.value(5).toString()).value_or(SlaMeasure::Working);
    c.minutes = q.value(6).toInt();
    c.warnPercent = q.value(7).toInt();
    c.assigneeId = q.value(8).toLongLong();
    c.startedAt = q.value(9).toLongLong();
    c.dueAt = q.value(10).toLongLong();
    c.warnAt = q.value(11).toLongLong();
    c.pausedAt = q.value(12).toLongLong();
    if (!q.value(13).isNull())
        c.remainingMinutes = q.value(13).toLongLong();
    c.stoppedAt = q.value(14).toLongLong();
    const QString state = q.value(15).toString();
    c.state = state == u"paused"_s ? SlaClock::Stored::Paused
        : state == u"stopped"_s    ? SlaClock::Stored::Stopped
                                   : SlaClock::Stored::Running;
    c.title = q.value(16).toString();
    c.version = q.value(17).toInt();
    return c;
}

// The part of a span after which the warning shows, in ms of the clock's measure.
qint64 warnOffsetMs(qint64 spanMs, int warnPercent)
{
    return spanMs * warnPercent / 100;
}
} // namespace

QString slaStateKey(SlaState state)
{
    switch (state) {
    case SlaState::Running: return u"running"_s;
    case SlaState::Warning: return u"warning"_s;
    case SlaState::Breached: return u"breached"_s;
    case SlaState::Paused: return u"paused"_s;
    case SlaState::Met: return u"met"_s;
    case SlaState::MissedStopped: return u"missed"_s;
    }
    return {};
}

QString slaStateTitle(SlaState state)
{
    switch (state) {
    case SlaState::Running: return QCoreApplication::translate("sd::core::SlaState", "On time");
    case SlaState::Warning: return QCoreApplication::translate("sd::core::SlaState", "Due soon");
    case SlaState::Breached: return QCoreApplication::translate("sd::core::SlaState", "Overdue");
    case SlaState::Paused: return QCoreApplication::translate("sd::core::SlaState", "Waiting for customer");
    case SlaState::Met: return QCoreApplication::translate("sd::core::SlaState", "Met");
    case SlaState::MissedStopped: return QCoreApplication::translate("sd::core::SlaState", "Missed");
    }
    return {};
}

SlaClockService::Deadline SlaClockService::computeDeadline(qint64 fromMs, SlaMeasure measure,
                                                           qint64 minutes, int warnPercent) const
{
    const qint64 spanMs = minutes * kMinuteMs;
    const qint64 warnMs = warnOffsetMs(spanMs, warnPercent);
    if (measure == SlaMeasure::Wall)
        return {fromMs + spanMs, fromMs + warnMs};
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, m_calendar.timeZone());
    const QDateTime due = m_calendar.addWorkingMs(from, spanMs);
    const QDateTime warn = m_calendar.addWorkingMs(from, warnMs);
    if (!due.isValid() || !warn.isValid())
        return {};
    return {due.toMSecsSinceEpoch(), warn.toMSecsSinceEpoch()};
}

Result<SlaClock> SlaClockService::start(const QString &recordType, qint64 recordId, const QString &target,
                                        const SlaClassInfo &classInfo, qint64 assigneeId, qint64 atMs,
                                        const QString &title)
{
    auto policy = SlaRepository(m_db).match(recordType, target, classInfo);
    if (!policy)
        return std::unexpected(policy.error());
    if (!*policy) {
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("sd::core::SlaClockService", "No active service-level policy covers the target “%1” of “%2”; ask the "
                       "administrator to add one.").arg(target, recordType));
    }
    return startWithPolicy(**policy, recordId, assigneeId, atMs, title);
}

Result<SlaClock> SlaClockService::startWithPolicy(const SlaPolicy &policy, qint64 recordId,
                                                  qint64 assigneeId, qint64 atMs, const QString &title)
{
    if (auto ok = policy.validate(); !ok)
        return std::unexpected(ok.error());
    const Deadline d = computeDeadline(atMs, policy.measure, policy.minutes, policy.warnPercent);
    if (d.dueAt == 0) {
        return fail(ErrorCode::Invalid,
                    QCoreApplication::translate("sd::core::SlaClockService", "The business calendar has no working time left to count this deadline in."));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto existing = find(policy.recordType, recordId, policy.target);
    if (!existing)
        return std::unexpected(existing.error());
    const qint64 now = Database::nowMs();
    qint64 id = 0;
    if (*existing) {
        if ((*existing)->state != SlaClock::Stored::Stopped) {
            return fail(ErrorCode::NotAllowedInState,
                        QCoreApplication::translate("sd::core::SlaClockService", "The deadline “%1” of this record is already running.").arg(policy.target));
        }
        // A target that comes due again (e.g. a reopened call) starts afresh on the same row.
        id = (*existing)->id;
        auto q = m_db.exec(u"UPDATE sla_clocks SET policy_id = ?, measure = ?, minutes = ?, "
                           "warn_percent = ?, assignee_id = ?, started_at = ?, due_at = ?, warn_at = ?, "
                           "paused_at = NULL, remaining_minutes = NULL, stopped_at = NULL, "
                           "state = 'running', title = ?, version = version + 1, updated_at = ? "
                           "WHERE id = ?"_s,
                           {idOrNull(policy.id), slaMeasureKey(policy.measure), policy.minutes,
                            policy.warnPercent, idOrNull(assigneeId), atMs, d.dueAt, d.warnAt,
                            title.isEmpty() ? QVariant() : QVariant(title), now, id});
        if (!q)
            return std::unexpected(q.error());
    } else {
        auto inserted = m_db.insertReturningId(
            u"INSERT INTO sla_clocks (record_type, record_id, target, policy_id, measure, minutes, "
            "warn_percent, assignee_id, started_at, due_at, warn_at, state, title, version, "
            "created_at, created_by, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, 1, ?, NULL, ?, NULL)"_s,
            {policy.recordType, recordId, policy.target, idOrNull(policy.id),
             slaMeasureKey(policy.measure), policy.minutes, policy.warnPercent, idOrNull(assigneeId),
             atMs, d.dueAt, d.warnAt, title.isEmpty() ? QVariant() : QVariant(title), now, now});
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    qCDebug(lcSla).noquote() << "started" << policy.recordType << recordId << policy.target << "due"
                             << QDateTime::fromMSecsSinceEpoch(d.dueAt, m_calendar.timeZone()).toString(Qt::ISODate);
    return get(id);
}

Result<SlaClock> SlaClockService::writeState(const SlaClock &clock, const QString &sets,
                                             const QVariantList &binds)
{
    QVariantList all = binds;
    all << Database::nowMs() << clock.id << clock.version;
    auto q = m_db.exec(u"UPDATE sla_clocks SET %1, version = version + 1, updated_at = ? "
                       "WHERE id = ? AND version = ?"_s.arg(sets),
                       all);
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1) {
        return fail(ErrorCode::Conflict,
                    QCoreApplication::translate("sd::core::SlaClockService", "Someone else changed this deadline at the same moment; reload and try again."));
    }
    qCDebug(lcSla).noquote() << clock.recordType << clock.recordId << clock.target << sets.section(u',', 0, 0);
    return get(clock.id);
}

Result<SlaClock> SlaClockService::pause(qint64 clockId, qint64 atMs)
{
    auto clock = get(clockId);
    if (!clock)
        return clock;
    if (clock->state != SlaClock::Stored::Running)
        return fail(ErrorCode::NotAllowedInState, QCoreApplication::translate("sd::core::SlaClockService", "Only a running deadline can be paused."));
    const qint64 leftMs = clock->measure == SlaMeasure::Working
        ? m_calendar.workingMsBetween(QDateTime::fromMSecsSinceEpoch(atMs, m_calendar.timeZone()),
                                      QDateTime::fromMSecsSinceEpoch(clock->dueAt, m_calendar.timeZone()))
        : clock->dueAt - atMs;
    // Rounded down: a pause never gives the customer's deadline extra seconds.
    const qint64 leftMinutes = floorDiv(leftMs, kMinuteMs);
    return writeState(*clock, u"state = 'paused', paused_at = ?, remaining_minutes = ?, due_at = NULL, "
                              "warn_at = NULL"_s,
                      {atMs, leftMinutes});
}

Result<SlaClock> SlaClockService::resume(qint64 clockId, qint64 atMs)
{
    auto clock = get(clockId);
    if (!clock)
        return clock;
    if (clock->state != SlaClock::Stored::Paused || !clock->remainingMinutes)
        return fail(ErrorCode::NotAllowedInState, QCoreApplication::translate("sd::core::SlaClockService", "Only a paused deadline can be resumed."));
    const qint64 leftMs = *clock->remainingMinutes * kMinuteMs;
    const qint64 spanMs = qint64(clock->minutes) * kMinuteMs;
    // The warning still falls where it would have without the pause: the same share of the span.
    const qint64 warnLeftMs = leftMs - (spanMs - warnOffsetMs(spanMs, clock->warnPercent));
    qint64 due = 0, warn = 0;
    if (clock->measure == SlaMeasure::Wall) {
        due = atMs + leftMs;
        warn = atMs + warnLeftMs;
    } else {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs, m_calendar.timeZone());
        const QDateTime d = m_calendar.addWorkingMs(at, leftMs);
        const QDateTime w = m_calendar.addWorkingMs(at, warnLeftMs);
        if (!d.isValid() || !w.isValid()) {
            return fail(ErrorCode::Invalid,
                        QCoreApplication::translate("sd::core::SlaClockService", "The business calendar has no working time left to count this deadline in."));
        }
        due = d.toMSecsSinceEpoch();
        warn = w.toMSecsSinceEpoch();
    }
    return writeState(*clock, u"state = 'running', paused_at = NULL, remaining_minutes = NULL, "
                              "due_at = ?, warn_at = ?"_s,
                      {due, warn});
}

Result<SlaClock> SlaClockService::stop(qint64 clockId, qint64 atMs)
{
    auto clock = get(clockId);
    if (!clock)
        return clock;
    if (clock->state == SlaClock::Stored::Stopped)
        return fail(ErrorCode::NotAllowedInState, QCoreApplication::translate("sd::core::SlaClockService", "The deadline has already been stopped."));
    return writeState(*clock, u"state = 'stopped', stopped_at = ?"_s, {atMs});
}

Result<SlaClock> SlaClockService::reassign(qint64 clockId, qint64 assigneeId)
{
    auto clock = get(clockId);
    if (!clock)
        return clock;
    return writeState(*clock, u"assignee_id = ?"_s, {idOrNull(assigneeId)});
}

Result<SlaClock> SlaClockService::get(qint64 clockId) const
{
    auto q = m_db.exec(u"SELECT %1 FROM sla_clocks WHERE id = ?"_s.arg(kColumns), {clockId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::SlaClockService", "The deadline no longer exists."));
    return readClock(*q);
}

Result<std::optional<SlaClock>> SlaClockService::find(const QString &recordType, qint64 recordId,
                                                      const QString &target) const
{
    auto q = m_db.exec(u"SELECT %1 FROM sla_clocks WHERE record_type = ? AND record_id = ? AND target = ?"_s
                           .arg(kColumns),
                       {recordType, recordId, target});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<SlaClock>();
    return std::optional<SlaClock>(readClock(*q));
}

Result<QList<SlaClock>> SlaClockService::forRecord(const QString &recordType, qint64 recordId) const
{
    auto q = m_db.exec(u"SELECT %1 FROM sla_clocks WHERE record_type = ? AND record_id = ? ORDER BY id"_s
                           .arg(kColumns),
                       {recordType, recordId});
    if (!q)
        return std::unexpected(q.error());
    QList<SlaClock> out;
    while (q->next())
        out.append(readClock(*q));
    return out;
}

SlaStatus SlaClockService::status(const SlaClock &clock, qint64 nowMs) const
{
    return status(clock, nowMs, m_calendar);
}

SlaStatus SlaClockService::status(const SlaClock &clock, qint64 nowMs, const BusinessCalendar &calendar)
{
    auto minutesBetween = [&](qint64 from, qint64 to) -> qint64 {
        if (clock.measure == SlaMeasure::Wall)
            return (to - from) / kMinuteMs;   // truncated toward zero, like the working count
        return calendar.workingMinutesBetween(from, to);
    };
    SlaStatus s;
    switch (clock.state) {
    case SlaClock::Stored::Paused:
        s.state = SlaState::Paused;
        s.remainingMinutes = clock.remainingMinutes.value_or(0);
        s.remainingMs = s.remainingMinutes * kMinuteMs;
        return s;
    case SlaClock::Stored::Stopped:
        if (clock.dueAt == 0) {   // stopped while paused: judged by what was left at the pause
            s.remainingMinutes = clock.remainingMinutes.value_or(0);
            s.remainingMs = s.remainingMinutes * kMinuteMs;
            s.state = s.remainingMinutes >= 0 ? SlaState::Met : SlaState::MissedStopped;
        } else {
            s.remainingMinutes = minutesBetween(clock.stoppedAt, clock.dueAt);
            s.remainingMs = clock.dueAt - clock.stoppedAt;
            s.state = clock.stoppedAt <= clock.dueAt ? SlaState::Met : SlaState::MissedStopped;
        }
        return s;
    case SlaClock::Stored::Running:
        break;
    }
    s.remainingMinutes = minutesBetween(nowMs, clock.dueAt);
    s.remainingMs = clock.dueAt - nowMs;
    // The deadline itself is still in time; a breach starts after it.
    if (nowMs > clock.dueAt)
        s.state = SlaState::Breached;
    else if (nowMs >= clock.warnAt)
        s.state = SlaState::Warning;
    else
        s.state = SlaState::Running;
    return s;
}

Result<QList<SlaClock>> SlaClockService::running(const Database &db, const QStringList &recordTypes,
                                                 qint64 assigneeId, qint64 nowMs, qint64 dueByMs)
{
    QString sql = u"SELECT %1 FROM sla_clocks WHERE state = 'running' AND (due_at <= ? OR warn_at <= ?)"_s
                      .arg(kColumns);
    QVariantList binds{dueByMs, nowMs};
    if (!recordTypes.isEmpty()) {
        QStringList marks;
        for (const QString &t : recordTypes) {
            marks << u"?"_s;
            binds << t;
        }
        sql += u" AND record_type IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (assigneeId > 0) {
        sql += u" AND assignee_id = ?"_s;
        binds << assigneeId;
    }
    sql += u" ORDER BY due_at, id"_s;
    auto q = db.exec(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<SlaClock> out;
    while (q->next())
        out.append(readClock(*q));
    return out;
}

Result<QList<SlaClock>> SlaClockService::dueSoon(const Database &db, qint64 assigneeId, qint64 nowMs,
                                                 int horizonMinutes)
{
    return running(db, {}, assigneeId, nowMs, nowMs + qint64(std::max(0, horizonMinutes)) * kMinuteMs);
}

} // namespace sd::core
