#include "core/sla/due.h"

#include "core/auth/permissions.h"
#include "core/db/settings.h"
#include "core/sla/slapolicy.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;

int rank(DueLevel level)
{
    switch (level) {
    case DueLevel::Overdue: return 0;
    case DueLevel::DueNow: return 1;
    case DueLevel::DueSoon: return 2;
    case DueLevel::Later: return 3;
    }
    return 3;
}

DueLevel scheduledLevel(qint64 dueAt, qint64 nowMs, int soonMinutes)
{
    if (dueAt <= nowMs)
        return DueLevel::DueNow;
    if (dueAt - nowMs <= soonMinutes * kMinuteMs)
        return DueLevel::DueSoon;
    return DueLevel::Later;
}
const QString kDueSoonKey = u"due.soon_minutes"_s;
} // namespace

int dueSoonMinutes(const Database &db)
{
    auto value = settings::get(db, kDueSoonKey);
    if (!value)
        return kDueSoonMinutes;
    bool ok = false;
    const int minutes = value->trimmed().toInt(&ok);
    return ok && minutes >= kDueSoonMinMinutes && minutes <= kDueSoonMaxMinutes ? minutes : kDueSoonMinutes;
}

Status setDueSoonMinutes(const Database &db, const Session &who, int minutes)
{
    if (auto ok = requireRoles(db, who, {Role::Administrator},
                               QCoreApplication::translate("sd::core::Due", "Set when deadlines count as due soon"),
                               u"settings"_s);
        !ok)
        return ok;
    if (minutes < kDueSoonMinMinutes || minutes > kDueSoonMaxMinutes)
        return failInvalid(u"due_soon_minutes"_s,
                           QCoreApplication::translate("sd::core::Due", "Due soon: give a number of minutes from %1 to %2.")
                               .arg(kDueSoonMinMinutes)
                               .arg(kDueSoonMaxMinutes));
    if (auto ok = settings::put(db, who, kDueSoonKey, QString::number(minutes)); !ok)
        return std::unexpected(ok.error());
    return {};
}

qint64 dueSoonHorizon(const BusinessCalendar &calendar, qint64 nowMs, int soonMinutes)
{
    // One minute more than the span: remaining minutes are truncated, so a deadline up to the
    // 61st minute still reads "60 min left".
    const qint64 wall = nowMs + (soonMinutes + 1) * kMinuteMs;
    const QDateTime working = calendar.addWorkingMinutes(QDateTime::fromMSecsSinceEpoch(nowMs, calendar.timeZone()),
                                                         soonMinutes + 1);
    return working.isValid() ? std::max(wall, working.toMSecsSinceEpoch()) : wall;
}

DueLevel dueLevel(const SlaClock &clock, const SlaStatus &status, int soonMinutes)
{
    if (clock.state != SlaClock::Stored::Running)
        return DueLevel::Later;
    if (status.state == SlaState::Breached)
        return DueLevel::Overdue;
    if (status.state == SlaState::Warning || status.remainingMinutes <= soonMinutes)
        return DueLevel::DueSoon;
    return DueLevel::Later;
}

QString dueSpanText(qint64 minutes, SlaMeasure measure)
{
    minutes = qAbs(minutes);
    if (minutes < 60)
        return QCoreApplication::translate("sd::core::Due", "%1 min").arg(minutes);
    // Working time stays in hours (a "day" of working time would be ambiguous); calendar
    // time past two days reads in days and hours.
    if (measure == SlaMeasure::Working || minutes < 48 * 60)
        return QCoreApplication::translate("sd::core::Due", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("sd::core::Due", "%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes % (24 * 60)) / 60);
}

QString dueMeasureTitle(SlaMeasure measure)
{
    return measure == SlaMeasure::Working ? QCoreApplication::translate("sd::core::Due", "working time") : QCoreApplication::translate("sd::core::Due", "calendar time");
}

QString dueTextShort(qint64 remainingMinutes, SlaMeasure measure)
{
    const QString span = dueSpanText(remainingMinutes, measure);
    return remainingMinutes < 0 ? QCoreApplication::translate("sd::core::Due", "overdue %1").arg(span) : QCoreApplication::translate("sd::core::Due", "%1 left").arg(span);
}

QString dueText(qint64 remainingMinutes, SlaMeasure measure)
{
    return QCoreApplication::translate("sd::core::Due", "%1 (%2)").arg(dueTextShort(remainingMinutes, measure), dueMeasureTitle(measure));
}

QString DueItem::text() const
{
    if (target.isEmpty()) {   // a scheduled call or visit
        if (level == DueLevel::Overdue)
            return dueText(remainingMinutes, measure);
        if (remainingMinutes <= 0)
            return recordType == u"return_visit"_s ? QCoreApplication::translate("sd::core::Due", "due today") : QCoreApplication::translate("sd::core::Due", "waits %1").arg(dueSpanText(remainingMinutes, measure));
        return QCoreApplication::translate("sd::core::Due", "in %1").arg(dueSpanText(remainingMinutes, measure));
    }
    return dueText(remainingMinutes, measure);
}

QStringList teamDueRecordTypes(const Session &session)
{
    QStringList types;
    if (session.hasAny({Role::ServiceManager, Role::HotlineOperator}))
        types << QString(sla::HotlineCall) << QString(sla::RemoteSession);
    if (session.has(Role::ServiceManager))
        types << QString(sla::OnsiteDispatch) << u"return_visit"_s;
    if (session.has(Role::QualitySupervisor))
        types << QString(sla::Complaint) << QString(sla::ComplaintReport);
    if (session.has(Role::FirstVisitAgent))
        types << u"first_visit"_s;
    return types;
}

Result<QList<DueItem>> deskDue(const Database &db, const BusinessCalendar &calendar, const Session &session,
                               qint64 nowMs)
{
    QList<DueItem> out;
    QSet<qint64> seenClocks;
    // Only clocks that can be due soon are read: a working-time deadline 60 working minutes
    // away may be days away on the wall clock, and the horizon says how far.
    const int soon = dueSoonMinutes(db);
    const qint64 horizon = dueSoonHorizon(calendar, nowMs, soon);
    const QStringList team = teamDueRecordTypes(session);
    QStringList clockTypes;
    for (const QString &t : team)
        if (t != u"return_visit"_s && t != u"first_visit"_s)
            clockTypes << t;

    auto addClocks = [&](const QList<SlaClock> &clocks, DueScope scope) {
        for (const SlaClock &c : clocks) {
            if (seenClocks.contains(c.id))
                continue;
            const SlaStatus st = SlaClockService::status(c, nowMs, calendar);
            const DueLevel level = dueLevel(c, st, soon);
            if (level == DueLevel::Later)
                continue;
            seenClocks.insert(c.id);
            out << DueItem{c.recordType, c.recordId, c.target, c.title, c.dueAt, c.measure, st.remainingMinutes,
                           level, scope, st.state};
        }
    };
    if (session.staffId > 0) {
        auto mine = SlaClockService::running(db, {}, session.staffId, nowMs, horizon);
        if (!mine)
            return std::unexpected(mine.error());
        addClocks(*mine, DueScope::Mine);
    }
    if (!clockTypes.isEmpty()) {
        auto theirs = SlaClockService::running(db, clockTypes, 0, nowMs, horizon);
        if (!theirs)
            return std::unexpected(theirs.error());
        addClocks(*theirs, DueScope::Team);
    }

    // Call-backs promised to customers (a call on hold): the operator's own, or the hotline's.
    const bool hotlineTeam = team.contains(QString(sla::HotlineCall));
    {
        QString sql = u"SELECT c.id, c.call_no, cu.name, c.callback_due_at, c.operator_id FROM hotline_calls c "
                      "LEFT JOIN customers cu ON cu.id = c.customer_id WHERE c.state = 'on_hold' "
                      "AND c.callback_due_at IS NOT NULL AND c.callback_due_at <= ?"_s;
        QVariantList binds{nowMs + soon * kMinuteMs};
        if (!hotlineTeam) {
            sql += u" AND c.operator_id = ?"_s;
            binds << session.staffId;
        }
        auto q = db.exec(sql, binds);
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            const qint64 due = q->value(3).toLongLong();
            const qint64 left = due - nowMs;
            DueItem item;
            item.recordType = QString(sla::HotlineCall);
            item.recordId = q->value(0).toLongLong();
            item.target = u"call_back"_s;
            item.title = QCoreApplication::translate("sd::core::Due", "Call back %1 — %2").arg(q->value(1).toString(), q->value(2).toString());
            item.dueAt = due;
            item.measure = SlaMeasure::Wall;
            item.remainingMinutes = wallMinutesLeft(due, nowMs);
            // Read only up to the due-soon horizon: never Later.
            item.level = left < 0 ? DueLevel::Overdue : DueLevel::DueSoon;
            item.clockState = left < 0 ? SlaState::Breached : SlaState::Warning;
            item.scope = q->value(4).toLongLong() == session.staffId ? DueScope::Mine : DueScope::Team;
            out << item;
        }
    }

    // The first-visit queue: calls whose time has come (shared by the agents).
    if (team.contains(u"first_visit"_s)) {
        auto q = db.exec(u"SELECT fv.id, c.name, fv.queue_due FROM first_visits fv JOIN customers c ON c.id = fv.customer_id "
                         "WHERE fv.queue_due IS NOT NULL AND fv.queue_due <= ? ORDER BY fv.queue_due, fv.id"_s,
                         {nowMs + soon * kMinuteMs});
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            DueItem item;
            item.recordType = u"first_visit"_s;
            item.recordId = q->value(0).toLongLong();
            item.title = q->value(1).toString();
            item.dueAt = q->value(2).toLongLong();
            item.measure = SlaMeasure::Wall;
            item.remainingMinutes = (item.dueAt - nowMs) / kMinuteMs;
            item.level = scheduledLevel(item.dueAt, nowMs, soon);
            item.scope = DueScope::Team;
            out << item;
        }
    }

    // Return visits due today or before, in the center's time zone.
    if (team.contains(u"return_visit"_s) || session.staffId > 0) {
        const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, calendar.timeZone()).date();
        QString sql = u"SELECT v.id, c.name, v.due_on, v.assignee_id FROM return_visits v "
                      "JOIN customers c ON c.id = v.customer_id WHERE v.state = 'scheduled' AND v.due_on <= ?"_s;
        QVariantList binds{today.toString(Qt::ISODate)};
        if (!team.contains(u"return_visit"_s)) {
            sql += u" AND v.assignee_id = ?"_s;
            binds << session.staffId;
        }
        auto q = db.exec(sql, binds);
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            const QDate due = QDate::fromString(q->value(2).toString(), Qt::ISODate);
            if (!due.isValid())
                continue;
            DueItem item;
            item.recordType = u"return_visit"_s;
            item.recordId = q->value(0).toLongLong();
            item.title = q->value(1).toString();
            item.dueAt = QDateTime(due, QTime(0, 0), calendar.timeZone()).toMSecsSinceEpoch();
            item.measure = SlaMeasure::Wall;
            const qint64 lateDays = due.daysTo(today);
            item.level = lateDays > 0 ? DueLevel::Overdue : DueLevel::DueNow;
            // Overdue from the end of the day it was due.
            item.remainingMinutes = lateDays > 0 ? -(nowMs - QDateTime(due.addDays(1), QTime(0, 0), calendar.timeZone())
                                                                  .toMSecsSinceEpoch()) / kMinuteMs
                                                 : 0;
            item.scope = q->value(3).toLongLong() == session.staffId ? DueScope::Mine : DueScope::Team;
            out << item;
        }
    }

    std::stable_sort(out.begin(), out.end(), [](const DueItem &a, const DueItem &b) {
        if (a.scope != b.scope)
            return a.scope == DueScope::Mine;
        if (rank(a.level) != rank(b.level))
            return rank(a.level) < rank(b.level);
        return a.dueAt < b.dueAt;
    });
    return out;
}

DueCounts countDue(const QList<DueItem> &items, DueScope scope)
{
    DueCounts c;
    for (const DueItem &i : items) {
        if (i.scope != scope)
            continue;
        switch (i.level) {
        case DueLevel::Overdue: ++c.overdue; break;
        case DueLevel::DueNow: ++c.dueNow; break;
        case DueLevel::DueSoon: ++c.dueSoon; break;
        case DueLevel::Later: break;
        }
    }
    return c;
}

qint64 wallMinutesLeft(qint64 dueAt, qint64 nowMs)
{
    const qint64 left = dueAt - nowMs;
    return left >= 0 ? left / kMinuteMs : -((-left + kMinuteMs - 1) / kMinuteMs);
}

DueLevel callBackDueLevel(qint64 dueAt, qint64 nowMs, int soonMinutes)
{
    if (dueAt < nowMs)
        return DueLevel::Overdue;
    return wallMinutesLeft(dueAt, nowMs) <= soonMinutes ? DueLevel::DueSoon : DueLevel::Later;
}

} // namespace sd::core
