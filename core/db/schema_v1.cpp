// Migration 1: the platform's shared records (SPEC §2), audit trail, calendar and SLA tables.
// Every record table carries version / created_* / updated_* so that RecordStore can refuse
// stale updates and name who saved last.
#include "core/db/migrations.h"

using namespace Qt::StringLiterals;

namespace sd::core::schema {

namespace {
using Only = MigrationStatement::Only;
// The bookkeeping columns every versioned record has.
const QString kRecordColumns = u"version INTEGER NOT NULL DEFAULT 1, "
                               "created_at {ts} NOT NULL, created_by BIGINT, "
                               "updated_at {ts} NOT NULL, updated_by BIGINT"_s;
MigrationStatement both(const QString &sql)
{
    QString s = sql;
    s.replace(u"{record}"_s, kRecordColumns);
    return {s, Only::Both};
}
} // namespace

Migration v1()
{
    Migration m;
    m.version = 1;
    m.description = u"platform: records, staff, audit, calendar, SLA"_s;
    m.statements = {
        // Pinyin order for Chinese names (SQLite registers the same name on each connection).
        {u"CREATE COLLATION IF NOT EXISTS pinyin (provider = icu, locale = 'zh-u-co-pinyin')"_s,
         Only::PostgreSQL},
        both(u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT, {record})"_s),
        both(u"CREATE TABLE departments (id {id}, name TEXT NOT NULL UNIQUE, name_en TEXT, "
             "head_id BIGINT, {record})"_s),
        both(u"CREATE TABLE staff (id {id}, login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, "
             "department_id BIGINT REFERENCES departments(id), phone TEXT, email TEXT, region TEXT, "
             "skills TEXT, password_hash TEXT NOT NULL, active {bool} NOT NULL DEFAULT 1, "
             "failed_logins INTEGER NOT NULL DEFAULT 0, {record})"_s),
        both(u"CREATE TABLE staff_roles (staff_id BIGINT NOT NULL REFERENCES staff(id) ON DELETE CASCADE, "
             "role TEXT NOT NULL, PRIMARY KEY (staff_id, role))"_s),
        both(u"CREATE TABLE customers (id {id}, name TEXT NOT NULL, address TEXT, "
             "region_class TEXT NOT NULL DEFAULT 'same_city' "
             "CHECK (region_class IN ('same_city','nearby','other_province')), "
             "key_customer {bool} NOT NULL DEFAULT 0, vip_channel {bool} NOT NULL DEFAULT 0, "
             "service_code TEXT, dongle_no TEXT, industry TEXT, notes TEXT, "
             "account_manager_id BIGINT REFERENCES staff(id), "
             "search_text TEXT NOT NULL DEFAULT '', {record})"_s),
        both(u"CREATE INDEX customers_name ON customers (name COLLATE pinyin, id)"_s),
        both(u"CREATE INDEX customers_service_code ON customers (service_code)"_s),
        both(u"CREATE INDEX customers_updated ON customers (updated_at, id)"_s),
        both(u"CREATE TABLE contacts (id {id}, customer_id BIGINT NOT NULL REFERENCES customers(id) "
             "ON DELETE CASCADE, name TEXT NOT NULL, title TEXT, email TEXT, im TEXT, "
             "is_admin {bool} NOT NULL DEFAULT 0, {record})"_s),
        both(u"CREATE INDEX contacts_customer ON contacts (customer_id, id)"_s),
        // digits: the phone with everything but 0-9 removed, for caller-ID lookup.
        both(u"CREATE TABLE contact_phones (id {id}, contact_id BIGINT NOT NULL REFERENCES contacts(id) "
             "ON DELETE CASCADE, phone TEXT NOT NULL, digits TEXT NOT NULL, kind TEXT)"_s),
        both(u"CREATE INDEX contact_phones_contact ON contact_phones (contact_id, id)"_s),
        both(u"CREATE INDEX contact_phones_digits ON contact_phones (digits)"_s),
        both(u"CREATE TABLE products (id {id}, name TEXT NOT NULL UNIQUE, vendor TEXT, "
             "modules TEXT, {record})"_s),
        both(u"CREATE TABLE customer_products (id {id}, customer_id BIGINT NOT NULL REFERENCES "
             "customers(id) ON DELETE CASCADE, product_id BIGINT NOT NULL REFERENCES products(id), "
             "product_version TEXT, modules TEXT, licences INTEGER NOT NULL DEFAULT 1, "
             "purchased_on TEXT, {record})"_s),
        both(u"CREATE INDEX customer_products_customer ON customer_products (customer_id)"_s),
        both(u"CREATE TABLE contracts (id {id}, customer_id BIGINT NOT NULL REFERENCES customers(id) "
             "ON DELETE CASCADE, contract_no TEXT, type TEXT NOT NULL, starts_on TEXT NOT NULL, "
             "ends_on TEXT NOT NULL, warranty_months INTEGER NOT NULL DEFAULT 12, "
             "onsite_included {bool} NOT NULL DEFAULT 0, free_upgrade {bool} NOT NULL DEFAULT 0, "
             "notes TEXT, {record})"_s),
        both(u"CREATE INDEX contracts_customer ON contracts (customer_id, ends_on, id)"_s),

        // Audit trail: append-only (triggers below refuse UPDATE and DELETE).
        both(u"CREATE TABLE audit (id {id}, at {ts} NOT NULL, actor_id BIGINT, actor_login TEXT, "
             "table_name TEXT NOT NULL, record_id BIGINT, action TEXT NOT NULL, field TEXT, "
             "old_value TEXT, new_value TEXT)"_s),
        both(u"CREATE INDEX audit_record ON audit (table_name, record_id, id)"_s),
        {u"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
         "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"_s, Only::SQLite},
        {u"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
         "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"_s, Only::SQLite},
        {u"CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
         "$$ BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$"_s, Only::PostgreSQL},
        {u"CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit "
         "FOR EACH ROW EXECUTE FUNCTION audit_append_only()"_s, Only::PostgreSQL},

        // Business calendar: exceptions to the Mon–Fri week. kind: holiday | workday (调休).
        both(u"CREATE TABLE calendar_days (day TEXT PRIMARY KEY, kind TEXT NOT NULL "
             "CHECK (kind IN ('holiday','workday')), name TEXT, {record})"_s),

        // SLA policies: targets per record type and class; NULL class columns match anything.
        both(u"CREATE TABLE sla_policies (id {id}, record_type TEXT NOT NULL, target TEXT NOT NULL, "
             "severity INTEGER, customer_class TEXT, contract_type TEXT, region_class TEXT, "
             "minutes INTEGER NOT NULL CHECK (minutes > 0), "
             "measure TEXT NOT NULL CHECK (measure IN ('working','wall')), "
             "warn_percent INTEGER NOT NULL DEFAULT 80 CHECK (warn_percent BETWEEN 1 AND 100), "
             "active {bool} NOT NULL DEFAULT 1, name TEXT, {record})"_s),
        // One running clock per (record, target). Times in ms since the epoch.
        both(u"CREATE TABLE sla_clocks (id {id}, record_type TEXT NOT NULL, record_id BIGINT NOT NULL, "
             "target TEXT NOT NULL, policy_id BIGINT REFERENCES sla_policies(id), "
             "measure TEXT NOT NULL, minutes INTEGER NOT NULL, warn_percent INTEGER NOT NULL, "
             "assignee_id BIGINT REFERENCES staff(id), started_at {ts} NOT NULL, due_at {ts}, "
             "warn_at {ts}, paused_at {ts}, remaining_minutes INTEGER, stopped_at {ts}, "
             "state TEXT NOT NULL DEFAULT 'running' CHECK (state IN ('running','paused','stopped')), "
             "title TEXT, {record}, UNIQUE (record_type, record_id, target))"_s),
        both(u"CREATE INDEX sla_clocks_due ON sla_clocks (state, due_at)"_s),
        both(u"CREATE INDEX sla_clocks_assignee ON sla_clocks (assignee_id, state, due_at)"_s),

        // Full-text search over customers (trigram; SPEC §4).
        {u"CREATE VIRTUAL TABLE customer_fts USING fts5(body, tokenize='trigram')"_s, Only::SQLite},
        {u"CREATE TRIGGER customers_fts_ai AFTER INSERT ON customers BEGIN "
         "INSERT INTO customer_fts(rowid, body) VALUES (new.id, new.search_text); END"_s, Only::SQLite},
        {u"CREATE TRIGGER customers_fts_au AFTER UPDATE OF search_text ON customers BEGIN "
         "UPDATE customer_fts SET body = new.search_text WHERE rowid = new.id; END"_s, Only::SQLite},
        {u"CREATE TRIGGER customers_fts_ad AFTER DELETE ON customers BEGIN "
         "DELETE FROM customer_fts WHERE rowid = old.id; END"_s, Only::SQLite},
        {u"CREATE EXTENSION IF NOT EXISTS pg_trgm"_s, Only::PostgreSQL},
        {u"CREATE INDEX customers_search_trgm ON customers USING gin (search_text gin_trgm_ops)"_s,
         Only::PostgreSQL},
        {u"CREATE INDEX contact_phones_digits_trgm ON contact_phones USING gin (digits gin_trgm_ops)"_s,
         Only::PostgreSQL},
    };
    return m;
}

} // namespace sd::core::schema
