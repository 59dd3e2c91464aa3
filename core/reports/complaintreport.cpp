#include "core/reports/complaintreport.h"

#include "core/complaints/complaintservice.h"
#include "core/csv/csv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd::core::reports {

namespace c = sd::core::complaints;

double ComplaintTimeliness::onTimePercent() const
{
    const int judged = onTime + late + overdue;
    return judged > 0 ? 100.0 * onTime / judged : -1.0;
}

double ComplaintMonthlyReport::satisfactionPercent() const
{
    return followedUp > 0 ? 100.0 * satisfied / followedUp : -1.0;
}

QString monthLabel(int month)
{
    return u"%1-%2"_s.arg(month / 100).arg(month % 100, 2, 10, QChar(u'0'));
}

Result<int> parseReportMonth(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{4})-(\\d{2})$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch() || m.captured(2).toInt() < 1 || m.captured(2).toInt() > 12)
        return failInvalid(u"month"_s, QCoreApplication::translate("sd::core::ComplaintReport",
                                                                   "The month must be written YYYY-MM, e.g. 2026-10."));
    return m.captured(1).toInt() * 100 + m.captured(2).toInt();
}

namespace {
int toInt(const QVariant &v)
{
    return v.isNull() ? 0 : v.toInt();
}

void fillTimeliness(ComplaintTimeliness &t, const QSqlQuery &q, int first)
{
    t.due = toInt(q.value(first));
    t.onTime = toInt(q.value(first + 1));
    t.late = toInt(q.value(first + 2));
    t.overdue = toInt(q.value(first + 3));
    t.pending = toInt(q.value(first + 4));
}

QString timelinessSql(const QString &due, const QString &done)
{
    return u"SUM(CASE WHEN %1 IS NOT NULL THEN 1 ELSE 0 END), "
           "SUM(CASE WHEN %1 IS NOT NULL AND %2 IS NOT NULL AND %2 <= %1 THEN 1 ELSE 0 END), "
           "SUM(CASE WHEN %1 IS NOT NULL AND %2 IS NOT NULL AND %2 > %1 THEN 1 ELSE 0 END), "
           "SUM(CASE WHEN %1 IS NOT NULL AND %2 IS NULL AND %1 < ? THEN 1 ELSE 0 END), "
           "SUM(CASE WHEN %1 IS NOT NULL AND %2 IS NULL AND %1 >= ? THEN 1 ELSE 0 END)"_s.arg(due, done);
}

QString percentText(double p)
{
    return p < 0 ? u"—"_s : QString::number(p, 'f', 1) + u" %"_s;
}
} // namespace

Result<ComplaintMonthlyReport> buildComplaintReport(const Database &db, const BusinessCalendar &calendar, int month,
                                                    qint64 nowMs)
{
    ComplaintMonthlyReport r;
    r.month = month;
    r.fromMs = c::monthStartMs(calendar, month);
    r.toMs = c::monthStartMs(calendar, c::nextMonth(month));
    r.generatedAt = nowMs;

    // 1. Source × validity × class × key customer: one small grouped result.
    {
        auto q = db.exec(u"SELECT source, COALESCE(validity, 'unconfirmed'), problem_class, key_customer, COUNT(*) "
                         "FROM complaints WHERE received_month = ? GROUP BY source, COALESCE(validity, 'unconfirmed'), "
                         "problem_class, key_customer"_s,
                         {month});
        if (!q)
            return std::unexpected(q.error());
        QHash<QString, int> source, validity, cls;
        while (q->next()) {
            const int n = q->value(4).toInt();
            r.received += n;
            source[q->value(0).toString()] += n;
            validity[q->value(1).toString()] += n;
            cls[q->value(2).toString()] += n;
            if (q->value(3).toInt() != 0)
                r.keyCustomer += n;
        }
        for (const QString &k : c::sourceKeys())
            r.bySource.append({k, c::sourceTitle(k), source.value(k)});
        for (const QString &k : c::validityKeys() + QStringList{u"unconfirmed"_s})
            r.byValidity.append({k, c::validityTitle(k), validity.value(k)});
        for (const QString &k : c::problemClassKeys())
            r.byClass.append({k, c::problemClassTitle(k), cls.value(k)});
    }
    // 2. Valid complaints by responsible department and person.
    {
        auto q = db.exec(u"SELECT c.department_id, d.name, COUNT(*) FROM complaints c "
                         "LEFT JOIN departments d ON d.id = c.department_id "
                         "WHERE c.received_month = ? AND c.validity = 'valid' GROUP BY c.department_id, d.name "
                         "ORDER BY COUNT(*) DESC, d.name"_s,
                         {month});
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            r.byDepartment.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toInt()});
        auto p = db.exec(u"SELECT c.responsible_person_id, s.display_name, COUNT(*) FROM complaints c "
                         "JOIN staff s ON s.id = c.responsible_person_id "
                         "WHERE c.received_month = ? AND c.validity = 'valid' GROUP BY c.responsible_person_id, s.display_name "
                         "ORDER BY COUNT(*) DESC, s.display_name"_s,
                         {month});
        if (!p)
            return std::unexpected(p.error());
        while (p->next())
            r.byPerson.append({p->value(0).toString(), p->value(1).toString(), p->value(2).toInt()});
    }
    // 3. Timeliness and satisfaction.
    {
        auto q = db.exec(u"SELECT %1, %2, %3, "
                         "SUM(CASE WHEN followed_up_at IS NOT NULL THEN 1 ELSE 0 END), "
                         "SUM(CASE WHEN followed_up_at IS NOT NULL AND satisfied = 1 THEN 1 ELSE 0 END), "
                         "SUM(CASE WHEN followed_up_at IS NOT NULL AND satisfied = 0 THEN 1 ELSE 0 END) "
                         "FROM complaints WHERE received_month = ?"_s
                             .arg(timelinessSql(u"reply_due_at"_s, u"replied_at"_s),
                                  timelinessSql(u"follow_up_due_at"_s, u"followed_up_at"_s),
                                  timelinessSql(u"hq_feedback_due_at"_s, u"hq_feedback_at"_s)),
                         {nowMs, nowMs, nowMs, nowMs, nowMs, nowMs, month});
        if (!q)
            return std::unexpected(q.error());
        if (q->next()) {
            fillTimeliness(r.reply, *q, 0);
            fillTimeliness(r.followUp, *q, 5);
            fillTimeliness(r.hqFeedback, *q, 10);
            r.followedUp = toInt(q->value(15));
            r.satisfied = toInt(q->value(16));
            r.unsatisfied = toInt(q->value(17));
        }
    }
    // 4. The trend: the previous 12 months and this one.
    {
        int first = month;
        for (int i = 0; i < 12; ++i)
            first = c::previousMonth(first);
        QHash<int, ComplaintTrendPoint> points;
        auto q = db.exec(u"SELECT received_month, COUNT(*), "
                         "SUM(CASE WHEN validity = 'valid' THEN 1 ELSE 0 END), "
                         "SUM(CASE WHEN followed_up_at IS NOT NULL THEN 1 ELSE 0 END), "
                         "SUM(CASE WHEN followed_up_at IS NOT NULL AND satisfied = 1 THEN 1 ELSE 0 END), "
                         "SUM(CASE WHEN replied_at IS NOT NULL AND replied_at <= reply_due_at THEN 1 ELSE 0 END), "
                         "SUM(CASE WHEN reply_due_at IS NOT NULL AND (replied_at IS NOT NULL OR reply_due_at < ?) "
                         "THEN 1 ELSE 0 END) "
                         "FROM complaints WHERE received_month BETWEEN ? AND ? GROUP BY received_month"_s,
                         {nowMs, first, month});
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            ComplaintTrendPoint p;
            p.month = q->value(0).toInt();
            p.received = toInt(q->value(1));
            p.valid = toInt(q->value(2));
            p.followedUp = toInt(q->value(3));
            p.satisfied = toInt(q->value(4));
            p.replyOnTime = toInt(q->value(5));
            p.replyDue = toInt(q->value(6));
            points.insert(p.month, p);
        }
        for (int m = first, i = 0; i < 13; ++i, m = c::nextMonth(m)) {
            ComplaintTrendPoint p = points.value(m);
            p.month = m;
            r.trend.append(p);
        }
    }
    // 5. Open and escalated items received by the month's end (not filed now).
    {
        const QStringList open = c::openStates();
        QStringList marks;
        QVariantList binds;
        for (const QString &s : open) {
            marks << u"?"_s;
            binds << s;
        }
        binds << r.toMs;
        auto q = db.exec(u"SELECT c.id, c.complaint_no, cu.name, c.state, d.name, c.received_at, c.key_customer "
                         "FROM complaints c JOIN customers cu ON cu.id = c.customer_id "
                         "LEFT JOIN departments d ON d.id = c.department_id "
                         "WHERE c.state IN (%1) AND c.received_at < ? ORDER BY c.received_at, c.id"_s.arg(marks.join(u',')),
                         binds);
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            ComplaintOpenItem item;
            item.id = q->value(0).toLongLong();
            item.complaintNo = q->value(1).toString();
            item.customer = q->value(2).toString();
            item.state = q->value(3).toString();
            item.department = q->value(4).toString();
            item.receivedAt = q->value(5).toLongLong();
            item.keyCustomer = q->value(6).toInt() != 0;
            item.escalated = item.state == c::state::Escalated;
            r.openItems.append(item);
            ++r.openCount;
            if (item.escalated)
                ++r.escalatedCount;
        }
    }
    // 6. Due date and issue.
    c::ComplaintReportReminder reminder(db, calendar);
    r.reportDueAt = reminder.dueAt(month);
    auto issued = reminder.issuedAt(month);
    if (!issued)
        return std::unexpected(issued.error());
    r.issuedAt = *issued;
    return r;
}

QByteArray complaintReportCsv(const ComplaintMonthlyReport &r)
{
    CsvWriter w;
    w.addRow({QCoreApplication::translate("sd::core::ComplaintReport", "section"),
              QCoreApplication::translate("sd::core::ComplaintReport", "key"),
              QCoreApplication::translate("sd::core::ComplaintReport", "label"),
              QCoreApplication::translate("sd::core::ComplaintReport", "value")});
    const QString summary = u"summary"_s;
    w.addRow({summary, u"month"_s, QCoreApplication::translate("sd::core::ComplaintReport", "Month"), monthLabel(r.month)});
    w.addRow({summary, u"received"_s, QCoreApplication::translate("sd::core::ComplaintReport", "Complaints received"),
              QString::number(r.received)});
    w.addRow({summary, u"key_customer"_s, QCoreApplication::translate("sd::core::ComplaintReport", "From key customers"),
              QString::number(r.keyCustomer)});
    auto counts = [&w](const QString &section, const QList<ComplaintCount> &list) {
        for (const auto &c : list)
            w.addRow({section, c.key, c.label, QString::number(c.count)});
    };
    counts(u"source"_s, r.bySource);
    counts(u"validity"_s, r.byValidity);
    counts(u"class"_s, r.byClass);
    counts(u"department"_s, r.byDepartment);
    counts(u"person"_s, r.byPerson);
    auto timeliness = [&w](const QString &section, const ComplaintTimeliness &t) {
        w.addRow({section, u"due"_s, QCoreApplication::translate("sd::core::ComplaintReport", "Due"), QString::number(t.due)});
        w.addRow({section, u"on_time"_s, QCoreApplication::translate("sd::core::ComplaintReport", "On time"), QString::number(t.onTime)});
        w.addRow({section, u"late"_s, QCoreApplication::translate("sd::core::ComplaintReport", "Late"), QString::number(t.late)});
        w.addRow({section, u"overdue"_s, QCoreApplication::translate("sd::core::ComplaintReport", "Overdue, not done"),
                  QString::number(t.overdue)});
        w.addRow({section, u"pending"_s, QCoreApplication::translate("sd::core::ComplaintReport", "Not due yet"),
                  QString::number(t.pending)});
        w.addRow({section, u"on_time_percent"_s, QCoreApplication::translate("sd::core::ComplaintReport", "On time %"),
                  t.onTimePercent() < 0 ? QString() : QString::number(t.onTimePercent(), 'f', 1)});
    };
    timeliness(u"reply"_s, r.reply);
    timeliness(u"follow_up"_s, r.followUp);
    timeliness(u"hq_feedback"_s, r.hqFeedback);
    w.addRow({u"satisfaction"_s, u"followed_up"_s, QCoreApplication::translate("sd::core::ComplaintReport", "Followed up"),
              QString::number(r.followedUp)});
    w.addRow({u"satisfaction"_s, u"satisfied"_s, QCoreApplication::translate("sd::core::ComplaintReport", "Satisfied"),
              QString::number(r.satisfied)});
    w.addRow({u"satisfaction"_s, u"unsatisfied"_s, QCoreApplication::translate("sd::core::ComplaintReport", "Not satisfied"),
              QString::number(r.unsatisfied)});
    w.addRow({u"satisfaction"_s, u"percent"_s, QCoreApplication::translate("sd::core::ComplaintReport", "Satisfaction %"),
              r.satisfactionPercent() < 0 ? QString() : QString::number(r.satisfactionPercent(), 'f', 1)});
    for (const auto &p : r.trend) {
        const QString m = monthLabel(p.month);
        w.addRow({u"trend"_s, m + u"/received"_s, m, QString::number(p.received)});
        w.addRow({u"trend"_s, m + u"/valid"_s, m, QString::number(p.valid)});
        w.addRow({u"trend"_s, m + u"/satisfied"_s, m, QString::number(p.satisfied)});
        w.addRow({u"trend"_s, m + u"/followed_up"_s, m, QString::number(p.followedUp)});
        w.addRow({u"trend"_s, m + u"/reply_on_time"_s, m, QString::number(p.replyOnTime)});
        w.addRow({u"trend"_s, m + u"/reply_due"_s, m, QString::number(p.replyDue)});
    }
    w.addRow({u"open"_s, u"open"_s, QCoreApplication::translate("sd::core::ComplaintReport", "Open"), QString::number(r.openCount)});
    w.addRow({u"open"_s, u"escalated"_s, QCoreApplication::translate("sd::core::ComplaintReport", "Escalated to HQ"),
              QString::number(r.escalatedCount)});
    for (const auto &o : r.openItems)
        w.addRow({u"open_item"_s, o.complaintNo, o.customer,
                  c::stateTitle(o.state) + u" / "_s + QDateTime::fromMSecsSinceEpoch(o.receivedAt, QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(u"yyyy-MM-dd"_s)});
    return QByteArray("\xEF\xBB\xBF") + w.takeText().toUtf8();
}

QString complaintReportText(const ComplaintMonthlyReport &r)
{
    QStringList out;
    out << QCoreApplication::translate("sd::core::ComplaintReport", "Monthly complaint analysis report %1").arg(monthLabel(r.month));
    out << QCoreApplication::translate("sd::core::ComplaintReport", "Received: %1 (key customers: %2)").arg(r.received).arg(r.keyCustomer);
    auto line = [](const QString &title, const QList<ComplaintCount> &list) {
        QStringList parts;
        for (const auto &c : list)
            parts << u"%1 %2"_s.arg(c.label).arg(c.count);
        return title + u": "_s + (parts.isEmpty() ? u"—"_s : parts.join(u", "_s));
    };
    out << line(QCoreApplication::translate("sd::core::ComplaintReport", "By source"), r.bySource);
    out << line(QCoreApplication::translate("sd::core::ComplaintReport", "By validity"), r.byValidity);
    out << line(QCoreApplication::translate("sd::core::ComplaintReport", "By class"), r.byClass);
    out << line(QCoreApplication::translate("sd::core::ComplaintReport", "By department"), r.byDepartment);
    out << line(QCoreApplication::translate("sd::core::ComplaintReport", "By person"), r.byPerson);
    auto tl = [](const QString &title, const ComplaintTimeliness &t) {
        return QCoreApplication::translate("sd::core::ComplaintReport", "%1: %2 due, %3 on time, %4 late, %5 overdue, %6 pending (on time %7)")
            .arg(title)
            .arg(t.due)
            .arg(t.onTime)
            .arg(t.late)
            .arg(t.overdue)
            .arg(t.pending)
            .arg(percentText(t.onTimePercent()));
    };
    out << tl(QCoreApplication::translate("sd::core::ComplaintReport", "Reply within 3 h"), r.reply);
    out << tl(QCoreApplication::translate("sd::core::ComplaintReport", "Follow-up within 1 working day"), r.followUp);
    out << tl(QCoreApplication::translate("sd::core::ComplaintReport", "Feedback to HQ within 1 working day"), r.hqFeedback);
    out << QCoreApplication::translate("sd::core::ComplaintReport", "Satisfaction: %1 followed up, %2 satisfied, %3 not (%4)")
               .arg(r.followedUp)
               .arg(r.satisfied)
               .arg(r.unsatisfied)
               .arg(percentText(r.satisfactionPercent()));
    QStringList trend;
    for (const auto &p : r.trend)
        trend << u"%1 %2"_s.arg(monthLabel(p.month)).arg(p.received);
    out << QCoreApplication::translate("sd::core::ComplaintReport", "Trend (received): %1").arg(trend.join(u", "_s));
    out << QCoreApplication::translate("sd::core::ComplaintReport", "Open: %1, escalated to HQ: %2").arg(r.openCount).arg(r.escalatedCount);
    out << QCoreApplication::translate("sd::core::ComplaintReport", "Report due by %1; %2")
               .arg(QDateTime::fromMSecsSinceEpoch(r.reportDueAt, QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
                        .toString(u"yyyy-MM-dd HH:mm"_s),
                    r.issuedAt > 0 ? QCoreApplication::translate("sd::core::ComplaintReport", "issued") : QCoreApplication::translate("sd::core::ComplaintReport", "not issued yet"));
    return out.join(u'\n');
}

QByteArray complaintReportJson(const ComplaintMonthlyReport &r)
{
    auto counts = [](const QList<ComplaintCount> &list) {
        QJsonArray a;
        for (const auto &c : list)
            a.append(QJsonObject{{u"key"_s, c.key}, {u"label"_s, c.label}, {u"count"_s, c.count}});
        return a;
    };
    auto tl = [](const ComplaintTimeliness &t) {
        return QJsonObject{{u"due"_s, t.due}, {u"on_time"_s, t.onTime}, {u"late"_s, t.late},
                           {u"overdue"_s, t.overdue}, {u"pending"_s, t.pending},
                           {u"on_time_percent"_s, t.onTimePercent() < 0 ? QJsonValue() : QJsonValue(t.onTimePercent())}};
    };
    QJsonArray trend;
    for (const auto &p : r.trend)
        trend.append(QJsonObject{{u"month"_s, monthLabel(p.month)}, {u"received"_s, p.received}, {u"valid"_s, p.valid},
                                 {u"followed_up"_s, p.followedUp}, {u"satisfied"_s, p.satisfied},
                                 {u"reply_on_time"_s, p.replyOnTime}, {u"reply_due"_s, p.replyDue}});
    QJsonArray open;
    for (const auto &o : r.openItems)
        open.append(QJsonObject{{u"id"_s, o.id}, {u"no"_s, o.complaintNo}, {u"customer"_s, o.customer},
                                {u"state"_s, o.state}, {u"department"_s, o.department},
                                {u"received_at"_s, o.receivedAt}, {u"escalated"_s, o.escalated}});
    QJsonObject root{
        {u"month"_s, monthLabel(r.month)},
        {u"received"_s, r.received},
        {u"key_customer"_s, r.keyCustomer},
        {u"by_source"_s, counts(r.bySource)},
        {u"by_validity"_s, counts(r.byValidity)},
        {u"by_class"_s, counts(r.byClass)},
        {u"by_department"_s, counts(r.byDepartment)},
        {u"by_person"_s, counts(r.byPerson)},
        {u"reply"_s, tl(r.reply)},
        {u"follow_up"_s, tl(r.followUp)},
        {u"hq_feedback"_s, tl(r.hqFeedback)},
        {u"followed_up"_s, r.followedUp},
        {u"satisfied"_s, r.satisfied},
        {u"unsatisfied"_s, r.unsatisfied},
        {u"trend"_s, trend},
        {u"open_count"_s, r.openCount},
        {u"escalated_count"_s, r.escalatedCount},
        {u"open_items"_s, open},
        {u"report_due_at"_s, r.reportDueAt},
        {u"issued_at"_s, r.issuedAt},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace sd::core::reports
