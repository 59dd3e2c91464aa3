// Dispatch board: 10,000 open on-site jobs; the board query, and the page's first paint
// (construction, queries, models, layout and painting of every visible card).
#include "tests/bench/bench.h"

#include "core/dispatch/dispatchservice.h"
#include "ui/dispatch/dispatchboardpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace {

constexpr int kOpenJobs = 10000;

Status generateJobs(const Database &db, int count)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    QList<qint64> engineers;
    {
        auto q = db.exec(u"SELECT staff_id FROM staff_roles WHERE role = 'service_engineer' ORDER BY staff_id"_s);
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            engineers << q->value(0).toLongLong();
    }
    const qint64 customers = db.scalar(u"SELECT COUNT(*) FROM customers"_s)->toLongLong();
    const QStringList states = dispatch::openStates();
    QSqlQuery insert(db.sql());
    insert.prepare(u"INSERT INTO dispatch_jobs (job_no, state, customer_id, fault_level, region_class, product, problem, "
                   "requested_at, engineer_id, dispatched_at, due_at, appointment_at, coverage, version, created_at, "
                   "updated_at) VALUES (?, ?, ?, ?, 'same_city', '用友U8+', ?, ?, ?, ?, ?, ?, 'contract', 1, ?, ?)"_s);
    QRandomGenerator rng(4242);
    const qint64 now = Database::nowMs();
    for (int i = 0; i < count; ++i) {
        const QString state = states.at(rng.bounded(int(states.size())));
        const bool assigned = state != dispatch::Requested && state != dispatch::Verified;
        const qint64 requested = now - qint64(rng.bounded(72 * 60)) * 60000;
        insert.addBindValue(u"BENCH-%1"_s.arg(i, 6, 10, QChar(u'0')));
        insert.addBindValue(state);
        insert.addBindValue(1 + rng.bounded(customers));
        insert.addBindValue(1 + rng.bounded(4));
        insert.addBindValue(u"月末结账提示有未记账凭证 #%1"_s.arg(i));
        insert.addBindValue(requested);
        insert.addBindValue(assigned ? QVariant(engineers.at(rng.bounded(int(engineers.size()))))
                                     : QVariant(QMetaType(QMetaType::LongLong)));
        insert.addBindValue(assigned ? QVariant(requested + 600000) : QVariant(QMetaType(QMetaType::LongLong)));
        insert.addBindValue(assigned ? QVariant(requested + 600000 + 2 * 3600000) : QVariant(QMetaType(QMetaType::LongLong)));
        insert.addBindValue(state == dispatch::Booked ? QVariant(now + 3600000) : QVariant(QMetaType(QMetaType::LongLong)));
        insert.addBindValue(requested);
        insert.addBindValue(requested);
        if (!insert.exec())
            return std::unexpected(sqlError(insert, u"bench jobs"_s));
    }
    return tx->commit();
}

void run(const Database &db, const sd::bench::Options &options, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    if (auto ok = generateJobs(db, kOpenJobs); !ok) {
        out << "  generating jobs failed: " << ok.error().message << "\n";
        return;
    }
    const int open = db.scalar(u"SELECT COUNT(*) FROM dispatch_jobs WHERE state IN ('requested','verified','dispatched',"
                                "'confirmed','booked','on_site','form_returned','written_off','hq_pending','hq_answered')"_s)
                         ->toInt();
    out << u"  %1 open on-site jobs (%2 generated in %3 ms)\n"_s.arg(open).arg(kOpenJobs).arg(timer.elapsed());
    const int runs = options.repetitions;
    DispatchService service(db, BusinessCalendar());
    sd::bench::report(out, u"board column: first page of 100 cards"_s,
                      sd::bench::medianMs(runs, [&] { (void)service.board({{dispatch::Dispatched, dispatch::Confirmed}, std::nullopt, 0, false, 100, 0}); }), runs);
    sd::bench::report(out, u"board column: page at offset 500"_s,
                      sd::bench::medianMs(runs, [&] { (void)service.board({{dispatch::Booked}, std::nullopt, 0, false, 100, 500}); }), runs);
    sd::bench::report(out, u"open jobs per state"_s, sd::bench::medianMs(runs, [&] { (void)service.countsByState(); }), runs);
    sd::bench::report(out, u"engineers with their open jobs"_s, sd::bench::medianMs(runs, [&] { (void)service.engineers(); }), runs);
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        out << "  (no GUI application: first paint not measured)\n";
        return;
    }
    const qint64 managerId = db.scalar(u"SELECT id FROM staff WHERE login = 'manager'"_s)->toLongLong();
    const Session manager{managerId, u"manager"_s, u"李娜"_s, {Role::ServiceManager}};
    sd::bench::report(out, u"board page: first paint (10k open jobs)"_s, sd::bench::medianMs(runs, [&] {
                          sd::ui::DispatchBoardPage page(db, manager);
                          page.resize(1680, 900);
                          page.show();
                          (void)page.grab();
                      }),
                      runs);
    sd::ui::DispatchBoardPage page(db, manager);
    page.resize(1680, 900);
    page.show();
    sd::bench::report(out, u"board page: refresh"_s, sd::bench::medianMs(runs, [&] { page.refresh(); }), runs);
    sd::bench::report(out, u"board page: scroll a column by a page and repaint"_s, sd::bench::medianMs(runs, [&] {
                          QListView *column = page.columns().at(2);
                          column->verticalScrollBar()->setValue(column->verticalScrollBar()->value()
                                                                + column->verticalScrollBar()->pageStep());
                          (void)page.grab();
                      }),
                      runs);
}

const bool registered = sd::bench::registerBenchmark(u"dispatch"_s, run);

} // namespace
