#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"

#include <QString>
#include <QVariant>

namespace sd::core::settings {

/// The value of a settings row, or `fallback` when there is none.
Result<QString> get(const Database &db, const QString &key, const QString &fallback = {});
/// Inserts or updates one settings row (audited under table "settings", field = key) and returns
/// the old value (null when the key was new). Joins the caller's transaction; checks no role.
Result<QVariant> put(const Database &db, const Session &who, const QString &key, const QString &value);

} // namespace sd::core::settings
