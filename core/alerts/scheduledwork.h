#pragma once

#include "core/db/database.h"

namespace sd::core {

/// The time-driven work of the center, run when the desk opens a database and then as time
/// passes (never because a page was opened): once a month has ended and the center has a
/// quality supervisor, the month's complaint report clock and its reminders start; weeks
/// before a year the business calendar has no holidays for, each administrator is told once.
/// Idempotent: running it again writes nothing.
Status runScheduledWork(const Database &db, qint64 nowMs);

} // namespace sd::core
