#include "core/hotline/hotlinereport.h"

#include "core/calendar/calendarrepository.h"
#include "core/csv/csv.h"
#include "core/hotline/hotlineservice.h"
#include "core/hotline/hotlineworkflow.h"
#include "core/problembase/problemclass.h"
#include "core/records/customerrepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {
} // namespace

QString hotlineOutcomeText(const HotlineCall &c)
{
    using namespace hotline;
    if (c.state == Closed || c.state == Solved) {
        QString how = c.remoteStartedAt > 0 ? QCoreApplication::translate("sd::core::HotlineReport", "Solved by remote support") : QCoreApplication::translate("sd::core::HotlineReport", "Solved on the phone");
        if (!c.hqReference.isEmpty())
            how = QCoreApplication::translate("sd::core::HotlineReport", "Solved with vendor HQ's answer (%1)").arg(c.hqReference);
        if (c.state == Closed && !c.reqDecision.isEmpty())
            how = QCoreApplication::translate("sd::core::HotlineReport", "Requirement decided: %1 (%2)").arg(decisionTitle(c.reqDecision), c.reqDecidedOn);
        return how;
    }
    if (c.state == OnsiteRequested)
        return QCoreApplication::translate("sd::core::HotlineReport", "On-site support requested");
    if (c.state == Requirement || c.state == RequirementDecided)
        return QCoreApplication::translate("sd::core::HotlineReport", "New requirement with the account manager");
    if (c.state == HqSubmitted || c.state == HqAnswered)
        return QCoreApplication::translate("sd::core::HotlineReport", "Submitted to vendor HQ (%1)").arg(c.hqReference);
    if (c.state == ComplaintOpened)
        return QCoreApplication::translate("sd::core::HotlineReport", "Handed to the complaint register");
    return stateTitle(c.state);
}

Result<HotlineServiceRecord> hotlineServiceRecord(const Database &db, qint64 customerId, const QDate &from,
                                                  const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return failInvalid(u"period"_s, QCoreApplication::translate("sd::core::HotlineReport", "The period must run from an earlier to a later date."));
    auto customer = CustomerRepository(db).get(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return std::unexpected(calendar.error());
    const QTimeZone zone = calendar->timeZone();
    HotlineServiceRecord r;
    r.customerId = customerId;
    r.customerName = customer->name;
    r.serviceCode = customer->serviceCode;
    if (const Contract *k = customer->currentContract(to))
        r.contract = u"%1 %2 – %3"_s.arg(k->type, k->startsOn.toString(Qt::ISODate), k->endsOn.toString(Qt::ISODate));
    r.from = from;
    r.to = to;
    r.generatedAt = Database::nowMs();
    HotlineService service(db, *calendar);
    const qint64 fromMs = QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    // All of them, page by page (no row cap: the record is complete).
    QList<HotlineCall> all;
    for (int offset = 0;; offset += 1000) {
        auto page = service.list({{}, {}, customerId, 0, fromMs, toMs, 1000, offset});
        if (!page)
            return std::unexpected(page.error());
        all << *page;
        if (page->size() < 1000)
            break;
    }
    std::reverse(all.begin(), all.end());
    r.calls = all;
    QHash<QString, int> classes;
    for (const HotlineCall &c : all) {
        if (c.state == hotline::Solved || c.state == hotline::Closed)
            ++r.solved;
        else if (c.state == hotline::OnsiteRequested || c.state == hotline::Requirement ||
                 c.state == hotline::RequirementDecided || c.state == hotline::HqSubmitted ||
                 c.state == hotline::HqAnswered || c.state == hotline::ComplaintOpened)
            ++r.handedOn;
        else
            ++r.open;
        ++classes[c.problemClass];
    }
    for (auto it = classes.cbegin(); it != classes.cend(); ++it)
        r.byClass.append({it.key(), it.value()});
    std::sort(r.byClass.begin(), r.byClass.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return r;
}

QByteArray hotlineServiceRecordCsv(const HotlineServiceRecord &r)
{
    CsvWriter w;
    w.addRow({QCoreApplication::translate("sd::core::HotlineReport", "Call no."), QCoreApplication::translate("sd::core::HotlineReport", "Opened"), QCoreApplication::translate("sd::core::HotlineReport", "Caller"), QCoreApplication::translate("sd::core::HotlineReport", "Channel"), QCoreApplication::translate("sd::core::HotlineReport", "Problem class"), QCoreApplication::translate("sd::core::HotlineReport", "Fault level"),
              QCoreApplication::translate("sd::core::HotlineReport", "Product"), QCoreApplication::translate("sd::core::HotlineReport", "Module"), QCoreApplication::translate("sd::core::HotlineReport", "Problem"), QCoreApplication::translate("sd::core::HotlineReport", "Outcome"), QCoreApplication::translate("sd::core::HotlineReport", "Solution"), QCoreApplication::translate("sd::core::HotlineReport", "State"),
              QCoreApplication::translate("sd::core::HotlineReport", "Operator")});
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    for (const HotlineCall &c : r.calls)
        w.addRow({c.callNo, QDateTime::fromMSecsSinceEpoch(c.openedAt, zone).toString(u"yyyy-MM-dd HH:mm"_s),
                  c.callerName, hotline::channelTitle(c.channel), problemclass::title(c.problemClass),
                  QString::number(c.faultLevel), c.product, c.module, c.description, hotlineOutcomeText(c), c.solution,
                  hotline::stateTitle(c.state), c.operatorName});
    return QByteArray("\xEF\xBB\xBF") + w.text().toUtf8();
}

} // namespace sd::core
