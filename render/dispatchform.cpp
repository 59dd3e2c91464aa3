// The Service Dispatch Form: a printed template in Chinese or English, so its labels are the
// form's own (chosen per customer), not the desk's translation.
#include "render/dispatchform.h"

#include "core/common/privatefiles.h"

#include "render/pdf.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;
using sd::core::DispatchJob;

namespace sd::render {

namespace {

struct Label {
    const char16_t *zh;
    const char16_t *en;
};

QString L(const Label &l, FormLanguage lang) { return QString::fromUtf16(lang == FormLanguage::Chinese ? l.zh : l.en); }

const Label kTitle{u"服务派工单", u"Service Dispatch Form"};
const Label kNo{u"编号", u"No."};
const Label kPrinted{u"打印时间", u"Printed"};
const Label kCustomerSection{u"客户信息", u"Customer"};
const Label kCustomer{u"客户名称", u"Customer"};
const Label kServiceCode{u"服务编码", u"Service code"};
const Label kContract{u"服务合同", u"Service contract"};
const Label kCoverage{u"费用", u"Charging"};
const Label kCovered{u"合同内", u"Covered by contract"};
const Label kBillable{u"收费服务", u"Billable"};
const Label kContact{u"联系人", u"Contact"};
const Label kPhone{u"联系电话", u"Phone"};
const Label kAddress{u"服务地址", u"Site address"};
const Label kRequestSection{u"服务请求", u"Request"};
const Label kProduct{u"产品 / 模块", u"Product / module"};
const Label kFault{u"故障级别", u"Fault level"};
const Label kProblem{u"问题描述", u"Problem"};
const Label kRequested{u"申请时间", u"Requested"};
const Label kDue{u"响应时限", u"Response due"};
const Label kDispatchSection{u"派工信息", u"Dispatch"};
const Label kEngineer{u"服务工程师", u"Engineer"};
const Label kDispatched{u"派工时间", u"Dispatched"};
const Label kAppointment{u"预约时间", u"Appointment"};
const Label kArrived{u"到达时间", u"Arrived"};
const Label kWorkSection{u"服务记录", u"Service record"};
const Label kWorkDone{u"工作内容", u"Work done"};
const Label kTimeOnSite{u"现场用时", u"Time on site"};
const Label kParts{u"补丁 / 配件", u"Patches / parts"};
const Label kResult{u"处理结果", u"Result"};
const Label kSolved{u"已解决", u"Solved"};
const Label kNotSolved{u"未解决", u"Not solved"};
const Label kConfirmSection{u"客户确认", u"Customer confirmation"};
const Label kSatisfaction{u"满意度", u"Satisfaction"};
const Label kComment{u"客户意见", u"Customer's comments"};
const Label kSignature{u"客户签字", u"Customer's signature"};
const Label kDate{u"日期", u"Date"};
const Label kMinutes{u"%1 分钟", u"%1 min"};
const Label kNoContract{u"无有效合同", u"No contract in force"};
const Label kPage{u"第 %1 页，共 %2 页", u"Page %1 of %2"};
const Label kEngineerSign{u"工程师签字", u"Engineer's signature"};
const Label kHotline{u"服务热线", u"Service hotline"};
const Label kKeep{u"本单一式两联：客户一联，服务中心存档一联。",
                  u"In two copies: one for the customer, one for the service center's files."};

const Label kScores[5] = {{u"很不满意", u"Very dissatisfied"}, {u"不满意", u"Dissatisfied"}, {u"一般", u"Neutral"},
                          {u"满意", u"Satisfied"}, {u"非常满意", u"Very satisfied"}};
const Label kLevels[4] = {{u"一级：系统瘫痪 / 服务中断", u"1: system down / service interrupted"},
                          {u"二级：有瘫痪风险", u"2: risk of going down"},
                          {u"三级：性能下降或部分服务受影响", u"3: degraded performance or partial service"},
                          {u"四级：间歇或间接影响", u"4: intermittent or indirect"}};

QString when(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone("Asia/Shanghai")).toString(u"yyyy-MM-dd HH:mm"_s);
}

QString box(bool ticked) { return ticked ? u"☑"_s : u"☐"_s; }

QString row2(const QString &l1, const QString &v1, const QString &l2, const QString &v2)
{
    return u"<tr><th width=\"16%\">%1</th><td width=\"34%\">%2</td><th width=\"16%\">%3</th><td width=\"34%\">%4</td></tr>"_s
        .arg(html(l1), v1, html(l2), v2);
}

QString row1(const QString &label, const QString &value, int minHeightPt = 0)
{
    const QString height = minHeightPt > 0 ? u" height=\"%1\""_s.arg(minHeightPt) : QString();
    return u"<tr><th width=\"16%\">%1</th><td colspan=\"3\"%2>%3</td></tr>"_s.arg(html(label), height, value);
}

QString section(const QString &title)
{
    return u"<tr><td colspan=\"4\" style=\"background:#1f4e79; color:white; font-weight:bold; border:1px solid #1f4e79;\">%1</td></tr>"_s
        .arg(html(title));
}

} // namespace

QString dispatchFormHtml(const DispatchFormData &d, FormLanguage lang)
{
    const DispatchJob &j = d.job;
    const bool zh = lang == FormLanguage::Chinese;
    const QString center = zh || d.center.nameEn.isEmpty() ? d.center.name : d.center.nameEn;
    QString h;
    // Header: logo, center, title, number.
    h += u"<table width=\"100%\" style=\"border:none;\"><tr>"_s;
    if (!d.center.logoPng.isEmpty())
        h += u"<td width=\"70\" style=\"border:none;\"><img src=\"sd:logo\" width=\"60\" height=\"60\"/></td>"_s;
    h += u"<td style=\"border:none;\"><span style=\"font-size:13pt; font-weight:bold;\">%1</span><br/>"
         "<span style=\"font-size:18pt; font-weight:bold;\">%2</span></td>"
         "<td style=\"border:none;\" align=\"right\">%3: <b>%4</b><br/><span class=\"muted\">%5: %6</span></td></tr></table>"_s
             .arg(html(center), html(L(kTitle, lang)), html(L(kNo, lang)), html(j.jobNo), html(L(kPrinted, lang)),
                  html(when(d.printedAt)));

    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top:6pt;\">"_s;
    h += section(L(kCustomerSection, lang));
    h += row1(L(kCustomer, lang), html(j.customerName));
    const QString coverage = j.coverage == u"contract"_s
        ? box(true) + u" "_s + html(L(kCovered, lang)) + u"  "_s + box(false) + u" "_s + html(L(kBillable, lang))
        : box(false) + u" "_s + html(L(kCovered, lang)) + u"  "_s + box(j.coverage == u"billable"_s) + u" "_s
            + html(L(kBillable, lang));
    h += row2(L(kServiceCode, lang), html(d.serviceCode), L(kContract, lang),
              html(d.contractType.isEmpty() ? L(kNoContract, lang) : d.contractType));
    h += row2(L(kContact, lang), html(j.contactName), L(kPhone, lang), html(j.contactPhone));
    h += row2(L(kAddress, lang), html(j.siteAddress), L(kCoverage, lang), coverage);

    h += section(L(kRequestSection, lang));
    const QString product = j.module.isEmpty() ? j.product : j.product + u" / "_s + j.module;
    const QString level = j.faultLevel >= 1 && j.faultLevel <= 4 ? L(kLevels[j.faultLevel - 1], lang) : QString();
    h += row2(L(kProduct, lang), html(product), L(kFault, lang), html(level));
    h += row1(L(kProblem, lang), html(j.problem) + u"<br/>"_s);
    h += row2(L(kRequested, lang), html(when(j.requestedAt)), L(kDue, lang), html(when(j.dueAt)));

    h += section(L(kDispatchSection, lang));
    h += row2(L(kEngineer, lang), html(j.engineerName), L(kDispatched, lang), html(when(j.dispatchedAt)));
    h += row2(L(kAppointment, lang), html(when(j.appointmentAt)), L(kArrived, lang), html(when(j.checkedInAt)));

    h += section(L(kWorkSection, lang));
    // Room to write by hand when the form is printed before the visit.
    h += row1(L(kWorkDone, lang), html(j.workDone) + u"<br/><br/><br/><br/>"_s);
    const QString minutes = j.minutesOnSite > 0 ? L(kMinutes, lang).arg(j.minutesOnSite) : QString();
    h += row2(L(kTimeOnSite, lang), html(minutes), L(kParts, lang), html(j.partsPatches));
    const QString result = box(j.result == u"solved"_s) + u" "_s + html(L(kSolved, lang)) + u"    "_s
        + box(j.result == u"not_solved"_s) + u" "_s + html(L(kNotSolved, lang));
    h += row1(L(kResult, lang), result);

    h += section(L(kConfirmSection, lang));
    QString scores;
    for (int s = 5; s >= 1; --s)
        scores += box(j.satisfaction == s) + u" "_s + html(L(kScores[s - 1], lang)) + u"   "_s;
    h += row1(L(kSatisfaction, lang), scores);
    h += row1(L(kComment, lang), html(j.customerComment) + u"<br/><br/>"_s);
    const QString signature = j.signature.isEmpty()
        ? u"<br/><br/>"_s
        : u"<img src=\"sd:signature\" height=\"48\"/><br/>"_s;
    h += row2(L(kSignature, lang), signature + html(j.customerSigner), L(kDate, lang),
              html(when(j.formReturnedAt).left(10)));
    h += row2(L(kEngineerSign, lang), u"<br/><br/>"_s + html(j.engineerName), L(kDate, lang),
              html(when(j.checkedInAt).left(10)));
    h += u"</table>"_s;

    QStringList footer;
    if (!d.center.address.isEmpty())
        footer << html(d.center.address);
    if (!d.center.phone.isEmpty())
        footer << html(L(kHotline, lang)) + u": "_s + html(d.center.phone);
    h += u"<p class=\"muted\" style=\"margin-top:6pt;\">%1<br/>%2</p>"_s.arg(footer.join(u"  ·  "_s), html(L(kKeep, lang)));
    return h;
}

void paintDispatchForm(const DispatchFormData &data, FormLanguage language, QPagedPaintDevice &device)
{
    QTextDocument document;
    QFont font(u"Noto Sans CJK SC"_s);
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(baseStyleSheet());
    if (!data.center.logoPng.isEmpty())
        document.addResource(QTextDocument::ImageResource, QUrl(u"sd:logo"_s), QImage::fromData(data.center.logoPng, "PNG"));
    if (!data.job.signature.isEmpty())
        document.addResource(QTextDocument::ImageResource, QUrl(u"sd:signature"_s),
                             QImage::fromData(data.job.signature, "PNG"));
    document.setHtml(u"<html><body>"_s + dispatchFormHtml(data, language) + u"</body></html>"_s);
    PageOptions options;
    options.title = L(kTitle, language) + u" "_s + data.job.jobNo;
    options.marginsMm = QMarginsF(14, 12, 14, 12);
    options.footer = data.job.jobNo;
    options.pageLabel = L(kPage, language);
    paintDocument(document, device, options);
}

sd::core::Status writeDispatchFormPdf(const DispatchFormData &data, FormLanguage language, const QString &path)
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
    writer.setTitle(L(kTitle, language) + u" "_s + data.job.jobNo);
    writer.setCreator(u"Service Center Desk"_s);
    paintDispatchForm(data, language, writer);
    return {};
}

} // namespace sd::render
