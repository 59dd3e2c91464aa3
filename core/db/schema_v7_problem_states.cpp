// Migration 7: problem-base entries get a workflow state (active → merged), so that the
// engine's transition table — not a hand-written flag check — says what may be done with an
// entry. `active` stays, kept in step, for the indexes and queries that filter on it.
#include "core/db/migrations.h"

using namespace Qt::StringLiterals;

namespace sd::core::schema {

Migration v7()
{
    Migration m;
    m.version = 7;
    m.description = u"problem-base entry states"_s;
    m.statements = {
        {u"ALTER TABLE problem_entries ADD COLUMN state TEXT NOT NULL DEFAULT 'active'"_s},
        {u"UPDATE problem_entries SET state = 'merged' WHERE active = 0"_s},
    };
    return m;
}

} // namespace sd::core::schema
