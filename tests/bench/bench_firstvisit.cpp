// First-visit desk: the agent's queue and a sales person's list over one first visit per demo
// customer (100,000 by default, 40 % of them in the queue), and the daily digest of a busy day.
#include "tests/bench/bench.h"

#include "core/firstvisit/digestservice.h"
#include "core/firstvisit/firstvisitservice.h"
#include "core/firstvisit/schedule.h"

#include <QDateTime>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace sd::core;
using namespace sd::core::firstvisit;

namespace {

void run(const Database &db, const sd::bench::Options &options, QTextStream &out)
{
    const int runs = options.repetitions;
    const BusinessCalendar calendar;
    const qint64 now = Database::nowMs();
    // Twenty working days before today, for the needs' digest days.
    QList<QDate> days;
    for (QDate d = QDateTime::fromMSecsSinceEpoch(now, calendar.timeZone()).date().addDays(-1); days.size() < 20;
         d = d.addDays(-1))
        if (calendar.isWorkingDay(d))
            days.prepend(d);
    QString dayCase = u"CASE fv.id % 20"_s;
    for (int i = 0; i < days.size(); ++i)
        dayCase += u" WHEN %1 THEN '%2'"_s.arg(i).arg(days.at(i).toString(Qt::ISODate));
    dayCase += u" END"_s;

    {
        auto tx = Transaction::begin(db);
        const auto exec = [&](const QString &sql, const QVariantList &binds = {}) {
            if (auto q = db.exec(sql, binds); !q)
                out << "  setup failed: " << q.error().message << "\n";
        };
        // One first visit per customer, in every state (by id % 10); the queue's share spread
        // over due-now and later times.
        exec(u"INSERT INTO first_visits (customer_id, state, submitted_by, submitted_at, queue_kind, queue_due, "
             "failed_attempts, attempts, version, created_at, updated_at) "
             "SELECT c.id, CASE WHEN c.id % 10 < 4 THEN 'handed_off' WHEN c.id % 10 = 4 THEN 'needs_recorded' "
             "WHEN c.id % 10 = 5 THEN 'unreachable' WHEN c.id % 10 = 6 THEN 'submitted' "
             "WHEN c.id % 10 IN (7, 8) THEN 'verifying' ELSE 'verified' END, "
             "(SELECT MIN(id) FROM staff) + c.id % 3, ? - c.id * 1000, "
             "CASE WHEN c.id % 10 = 6 THEN 0 WHEN c.id % 10 IN (7, 8) THEN 1 ELSE 2 END, "
             "CASE WHEN c.id % 10 < 6 THEN NULL WHEN c.id % 10 IN (7, 8) THEN ? + (c.id % 2000 - 1000) * 60000 "
             "ELSE ? - (c.id % 1000) * 60000 END, c.id % 3, c.id % 4, 1, ?, ? FROM customers c"_s,
             {now, now, now, now, now});
        // A need for every first visit past verification, over twenty days and five departments.
        exec(u"INSERT INTO first_visit_needs (first_visit_id, customer_id, need_type, description, department_id, "
             "state, work_day, recorded_at, version, created_at, updated_at) "
             "SELECT fv.id, fv.customer_id, CASE fv.id % 3 WHEN 0 THEN 'implementation' WHEN 1 THEN 'training' "
             "ELSE 'support' END, 'bench need', (SELECT MIN(id) FROM departments) + (fv.id / 20) % 5, 'open', "_s +
             dayCase + u", ?, 1, ?, ? FROM first_visits fv WHERE fv.state IN ('handed_off', 'needs_recorded')"_s,
             {now, now, now});
        if (tx)
            (void)tx->commit();
        if (db.dialect() == Dialect::PostgreSQL)
            {
            (void)db.execRaw(u"ANALYZE first_visits"_s);
            (void)db.execRaw(u"ANALYZE first_visit_needs"_s);
        }
    }
    const qint64 total = db.scalar(u"SELECT COUNT(*) FROM first_visits"_s)->toLongLong();
    const qint64 queued = db.scalar(u"SELECT COUNT(*) FROM first_visits WHERE queue_due IS NOT NULL"_s)->toLongLong();
    const qint64 needs = db.scalar(u"SELECT COUNT(*) FROM first_visit_needs"_s)->toLongLong();
    out << "  data: " << total << " first visits, " << queued << " in the queue, " << needs << " needs\n";

    FirstVisitService service(db, calendar);
    QueuePage first;
    sd::bench::report(out, u"queue first page (200 rows + due/later counts)"_s, sd::bench::medianMs(runs, [&] {
                          first = *service.queue(now, {}, 200);
                      }),
                      runs);
    sd::bench::report(out, u"queue next page (keyset)"_s,
                      sd::bench::medianMs(runs, [&] { (void)service.queue(now, first.next, 200); }), runs);
    sd::bench::report(out, u"queue later part, first page"_s,
                      sd::bench::medianMs(runs, [&] { (void)service.queue(now, {true, -1, now, 0}, 200); }), runs);
    const qint64 sales = db.scalar(u"SELECT MIN(id) FROM staff"_s)->toLongLong();
    sd::bench::report(out, u"my submissions (500 newest of ~%1)"_s.arg(total / 3),
                      sd::bench::medianMs(runs, [&] { (void)service.submissionsBy(sales, 500); }), runs);
    const qint64 one = db.scalar(u"SELECT MAX(id) FROM first_visits"_s)->toLongLong();
    sd::bench::report(out, u"open one first visit (get)"_s, sd::bench::medianMs(runs, [&] { (void)service.get(one); }),
                      runs);

    DigestService digests(db, calendar);
    QElapsedTimer timer;
    timer.start();
    auto built = digests.buildDue(now);
    out << "  build all digests due (" << (built ? *built : -1) << " digests, " << needs << " needs): "
        << timer.elapsed() << " ms (once)\n";
    const QDate day = days.at(10);
    const qint64 perDay = db.scalar(u"SELECT COUNT(*) FROM first_visit_needs WHERE work_day = ?"_s,
                                    {day.toString(Qt::ISODate)})->toLongLong();
    QList<Digest> list;
    sd::bench::report(out, u"digests of one day (%1 needs, 5 departments)"_s.arg(perDay),
                      sd::bench::medianMs(runs, [&] { list = *digests.forDay(day, 0, now); }), runs);
    sd::bench::report(out, u"digest CSV of that day"_s,
                      sd::bench::medianMs(runs, [&] { (void)DigestService::toCsv(list); }), runs);
}

const bool registered = sd::bench::registerBenchmark(u"firstvisit"_s, run);

} // namespace
