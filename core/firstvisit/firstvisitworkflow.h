#pragma once

// The first-visit state machine (SPEC §3.1) as a transition table for core/workflow.
#include "core/workflow/workflow.h"

namespace sd::core::firstvisit {

/// Actions of the table.
inline constexpr auto kLogAttempt = u"log_attempt";          ///< submitted|verifying → verifying
inline constexpr auto kMarkUnreachable = u"mark_unreachable"; ///< the Nth failed attempt → unreachable
inline constexpr auto kVerify = u"verify";                   ///< verifying → verified
inline constexpr auto kRecordNeeds = u"record_needs";        ///< verified → needs_recorded
inline constexpr auto kHandOff = u"hand_off";                ///< needs_recorded → handed_off
inline constexpr auto kRetry = u"retry";                     ///< unreachable → verifying
inline constexpr auto kWithdraw = u"withdraw";               ///< submitted|unreachable → withdrawn

/// The table: states submitted → verifying → verified → needs_recorded → handed_off, and
/// verifying → unreachable → verifying; who may take each action; what each must record.
const workflow::TransitionTable &transitionTable();
/// The transition table of a recorded need (open → taken up → closed), with its handlers.
const workflow::Definition &needWorkflow();
/// The translated title of an action.
QString actionTitle(const QString &action);

} // namespace sd::core::firstvisit
