#include "core/reports/dispatchform.h"

#include "core/dispatch/dispatchservice.h"
#include "core/records/customerrepository.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd::core::reports {

Result<DispatchFormData> buildDispatchForm(const Database &db, qint64 jobId)
{
    DispatchFormData data;
    auto job = DispatchService(db, BusinessCalendar()).get(jobId);
    if (!job)
        return std::unexpected(job.error());
    data.job = *job;
    auto customer = CustomerRepository(db).get(job->customerId);
    if (!customer)
        return std::unexpected(customer.error());
    data.serviceCode = customer->serviceCode;
    const QDate day = QDateTime::fromMSecsSinceEpoch(job->requestedAt, QTimeZone("Asia/Shanghai")).date();
    if (const Contract *k = customer->currentContract(day))
        data.contractType = k->type + u" "_s + k->startsOn.toString(Qt::ISODate) + u" ~ "_s + k->endsOn.toString(Qt::ISODate);
    auto center = CenterInfo::load(db);
    if (!center)
        return std::unexpected(center.error());
    data.center = *center;
    data.printedAt = Database::nowMs();
    return data;
}

} // namespace sd::core::reports
