// The escalation ladder and service targets of a call as SLA clocks, across working-hour
// edges: lunch, evening, weekend and the National Day holiday.
#include "core/hotline/hotlineworkflow.h"
#include "core/problembase/problemclass.h"
#include "tests/core/test_hotline_fixture.h"

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::HotlineFixture;
using sd::test::PinnedClock;
using sd::test::shanghai;
using sd::test::shanghaiText;

namespace {

SlaClock clockOf(const HotlineService &svc, qint64 callId, QLatin1String type, QLatin1String target)
{
    auto all = svc.clocks(callId);
    REQUIRE(all);
    for (const SlaClock &c : *all)
        if (c.recordType == QString(type) && c.target == QString(target))
            return c;
    FAIL("no clock " << QString(target).toStdString());
    return {};
}

std::string due(const HotlineService &svc, qint64 callId, QLatin1String target,
                QLatin1String type = sla::HotlineCall)
{
    return shanghaiText(clockOf(svc, callId, type, target).dueAt);
}

} // namespace

TEST_CASE("a new call starts the 30-minute cap, first response and resolution clocks", "[hotline][sla][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);   // 08:30-12:00, 13:30-17:30
    PinnedClock clock(shanghai("2026-11-24 10:00"));   // a Tuesday
    auto svc = f.service();

    SECTION("morning of a working day")
    {
        auto c = svc.create(f.op, f.newCall(problemclass::DataProblem));
        REQUIRE(c);
        CHECK(due(svc, c->id, sla::EscalateToRemote) == "2026-11-24 10:30");
        CHECK(due(svc, c->id, sla::FirstResponse) == "2026-11-24 11:00");
        // 8 working hours: 10:00-12:00, 13:30-17:30 (6 h), then Wednesday 08:30-10:30.
        CHECK(due(svc, c->id, sla::Resolution) == "2026-11-25 10:30");
    }
    SECTION("just before lunch: first response skips the break")
    {
        clock.set(shanghai("2026-11-24 11:30"));
        auto c = svc.create(f.op, f.newCall(problemclass::DataProblem));
        REQUIRE(c);
        CHECK(due(svc, c->id, sla::EscalateToRemote) == "2026-11-24 12:00");   // wall clock
        CHECK(due(svc, c->id, sla::FirstResponse) == "2026-11-24 14:00");
    }
    SECTION("Friday evening: working clocks continue on Monday, the wall clock does not wait")
    {
        clock.set(shanghai("2026-11-27 17:00"));
        auto c = svc.create(f.op, f.newCall(problemclass::DataProblem));
        REQUIRE(c);
        CHECK(due(svc, c->id, sla::EscalateToRemote) == "2026-11-27 17:30");
        CHECK(due(svc, c->id, sla::FirstResponse) == "2026-11-30 09:00");
        // 30 min Friday + 450 on Monday (a whole day) → Tuesday 08:30 exactly = Monday 17:30.
        CHECK(due(svc, c->id, sla::Resolution) == "2026-11-30 17:30");
    }
    SECTION("a call after hours starts counting at the next working morning")
    {
        clock.set(shanghai("2026-11-24 20:15"));
        auto c = svc.create(f.op, f.newCall(problemclass::DataProblem));
        REQUIRE(c);
        CHECK(due(svc, c->id, sla::FirstResponse) == "2026-11-25 09:30");
    }
    SECTION("the eve of National Day: the holiday week is skipped")
    {
        clock.set(shanghai("2026-09-30 17:00"));
        auto c = svc.create(f.op, f.newCall(problemclass::DataProblem));
        REQUIRE(c);
        CHECK(due(svc, c->id, sla::FirstResponse) == "2026-10-08 09:00");
    }
    SECTION("a complex problem gets 3 working days")
    {
        NewCall n = f.newCall(problemclass::SoftwareBug);
        n.complex = true;
        auto c = svc.create(f.op, n);
        REQUIRE(c);
        CHECK(due(svc, c->id, sla::ComplexResolution) == "2026-11-27 10:00");
        auto all = svc.clocks(c->id);
        REQUIRE(all);
        for (const SlaClock &k : *all)
            CHECK(k.target != QString(sla::Resolution));
    }
}

TEST_CASE("transitions pause, resume, stop and start the call's clocks", "[hotline][sla][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    PinnedClock clock(shanghai("2026-11-24 10:00"));
    auto svc = f.service();
    auto c = svc.create(f.op, f.newCall(problemclass::DataProblem));
    REQUIRE(c);

    SECTION("on hold pauses the 30-minute cap; the call-back resumes it")
    {
        clock.set(shanghai("2026-11-24 10:10"));
        auto held = svc.act(f.op, c->id, c->version, hotline::Hold,
                            {{u"hold_reason"_s, u"请教产品专家"_s}, {u"callback_due_at"_s, shanghai("2026-11-24 14:00")}});
        REQUIRE(held);
        CHECK(clockOf(svc, c->id, sla::HotlineCall, sla::EscalateToRemote).state == SlaClock::Stored::Paused);
        CHECK(clockOf(svc, c->id, sla::HotlineCall, sla::FirstResponse).state == SlaClock::Stored::Stopped);
        CHECK(clockOf(svc, c->id, sla::HotlineCall, sla::Resolution).state == SlaClock::Stored::Running);

        // The desk's due-soon list shows the promised call-back.
        auto alerts = svc.dueSoon(shanghai("2026-11-24 13:45"), 30);
        REQUIRE(alerts);
        bool callback = false;
        for (const DeskAlert &a : *alerts)
            callback |= a.callId == c->id && a.target == u"call_back"_s;
        CHECK(callback);

        clock.set(shanghai("2026-11-24 14:00"));
        auto back = svc.act(f.op, c->id, held->version, hotline::CallBack);
        REQUIRE(back);
        CHECK(due(svc, c->id, sla::EscalateToRemote) == "2026-11-24 14:20");
    }
    SECTION("remote support stops the phone cap and starts the 60-minute remote cap")
    {
        clock.set(shanghai("2026-11-24 10:20"));
        auto remote = svc.act(f.op, c->id, c->version, hotline::ToRemote);
        REQUIRE(remote);
        const SlaClock phone = clockOf(svc, c->id, sla::HotlineCall, sla::EscalateToRemote);
        CHECK(phone.state == SlaClock::Stored::Stopped);
        CHECK(svc.slaEngine().status(phone, Database::nowMs()).state == SlaState::Met);
        CHECK(due(svc, c->id, sla::EscalateToOnsite, sla::RemoteSession) == "2026-11-24 11:20");

        // At 11:10 the remote cap is in its warning band and on the due-soon list.
        auto alerts = svc.dueSoon(shanghai("2026-11-24 11:10"), 15);
        REQUIRE(alerts);
        bool remoteAlert = false;
        for (const DeskAlert &a : *alerts)
            if (a.callId == c->id && a.target == QString(sla::EscalateToOnsite)) {
                remoteAlert = true;
                CHECK(a.state == SlaState::Warning);
                CHECK(a.remainingMs == 10 * 60000);
            }
        CHECK(remoteAlert);

        clock.set(shanghai("2026-11-24 11:40"));
        auto onsite = svc.act(f.op, c->id, remote->version, hotline::RequestOnsite, {{u"onsite_reason"_s, u"远程无法解决"_s}});
        REQUIRE(onsite);
        const SlaClock r = clockOf(svc, c->id, sla::RemoteSession, sla::EscalateToOnsite);
        CHECK(r.state == SlaClock::Stored::Stopped);
        CHECK(svc.slaEngine().status(r, Database::nowMs()).state == SlaState::MissedStopped);
        CHECK(clockOf(svc, c->id, sla::HotlineCall, sla::Resolution).state == SlaClock::Stored::Stopped);
    }
    SECTION("a call still on the phone after 30 minutes is breached and first on the list")
    {
        auto alerts = svc.dueSoon(shanghai("2026-11-24 10:35"), 0);
        REQUIRE(alerts);
        REQUIRE_FALSE(alerts->isEmpty());
        CHECK(alerts->first().callId == c->id);
        CHECK(alerts->first().target == QString(sla::EscalateToRemote));
        CHECK(alerts->first().state == SlaState::Breached);
    }
    SECTION("solving stops every clock; reopening starts the targets afresh")
    {
        clock.set(shanghai("2026-11-24 10:15"));
        auto solved = svc.act(f.op, c->id, c->version, hotline::Solve, {{u"solution"_s, u"重新记账"_s}});
        REQUIRE(solved);
        auto all = svc.clocks(c->id);
        REQUIRE(all);
        for (const SlaClock &k : *all)
            CHECK(k.state == SlaClock::Stored::Stopped);
        clock.set(shanghai("2026-11-24 16:00"));
        auto reopened = svc.act(f.op, c->id, solved->version, hotline::Reopen, {{u"reason"_s, u"问题复现"_s}});
        REQUIRE(reopened);
        CHECK(due(svc, c->id, sla::EscalateToRemote) == "2026-11-24 16:30");
        CHECK(clockOf(svc, c->id, sla::HotlineCall, sla::Resolution).state == SlaClock::Stored::Running);
        // 16:00-17:30, Wednesday 08:30-12:00 and 13:30-16:30.
        CHECK(due(svc, c->id, sla::Resolution) == "2026-11-25 16:30");
    }
    SECTION("marking the call complex swaps the resolution target")
    {
        auto complex = svc.act(f.op, c->id, c->version, hotline::Update, {{u"complex"_s, 1}});
        REQUIRE(complex);
        CHECK(complex->complex);
        CHECK(clockOf(svc, c->id, sla::HotlineCall, sla::Resolution).state == SlaClock::Stored::Stopped);
        CHECK(due(svc, c->id, sla::ComplexResolution) == "2026-11-27 10:00");
    }
}
