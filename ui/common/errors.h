#pragma once

#include "core/common/error.h"

class QWidget;

namespace sd::ui {

/// A short title for the kind of error, in the operator's words ("Someone else saved first" …).
QString errorTitle(const sd::core::Error &error);
/// The error as a hotline operator should read it: the core message plus what to do next.
QString describeError(const sd::core::Error &error);
/// Shows the error in a message box over `parent` (window-modal, does not block the caller).
void showError(QWidget *parent, const sd::core::Error &error);

} // namespace sd::ui
