#include "render/pdf.h"

#include "core/common/privatefiles.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace sd::render {

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br/>"_s);
}

QString baseStyleSheet()
{
    return u"body { font-family: 'Noto Sans CJK SC', 'Noto Sans', sans-serif; font-size: 10pt; color: #111; }"
           "h1 { font-size: 16pt; margin: 0 0 4pt 0; }"
           "h2 { font-size: 12pt; margin: 10pt 0 4pt 0; }"
           "p.meta { color: #444; margin: 0 0 8pt 0; }"
           "table { border-collapse: collapse; }"
           "th { background: #e8edf3; text-align: left; padding: 3pt 5pt; border: 1px solid #9aa5b1; }"
           "td { padding: 3pt 5pt; border: 1px solid #9aa5b1; vertical-align: top; }"
           "td.num, th.num { text-align: right; }"
           ".muted { color: #666; }"_s;
}

void paintDocument(QTextDocument &document, QPagedPaintDevice &device, const PageOptions &options)
{
    QPageLayout layout(QPageSize(options.pageSize), options.orientation, options.marginsMm, QPageLayout::Millimeter);
    device.setPageLayout(layout);
    QPainter painter(&device);
    const QRect paintRect = layout.paintRectPixels(device.logicalDpiX());
    const qreal footerHeight = painter.fontMetrics().height() * 2.0;
    // Lay the document out in device pixels, leaving room for the footer on every page.
    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(QSizeF(paintRect.width(), paintRect.height() - footerHeight));
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        const qreal top = page * document.pageSize().height();
        painter.translate(0, -top);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, top, paintRect.width(), document.pageSize().height());
        painter.setClipRect(ctx.clip);
        document.documentLayout()->draw(&painter, ctx);
        painter.restore();
        QFont small = document.defaultFont();
        small.setPointSizeF(8);
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footerRect(0, paintRect.height() - footerHeight * 0.6, paintRect.width(), footerHeight * 0.6);
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, options.footer);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                         (options.pageLabel.isEmpty()
                              ? QCoreApplication::translate("sd::render::Pdf", "Page %1 of %2")
                              : options.pageLabel)
                             .arg(page + 1)
                             .arg(pages));
    }
}

sd::core::Status writeHtmlPdf(const QString &htmlBody, const QString &path, const PageOptions &options)
{
    // Customer data: the file is the owner's only (core/common/privatefiles.h).
    if (auto ok = sd::core::privatefiles::ensure(path); !ok)
        return ok;
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return sd::core::fail(sd::core::ErrorCode::Io,
                              QCoreApplication::translate("sd::render::Pdf", "Cannot write %1: %2").arg(path, probe.errorString()));
    probe.close();
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(options.title);
    writer.setCreator(u"Service Center Desk"_s);
    QTextDocument document;
    QFont font(u"Noto Sans CJK SC"_s);
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(baseStyleSheet());
    document.setHtml(u"<html><body>"_s + htmlBody + u"</body></html>"_s);
    paintDocument(document, writer, options);
    return {};
}

} // namespace sd::render
