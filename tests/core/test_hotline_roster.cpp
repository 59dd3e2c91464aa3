// The duty roster: the service manager arranges shifts, overlaps are refused, overnight
// on-call shifts cover the small hours, and the week can be copied.
#include "core/audit/audit.h"
#include "core/hotline/dutyroster.h"
#include "tests/core/test_hotline_fixture.h"

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::HotlineFixture;
using sd::test::shanghai;

TEST_CASE("the service manager arranges the duty roster", "[hotline][roster][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    DutyRoster roster(f.t.db());
    const QTimeZone zone = BusinessCalendar::defaultTimeZone();
    const QDate monday(2026, 11, 23);

    DutyShift day{0, 0, f.op.staffId, {}, monday, QTime(8, 30), QTime(12, 0), false, {}};
    auto refused = roster.add(f.op, day);   // an operator cannot arrange shifts
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Forbidden);
    auto id = roster.add(f.manager, day);
    REQUIRE(id);

    DutyShift afternoon{0, 0, f.op.staffId, {}, monday, QTime(13, 30), QTime(17, 30), false, {}};
    REQUIRE(roster.add(f.manager, afternoon));
    DutyShift overlap{0, 0, f.op.staffId, {}, monday, QTime(11, 0), QTime(14, 0), false, {}};
    auto clash = roster.add(f.manager, overlap);
    REQUIRE_FALSE(clash);
    CHECK(clash.error().code == ErrorCode::Conflict);
    DutyShift engineer{0, 0, f.engineer.staffId, {}, monday, QTime(8, 30), QTime(17, 30), false, {}};
    CHECK(sd::test::errorOf(roster.add(f.manager, engineer)).field == u"staff_id"_s);
    DutyShift empty{0, 0, f.op.staffId, {}, monday, QTime(9, 0), QTime(9, 0), false, {}};
    CHECK(sd::test::errorOf(roster.add(f.manager, empty)).field == u"time"_s);

    // After-hours on-call overnight, Monday 17:30 → Tuesday 08:30.
    DutyShift night{0, 0, f.op2.staffId, {}, monday, QTime(17, 30), QTime(8, 30), true, u"手机 13800000000"_s};
    REQUIRE(roster.add(f.manager, night));
    DutyShift tuesday{0, 0, f.op2.staffId, {}, monday.addDays(1), QTime(8, 0), QTime(12, 0), false, {}};
    CHECK(sd::test::errorOf(roster.add(f.manager, tuesday)).code == ErrorCode::Conflict);   // overlaps the night

    CHECK(*roster.isOnDuty(f.op.staffId, shanghai("2026-11-23 09:00"), zone));
    CHECK_FALSE(*roster.isOnDuty(f.op.staffId, shanghai("2026-11-23 12:30"), zone));
    CHECK(*roster.isOnDuty(f.op2.staffId, shanghai("2026-11-23 23:00"), zone));
    CHECK(*roster.isOnDuty(f.op2.staffId, shanghai("2026-11-24 07:59"), zone));
    CHECK_FALSE(*roster.isOnDuty(f.op2.staffId, shanghai("2026-11-24 08:30"), zone));
    auto now = roster.onDutyAt(shanghai("2026-11-24 03:00"), zone);
    REQUIRE(now);
    REQUIRE(now->size() == 1);
    CHECK(now->first().onCall);

    // Each operator sees their own shifts; the week grid sees everyone's.
    auto mine = roster.between(monday, monday.addDays(6), f.op.staffId);
    REQUIRE(mine);
    CHECK(mine->size() == 2);
    auto week = roster.between(monday, monday.addDays(6));
    REQUIRE(week);
    CHECK(week->size() == 3);

    // Edit with a stale version is a conflict; the edit is audited.
    auto shift = roster.get(*id);
    REQUIRE(shift);
    DutyShift edited = *shift;
    edited.ends = QTime(14, 0);
    auto overlapping = roster.save(f.manager, edited);   // runs into the afternoon shift
    REQUIRE_FALSE(overlapping);
    CHECK(overlapping.error().code == ErrorCode::Conflict);
    edited.ends = QTime(11, 30);
    auto saved = roster.save(f.manager, edited);
    REQUIRE(saved);
    CHECK(saved->ends == QTime(11, 30));
    auto stale = roster.save(f.manager, edited);   // the version is stale now
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == ErrorCode::Conflict);
    auto trail = audit::forRecord(f.t.db(), u"hotline_shifts"_s, *id);
    REQUIRE(trail);
    bool endsAudited = false;
    for (const AuditEntry &e : *trail)
        endsAudited |= e.field == u"ends"_s && e.oldValue == u"12:00"_s && e.newValue == u"11:30"_s;
    CHECK(endsAudited);

    // Copy the week to the next one.
    auto copied = roster.copyWeek(f.manager, monday, monday.addDays(7));
    REQUIRE(copied);
    CHECK(*copied == 3);
    auto next = roster.between(monday.addDays(7), monday.addDays(13));
    REQUIRE(next);
    CHECK(next->size() == 3);
    CHECK(*roster.copyWeek(f.manager, monday, monday.addDays(7)) == 0);   // all there already

    REQUIRE(roster.remove(f.manager, saved->id, saved->version));
    CHECK(sd::test::errorOf(roster.get(saved->id)).code == ErrorCode::NotFound);
}
