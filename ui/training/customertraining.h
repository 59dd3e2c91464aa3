#pragma once

#include "core/db/database.h"

#include <QStringList>

namespace sd::ui {

/// The customer card's training record: who took which course, when, and whether they passed
/// (core's customerHistory, latest first), as rich-text lines.
QStringList customerTrainingLines(const sd::core::Database &db, qint64 customerId, int limit = 50);

} // namespace sd::ui
