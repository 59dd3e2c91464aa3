// Complaint deadlines through the SLA engine: the 3-hour reply from confirmation, the 1-working-
// day follow-up after the result, the 1-working-day feedback to HQ and the monthly report, each
// across working-hour edges, weekends, holidays and make-up working days (调休).
#include "core/alerts/alertstore.h"
#include "core/reports/complaintreport.h"
#include "core/sla/slaclockservice.h"
#include "tests/core/test_complaints_fixture.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using namespace sd::core::complaints;
using namespace sd::test::complaints;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {
struct Env {
    TestDatabase t;
    ComplaintService svc;
    qint64 dept = 0;
    qint64 customer = 0;
    Session quality;
    Session head;
};

Env makeEnv(Backend backend)
{
    auto t = TestDatabase::create(backend);
    seedDefaults(t.db());
    auto svc = ComplaintService::open(t.db());
    REQUIRE(svc);
    const Session quality = t.sessionWith({Role::QualitySupervisor}, u"韩梅"_s);
    const Session head = t.sessionWith({Role::DepartmentHead}, u"李娜"_s);
    Env e{std::move(t), *svc, 0, 0, quality, head};
    e.dept = addDepartment(e.t.db(), u"现场服务部"_s, u"On-site"_s, head.staffId);
    e.customer = addCustomer(e.t.db(), u"北京华远机械有限公司"_s);
    return e;
}

qint64 due(const Env &e, qint64 id, const QString &target)
{
    SlaClockService clocks(e.t.db(), e.svc.calendar());
    auto c = clocks.find(u"complaint"_s, id, target);
    REQUIRE(c);
    REQUIRE(c->has_value());
    return (*c)->dueAt;
}

int version(const Env &e, qint64 id)
{
    return e.svc.load(id)->value(u"version"_s).toInt();
}
} // namespace

TEST_CASE("Complaint reply deadline runs 3 working hours from confirmation", "[complaints][sla][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Clock clock(shanghai(2026, 11, 24, 9));
    Env e = makeEnv(backend);

    struct Case {
        const char *what;
        qint64 confirmAt;
        qint64 expected;
    };
    const Case cases[] = {
        {"inside one working day", shanghai(2026, 11, 24, 9), shanghai(2026, 11, 24, 12)},
        {"before opening starts at 08:30", shanghai(2026, 11, 24, 7), shanghai(2026, 11, 24, 11, 30)},
        {"across the close of day", shanghai(2026, 11, 24, 16), shanghai(2026, 11, 25, 10)},
        {"after closing", shanghai(2026, 11, 24, 18), shanghai(2026, 11, 25, 11, 30)},
        {"exactly at closing lands at closing", shanghai(2026, 11, 24, 14, 30), shanghai(2026, 11, 24, 17, 30)},
        {"Friday to Monday", shanghai(2026, 11, 27, 16), shanghai(2026, 11, 30, 10)},
        {"into the National Day holiday", shanghai(2026, 9, 30, 16), shanghai(2026, 10, 8, 10)},
        {"Friday to a make-up working Sunday", shanghai(2026, 9, 18, 16), shanghai(2026, 9, 20, 10)},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        clock.set(c.confirmAt);
        auto id = e.svc.accept(e.quality, intake(e.customer));
        REQUIRE(id);
        auto r = e.svc.act(e.quality, *id, 1, action::ConfirmValid,
                           {{u"detail"_s, u"属实"_s}, {u"department_id"_s, e.dept}});
        REQUIRE(r);
        CHECK(due(e, *id, u"complaint_reply"_s) == c.expected);
        CHECK(r->value(u"reply_due_at"_s).toLongLong() == c.expected);
        SlaClockService clocks(e.t.db(), e.svc.calendar());
        auto clockRow = clocks.find(u"complaint"_s, *id, u"complaint_reply"_s);
        CHECK((*clockRow)->assigneeId == e.head.staffId);   // the responsible department's head
    }

    // The countdown a list shows, and the reply stopping the clock in time or late.
    clock.set(shanghai(2026, 11, 24, 9));
    auto id = e.svc.accept(e.quality, intake(e.customer));
    REQUIRE(e.svc.act(e.quality, *id, 1, action::ConfirmValid, {{u"detail"_s, u"属实"_s}, {u"department_id"_s, e.dept}}));
    auto dl = e.svc.deadlines({*id}, shanghai(2026, 11, 24, 11));
    REQUIRE(dl);
    CHECK(dl->value(*id).target == u"complaint_reply"_s);
    CHECK(dl->value(*id).remainingMs == 60 * 60 * 1000);
    CHECK(dl->value(*id).slaState == u"running"_s);
    auto warn = e.svc.deadlines({*id}, shanghai(2026, 11, 24, 11, 30));
    CHECK(warn->value(*id).slaState == u"warning"_s);   // past 80 % of 3 hours (11:24)
    auto over = e.svc.deadlines({*id}, shanghai(2026, 11, 24, 12, 30));
    CHECK(over->value(*id).slaState == u"breached"_s);
    CHECK(over->value(*id).remainingMs == -30 * 60 * 1000);
    REQUIRE(e.svc.act(e.head, *id, 2, action::Investigate,
                      {{u"cause"_s, u"排班"_s}, {u"responsible_person_id"_s, e.head.staffId}, {u"accountability"_s, u"批评"_s}}));
    clock.set(shanghai(2026, 11, 24, 12, 30));
    REQUIRE(e.svc.act(e.head, *id, 3, action::Reply, {{u"measures"_s, u"apology"_s}, {u"reply_text"_s, u"致歉"_s}}));
    SlaClockService clocks(e.t.db(), e.svc.calendar());
    auto stopped = clocks.find(u"complaint"_s, *id, u"complaint_reply"_s);
    CHECK((*stopped)->state == SlaClock::Stored::Stopped);
    CHECK(clocks.status(**stopped, shanghai(2026, 11, 25, 9)).state == SlaState::MissedStopped);
    CHECK(e.svc.deadlines({*id}, shanghai(2026, 11, 24, 13))->isEmpty());
}

TEST_CASE("Complaint follow-up and HQ feedback are due 1 working day later", "[complaints][sla][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Clock clock(shanghai(2026, 9, 24, 9));
    Env e = makeEnv(backend);

    // HQ-forwarded; the result comes back Thursday 17:00 before the Mid-Autumn holiday
    // (Fri 25 – Sun 27): 30 minutes on Thursday, the rest on Monday 28th until 17:00.
    auto id = e.svc.accept(e.quality, intake(e.customer, u"hq"_s));
    REQUIRE(id);
    REQUIRE(e.svc.act(e.quality, *id, 1, action::ConfirmValid, {{u"detail"_s, u"属实"_s}, {u"department_id"_s, e.dept}}));
    REQUIRE(e.svc.act(e.head, *id, 2, action::Investigate,
                      {{u"cause"_s, u"排班"_s}, {u"responsible_person_id"_s, e.head.staffId}, {u"accountability"_s, u"批评"_s}}));
    REQUIRE(e.svc.act(e.head, *id, 3, action::Reply, {{u"measures"_s, u"reservice"_s}, {u"reply_text"_s, u"重新上门"_s}}));
    clock.set(shanghai(2026, 9, 24, 17));
    auto r = e.svc.act(e.head, *id, 4, action::ReturnResult, {{u"result_text"_s, u"已解决"_s}});
    REQUIRE(r);
    CHECK(due(e, *id, u"complaint_follow_up"_s) == shanghai(2026, 9, 28, 17));
    CHECK(r->value(u"follow_up_due_at"_s).toLongLong() == shanghai(2026, 9, 28, 17));
    CHECK(due(e, *id, u"hq_feedback"_s) == shanghai(2026, 9, 28, 17));
    CHECK(r->value(u"hq_feedback_due_at"_s).toLongLong() == shanghai(2026, 9, 28, 17));
    // The follow-up is the confirming supervisor's.
    SlaClockService clocks(e.t.db(), e.svc.calendar());
    CHECK((*clocks.find(u"complaint"_s, *id, u"complaint_follow_up"_s))->assigneeId == e.quality.staffId);
    // Reply stopped; the list shows the follow-up countdown next (reply ranks first only while it runs).
    auto dl = e.svc.deadlines({*id}, shanghai(2026, 9, 28, 9));
    CHECK(dl->value(*id).target == u"complaint_follow_up"_s);

    clock.set(shanghai(2026, 9, 28, 16));
    REQUIRE(e.svc.act(e.quality, *id, 5, action::FollowUpSatisfied,
                      {{u"verification"_s, u"回访"_s}, {u"customer_opinion"_s, u"满意"_s}}));
    auto fu = clocks.find(u"complaint"_s, *id, u"complaint_follow_up"_s);
    CHECK((*fu)->state == SlaClock::Stored::Stopped);
    CHECK(clocks.status(**fu, shanghai(2026, 9, 29, 9)).state == SlaState::Met);
    CHECK(e.svc.deadlines({*id}, shanghai(2026, 9, 28, 16, 30))->value(*id).target == u"hq_feedback"_s);
    clock.set(shanghai(2026, 9, 29, 9));
    REQUIRE(e.svc.act(e.quality, *id, 6, action::FeedbackHq, {{u"hq_feedback"_s, u"已解决，客户满意"_s}}));
    auto hq = clocks.find(u"complaint"_s, *id, u"hq_feedback"_s);
    CHECK((*hq)->state == SlaClock::Stored::Stopped);
    CHECK(clocks.status(**hq, shanghai(2026, 9, 30, 9)).state == SlaState::MissedStopped);

    // An HQ complaint found not true at Friday noon before a make-up Saturday (2026-02-14):
    // 5.5 h on Friday, 3.5 h on the Saturday → 12:00 Saturday.
    clock.set(shanghai(2026, 2, 13, 12));
    auto n = e.svc.accept(e.quality, intake(e.customer, u"hq"_s));
    REQUIRE(n);
    REQUIRE(e.svc.act(e.quality, *n, 1, action::ConfirmNotTrue, {{u"reason"_s, u"记录显示已按时处理"_s}}));
    CHECK(due(e, *n, u"hq_feedback"_s) == shanghai(2026, 2, 14, 12));
    // Not valid: no reply, no follow-up.
    CHECK_FALSE(*clocks.find(u"complaint"_s, *n, u"complaint_reply"_s));
    CHECK_FALSE(*clocks.find(u"complaint"_s, *n, u"complaint_follow_up"_s));
}

TEST_CASE("Monthly complaint report is due 3 working days into the next month and reminds quality", "[complaints][sla][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Clock clock(shanghai(2026, 10, 1, 10));
    Env e = makeEnv(backend);
    ComplaintReportReminder reminder(e.t.db(), e.svc.calendar());

    // September's report: 1–7 October are holidays, the 8th and 9th are working days and the
    // 10th (Saturday) is a make-up working day → due Saturday 10 October 17:30.
    CHECK(reminder.dueAt(202609) == shanghai(2026, 10, 10, 17, 30));
    // November's: 1 December is a Tuesday → Thursday 3 December 17:30.
    CHECK(reminder.dueAt(202611) == shanghai(2026, 12, 3, 17, 30));
    // December 2025's: 1–3 January 2026 holidays, Sunday 4th make-up, Mon 5th, Tue 6th.
    CHECK(reminder.dueAt(202512) == shanghai(2026, 1, 6, 17, 30));

    auto month = reminder.ensure(Database::nowMs());
    REQUIRE(month);
    CHECK(*month == 202609);
    SlaClockService clocks(e.t.db(), e.svc.calendar());
    auto c = clocks.find(u"complaint_report"_s, 202609, u"monthly_report"_s);
    REQUIRE(c);
    REQUIRE(c->has_value());
    CHECK((*c)->dueAt == shanghai(2026, 10, 10, 17, 30));
    CHECK((*c)->assigneeId == e.quality.staffId);
    AlertStore alerts(e.t.db());
    auto list = alerts.forRecipient(e.quality.staffId, true);
    REQUIRE(list->size() == 1);
    CHECK(list->first().kind == u"complaint.report_due"_s);
    CHECK(list->first().text.contains(u"2026-09"_s));
    CHECK(list->first().text.contains(u"2026-10-10 17:30"_s));
    // Idempotent.
    REQUIRE(reminder.ensure(Database::nowMs()));
    CHECK(alerts.forRecipient(e.quality.staffId, false)->size() == 1);

    // Issuing: only quality; stops the clock (in time), clears the reminder; not twice.
    CHECK(reminder.issue(e.head, 202609).error().code == ErrorCode::Forbidden);
    clock.set(shanghai(2026, 10, 9, 11));
    REQUIRE(reminder.issue(e.quality, 202609));
    auto stopped = clocks.find(u"complaint_report"_s, 202609, u"monthly_report"_s);
    CHECK((*stopped)->state == SlaClock::Stored::Stopped);
    CHECK(clocks.status(**stopped, shanghai(2026, 10, 12, 9)).state == SlaState::Met);
    CHECK(*alerts.unreadCount(e.quality.staffId) == 0);
    // Issued is the report record's state: a second issue is not possible from it.
    auto again = reminder.issue(e.quality, 202609);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::NotAllowedInState);
    CHECK(again.error().message.contains(complaints::reportWorkflow().table.stateTitle(u"issued"_s)));
    CHECK(*reminder.issuedAt(202609) == shanghai(2026, 10, 9, 11));
}
