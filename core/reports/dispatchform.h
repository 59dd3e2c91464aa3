#pragma once

#include "core/db/database.h"
#include "core/dispatch/dispatchjob.h"
#include "core/records/centerinfo.h"

#include <QString>

namespace sd::core::reports {

/// What the Service Dispatch Form (服务派工单) of one job shows. render/ lays it out in the
/// customer's language.
struct DispatchFormData {
    DispatchJob job;
    QString serviceCode;
    QString contractType;     ///< "type start ~ end" of the contract in force when requested; empty: none
    CenterInfo center;
    qint64 printedAt = 0;     ///< ms since the epoch
};

/// Everything the form shows for one job, read from the database (printedAt = now).
Result<DispatchFormData> buildDispatchForm(const Database &db, qint64 jobId);

} // namespace sd::core::reports
