#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"

#include <QList>
#include <QString>

namespace sd::core {

/// One finding of a database check: what was checked, whether it holds, and what was found.
struct CheckFinding {
    QString name;      ///< "integrity", "foreign_keys", "schema", "audit_protected", …
    bool ok = true;
    QString detail;    ///< translated: what was found (a count, the first problems)
};

/// Checks the database as a whole (`servicedeskctl check`): the engine's own integrity check
/// (SQLite PRAGMA integrity_check and foreign_key_check; PostgreSQL: no invalid index), the
/// schema version, the audit trail's append-only protection, the number sequences ahead of
/// every number in use, and every customer's stored pinyin sort key current. Administrators
/// only (refusal audited). Reads, never writes.
Result<QList<CheckFinding>> checkDatabase(const Database &db, const Session &who);

} // namespace sd::core
