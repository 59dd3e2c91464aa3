#pragma once

#include "core/db/database.h"

#include <QString>

namespace sd::ui {

class LanguageManager;

/// Non-interactive tour for documentation and review: logs in as the first demo account and
/// saves PNGs of the login dialog, the desk overview (home-*.png), the main window on the Customers page, the main window
/// after a caller lookup with the caller's card, and the customer dialog, each in English and
/// Chinese (login-en.png, login-zh_CN.png, main-en.png, …, card-zh_CN.png) into `directory`.
/// Returns the process exit code (0 when every picture was written); problems go to stderr.
int runScreenshotTour(const sd::core::Database &db, LanguageManager *language, const QString &directory);

} // namespace sd::ui
