#pragma once

// The first-visit daily hand-off digest as a printable document (one section per department).
#include "core/firstvisit/digestservice.h"

namespace sd::render {

/// The digests as an HTML body (headings, meta line, one table of needs per department).
QString firstVisitDigestHtml(const QList<sd::core::firstvisit::Digest> &digests, const QDate &day);

/// Writes the digests of `day` as a PDF (A4 landscape). Io error naming the file on failure.
sd::core::Status writeFirstVisitDigestPdf(const QList<sd::core::firstvisit::Digest> &digests, const QDate &day,
                                          const QString &path);

} // namespace sd::render
