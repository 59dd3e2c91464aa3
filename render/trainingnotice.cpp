// The training notice: a printed template in Chinese or English, so its labels are the
// notice's own (chosen for the students), not the desk's translation.
#include "render/trainingnotice.h"

#include "core/common/privatefiles.h"
#include "render/pdf.h"

#include <QDateTime>
#include <QFont>
#include <QImage>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;
using sd::core::TrainingRegistration;
using sd::core::reports::TrainingNoticeData;

namespace sd::render {

namespace {

struct Label {
    const char16_t *zh;
    const char16_t *en;
};

QString L(const Label &l, FormLanguage lang) { return QString::fromUtf16(lang == FormLanguage::Chinese ? l.zh : l.en); }

const Label kTitle{u"培训通知", u"Training Notice"};
const Label kNo{u"场次编号", u"Session no."};
const Label kPrinted{u"打印时间", u"Printed"};
const Label kIntro{u"兹定于 %1 举办「%2」培训，请以下学员准时参加。",
                   u"The training “%2” takes place %1. The students listed below are kindly asked to attend on time."};
const Label kCancelled{u"本场次已取消：%1", u"This session is cancelled: %1"};
const Label kCourse{u"培训课程", u"Course"};
const Label kKind{u"培训类别", u"Kind"};
const Label kProduct{u"产品", u"Product"};
const Label kModules{u"模块", u"Modules"};
const Label kWhen{u"培训时间", u"Dates and times"};
const Label kPlace{u"培训地点", u"Place"};
const Label kOnline{u"线上：%1", u"Online: %1"};
const Label kTeacher{u"培训老师", u"Teacher"};
const Label kDuration{u"课时", u"Duration"};
const Label kHours{u"%1 学时", u"%1 hours"};
const Label kExam{u"考试", u"Exam"};
const Label kPassMark{u"课程结束后考试，%1 分及格；未通过者可补考。",
                      u"An exam after the course; %1 points to pass; a re-sit for those who do not pass."};
const Label kSeats{u"名额", u"Seats"};
const Label kSeatsText{u"已报名 %1 / 共 %2 名，候补 %3 名", u"%1 of %2 taken, %3 on the waiting list"};
const Label kOutline{u"课程大纲", u"Outline"};
const Label kNotes{u"备注", u"Notes"};
const Label kStudents{u"学员名单", u"Student list"};
const Label kNoStudents{u"尚无学员报名。", u"No students have registered yet."};
const Label kName{u"姓名", u"Name"};
const Label kCustomer{u"单位", u"Company"};
const Label kPhone{u"电话", u"Phone"};
const Label kStatus{u"状态", u"Status"};
const Label kDays{u"出勤（天）", u"Days present"};
const Label kScore{u"成绩", u"Score"};
const Label kResult{u"结果", u"Result"};
const Label kRegistered{u"已报名", u"Registered"};
const Label kPromoted{u"已报名（候补转正）", u"Registered (from the waiting list)"};
const Label kWaiting{u"候补第 %1 位", u"Waiting, no. %1"};
const Label kPassed{u"通过", u"Passed"};
const Label kFailed{u"未通过", u"Failed"};
const Label kHotline{u"服务热线", u"Service hotline"};
const Label kPage{u"第 %1 页，共 %2 页", u"Page %1 of %2"};
const Label kKinds[3] = {{u"软件操作培训", u"Software operation"}, {u"软件升级培训", u"Software upgrade"},
                         {u"业务培训", u"Business"}};

QString kindTitle(const QString &kind, FormLanguage lang)
{
    const QStringList keys = sd::core::training::courseKinds();
    const int i = int(keys.indexOf(kind));
    return i >= 0 && i < 3 ? L(kKinds[i], lang) : kind;
}

/// "2026-11-10 – 2026-11-11, 09:00–16:30 each day" or "2026-11-10 09:00–16:30".
QString dates(const TrainingNoticeData &d, FormLanguage lang)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(d.session.startsAt, d.zone);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(d.session.endsAt, d.zone);
    const QString hours = start.time().toString(u"HH:mm"_s) + u"–"_s + end.time().toString(u"HH:mm"_s);
    if (start.date() == end.date())
        return start.date().toString(Qt::ISODate) + u" "_s + hours;
    return lang == FormLanguage::Chinese
        ? u"%1 至 %2，每天 %3"_s.arg(start.date().toString(Qt::ISODate), end.date().toString(Qt::ISODate), hours)
        : u"%1 to %2, %3 each day"_s.arg(start.date().toString(Qt::ISODate), end.date().toString(Qt::ISODate), hours);
}

QString statusText(const TrainingRegistration &r, FormLanguage lang)
{
    if (r.status == sd::core::training::Waiting)
        return L(kWaiting, lang).arg(r.waitingPosition);
    if (r.status == sd::core::training::Promoted)
        return L(kPromoted, lang);
    return L(kRegistered, lang);
}

QString row(const QString &label, const QString &valueHtml)
{
    return u"<tr><th width=\"18%\">%1</th><td>%2</td></tr>"_s.arg(html(label), valueHtml);
}

} // namespace

QString trainingNoticeHtml(const TrainingNoticeData &d, FormLanguage lang)
{
    const bool zh = lang == FormLanguage::Chinese;
    const QString center = zh || d.center.nameEn.isEmpty() ? d.center.name : d.center.nameEn;
    const sd::core::TrainingSession &s = d.session;
    QString h;
    h += u"<table width=\"100%\" style=\"border:none;\"><tr>"_s;
    if (!d.center.logoPng.isEmpty())
        h += u"<td width=\"70\" style=\"border:none;\"><img src=\"sd:logo\" width=\"60\" height=\"60\"/></td>"_s;
    h += u"<td style=\"border:none;\"><span style=\"font-size:13pt; font-weight:bold;\">%1</span><br/>"
         "<span style=\"font-size:18pt; font-weight:bold;\">%2</span></td>"
         "<td style=\"border:none;\" align=\"right\">%3: <b>%4</b><br/><span class=\"muted\">%5: %6</span></td></tr></table>"_s
             .arg(html(center), html(L(kTitle, lang)), html(L(kNo, lang)), html(s.sessionNo), html(L(kPrinted, lang)),
                  html(QDateTime::fromMSecsSinceEpoch(d.printedAt, d.zone).toString(u"yyyy-MM-dd HH:mm"_s)));
    if (s.state == sd::core::training::Cancelled)
        h += u"<p style=\"color:#b00020; font-size:13pt; font-weight:bold;\">%1</p>"_s.arg(
            html(L(kCancelled, lang).arg(s.cancelReason)));
    h += u"<p style=\"margin-top:8pt;\">%1</p>"_s.arg(html(L(kIntro, lang).arg(dates(d, lang), s.courseTitle)));

    QStringList places;
    if (!s.room.isEmpty())
        places << html(s.room);
    if (!s.onlineLink.isEmpty())
        places << html(L(kOnline, lang).arg(s.onlineLink));
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">"_s;
    h += row(L(kCourse, lang), u"<b>%1</b>"_s.arg(html(s.courseTitle)));
    h += row(L(kKind, lang), html(kindTitle(d.course.kind, lang)));
    h += row(L(kProduct, lang), html(d.course.product));
    if (!d.course.modules.isEmpty())
        h += row(L(kModules, lang), html(d.course.modules));
    h += row(L(kWhen, lang), html(dates(d, lang)));
    h += row(L(kPlace, lang), places.join(u"<br/>"_s));
    h += row(L(kTeacher, lang), html(s.teacherName));
    h += row(L(kDuration, lang), html(L(kHours, lang).arg(d.course.durationHours)));
    h += row(L(kExam, lang), html(L(kPassMark, lang).arg(s.passMark)));
    h += row(L(kSeats, lang), html(L(kSeatsText, lang).arg(s.registered).arg(s.capacity).arg(s.waiting)));
    if (!d.course.outline.isEmpty())
        h += row(L(kOutline, lang), html(d.course.outline));
    if (!s.notes.isEmpty())
        h += row(L(kNotes, lang), html(s.notes));
    h += u"</table>"_s;

    h += u"<h2>%1</h2>"_s.arg(html(L(kStudents, lang)));
    if (d.students.isEmpty()) {
        h += u"<p class=\"muted\">%1</p>"_s.arg(html(L(kNoStudents, lang)));
    } else {
        h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr><th class=\"num\" width=\"5%\">#</th>"
             "<th width=\"12%\">%1</th><th width=\"27%\">%2</th><th width=\"14%\">%3</th><th width=\"20%\">%4</th>"
             "<th class=\"num\" width=\"8%\">%5</th><th class=\"num\" width=\"7%\">%6</th><th width=\"7%\">%7</th></tr>"_s
                 .arg(html(L(kName, lang)), html(L(kCustomer, lang)), html(L(kPhone, lang)), html(L(kStatus, lang)),
                      html(L(kDays, lang)), html(L(kScore, lang)), html(L(kResult, lang)));
        int n = 0;
        for (const TrainingRegistration &r : d.students) {
            const QString result = r.attempts == 0 ? QString() : L(r.passed ? kPassed : kFailed, lang);
            h += u"<tr><td class=\"num\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td class=\"num\">%6</td>"
                 "<td class=\"num\">%7</td><td>%8</td></tr>"_s
                     .arg(++n)
                     .arg(html(r.studentName), html(r.customerName), html(r.phone), html(statusText(r, lang)),
                          r.daysPresent > 0 ? QString::number(r.daysPresent) : QString(),
                          r.lastScore >= 0 ? QString::number(r.lastScore) : QString(), html(result));
        }
        h += u"</table>"_s;
    }

    QStringList footer;
    if (!d.center.address.isEmpty())
        footer << html(d.center.address);
    if (!d.center.phone.isEmpty())
        footer << html(L(kHotline, lang)) + u": "_s + html(d.center.phone);
    if (!footer.isEmpty())
        h += u"<p class=\"muted\" style=\"margin-top:8pt;\">%1</p>"_s.arg(footer.join(u"  ·  "_s));
    return h;
}

sd::core::Status writeTrainingNoticePdf(const TrainingNoticeData &data, FormLanguage language, const QString &path)
{
    if (auto ok = sd::core::privatefiles::ensure(path); !ok)
        return ok;
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(L(kTitle, language) + u" "_s + data.session.sessionNo);
    writer.setCreator(u"Service Center Desk"_s);
    QTextDocument document;
    QFont font(u"Noto Sans CJK SC"_s);
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(baseStyleSheet());
    if (!data.center.logoPng.isEmpty())
        document.addResource(QTextDocument::ImageResource, QUrl(u"sd:logo"_s), QImage::fromData(data.center.logoPng, "PNG"));
    document.setHtml(u"<html><body>"_s + trainingNoticeHtml(data, language) + u"</body></html>"_s);
    PageOptions options;
    options.title = L(kTitle, language) + u" "_s + data.session.sessionNo;
    options.footer = data.session.sessionNo + u"  "_s + data.session.courseTitle;
    options.pageLabel = L(kPage, language);
    paintDocument(document, writer, options);
    return {};
}

} // namespace sd::render
