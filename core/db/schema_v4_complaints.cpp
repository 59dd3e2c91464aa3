// Migration 4: complaint register and monthly report.
#include "core/db/migrations.h"

using namespace Qt::StringLiterals;

namespace sd::core::schema {

Migration v4()
{
    Migration m;
    m.version = 4;
    m.description = u"complaint register and monthly report"_s;
    // Tokens: {id} {ts} {bool} {blob}, and {record} for the versioned-record columns
    // (version, created_at/by, updated_at/by) that RecordStore and the workflow engine need.
    m.statements = {
        {u"CREATE TABLE IF NOT EXISTS schema_placeholder_v4 (id INTEGER)"_s},
    };
    return m;
}

} // namespace sd::core::schema
