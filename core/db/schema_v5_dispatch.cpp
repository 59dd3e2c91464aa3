// Migration 5: on-site dispatch (SPEC §3.4) and return visits (SPEC §3.7).
#include "core/db/migrations.h"

using namespace Qt::StringLiterals;

namespace sd::core::schema {

Migration v5()
{
    Migration m;
    m.version = 5;
    m.description = u"on-site dispatch jobs, service dispatch forms, HQ hand-offs, return visits"_s;
    m.statements = {
        // One on-site job from request to archive. The Service Dispatch Form's fields live on
        // the job (one form per job); a follow-up dispatch is a new job chained by previous_job_id.
        {u"CREATE TABLE dispatch_jobs (id {id}, job_no TEXT NOT NULL UNIQUE, state TEXT NOT NULL, "
         "customer_id BIGINT NOT NULL REFERENCES customers(id), contact_id BIGINT REFERENCES contacts(id), "
         "contact_name TEXT, contact_phone TEXT, site_address TEXT, "
         "call_id BIGINT, previous_job_id BIGINT REFERENCES dispatch_jobs(id), "
         "fault_level INTEGER NOT NULL CHECK (fault_level BETWEEN 1 AND 4), "
         "region_class TEXT NOT NULL, product TEXT, module TEXT, problem TEXT NOT NULL, "
         "requested_by BIGINT REFERENCES staff(id), requested_at {ts} NOT NULL, "
         "coverage TEXT CHECK (coverage IN ('contract','billable')), verify_note TEXT, "
         "engineer_id BIGINT REFERENCES staff(id), dispatched_at {ts}, dispatch_note TEXT, "
         "due_at {ts}, send_back_reason TEXT, "
         "appointment_at {ts}, appointment_note TEXT, checked_in_at {ts}, "
         "work_done TEXT, minutes_on_site INTEGER, parts_patches TEXT, "
         "result TEXT CHECK (result IN ('solved','not_solved')), customer_signer TEXT, "
         "signature {blob}, satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5), "
         "customer_comment TEXT, form_returned_at {ts}, form_reject_reason TEXT, "
         "write_off_reason TEXT, hq_reference TEXT, hq_submitted_at {ts}, hq_answer TEXT, "
         "hq_answered_at {ts}, resolution_note TEXT, closed_at {ts}, close_reason TEXT, "
         "problem_base_offered {bool} NOT NULL DEFAULT 0, {record})"_s},
        // The board reads open jobs by state and by engineer, soonest deadline first.
        // Covering for the board's page of ids (the rows are fetched by id afterwards).
        {u"CREATE INDEX dispatch_jobs_board ON dispatch_jobs (state, due_at, requested_at, id)"_s},
        {u"CREATE INDEX dispatch_jobs_state_changed ON dispatch_jobs (state, updated_at)"_s},
        {u"CREATE INDEX dispatch_jobs_engineer ON dispatch_jobs (engineer_id, state)"_s},
        {u"CREATE INDEX dispatch_jobs_customer ON dispatch_jobs (customer_id, requested_at)"_s},
        {u"CREATE INDEX dispatch_jobs_previous ON dispatch_jobs (previous_job_id)"_s},

        // Return visits: after an archived job or a closed case, and quarterly per contract
        // customer. period is the quarter ("2026Q4") for quarterly visits, so each is made once.
        {u"CREATE TABLE return_visits (id {id}, state TEXT NOT NULL, customer_id BIGINT NOT NULL "
         "REFERENCES customers(id), source_type TEXT NOT NULL CHECK (source_type IN "
         "('dispatch','case','quarterly')), source_id BIGINT, period TEXT, due_on TEXT NOT NULL, "
         "channel TEXT CHECK (channel IN ('phone','visit')), assignee_id BIGINT REFERENCES staff(id), "
         "attitude INTEGER CHECK (attitude BETWEEN 1 AND 5), quality INTEGER CHECK (quality BETWEEN 1 AND 5), "
         "resolution INTEGER CHECK (resolution BETWEEN 1 AND 5), score INTEGER CHECK (score BETWEEN 1 AND 5), "
         "comment TEXT, cancel_reason TEXT, visited_at {ts}, complaint_id BIGINT, {record})"_s},
        {u"CREATE INDEX return_visits_due ON return_visits (state, due_on, id)"_s},
        {u"CREATE INDEX return_visits_customer ON return_visits (customer_id, due_on)"_s},
        {u"CREATE UNIQUE INDEX return_visits_once ON return_visits (customer_id, source_type, period) "
         "WHERE period IS NOT NULL"_s},
        {u"CREATE UNIQUE INDEX return_visits_source ON return_visits (source_type, source_id) "
         "WHERE source_id IS NOT NULL"_s},
    };
    return m;
}

} // namespace sd::core::schema
