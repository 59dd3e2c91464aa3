// Dispatching to the right engineer (SPEC §3.4 step 1): engineers ranked by skill for the job's
// product/module, then region, then fewest open jobs; the job's response target before dispatch.
// Return visits that are about a job: whom to call, no score assumed, the complaint number.
// The demo's on-site timelines in order.
#include "core/demo/demodata.h"
#include "core/dispatch/dispatchservice.h"
#include "core/records/customerrepository.h"
#include "core/returnvisits/returnvisitservice.h"
#include "core/sla/slarepository.h"
#include "tests/support/testdb.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

qint64 at(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}

Session engineerWith(TestDatabase &t, const QString &name, const QString &skills, const QString &region)
{
    Session s = t.sessionWith({Role::ServiceEngineer}, name);
    REQUIRE(t.db().exec(u"UPDATE staff SET skills = ?, region = ? WHERE id = ?"_s, {skills, region, s.staffId}));
    return s;
}

qint64 addCustomer(TestDatabase &t)
{
    Customer c;
    c.name = u"北京华信商贸有限公司"_s;
    c.address = u"北京市朝阳区建国路 88 号"_s;
    c.serviceCode = u"SC880001"_s;
    Contact p;
    p.name = u"王丽"_s;
    p.phones = {{0, u"010-6588 1234"_s, u"office"_s}};
    c.contacts = {p};
    Contract k;
    k.type = u"SPS"_s;
    k.startsOn = QDate(2026, 1, 1);
    k.endsOn = QDate(2026, 12, 31);
    c.contracts = {k};
    auto id = CustomerRepository(t.db()).create(t.admin(), c);
    REQUIRE(id);
    return *id;
}

OnsiteRequest u8Ledger(qint64 customer)
{
    OnsiteRequest r;
    r.customerId = customer;
    r.contactName = u"王丽"_s;
    r.contactPhone = u"010-6588 1234"_s;
    r.faultLevel = 2;
    r.product = u"用友U8+"_s;
    r.module = u"总账"_s;
    r.problem = u"月末结账提示有未记账凭证"_s;
    return r;
}

} // namespace

TEST_CASE("skill and region matching read the engineers' own words", "[dispatch]")
{
    CHECK(DispatchService::skillMatch(u"U8+ 财务,U8+ 供应链"_s, u"用友U8+"_s, u"总账"_s) == 2);
    CHECK(DispatchService::skillMatch(u"U8+ 生产制造,U8+ 供应链,NC Cloud"_s, u"用友U8+"_s, u"总账"_s) == 1);
    CHECK(DispatchService::skillMatch(u"畅捷通T3,畅捷通T+,金税接口"_s, u"用友U8+"_s, u"总账"_s) == 0);
    // "U8+ 财务" is U8+'s ledger, not T+'s: knowing T+ is what counts.
    CHECK(DispatchService::skillMatch(u"U8+ 财务"_s, u"畅捷通T+"_s, u"总账"_s) == 0);
    CHECK(DispatchService::skillMatch(u"U8+ 财务,畅捷通T+"_s, u"畅捷通T+"_s, u"总账"_s) == 1);
    CHECK(DispatchService::skillMatch(u"U8 HR,U8+ 财务,数据库维护"_s, u"用友U8+"_s, u"数据库维护"_s) == 2);
    CHECK(DispatchService::skillMatch(QString(), u"用友U8+"_s, u"总账"_s) == 0);
    CHECK(DispatchService::regionMatch(u"北京市朝阳区"_s, u"北京市朝阳区建国路 88 号"_s) == 2);
    CHECK(DispatchService::regionMatch(u"北京市海淀区"_s, u"北京市朝阳区建国路 88 号"_s) == 1);
    CHECK(DispatchService::regionMatch(u"河北廊坊"_s, u"河北省廊坊市广阳区"_s) == 2);
    CHECK(DispatchService::regionMatch(u"天津"_s, u"北京市朝阳区建国路 88 号"_s) == 0);
    CHECK(DispatchService::regionMatch(QString(), u"北京市朝阳区"_s) == 0);
}

TEST_CASE("engineers for a job rank by skill, then region, then fewest open jobs — the response target shows before dispatch",
          "[dispatch][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    REQUIRE(SlaRepository::seedDefaults(t.db()));
    const qint64 customer = addCustomer(t);
    sd::core::ScopedClock pin(at(2026, 11, 24, 10, 0)); // a Tuesday morning
    Session manager = t.sessionWith({Role::ServiceManager}, u"李娜"_s);
    Session hotline = t.sessionWith({Role::HotlineOperator}, u"张敏"_s);
    // Listed in an order that is none of the ranking's.
    const Session noSkill = engineerWith(t, u"胡军"_s, u"畅捷通T3,畅捷通T+"_s, u"北京市朝阳区"_s);
    const Session farAway = engineerWith(t, u"朱磊"_s, u"U8+ 财务,畅捷通T+"_s, u"天津"_s);
    const Session busyNear = engineerWith(t, u"孙浩"_s, u"U8+ 财务,U8+ 供应链"_s, u"北京市朝阳区"_s);
    const Session productOnly = engineerWith(t, u"马超"_s, u"U8+ 生产制造,U8+ 供应链"_s, u"北京市朝阳区"_s);
    const Session sameCity = engineerWith(t, u"郭强"_s, u"U8+ 财务,数据库维护"_s, u"北京市丰台区"_s);
    const Session freeNear = engineerWith(t, u"赵鹏"_s, u"U8+ 财务"_s, u"北京市朝阳区"_s);
    DispatchService service(t.db(), BusinessCalendar());

    // 孙浩 already has a job on the way.
    auto first = service.request(hotline, u8Ledger(customer));
    REQUIRE(first);
    auto v = service.act(manager, first->id, first->version, dispatch::Verify, {{u"coverage"_s, u"contract"_s}});
    REQUIRE(v);
    REQUIRE(service.act(manager, v->id, v->version, dispatch::Dispatch, {{u"engineer_id"_s, busyNear.staffId}}));

    auto job = service.request(hotline, u8Ledger(customer));
    REQUIRE(job);
    auto verified = service.act(manager, job->id, job->version, dispatch::Verify, {{u"coverage"_s, u"contract"_s}});
    REQUIRE(verified);
    auto ranked = service.rankEngineers(*verified);
    REQUIRE(ranked);
    QList<qint64> order;
    for (const EngineerMatch &m : *ranked)
        if (m.engineer.id != t.admin().staffId) // the all-roles test admin lists no skills
            order << m.engineer.id;
    CHECK(order == QList<qint64>{freeNear.staffId, busyNear.staffId, sameCity.staffId, farAway.staffId,
                                 productOnly.staffId, noSkill.staffId});
    CHECK(ranked->first().skillMatch == 2);
    CHECK(ranked->first().regionMatch == 2);
    CHECK(ranked->first().engineer.skills == u"U8+ 财务"_s);
    CHECK(ranked->first().engineer.region == u"北京市朝阳区"_s);

    // The response target before dispatch is the deadline dispatching now sets.
    auto target = service.responseTarget(*verified);
    REQUIRE(target);
    CHECK_FALSE(target->running);
    CHECK(target->minutes > 0);
    CHECK(target->dueAt > Database::nowMs());
    auto dispatched = service.act(manager, verified->id, verified->version, dispatch::Dispatch,
                                  {{u"engineer_id"_s, ranked->first().engineer.id}});
    REQUIRE(dispatched);
    CHECK(dispatched->dueAt == target->dueAt);
    // A reassignment keeps the running deadline, and the target says so.
    auto running = service.responseTarget(*dispatched);
    REQUIRE(running);
    CHECK(running->running);
    CHECK(running->dueAt == dispatched->dueAt);
}

TEST_CASE("a return visit reached without scores is refused naming the field — a low score's complaint carries its number",
          "[returnvisit][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    REQUIRE(SlaRepository::seedDefaults(t.db()));
    const qint64 customer = addCustomer(t);
    sd::core::ScopedClock pin(at(2026, 11, 24, 10, 0));
    Session manager = t.sessionWith({Role::ServiceManager}, u"李娜"_s);
    Session hotline = t.sessionWith({Role::HotlineOperator}, u"张敏"_s);
    const Session engineer = engineerWith(t, u"孙浩"_s, u"U8+ 财务"_s, u"北京市朝阳区"_s);
    DispatchService dispatch(t.db(), BusinessCalendar());
    auto job = dispatch.request(hotline, u8Ledger(customer));
    REQUIRE(job);
    auto step = [&](const Session &who, const QString &action, const QVariantMap &fields = {}) {
        auto next = dispatch.act(who, job->id, job->version, action, fields);
        INFO(action.toStdString() << ": " << (next ? std::string() : next.error().message.toStdString()));
        REQUIRE(next);
        *job = *next;
    };
    step(manager, dispatch::Verify, {{u"coverage"_s, u"contract"_s}});
    step(manager, dispatch::Dispatch, {{u"engineer_id"_s, engineer.staffId}});
    step(engineer, dispatch::Confirm);
    step(engineer, dispatch::Book, {{u"appointment_at"_s, Database::nowMs() + 3600000}});
    step(engineer, dispatch::CheckIn);
    step(engineer, dispatch::ReturnForm,
         {{u"work_done"_s, u"重建凭证索引"_s}, {u"minutes_on_site"_s, 60}, {u"customer_signer"_s, u"王丽"_s},
          {u"satisfaction"_s, 4}});
    step(manager, dispatch::VerifyForm);

    ReturnVisitService visits(t.db(), BusinessCalendar());
    auto scheduled = visits.forCustomer(customer);
    REQUIRE(scheduled);
    REQUIRE(scheduled->size() == 1);
    const ReturnVisit visit = scheduled->first();

    // Whom to call and what about.
    auto context = visits.context(visit);
    REQUIRE(context);
    CHECK(context->contactName == u"王丽"_s);
    CHECK(context->contactPhone == u"010-6588 1234"_s);
    CHECK(context->jobNo == job->jobNo);
    CHECK(context->problem == u"月末结账提示有未记账凭证"_s);
    CHECK(context->engineerName == u"孙浩"_s);
    CHECK(context->jobDoneAt == job->closedAt);

    // Reached by phone, but a score not asked: refused, the field named, nothing recorded.
    QVariantMap fields{{u"channel"_s, u"phone"_s}, {u"attitude"_s, 2}, {u"quality"_s, QVariant()},
                       {u"resolution"_s, 2}, {u"score"_s, 1}, {u"comment"_s, u"工程师迟到"_s}};
    auto refused = visits.act(hotline, visit.id, visit.version, returnvisit::Record, fields);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Invalid);
    CHECK(refused.error().field == u"quality"_s);
    CHECK(refused.error().message.contains(returnvisit::fieldTitle(u"quality"_s)));
    fields.insert(u"quality"_s, QString());
    refused = visits.act(hotline, visit.id, visit.version, returnvisit::Record, fields);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == u"quality"_s);
    CHECK(visits.get(visit.id)->state == returnvisit::Scheduled);

    fields.insert(u"quality"_s, 1);
    auto done = visits.act(hotline, visit.id, visit.version, returnvisit::Record, fields);
    REQUIRE(done);
    REQUIRE(done->isLowScore());
    CHECK(done->complaintNo.isEmpty());
    auto opened = visits.openComplaint(hotline, done->id, done->version, u"王丽"_s, QString());
    REQUIRE(opened);
    const QString number = t.db().scalar(u"SELECT complaint_no FROM complaints WHERE id = ?"_s, {opened->complaintId})->toString();
    CHECK_FALSE(number.isEmpty());
    CHECK(opened->complaintNo == number);
    // The customer's history carries it too.
    auto history = visits.forCustomer(customer);
    REQUIRE(history);
    CHECK(history->first().complaintNo == number);
}

TEST_CASE("demo on-site jobs: the engineer checks in at or after the appointment", "[dispatch][demo]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    auto report = generateDemo(t.db(), {60, 11});
    REQUIRE(report);
    auto q = t.db().exec(u"SELECT job_no, requested_at, dispatched_at, appointment_at, checked_in_at, form_returned_at, "
                         "closed_at FROM dispatch_jobs WHERE checked_in_at IS NOT NULL"_s);
    REQUIRE(q);
    int checkedIn = 0;
    while (q->next()) {
        INFO(q->value(0).toString().toStdString());
        const qint64 requested = q->value(1).toLongLong();
        const qint64 dispatched = q->value(2).toLongLong();
        const qint64 appointment = q->value(3).toLongLong();
        const qint64 arrived = q->value(4).toLongLong();
        CHECK(appointment > 0);
        CHECK(arrived >= appointment);
        CHECK(dispatched >= requested);
        CHECK(appointment >= dispatched);
        if (!q->value(5).isNull())
            CHECK(q->value(5).toLongLong() >= arrived);
        if (!q->value(6).isNull())
            CHECK(q->value(6).toLongLong() >= arrived);
        ++checkedIn;
    }
    CHECK(checkedIn >= 10);
}
