#pragma once

// The benchmark harness: each benchmark registers itself, builds its data with the demo
// generator, times repeated runs and prints medians. Run: build/tests/bench/sd_bench [--help].
#include "core/db/database.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace sd::bench {

struct Options {
    int customers = 100000;      ///< --customers N
    int repetitions = 21;        ///< --runs N
    QString postgresUrl;         ///< --postgres URL: run against that server as well
    QStringList only;            ///< benchmark names to run (default: all)
};

using BenchFn = std::function<void(const sd::core::Database &db, const Options &options, QTextStream &out)>;

/// Registers a benchmark; returns true so it can initialise a static.
bool registerBenchmark(const QString &name, BenchFn fn);

/// Runs `fn` `runs` times and returns the median in milliseconds.
double medianMs(int runs, const std::function<void()> &fn);
/// Prints one result line: "  <label>  median 1.234 ms (N runs)".
void report(QTextStream &out, const QString &label, double medianMs, int runs);

} // namespace sd::bench
