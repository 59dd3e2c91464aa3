#include "render/complaintreportpdf.h"

#include "core/common/privatefiles.h"

#include "core/audit/audit.h"
#include "core/complaints/complaintservice.h"
#include "render/pdf.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;
namespace rep = sd::core::reports;
namespace cpl = sd::core::complaints;

namespace sd::render {

namespace {

const QColor kBlue(0x3d, 0x6f, 0xb0);
const QColor kOrange(0xe0, 0x8a, 0x3c);
const QColor kGreen(0x3f, 0x9b, 0x5a);
const QColor kRed(0xc8, 0x3e, 0x3e);
const QColor kGrey(0xb0, 0xb7, 0xc0);
const QColor kAxis(0x77, 0x77, 0x77);

QImage canvas(int w, int h, int dpi)
{
    QImage img(w, h, QImage::Format_ARGB32_Premultiplied);
    img.setDotsPerMeterX(qRound(dpi / 0.0254));
    img.setDotsPerMeterY(qRound(dpi / 0.0254));
    img.fill(Qt::white);
    return img;
}

QFont chartFont(qreal pt, bool bold = false)
{
    QFont f(u"Noto Sans CJK SC"_s);
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

/// A "nice" axis maximum and step for `max`.
std::pair<int, int> niceAxis(int max)
{
    if (max <= 0)
        return {4, 1};
    const double raw = max / 4.0;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = mag;
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (f * mag >= raw) {
            step = f * mag;
            break;
        }
    const int s = std::max(1, int(std::ceil(step)));
    return {int(std::ceil(double(max) / s)) * s, s};
}

QString percent(double p)
{
    return p < 0 ? u"—"_s : QString::number(p, 'f', 1) + u" %"_s;
}

QString when(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

namespace {
/// The size in device pixels of each chart of a page `pageWidthPx` wide.
QHash<QString, QSize> chartSizes(const rep::ComplaintMonthlyReport &r, int pageWidthPx, int dpi)
{
    const int full = pageWidthPx - 8;
    const int half = full / 2 - 30;
    const int lineH = dpi / 6;   // about a sixth of an inch per bar row
    auto rowsHeight = [lineH](qsizetype rows) { return int(lineH * (2 + std::max<qsizetype>(rows, 1))); };
    const int topRow = rowsHeight(std::max(r.bySource.size(), r.byClass.size()));
    const int bottomRow = rowsHeight(std::max(r.byDepartment.size(), std::min<qsizetype>(r.byPerson.size(), 12)));
    return {{u"trend"_s, QSize(full, full * 36 / 100)}, {u"timeliness"_s, QSize(full, lineH * 9)},
            {u"source"_s, QSize(half, topRow)}, {u"class"_s, QSize(half, topRow)},
            {u"department"_s, QSize(half, bottomRow)}, {u"person"_s, QSize(half, bottomRow)}};
}
} // namespace

QImage complaintTrendChart(const rep::ComplaintMonthlyReport &r, int w, int h, int dpi)
{
    QImage img = canvas(w, h, dpi);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(chartFont(9, true));
    const QFontMetrics title(p.font());
    p.setPen(Qt::black);
    p.drawText(QRect(0, 0, w, title.height() * 2), Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("sd::render::ComplaintReport", "Complaints in the last 13 months"));
    int max = 0;
    for (const auto &pt : r.trend)
        max = std::max(max, pt.received);
    const auto [axisMax, step] = niceAxis(max);
    p.setFont(chartFont(7));
    const QFontMetrics fm(p.font());
    const int left = fm.horizontalAdvance(QString::number(axisMax)) + fm.height();
    const int top = title.height() * 2 + fm.height();
    const int bottom = h - fm.height() * 4;
    const int right = w - fm.height();
    const QRect plot(left, top, right - left, bottom - top);
    // Grid and axis labels.
    for (int v = 0; v <= axisMax; v += step) {
        const int y = plot.bottom() - int(double(v) / axisMax * plot.height());
        p.setPen(QPen(QColor(0xe3, 0xe6, 0xea), 2));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(kAxis);
        p.drawText(QRect(0, y - fm.height() / 2, left - fm.height() / 3, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(v));
    }
    const int n = std::max<qsizetype>(1, r.trend.size());
    const double slot = double(plot.width()) / n;
    const double bar = slot * 0.32;
    for (int i = 0; i < r.trend.size(); ++i) {
        const auto &pt = r.trend[i];
        const double x = plot.left() + i * slot + slot * 0.16;
        const double hr = double(pt.received) / axisMax * plot.height();
        const double hv = double(pt.valid) / axisMax * plot.height();
        p.fillRect(QRectF(x, plot.bottom() - hr, bar, hr), i == r.trend.size() - 1 ? kBlue.darker(125) : kBlue);
        p.fillRect(QRectF(x + bar, plot.bottom() - hv, bar, hv), kOrange);
        p.setPen(Qt::black);
        if (pt.received > 0)
            p.drawText(QRectF(x - bar / 2, plot.bottom() - hr - fm.height(), bar * 2, fm.height()), Qt::AlignCenter,
                       QString::number(pt.received));
        p.setPen(kAxis);
        p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + fm.height() / 3, slot, fm.height()), Qt::AlignCenter,
                   rep::monthLabel(pt.month).mid(2));
    }
    p.setPen(QPen(kAxis, 2));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    // Legend.
    const int ly = h - fm.height() * 3 / 2;
    int lx = plot.left();
    for (const auto &[color, text] : {std::pair{kBlue, QCoreApplication::translate("sd::render::ComplaintReport", "Received")},
                                      std::pair{kOrange, QCoreApplication::translate("sd::render::ComplaintReport", "Valid")}}) {
        p.fillRect(QRect(lx, ly - fm.height() / 3, fm.height() * 2 / 3, fm.height() * 2 / 3), color);
        lx += fm.height();
        p.setPen(Qt::black);
        p.drawText(QPoint(lx, ly + fm.ascent() / 3), text);
        lx += fm.horizontalAdvance(text) + fm.height() * 2;
    }
    return img;
}

QImage complaintBarsChart(const QString &titleText, const QList<rep::ComplaintCount> &counts, int w, int h,
                          const QColor &color, int dpi)
{
    QImage img = canvas(w, h, dpi);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(chartFont(9, true));
    const QFontMetrics title(p.font());
    p.setPen(Qt::black);
    p.drawText(QRect(0, 0, w, title.height() * 2), Qt::AlignLeft | Qt::AlignVCenter, titleText);
    p.setFont(chartFont(7));
    const QFontMetrics fm(p.font());
    int max = 1;
    for (const auto &c : counts)
        max = std::max(max, c.count);
    const int top = title.height() * 2;
    const int labelW = int(w * 0.38);
    const int numberW = fm.horizontalAdvance(u"00000"_s);
    const int rows = std::max<qsizetype>(1, counts.size());
    const double rowH = std::min(double(h - top) / rows, fm.height() * 2.2);
    if (counts.isEmpty()) {
        p.setPen(kAxis);
        p.drawText(QRect(0, top, w, h - top), Qt::AlignCenter,
                   QCoreApplication::translate("sd::render::ComplaintReport", "No complaints"));
        return img;
    }
    for (int i = 0; i < counts.size(); ++i) {
        const double y = top + i * rowH;
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y, labelW - fm.height() / 2, rowH), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(counts[i].label.isEmpty() ? u"—"_s : counts[i].label, Qt::ElideRight, labelW - fm.height()));
        const double bw = double(counts[i].count) / max * (w - labelW - numberW - fm.height());
        p.fillRect(QRectF(labelW, y + rowH * 0.18, std::max(bw, counts[i].count > 0 ? 3.0 : 0.0), rowH * 0.64), color);
        p.drawText(QRectF(labelW + bw + fm.height() / 3, y, numberW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::number(counts[i].count));
    }
    p.setPen(QPen(kAxis, 2));
    p.drawLine(labelW, top, labelW, int(top + rows * rowH));
    return img;
}

QImage complaintTimelinessChart(const rep::ComplaintMonthlyReport &r, int w, int h, int dpi)
{
    QImage img = canvas(w, h, dpi);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(chartFont(9, true));
    const QFontMetrics title(p.font());
    p.setPen(Qt::black);
    p.drawText(QRect(0, 0, w, title.height() * 2), Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("sd::render::ComplaintReport", "Timeliness against the deadlines"));
    p.setFont(chartFont(7));
    const QFontMetrics fm(p.font());
    const struct {
        QString label;
        const rep::ComplaintTimeliness *t;
    } rows[] = {
        {QCoreApplication::translate("sd::render::ComplaintReport", "Reply (3 h)"), &r.reply},
        {QCoreApplication::translate("sd::render::ComplaintReport", "Follow-up (1 working day)"), &r.followUp},
        {QCoreApplication::translate("sd::render::ComplaintReport", "Feedback to HQ (1 working day)"), &r.hqFeedback},
    };
    const int top = title.height() * 2;
    const int labelW = int(w * 0.28);
    const int pctW = fm.horizontalAdvance(u"100.0 %"_s) + fm.height();
    const double rowH = (h - top - fm.height() * 2.0) / 3;
    for (int i = 0; i < 3; ++i) {
        const auto &t = *rows[i].t;
        const double y = top + i * rowH;
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y, labelW - fm.height() / 2, rowH), Qt::AlignRight | Qt::AlignVCenter, rows[i].label);
        const double full = w - labelW - pctW;
        double x = labelW;
        const int total = std::max(1, t.onTime + t.late + t.overdue + t.pending);
        for (const auto &[n, color] : {std::pair{t.onTime, kGreen}, std::pair{t.late, kOrange}, std::pair{t.overdue, kRed},
                                       std::pair{t.pending, kGrey}}) {
            const double bw = full * n / total;
            if (n > 0) {
                p.fillRect(QRectF(x, y + rowH * 0.2, bw, rowH * 0.6), color);
                p.setPen(Qt::white);
                if (bw > fm.horizontalAdvance(QString::number(n)) + 6)
                    p.drawText(QRectF(x, y, bw, rowH), Qt::AlignCenter, QString::number(n));
            }
            x += bw;
        }
        if (t.onTime + t.late + t.overdue + t.pending == 0) {
            p.setPen(kAxis);
            p.drawText(QRectF(labelW, y, full, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                       QCoreApplication::translate("sd::render::ComplaintReport", "nothing due"));
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(w - pctW, y, pctW, rowH), Qt::AlignRight | Qt::AlignVCenter, percent(t.onTimePercent()));
    }
    const int ly = h - fm.height();
    int lx = labelW;
    for (const auto &[color, text] :
         {std::pair{kGreen, QCoreApplication::translate("sd::render::ComplaintReport", "On time")},
          std::pair{kOrange, QCoreApplication::translate("sd::render::ComplaintReport", "Late")},
          std::pair{kRed, QCoreApplication::translate("sd::render::ComplaintReport", "Overdue")},
          std::pair{kGrey, QCoreApplication::translate("sd::render::ComplaintReport", "Not due yet")}}) {
        p.fillRect(QRect(lx, ly - fm.height() / 3, fm.height() * 2 / 3, fm.height() * 2 / 3), color);
        lx += fm.height();
        p.setPen(Qt::black);
        p.drawText(QPoint(lx, ly + fm.ascent() / 3), text);
        lx += fm.horizontalAdvance(text) + fm.height() * 2;
    }
    return img;
}

QString complaintReportHtml(const rep::ComplaintMonthlyReport &r, int pageWidthPx, int dpi)
{
    // QTextDocument scales images by the device's dpi over 96: give the size in those units.
    const auto sizes = chartSizes(r, pageWidthPx, dpi);
    auto img = [&sizes, dpi](const QString &name) {
        const QSize sz = sizes.value(name);
        return u"<img src='chart://%1' width='%2' height='%3'/>"_s.arg(name).arg(sz.width() * 96 / dpi).arg(sz.height() * 96 / dpi);
    };
    QString h;
    h += u"<h1>%1</h1>"_s.arg(html(QCoreApplication::translate("sd::render::ComplaintReport", "Monthly complaint analysis report %1")
                                       .arg(rep::monthLabel(r.month))));
    h += u"<p class='meta'>%1</p>"_s.arg(
        html(QCoreApplication::translate("sd::render::ComplaintReport",
                                         "To all department managers and the general manager. Due by %1; %2. Figures as of %3.")
                 .arg(when(r.reportDueAt),
                      r.issuedAt > 0 ? QCoreApplication::translate("sd::render::ComplaintReport", "issued %1").arg(when(r.issuedAt))
                                     : QCoreApplication::translate("sd::render::ComplaintReport", "not issued yet"),
                      when(r.generatedAt))));
    auto row = [](const QString &k, const QString &v) {
        return u"<tr><td>%1</td><td class='num'>%2</td></tr>"_s.arg(html(k), html(v));
    };
    h += u"<table width='100%' cellspacing='0'><tr><th>%1</th><th class='num'>%2</th></tr>"_s.arg(
        html(QCoreApplication::translate("sd::render::ComplaintReport", "Summary")),
        html(QCoreApplication::translate("sd::render::ComplaintReport", "Figure")));
    h += row(QCoreApplication::translate("sd::render::ComplaintReport", "Complaints received"), QString::number(r.received));
    h += row(QCoreApplication::translate("sd::render::ComplaintReport", "From key customers"), QString::number(r.keyCustomer));
    for (const auto &c : r.byValidity)
        h += row(c.label, QString::number(c.count));
    h += row(QCoreApplication::translate("sd::render::ComplaintReport", "Replies on time (3 h)"),
             u"%1 / %2 (%3)"_s.arg(r.reply.onTime).arg(r.reply.onTime + r.reply.late + r.reply.overdue).arg(percent(r.reply.onTimePercent())));
    h += row(QCoreApplication::translate("sd::render::ComplaintReport", "Follow-ups on time (1 working day)"),
             u"%1 / %2 (%3)"_s.arg(r.followUp.onTime).arg(r.followUp.onTime + r.followUp.late + r.followUp.overdue)
                 .arg(percent(r.followUp.onTimePercent())));
    h += row(QCoreApplication::translate("sd::render::ComplaintReport", "Feedback to HQ on time"),
             u"%1 / %2 (%3)"_s.arg(r.hqFeedback.onTime).arg(r.hqFeedback.onTime + r.hqFeedback.late + r.hqFeedback.overdue)
                 .arg(percent(r.hqFeedback.onTimePercent())));
    h += row(QCoreApplication::translate("sd::render::ComplaintReport", "Satisfied after follow-up"),
             u"%1 / %2 (%3)"_s.arg(r.satisfied).arg(r.followedUp).arg(percent(r.satisfactionPercent())));
    h += row(QCoreApplication::translate("sd::render::ComplaintReport", "Open at the time of the report"), QString::number(r.openCount));
    h += row(QCoreApplication::translate("sd::render::ComplaintReport", "Escalated to HQ service development"),
             QString::number(r.escalatedCount));
    h += u"</table>"_s;
    h += u"<p>%1</p>"_s.arg(img(u"timeliness"_s));
    h += u"<p>%1</p>"_s.arg(img(u"trend"_s));
    h += u"<table cellspacing='0' style='border:none'><tr><td style='border:none'>%1</td><td style='border:none'>%2</td></tr>"
         "<tr><td style='border:none'>%3</td><td style='border:none'>%4</td></tr></table>"_s
             .arg(img(u"source"_s), img(u"class"_s), img(u"department"_s), img(u"person"_s));
    // Trend table.
    h += u"<h2>%1</h2><table width='100%' cellspacing='0'><tr><th>%2</th><th class='num'>%3</th><th class='num'>%4</th>"
         "<th class='num'>%5</th><th class='num'>%6</th></tr>"_s
             .arg(html(QCoreApplication::translate("sd::render::ComplaintReport", "Trend against earlier months")),
                  html(QCoreApplication::translate("sd::render::ComplaintReport", "Month")),
                  html(QCoreApplication::translate("sd::render::ComplaintReport", "Received")),
                  html(QCoreApplication::translate("sd::render::ComplaintReport", "Valid")),
                  html(QCoreApplication::translate("sd::render::ComplaintReport", "Replies on time")),
                  html(QCoreApplication::translate("sd::render::ComplaintReport", "Satisfied / followed up")));
    for (const auto &pt : r.trend)
        h += u"<tr><td>%1</td><td class='num'>%2</td><td class='num'>%3</td><td class='num'>%4 / %5</td>"
             "<td class='num'>%6 / %7</td></tr>"_s.arg(rep::monthLabel(pt.month))
                 .arg(pt.received).arg(pt.valid).arg(pt.replyOnTime).arg(pt.replyDue).arg(pt.satisfied).arg(pt.followedUp);
    h += u"</table>"_s;
    // Open items.
    h += u"<h2>%1</h2>"_s.arg(html(QCoreApplication::translate("sd::render::ComplaintReport", "Open and escalated complaints (%1)")
                                       .arg(r.openCount)));
    if (r.openItems.isEmpty()) {
        h += u"<p class='muted'>%1</p>"_s.arg(html(QCoreApplication::translate("sd::render::ComplaintReport", "None.")));
    } else {
        h += u"<table width='100%' cellspacing='0'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>"_s
                 .arg(html(QCoreApplication::translate("sd::render::ComplaintReport", "No.")),
                      html(QCoreApplication::translate("sd::render::ComplaintReport", "Received")),
                      html(QCoreApplication::translate("sd::render::ComplaintReport", "Customer")),
                      html(QCoreApplication::translate("sd::render::ComplaintReport", "Department")),
                      html(QCoreApplication::translate("sd::render::ComplaintReport", "State")));
        for (const auto &o : r.openItems)
            h += u"<tr><td>%1</td><td>%2</td><td>%3%4</td><td>%5</td><td>%6</td></tr>"_s.arg(
                html(o.complaintNo), html(when(o.receivedAt).left(10)), html(o.customer),
                o.keyCustomer ? u" ★"_s : QString(), html(o.department),
                o.escalated ? u"<b>%1</b>"_s.arg(html(cpl::stateTitle(o.state))) : html(cpl::stateTitle(o.state)));
        h += u"</table>"_s;
    }
    return h;
}


void addComplaintReportCharts(QTextDocument &document, const rep::ComplaintMonthlyReport &r, int pageWidthPx, int dpi)
{
    const auto sizes = chartSizes(r, pageWidthPx, dpi);
    const int full = sizes[u"trend"_s].width();
    const int half = sizes[u"source"_s].width();
    const int topRow = sizes[u"source"_s].height();
    const int bottomRow = sizes[u"department"_s].height();
    document.addResource(QTextDocument::ImageResource, QUrl(u"chart://trend"_s),
                         complaintTrendChart(r, full, sizes[u"trend"_s].height(), dpi));
    document.addResource(QTextDocument::ImageResource, QUrl(u"chart://timeliness"_s),
                         complaintTimelinessChart(r, full, sizes[u"timeliness"_s].height(), dpi));
    document.addResource(QTextDocument::ImageResource, QUrl(u"chart://source"_s),
                         complaintBarsChart(QCoreApplication::translate("sd::render::ComplaintReport", "By source"), r.bySource,
                                            half, topRow, kBlue, dpi));
    document.addResource(QTextDocument::ImageResource, QUrl(u"chart://class"_s),
                         complaintBarsChart(QCoreApplication::translate("sd::render::ComplaintReport", "By complaint class"),
                                            r.byClass, half, topRow, kOrange, dpi));
    document.addResource(QTextDocument::ImageResource, QUrl(u"chart://department"_s),
                         complaintBarsChart(QCoreApplication::translate("sd::render::ComplaintReport", "Valid complaints by department"),
                                            r.byDepartment, half, bottomRow, kGreen, dpi));
    document.addResource(QTextDocument::ImageResource, QUrl(u"chart://person"_s),
                         complaintBarsChart(QCoreApplication::translate("sd::render::ComplaintReport", "Valid complaints by responsible person"),
                                            r.byPerson.mid(0, 12), half, bottomRow, kRed, dpi));
}

namespace {
sd::core::Status writeDocumentPdf(QTextDocument &document, const QString &path, const PageOptions &options)
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
    paintDocument(document, writer, options);
    return {};
}

void prepare(QTextDocument &document)
{
    QFont font(u"Noto Sans CJK SC"_s);
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(baseStyleSheet());
}
} // namespace

sd::core::Status writeComplaintReportPdf(const rep::ComplaintMonthlyReport &r, const QString &path)
{
    PageOptions options;
    options.title = QCoreApplication::translate("sd::render::ComplaintReport", "Monthly complaint analysis report %1")
                        .arg(rep::monthLabel(r.month));
    options.footer = options.title;
    QTextDocument document;
    prepare(document);
    // A4 at 300 dpi less 15 mm margins each side: 180 mm.
    const int pageWidth = int(180 / 25.4 * 300);
    addComplaintReportCharts(document, r, pageWidth, 300);
    document.setHtml(u"<html><body>"_s + complaintReportHtml(r, pageWidth, 300) + u"</body></html>"_s);
    return writeDocumentPdf(document, path, options);
}

QString complaintFormHtml(const rep::ComplaintForm &form)
{
    const QVariantMap &c = form.complaint;
    auto staff = [&form](const QString &col) { return form.staff.value(col); };
    auto at = [&](const QString &col) { return when(c.value(col).toLongLong()); };
    auto v = [&](const QString &col) { return c.value(col).toString(); };
    const QString &customer = form.customer;
    const QString &dept = form.department;

    QString h;
    auto section = [&h](const QString &title) {
        h += u"<tr><th colspan='4'>%1</th></tr>"_s.arg(html(title));
    };
    auto pair = [&h](const QString &k1, const QString &v1, const QString &k2, const QString &v2) {
        h += u"<tr><td width='18%' nowrap><b>%1</b></td><td width='32%'>%2</td><td width='18%' nowrap><b>%3</b></td><td width='32%'>%4</td></tr>"_s
                 .arg(html(k1), html(v1), html(k2), html(v2));
    };
    auto wide = [&h](const QString &k, const QString &val) {
        h += u"<tr><td nowrap><b>%1</b></td><td colspan='3'>%2</td></tr>"_s.arg(html(k), html(val).replace(u"\n"_s, u"<br/>"_s));
    };
    h += u"<h1>%1</h1>"_s.arg(html(QCoreApplication::translate("sd::render::ComplaintReport", "Complaint registration form")));
    h += u"<p class='meta'>%1</p>"_s.arg(html(QCoreApplication::translate("sd::render::ComplaintReport", "No. %1 · state: %2").arg(v(u"complaint_no"_s), cpl::stateTitle(v(u"state"_s)))));
    h += u"<table width='100%' cellspacing='0'>"_s;
    section(QCoreApplication::translate("sd::render::ComplaintReport", "1. Acceptance"));
    pair(QCoreApplication::translate("sd::render::ComplaintReport", "Received"), at(u"received_at"_s), QCoreApplication::translate("sd::render::ComplaintReport", "Received by"), staff(u"received_by"_s));
    pair(QCoreApplication::translate("sd::render::ComplaintReport", "Source"), cpl::sourceTitle(v(u"source"_s)) + (v(u"channel"_s).isEmpty() ? QString() : u" · "_s + cpl::channelTitle(v(u"channel"_s))),
         QCoreApplication::translate("sd::render::ComplaintReport", "HQ ref. / deadline"),
         v(u"hq_reference"_s).isEmpty() ? u"—"_s : v(u"hq_reference"_s) + u" / "_s + at(u"hq_deadline"_s));
    pair(QCoreApplication::translate("sd::render::ComplaintReport", "Customer"), customer + (c.value(u"key_customer"_s).toInt() ? QCoreApplication::translate("sd::render::ComplaintReport", " (key customer)") : QString()), QCoreApplication::translate("sd::render::ComplaintReport", "Complainant"),
         v(u"complainant"_s) + u" "_s + v(u"complainant_phone"_s));
    pair(QCoreApplication::translate("sd::render::ComplaintReport", "Complaint class"), cpl::problemClassTitle(v(u"problem_class"_s)), QString(), QString());
    wide(QCoreApplication::translate("sd::render::ComplaintReport", "What happened"), v(u"description"_s));
    wide(QCoreApplication::translate("sd::render::ComplaintReport", "Customer wants"), v(u"customer_request"_s));
    wide(QCoreApplication::translate("sd::render::ComplaintReport", "Contract scope"), form.contractScope);
    section(QCoreApplication::translate("sd::render::ComplaintReport", "2. Confirmation"));
    pair(QCoreApplication::translate("sd::render::ComplaintReport", "Confirmed"), at(u"confirmed_at"_s), QCoreApplication::translate("sd::render::ComplaintReport", "Quality supervisor"), staff(u"confirmed_by"_s));
    pair(QCoreApplication::translate("sd::render::ComplaintReport", "Validity"), v(u"validity"_s).isEmpty() ? QString() : cpl::validityTitle(v(u"validity"_s)), QCoreApplication::translate("sd::render::ComplaintReport", "Responsible department"), dept);
    wide(QCoreApplication::translate("sd::render::ComplaintReport", "Confirmation note"), v(u"confirmation_note"_s));
    section(QCoreApplication::translate("sd::render::ComplaintReport", "3. Handling"));
    wide(QCoreApplication::translate("sd::render::ComplaintReport", "Cause"), v(u"cause"_s));
    pair(QCoreApplication::translate("sd::render::ComplaintReport", "Responsible person"), staff(u"responsible_person_id"_s), QCoreApplication::translate("sd::render::ComplaintReport", "Accountability"), v(u"accountability"_s));
    pair(QCoreApplication::translate("sd::render::ComplaintReport", "Measures"), cpl::measuresText(v(u"measures"_s)), QCoreApplication::translate("sd::render::ComplaintReport", "Reply due / replied"),
         at(u"reply_due_at"_s) + u" / "_s + at(u"replied_at"_s));
    wide(QCoreApplication::translate("sd::render::ComplaintReport", "Reply to the customer"), v(u"reply_text"_s) + (staff(u"replied_by"_s).isEmpty() ? QString() : u" — "_s + staff(u"replied_by"_s)));
    wide(QCoreApplication::translate("sd::render::ComplaintReport", "Result"), v(u"result_text"_s) + (at(u"result_at"_s).isEmpty() ? QString() : u" (%1)"_s.arg(at(u"result_at"_s))));
    section(QCoreApplication::translate("sd::render::ComplaintReport", "4. Follow-up and monitoring"));
    pair(QCoreApplication::translate("sd::render::ComplaintReport", "Follow-up due / done"), at(u"follow_up_due_at"_s) + u" / "_s + at(u"followed_up_at"_s), QCoreApplication::translate("sd::render::ComplaintReport", "Customer satisfied"),
         c.value(u"satisfied"_s).isNull() ? QString() : (c.value(u"satisfied"_s).toInt() ? QCoreApplication::translate("sd::render::ComplaintReport", "Yes") : QCoreApplication::translate("sd::render::ComplaintReport", "No")));
    wide(QCoreApplication::translate("sd::render::ComplaintReport", "Verification"), v(u"verification"_s));
    wide(QCoreApplication::translate("sd::render::ComplaintReport", "Customer's opinion"), v(u"customer_opinion"_s));
    if (!c.value(u"escalated_at"_s).isNull()) {
        pair(QCoreApplication::translate("sd::render::ComplaintReport", "Escalated to HQ"), at(u"escalated_at"_s), QCoreApplication::translate("sd::render::ComplaintReport", "HQ reference"), v(u"hq_dev_reference"_s));
        wide(QCoreApplication::translate("sd::render::ComplaintReport", "Escalation and progress"), v(u"escalation_note"_s));
        wide(QCoreApplication::translate("sd::render::ComplaintReport", "HQ's resolution"), v(u"hq_resolution"_s));
    }
    section(QCoreApplication::translate("sd::render::ComplaintReport", "5. Filing"));
    wide(QCoreApplication::translate("sd::render::ComplaintReport", "Corrective measures"), v(u"corrective_measures"_s));
    wide(QCoreApplication::translate("sd::render::ComplaintReport", "Preventive measures"), v(u"preventive_measures"_s));
    if (v(u"source"_s) == u"hq")
        pair(QCoreApplication::translate("sd::render::ComplaintReport", "Feedback to HQ due / done"), at(u"hq_feedback_due_at"_s) + u" / "_s + at(u"hq_feedback_at"_s), QCoreApplication::translate("sd::render::ComplaintReport", "Feedback"),
             v(u"hq_feedback"_s));
    pair(QCoreApplication::translate("sd::render::ComplaintReport", "Filed"), at(u"filed_at"_s), QCoreApplication::translate("sd::render::ComplaintReport", "Filed by"), staff(u"filed_by"_s));
    h += u"</table>"_s;
    h += u"<p class='muted'><br/>%1 ____________________ &nbsp;&nbsp; %2 ____________________</p>"_s.arg(
        html(QCoreApplication::translate("sd::render::ComplaintReport", "Quality supervisor:")), html(QCoreApplication::translate("sd::render::ComplaintReport", "Department manager:")));
    return h;
}

sd::core::Status writeComplaintFormPdf(const rep::ComplaintForm &form, const QString &path)
{
    PageOptions options;
    options.title = QCoreApplication::translate("sd::render::ComplaintReport", "Complaint registration form");
    options.footer = options.title;
    return writeHtmlPdf(complaintFormHtml(form), path, options);
}

} // namespace sd::render
