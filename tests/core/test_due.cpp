// The one definition of "due soon" and "overdue" (core/sla/due.h): levels in the clock's own
// measure, the texts every screen shows, whose deadlines a desk sees, and the screens that
// count deadlines agreeing with it on the demo center.
#include "core/auth/staffrepository.h"
#include "core/calendar/calendarrepository.h"
#include "core/complaints/complaintservice.h"
#include "core/demo/demodata.h"
#include "core/dispatch/dispatchservice.h"
#include "core/hotline/hotlineservice.h"
#include "core/records/centerinfo.h"
#include "core/sla/due.h"
#include "core/sla/slarepository.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

qint64 at(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), BusinessCalendar::defaultTimeZone()).toMSecsSinceEpoch();
}

SlaClock runningClock(SlaMeasure measure, qint64 dueAt, qint64 warnAt)
{
    SlaClock c;
    c.measure = measure;
    c.dueAt = dueAt;
    c.warnAt = warnAt;
    c.state = SlaClock::Stored::Running;
    return c;
}

BusinessCalendar loadCalendar(const Database &db)
{
    REQUIRE(CalendarRepository::ensureDefaults(db));
    auto cal = CalendarRepository(db).load();
    REQUIRE(cal);
    return *cal;
}

Session login(const Database &db, const QString &name)
{
    auto s = AuthService(db).login(name, demoPassword());
    REQUIRE(s);
    return *s;
}

int count(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = db.scalar(sql, binds);
    REQUIRE(v);
    return v->toInt();
}

} // namespace

TEST_CASE("due levels: overdue past the deadline, due soon past the warning or within the hour in the clock's measure",
          "[sla][due]")
{
    BusinessCalendar cal;   // Mon–Fri 08:30–17:30, China's holidays
    // Monday 2026-11-23 17:00; a working-time deadline 45 working minutes away is Tuesday 08:45
    // (30 minutes before closing, 15 after opening), nearly 16 hours away on the wall clock.
    const qint64 now = at(2026, 11, 23, 17, 0);
    const SlaClock overnight = runningClock(SlaMeasure::Working, at(2026, 11, 24, 8, 45), at(2026, 11, 24, 8, 40));
    const SlaStatus overnightStatus = SlaClockService::status(overnight, now, cal);
    CHECK(overnightStatus.remainingMinutes == 45);
    CHECK(dueLevel(overnight, overnightStatus) == DueLevel::DueSoon);

    // A calendar-time deadline 90 minutes away, before its warning: later.
    const SlaClock wall = runningClock(SlaMeasure::Wall, now + 90 * 60000, now + 80 * 60000);
    CHECK(dueLevel(wall, SlaClockService::status(wall, now, cal)) == DueLevel::Later);
    // Past its warning: due soon, whatever is left.
    const SlaClock warned = runningClock(SlaMeasure::Wall, now + 300 * 60000, now - 60000);
    CHECK(dueLevel(warned, SlaClockService::status(warned, now, cal)) == DueLevel::DueSoon);
    // Exactly at the deadline it is still in time; a minute later it is overdue.
    const SlaClock edge = runningClock(SlaMeasure::Wall, now, now - 600000);
    CHECK(dueLevel(edge, SlaClockService::status(edge, now, cal)) == DueLevel::DueSoon);
    CHECK(dueLevel(edge, SlaClockService::status(edge, now + 60000, cal)) == DueLevel::Overdue);
    // Paused (waiting for the customer) and stopped clocks are never due.
    SlaClock paused = edge;
    paused.state = SlaClock::Stored::Paused;
    paused.remainingMinutes = -5;
    CHECK(dueLevel(paused, SlaClockService::status(paused, now + 60000, cal)) == DueLevel::Later);
}

TEST_CASE("due texts say whether they count working or calendar time", "[sla][due]")
{
    CHECK(dueText(-(41 * 60 + 37), SlaMeasure::Working) == u"overdue 41 h 37 min (working time)"_s);
    CHECK(dueText(80, SlaMeasure::Wall) == u"1 h 20 min left (calendar time)"_s);
    CHECK(dueText(-35, SlaMeasure::Wall) == u"overdue 35 min (calendar time)"_s);
    // Calendar time past two days reads in days; working time stays in hours.
    CHECK(dueText(-(6 * 24 * 60 + 20 * 60), SlaMeasure::Wall) == u"overdue 6 d 20 h (calendar time)"_s);
    CHECK(dueText(-(6 * 24 * 60 + 20 * 60), SlaMeasure::Working) == u"overdue 164 h 00 min (working time)"_s);
    CHECK(dueTextShort(0, SlaMeasure::Wall) == u"0 min left"_s);
}

TEST_CASE("a desk's due list: mine first, then my team's, each record once", "[sla][due][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    const BusinessCalendar cal = loadCalendar(t.db());
    REQUIRE(SlaRepository::seedDefaults(t.db()));
    SlaClockService svc(t.db(), cal);
    const Session opA = t.sessionWith({Role::HotlineOperator}, u"张敏"_s);
    const Session opB = t.sessionWith({Role::HotlineOperator}, u"王磊"_s);
    const Session engineer = t.sessionWith({Role::ServiceEngineer}, u"孙浩"_s);
    const Session manager = t.sessionWith({Role::ServiceManager}, u"李娜"_s);
    const Session quality = t.sessionWith({Role::QualitySupervisor}, u"韩梅"_s);
    const qint64 now = at(2026, 11, 24, 12, 0);   // Tuesday noon

    // A's call is overdue, B's is in warning, the engineer's on-site response is overdue, a
    // complaint reply runs for the quality desk, and one of A's clocks is far away.
    REQUIRE(svc.start(sla::HotlineCall, 101, sla::FirstResponse, {}, opA.staffId, at(2026, 11, 24, 10, 50)));
    REQUIRE(svc.start(sla::HotlineCall, 102, sla::EscalateToRemote, {}, opB.staffId, at(2026, 11, 24, 11, 35)));
    SlaClassInfo sameCity;
    sameCity.regionClass = u"same_city"_s;
    REQUIRE(svc.start(sla::OnsiteDispatch, 201, sla::OnsiteResponse, sameCity, engineer.staffId, at(2026, 11, 24, 9, 0)));
    REQUIRE(svc.start(sla::Complaint, 301, sla::ComplaintReply, {}, quality.staffId, at(2026, 11, 24, 9, 30)));
    REQUIRE(svc.start(sla::HotlineCall, 103, sla::ComplexResolution, {}, opA.staffId, at(2026, 11, 24, 11, 0)));

    auto items = [&](const Session &s) {
        auto list = deskDue(t.db(), cal, s, now);
        REQUIRE(list);
        QStringList out;
        for (const DueItem &i : *list)
            out << u"%1:%2:%3:%4"_s.arg(i.scope == DueScope::Mine ? u"mine"_s : u"team"_s, i.recordType)
                       .arg(i.recordId)
                       .arg(i.level == DueLevel::Overdue ? u"overdue"_s : i.level == DueLevel::DueSoon ? u"soon"_s : u"now"_s);
        return out;
    };
    CHECK(items(opA) == QStringList{u"mine:hotline_call:101:overdue"_s, u"team:hotline_call:102:soon"_s});
    CHECK(items(opB) == QStringList{u"mine:hotline_call:102:soon"_s, u"team:hotline_call:101:overdue"_s});
    // An engineer oversees no desk: only his own job.
    CHECK(items(engineer) == QStringList{u"mine:onsite_dispatch:201:overdue"_s});
    // The manager oversees the hotline and the on-site desk, not the complaints; overdue
    // first, earliest deadline first (the on-site job was due at 11:00, the call at 11:50).
    CHECK(items(manager) == QStringList{u"team:onsite_dispatch:201:overdue"_s, u"team:hotline_call:101:overdue"_s,
                                        u"team:hotline_call:102:soon"_s});
    // The complaint reply (3 working hours from 09:30) is due at 12:30: due soon, and hers.
    CHECK(items(quality) == QStringList{u"mine:complaint:301:soon"_s});

    auto managerList = deskDue(t.db(), cal, manager, now);
    REQUIRE(managerList);
    const DueCounts team = countDue(*managerList, DueScope::Team);
    CHECK(team.overdue == 2);
    CHECK(team.dueSoon == 1);
    CHECK(countDue(*managerList, DueScope::Mine).isEmpty());
}

TEST_CASE("the status bar, the dispatch board, the hotline desk, the first-visit queue and the complaint register count alike",
          "[sla][due][db][demo]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    const qint64 now = at(2026, 11, 24, 10, 0);
    ScopedClock pin(now);
    auto t = TestDatabase::create(backend);
    REQUIRE(generateDemo(t.db(), {200, 11}));
    const Database &db = t.db();
    auto calendar = CalendarRepository(db).load();
    REQUIRE(calendar);

    // The manager's team count of overdue on-site jobs is the board's.
    const Session manager = login(db, u"manager"_s);
    auto managerDue = deskDue(db, *calendar, manager, now);
    REQUIRE(managerDue);
    int onsiteOverdue = 0;
    for (const DueItem &i : *managerDue)
        if (i.recordType == QString(sla::OnsiteDispatch) && i.level == DueLevel::Overdue)
            ++onsiteOverdue;
    auto boardOverdue = DispatchService(db, *calendar).overdueCount(now);
    REQUIRE(boardOverdue);
    CHECK(*boardOverdue > 0);
    CHECK(onsiteOverdue == *boardOverdue);

    // The operator's hotline items (mine and team) are the hotline desk's due list.
    const Session operatorA = login(db, u"hotline1"_s);
    auto opDue = deskDue(db, *calendar, operatorA, now);
    REQUIRE(opDue);
    auto hotline = HotlineService::open(db);
    REQUIRE(hotline);
    auto desk = hotline->dueSoon(now, kDueSoonMinutes);
    REQUIRE(desk);
    QSet<QString> fromDesk, fromStatus;
    for (const DeskAlert &a : *desk)
        fromDesk << u"%1/%2/%3"_s.arg(a.callId).arg(a.target, a.countdown);
    for (const DueItem &i : *opDue)
        if (i.recordType == QString(sla::HotlineCall) || i.recordType == QString(sla::RemoteSession)) {
            // Remote-session clocks are kept under their call's id.
            fromStatus << u"%1/%2/%3"_s.arg(i.recordId).arg(i.target, i.text());
        }
    CHECK_FALSE(fromDesk.isEmpty());
    CHECK(fromStatus == fromDesk);

    // The first-visit agent's "due now" is the queue's due count.
    const Session agent = login(db, u"firstvisit1"_s);
    auto agentDue = deskDue(db, *calendar, agent, now);
    REQUIRE(agentDue);
    int queueDue = 0;
    for (const DueItem &i : *agentDue)
        if (i.recordType == u"first_visit"_s && i.level == DueLevel::DueNow)
            ++queueDue;
    CHECK(queueDue > 0);
    CHECK(queueDue == count(db, u"SELECT COUNT(*) FROM first_visits WHERE queue_due IS NOT NULL AND queue_due <= ?"_s, {now}));

    // A complaint's countdown reads the same on the quality desk's list and in the register.
    const Session quality = login(db, u"quality"_s);
    auto qualityDue = deskDue(db, *calendar, quality, now);
    REQUIRE(qualityDue);
    auto complaints = complaints::ComplaintService::open(db);
    REQUIRE(complaints);
    int compared = 0;
    for (const DueItem &i : *qualityDue) {
        if (i.recordType != QString(sla::Complaint))
            continue;
        auto dl = complaints->deadlines({i.recordId}, now);
        REQUIRE(dl);
        if (dl->value(i.recordId).target != i.target)
            continue;
        CHECK(dl->value(i.recordId).text() == i.text());
        CHECK(dl->value(i.recordId).level == i.level);
        ++compared;
    }
    CHECK(compared > 0);
}

TEST_CASE("the due-soon horizon reaches over the weekend in working time", "[sla][due]")
{
    BusinessCalendar cal;   // Mon–Fri 08:30–17:30
    // Friday 2026-11-27 17:00: 30 working minutes that evening, 31 on Monday morning.
    const qint64 friday = at(2026, 11, 27, 17, 0);
    CHECK(dueSoonHorizon(cal, friday) == at(2026, 11, 30, 9, 1));
    // Tuesday 10:00: within the working day the wall and working horizons agree.
    CHECK(dueSoonHorizon(cal, at(2026, 11, 24, 10, 0)) == at(2026, 11, 24, 11, 1));
    // A working-time clock due Monday 09:00 is due soon on Friday evening, and nothing later is.
    const SlaClock monday = runningClock(SlaMeasure::Working, at(2026, 11, 30, 9, 0), at(2026, 11, 30, 8, 50));
    CHECK(dueLevel(monday, SlaClockService::status(monday, friday, cal)) == DueLevel::DueSoon);
    const SlaClock later = runningClock(SlaMeasure::Working, at(2026, 11, 30, 9, 2), at(2026, 11, 30, 8, 55));
    CHECK(dueLevel(later, SlaClockService::status(later, friday, cal)) == DueLevel::Later);
}

TEST_CASE("the center sets its due-soon window: administrators only, within limits, every desk counts with it",
          "[sla][due][db][settings]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    const BusinessCalendar cal = loadCalendar(t.db());
    REQUIRE(SlaRepository::seedDefaults(t.db()));
    SlaClockService svc(t.db(), cal);
    const Session admin = t.sessionWith({Role::Administrator}, u"周强"_s);
    const Session manager = t.sessionWith({Role::ServiceManager}, u"李娜"_s);
    const Session quality = t.sessionWith({Role::QualitySupervisor}, u"韩梅"_s);
    auto stored = [&] {
        return t.db().scalar(u"SELECT COUNT(*) FROM settings WHERE key = 'due.soon_minutes'"_s)->toInt();
    };

    // Unset: the default.
    CHECK(dueSoonMinutes(t.db()) == kDueSoonMinutes);

    // A manager may not change it: refused, audited, nothing stored.
    auto refused = setDueSoonMinutes(t.db(), manager, 120);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Forbidden);
    CHECK(stored() == 0);
    CHECK(t.db().scalar(u"SELECT COUNT(*) FROM audit WHERE actor_id = ? AND action LIKE 'forbidden:%'"_s,
                        {manager.staffId})
              ->toInt() == 1);

    // Out of range, either way: refused naming the field, nothing stored.
    for (int bad : {kDueSoonMinMinutes - 1, 0, -30, kDueSoonMaxMinutes + 1}) {
        CAPTURE(bad);
        auto r = setDueSoonMinutes(t.db(), admin, bad);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.error().field == u"due_soon_minutes"_s);
        CHECK(stored() == 0);
    }
    CHECK(dueSoonMinutes(t.db()) == kDueSoonMinutes);

    // The complaint reply (3 working hours from 09:30) is due at 12:30; at 11:00 it is 90
    // minutes away: later with the default window, due soon with a two-hour one.
    REQUIRE(svc.start(sla::Complaint, 301, sla::ComplaintReply, {}, quality.staffId, at(2026, 11, 24, 9, 30)));
    const qint64 now = at(2026, 11, 24, 11, 0);
    auto count = [&] {
        auto list = deskDue(t.db(), cal, quality, now);
        REQUIRE(list);
        return countDue(*list, DueScope::Mine).dueSoon;
    };
    CHECK(count() == 0);
    REQUIRE(setDueSoonMinutes(t.db(), admin, 120));
    CHECK(dueSoonMinutes(t.db()) == 120);
    CHECK(count() == 1);
    CHECK(t.db().scalar(u"SELECT COUNT(*) FROM audit WHERE actor_id = ? AND table_name = 'settings' AND field = 'due.soon_minutes'"_s,
                        {admin.staffId})
              ->toInt() == 1);

    // A call-back promised for 90 minutes from now, and a scheduled clock, by the same window.
    CHECK(callBackDueLevel(now + 90 * 60'000, now, dueSoonMinutes(t.db())) == DueLevel::DueSoon);
    CHECK(callBackDueLevel(now + 90 * 60'000, now) == DueLevel::Later);
    CHECK(dueSoonHorizon(cal, now, 120) == at(2026, 11, 24, 13, 1));

    // A value nobody could have saved (edited by hand) falls back to the default.
    REQUIRE(t.db().exec(u"UPDATE settings SET value = 'soon' WHERE key = 'due.soon_minutes'"_s));
    CHECK(dueSoonMinutes(t.db()) == kDueSoonMinutes);
    REQUIRE(t.db().exec(u"UPDATE settings SET value = '100000' WHERE key = 'due.soon_minutes'"_s));
    CHECK(dueSoonMinutes(t.db()) == kDueSoonMinutes);
    CHECK(count() == 0);
}

TEST_CASE("saving the center's details with a due-soon window out of range changes nothing", "[sla][due][db][settings]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(CenterInfo::save(t.db(), t.admin(), CenterInfo{u"北京用友软件服务中心"_s, {}, {}, {}, {}, 45}));
    auto r = CenterInfo::save(t.db(), t.admin(), CenterInfo{u"天津畅捷服务中心"_s, {}, {}, {}, {}, kDueSoonMaxMinutes + 1});
    REQUIRE_FALSE(r);
    CHECK(r.error().field == u"due_soon_minutes"_s);
    auto info = CenterInfo::load(t.db());
    REQUIRE(info);
    CHECK(info->name == u"北京用友软件服务中心"_s);
    CHECK(info->dueSoonMinutes == 45);
}
