#pragma once

#include "core/workflow/workflow.h"

namespace sd::core::hotline {

/// The hotline call's transition table (SPEC §3.3): every outcome with the roles allowed and
/// the fields it must record. Routing rules that depend on the call's problem class are
/// checked by HotlineService's validate hook (see routingRule).
const workflow::TransitionTable &transitionTable();

QString stateTitle(const QString &state);
QString actionTitle(const QString &action);
QString fieldTitle(const QString &field);

} // namespace sd::core::hotline
