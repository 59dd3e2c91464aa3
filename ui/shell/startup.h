#pragma once

#include "core/db/database.h"

class QWidget;

namespace sd::ui {

/// How opening the desk's database ended.
enum class OpenOutcome { Ready, Cancelled, Failed, SchemaTooNew };

struct OpenResult {
    OpenOutcome outcome = OpenOutcome::Failed;
    sd::core::Database db;
    sd::core::Error error;   ///< when not Ready
};

/// Opens the database for the desk. Asks for a PostgreSQL password that is neither in the URL
/// nor in PGPASSWORD (when `interactive`). An empty database gets the schema, the default
/// business calendar and SLA policies; an older schema is migrated; a schema of a newer
/// program is refused (SchemaTooNew) and the database left untouched.
OpenResult openDeskDatabase(sd::core::ConnectionSpec spec, bool interactive, QWidget *parent = nullptr);

/// On a database without any staff account, asks for the first administrator and creates it.
/// Returns false when the user cancelled or it failed (the error was shown).
bool ensureFirstAdministrator(const sd::core::Database &db, QWidget *parent = nullptr);

} // namespace sd::ui
