#pragma once

#include "core/db/database.h"

#include <QDate>

namespace sd::core::demo {

/// True when the database holds the demo data (the setting `demo.logins`, written by
/// generateDemo): the login screen then offers the demo accounts.
Result<bool> offersDemoLogins(const Database &db);

/// The first visit that shows every part of the verification screen filled in: the first
/// verified one, else the first being verified (0 when there is neither).
Result<qint64> showcaseFirstVisit(const Database &db);

/// The latest working day with a stored first-visit digest (null when none).
Result<QDate> latestDigestDay(const Database &db);

} // namespace sd::core::demo
