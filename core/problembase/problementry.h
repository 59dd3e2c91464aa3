#pragma once

#include <QList>
#include <QString>

namespace sd::core {

/// One entry of the standardized problem base (标准化问题库, SPEC §2).
struct ProblemEntry {
    qint64 id = 0;
    int version = 0;
    QString phenomenon;      ///< what the customer sees
    QString cause;
    QString solution;
    QString product;         ///< e.g. "U8+"
    QString productVersion;  ///< e.g. "V16.0"
    QString module;          ///< e.g. "总账"
    QString problemClass;    ///< problemclass key
    QString tags;            ///< comma-separated
    QString sourceType;      ///< "hotline_call", "onsite_dispatch", "manual" …
    qint64 sourceId = 0;
    qint64 authorId = 0;
    QString authorName;
    int timesUsed = 0;
    bool active = true;
    QString state = QStringLiteral("active");   ///< "active" or "merged" (ProblemBaseRepository::entryWorkflow)
    qint64 mergedInto = 0;   ///< the survivor when this entry was merged away
    qint64 updatedAt = 0;
};

/// A search or browse request over the problem base.
struct ProblemQuery {
    QString text;            ///< words (whitespace-separated); every word must occur
    QString product;         ///< exact, empty = any
    QString module;
    QString problemClass;
    bool includeMerged = false;
    int limit = 50;
    int offset = 0;
};

/// One product/module/class node of the browse tree with its number of active entries.
struct ProblemFacet {
    QString product;
    QString module;
    QString problemClass;
    int count = 0;
};

} // namespace sd::core
