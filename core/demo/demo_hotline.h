#pragma once

#include "core/demo/demoworkflows.h"

namespace sd::core::demo {

/// Bulk generation of problem-base entries and hotline calls, shared by the demo set and the
/// benchmark: multi-row prepared inserts in the caller's transaction (FTS rebuilt at the end).
struct HotlineBulkOptions {
    int entries = 300;
    int calls = 400;
    quint32 seed = 20261123;
    qint64 nowMs = 0;
    int days = 42;                 ///< calls spread over the past days
    int openTail = 160;            ///< this many calls are the live work (every state); the rest is history
    int customers = 0;             ///< customer ids 1..customers
    QList<qint64> operatorIds;     ///< who takes the calls
    QList<qint64> accountManagerIds;
    QString callNoPrefix = QStringLiteral("RX");
    bool varied = false;           ///< add error numbers etc. so that 100k entries differ
    bool startClocks = true;       ///< open calls get their SLA clocks (demo)
};

struct HotlineBulkReport {
    int entries = 0;
    int calls = 0;
    int openCalls = 0;
    int clocks = 0;
};

Result<HotlineBulkReport> generateHotlineBulk(const Database &db, const HotlineBulkOptions &options);

/// The demo set: a few hundred problem-base entries about U8+/T+/NC, the duty roster of this
/// and next week, and some hundreds of calls of the past weeks in every state.
Status demoHotline(const DemoContext &context, DemoCounts &counts);

} // namespace sd::core::demo
