#pragma once

#include "core/common/error.h"

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace sd::render {

/// How a document is laid out on paper.
struct PageOptions {
    QString title;                                       ///< PDF metadata title
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QMarginsF marginsMm{15, 15, 15, 15};
    QString footer;                                      ///< left footer text; page x / y on the right
    QString pageLabel;                                   ///< "Page %1 of %2" in the document's language
                                                         ///< (empty: the desk's language)
};

/// Escapes text for the HTML that forms are built from.
QString html(const QString &text);

/// The base style sheet of every form and report (Noto CJK first, so Chinese prints).
QString baseStyleSheet();

/// Lays `document` out on `device` page by page, with the footer and page numbers.
void paintDocument(QTextDocument &document, QPagedPaintDevice &device, const PageOptions &options);

/// Writes an HTML body (a fragment: the style sheet is added) as a PDF file.
/// Io error naming the file when it cannot be written.
sd::core::Status writeHtmlPdf(const QString &htmlBody, const QString &path, const PageOptions &options = {});

} // namespace sd::render
