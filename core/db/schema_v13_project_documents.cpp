// Migration 13: the documents of an implementation project (SPEC §3.2 step 5: the project
// manager reviews every implementation document at the final inspection), stored in the
// database so that every desk reads the same files; size and type limits live in core.
#include "core/db/migrations.h"

using namespace Qt::StringLiterals;

namespace sd::core::schema {

Migration v13()
{
    Migration m;
    m.version = 13;
    m.description = u"implementation project documents"_s;
    m.statements = {
        {u"CREATE TABLE project_documents (id {id}, project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE, "
         "stage_id BIGINT REFERENCES project_stages(id) ON DELETE SET NULL, file_name TEXT NOT NULL, "
         "mime_type TEXT NOT NULL, size_bytes BIGINT NOT NULL CHECK (size_bytes > 0), content {blob} NOT NULL, "
         "note TEXT, {record})"_s},
        {u"CREATE INDEX project_documents_project ON project_documents (project_id, id)"_s},
    };
    return m;
}

} // namespace sd::core::schema
