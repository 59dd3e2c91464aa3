// Complaint register: 200,000 complaints over five years (bulk insert, one prepared statement,
// one transaction), then the monthly complaint analysis report, the register's first page and
// its reply countdowns.
#include "tests/bench/bench.h"

#include "core/calendar/calendarrepository.h"
#include "core/complaints/complaintservice.h"
#include "core/reports/complaintreport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace {

constexpr int kComplaints = 200000;

void generate(const Database &db, const BusinessCalendar &calendar, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    QList<qint64> departments, staff;
    for (auto q = db.exec(u"SELECT id FROM departments ORDER BY id"_s); q && q->next();)
        departments << q->value(0).toLongLong();
    for (auto q = db.exec(u"SELECT id FROM staff ORDER BY id"_s); q && q->next();)
        staff << q->value(0).toLongLong();
    const qint64 customers = db.scalar(u"SELECT MAX(id) FROM customers"_s)->toLongLong();
    const auto sources = complaints::sourceKeys();
    const auto classes = complaints::problemClassKeys();
    QRandomGenerator rng(20261124);
    const qint64 hour = 3600 * 1000;
    // 60 months ending October 2026.
    const QDateTime first(QDate(2021, 11, 1), QTime(0, 0), calendar.timeZone());
    const QDateTime last(QDate(2026, 11, 1), QTime(0, 0), calendar.timeZone());
    const qint64 span = last.toMSecsSinceEpoch() - first.toMSecsSinceEpoch();

    auto tx = Transaction::begin(db);
    QSqlQuery q(db.sql());
    q.prepare(u"INSERT INTO complaints (complaint_no, state, source, channel, hq_reference, customer_id, key_customer, "
              "complainant, received_at, received_month, problem_class, description, validity, confirmed_at, "
              "department_id, responsible_person_id, reply_due_at, replied_at, result_at, follow_up_due_at, "
              "followed_up_at, satisfied, escalated_at, hq_feedback_due_at, hq_feedback_at, filed_at, "
              "search_text, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?)"_s);
    for (int i = 0; i < kComplaints; ++i) {
        const qint64 received = first.toMSecsSinceEpoch() + qint64(rng.generateDouble() * span);
        const QDate d = QDateTime::fromMSecsSinceEpoch(received, calendar.timeZone()).date();
        const int month = d.year() * 100 + d.month();
        const QString source = sources[rng.bounded(10) < 6 ? 0 : rng.bounded(1, 4)];
        const int roll = rng.bounded(100);
        const bool recent = received > last.toMSecsSinceEpoch() - 20LL * 24 * hour;
        // Only the last weeks hold complaints not confirmed yet.
        const QString validity = roll < 70 ? u"valid"_s : roll < 85 ? u"out_of_scope"_s
            : (roll < 95 || !recent) ? u"not_true"_s : QString();
        QVariant confirmed, dept, person, replyDue, replied, result, followDue, followed, satisfied, escalated,
            hqDue, hqAt, filed;
        QString state = u"accepted"_s;
        if (!validity.isEmpty()) {
            confirmed = received + hour;
            if (validity == u"valid") {
                dept = departments.value(rng.bounded(qMax<qsizetype>(1, departments.size())));
                person = staff.value(rng.bounded(qMax<qsizetype>(1, staff.size())));
                replyDue = received + 4 * hour;
                state = u"confirmed"_s;
                if (!recent || rng.bounded(2)) {
                    replied = received + (rng.bounded(10) < 8 ? 2 : 6) * hour;
                    result = received + 24 * hour;
                    followDue = received + 48 * hour;
                    followed = received + (rng.bounded(10) < 9 ? 30 : 80) * hour;
                    const bool ok = rng.bounded(10) < 8;
                    satisfied = ok ? 1 : 0;
                    // Escalations of the last two months are still with HQ; older ones are closed.
                    const bool stillWithHq = received > last.toMSecsSinceEpoch() - 60LL * 24 * hour;
                    state = ok || !stillWithHq ? u"filed"_s : u"escalated"_s;
                    if (!ok)
                        escalated = followed;
                    if (source == u"hq") {
                        hqDue = received + 48 * hour;
                        hqAt = received + 40 * hour;
                    }
                    if (state == u"filed")
                        filed = received + 72 * hour;
                }
            } else {
                state = u"filed"_s;
                filed = confirmed;
            }
        }
        const QString no = u"B%1-%2"_s.arg(month).arg(i, 6, 10, QChar(u'0'));
        const QString hqRef = source == u"hq" ? u"HQ-%1"_s.arg(i) : QString();
        const QVariantList binds{
            no, state, source,
            source == u"direct" ? QVariant(u"phone"_s) : QVariant(), hqRef.isEmpty() ? QVariant() : QVariant(hqRef),
            1 + qint64(rng.bounded(quint32(customers))), rng.bounded(20) == 0 ? 1 : 0, u"张先生"_s, received, month,
            classes[rng.bounded(classes.size())], u"服务响应不及时"_s, validity.isEmpty() ? QVariant() : QVariant(validity),
            confirmed, dept, person, replyDue, replied, result, followDue, followed, satisfied, escalated, hqDue, hqAt,
            filed, u"%1 张先生 %2 服务响应不及时"_s.arg(no, hqRef), received, received};
        for (int b = 0; b < binds.size(); ++b)
            q.bindValue(b, binds[b]);
        if (!q.exec()) {
            out << "insert failed: " << q.lastError().text() << '\n';
            return;
        }
    }
    (void)tx->commit();
    if (db.dialect() == Dialect::PostgreSQL)
        (void)db.execRaw(u"ANALYZE complaints"_s);
    out << u"data: %1 complaints generated in %2 s\n"_s.arg(kComplaints).arg(timer.elapsed() / 1000.0, 0, 'f', 1);
}

void run(const Database &db, const sd::bench::Options &options, QTextStream &out)
{
    auto calendar = CalendarRepository(db).load();
    if (!calendar) {
        out << calendar.error().message << '\n';
        return;
    }
    generate(db, *calendar, out);
    const int runs = options.repetitions;
    const qint64 now = QDateTime(QDate(2026, 11, 2), QTime(9, 0), calendar->timeZone()).toMSecsSinceEpoch();
    int received = 0;
    sd::bench::report(out, u"monthly report 2026-10 over %1 complaints"_s.arg(kComplaints),
                      sd::bench::medianMs(runs, [&] {
                          auto r = reports::buildComplaintReport(db, *calendar, 202610, now);
                          received = r ? r->received : -1;
                      }),
                      runs);
    out << u"  (2026-10: %1 complaints received in the month)\n"_s.arg(received);
    sd::bench::report(out, u"monthly report 2024-03"_s,
                      sd::bench::medianMs(runs, [&] { (void)reports::buildComplaintReport(db, *calendar, 202403, now); }),
                      runs);
    complaints::ComplaintService svc(db, *calendar);
    sd::bench::report(out, u"register first page (200 rows) + countdowns"_s, sd::bench::medianMs(runs, [&] {
                          auto rows = svc.list({.limit = 200});
                          QList<qint64> ids;
                          for (const auto &r : *rows)
                              ids << r.id;
                          (void)svc.deadlines(ids, now);
                      }),
                      runs);
    sd::bench::report(out, u"register search \"HQ-1999\" first page"_s,
                      sd::bench::medianMs(runs, [&] { (void)svc.list({.text = u"HQ-1999"_s, .limit = 200}); }), runs);
    sd::bench::report(out, u"register search \"响应\" (2 chars) first page"_s,
                      sd::bench::medianMs(runs, [&] { (void)svc.list({.text = u"响应"_s, .limit = 200}); }), runs);
    sd::bench::report(out, u"register open only, first page"_s,
                      sd::bench::medianMs(runs, [&] { (void)svc.list({.openOnly = true, .limit = 200}); }), runs);
}

const bool registered = sd::bench::registerBenchmark(u"complaints"_s, run);

} // namespace
