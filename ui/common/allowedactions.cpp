#include "ui/common/allowedactions.h"

#include "core/records/recordstore.h"

namespace sd::ui {

QList<sd::core::workflow::Transition> allowedActions(const sd::core::Database &db, const sd::core::Session &session,
                                                     const sd::core::workflow::TransitionTable &table, qint64 recordId,
                                                     sd::core::workflow::InPlace inPlace)
{
    auto row = sd::core::RecordStore(db).load(table.recordTable(), recordId);
    if (!row)
        return {};
    return sd::core::workflow::allowedNow(db, session, table, *row, inPlace);
}

} // namespace sd::ui
