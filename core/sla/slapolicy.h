#pragma once

#include "core/common/error.h"

#include <QLatin1String>
#include <QList>
#include <QString>

#include <optional>

namespace sd::core {

/// The record types and targets of the default policies (SPEC §2 default service levels).
/// Workflows start clocks with these keys; administrators may add others.
namespace sla {
inline constexpr QLatin1String HotlineCall{"hotline_call"};
inline constexpr QLatin1String RemoteSession{"remote_session"};
inline constexpr QLatin1String OnsiteDispatch{"onsite_dispatch"};
inline constexpr QLatin1String Complaint{"complaint"};
inline constexpr QLatin1String ComplaintReport{"complaint_report"};
inline constexpr QLatin1String ImplementationProject{"implementation_project"};

inline constexpr QLatin1String EscalateToRemote{"escalate_to_remote"};   ///< 30 min on the phone
inline constexpr QLatin1String EscalateToOnsite{"escalate_to_onsite"};   ///< 60 min remote
inline constexpr QLatin1String FirstResponse{"first_response"};
inline constexpr QLatin1String Resolution{"resolution"};
inline constexpr QLatin1String ComplexResolution{"complex_resolution"};
inline constexpr QLatin1String OnsiteResponse{"onsite_response"};
inline constexpr QLatin1String ComplaintReply{"complaint_reply"};
inline constexpr QLatin1String ComplaintFollowUp{"complaint_follow_up"};
inline constexpr QLatin1String HqFeedback{"hq_feedback"};
inline constexpr QLatin1String MonthlyReport{"monthly_report"};
inline constexpr QLatin1String ProjectPlan{"project_plan"};             ///< the plan, after assignment
inline constexpr QLatin1String ApprovalDecision{"approval_decision"};   ///< both approvers decide a request

inline constexpr QLatin1String KeyCustomer{"key"};   ///< customer_class values
inline constexpr QLatin1String VipCustomer{"vip"};
} // namespace sla

/// How a target is measured: on the business calendar, or in elapsed wall-clock time.
enum class SlaMeasure { Working, Wall };
QString slaMeasureKey(SlaMeasure measure);   ///< "working" / "wall"
std::optional<SlaMeasure> slaMeasureFromKey(const QString &key);

/// The class of the record a clock is started for; policies match on it.
struct SlaClassInfo {
    std::optional<int> severity;   ///< fault level 1–4 (seed 004)
    bool keyCustomer = false;
    bool vipChannel = false;
    QString contractType;          ///< e.g. "SPS"; empty when none
    QString regionClass;           ///< same_city / nearby / other_province
};

/// One row of sla_policies: a target for a record type, narrowed by optional class columns
/// (an empty / unset column matches anything).
struct SlaPolicy {
    qint64 id = 0;
    QString recordType;
    QString target;
    std::optional<int> severity;
    QString customerClass;   ///< "key", "vip" or empty
    QString contractType;
    QString regionClass;
    int minutes = 0;
    SlaMeasure measure = SlaMeasure::Working;
    int warnPercent = 80;
    bool active = true;
    QString name;
    int version = 0;

    /// Number of class columns set: the more, the more specific.
    int specificity() const;
    /// True when active and every set class column agrees with `info`.
    bool matches(const QString &recordType, const QString &target, const SlaClassInfo &info) const;
    /// Checks the fields (Invalid naming the field otherwise).
    Status validate() const;
};

/// The policy for a clock: among the active matches the most specific wins; equally specific
/// ones are decided by the lowest id (then by list order). nullopt when nothing matches.
std::optional<SlaPolicy> matchSlaPolicy(const QList<SlaPolicy> &policies, const QString &recordType,
                                        const QString &target, const SlaClassInfo &info);

/// The default service levels of SPEC §2. Working-day targets are expressed in working
/// minutes of a day of `minutesPerWorkingDay` (540 for 08:30–17:30).
QList<SlaPolicy> defaultSlaPolicies(int minutesPerWorkingDay = 540);

} // namespace sd::core
