// Stored SLA policies and the clock engine on both database engines.
#include "core/audit/audit.h"
#include "core/calendar/calendarrepository.h"
#include "core/sla/slaclockservice.h"
#include "core/sla/slarepository.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

#include <string>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

qint64 ms(const char *shanghaiTime)
{
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(shanghaiTime), u"yyyy-MM-dd HH:mm"_s);
    REQUIRE(local.isValid());
    return QDateTime(local.date(), local.time(), BusinessCalendar::defaultTimeZone()).toMSecsSinceEpoch();
}

std::string fmt(qint64 msSinceEpoch)
{
    if (msSinceEpoch == 0)
        return "none";
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, BusinessCalendar::defaultTimeZone())
        .toString(u"yyyy-MM-dd HH:mm"_s)
        .toStdString();
}

/// A database with the default calendar (Chinese holidays) and default policies, and the
/// clock service on it.
SlaClockService seededService(const TestDatabase &t)
{
    REQUIRE(CalendarRepository::ensureDefaults(t.db()));
    auto seeded = SlaRepository::seedDefaults(t.db());
    REQUIRE(seeded);
    auto cal = CalendarRepository(t.db()).load();
    REQUIRE(cal);
    return SlaClockService(t.db(), *cal);
}

SlaClassInfo region(const QString &r)
{
    SlaClassInfo info;
    info.regionClass = r;
    return info;
}

} // namespace

// --- policies ------------------------------------------------------------------------------

TEST_CASE("default SLA policies are seeded into an empty table only", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    auto n = SlaRepository::seedDefaults(t.db());
    REQUIRE(n);
    CHECK(*n == 14);
    auto again = SlaRepository::seedDefaults(t.db());
    REQUIRE(again);
    CHECK(*again == 0);
    SlaRepository repo(t.db());
    auto all = repo.list();
    REQUIRE(all);
    CHECK(all->size() == 14);
    auto nearby = repo.match(sla::OnsiteDispatch, sla::OnsiteResponse, region(u"nearby"_s));
    REQUIRE(nearby);
    REQUIRE(nearby->has_value());
    CHECK((*nearby)->minutes == 720);
    CHECK((*nearby)->measure == SlaMeasure::Wall);
    CHECK((*nearby)->version == 1);
}

TEST_CASE("an administrator creates, edits and deactivates a policy — others are refused", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    SlaRepository repo(t.db());
    SlaPolicy p;
    p.recordType = sla::HotlineCall;
    p.target = sla::Resolution;
    p.severity = 1;
    p.customerClass = sla::KeyCustomer;
    p.minutes = 120;
    p.measure = SlaMeasure::Working;
    p.warnPercent = 75;
    p.name = u"一级故障重点客户 Key customer, level 1"_s;

    auto refused = repo.create(t.sessionWith({Role::HotlineOperator}), p);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Forbidden);

    SlaPolicy bad = p;
    bad.minutes = 0;
    auto invalid = repo.create(t.admin(), bad);
    REQUIRE_FALSE(invalid);
    CHECK(invalid.error().field == u"minutes"_s);

    auto id = repo.create(t.admin(), p);
    REQUIRE(id);
    auto stored = repo.get(*id);
    REQUIRE(stored);
    CHECK(stored->severity == 1);
    CHECK(stored->customerClass == u"key"_s);
    CHECK(stored->contractType.isEmpty());
    CHECK(stored->warnPercent == 75);
    CHECK(stored->active);
    CHECK(stored->version == 1);

    SlaPolicy edit = *stored;
    edit.minutes = 90;
    auto saved = repo.save(t.admin(), edit);
    REQUIRE(saved);
    CHECK(saved->minutes == 90);
    CHECK(saved->version == 2);

    // A second editor still holding version 1 is refused.
    edit.minutes = 60;
    auto stale = repo.save(t.admin(), edit);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(repo.get(*id)->minutes == 90);

    auto trail = audit::forRecord(t.db(), u"sla_policies"_s, *id);
    REQUIRE(trail);
    CHECK(trail->last().field == u"minutes"_s);
    CHECK(trail->last().oldValue == u"120"_s);
    CHECK(trail->last().newValue == u"90"_s);

    SlaPolicy off = *saved;
    off.active = false;
    REQUIRE(repo.save(t.admin(), off));
    SlaClassInfo info;
    info.severity = 1;
    info.keyCustomer = true;
    auto match = repo.match(sla::HotlineCall, sla::Resolution, info);
    REQUIRE(match);
    CHECK_FALSE(match->has_value());
    CHECK(repo.list(false)->isEmpty());
    CHECK(repo.list(true)->size() == 1);
}

TEST_CASE("a policy used by a clock cannot be deleted, an unused one can", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    SlaClockService svc = seededService(t);
    SlaRepository repo(t.db());
    auto used = repo.match(sla::Complaint, sla::ComplaintReply, {});
    REQUIRE(used);
    REQUIRE(svc.start(sla::Complaint, 1, sla::ComplaintReply, {}, 0, ms("2025-03-03 09:00")));
    auto r = repo.remove(t.admin(), (*used)->id, (*used)->version);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::NotAllowedInState);

    auto unused = repo.match(sla::ComplaintReport, sla::MonthlyReport, {});
    REQUIRE(repo.remove(t.admin(), (*unused)->id, (*unused)->version));
    CHECK(repo.get((*unused)->id).error().code == ErrorCode::NotFound);
    CHECK(repo.remove(t.sessionWith({Role::QualitySupervisor}), (*used)->id, 1).error().code
          == ErrorCode::Forbidden);
}

// --- clocks --------------------------------------------------------------------------------

TEST_CASE("starting a clock picks the policy and computes the deadline and warning", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    SlaClockService svc = seededService(t);
    const qint64 engineer = t.sessionWith({Role::ServiceEngineer}).staffId;

    // Complaint reply: 3 working hours from Friday 16:00 before National Day 2025 → make-up Sunday.
    auto reply = svc.start(sla::Complaint, 41, sla::ComplaintReply, {}, engineer, ms("2025-09-26 16:00"),
                           u"投诉 #41"_s);
    REQUIRE(reply);
    CHECK(reply->measure == SlaMeasure::Working);
    CHECK(reply->minutes == 180);
    CHECK(fmt(reply->dueAt) == "2025-09-28 10:00");
    CHECK(fmt(reply->warnAt) == "2025-09-28 09:24");
    CHECK(reply->assigneeId == engineer);
    CHECK(reply->title == u"投诉 #41"_s);
    CHECK(reply->state == SlaClock::Stored::Running);
    CHECK(reply->policyId > 0);

    // On-site response by region, wall clock through the holiday.
    auto far = svc.start(sla::OnsiteDispatch, 7, sla::OnsiteResponse, region(u"other_province"_s), 0,
                         ms("2025-09-30 17:00"));
    REQUIRE(far);
    CHECK(fmt(far->dueAt) == "2025-10-02 17:00");
    CHECK(far->assigneeId == 0);

    // Complex problem: 3 working days of 540 minutes.
    auto complex = svc.start(sla::HotlineCall, 9, sla::ComplexResolution, {}, 0, ms("2025-12-31 10:00"));
    REQUIRE(complex);
    CHECK(fmt(complex->dueAt) == "2026-01-06 10:00");
}

TEST_CASE("a clock without a policy, or already running, is refused", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    SlaClockService svc = seededService(t);
    auto none = svc.start(u"training"_s, 1, u"resolution"_s, {}, 0, ms("2025-03-03 09:00"));
    REQUIRE_FALSE(none);
    CHECK(none.error().code == ErrorCode::NotFound);
    // The on-site policies are per region; a record without a region matches none.
    CHECK(svc.start(sla::OnsiteDispatch, 1, sla::OnsiteResponse, {}, 0, ms("2025-03-03 09:00"))
              .error().code == ErrorCode::NotFound);

    auto first = svc.start(sla::HotlineCall, 5, sla::Resolution, {}, 0, ms("2025-03-03 09:00"));
    REQUIRE(first);
    auto twice = svc.start(sla::HotlineCall, 5, sla::Resolution, {}, 0, ms("2025-03-03 10:00"));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::NotAllowedInState);

    // Stopped, the same target can start again (a reopened call) on the same row.
    REQUIRE(svc.stop(first->id, ms("2025-03-03 11:00")));
    auto again = svc.start(sla::HotlineCall, 5, sla::Resolution, {}, 0, ms("2025-03-04 09:00"));
    REQUIRE(again);
    CHECK(again->id == first->id);
    CHECK(again->state == SlaClock::Stored::Running);
    CHECK(again->stoppedAt == 0);
    CHECK(fmt(again->dueAt) == "2025-03-04 17:00");
    CHECK(svc.forRecord(sla::HotlineCall, 5)->size() == 1);
}

TEST_CASE("a working-time clock paused over National Day keeps its remaining time", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    SlaClockService svc = seededService(t);
    auto c = svc.start(sla::HotlineCall, 77, sla::Resolution, {}, 0, ms("2025-09-30 09:00"));
    REQUIRE(c);
    CHECK(fmt(c->dueAt) == "2025-09-30 17:00");
    CHECK(fmt(c->warnAt) == "2025-09-30 15:24");

    // Waiting for the customer from 13:00: 240 working minutes are left.
    auto paused = svc.pause(c->id, ms("2025-09-30 13:00"));
    REQUIRE(paused);
    CHECK(paused->state == SlaClock::Stored::Paused);
    CHECK(paused->remainingMinutes == 240);
    CHECK(paused->dueAt == 0);
    CHECK(paused->version == c->version + 1);
    auto during = svc.status(*paused, ms("2025-10-05 12:00"));
    CHECK(during.state == SlaState::Paused);
    CHECK(during.remainingMinutes == 240);
    // A paused clock is never due.
    CHECK(SlaClockService::dueSoon(t.db(), 0, ms("2025-10-05 12:00"), 100000)->isEmpty());

    // The customer answers after the holiday: the 240 minutes count from then.
    auto resumed = svc.resume(c->id, ms("2025-10-09 10:00"));
    REQUIRE(resumed);
    CHECK(resumed->state == SlaClock::Stored::Running);
    CHECK(fmt(resumed->dueAt) == "2025-10-09 14:00");
    // The warning keeps its place in the span: 96 minutes before the deadline.
    CHECK(fmt(resumed->warnAt) == "2025-10-09 12:24");
    CHECK_FALSE(resumed->remainingMinutes.has_value());
    CHECK(resumed->pausedAt == 0);
    CHECK(svc.status(*resumed, ms("2025-10-09 12:00")).state == SlaState::Running);
    CHECK(svc.status(*resumed, ms("2025-10-09 12:30")).state == SlaState::Warning);
    CHECK(svc.status(*resumed, ms("2025-10-09 14:01")).state == SlaState::Breached);

    auto stopped = svc.stop(c->id, ms("2025-10-09 13:00"));
    REQUIRE(stopped);
    const auto s = svc.status(*stopped, ms("2025-10-20 09:00"));
    CHECK(s.state == SlaState::Met);
    CHECK(s.remainingMinutes == 60);
}

TEST_CASE("a clock paused after its warning is in warning again as soon as it resumes", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    SlaClockService svc = seededService(t);
    auto c = svc.start(sla::HotlineCall, 78, sla::Resolution, {}, 0, ms("2025-09-30 09:00"));
    REQUIRE(c);
    REQUIRE(svc.pause(c->id, ms("2025-09-30 16:00")));
    auto resumed = svc.resume(c->id, ms("2025-10-09 09:00"));
    REQUIRE(resumed);
    CHECK(fmt(resumed->dueAt) == "2025-10-09 10:00");
    CHECK(resumed->warnAt <= ms("2025-10-09 09:00"));
    CHECK(svc.status(*resumed, ms("2025-10-09 09:00")).state == SlaState::Warning);
}

TEST_CASE("a wall-clock clock paused overnight keeps its remaining minutes", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    SlaClockService svc = seededService(t);
    auto c = svc.start(sla::OnsiteDispatch, 3, sla::OnsiteResponse, region(u"same_city"_s), 0,
                       ms("2025-03-03 10:00"));
    REQUIRE(c);
    CHECK(fmt(c->dueAt) == "2025-03-03 12:00");
    REQUIRE(svc.pause(c->id, ms("2025-03-03 10:30")));
    auto resumed = svc.resume(c->id, ms("2025-03-04 09:00"));
    REQUIRE(resumed);
    CHECK(fmt(resumed->dueAt) == "2025-03-04 10:30");
    CHECK(fmt(resumed->warnAt) == "2025-03-04 10:06");
}

TEST_CASE("a clock paused after its deadline stays breached when resumed", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    SlaClockService svc = seededService(t);
    auto c = svc.start(sla::RemoteSession, 4, sla::EscalateToOnsite, {}, 0, ms("2025-03-03 09:00"));
    REQUIRE(c);
    auto paused = svc.pause(c->id, ms("2025-03-03 10:30"));
    REQUIRE(paused);
    CHECK(paused->remainingMinutes == -30);
    auto resumed = svc.resume(c->id, ms("2025-03-03 11:00"));
    REQUIRE(resumed);
    const auto s = svc.status(*resumed, ms("2025-03-03 11:00"));
    CHECK(s.state == SlaState::Breached);
    CHECK(s.remainingMinutes == -30);
}

TEST_CASE("pause, resume and stop are refused in the wrong state", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    SlaClockService svc = seededService(t);
    auto c = svc.start(sla::Complaint, 8, sla::ComplaintReply, {}, 0, ms("2025-03-03 09:00"));
    REQUIRE(c);
    CHECK(svc.resume(c->id, ms("2025-03-03 09:10")).error().code == ErrorCode::NotAllowedInState);
    REQUIRE(svc.pause(c->id, ms("2025-03-03 09:10")));
    CHECK(svc.pause(c->id, ms("2025-03-03 09:20")).error().code == ErrorCode::NotAllowedInState);
    // Stopped while paused: judged by what was left at the pause.
    auto stopped = svc.stop(c->id, ms("2025-03-05 09:00"));
    REQUIRE(stopped);
    CHECK(svc.status(*stopped, ms("2025-03-06 09:00")).state == SlaState::Met);
    CHECK(svc.stop(c->id, ms("2025-03-05 10:00")).error().code == ErrorCode::NotAllowedInState);
    CHECK(svc.resume(c->id, ms("2025-03-05 10:00")).error().code == ErrorCode::NotAllowedInState);
    CHECK(svc.pause(999999, ms("2025-03-05 10:00")).error().code == ErrorCode::NotFound);
}

TEST_CASE("a clock stopped after its deadline is missed", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    SlaClockService svc = seededService(t);
    auto c = svc.start(sla::HotlineCall, 6, sla::EscalateToRemote, {}, 0, ms("2025-03-03 09:00"));
    REQUIRE(c);
    auto stopped = svc.stop(c->id, ms("2025-03-03 09:40"));
    REQUIRE(stopped);
    const auto s = svc.status(*stopped, ms("2025-03-03 12:00"));
    CHECK(s.state == SlaState::MissedStopped);
    CHECK(s.remainingMinutes == -10);
    auto found = svc.find(sla::HotlineCall, 6, sla::EscalateToRemote);
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK((*found)->stoppedAt == ms("2025-03-03 09:40"));
    CHECK_FALSE(svc.find(sla::HotlineCall, 6, sla::Resolution)->has_value());
}

TEST_CASE("due-soon lists warning, breached and nearly due clocks, soonest first", "[db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    SlaClockService svc = seededService(t);
    const qint64 e1 = t.sessionWith({Role::ServiceEngineer}).staffId;
    const qint64 e2 = t.sessionWith({Role::HotlineOperator}).staffId;
    const qint64 now = ms("2025-03-03 12:00");

    // A: breached at 11:50.  B: warning (due 12:05).  C: due 14:00.  D: due tomorrow.
    auto a = svc.start(sla::HotlineCall, 101, sla::FirstResponse, {}, e1, ms("2025-03-03 10:50"));
    auto b = svc.start(sla::HotlineCall, 102, sla::EscalateToRemote, {}, e2, ms("2025-03-03 11:35"));
    auto c = svc.start(sla::Complaint, 103, sla::ComplaintReply, {}, e1, ms("2025-03-03 11:00"));
    auto d = svc.start(sla::HotlineCall, 104, sla::Resolution, {}, e1, ms("2025-03-03 11:00"));
    // E: breached but paused.  F: breached but stopped.
    auto e = svc.start(sla::HotlineCall, 105, sla::FirstResponse, {}, e1, ms("2025-03-03 09:00"));
    auto f = svc.start(sla::HotlineCall, 106, sla::FirstResponse, {}, e1, ms("2025-03-03 09:00"));
    REQUIRE((a && b && c && d && e && f));
    REQUIRE(svc.pause(e->id, ms("2025-03-03 10:30")));
    REQUIRE(svc.stop(f->id, ms("2025-03-03 10:30")));

    CHECK(svc.status(*a, now).state == SlaState::Breached);
    CHECK(svc.status(*b, now).state == SlaState::Warning);
    CHECK(svc.status(*c, now).state == SlaState::Running);

    auto ids = [&](qint64 assignee, int horizon) {
        auto list = SlaClockService::dueSoon(t.db(), assignee, now, horizon);
        REQUIRE(list);
        QList<qint64> out;
        for (const auto &clock : *list)
            out.append(clock.recordId);
        return out;
    };
    CHECK(ids(0, 60) == QList<qint64>{101, 102});
    CHECK(ids(0, 120) == QList<qint64>{101, 102, 103});
    CHECK(ids(0, 0) == QList<qint64>{101, 102});
    CHECK(ids(e1, 120) == QList<qint64>{101, 103});
    CHECK(ids(e2, 120) == QList<qint64>{102});

    auto moved = svc.reassign(c->id, e2);
    REQUIRE(moved);
    CHECK(moved->assigneeId == e2);
    CHECK(ids(e2, 120) == QList<qint64>{102, 103});
}
