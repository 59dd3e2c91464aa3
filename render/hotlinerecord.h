#pragma once

#include "core/hotline/hotlinereport.h"

namespace sd::render {

/// The record of hotline service as an HTML body (for the PDF and the desk's preview).
QString hotlineServiceRecordHtml(const sd::core::HotlineServiceRecord &record);
/// Writes the record of hotline service as a landscape A4 PDF fit to send to the customer.
sd::core::Status writeHotlineServiceRecordPdf(const sd::core::HotlineServiceRecord &record, const QString &path);

} // namespace sd::render
