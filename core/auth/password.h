#pragma once

#include "core/common/error.h"

#include <QString>

namespace sd::core::password {

/// A slow salted Argon2id hash (libsodium crypto_pwhash_str, interactive limits) in the
/// standard "$argon2id$…" text form. Refuses passwords shorter than minimumLength().
Result<QString> hash(const QString &password);
/// True when `password` matches the stored hash.
bool verify(const QString &storedHash, const QString &password);
/// A real hash of a random password (made once per process), to verify against when there is
/// no account: the check then costs what a real one does.
const QString &timingDummy();
/// Passwords shorter than this are refused.
constexpr int minimumLength() { return 8; }

} // namespace sd::core::password
