#pragma once

#include "core/dispatch/dispatchjob.h"
#include "core/db/database.h"
#include "core/records/centerinfo.h"

class QPagedPaintDevice;

namespace sd::render {

/// The language a printed form is written in (independent of the desk's language: the form
/// goes to the customer).
enum class FormLanguage { Chinese, English };

/// What the Service Dispatch Form (服务派工单) shows.
struct DispatchFormData {
    sd::core::DispatchJob job;
    QString serviceCode;
    QString contractType;
    sd::core::CenterInfo center;
    qint64 printedAt = 0;   ///< ms since the epoch
};

/// Everything the form shows for one job, read from the database (printedAt = now).
sd::core::Result<DispatchFormData> loadDispatchForm(const sd::core::Database &db, qint64 jobId);

/// The form as HTML (images referenced as sd:logo and sd:signature).
QString dispatchFormHtml(const DispatchFormData &data, FormLanguage language);
/// Paints the form on a printer or PDF writer (A4).
void paintDispatchForm(const DispatchFormData &data, FormLanguage language, QPagedPaintDevice &device);
/// Writes the form as a PDF file.
sd::core::Status writeDispatchFormPdf(const DispatchFormData &data, FormLanguage language, const QString &path);

} // namespace sd::render
