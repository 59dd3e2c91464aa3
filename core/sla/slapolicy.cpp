#include "core/sla/slapolicy.h"

using namespace Qt::StringLiterals;

namespace sd::core {

QString slaMeasureKey(SlaMeasure measure)
{
    return measure == SlaMeasure::Working ? u"working"_s : u"wall"_s;
}

std::optional<SlaMeasure> slaMeasureFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"working"_s)
        return SlaMeasure::Working;
    if (k == u"wall"_s)
        return SlaMeasure::Wall;
    return std::nullopt;
}

int SlaPolicy::specificity() const
{
    return int(severity.has_value()) + int(!customerClass.isEmpty()) + int(!contractType.isEmpty())
        + int(!regionClass.isEmpty());
}

bool SlaPolicy::matches(const QString &type, const QString &targetKey, const SlaClassInfo &info) const
{
    if (!active || recordType != type || target != targetKey)
        return false;
    if (severity && info.severity != severity)
        return false;
    if (customerClass == sla::KeyCustomer && !info.keyCustomer)
        return false;
    if (customerClass == sla::VipCustomer && !info.vipChannel)
        return false;
    if (!customerClass.isEmpty() && customerClass != sla::KeyCustomer && customerClass != sla::VipCustomer)
        return false;
    if (!contractType.isEmpty() && contractType.compare(info.contractType, Qt::CaseInsensitive) != 0)
        return false;
    if (!regionClass.isEmpty() && regionClass != info.regionClass)
        return false;
    return true;
}

Status SlaPolicy::validate() const
{
    if (recordType.trimmed().isEmpty())
        return failInvalid(u"record_type"_s, QCoreApplication::translate("sd::core::SlaPolicy", "Choose the kind of record the target applies to."));
    if (target.trimmed().isEmpty())
        return failInvalid(u"target"_s, QCoreApplication::translate("sd::core::SlaPolicy", "Choose the target (for example first response or resolution)."));
    if (severity && (*severity < 1 || *severity > 4))
        return failInvalid(u"severity"_s, QCoreApplication::translate("sd::core::SlaPolicy", "The fault level must be between 1 and 4."));
    if (!customerClass.isEmpty() && customerClass != sla::KeyCustomer && customerClass != sla::VipCustomer)
        return failInvalid(u"customer_class"_s, QCoreApplication::translate("sd::core::SlaPolicy", "The customer class must be key, vip or empty."));
    if (!regionClass.isEmpty() && regionClass != u"same_city"_s && regionClass != u"nearby"_s
        && regionClass != u"other_province"_s)
        return failInvalid(u"region_class"_s, QCoreApplication::translate("sd::core::SlaPolicy", "The region must be same city, nearby or other province."));
    if (minutes <= 0)
        return failInvalid(u"minutes"_s, QCoreApplication::translate("sd::core::SlaPolicy", "The time allowed must be at least one minute."));
    if (warnPercent < 1 || warnPercent > 100)
        return failInvalid(u"warn_percent"_s, QCoreApplication::translate("sd::core::SlaPolicy", "The warning threshold must be between 1 % and 100 %."));
    return {};
}

std::optional<SlaPolicy> matchSlaPolicy(const QList<SlaPolicy> &policies, const QString &recordType,
                                        const QString &target, const SlaClassInfo &info)
{
    const SlaPolicy *best = nullptr;
    for (const auto &p : policies) {
        if (!p.matches(recordType, target, info))
            continue;
        if (!best || p.specificity() > best->specificity()
            || (p.specificity() == best->specificity() && p.id < best->id))
            best = &p;
    }
    if (!best)
        return std::nullopt;
    return *best;
}

QList<SlaPolicy> defaultSlaPolicies(int minutesPerWorkingDay)
{
    const int day = minutesPerWorkingDay > 0 ? minutesPerWorkingDay : 540;
    auto make = [](QLatin1String type, QLatin1String target, int minutes, SlaMeasure measure,
                   const QString &name) {
        SlaPolicy p;
        p.recordType = type;
        p.target = target;
        p.minutes = minutes;
        p.measure = measure;
        p.name = name;
        return p;
    };
    using enum SlaMeasure;
    QList<SlaPolicy> list{
        make(sla::HotlineCall, sla::EscalateToRemote, 30, Wall,
             u"热线 30 分钟未解决转远程 Hotline call: to remote support after 30 min"_s),
        make(sla::RemoteSession, sla::EscalateToOnsite, 60, Wall,
             u"远程 60 分钟未解决转现场 Remote session: to on-site support after 60 min"_s),
        make(sla::HotlineCall, sla::FirstResponse, 60, Working,
             u"电话一般问题 1 小时内反馈 Phone problem: feedback within 1 h"_s),
        make(sla::HotlineCall, sla::Resolution, 8 * 60, Working,
             u"电话一般问题 8 个工作小时内解决 Phone problem: solved within 8 working hours"_s),
        make(sla::HotlineCall, sla::ComplexResolution, 3 * day, Working,
             u"复杂问题 3 个工作日内给出方案 Complex problem: solution within 3 working days"_s),
        make(sla::Complaint, sla::ComplaintReply, 3 * 60, Working,
             u"投诉确认后 3 小时内答复 Complaint: reply within 3 h of confirmation"_s),
        make(sla::Complaint, sla::ComplaintFollowUp, day, Working,
             u"结果返回后 1 个工作日内回访 Complaint: follow-up within 1 working day"_s),
        make(sla::Complaint, sla::HqFeedback, day, Working,
             u"总部转来投诉 1 个工作日内反馈 HQ complaint: feedback within 1 working day"_s),
        make(sla::ComplaintReport, sla::MonthlyReport, 3 * day, Working,
             u"月度投诉分析报告 次月 3 个工作日内 Monthly complaint report: within 3 working days"_s),
        make(sla::ImplementationProject, sla::ProjectPlan, 5 * day, Working,
             u"项目分配后 5 个工作日内完成实施计划 Project: plan within 5 working days of assignment"_s),
        make(sla::ImplementationProject, sla::ApprovalDecision, 2 * day, Working,
             u"暂停/终止申请 2 个工作日内审批 Project: suspend/terminate decided within 2 working days"_s),
    };
    const struct { const char16_t *region; int minutes; QString name; } onsite[] = {
        {u"same_city", 2 * 60, u"同城 2 小时内响应 On-site response, same city: 2 h"_s},
        {u"nearby", 12 * 60, u"周边 12 小时内响应 On-site response, nearby: 12 h"_s},
        {u"other_province", 48 * 60, u"外省 48 小时内响应 On-site response, other province: 48 h"_s},
    };
    for (const auto &o : onsite) {
        SlaPolicy p = make(sla::OnsiteDispatch, sla::OnsiteResponse, o.minutes, Wall, o.name);
        p.regionClass = QString::fromUtf16(o.region);
        list.append(p);
    }
    return list;
}

} // namespace sd::core
