#pragma once

#include "core/common/error.h"
#include "core/reports/complaintform.h"
#include "core/reports/complaintreport.h"

#include <QImage>
#include <QString>

class QTextDocument;

namespace sd::render {

/// The charts of the monthly complaint analysis report, drawn with QPainter (QtGui only, so
/// servicedeskctl draws the same). `widthPx`×`heightPx` at `dpi` (fonts are sized in points).
QImage complaintTrendChart(const sd::core::reports::ComplaintMonthlyReport &report, int widthPx, int heightPx, int dpi = 300);
QImage complaintBarsChart(const QString &title, const QList<sd::core::reports::ComplaintCount> &counts, int widthPx,
                          int heightPx, const QColor &color, int dpi = 300);
QImage complaintTimelinessChart(const sd::core::reports::ComplaintMonthlyReport &report, int widthPx, int heightPx,
                                int dpi = 300);

/// The report as HTML for a document whose chart images are added by addComplaintReportCharts.
/// Chart sizes follow a page `pageWidthPx` wide at `dpi` (as addComplaintReportCharts).
QString complaintReportHtml(const sd::core::reports::ComplaintMonthlyReport &report, int pageWidthPx, int dpi);
/// Adds the images named in complaintReportHtml (chart://…) to `document`, sized for a page
/// `pageWidthPx` wide at `dpi`.
void addComplaintReportCharts(QTextDocument &document, const sd::core::reports::ComplaintMonthlyReport &report,
                              int pageWidthPx, int dpi);
/// Writes the monthly complaint analysis report (numbers, tables and charts) as a PDF.
sd::core::Status writeComplaintReportPdf(const sd::core::reports::ComplaintMonthlyReport &report, const QString &path);

/// The complaint registration form (投诉登记表) of one complaint (core's ComplaintForm):
/// every step, as HTML and PDF.
QString complaintFormHtml(const sd::core::reports::ComplaintForm &form);
sd::core::Status writeComplaintFormPdf(const sd::core::reports::ComplaintForm &form, const QString &path);

} // namespace sd::render
