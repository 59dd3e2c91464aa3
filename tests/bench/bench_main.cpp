// The benchmark harness. Each benchmark generates its data, runs timed repetitions and prints
// the median. Workflow issues add their benchmarks as functions registered in `benchmarks()`.
#include "core/db/database.h"
#include "core/db/migrations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
struct Benchmark {
    QString name;
    std::function<void(QTextStream &)> run;
};
std::vector<Benchmark> &benchmarks()
{
    static std::vector<Benchmark> all;
    return all;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out << "Service Center Desk benchmarks\n";
    if (benchmarks().empty())
        out << "(no benchmarks registered yet)\n";
    for (const auto &b : benchmarks()) {
        out << b.name << ":\n";
        b.run(out);
    }
    return 0;
}
