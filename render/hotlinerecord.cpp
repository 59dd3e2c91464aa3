#include "render/hotlinerecord.h"

#include "core/hotline/hotlineworkflow.h"
#include "core/problembase/problemclass.h"
#include "render/pdf.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd::render {

namespace {
} // namespace

QString hotlineServiceRecordHtml(const sd::core::HotlineServiceRecord &r)
{
    using namespace sd::core;
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    QString h;
    h += u"<h1>"_s + html(QCoreApplication::translate("sd::render::HotlineRecord", "Record of hotline service")) + u"</h1>"_s;
    h += u"<p class=\"meta\">"_s + html(r.customerName);
    if (!r.serviceCode.isEmpty())
        h += u" · "_s + html(QCoreApplication::translate("sd::render::HotlineRecord", "service code %1").arg(r.serviceCode));
    if (!r.contract.isEmpty())
        h += u" · "_s + html(QCoreApplication::translate("sd::render::HotlineRecord", "contract %1").arg(r.contract));
    h += u"<br/>"_s + html(QCoreApplication::translate("sd::render::HotlineRecord", "Period %1 to %2 · %3 calls · %4 solved · %5 handed on · %6 in hand")
                               .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate))
                               .arg(r.calls.size())
                               .arg(r.solved)
                               .arg(r.handedOn)
                               .arg(r.open));
    h += u"</p>"_s;
    if (!r.byClass.isEmpty()) {
        QStringList parts;
        for (const auto &[cls, n] : r.byClass)
            parts << html(problemclass::title(cls)) + u" "_s + QString::number(n);
        h += u"<p class=\"meta\">"_s + html(QCoreApplication::translate("sd::render::HotlineRecord", "By problem class:")) + u" "_s + parts.join(u" · "_s) + u"</p>"_s;
    }
    h += u"<table width=\"100%\"><tr><th>"_s + html(QCoreApplication::translate("sd::render::HotlineRecord", "Date")) + u"</th><th>"_s + html(QCoreApplication::translate("sd::render::HotlineRecord", "Call no.")) +
         u"</th><th>"_s + html(QCoreApplication::translate("sd::render::HotlineRecord", "Caller")) + u"</th><th>"_s + html(QCoreApplication::translate("sd::render::HotlineRecord", "Product / module")) + u"</th><th>"_s +
         html(QCoreApplication::translate("sd::render::HotlineRecord", "Problem")) + u"</th><th>"_s + html(QCoreApplication::translate("sd::render::HotlineRecord", "Outcome and solution")) + u"</th></tr>"_s;
    for (const HotlineCall &c : r.calls) {
        h += u"<tr><td>"_s + html(QDateTime::fromMSecsSinceEpoch(c.openedAt, zone).toString(u"yyyy-MM-dd HH:mm"_s)) +
             u"</td><td>"_s + html(c.callNo) + u"</td><td>"_s + html(c.callerName) + u"</td><td>"_s +
             html(QStringList{c.product, c.module}.join(u" / "_s)) + u"</td><td>"_s + html(c.description) +
             u"<br/><span class=\"muted\">"_s + html(problemclass::title(c.problemClass)) + u" · "_s +
             html(faultlevel::title(c.faultLevel)) + u"</span></td><td><b>"_s + html(hotlineOutcomeText(c)) +
             u"</b>"_s + (c.solution.isEmpty() ? QString() : u"<br/>"_s + html(c.solution)) + u"</td></tr>"_s;
    }
    if (r.calls.isEmpty())
        h += u"<tr><td colspan=\"6\" class=\"muted\">"_s + html(QCoreApplication::translate("sd::render::HotlineRecord", "No calls in this period.")) + u"</td></tr>"_s;
    h += u"</table>"_s;
    h += u"<p class=\"muted\">"_s +
         html(QCoreApplication::translate("sd::render::HotlineRecord", "Generated %1 by Service Center Desk.")
                  .arg(QDateTime::fromMSecsSinceEpoch(r.generatedAt, zone).toString(u"yyyy-MM-dd HH:mm"_s))) +
         u"</p>"_s;
    return h;
}

sd::core::Status writeHotlineServiceRecordPdf(const sd::core::HotlineServiceRecord &record, const QString &path)
{
    PageOptions options;
    options.title = QCoreApplication::translate("sd::render::HotlineRecord", "Record of hotline service – %1").arg(record.customerName);
    options.orientation = QPageLayout::Landscape;
    options.footer = QCoreApplication::translate("sd::render::HotlineRecord", "%1 · record of hotline service %2 – %3")
                         .arg(record.customerName, record.from.toString(Qt::ISODate), record.to.toString(Qt::ISODate));
    return writeHtmlPdf(hotlineServiceRecordHtml(record), path, options);
}

} // namespace sd::render
