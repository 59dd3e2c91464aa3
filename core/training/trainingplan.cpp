// The checks a session's plan must pass before it is written: input limits, course, teacher,
// times on the business calendar, place and capacity, and clashes of the teacher and the room.
#include "core/records/fieldrules.h"
#include "core/training/trainingservice.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd::core::training {

namespace {

constexpr int kMaxCapacity = 500;
constexpr qint64 kMaxSpanMs = 31LL * 24 * 3600 * 1000;

QString localText(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(u"yyyy-MM-dd HH:mm"_s);
}

Status checkTexts(const SessionPlan &p)
{
    namespace fr = fieldrules;
    if (auto ok = fr::text(u"room"_s, fieldTitle(u"room"_s), p.room, fr::NameMax); !ok)
        return ok;
    if (auto ok = fr::text(u"online_link"_s, fieldTitle(u"online_link"_s), p.onlineLink, fr::AddressMax); !ok)
        return ok;
    if (auto ok = fr::text(u"notes"_s, fieldTitle(u"notes"_s), p.notes, fr::LongTextMax); !ok)
        return ok;
    if (p.room.trimmed().isEmpty() && p.onlineLink.trimmed().isEmpty())
        return failInvalid(u"room"_s, QCoreApplication::translate("sd::core::TrainingService", "Give the room, or the online link for a session held online."));
    if (p.capacity < 1 || p.capacity > kMaxCapacity)
        return failInvalid(u"capacity"_s, QCoreApplication::translate("sd::core::TrainingService", "The capacity is a number of seats from 1 to %1.").arg(kMaxCapacity));
    return {};
}

Status checkCourse(const Database &db, qint64 courseId)
{
    auto retired = db.scalar(u"SELECT retired FROM training_courses WHERE id = ?"_s, {courseId});
    if (!retired)
        return std::unexpected(retired.error());
    if (!retired->isValid())
        return failInvalid(u"course_id"_s, QCoreApplication::translate("sd::core::TrainingService", "Choose the course the session teaches."));
    if (retired->toInt() != 0)
        return failInvalid(u"course_id"_s, QCoreApplication::translate("sd::core::TrainingService", "The course is retired: no new sessions are planned from it."));
    return {};
}

Status checkTeacher(const Database &db, qint64 teacherId)
{
    auto n = db.scalar(u"SELECT COUNT(*) FROM staff s JOIN staff_roles r ON r.staff_id = s.id "
                       "WHERE s.id = ? AND s.active = 1 AND r.role = 'trainer'"_s,
                       {teacherId});
    if (!n)
        return std::unexpected(n.error());
    if (n->toInt() == 0)
        return failInvalid(u"teacher_id"_s, QCoreApplication::translate("sd::core::TrainingService", "The teacher must be an active member of staff with the training teacher role."));
    return {};
}

Status checkTimes(const SessionPlan &p)
{
    if (p.startsAt <= 0)
        return failInvalid(u"starts_at"_s, QCoreApplication::translate("sd::core::TrainingService", "Say when the session starts."));
    if (p.endsAt <= p.startsAt)
        return failInvalid(u"ends_at"_s, QCoreApplication::translate("sd::core::TrainingService", "The session must end after it starts."));
    if (p.endsAt - p.startsAt > kMaxSpanMs)
        return failInvalid(u"ends_at"_s, QCoreApplication::translate("sd::core::TrainingService", "A session lasts at most 31 days; plan several sessions instead."));
    if (p.startsAt <= Database::nowMs())
        return failInvalid(u"starts_at"_s, QCoreApplication::translate("sd::core::TrainingService", "The start lies in the past: plan sessions ahead."));
    return {};
}

/// The first other live session of the teacher (or in the room) overlapping the plan.
Status checkClash(const Database &db, const BusinessCalendar &calendar, const SessionPlan &p, qint64 sessionId,
                  const QString &field)
{
    const bool room = field == u"room"_s;
    const QString place = p.room.trimmed();
    if (room && place.isEmpty())
        return {};
    auto q = db.exec(u"SELECT s.session_no, c.title, s.starts_at, s.ends_at FROM training_sessions s "
                     "JOIN training_courses c ON c.id = s.course_id WHERE %1 = ? AND s.id <> ? "
                     "AND s.state <> 'cancelled' AND s.starts_at < ? AND s.ends_at > ? ORDER BY s.starts_at LIMIT 1"_s
                         .arg(room ? u"s.room"_s : u"s.teacher_id"_s),
                     {room ? QVariant(place) : QVariant(p.teacherId), sessionId, p.endsAt, p.startsAt});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return {};
    const QString what = u"%1 “%2” (%3 – %4)"_s.arg(q->value(0).toString(), q->value(1).toString(),
                                                  localText(q->value(2).toLongLong(), calendar.timeZone()),
                                                  localText(q->value(3).toLongLong(), calendar.timeZone()));
    q->finish();
    return failInvalid(field, room ? QCoreApplication::translate("sd::core::TrainingService", "The room %1 is taken at that time by session %2.").arg(place, what)
                                   : QCoreApplication::translate("sd::core::TrainingService", "The teacher already teaches session %1 at that time.").arg(what));
}

} // namespace

QString offHoursProblem(const BusinessCalendar &calendar, qint64 startsAt, qint64 endsAt)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startsAt, calendar.timeZone());
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(endsAt, calendar.timeZone());
    for (QDate d = start.date(); d <= end.date(); d = d.addDays(1)) {
        if (calendar.isWorkingDay(d))
            continue;
        const auto special = calendar.day(d);
        return special && !special->name.isEmpty()
            ? QCoreApplication::translate("sd::core::TrainingService", "%1 is a holiday (%2).").arg(d.toString(Qt::ISODate), special->name)
            : QCoreApplication::translate("sd::core::TrainingService", "%1 is not a working day.").arg(d.toString(Qt::ISODate));
    }
    const QList<WorkInterval> &hours = calendar.intervals();
    if (hours.isEmpty())
        return {};
    // Each day of the session runs from its start time to its end time.
    const int from = start.time().hour() * 60 + start.time().minute();
    const int to = end.time().hour() * 60 + end.time().minute();
    if (from < hours.first().startMinute || to > hours.last().endMinute || (to <= from && start.date() != end.date()))
        return QCoreApplication::translate("sd::core::TrainingService", "%1–%2 is outside working hours (%3).")
            .arg(start.time().toString(u"HH:mm"_s), end.time().toString(u"HH:mm"_s), calendar.hoursText());
    return {};
}

Status checkPlan(const Database &db, const BusinessCalendar &calendar, const SessionPlan &p, qint64 sessionId)
{
    if (auto ok = checkTexts(p); !ok)
        return ok;
    if (p.courseId > 0 || sessionId == 0)
        if (auto ok = checkCourse(db, p.courseId); !ok)
            return ok;
    if (auto ok = checkTeacher(db, p.teacherId); !ok)
        return ok;
    if (auto ok = checkTimes(p); !ok)
        return ok;
    if (const QString problem = offHoursProblem(calendar, p.startsAt, p.endsAt); !problem.isEmpty() && !p.confirmOffHours)
        return failInvalid(u"confirm_off_hours"_s,
                           QCoreApplication::translate("sd::core::TrainingService", "%1 Confirm that the session is held outside working hours (confirm_off_hours) to plan it anyway.")
                               .arg(problem));
    if (auto ok = checkClash(db, calendar, p, sessionId, u"teacher_id"_s); !ok)
        return ok;
    return checkClash(db, calendar, p, sessionId, u"room"_s);
}

} // namespace sd::core::training
