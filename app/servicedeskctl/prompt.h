#pragma once

#include "core/common/error.h"

#include <QString>

#include <optional>

namespace sd::ctl {

/// True when standard input is a terminal (a person can be asked).
bool stdinIsTerminal();

/// Asks on the terminal without echoing what is typed (the prompt goes to stderr).
/// Nothing when standard input is not a terminal or the input ended.
std::optional<QString> askHidden(const QString &prompt);

/// A secret from the environment variable `envVar`, or else asked on the terminal (twice when
/// `confirm`). Fails with Authentication and `missing` when neither is possible.
sd::core::Result<QString> secret(const char *envVar, const QString &prompt, const QString &missing,
                                 bool confirm = false);

} // namespace sd::ctl
