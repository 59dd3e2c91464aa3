#pragma once

#include "core/common/error.h"
#include "core/projects/project.h"
#include "render/dispatchform.h"

namespace sd::render {

/// The implementation project's acceptance report (项目验收报告) as HTML, in the customer's
/// language (independent of the desk's), from core's data (ProjectService::acceptanceReport).
QString acceptanceReportHtml(const sd::core::AcceptanceReport &report, FormLanguage language);
/// Writes the report as a PDF file (A4); Io error naming the file when it cannot be written.
sd::core::Status writeAcceptanceReportPdf(const sd::core::AcceptanceReport &report, FormLanguage language,
                                          const QString &path);

} // namespace sd::render
