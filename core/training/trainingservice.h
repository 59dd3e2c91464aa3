#pragma once

#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"
#include "core/training/training.h"

#include <QList>

#include <functional>

namespace sd::core {

/// The training roster (SPEC §3.5): courses, sessions and every action on a session through
/// the workflow engine (permission, version, table, fields, audit); the students, the waiting
/// list, attendance, scores, notices, the demand for training and each student's and
/// customer's training record.
class TrainingService final
{
public:
    TrainingService(Database db, BusinessCalendar calendar) : m_db(std::move(db)), m_calendar(std::move(calendar)) {}

    // ---- courses (teachers)
    /// A new course; Invalid names the field (title, kind, product, duration_hours, pass_mark …).
    Result<qint64> createCourse(const Session &who, const TrainingCourse &course);
    /// Changes a course's texts and figures (the pass mark counts for scores recorded later).
    Status updateCourse(const Session &who, const TrainingCourse &course);
    /// Retires a course: no new sessions; its sessions and scores stay.
    Status retireCourse(const Session &who, qint64 courseId, int expectedVersion);
    /// Deletes a course no session uses; a used one is refused (retire it instead).
    Status deleteCourse(const Session &who, qint64 courseId, int expectedVersion);
    Result<TrainingCourse> course(qint64 courseId) const;
    /// Courses by title in pinyin order; retired ones only when asked.
    Result<QList<TrainingCourse>> courses(bool withRetired = false) const;

    // ---- sessions
    /// Plans a session (state "planned"), numbered PXyyyy-nnnn. Refused: a retired course, a
    /// teacher or room already taken at that time (the message names the clashing session), a
    /// holiday or time outside working hours unless confirmed (field confirm_off_hours).
    Result<TrainingSession> plan(const Session &who, const SessionPlan &plan);
    /// Takes `action` on the session (see training::table()). Fields by action:
    /// register: student_id, or student_name [+ student_phone] + customer_id [+ contact_id];
    ///   source (direct, need, call) with need_id / call_id;
    /// cancel_registration: registration_id [+ reason]; record_attendance: registration_id,
    /// day (YYYY-MM-DD), present (0/1) [+ note]; record_score: registration_id, score (0–100)
    /// [+ note]; update_plan: the plan's fields; cancel: cancel_reason.
    Result<TrainingSession> act(const Session &who, qint64 sessionId, int expectedVersion, const QString &action,
                                const QVariantMap &fields = {});
    Result<TrainingSession> get(qint64 sessionId) const;
    /// Sessions, latest start first (`state` empty: any).
    Result<QList<TrainingSession>> list(const QString &state = {}, int limit = 200) const;
    /// Sessions in `state` (empty: any) running at some time in [fromMs, toMs) (0: open end),
    /// latest start first, at most `limit` (the roster's list; bounded in SQL).
    Result<QList<TrainingSession>> list(const QString &state, qint64 fromMs, qint64 toMs, int limit) const;
    /// How many sessions that filter matches in all (the list shows a page of them).
    Result<int> count(const QString &state, qint64 fromMs, qint64 toMs) const;

    // ---- the roster of a session
    /// The session's students: seats first (in registration order), then the waiting list in
    /// its order, then cancelled ones.
    Result<QList<TrainingRegistration>> registrations(qint64 sessionId) const;
    Result<QList<TrainingNotice>> notices(qint64 sessionId) const;
    /// Who asks for this session's training: open first-visit training needs of customers who
    /// bought the course's product, and recent calls on the product classed as operation
    /// problems (or with re-training suggested) whose caller is not registered yet.
    Result<QList<TrainingCandidate>> candidates(qint64 sessionId, int limit = 200) const;

    // ---- training records
    /// Everything a student registered for, latest first (cancelled registrations left out).
    Result<QList<TrainingHistoryRow>> studentHistory(qint64 studentId) const;
    /// The same for every student of a customer (the customer card's training record).
    Result<QList<TrainingHistoryRow>> customerHistory(qint64 customerId, int limit = 500) const;

    const BusinessCalendar &calendar() const { return m_calendar; }

private:
    /// A teacher's change to a course: the role (refusal audited), then `write` in one transaction.
    Status changeCourse(const Session &who, qint64 courseId, const std::function<Status()> &write);

    Database m_db;
    BusinessCalendar m_calendar;
};

namespace training {
/// The checks a plan must pass (planning and "update_plan"): input limits, the course, the
/// teacher, times, place, capacity, working hours and clashes. `sessionId` is the session being
/// re-planned (0 for a new one), left out of the clash checks.
Status checkPlan(const Database &db, const BusinessCalendar &calendar, const SessionPlan &plan, qint64 sessionId);
/// The session's working-hours problem in words ("2026-10-01 is a holiday (国庆节)"), or empty.
QString offHoursProblem(const BusinessCalendar &calendar, qint64 startsAt, qint64 endsAt);
} // namespace training

} // namespace sd::core
