// Migration 4: complaint register (SPEC §3.6), the in-app alert store, and the monthly
// complaint analysis report's issue log.
#include "core/db/migrations.h"

using namespace Qt::StringLiterals;

namespace sd::core::schema {

Migration v4()
{
    using Only = MigrationStatement::Only;
    Migration m;
    m.version = 4;
    m.description = u"complaint register and monthly report"_s;
    m.statements = {
        // One row per complaint; each workflow step fills its own columns (the audit trail keeps
        // every change). received_month = yyyymm of received_at in the center's time zone, so
        // that the monthly report groups with an index and never reads rows into C++.
        {u"CREATE TABLE complaints (id {id}, complaint_no TEXT NOT NULL UNIQUE, state TEXT NOT NULL, "
         "source TEXT NOT NULL CHECK (source IN ('direct','hq','hotline','return_visit')), "
         "channel TEXT, source_record_type TEXT, source_record_id BIGINT, "
         "hq_reference TEXT, hq_deadline {ts}, "
         "customer_id BIGINT NOT NULL REFERENCES customers(id), key_customer {bool} NOT NULL DEFAULT 0, "
         "complainant TEXT NOT NULL, complainant_phone TEXT, "
         "received_at {ts} NOT NULL, received_month INTEGER NOT NULL, received_by BIGINT REFERENCES staff(id), "
         "problem_class TEXT NOT NULL DEFAULT 'other', description TEXT NOT NULL, customer_request TEXT, "
         "validity TEXT CHECK (validity IN ('valid','out_of_scope','not_true')), "
         "confirmed_at {ts}, confirmed_by BIGINT REFERENCES staff(id), confirmation_note TEXT, "
         "department_id BIGINT REFERENCES departments(id), "
         "cause TEXT, responsible_person_id BIGINT REFERENCES staff(id), accountability TEXT, "
         "measures TEXT, reply_text TEXT, reply_due_at {ts}, replied_at {ts}, replied_by BIGINT REFERENCES staff(id), "
         "result_text TEXT, result_at {ts}, follow_up_due_at {ts}, "
         "verification TEXT, customer_opinion TEXT, satisfied {bool}, followed_up_at {ts}, "
         "followed_up_by BIGINT REFERENCES staff(id), "
         "escalated_at {ts}, escalation_note TEXT, hq_dev_reference TEXT, hq_resolution TEXT, hq_resolved_at {ts}, "
         "hq_feedback_due_at {ts}, hq_feedback TEXT, hq_feedback_at {ts}, "
         "corrective_measures TEXT, preventive_measures TEXT, filed_at {ts}, filed_by BIGINT REFERENCES staff(id), "
         "search_text TEXT NOT NULL DEFAULT '', {record})"_s},
        // Covers every column the monthly report aggregates, so its GROUP BYs read the index only.
        {u"CREATE INDEX complaints_month ON complaints (received_month, source, validity, problem_class, "
         "key_customer, department_id, responsible_person_id, reply_due_at, replied_at, follow_up_due_at, "
         "followed_up_at, satisfied, hq_feedback_due_at, hq_feedback_at)"_s},
        {u"CREATE INDEX complaints_received ON complaints (received_at, id)"_s},
        {u"CREATE INDEX complaints_state ON complaints (state, received_at)"_s},
        {u"CREATE INDEX complaints_customer ON complaints (customer_id, received_at)"_s},
        {u"CREATE INDEX complaints_source_record ON complaints (source_record_type, source_record_id)"_s},
        // Register search (number, complainant, phone, customer, what happened, HQ reference):
        // trigram FTS5 on SQLite kept in sync by triggers, pg_trgm GIN on PostgreSQL.
        {u"CREATE VIRTUAL TABLE complaint_fts USING fts5(body, tokenize='trigram')"_s, Only::SQLite},
        {u"CREATE TRIGGER complaints_fts_ai AFTER INSERT ON complaints BEGIN "
         "INSERT INTO complaint_fts(rowid, body) VALUES (new.id, new.search_text); END"_s, Only::SQLite},
        {u"CREATE TRIGGER complaints_fts_au AFTER UPDATE OF search_text ON complaints BEGIN "
         "UPDATE complaint_fts SET body = new.search_text WHERE rowid = new.id; END"_s, Only::SQLite},
        {u"CREATE TRIGGER complaints_fts_ad AFTER DELETE ON complaints BEGIN "
         "DELETE FROM complaint_fts WHERE rowid = old.id; END"_s, Only::SQLite},
        {u"CREATE INDEX complaints_search_trgm ON complaints USING gin (search_text gin_trgm_ops)"_s, Only::PostgreSQL},

        // In-app alerts: a line on someone's desk (key-customer complaint, report reminder …).
        {u"CREATE TABLE alerts (id {id}, recipient_id BIGINT NOT NULL REFERENCES staff(id), "
         "kind TEXT NOT NULL, record_type TEXT, record_id BIGINT, text TEXT NOT NULL, "
         "created_at {ts} NOT NULL, created_by BIGINT, read_at {ts})"_s},
        {u"CREATE INDEX alerts_recipient ON alerts (recipient_id, read_at, id)"_s},
        {u"CREATE INDEX alerts_record ON alerts (record_type, record_id, kind)"_s},

        // The monthly complaint analysis report: when it was issued (the reminder clock stops).
        {u"CREATE TABLE complaint_report_issues (month INTEGER PRIMARY KEY, issued_at {ts} NOT NULL, "
         "issued_by BIGINT REFERENCES staff(id), note TEXT)"_s},
    };
    return m;
}

} // namespace sd::core::schema
