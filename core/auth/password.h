#pragma once

#include "core/common/error.h"

#include <QString>

namespace sd::core::password {

/// A slow salted Argon2id hash (libsodium crypto_pwhash_str, interactive limits) in the
/// standard "$argon2id$…" text form. Refuses passwords shorter than minimumLength().
Result<QString> hash(const QString &password);
/// True when `password` matches the stored hash.
bool verify(const QString &storedHash, const QString &password);
/// Passwords shorter than this are refused.
constexpr int minimumLength() { return 8; }

} // namespace sd::core::password
