// Migration 9: the training roster (SPEC §3.5, issue 13): courses, sessions, students,
// registrations with a waiting list, attendance per day, exam scores with re-sits, notices.
// (Migration 8 is the implementation-project tracker's; the runner takes versions in order
// and does not need them contiguous.)
#include "core/db/migrations.h"

using namespace Qt::StringLiterals;

namespace sd::core::schema {

Migration v9()
{
    Migration m;
    m.version = 9;
    m.description = u"training roster: courses, sessions, students, registrations, attendance, scores"_s;
    m.statements = {
        // Courses set up by the teachers. Retired, never deleted once a session uses them.
        {u"CREATE TABLE training_courses (id {id}, title TEXT NOT NULL, "
         "kind TEXT NOT NULL CHECK (kind IN ('operation','upgrade','business')), product TEXT NOT NULL, "
         "modules TEXT, outline TEXT, duration_hours INTEGER NOT NULL CHECK (duration_hours BETWEEN 1 AND 200), "
         "pass_mark INTEGER NOT NULL DEFAULT 60 CHECK (pass_mark BETWEEN 0 AND 100), "
         "retired {bool} NOT NULL DEFAULT 0, {record})"_s},
        {u"CREATE INDEX training_courses_product ON training_courses (retired, product, id)"_s},
        // Numbers per year, handed out by an upsert on the counter's row: two desks planning at
        // once wait for each other on that row instead of both reading the same MAX().
        {u"CREATE TABLE training_counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"_s},
        // A session of a course: the workflow's record (planned → open → full → held → scored →
        // closed, or cancelled). registered / waiting mirror the registrations so that the
        // transition table's conditions read them from the record.
        {u"CREATE TABLE training_sessions (id {id}, session_no TEXT NOT NULL UNIQUE, state TEXT NOT NULL, "
         "course_id BIGINT NOT NULL REFERENCES training_courses(id), teacher_id BIGINT NOT NULL REFERENCES staff(id), "
         "starts_at {ts} NOT NULL, ends_at {ts} NOT NULL, room TEXT, online_link TEXT, "
         "capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 500), "
         "registered INTEGER NOT NULL DEFAULT 0, waiting INTEGER NOT NULL DEFAULT 0, "
         "off_hours_confirmed {bool} NOT NULL DEFAULT 0, notes TEXT, cancel_reason TEXT, "
         "opened_at {ts}, held_at {ts}, scored_at {ts}, closed_at {ts}, cancelled_at {ts}, "
         "{record}, CHECK (ends_at > starts_at))"_s},
        {u"CREATE INDEX training_sessions_state ON training_sessions (state, starts_at, id)"_s},
        {u"CREATE INDEX training_sessions_starts ON training_sessions (starts_at, id)"_s},
        {u"CREATE INDEX training_sessions_teacher ON training_sessions (teacher_id, starts_at)"_s},
        {u"CREATE INDEX training_sessions_room ON training_sessions (room, starts_at) WHERE room IS NOT NULL"_s},
        {u"CREATE INDEX training_sessions_course ON training_sessions (course_id, starts_at)"_s},
        // Students: a customer's staff. One row per person of a customer (name + phone digits),
        // found or created when registered; linked to the customer's contact when it is one.
        {u"CREATE TABLE training_students (id {id}, customer_id BIGINT NOT NULL REFERENCES customers(id), "
         "contact_id BIGINT REFERENCES contacts(id), name TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '', "
         "phone_digits TEXT NOT NULL DEFAULT '', {record})"_s},
        {u"CREATE UNIQUE INDEX training_students_person ON training_students (customer_id, name, phone_digits)"_s},
        {u"CREATE INDEX training_students_contact ON training_students (contact_id)"_s},
        // Registrations: a student's seat (registered, or promoted from the waiting list), a place
        // on the waiting list (waiting_position), or cancelled. Source: a first-visit need, a
        // hotline call (operation problem), or direct.
        {u"CREATE TABLE training_registrations (id {id}, session_id BIGINT NOT NULL REFERENCES training_sessions(id), "
         "student_id BIGINT NOT NULL REFERENCES training_students(id), "
         "status TEXT NOT NULL CHECK (status IN ('registered','waiting','cancelled','promoted')), "
         "waiting_position INTEGER, source TEXT NOT NULL DEFAULT 'direct' CHECK (source IN ('direct','need','call')), "
         "need_id BIGINT REFERENCES first_visit_needs(id), call_id BIGINT REFERENCES hotline_calls(id), "
         "registered_at {ts} NOT NULL, registered_by BIGINT REFERENCES staff(id), promoted_at {ts}, "
         "cancelled_at {ts}, cancel_reason TEXT, {record})"_s},
        {u"CREATE INDEX training_registrations_session ON training_registrations (session_id, status, waiting_position, id)"_s},
        {u"CREATE INDEX training_registrations_student ON training_registrations (student_id, id)"_s},
        {u"CREATE INDEX training_registrations_need ON training_registrations (need_id) WHERE need_id IS NOT NULL"_s},
        {u"CREATE INDEX training_registrations_call ON training_registrations (call_id) WHERE call_id IS NOT NULL"_s},
        // Attendance per day of the session (the center's calendar day, YYYY-MM-DD).
        {u"CREATE TABLE training_attendance (id {id}, registration_id BIGINT NOT NULL REFERENCES "
         "training_registrations(id), day TEXT NOT NULL, present {bool} NOT NULL, note TEXT, "
         "recorded_at {ts} NOT NULL, recorded_by BIGINT REFERENCES staff(id), UNIQUE (registration_id, day))"_s},
        // Exam scores: one row per attempt (a re-sit is the next attempt); passed by the course's
        // pass mark at the time, kept with the row.
        {u"CREATE TABLE training_scores (id {id}, registration_id BIGINT NOT NULL REFERENCES "
         "training_registrations(id), attempt INTEGER NOT NULL CHECK (attempt >= 1), "
         "score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100), pass_mark INTEGER NOT NULL, "
         "passed {bool} NOT NULL, note TEXT, recorded_at {ts} NOT NULL, recorded_by BIGINT REFERENCES staff(id), "
         "UNIQUE (registration_id, attempt))"_s},
        // Notices to registrants (a session cancelled, a seat from the waiting list).
        {u"CREATE TABLE training_notices (id {id}, session_id BIGINT NOT NULL REFERENCES training_sessions(id), "
         "registration_id BIGINT REFERENCES training_registrations(id), "
         "kind TEXT NOT NULL CHECK (kind IN ('cancelled','promoted','rescheduled')), message TEXT NOT NULL, "
         "created_at {ts} NOT NULL, created_by BIGINT REFERENCES staff(id))"_s},
        {u"CREATE INDEX training_notices_session ON training_notices (session_id, id)"_s},
    };
    return m;
}

} // namespace sd::core::schema
