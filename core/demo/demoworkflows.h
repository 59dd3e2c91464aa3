#pragma once

#include "core/auth/roles.h"
#include "core/common/error.h"
#include "core/db/database.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QString>

namespace sd::core::demo {

/// What the customer loader leaves for the workflow demo sets, which run after it in the same
/// transaction (each workflow adds a file demo_<workflow>.cpp and one line in demoworkflows.cpp).
struct DemoContext {
    Database db;
    QHash<QString, qint64> staffIds;   ///< login → staff id (see staffSeeds in demodata.cpp)
    QList<qint64> departmentIds;       ///< in seed order: 0 service, 1 hotline, 2 engineers, 3 implementation,
                                       ///< 4 training, 5 quality, 6 business, 7 sales, 8 management, 9 IT
    qint64 nowMs = 0;
    quint32 seed = 0;
    int customers = 0;                 ///< customers loaded (ids are 1..customers on a fresh database)
};

/// Per-workflow counts for the demo report ("first-visit submissions" → 40 …).
using DemoCounts = QMap<QString, int>;

/// Runs every workflow's demo set in order. Each one is repeatable for a seed.
Status generateWorkflowDemo(const DemoContext &context, DemoCounts &counts);

} // namespace sd::core::demo
