#pragma once

#include "core/db/database.h"
#include "core/hotline/hotlinecall.h"

#include <QDate>

namespace sd::core {

/// A customer's record of hotline service (SPEC §3.3 step 6, sent once or twice a year): every
/// call opened in the period with its problem, outcome and solution, and a summary.
struct HotlineServiceRecord {
    qint64 customerId = 0;
    QString customerName;
    QString serviceCode;
    QString contract;            ///< "SPS 2025-01-01 – 2027-12-31" of the contract in force at the end
    QDate from;
    QDate to;
    qint64 generatedAt = 0;
    QList<HotlineCall> calls;    ///< oldest first
    int solved = 0;              ///< solved or closed
    int handedOn = 0;            ///< on-site, account manager, HQ, complaint
    int open = 0;                ///< still in hand
    QList<QPair<QString, int>> byClass;   ///< problem class key → calls, most first
};

/// Builds the record for calls opened from `from` to `to` inclusive (days in the center's time
/// zone). NotFound for an unknown customer; Invalid when the period is reversed.
Result<HotlineServiceRecord> hotlineServiceRecord(const Database &db, qint64 customerId, const QDate &from,
                                                  const QDate &to);

/// The record as CSV (one row per call, UTF-8 with BOM so Excel opens it right).
QByteArray hotlineServiceRecordCsv(const HotlineServiceRecord &record);

/// The outcome of a call in words ("Solved on the phone", "Submitted to vendor HQ (HQ-…)" …).
QString hotlineOutcomeText(const HotlineCall &call);

} // namespace sd::core
