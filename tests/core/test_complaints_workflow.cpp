// The complaint register's workflow (SPEC §3.6): every transition allowed and refused by role,
// the responsible-person rule, states, required fields, HQ rules and the key-customer alert,
// on SQLite and PostgreSQL.
#include "core/alerts/alertstore.h"
#include "core/audit/audit.h"
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

struct World {
    TestDatabase t;
    qint64 dept = 0;
    qint64 customer = 0;
    qint64 keyCustomer = 0;
    ComplaintService svc;

    static World make(Backend backend)
    {
        auto t = TestDatabase::create(backend);
        seedDefaults(t.db());
        auto svc = ComplaintService::open(t.db());
        REQUIRE(svc);
        World w{std::move(t), 0, 0, 0, *svc};
        w.dept = addDepartment(w.t.db(), u"现场服务部"_s, u"On-site Service"_s);
        w.customer = addCustomer(w.t.db(), u"北京华远机械有限公司"_s);
        w.keyCustomer = addCustomer(w.t.db(), u"天津港务集团"_s, true);
        return w;
    }
};

QVariantMap fieldsFor(const QString &action, qint64 dept, qint64 responsible)
{
    if (action == action::ConfirmValid)
        return {{u"detail"_s, u"核实：约定 9 点上门，工程师未到"_s}, {u"department_id"_s, dept}};
    if (action == action::ConfirmOutOfScope)
        return {{u"explanation"_s, u"合同不含上门服务，已向客户说明"_s}};
    if (action == action::ConfirmNotTrue)
        return {{u"reason"_s, u"派工记录显示工程师按时到场，客户签字确认"_s}};
    if (action == action::Investigate)
        return {{u"cause"_s, u"派工排班冲突"_s}, {u"responsible_person_id"_s, responsible}, {u"accountability"_s, u"通报批评"_s}};
    if (action == action::Reply)
        return {{u"measures"_s, u"apology,reservice"_s}, {u"reply_text"_s, u"已致歉并安排明日上门"_s}};
    if (action == action::ReturnResult)
        return {{u"result_text"_s, u"已重新上门解决"_s}};
    if (action == action::FollowUpSatisfied)
        return {{u"verification"_s, u"电话回访核实"_s}, {u"customer_opinion"_s, u"满意"_s}};
    if (action == action::FollowUpUnresolved)
        return {{u"verification"_s, u"电话回访核实"_s}, {u"customer_opinion"_s, u"问题仍在"_s},
                {u"escalation_note"_s, u"提交总部服务发展部"_s}};
    if (action == action::TrackEscalation)
        return {{u"progress"_s, u"总部已受理"_s}};
    if (action == action::CloseEscalation)
        return {{u"hq_resolution"_s, u"总部发布补丁解决"_s}};
    if (action == action::FeedbackHq)
        return {{u"hq_feedback"_s, u"已处理完毕，客户满意"_s}};
    if (action == action::File)
        return {{u"corrective_measures"_s, u"调整排班"_s}, {u"preventive_measures"_s, u"上门前一天电话确认"_s}};
    return {};
}

/// The actions (as admin, who holds every role) that bring a new complaint to `target`.
QStringList pathTo(const QString &target)
{
    if (target == state::Accepted) return {};
    if (target == state::Confirmed) return {action::ConfirmValid};
    if (target == state::Investigated) return {action::ConfirmValid, action::Investigate};
    if (target == state::Replied) return {action::ConfirmValid, action::Investigate, action::Reply};
    if (target == state::ResultReturned)
        return {action::ConfirmValid, action::Investigate, action::Reply, action::ReturnResult};
    if (target == state::Escalated)
        return {action::ConfirmValid, action::Investigate, action::Reply, action::ReturnResult, action::FollowUpUnresolved};
    if (target == state::Resolved)
        return {action::ConfirmValid, action::Investigate, action::Reply, action::ReturnResult, action::FollowUpSatisfied};
    if (target == state::Filed) return {action::ConfirmNotTrue};
    FAIL("no path to " << target.toStdString());
    return {};
}

struct Made {
    qint64 id = 0;
    int version = 1;
};

Made makeIn(World &w, const QString &target, const QString &source, qint64 responsible, qint64 customer = 0)
{
    auto id = w.svc.accept(w.t.admin(), intake(customer ? customer : w.customer, source));
    REQUIRE(id);
    Made m{*id, 1};
    for (const QString &a : pathTo(target)) {
        auto r = w.svc.act(w.t.admin(), m.id, m.version, a, fieldsFor(a, w.dept, responsible));
        INFO(a.toStdString() << ": " << (r ? std::string() : r.error().message.toStdString()));
        REQUIRE(r);
        m.version = r->value(u"version"_s).toInt();
    }
    REQUIRE(w.svc.load(m.id)->value(u"state"_s).toString() == target);
    return m;
}

QString sourceFor(const workflow::Transition &tr)
{
    return tr.action == action::FeedbackHq ? u"hq"_s : u"direct"_s;
}

} // namespace

TEST_CASE("Complaint transitions are allowed and refused by role", "[complaints][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Clock clock(shanghai(2026, 11, 24, 9));
    World w = World::make(backend);

    for (const workflow::Transition &tr : transitionTable().transitions()) {
        INFO("transition " << tr.from.toStdString() << " --" << tr.action.toStdString() << "--> " << tr.to.toStdString());
        // One record for the refusals: nothing may change on it.
        const Made shared = makeIn(w, tr.from, sourceFor(tr), w.t.admin().staffId);
        for (Role role : allRoles()) {
            INFO("role " << roleKey(role).toStdString());
            const Session who = w.t.sessionWith({role});
            if (!tr.roles.contains(role)) {
                auto r = w.svc.act(who, shared.id, shared.version, tr.action, fieldsFor(tr.action, w.dept, who.staffId));
                REQUIRE_FALSE(r);
                CHECK(r.error().code == ErrorCode::Forbidden);
                CHECK(w.svc.load(shared.id)->value(u"version"_s).toInt() == shared.version);
                continue;
            }
            // Allowed: the responsible person (for reply / return_result) is this member of staff.
            const Made m = makeIn(w, tr.from, sourceFor(tr), who.staffId);
            auto r = w.svc.act(who, m.id, m.version, tr.action, fieldsFor(tr.action, w.dept, who.staffId));
            INFO((r ? std::string() : r.error().message.toStdString()));
            REQUIRE(r);
            CHECK(r->value(u"state"_s).toString() == tr.to);
            CHECK(r->value(u"version"_s).toInt() == m.version + 1);
        }
    }
    // Refusals are audited.
    const Session hotline = w.t.sessionWith({Role::HotlineOperator});
    const Made m = makeIn(w, state::Accepted, u"direct"_s, 0);
    REQUIRE_FALSE(w.svc.act(hotline, m.id, 1, action::ConfirmValid, fieldsFor(action::ConfirmValid, w.dept, 0)));
    auto trail = audit::forRecord(w.t.db(), u"complaints"_s, m.id);
    REQUIRE(trail);
    bool refusalAudited = false;
    for (const auto &e : *trail)
        if (e.action.startsWith(u"forbidden:"_s) && e.actorId == hotline.staffId)
            refusalAudited = true;
    CHECK(refusalAudited);
}

TEST_CASE("Complaint acceptance by role and its checks", "[complaints][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Clock clock(shanghai(2026, 11, 24, 9));
    World w = World::make(backend);
    for (Role role : allRoles()) {
        INFO("role " << roleKey(role).toStdString());
        auto r = w.svc.accept(w.t.sessionWith({role}), intake(w.customer));
        if (acceptRoles().contains(role)) {
            REQUIRE(r);
            CHECK(w.svc.load(*r)->value(u"state"_s).toString() == u"accepted"_s);
        } else {
            REQUIRE_FALSE(r);
            CHECK(r.error().code == ErrorCode::Forbidden);
        }
    }
    const Session quality = w.t.sessionWith({Role::QualitySupervisor});
    auto noRef = intake(w.customer, u"hq"_s);
    noRef.hqReference.clear();
    auto bad = w.svc.accept(quality, noRef);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == u"hq_reference"_s);
    auto noType = intake(w.customer, u"hotline"_s);
    noType.sourceRecordType.clear();
    CHECK(w.svc.accept(quality, noType).error().field == u"source_record_type"_s);
    auto noCustomer = intake(999999);
    CHECK(w.svc.accept(quality, noCustomer).error().field == u"customer_id"_s);
    // No customer chosen at all: refused by the rule here, not only by the dialog.
    auto unchosen = w.svc.accept(quality, intake(0));
    REQUIRE_FALSE(unchosen);
    CHECK(unchosen.error().code == ErrorCode::Invalid);
    CHECK(unchosen.error().field == u"customer_id"_s);
    auto empty = intake(w.customer);
    empty.description = u"  "_s;
    CHECK(w.svc.accept(quality, empty).error().field == u"description"_s);

    // One-step intake from another desk keeps its source record, numbered per month.
    auto hotline = w.svc.accept(w.t.sessionWith({Role::HotlineOperator}), intake(w.customer, u"hotline"_s));
    REQUIRE(hotline);
    auto row = w.svc.load(*hotline);
    CHECK(row->value(u"source"_s).toString() == u"hotline"_s);
    CHECK(row->value(u"source_record_type"_s).toString() == u"hotline_calls"_s);
    CHECK(row->value(u"source_record_id"_s).toLongLong() == 42);
    CHECK(row->value(u"received_month"_s).toInt() == 202611);
    CHECK(row->value(u"complaint_no"_s).toString().startsWith(u"TS202611-"_s));
    auto count = w.t.db().scalar(u"SELECT COUNT(DISTINCT complaint_no) FROM complaints"_s);
    auto all = w.t.db().scalar(u"SELECT COUNT(*) FROM complaints"_s);
    CHECK(count->toInt() == all->toInt());
}

TEST_CASE("Complaint states, required fields and HQ rules", "[complaints][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Clock clock(shanghai(2026, 11, 24, 9));
    World w = World::make(backend);
    const Session quality = w.t.sessionWith({Role::QualitySupervisor}, u"韩梅"_s);
    const Session head = w.t.sessionWith({Role::DepartmentHead}, u"李娜"_s);
    const Session engineer = w.t.sessionWith({Role::ServiceEngineer}, u"孙浩"_s);
    const Session otherEngineer = w.t.sessionWith({Role::ServiceEngineer}, u"马超"_s);

    SECTION("an action not possible in the state changes nothing")
    {
        const Made m = makeIn(w, state::Accepted, u"direct"_s, 0);
        auto r = w.svc.act(head, m.id, 1, action::Reply, fieldsFor(action::Reply, w.dept, 0));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotAllowedInState);
        CHECK(w.svc.load(m.id)->value(u"version"_s).toInt() == 1);
    }
    SECTION("required fields are named")
    {
        const Made m = makeIn(w, state::Accepted, u"direct"_s, 0);
        auto r = w.svc.act(quality, m.id, 1, action::ConfirmValid, {{u"detail"_s, u"x"_s}});
        REQUIRE_FALSE(r);
        CHECK(r.error().field == u"department_id"_s);
        auto scope = w.svc.act(quality, m.id, 1, action::ConfirmOutOfScope, {});
        CHECK(scope.error().field == u"explanation"_s);
        auto bogusDept = w.svc.act(quality, m.id, 1, action::ConfirmValid, {{u"detail"_s, u"x"_s}, {u"department_id"_s, 987654}});
        CHECK(bogusDept.error().field == u"department_id"_s);
    }
    SECTION("outside the service commitment and not true are filed with the explanation")
    {
        const Made a = makeIn(w, state::Accepted, u"direct"_s, 0);
        auto scope = w.svc.act(quality, a.id, 1, action::ConfirmOutOfScope, fieldsFor(action::ConfirmOutOfScope, 0, 0));
        REQUIRE(scope);
        CHECK(scope->value(u"state"_s).toString() == u"filed"_s);
        CHECK(scope->value(u"validity"_s).toString() == u"out_of_scope"_s);
        CHECK(scope->value(u"confirmation_note"_s).toString() == u"合同不含上门服务，已向客户说明"_s);
        const Made b = makeIn(w, state::Accepted, u"direct"_s, 0);
        auto untrue = w.svc.act(quality, b.id, 1, action::ConfirmNotTrue, fieldsFor(action::ConfirmNotTrue, 0, 0));
        REQUIRE(untrue);
        CHECK(untrue->value(u"validity"_s).toString() == u"not_true"_s);
        // No reply clock for a complaint that is not valid.
        SlaClockService clocks(w.t.db(), w.svc.calendar());
        CHECK_FALSE(*clocks.find(u"complaint"_s, b.id, u"complaint_reply"_s));
    }
    SECTION("only the responsible person or a manager replies")
    {
        const Made m = makeIn(w, state::Investigated, u"direct"_s, engineer.staffId);
        auto refused = w.svc.act(otherEngineer, m.id, m.version, action::Reply, fieldsFor(action::Reply, 0, 0));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Forbidden);
        auto badMeasure = w.svc.act(engineer, m.id, m.version, action::Reply,
                                    {{u"measures"_s, u"refund_all"_s}, {u"reply_text"_s, u"x"_s}});
        CHECK(badMeasure.error().field == u"measures"_s);
        auto ok = w.svc.act(engineer, m.id, m.version, action::Reply,
                            {{u"measures"_s, QStringList{u"compensation"_s, u"apology"_s}}, {u"reply_text"_s, u"已致歉"_s}});
        REQUIRE(ok);
        CHECK(ok->value(u"measures"_s).toString() == u"apology,compensation"_s);
        CHECK(ok->value(u"replied_by"_s).toLongLong() == engineer.staffId);
        const Made n = makeIn(w, state::Investigated, u"direct"_s, engineer.staffId);
        CHECK(w.svc.act(head, n.id, n.version, action::Reply, fieldsFor(action::Reply, 0, 0)));
    }
    SECTION("a stale version is a conflict")
    {
        const Made m = makeIn(w, state::Accepted, u"direct"_s, 0);
        REQUIRE(w.svc.act(quality, m.id, 1, action::ConfirmValid, fieldsFor(action::ConfirmValid, w.dept, 0)));
        auto r = w.svc.act(quality, m.id, 1, action::ConfirmNotTrue, fieldsFor(action::ConfirmNotTrue, 0, 0));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Conflict);
    }
    SECTION("HQ-forwarded complaints are fed back before filing, once")
    {
        const Made m = makeIn(w, state::Resolved, u"hq"_s, engineer.staffId);
        auto early = w.svc.act(quality, m.id, m.version, action::File, fieldsFor(action::File, 0, 0));
        REQUIRE_FALSE(early);
        CHECK(early.error().code == ErrorCode::NotAllowedInState);
        auto fb = w.svc.act(quality, m.id, m.version, action::FeedbackHq, fieldsFor(action::FeedbackHq, 0, 0));
        REQUIRE(fb);
        CHECK(fb->value(u"hq_feedback_at"_s).toLongLong() == Database::nowMs());
        const int v = fb->value(u"version"_s).toInt();
        auto twice = w.svc.act(quality, m.id, v, action::FeedbackHq, fieldsFor(action::FeedbackHq, 0, 0));
        CHECK(twice.error().code == ErrorCode::NotAllowedInState);
        auto filed = w.svc.act(quality, m.id, v, action::File, fieldsFor(action::File, 0, 0));
        REQUIRE(filed);
        CHECK(filed->value(u"state"_s).toString() == u"filed"_s);
        // A direct complaint has no HQ to feed back to.
        const Made d = makeIn(w, state::Resolved, u"direct"_s, engineer.staffId);
        auto none = w.svc.act(quality, d.id, d.version, action::FeedbackHq, fieldsFor(action::FeedbackHq, 0, 0));
        CHECK(none.error().code == ErrorCode::NotAllowedInState);
    }
    SECTION("unresolved follow-up escalates and is tracked until closed")
    {
        const Made m = makeIn(w, state::ResultReturned, u"direct"_s, engineer.staffId);
        auto esc = w.svc.act(quality, m.id, m.version, action::FollowUpUnresolved, fieldsFor(action::FollowUpUnresolved, 0, 0));
        REQUIRE(esc);
        CHECK(esc->value(u"satisfied"_s).toInt() == 0);
        CHECK(esc->value(u"escalated_at"_s).toLongLong() > 0);
        auto track = w.svc.act(quality, m.id, esc->value(u"version"_s).toInt(), action::TrackEscalation,
                               {{u"progress"_s, u"总部已派专人"_s}, {u"hq_dev_reference"_s, u"SD-7781"_s}});
        REQUIRE(track);
        CHECK(track->value(u"state"_s).toString() == u"escalated"_s);
        CHECK(track->value(u"escalation_note"_s).toString().contains(u"总部已派专人"_s));
        CHECK(track->value(u"hq_dev_reference"_s).toString() == u"SD-7781"_s);
        auto close = w.svc.act(quality, m.id, track->value(u"version"_s).toInt(), action::CloseEscalation,
                               fieldsFor(action::CloseEscalation, 0, 0));
        REQUIRE(close);
        CHECK(close->value(u"state"_s).toString() == u"resolved"_s);
    }
}

TEST_CASE("A valid key-customer complaint alerts the general managers", "[complaints][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Clock clock(shanghai(2026, 11, 24, 9));
    World w = World::make(backend);
    const Session gm = w.t.sessionWith({Role::DepartmentHead}, u"赵建国"_s);
    const Session head = w.t.sessionWith({Role::DepartmentHead}, u"李娜"_s);   // head of another department
    const Session quality = w.t.sessionWith({Role::QualitySupervisor}, u"韩梅"_s);
    const qint64 office = addDepartment(w.t.db(), u"总经理办公室"_s, u"General Manager's Office"_s, gm.staffId);
    putInDepartment(w.t.db(), gm.staffId, office);
    putInDepartment(w.t.db(), head.staffId, w.dept);
    AlertStore alerts(w.t.db());

    auto gms = w.svc.generalManagers();
    REQUIRE(gms);
    CHECK(*gms == QList<qint64>{gm.staffId});

    SECTION("key customer, valid: one alert, audited")
    {
        const Made m = makeIn(w, state::Accepted, u"direct"_s, 0, w.keyCustomer);
        auto r = w.svc.act(quality, m.id, 1, action::ConfirmValid, fieldsFor(action::ConfirmValid, w.dept, 0));
        REQUIRE(r);
        auto list = alerts.forRecipient(gm.staffId, true);
        REQUIRE(list);
        REQUIRE(list->size() == 1);
        CHECK(list->first().kind == u"complaint.key_customer"_s);
        CHECK(list->first().recordId == m.id);
        CHECK(list->first().text.contains(u"天津港务集团"_s));
        CHECK(*alerts.unreadCount(head.staffId) == 0);
        auto trail = audit::forRecord(w.t.db(), u"complaints"_s, m.id);
        bool audited = false;
        for (const auto &e : *trail)
            if (e.action == u"alert:complaint.key_customer"_s && e.newValue == QString::number(gm.staffId))
                audited = true;
        CHECK(audited);
        // The GM reads it; nobody else may mark it.
        CHECK(alerts.markRead(head, list->first().id).error().code == ErrorCode::Forbidden);
        REQUIRE(alerts.markRead(gm, list->first().id));
        CHECK(*alerts.unreadCount(gm.staffId) == 0);
    }
    SECTION("ordinary customer or not valid: no alert")
    {
        const Made a = makeIn(w, state::Accepted, u"direct"_s, 0, w.customer);
        REQUIRE(w.svc.act(quality, a.id, 1, action::ConfirmValid, fieldsFor(action::ConfirmValid, w.dept, 0)));
        const Made b = makeIn(w, state::Accepted, u"direct"_s, 0, w.keyCustomer);
        REQUIRE(w.svc.act(quality, b.id, 1, action::ConfirmNotTrue, fieldsFor(action::ConfirmNotTrue, 0, 0)));
        CHECK(*alerts.unreadCount(gm.staffId) == 0);
    }
    SECTION("a setting names the general managers")
    {
        REQUIRE(w.t.db().exec(u"INSERT INTO settings (key, value, created_at, updated_at) VALUES "
                              "('complaints.general_managers', ?, 1, 1)"_s,
                              {head.login}));
        const Made m = makeIn(w, state::Accepted, u"direct"_s, 0, w.keyCustomer);
        REQUIRE(w.svc.act(quality, m.id, 1, action::ConfirmValid, fieldsFor(action::ConfirmValid, w.dept, 0)));
        CHECK(*alerts.unreadCount(head.staffId) == 1);
        CHECK(*alerts.unreadCount(gm.staffId) == 0);
    }
}

TEST_CASE("Complaint register search and filters", "[complaints][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Clock clock(shanghai(2026, 11, 24, 9));
    World w = World::make(backend);
    const Session quality = w.t.sessionWith({Role::QualitySupervisor});
    auto hq = intake(w.keyCustomer, u"hq"_s);
    hq.description = u"月结凭证打印格式错乱"_s;
    auto a = w.svc.accept(quality, hq);
    auto b = w.svc.accept(quality, intake(w.customer));
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(w.svc.act(quality, *b, 1, action::ConfirmNotTrue, {{u"reason"_s, u"不属实"_s}}));
    auto ids = [&](const ComplaintFilter &f) {
        auto rows = w.svc.list(f);
        REQUIRE(rows);
        QList<qint64> out;
        for (const auto &r : *rows)
            out << r.id;
        CHECK(*w.svc.count(f) == out.size());
        return out;
    };
    CHECK(ids({}) == QList<qint64>{*b, *a});                          // newest first (same time: higher id)
    CHECK(ids({.text = u"格式错乱"_s}) == QList<qint64>{*a});          // 3+ characters: trigram index
    CHECK(ids({.text = u"打印"_s}) == QList<qint64>{*a});              // 2 Chinese characters
    CHECK(ids({.text = u"hq-ts-2026"_s}) == QList<qint64>{*a});        // HQ reference, any case
    CHECK(ids({.text = u"天津港务"_s}) == QList<qint64>{*a});           // customer name
    CHECK(ids({.text = u"上门时间"_s}) == QList<qint64>{*b});
    const QString no = w.svc.load(*b)->value(u"complaint_no"_s).toString();
    CHECK(ids({.text = no}) == QList<qint64>{*b});
    CHECK(ids({.text = u"100%"_s}).isEmpty());
    CHECK(ids({.openOnly = true}) == QList<qint64>{*a});
    CHECK(ids({.source = u"hq"_s}) == QList<qint64>{*a});
    CHECK(ids({.validity = u"unconfirmed"_s}) == QList<qint64>{*a});
    CHECK(ids({.validity = u"not_true"_s}) == QList<qint64>{*b});
    CHECK(ids({.keyCustomerOnly = true}) == QList<qint64>{*a});
    CHECK(ids({.states = {u"filed"_s}}) == QList<qint64>{*b});
}
