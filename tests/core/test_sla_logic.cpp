// SLA policies and deadline arithmetic without a database: matching, defaults, warnings.
#include "core/calendar/holidaycsv.h"
#include "core/sla/slaclockservice.h"
#include "core/sla/slapolicy.h"

#include <catch2/catch.hpp>

#include <string>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace {

BusinessCalendar china()
{
    BusinessCalendar cal;
    auto days = HolidayCsv::shippedChinaDays();
    REQUIRE(days);
    cal.setDays(*days);
    return cal;
}

qint64 ms(const char *shanghaiTime)
{
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(shanghaiTime), u"yyyy-MM-dd HH:mm"_s);
    REQUIRE(local.isValid());
    return QDateTime(local.date(), local.time(), BusinessCalendar::defaultTimeZone()).toMSecsSinceEpoch();
}

std::string fmt(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, BusinessCalendar::defaultTimeZone())
        .toString(u"yyyy-MM-dd HH:mm"_s)
        .toStdString();
}

SlaPolicy policy(qint64 id, int minutes)
{
    SlaPolicy p;
    p.id = id;
    p.recordType = u"hotline_call"_s;
    p.target = u"resolution"_s;
    p.minutes = minutes;
    return p;
}

/// A running clock as the service would have stored it.
SlaClock runningClock(const SlaClockService &svc, qint64 start, SlaMeasure measure, int minutes, int warn)
{
    SlaClock c;
    c.id = 1;
    c.measure = measure;
    c.minutes = minutes;
    c.warnPercent = warn;
    c.startedAt = start;
    const auto d = svc.computeDeadline(start, measure, minutes, warn);
    c.dueAt = d.dueAt;
    c.warnAt = d.warnAt;
    return c;
}

} // namespace

TEST_CASE("the most specific active policy wins")
{
    SlaPolicy generic = policy(1, 480);
    SlaPolicy severe = policy(2, 120);
    severe.severity = 1;
    SlaPolicy severeKey = policy(3, 60);
    severeKey.severity = 1;
    severeKey.customerClass = u"key"_s;
    const QList<SlaPolicy> all{severeKey, generic, severe};

    SlaClassInfo info;
    info.severity = 1;
    info.keyCustomer = true;
    CHECK(matchSlaPolicy(all, u"hotline_call"_s, u"resolution"_s, info)->id == 3);
    info.keyCustomer = false;
    CHECK(matchSlaPolicy(all, u"hotline_call"_s, u"resolution"_s, info)->id == 2);
    info.severity = 2;
    CHECK(matchSlaPolicy(all, u"hotline_call"_s, u"resolution"_s, info)->id == 1);
    info.severity.reset();
    CHECK(matchSlaPolicy(all, u"hotline_call"_s, u"resolution"_s, info)->id == 1);
}

TEST_CASE("equally specific policies are decided by the lowest id")
{
    SlaPolicy a = policy(7, 100);
    a.severity = 2;
    SlaPolicy b = policy(4, 200);
    b.contractType = u"SPS"_s;
    SlaPolicy c = policy(9, 300);
    c.severity = 2;
    SlaClassInfo info;
    info.severity = 2;
    info.contractType = u"sps"_s;   // contract types compare case-insensitively
    CHECK(matchSlaPolicy({a, c, b}, u"hotline_call"_s, u"resolution"_s, info)->id == 4);
    CHECK(matchSlaPolicy({c, a}, u"hotline_call"_s, u"resolution"_s, info)->id == 7);
}

TEST_CASE("inactive policies, other targets and other record types never match")
{
    SlaPolicy inactive = policy(1, 10);
    inactive.active = false;
    SlaPolicy other = policy(2, 20);
    other.target = u"first_response"_s;
    SlaPolicy otherType = policy(3, 30);
    otherType.recordType = u"complaint"_s;
    const QList<SlaPolicy> all{inactive, other, otherType};
    CHECK_FALSE(matchSlaPolicy(all, u"hotline_call"_s, u"resolution"_s, {}).has_value());
    CHECK(matchSlaPolicy(all, u"hotline_call"_s, u"first_response"_s, {})->id == 2);
}

TEST_CASE("a class column set on a policy must agree with the record")
{
    SlaPolicy vip = policy(1, 10);
    vip.customerClass = u"vip"_s;
    SlaPolicy region = policy(2, 10);
    region.regionClass = u"nearby"_s;
    SlaClassInfo info;
    CHECK_FALSE(vip.matches(u"hotline_call"_s, u"resolution"_s, info));
    info.vipChannel = true;
    CHECK(vip.matches(u"hotline_call"_s, u"resolution"_s, info));
    info.keyCustomer = true;
    info.vipChannel = false;
    CHECK_FALSE(vip.matches(u"hotline_call"_s, u"resolution"_s, info));
    info.regionClass = u"same_city"_s;
    CHECK_FALSE(region.matches(u"hotline_call"_s, u"resolution"_s, info));
    info.regionClass = u"nearby"_s;
    CHECK(region.matches(u"hotline_call"_s, u"resolution"_s, info));
    CHECK(region.specificity() == 1);
}

TEST_CASE("the default policies carry the service levels of the specification")
{
    const auto defaults = defaultSlaPolicies();
    auto find = [&](QLatin1String type, QLatin1String target, const QString &region = {}) {
        SlaClassInfo info;
        info.regionClass = region;
        auto p = matchSlaPolicy(defaults, type, target, info);
        REQUIRE(p.has_value());
        return *p;
    };
    auto check = [&](const SlaPolicy &p, int minutes, SlaMeasure measure) {
        INFO(p.name.toStdString());
        CHECK(p.minutes == minutes);
        CHECK(p.measure == measure);
        CHECK(p.warnPercent == 80);
        CHECK(p.validate());
    };
    check(find(sla::HotlineCall, sla::EscalateToRemote), 30, SlaMeasure::Wall);
    check(find(sla::RemoteSession, sla::EscalateToOnsite), 60, SlaMeasure::Wall);
    check(find(sla::HotlineCall, sla::FirstResponse), 60, SlaMeasure::Working);
    check(find(sla::HotlineCall, sla::Resolution), 480, SlaMeasure::Working);
    check(find(sla::HotlineCall, sla::ComplexResolution), 1620, SlaMeasure::Working);
    check(find(sla::OnsiteDispatch, sla::OnsiteResponse, u"same_city"_s), 120, SlaMeasure::Wall);
    check(find(sla::OnsiteDispatch, sla::OnsiteResponse, u"nearby"_s), 720, SlaMeasure::Wall);
    check(find(sla::OnsiteDispatch, sla::OnsiteResponse, u"other_province"_s), 2880, SlaMeasure::Wall);
    check(find(sla::Complaint, sla::ComplaintReply), 180, SlaMeasure::Working);
    check(find(sla::Complaint, sla::ComplaintFollowUp), 540, SlaMeasure::Working);
    check(find(sla::Complaint, sla::HqFeedback), 540, SlaMeasure::Working);
    check(find(sla::ComplaintReport, sla::MonthlyReport), 1620, SlaMeasure::Working);
    CHECK(defaults.size() == 14);
}

TEST_CASE("working-day defaults follow the length of the working day")
{
    // 08:30–12:00 + 13:30–17:30 is 450 minutes a day.
    const auto defaults = defaultSlaPolicies(450);
    auto complex = matchSlaPolicy(defaults, sla::HotlineCall, sla::ComplexResolution, {});
    REQUIRE(complex);
    CHECK(complex->minutes == 1350);
    auto followUp = matchSlaPolicy(defaults, sla::Complaint, sla::ComplaintFollowUp, {});
    CHECK(followUp->minutes == 450);
    // Hours-based targets stay in hours.
    CHECK(matchSlaPolicy(defaults, sla::HotlineCall, sla::Resolution, {})->minutes == 480);
}

TEST_CASE("a policy with bad fields is refused naming the field")
{
    auto fieldOf = [](const SlaPolicy &p) {
        auto r = p.validate();
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Invalid);
        return r.error().field;
    };
    SlaPolicy p = policy(0, 60);
    REQUIRE(p.validate());
    SlaPolicy q = p;
    q.minutes = 0;
    CHECK(fieldOf(q) == u"minutes"_s);
    q = p;
    q.warnPercent = 0;
    CHECK(fieldOf(q) == u"warn_percent"_s);
    q.warnPercent = 101;
    CHECK(fieldOf(q) == u"warn_percent"_s);
    q = p;
    q.severity = 5;
    CHECK(fieldOf(q) == u"severity"_s);
    q = p;
    q.customerClass = u"gold"_s;
    CHECK(fieldOf(q) == u"customer_class"_s);
    q = p;
    q.regionClass = u"moon"_s;
    CHECK(fieldOf(q) == u"region_class"_s);
    q = p;
    q.recordType.clear();
    CHECK(fieldOf(q) == u"record_type"_s);
    q = p;
    q.target = u"  "_s;
    CHECK(fieldOf(q) == u"target"_s);
}

TEST_CASE("measure keys read and write")
{
    CHECK(slaMeasureKey(SlaMeasure::Working) == u"working"_s);
    CHECK(slaMeasureKey(SlaMeasure::Wall) == u"wall"_s);
    CHECK(slaMeasureFromKey(u"Wall"_s) == SlaMeasure::Wall);
    CHECK_FALSE(slaMeasureFromKey(u"hours"_s).has_value());
}

// --- deadlines -----------------------------------------------------------------------------

TEST_CASE("a working-time deadline and its warning are both counted in working time")
{
    const SlaClockService svc({}, china());
    // 8 working hours from Monday 09:00; the warning at 80 % = 384 working minutes.
    auto d = svc.computeDeadline(ms("2025-03-03 09:00"), SlaMeasure::Working, 480, 80);
    CHECK(fmt(d.dueAt) == "2025-03-03 17:00");
    CHECK(fmt(d.warnAt) == "2025-03-03 15:24");
    // From Friday afternoon the warning and the deadline fall on Monday.
    d = svc.computeDeadline(ms("2025-03-07 16:00"), SlaMeasure::Working, 480, 80);
    CHECK(fmt(d.dueAt) == "2025-03-10 15:00");
    CHECK(fmt(d.warnAt) == "2025-03-10 13:24");
}

TEST_CASE("the 3-hour complaint reply skips the night and lands on the make-up Sunday")
{
    const SlaClockService svc({}, china());
    const auto d = svc.computeDeadline(ms("2025-09-26 16:00"), SlaMeasure::Working, 180, 80);
    CHECK(fmt(d.dueAt) == "2025-09-28 10:00");
    // 144 minutes: 90 on Friday, 54 on Sunday.
    CHECK(fmt(d.warnAt) == "2025-09-28 09:24");
}

TEST_CASE("a wall-clock deadline runs through nights, weekends and holidays")
{
    const SlaClockService svc({}, china());
    auto d = svc.computeDeadline(ms("2025-09-30 17:00"), SlaMeasure::Wall, 2880, 80);
    CHECK(fmt(d.dueAt) == "2025-10-02 17:00");
    d = svc.computeDeadline(ms("2025-03-03 17:20"), SlaMeasure::Wall, 30, 80);
    CHECK(fmt(d.dueAt) == "2025-03-03 17:50");
    CHECK(fmt(d.warnAt) == "2025-03-03 17:44");
    d = svc.computeDeadline(ms("2025-03-03 17:20"), SlaMeasure::Wall, 30, 100);
    CHECK(d.warnAt == d.dueAt);
}

TEST_CASE("a clock is running, then warning at the threshold, then breached after the deadline")
{
    const SlaClockService svc({}, china());
    const SlaClock c = runningClock(svc, ms("2025-03-03 09:00"), SlaMeasure::Working, 60, 80);
    REQUIRE(fmt(c.warnAt) == "2025-03-03 09:48");

    auto s = svc.status(c, ms("2025-03-03 09:00"));
    CHECK(s.state == SlaState::Running);
    CHECK(s.remainingMinutes == 60);
    CHECK(s.remainingMs == 60 * 60000);
    CHECK(svc.status(c, ms("2025-03-03 09:47")).state == SlaState::Running);
    CHECK(svc.status(c, ms("2025-03-03 09:48")).state == SlaState::Warning);
    s = svc.status(c, ms("2025-03-03 10:00"));
    CHECK(s.state == SlaState::Warning);   // the deadline itself is still in time
    CHECK(s.remainingMinutes == 0);
    s = svc.status(c, ms("2025-03-03 10:01"));
    CHECK(s.state == SlaState::Breached);
    CHECK(s.remainingMinutes == -1);
    CHECK(s.remainingMs == -60000);
}

TEST_CASE("a working-time clock's remaining minutes do not run down overnight")
{
    const SlaClockService svc({}, china());
    const SlaClock c = runningClock(svc, ms("2025-03-03 17:00"), SlaMeasure::Working, 120, 80);
    REQUIRE(fmt(c.dueAt) == "2025-03-04 10:00");
    CHECK(svc.status(c, ms("2025-03-03 17:30")).remainingMinutes == 90);
    CHECK(svc.status(c, ms("2025-03-04 03:00")).remainingMinutes == 90);
    CHECK(svc.status(c, ms("2025-03-04 08:30")).remainingMinutes == 90);
    // Overdue by working time: the next morning after a breach counts from the opening.
    CHECK(svc.status(c, ms("2025-03-04 11:00")).remainingMinutes == -60);
    CHECK(svc.status(c, ms("2025-03-05 08:30")).remainingMinutes == -(450 + 0));
}

TEST_CASE("a stopped clock is met when stopped by the deadline and missed after it")
{
    const SlaClockService svc({}, china());
    SlaClock c = runningClock(svc, ms("2025-03-03 09:00"), SlaMeasure::Wall, 30, 80);
    c.state = SlaClock::Stored::Stopped;
    c.stoppedAt = ms("2025-03-03 09:30");
    auto s = svc.status(c, ms("2025-03-10 09:00"));
    CHECK(s.state == SlaState::Met);
    CHECK(s.remainingMinutes == 0);
    c.stoppedAt = ms("2025-03-03 09:20");
    CHECK(svc.status(c, 0).remainingMinutes == 10);
    c.stoppedAt = ms("2025-03-03 09:45");
    s = svc.status(c, 0);
    CHECK(s.state == SlaState::MissedStopped);
    CHECK(s.remainingMinutes == -15);
}

TEST_CASE("a paused clock shows the time it had left")
{
    SlaClock c;
    c.state = SlaClock::Stored::Paused;
    c.remainingMinutes = 42;
    const auto s = SlaClockService::status(c, 0, BusinessCalendar());
    CHECK(s.state == SlaState::Paused);
    CHECK(s.remainingMinutes == 42);
    CHECK(slaStateKey(s.state) == u"paused"_s);
    CHECK_FALSE(slaStateTitle(s.state).isEmpty());
}
