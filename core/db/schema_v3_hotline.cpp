// Migration 3: hotline desk and problem base: roster, calls, problem base.
#include "core/db/migrations.h"

using namespace Qt::StringLiterals;

namespace sd::core::schema {

Migration v3()
{
    Migration m;
    m.version = 3;
    m.description = u"hotline desk and problem base: roster, calls, problem base"_s;
    // Tokens: {id} {ts} {bool} {blob}, and {record} for the versioned-record columns
    // (version, created_at/by, updated_at/by) that RecordStore and the workflow engine need.
    m.statements = {
        {u"CREATE TABLE IF NOT EXISTS schema_placeholder_v3 (id INTEGER)"_s},
    };
    return m;
}

} // namespace sd::core::schema
