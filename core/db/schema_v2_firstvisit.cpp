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
        {u"CREATE TABLE IF NOT EXISTS schema_placeholder_v2 (id INTEGER)"_s},
    };
    return m;
}

} // namespace sd::core::schema
