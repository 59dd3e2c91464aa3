// Migration 11 (issue 15): one table of number sequences for every record number — hotline,
// dispatch, complaint and project numbers were read as MAX()+1, which two desks on PostgreSQL
// could both take; the training roster's own counters move over — and the time until which an
// account is locked after repeated wrong passwords.
#include "core/db/migrations.h"

using namespace Qt::StringLiterals;

namespace sd::core::schema {

Migration v11()
{
    Migration m;
    m.version = 11;
    m.description = u"number sequences, login lock"_s;
    m.statements = {
        {u"CREATE TABLE number_sequences (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"_s},
        {u"INSERT INTO number_sequences (name, value) SELECT name, value FROM training_counters"_s},
        {u"DROP TABLE training_counters"_s},
        {u"ALTER TABLE staff ADD COLUMN login_locked_until BIGINT"_s},
    };
    return m;
}

} // namespace sd::core::schema
