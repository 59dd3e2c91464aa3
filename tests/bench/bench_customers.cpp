// Customer registry: the list's first page, text search of each length, caller lookup.
#include "tests/bench/bench.h"

#include "core/records/customerrepository.h"

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace {

void run(const Database &db, const sd::bench::Options &options, QTextStream &out)
{
    CustomerRepository repo(db);
    const int runs = options.repetitions;
    // Pick real fragments from the data so every search has hits.
    const QString phone = db.scalar(u"SELECT digits FROM contact_phones ORDER BY id LIMIT 1 OFFSET 777"_s)->toString();
    const QString name = db.scalar(u"SELECT name FROM customers ORDER BY id LIMIT 1 OFFSET 4321"_s)->toString();
    auto page = [&](const QString &text, CustomerSort sort) {
        return [&repo, text, sort] { (void)repo.list({text, sort, 200, 0}); };
    };
    sd::bench::report(out, u"list first page, pinyin order"_s, sd::bench::medianMs(runs, page({}, CustomerSort::NameAsc)), runs);
    sd::bench::report(out, u"list first page, recently changed"_s,
                      sd::bench::medianMs(runs, page({}, CustomerSort::RecentlyChanged)), runs);
    sd::bench::report(out, u"list page at offset 50000"_s,
                      sd::bench::medianMs(runs, [&] { (void)repo.list({{}, CustomerSort::NameAsc, 200, 50000}); }), runs);
    for (const QString &q : {name.mid(2, 1), name.mid(2, 2), name.mid(2, 4), name})
        sd::bench::report(out, u"search \"%1\" (%2 chars) first page"_s.arg(q).arg(q.size()),
                          sd::bench::medianMs(runs, page(q, CustomerSort::NameAsc)), runs);
    sd::bench::report(out, u"count for \"%1\""_s.arg(name.mid(2, 2)),
                      sd::bench::medianMs(runs, [&] { (void)repo.count(name.mid(2, 2)); }), runs);
    sd::bench::report(out, u"caller lookup by 4 digits \"%1\""_s.arg(phone.right(4)),
                      sd::bench::medianMs(runs, [&] { (void)repo.lookup(phone.right(4)); }), runs);
    sd::bench::report(out, u"caller lookup by full number"_s,
                      sd::bench::medianMs(runs, [&] { (void)repo.lookup(phone); }), runs);
    sd::bench::report(out, u"customer card (get with children)"_s,
                      sd::bench::medianMs(runs, [&] { (void)repo.get(4321); }), runs);
}

const bool registered = sd::bench::registerBenchmark(u"customers"_s, run);

} // namespace
