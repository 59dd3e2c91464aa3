#pragma once

#include "core/auth/roles.h"
#include "core/workflow/workflow.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace sd::core::workflow {

/// True when `session` may take `action` (what the desk enables and hides its controls from).
/// With a record (column → value, at least `state`, as the desk loaded it): the row for the
/// record's state whose conditions hold, that row's roles and its guard, decided from the
/// record as given (a guard's facts must be in it: `allowedNow` loads them). Without one:
/// whether any row of the action admits the session's roles.
/// No database and no audit entry: the engine still checks (and audits) when the action runs.
bool can(const Session &session, const TransitionTable &table, const QString &action,
         const QVariantMap &record = {});

/// The transitions out of the record's state that can() allows `session`, in table order,
/// one per action, rows recorded in place left out.
QList<Transition> allowedTransitions(const Session &session, const TransitionTable &table,
                                     const QVariantMap &record);

} // namespace sd::core::workflow
