#pragma once

#include "core/common/error.h"
#include "core/reports/dispatchform.h"

class QPagedPaintDevice;

namespace sd::render {

/// The language a printed form is written in (independent of the desk's language: the form
/// goes to the customer).
enum class FormLanguage { Chinese, English };

/// The form's data, built by core (core/reports/dispatchform.h).
using DispatchFormData = sd::core::reports::DispatchFormData;

/// The form as HTML (images referenced as sd:logo and sd:signature).
QString dispatchFormHtml(const DispatchFormData &data, FormLanguage language);
/// Paints the form on a printer or PDF writer (A4).
void paintDispatchForm(const DispatchFormData &data, FormLanguage language, QPagedPaintDevice &device);
/// Writes the form as a PDF file.
sd::core::Status writeDispatchFormPdf(const DispatchFormData &data, FormLanguage language, const QString &path);

} // namespace sd::render
