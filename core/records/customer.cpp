#include "core/records/customer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core {

QString regionKey(RegionClass r)
{
    switch (r) {
    case RegionClass::SameCity: return u"same_city"_s;
    case RegionClass::Nearby: return u"nearby"_s;
    case RegionClass::OtherProvince: return u"other_province"_s;
    }
    return {};
}

std::optional<RegionClass> regionFromKey(const QString &key)
{
    for (RegionClass r : {RegionClass::SameCity, RegionClass::Nearby, RegionClass::OtherProvince})
        if (regionKey(r) == key)
            return r;
    return std::nullopt;
}

QString regionTitle(RegionClass r)
{
    switch (r) {
    case RegionClass::SameCity: return QCoreApplication::translate("sd::core::Region", "Same city");
    case RegionClass::Nearby: return QCoreApplication::translate("sd::core::Region", "Nearby");
    case RegionClass::OtherProvince: return QCoreApplication::translate("sd::core::Region", "Other province");
    }
    return {};
}

QDate Contract::warrantyLastDay() const
{
    if (warrantyMonths <= 0 || !startsOn.isValid())
        return {};
    return startsOn.addMonths(warrantyMonths).addDays(-1);
}

bool Contract::inWarrantyOn(const QDate &day) const
{
    const QDate last = warrantyLastDay();
    return last.isValid() && day >= startsOn && day <= last;
}

const Contract *Customer::currentContract(const QDate &day) const
{
    const Contract *best = nullptr;
    for (const Contract &c : contracts)
        if (c.isValidOn(day) && (!best || c.endsOn > best->endsOn))
            best = &c;
    return best;
}

} // namespace sd::core
