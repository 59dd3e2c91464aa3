#pragma once

#include <QLoggingCategory>

/// The program's log, one category per area, all quiet by default (warnings only): switch on
/// with QT_LOGGING_RULES (e.g. "sd.db.debug=true;sd.auth.info=true") or `--verbose` on both
/// programs (every sd.* category, every level). What goes in: which statement ran and for how long,
/// which action was taken on which record by whom, import batches, login outcomes — never a
/// bound value, a password or a record's content.
Q_DECLARE_LOGGING_CATEGORY(lcDb)        // "sd.db": connections, statements and their time, SQLite version
Q_DECLARE_LOGGING_CATEGORY(lcWorkflow)  // "sd.workflow": actions taken and refused
Q_DECLARE_LOGGING_CATEGORY(lcSla)       // "sd.sla": clocks started, stopped, paused
Q_DECLARE_LOGGING_CATEGORY(lcImport)    // "sd.import": files, rows, batches
Q_DECLARE_LOGGING_CATEGORY(lcAuth)      // "sd.auth": login outcomes (the login name, never a password)

namespace sd::core::logging {

/// Every sd.* category at every level (the programs' --verbose).
void enableVerbose();

} // namespace sd::core::logging
