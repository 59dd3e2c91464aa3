#pragma once

#include "core/db/database.h"
#include "core/workflow/can.h"

namespace sd::ui {

/// The actions core allows `session` on record `recordId` of `table`'s workflow now:
/// workflow::allowedNow() on the record's row as the engine will load it, with what the rows'
/// guards need (empty when unreadable).
QList<sd::core::workflow::Transition> allowedActions(const sd::core::Database &db, const sd::core::Session &session,
                                                     const sd::core::workflow::TransitionTable &table, qint64 recordId,
                                                     sd::core::workflow::InPlace inPlace = sd::core::workflow::InPlace::Leave);

} // namespace sd::ui
