// Hotline desk and problem base at scale: 100k problem-base entries and 1M calls (sizes from
// SD_BENCH_ENTRIES / SD_BENCH_CALLS), generated in one transaction with multi-row prepared
// inserts; then the first page of problem-base search per query length, the suggestions
// while typing, the call search and the desk's lists.
#include "tests/bench/bench.h"

#include "core/demo/demo_hotline.h"
#include "core/hotline/hotlineservice.h"
#include "core/problembase/problembaserepository.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

void run(const Database &db, const sd::bench::Options &options, QTextStream &out)
{
    demo::HotlineBulkOptions o;
    o.entries = envInt("SD_BENCH_ENTRIES", 100000);
    o.calls = envInt("SD_BENCH_CALLS", 1000000);
    o.seed = 4;
    o.nowMs = Database::nowMs();
    o.days = 3 * 365;
    o.customers = options.customers;
    o.callNoPrefix = u"BX"_s;
    o.varied = true;
    o.startClocks = false;
    auto staff = db.exec(u"SELECT staff_id FROM staff_roles WHERE role = 'hotline_operator'"_s);
    while (staff && staff->next())
        o.operatorIds << staff->value(0).toLongLong();
    QElapsedTimer timer;
    timer.start();
    {
        auto tx = Transaction::begin(db);
        if (!tx) {
            out << "  transaction failed: " << tx.error().message << "\n";
            return;
        }
        auto made = demo::generateHotlineBulk(db, o);
        if (!made) {
            out << "  generation failed: " << made.error().message << "\n";
            return;
        }
        if (auto ok = tx->commit(); !ok) {
            out << "  commit failed: " << ok.error().message << "\n";
            return;
        }
        if (db.dialect() == Dialect::PostgreSQL)
            (void)db.execRaw(u"ANALYZE problem_entries; ANALYZE hotline_calls; ANALYZE hotline_call_entries"_s);
    }
    const qint64 entries = db.scalar(u"SELECT COUNT(*) FROM problem_entries"_s)->toLongLong();
    const qint64 calls = db.scalar(u"SELECT COUNT(*) FROM hotline_calls"_s)->toLongLong();
    out << u"  data: %1 problem-base entries, %2 calls generated in %3 s\n"_s.arg(entries).arg(calls).arg(
        double(timer.elapsed()) / 1000.0, 0, 'f', 1);

    const int runs = options.repetitions;
    ProblemBaseRepository repo(db);
    auto search = [&](const QString &text) {
        return [&repo, text] { (void)repo.search({text, {}, {}, {}, false, 50, 0}); };
    };
    for (const QString &q : {u"凭"_s, u"凭证"_s, u"加密狗"_s, u"月末结账时提示存在"_s.left(8), u"SQL Server"_s,
                             u"dongle"_s, u"错误号 4711"_s})
        sd::bench::report(out, u"problem base \"%1\" (%2 chars) first page"_s.arg(q).arg(q.size()),
                          sd::bench::medianMs(runs, search(q)), runs);
    sd::bench::report(out, u"problem base browse U8+/总账 first page"_s,
                      sd::bench::medianMs(runs, [&] { (void)repo.search({{}, u"U8+"_s, u"总账"_s, {}, false, 50, 0}); }),
                      runs);
    sd::bench::report(out, u"problem base suggestions for a typed description"_s,
                      sd::bench::medianMs(runs, [&] { (void)repo.suggest(u"客户说月末结账的时候提示还有凭证没有记账"_s); }),
                      runs);
    sd::bench::report(out, u"problem base browse tree (facets)"_s,
                      sd::bench::medianMs(runs, [&] { (void)repo.facets(); }), runs);

    auto service = HotlineService::open(db);
    if (!service) {
        out << "  " << service.error().message << "\n";
        return;
    }
    auto calls_ = [&](const HotlineCallQuery &q) { return [&service, q] { (void)service->list(q); }; };
    sd::bench::report(out, u"calls: newest first page"_s, sd::bench::medianMs(runs, calls_({})), runs);
    sd::bench::report(out, u"calls: search \"加密狗\" first page"_s, sd::bench::medianMs(runs, calls_({u"加密狗"_s})), runs);
    sd::bench::report(out, u"calls: search \"凭证\" first page"_s, sd::bench::medianMs(runs, calls_({u"凭证"_s})), runs);
    sd::bench::report(out, u"calls: one customer's calls"_s,
                      sd::bench::medianMs(runs, calls_({{}, {}, 4321, 0, 0, 0, 100, 0})), runs);
    sd::bench::report(out, u"calls: open calls of the desk"_s,
                      sd::bench::medianMs(runs, [&] { (void)service->openCalls(); }), runs);
    sd::bench::report(out, u"calls: on-site requests queue"_s,
                      sd::bench::medianMs(runs, [&] { (void)service->openOnsiteRequests(); }), runs);
    sd::bench::report(out, u"caller context (customer, contract, open and last calls)"_s,
                      sd::bench::medianMs(runs, [&] { (void)service->callerContext(4321, QDate::currentDate()); }), runs);
}

const bool registered = sd::bench::registerBenchmark(u"hotline"_s, run);

} // namespace
