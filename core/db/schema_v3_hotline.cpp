// Migration 3: hotline desk and problem base: duty roster, calls, standardized problem base.
#include "core/db/migrations.h"

using namespace Qt::StringLiterals;

namespace sd::core::schema {

namespace {
using Only = MigrationStatement::Only;
MigrationStatement both(const QString &sql) { return {sql, Only::Both}; }
} // namespace

Migration v3()
{
    Migration m;
    m.version = 3;
    m.description = u"hotline desk and problem base: roster, calls, problem base"_s;
    m.statements = {
        // Duty roster: one row per shift. day 'YYYY-MM-DD', times 'HH:MM' (local, Asia/Shanghai).
        both(u"CREATE TABLE hotline_shifts (id {id}, staff_id BIGINT NOT NULL REFERENCES staff(id), "
             "day TEXT NOT NULL, starts TEXT NOT NULL, ends TEXT NOT NULL, "
             "on_call {bool} NOT NULL DEFAULT 0, note TEXT, {record}, UNIQUE (staff_id, day, starts))"_s),
        both(u"CREATE INDEX hotline_shifts_day ON hotline_shifts (day, starts)"_s),

        // Standardized problem base (标准化问题库). search_text = phenomenon, cause, solution,
        // product, version, module, tags: the one column full-text search runs on.
        both(u"CREATE TABLE problem_entries (id {id}, phenomenon TEXT NOT NULL, cause TEXT, "
             "solution TEXT NOT NULL, product TEXT, product_version TEXT, module TEXT, "
             "problem_class TEXT NOT NULL, tags TEXT, source_type TEXT, source_id BIGINT, "
             "author_id BIGINT REFERENCES staff(id), times_used INTEGER NOT NULL DEFAULT 0, "
             "active {bool} NOT NULL DEFAULT 1, merged_into BIGINT REFERENCES problem_entries(id), "
             "search_text TEXT NOT NULL DEFAULT '', {record})"_s),
        both(u"CREATE INDEX problem_entries_browse ON problem_entries (active, product, module, problem_class, id)"_s),
        both(u"CREATE INDEX problem_entries_used ON problem_entries (active, times_used, id)"_s),
        {u"CREATE VIRTUAL TABLE problem_fts USING fts5(body, tokenize='trigram')"_s, Only::SQLite},
        {u"CREATE TRIGGER problem_entries_fts_ai AFTER INSERT ON problem_entries BEGIN "
         "INSERT INTO problem_fts(rowid, body) VALUES (new.id, new.search_text); END"_s, Only::SQLite},
        {u"CREATE TRIGGER problem_entries_fts_au AFTER UPDATE OF search_text ON problem_entries BEGIN "
         "UPDATE problem_fts SET body = new.search_text WHERE rowid = new.id; END"_s, Only::SQLite},
        {u"CREATE TRIGGER problem_entries_fts_ad AFTER DELETE ON problem_entries BEGIN "
         "DELETE FROM problem_fts WHERE rowid = old.id; END"_s, Only::SQLite},
        {u"CREATE INDEX problem_entries_trgm ON problem_entries USING gin (search_text gin_trgm_ops)"_s,
         Only::PostgreSQL},

        // Hotline calls: one versioned record per call, moved by the workflow engine.
        both(u"CREATE TABLE hotline_calls (id {id}, call_no TEXT NOT NULL, state TEXT NOT NULL, "
             "customer_id BIGINT REFERENCES customers(id), contact_id BIGINT REFERENCES contacts(id), "
             "caller_name TEXT, caller_phone TEXT, channel TEXT NOT NULL, problem_class TEXT NOT NULL, "
             "fault_level INTEGER NOT NULL CHECK (fault_level BETWEEN 1 AND 4), product TEXT, module TEXT, "
             "description TEXT NOT NULL, billing TEXT NOT NULL DEFAULT 'contract', "
             "contract_valid {bool} NOT NULL DEFAULT 0, complex {bool} NOT NULL DEFAULT 0, "
             "operator_id BIGINT REFERENCES staff(id), opened_at {ts} NOT NULL, "
             "solution TEXT, hold_reason TEXT, callback_due_at {ts}, remote_note TEXT, "
             "remote_started_at {ts}, onsite_reason TEXT, "
             "account_manager_id BIGINT REFERENCES staff(id), req_other_way TEXT, req_custom_agreed TEXT, "
             "req_feasible TEXT, req_by_date TEXT, req_wanted_date TEXT, req_man_days REAL, req_fee REAL, "
             "req_customer_accepts TEXT, req_decision TEXT, req_decided_on TEXT, "
             "hq_kind TEXT, hq_reference TEXT, hq_submitted_at {ts}, hq_answer TEXT, hq_answered_at {ts}, "
             "complaint_note TEXT, complaint_id BIGINT, retraining_suggested {bool} NOT NULL DEFAULT 0, "
             "retraining_note TEXT, problem_entry_id BIGINT REFERENCES problem_entries(id), "
             "closing_note TEXT, last_note TEXT, solved_at {ts}, closed_at {ts}, search_text TEXT NOT NULL DEFAULT '', {record})"_s),
        both(u"CREATE UNIQUE INDEX hotline_calls_no ON hotline_calls (call_no)"_s),
        both(u"CREATE INDEX hotline_calls_customer ON hotline_calls (customer_id, opened_at, id)"_s),
        both(u"CREATE INDEX hotline_calls_state ON hotline_calls (state, opened_at, id)"_s),
        both(u"CREATE INDEX hotline_calls_opened ON hotline_calls (opened_at, id)"_s),
        {u"CREATE VIRTUAL TABLE hotline_call_fts USING fts5(body, tokenize='trigram')"_s, Only::SQLite},
        {u"CREATE TRIGGER hotline_calls_fts_ai AFTER INSERT ON hotline_calls BEGIN "
         "INSERT INTO hotline_call_fts(rowid, body) VALUES (new.id, new.search_text); END"_s, Only::SQLite},
        {u"CREATE TRIGGER hotline_calls_fts_au AFTER UPDATE OF search_text ON hotline_calls BEGIN "
         "UPDATE hotline_call_fts SET body = new.search_text WHERE rowid = new.id; END"_s, Only::SQLite},
        {u"CREATE TRIGGER hotline_calls_fts_ad AFTER DELETE ON hotline_calls BEGIN "
         "DELETE FROM hotline_call_fts WHERE rowid = old.id; END"_s, Only::SQLite},
        {u"CREATE INDEX hotline_calls_trgm ON hotline_calls USING gin (search_text gin_trgm_ops)"_s,
         Only::PostgreSQL},

        // Problem-base entries applied on a call ("apply" on the desk): counted and linked.
        both(u"CREATE TABLE hotline_call_entries (call_id BIGINT NOT NULL REFERENCES hotline_calls(id) "
             "ON DELETE CASCADE, entry_id BIGINT NOT NULL REFERENCES problem_entries(id), "
             "applied_at {ts} NOT NULL, applied_by BIGINT REFERENCES staff(id), PRIMARY KEY (call_id, entry_id))"_s),
        both(u"CREATE INDEX hotline_call_entries_entry ON hotline_call_entries (entry_id)"_s),
    };
    return m;
}

} // namespace sd::core::schema
