#pragma once

#include "core/common/error.h"

#include <QString>

namespace sd::core::callerid {

/// The longest caller number taken from a phone system (digits, after the separators).
inline constexpr int MaxDigits = 20;
/// The shortest (an extension).
inline constexpr int MinDigits = 3;

/// A caller number handed over by a phone system (`servicedesk --caller`): digits with an
/// optional leading "+" and the usual separators (space, "-", ".", parentheses), 3–20 digits.
/// Returns the number as the desk's lookup takes it ("+86 (10) 6543-2100" → "+861065432100").
/// Anything else is refused as Invalid on the field "caller", saying why.
Result<QString> normalize(const QString &text);

} // namespace sd::core::callerid
