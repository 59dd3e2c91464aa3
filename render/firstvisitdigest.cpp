#include "render/firstvisitdigest.h"

#include "render/pdf.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace sd::core::firstvisit;

namespace sd::render {

namespace {
QString when(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, sd::core::BusinessCalendar::defaultTimeZone()),
                              u"yyyy-MM-dd HH:mm"_s);
}
} // namespace

QString firstVisitDigestHtml(const QList<Digest> &digests, const QDate &day)
{
    QString out;
    out += u"<h1>%1</h1>"_s.arg(html(QCoreApplication::translate("sd::render::FirstVisitDigest",
                                                                 "First-visit needs digest — %1")
                                         .arg(day.toString(Qt::ISODate))));
    // The same count and words as the digest page's toolbar (one source, plural forms).
    out += u"<p class=\"meta\">%1</p>"_s.arg(
        html(QCoreApplication::translate("sd::render::FirstVisitDigest", "Recorded that working day: %1.")
                 .arg(digestDaySummary(digests))));
    if (digests.isEmpty())
        out += u"<p>%1</p>"_s.arg(html(QCoreApplication::translate("sd::render::FirstVisitDigest",
                                                                    "No needs were recorded on this day.")));
    for (const Digest &g : digests) {
        out += u"<h2>%1</h2>"_s.arg(html(g.departmentName));
        QString meta = QCoreApplication::translate("sd::render::FirstVisitDigest", "To: %1 · %2")
                           .arg(g.headName.isEmpty() ? QCoreApplication::translate("sd::render::FirstVisitDigest", "(no head set)")
                                                     : g.headName,
                                digestStateTitle(g.state));
        if (g.handedOffAt > 0)
            meta += QCoreApplication::translate("sd::render::FirstVisitDigest", " · handed off %1 by %2")
                        .arg(when(g.handedOffAt), g.handedOffByName);
        out += u"<p class=\"meta\">%1</p>"_s.arg(html(meta));
        out += u"<table width=\"100%\" cellspacing=\"0\"><tr><th class=\"num\">#</th><th>%1</th><th>%2</th><th>%3</th>"
               "<th>%4</th><th>%5</th><th>%6</th></tr>"_s
                   .arg(html(QCoreApplication::translate("sd::render::FirstVisitDigest", "Customer")),
                        html(QCoreApplication::translate("sd::render::FirstVisitDigest", "Contact / phone")),
                        html(QCoreApplication::translate("sd::render::FirstVisitDigest", "Kind")),
                        html(QCoreApplication::translate("sd::render::FirstVisitDigest", "Description")),
                        html(QCoreApplication::translate("sd::render::FirstVisitDigest", "Recorded")),
                        html(QCoreApplication::translate("sd::render::FirstVisitDigest", "State")));
        for (const Need &n : g.needs)
            out += u"<tr><td class=\"num\">%1</td><td>%2</td><td>%3<br/><span class=\"muted\">%4</span></td><td>%5</td>"
                   "<td>%6</td><td>%7<br/><span class=\"muted\">%8</span></td><td>%9</td></tr>"_s
                       .arg(n.id)
                       .arg(html(n.customerName), html(n.contact), html(n.phone), html(needTypeTitle(n.type)),
                            html(n.description), html(when(n.recordedAt)), html(n.recordedByName),
                            html(needStateTitle(n.state)));
        out += u"</table>"_s;
    }
    return out;
}

sd::core::Status writeFirstVisitDigestPdf(const QList<Digest> &digests, const QDate &day, const QString &path)
{
    PageOptions options;
    options.title = QCoreApplication::translate("sd::render::FirstVisitDigest", "First-visit needs digest %1")
                        .arg(day.toString(Qt::ISODate));
    options.orientation = QPageLayout::Landscape;
    options.footer = options.title;
    return writeHtmlPdf(firstVisitDigestHtml(digests, day), path, options);
}

} // namespace sd::render
