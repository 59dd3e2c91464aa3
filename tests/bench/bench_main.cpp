#include "tests/bench/bench.h"

#include "core/db/migrations.h"
#include "core/demo/demodata.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::bench {

namespace {
struct Entry {
    QString name;
    BenchFn fn;
};
std::vector<Entry> &registry()
{
    static std::vector<Entry> all;
    return all;
}
} // namespace

bool registerBenchmark(const QString &name, BenchFn fn)
{
    registry().push_back({name, std::move(fn)});
    return true;
}

double medianMs(int runs, const std::function<void()> &fn)
{
    std::vector<double> times;
    fn(); // warm-up (page cache, prepared statements)
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void report(QTextStream &out, const QString &label, double median, int runs)
{
    out << u"  %1  median %2 ms (%3 runs)\n"_s.arg(label, -44).arg(median, 0, 'f', 3).arg(runs);
    out.flush();
}

} // namespace sd::bench

namespace {

int runOn(const Database &db, const sd::bench::Options &options, QTextStream &out)
{
    if (auto ok = migrate(db); !ok) {
        out << "migrate failed: " << ok.error().message << "\n";
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto demo = generateDemo(db, {options.customers, 20261123});
    if (!demo) {
        out << "demo data failed: " << demo.error().message << "\n";
        return 1;
    }
    out << u"data: %1 customers, %2 contacts, %3 phones generated in %4 s\n"_s.arg(demo->customers)
               .arg(demo->contacts).arg(demo->phones).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    for (const auto &[name, fn] : sd::bench::registry()) {
        if (!options.only.isEmpty() && !options.only.contains(name))
            continue;
        out << name << ":\n";
        fn(db, options, out);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // A GUI application on the offscreen platform: some benchmarks measure a page's first paint.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Service Center Desk benchmarks: generates data, prints medians."_s);
    parser.addHelpOption();
    parser.addOption({u"customers"_s, u"Customers to generate (default 100000)."_s, u"N"_s});
    parser.addOption({u"runs"_s, u"Timed repetitions per measurement (default 21)."_s, u"N"_s});
    parser.addOption({u"postgres"_s, u"Also run against this PostgreSQL maintenance URL (a scratch database is created)."_s, u"URL"_s});
    parser.addPositionalArgument(u"benchmarks"_s, u"Names of benchmarks to run (default: all)."_s);
    parser.process(app);

    sd::bench::Options options;
    if (parser.isSet(u"customers"_s))
        options.customers = parser.value(u"customers"_s).toInt();
    if (parser.isSet(u"runs"_s))
        options.repetitions = std::max(1, parser.value(u"runs"_s).toInt());
    options.postgresUrl = parser.value(u"postgres"_s);
    options.only = parser.positionalArguments();

    QTextStream out(stdout);
    out << "Service Center Desk benchmarks\n== SQLite ==\n";
    QTemporaryDir dir;
    auto lite = Database::open(*ConnectionSpec::parse(dir.filePath(u"bench.sqlite"_s)));
    if (!lite) {
        out << lite.error().message << "\n";
        return 1;
    }
    int rc = runOn(*lite, options, out);
    lite->close();
    if (!options.postgresUrl.isEmpty()) {
        out << "== PostgreSQL ==\n";
        auto server = ConnectionSpec::parse(options.postgresUrl);
        auto admin = server ? Database::open(*server) : Result<Database>(std::unexpected(server.error()));
        if (!admin) {
            out << admin.error().message << "\n";
            return 1;
        }
        (void)admin->execRaw(u"DROP DATABASE IF EXISTS sd_bench WITH (FORCE)"_s);
        (void)admin->execRaw(u"CREATE DATABASE sd_bench"_s);
        ConnectionSpec spec = *server;
        spec.dbName = u"sd_bench"_s;
        auto pg = Database::open(spec);
        if (!pg) {
            out << pg.error().message << "\n";
            return 1;
        }
        rc |= runOn(*pg, options, out);
        pg->close();
        (void)admin->execRaw(u"DROP DATABASE IF EXISTS sd_bench WITH (FORCE)"_s);
        admin->close();
    }
    return rc;
}
