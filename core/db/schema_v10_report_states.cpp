// Migration 10: the monthly complaint report becomes a record of the engine (issue 11): one row
// per month in `complaint_reports` (id = yyyymm, due → issued, versioned), so that "already
// issued" is a state of the transition table, not a check beside it. Issued months move over.
#include "core/db/migrations.h"

using namespace Qt::StringLiterals;

namespace sd::core::schema {

Migration v10()
{
    Migration m;
    m.version = 10;
    m.description = u"monthly complaint reports as workflow records"_s;
    m.statements = {
        {u"CREATE TABLE complaint_reports (id BIGINT PRIMARY KEY, state TEXT NOT NULL, issued_at {ts}, "
         "issued_by BIGINT REFERENCES staff(id), note TEXT, {record})"_s},
        {u"INSERT INTO complaint_reports (id, state, issued_at, issued_by, note, version, created_at, created_by, "
         "updated_at, updated_by) SELECT month, 'issued', issued_at, issued_by, note, 1, issued_at, issued_by, issued_at, "
         "issued_by FROM complaint_report_issues"_s},
        {u"DROP TABLE complaint_report_issues"_s},
    };
    return m;
}

} // namespace sd::core::schema
