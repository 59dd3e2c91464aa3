// Migration 8: implementation projects (SPEC §3.2): the project with its team, its staged plan,
// each stage's acceptance evaluations (one per attempt), the consultants' daily log, the
// suspend/terminate requests with their two approvals, and plan templates per product.
#include "core/db/migrations.h"

using namespace Qt::StringLiterals;

namespace sd::core::schema {

Migration v8()
{
    Migration m;
    m.version = 8;
    m.description = u"implementation projects, stages, evaluations, daily logs, approvals, plan templates"_s;
    m.statements = {
        // One project from application to filing. prior_state is the state a pending
        // suspend/terminate request returns to when rejected; open_request_id that request.
        {u"CREATE TABLE projects (id {id}, project_no TEXT NOT NULL UNIQUE, state TEXT NOT NULL, "
         "customer_id BIGINT NOT NULL REFERENCES customers(id), contract_id BIGINT REFERENCES contracts(id), "
         "need_id BIGINT REFERENCES first_visit_needs(id), title TEXT NOT NULL, "
         "product_id BIGINT REFERENCES products(id), modules TEXT, goals TEXT, "
         "budgeted_days INTEGER NOT NULL CHECK (budgeted_days > 0), "
         "project_manager_id BIGINT REFERENCES staff(id), applied_by BIGINT REFERENCES staff(id), "
         "applied_at {ts} NOT NULL, assigned_at {ts}, plan_due_at {ts}, planning_at {ts}, started_at {ts}, "
         "current_stage TEXT, stages_total INTEGER NOT NULL DEFAULT 0, stages_accepted INTEGER NOT NULL DEFAULT 0, "
         "prior_state TEXT, open_request_id BIGINT, suspended_at {ts}, resumed_at {ts}, resume_note TEXT, "
         "terminated_at {ts}, termination_reason TEXT, inspection_at {ts}, review_note TEXT, "
         "submitted_at {ts}, return_reason TEXT, filing_note TEXT, closed_at {ts}, {record})"_s},
        // The project list: by state, last changed first; a customer's and a manager's projects.
        {u"CREATE INDEX projects_state ON projects (state, updated_at, id)"_s},
        {u"CREATE INDEX projects_customer ON projects (customer_id, applied_at)"_s},
        {u"CREATE INDEX projects_manager ON projects (project_manager_id, state)"_s},
        {u"CREATE INDEX projects_need ON projects (need_id)"_s},
        // The consultants of a project (and, by staff, a consultant's projects and load).
        {u"CREATE TABLE project_members (project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE, "
         "staff_id BIGINT NOT NULL REFERENCES staff(id), role TEXT NOT NULL DEFAULT 'consultant' "
         "CHECK (role IN ('consultant')), added_at {ts} NOT NULL, PRIMARY KEY (project_id, staff_id))"_s},
        {u"CREATE INDEX project_members_staff ON project_members (staff_id, project_id)"_s},
        // The plan: ordered stages, planned and actual dates (YYYY-MM-DD in the center's zone).
        {u"CREATE TABLE project_stages (id {id}, project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE, "
         "seq INTEGER NOT NULL, name TEXT NOT NULL, planned_start TEXT NOT NULL, planned_end TEXT NOT NULL, "
         "actual_start TEXT, actual_end TEXT, scope TEXT, goals TEXT, risks TEXT, customer_expectations TEXT, "
         "deliverables TEXT, state TEXT NOT NULL, attempt INTEGER NOT NULL DEFAULT 1, started_at {ts}, "
         "delivered_at {ts}, delivery_note TEXT, accepted_at {ts}, {record}, UNIQUE (project_id, seq))"_s},
        // Health: late stages (planned end passed, not accepted) and the active ones.
        {u"CREATE INDEX project_stages_late ON project_stages (state, planned_end, project_id)"_s},
        // One evaluation per attempt, kept when the stage is re-implemented.
        {u"CREATE TABLE stage_evaluations (id {id}, stage_id BIGINT NOT NULL REFERENCES project_stages(id) "
         "ON DELETE CASCADE, project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE, "
         "attempt INTEGER NOT NULL, result TEXT NOT NULL CHECK (result IN "
         "('passed','failed_incomplete','failed_commitment')), note TEXT, evaluated_by BIGINT REFERENCES staff(id), "
         "evaluated_at {ts} NOT NULL, UNIQUE (stage_id, attempt))"_s},
        // The daily implementation log: one confirmed entry per consultant, stage and day.
        {u"CREATE TABLE project_logs (id {id}, project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE, "
         "stage_id BIGINT NOT NULL REFERENCES project_stages(id) ON DELETE CASCADE, "
         "consultant_id BIGINT NOT NULL REFERENCES staff(id), work_date TEXT NOT NULL, work_done TEXT NOT NULL, "
         "hours REAL NOT NULL CHECK (hours > 0 AND hours <= 24), issues TEXT, customer_contact TEXT NOT NULL, "
         "confirmed_at {ts} NOT NULL, {record}, UNIQUE (consultant_id, stage_id, work_date))"_s},
        {u"CREATE INDEX project_logs_project ON project_logs (project_id, work_date, id)"_s},
        {u"CREATE INDEX project_logs_stage ON project_logs (stage_id, work_date)"_s},
        // Suspend / terminate requests and both approvers' decisions; a suspension lasts from
        // effective_at (the second approval) to ended_at (the resumption).
        {u"CREATE TABLE project_approvals (id {id}, project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE, "
         "kind TEXT NOT NULL CHECK (kind IN ('suspend','terminate')), reason TEXT NOT NULL, from_date TEXT, "
         "until_date TEXT, stage_id BIGINT REFERENCES project_stages(id), prior_state TEXT NOT NULL, "
         "requested_by BIGINT REFERENCES staff(id), requested_at {ts} NOT NULL, "
         "pm_decision TEXT CHECK (pm_decision IN ('approved','rejected')), pm_by BIGINT REFERENCES staff(id), "
         "pm_at {ts}, pm_note TEXT, im_decision TEXT CHECK (im_decision IN ('approved','rejected')), "
         "im_by BIGINT REFERENCES staff(id), im_at {ts}, im_note TEXT, "
         "outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending','approved','rejected')), "
         "effective_at {ts}, ended_at {ts}, {record})"_s},
        // The approvals inbox (pending first) and a project's suspensions.
        {u"CREATE INDEX project_approvals_outcome ON project_approvals (outcome, requested_at, id)"_s},
        {u"CREATE INDEX project_approvals_project ON project_approvals (project_id, kind, effective_at)"_s},
        // Plan templates per product, so that a plan is not typed from nothing.
        {u"CREATE TABLE plan_templates (id {id}, product_id BIGINT NOT NULL REFERENCES products(id), "
         "name TEXT NOT NULL, {record}, UNIQUE (product_id, name))"_s},
        {u"CREATE TABLE plan_template_stages (template_id BIGINT NOT NULL REFERENCES plan_templates(id) "
         "ON DELETE CASCADE, seq INTEGER NOT NULL, name TEXT NOT NULL, working_days INTEGER NOT NULL "
         "CHECK (working_days > 0), scope TEXT, goals TEXT, risks TEXT, deliverables TEXT, "
         "PRIMARY KEY (template_id, seq))"_s},
    };
    return m;
}

} // namespace sd::core::schema
