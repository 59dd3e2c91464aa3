// Migration 6: alerts keep what they say as a kind and its arguments, so each reader sees the
// text in their own language (AlertStore::text); the stored text stays as the fallback.
#include "core/db/migrations.h"

using namespace Qt::StringLiterals;

namespace sd::core::schema {

Migration v6()
{
    Migration m;
    m.version = 6;
    m.description = u"alert arguments, rendered in the reader's language"_s;
    m.statements = {
        // A JSON array of strings; NULL for alerts stored as text only (before version 6).
        {u"ALTER TABLE alerts ADD COLUMN args TEXT"_s},
    };
    return m;
}

} // namespace sd::core::schema
