// The acceptance report of an implementation project: a printed document in Chinese or English
// (chosen for the customer), so its labels are its own, not the desk's translation.
#include "render/acceptancereport.h"

#include "render/pdf.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd::render {

namespace {

struct Label {
    const char16_t *zh;
    const char16_t *en;
};

QString L(const Label &l, FormLanguage lang) { return QString::fromUtf16(lang == FormLanguage::Chinese ? l.zh : l.en); }

const Label kTitle{u"实施项目验收报告", u"Implementation Project Acceptance Report"};
const Label kNo{u"项目编号", u"Project No."};
const Label kPrinted{u"打印时间", u"Printed"};
const Label kProjectSection{u"项目概况", u"Project"};
const Label kName{u"项目名称", u"Project name"};
const Label kCustomer{u"客户名称", u"Customer"};
const Label kAddress{u"客户地址", u"Address"};
const Label kProduct{u"产品", u"Product"};
const Label kModules{u"实施模块", u"Modules"};
const Label kGoals{u"项目目标", u"Goals"};
const Label kPm{u"项目经理", u"Project manager"};
const Label kConsultants{u"实施顾问", u"Consultants"};
const Label kBudget{u"预算人天", u"Budgeted days"};
const Label kLogged{u"实际人天 / 工时", u"Days / hours logged"};
const Label kStarted{u"开始实施", u"Started"};
const Label kSubmitted{u"提交归档", u"Submitted for filing"};
const Label kStagesSection{u"阶段验收", u"Stage acceptance"};
const Label kSeq{u"序号", u"#"};
const Label kStage{u"阶段", u"Stage"};
const Label kPlanned{u"计划", u"Planned"};
const Label kActual{u"实际", u"Actual"};
const Label kAttempts{u"实施次数", u"Attempts"};
const Label kHours{u"工时", u"Hours"};
const Label kEvaluation{u"验收意见", u"Acceptance evaluation"};
const Label kDeliverables{u"交付物", u"Deliverables"};
const Label kDocsSection{u"项目文档", u"Project documents"};
const Label kNoDocs{u"（无）", u"(none)"};
const Label kReview{u"终验意见", u"Final inspection"};
const Label kFiling{u"归档意见", u"Filing"};
const Label kState{u"项目状态", u"State"};
const Label kSignSection{u"签字确认", u"Signatures"};
const Label kCustomerSign{u"客户签字（盖章）", u"Customer (signature and seal)"};
const Label kPmSign{u"项目经理签字", u"Project manager"};
const Label kImSign{u"实施部门经理签字", u"Implementation manager"};
const Label kDate{u"日期", u"Date"};
const Label kPage{u"第 %1 页，共 %2 页", u"Page %1 of %2"};

const Label kStates[3] = {{u"终验中", u"Final inspection"}, {u"已提交归档", u"Submitted for filing"}, {u"已归档关闭", u"Filed and closed"}};

QString when(qint64 ms)
{
    static const QTimeZone zone("Asia/Shanghai");
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, zone).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString day(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

QString span(const QDate &from, const QDate &to)
{
    if (!from.isValid())
        return {};
    return day(from) + u" – "_s + day(to);
}

QString section(const QString &title)
{
    return u"<tr><td colspan=\"4\" class=\"section\" style=\"background:#e8eef6; font-weight:bold;\">%1</td></tr>"_s.arg(html(title));
}

QString row1(const QString &label, const QString &value)
{
    return u"<tr><td width=\"20%\" class=\"label\"><b>%1</b></td><td colspan=\"3\">%2</td></tr>"_s.arg(html(label), value);
}

QString row2(const QString &l1, const QString &v1, const QString &l2, const QString &v2)
{
    return u"<tr><td width=\"20%\"><b>%1</b></td><td width=\"30%\">%2</td><td width=\"20%\"><b>%3</b></td><td width=\"30%\">%4</td></tr>"_s
        .arg(html(l1), v1, html(l2), v2);
}

QString stateLabel(const QString &state, FormLanguage lang)
{
    if (state == sd::core::project::FinalInspection)
        return L(kStates[0], lang);
    if (state == sd::core::project::Submitted)
        return L(kStates[1], lang);
    if (state == sd::core::project::Closed)
        return L(kStates[2], lang);
    return state;
}

} // namespace

QString acceptanceReportHtml(const sd::core::AcceptanceReport &r, FormLanguage lang)
{
    QString h;
    h += u"<table width=\"100%\" style=\"border:none;\"><tr><td style=\"border:none;\">"
         "<span style=\"font-size:18pt; font-weight:bold;\">%1</span></td>"
         "<td style=\"border:none;\" align=\"right\">%2: <b>%3</b><br/><span class=\"muted\">%4: %5</span></td></tr></table>"_s
             .arg(html(L(kTitle, lang)), html(L(kNo, lang)), html(r.projectNo), html(L(kPrinted, lang)),
                  html(when(r.generatedAt)));
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top:6pt;\">"_s;
    h += section(L(kProjectSection, lang));
    h += row1(L(kName, lang), html(r.title));
    h += row1(L(kCustomer, lang), html(r.customerName));
    if (!r.customerAddress.isEmpty())
        h += row1(L(kAddress, lang), html(r.customerAddress));
    h += row2(L(kProduct, lang), html(r.productName), L(kModules, lang), html(r.modules));
    if (!r.goals.isEmpty())
        h += row1(L(kGoals, lang), html(r.goals));
    h += row2(L(kPm, lang), html(r.projectManager), L(kConsultants, lang), html(r.consultants.join(lang == FormLanguage::Chinese ? u"、"_s : u", "_s)));
    h += row2(L(kBudget, lang), QString::number(r.budgetedDays), L(kLogged, lang),
              u"%1 / %2"_s.arg(r.loggedDays, 0, 'f', 0).arg(r.loggedHours, 0, 'f', 1));
    h += row2(L(kStarted, lang), html(when(r.startedAt).left(10)), L(kSubmitted, lang), html(when(r.submittedAt).left(10)));
    h += row1(L(kState, lang), html(stateLabel(r.state, lang)));
    h += u"</table>"_s;

    h += u"<p style=\"font-weight:bold; margin-top:8pt;\">%1</p>"_s.arg(html(L(kStagesSection, lang)));
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"
         "<tr style=\"background:#e8eef6;\"><th width=\"6%\">%1</th><th width=\"20%\">%2</th><th width=\"16%\">%3</th>"
         "<th width=\"16%\">%4</th><th width=\"10%\">%5</th><th width=\"8%\">%6</th><th>%7</th></tr>"_s
             .arg(html(L(kSeq, lang)), html(L(kStage, lang)), html(L(kPlanned, lang)), html(L(kActual, lang)),
                  html(L(kAttempts, lang)), html(L(kHours, lang)), html(L(kEvaluation, lang)));
    for (const auto &s : r.stages) {
        QString evaluation = html(s.evaluationNote);
        if (!s.evaluatedBy.isEmpty())
            evaluation += u"<br/><span class=\"muted\">%1 %2</span>"_s.arg(html(s.evaluatedBy), html(when(s.evaluatedAt).left(10)));
        QString name = html(s.name);
        if (!s.deliverables.isEmpty())
            name += u"<br/><span class=\"muted\">%1: %2</span>"_s.arg(html(L(kDeliverables, lang)), html(s.deliverables));
        h += u"<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td><td align=\"center\">%5</td><td align=\"right\">%6</td><td>%7</td></tr>"_s
                 .arg(s.seq)
                 .arg(name, html(span(s.plannedStart, s.plannedEnd)), html(span(s.actualStart, s.actualEnd)))
                 .arg(s.attempts)
                 .arg(s.hours, 0, 'f', 1)
                 .arg(evaluation);
    }
    h += u"</table>"_s;

    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top:8pt;\">"_s;
    h += section(L(kDocsSection, lang));
    QString docs;
    for (const QString &d : r.documents)
        docs += html(d) + u"<br/>"_s;
    h += row1(L(kDocsSection, lang), docs.isEmpty() ? html(L(kNoDocs, lang)) : docs);
    if (!r.reviewNote.isEmpty())
        h += row1(L(kReview, lang), html(r.reviewNote));
    if (!r.filingNote.isEmpty())
        h += row1(L(kFiling, lang), html(r.filingNote));
    h += section(L(kSignSection, lang));
    h += row2(L(kCustomerSign, lang), u"<br/><br/><br/>"_s, L(kDate, lang), QString());
    h += row2(L(kPmSign, lang), u"<br/><br/>"_s + html(r.projectManager), L(kDate, lang), QString());
    h += row2(L(kImSign, lang), u"<br/><br/>"_s, L(kDate, lang), html(when(r.closedAt).left(10)));
    h += u"</table>"_s;
    return h;
}

sd::core::Status writeAcceptanceReportPdf(const sd::core::AcceptanceReport &report, FormLanguage language,
                                          const QString &path)
{
    PageOptions options;
    options.title = L(kTitle, language) + u" "_s + report.projectNo;
    options.marginsMm = QMarginsF(14, 12, 14, 12);
    options.footer = report.projectNo;
    options.pageLabel = L(kPage, language);
    return writeHtmlPdf(acceptanceReportHtml(report, language), path, options);
}

} // namespace sd::render
