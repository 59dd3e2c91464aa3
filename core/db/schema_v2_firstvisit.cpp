// Migration 2: first-visit intake: submissions, attempts, checklist, needs, digests.
#include "core/db/migrations.h"

using namespace Qt::StringLiterals;

namespace sd::core::schema {

Migration v2()
{
    Migration m;
    m.version = 2;
    m.description = u"first-visit intake: submissions, attempts, checklist, needs, digests"_s;
    // Tokens: {id} {ts} {bool} {blob}, and {record} for the versioned-record columns
    // (version, created_at/by, updated_at/by) that RecordStore and the workflow engine need.
    m.statements = {
        // One first visit per submitted customer. queue_kind / queue_due place it in the
        // agent's queue (NULL queue_due: not in the queue): 0 new, 1 retry or call-back,
        // 2 verified and waiting for its needs. The queue reads two index ranges.
        {u"CREATE TABLE first_visits (id {id}, customer_id BIGINT NOT NULL REFERENCES customers(id), "
         "state TEXT NOT NULL, submitted_by BIGINT REFERENCES staff(id), submitted_at {ts} NOT NULL, "
         "sale_date TEXT, sale_details TEXT, duplicate_of TEXT, "
         "failed_attempts INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, "
         "last_outcome TEXT, last_attempt_at {ts}, next_attempt_at {ts}, agent_id BIGINT REFERENCES staff(id), "
         "queue_kind INTEGER NOT NULL DEFAULT 0, queue_due {ts}, verified_at {ts}, needs_recorded_at {ts}, "
         "handed_off_at {ts}, withdraw_reason TEXT, {record})"_s},
        // Partial: only the queue's rows, so finished records (most of them) are never scanned.
        {u"CREATE INDEX first_visits_queue ON first_visits (queue_kind, queue_due, id) WHERE queue_due IS NOT NULL"_s},
        {u"CREATE INDEX first_visits_queue_due ON first_visits (queue_due, id) WHERE queue_due IS NOT NULL"_s},
        {u"CREATE INDEX first_visits_submitter ON first_visits (submitted_by, submitted_at, id)"_s},
        {u"CREATE INDEX first_visits_customer ON first_visits (customer_id)"_s},
        {u"CREATE INDEX first_visits_state ON first_visits (state, id)"_s},
        // The snapshot of every submitted field and its verification (verified / corrected).
        {u"CREATE TABLE first_visit_fields (id {id}, first_visit_id BIGINT NOT NULL REFERENCES "
         "first_visits(id) ON DELETE CASCADE, field TEXT NOT NULL, position INTEGER NOT NULL, "
         "submitted_value TEXT, status TEXT CHECK (status IS NULL OR status IN ('verified','corrected')), "
         "corrected_value TEXT, checked_by BIGINT REFERENCES staff(id), checked_at {ts}, "
         "UNIQUE (first_visit_id, field))"_s},
        // Call attempts: outcome, note, when, and the next attempt scheduled.
        {u"CREATE TABLE first_visit_attempts (id {id}, first_visit_id BIGINT NOT NULL REFERENCES "
         "first_visits(id) ON DELETE CASCADE, at {ts} NOT NULL, by_id BIGINT REFERENCES staff(id), "
         "outcome TEXT NOT NULL CHECK (outcome IN ('reached','no_answer','busy','wrong_number','call_later')), "
         "note TEXT, next_at {ts})"_s},
        {u"CREATE INDEX first_visit_attempts_visit ON first_visit_attempts (first_visit_id, at, id)"_s},
        // The informing checklist of the seed, one row per item once touched.
        {u"CREATE TABLE first_visit_checklist (first_visit_id BIGINT NOT NULL REFERENCES first_visits(id) "
         "ON DELETE CASCADE, item TEXT NOT NULL, done {bool} NOT NULL DEFAULT 0, note TEXT, "
         "by_id BIGINT REFERENCES staff(id), at {ts}, PRIMARY KEY (first_visit_id, item))"_s},
        // Service needs, each routed to a department, each with its own state and a link to
        // what took it up (an implementation project, a training registration …).
        {u"CREATE TABLE first_visit_needs (id {id}, first_visit_id BIGINT NOT NULL REFERENCES "
         "first_visits(id) ON DELETE CASCADE, customer_id BIGINT NOT NULL REFERENCES customers(id), "
         "need_type TEXT NOT NULL CHECK (need_type IN ('implementation','training','support','upgrade',"
         "'special_service','other')), description TEXT NOT NULL, department_id BIGINT NOT NULL "
         "REFERENCES departments(id), state TEXT NOT NULL DEFAULT 'open' CHECK (state IN "
         "('open','taken_up','closed')), taken_up_type TEXT, taken_up_id BIGINT, work_day TEXT, "
         "recorded_at {ts}, recorded_by BIGINT REFERENCES staff(id), digest_id BIGINT, {record})"_s},
        {u"CREATE INDEX first_visit_needs_visit ON first_visit_needs (first_visit_id, id)"_s},
        {u"CREATE INDEX first_visit_needs_day ON first_visit_needs (work_day, department_id, id)"_s},
        {u"CREATE INDEX first_visit_needs_open ON first_visit_needs (need_type, state, id)"_s},
        {u"CREATE INDEX first_visit_needs_digest ON first_visit_needs (digest_id, id)"_s},
        {u"CREATE INDEX first_visit_needs_undigested ON first_visit_needs (work_day) WHERE digest_id IS NULL"_s},
        // The daily hand-off: one digest per working day and department, to its head.
        {u"CREATE TABLE first_visit_digests (id {id}, work_day TEXT NOT NULL, department_id BIGINT NOT NULL "
         "REFERENCES departments(id), head_id BIGINT REFERENCES staff(id), need_count INTEGER NOT NULL, "
         "built_at {ts} NOT NULL, state TEXT NOT NULL DEFAULT 'ready' CHECK (state IN ('ready','handed_off')), "
         "handed_off_at {ts}, handed_off_by BIGINT REFERENCES staff(id), {record}, "
         "UNIQUE (work_day, department_id))"_s},
        {u"CREATE INDEX first_visit_digests_day ON first_visit_digests (work_day, id)"_s},
    };
    return m;
}

} // namespace sd::core::schema
