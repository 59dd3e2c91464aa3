// Rules that once lived in widgets, now in core: the monthly complaint report is issued only
// after its month, its reminder starts from core's scheduled work (not when a page opens), the
// warranty's last day is computed once, and the printed forms' data is built by core.
#include "core/alerts/alertstore.h"
#include "core/alerts/scheduledwork.h"
#include "core/dispatch/dispatchservice.h"
#include "core/records/customerrepository.h"
#include "core/reports/complaintform.h"
#include "core/reports/dispatchform.h"
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
int count(const Database &db, const QString &sql)
{
    auto v = db.scalar(sql);
    REQUIRE(v);
    return v->toInt();
}

Contract yearContract()
{
    Contract k;
    k.type = u"SPS"_s;
    k.contractNo = u"FW2026-00001"_s;
    k.startsOn = QDate(2026, 1, 1);
    k.endsOn = QDate(2026, 12, 31);
    k.warrantyMonths = 12;
    return k;
}
/// A customer with a service contract for 2026 (12 months' warranty).
qint64 customerUnderContract(const TestDatabase &t, const QString &name, const QString &serviceCode = {})
{
    Customer c;
    c.name = name;
    c.serviceCode = serviceCode;
    c.contracts = {yearContract()};
    auto id = CustomerRepository(t.db()).create(t.admin(), c);
    REQUIRE(id);
    return *id;
}
} // namespace

TEST_CASE("The monthly complaint report is refused before its month ends, with the reason, and nothing changes",
          "[complaints][report][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Clock clock(shanghai(2026, 11, 30, 23, 59));
    auto t = TestDatabase::create(backend);
    seedDefaults(t.db());
    const Session quality = t.sessionWith({Role::QualitySupervisor}, u"韩梅"_s);
    auto svc = ComplaintService::open(t.db());
    REQUIRE(svc);
    ComplaintReportReminder reminder(t.db(), svc->calendar());

    const int audits = count(t.db(), u"SELECT COUNT(*) FROM audit"_s);
    // The last minute of November: November's report cannot be issued yet.
    CHECK_FALSE(reminder.monthOver(202611, Database::nowMs()));
    auto refused = reminder.issue(quality, 202611);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotAllowedInState);
    CHECK(refused.error().message.contains(u"2026-11"_s));
    CHECK(refused.error().message.contains(u"2026-12-01 00:00"_s));
    CHECK(*reminder.issuedAt(202611) == 0);
    CHECK(count(t.db(), u"SELECT COUNT(*) FROM complaint_reports"_s) == 0);
    CHECK(count(t.db(), u"SELECT COUNT(*) FROM audit"_s) == audits);

    // Someone who may not issue it at all hears that first (and it is audited as usual).
    const Session head = t.sessionWith({Role::DepartmentHead});
    CHECK(reminder.issue(head, 202611).error().code == ErrorCode::Forbidden);

    // From the first moment of December it can be issued.
    clock.set(shanghai(2026, 12, 1, 0, 0));
    CHECK(reminder.monthOver(202611, Database::nowMs()));
    REQUIRE(reminder.issue(quality, 202611));
    CHECK(*reminder.issuedAt(202611) == shanghai(2026, 12, 1, 0, 0));
}

TEST_CASE("Scheduled work starts the month's report reminder once, and only when there is a quality supervisor",
          "[complaints][report][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Clock clock(shanghai(2026, 11, 2, 9));
    auto t = TestDatabase::create(backend);
    seedDefaults(t.db());
    // The test database's administrator holds every role, quality supervisor included: take it
    // away so that the center has none.
    REQUIRE(t.db().exec(u"DELETE FROM staff_roles WHERE role = 'quality_supervisor'"_s));
    const QString clocks = u"SELECT COUNT(*) FROM sla_clocks WHERE record_type = 'complaint_report'"_s;

    REQUIRE(runScheduledWork(t.db(), Database::nowMs()));
    CHECK(count(t.db(), clocks) == 0);

    const Session quality = t.sessionWith({Role::QualitySupervisor}, u"韩梅"_s);
    REQUIRE(runScheduledWork(t.db(), Database::nowMs()));
    CHECK(count(t.db(), clocks) == 1);
    AlertStore alerts(t.db());
    CHECK(*alerts.unreadCount(quality.staffId) == 1);
    // Idempotent.
    REQUIRE(runScheduledWork(t.db(), Database::nowMs()));
    CHECK(count(t.db(), clocks) == 1);
    CHECK(*alerts.unreadCount(quality.staffId) == 1);
}

TEST_CASE("Warranty: the last day is inclusive like the contract's end — the day after is paid", "[records][warranty]")
{
    const Contract k = yearContract();
    CHECK(k.warrantyLastDay() == QDate(2026, 12, 31));
    CHECK(k.inWarrantyOn(QDate(2026, 1, 1)));
    CHECK(k.inWarrantyOn(QDate(2026, 12, 31)));        // the last day is still free maintenance
    CHECK_FALSE(k.inWarrantyOn(QDate(2027, 1, 1)));    // the day after is paid
    CHECK_FALSE(k.inWarrantyOn(QDate(2025, 12, 31)));  // before the contract
    Contract mid = k;
    mid.startsOn = QDate(2026, 3, 15);
    mid.warrantyMonths = 6;
    CHECK(mid.warrantyLastDay() == QDate(2026, 9, 14));
    Contract none = k;
    none.warrantyMonths = 0;
    CHECK(none.warrantyLastDay().isNull());
    CHECK_FALSE(none.inWarrantyOn(QDate(2026, 1, 1)));
}

TEST_CASE("The complaint form's contract scope uses the same warranty day as the customer card", "[complaints][warranty][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    seedDefaults(t.db());
    const qint64 customer = customerUnderContract(t, u"北京华远机械有限公司"_s);
    auto svc = ComplaintService::open(t.db());
    REQUIRE(svc);
    const QString lastDay = svc->contractScope(customer, QDate(2026, 12, 31)).value();
    CHECK(lastDay.contains(u"free maintenance until 2026-12-31"_s));
    const QString dayAfter = svc->contractScope(customer, QDate(2027, 1, 1)).value();
    CHECK(dayAfter.contains(u"warranty ended 2026-12-31: paid service"_s));
}

TEST_CASE("Core builds the complaint form's data: the row and the names it refers to", "[complaints][report][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Clock clock(shanghai(2026, 12, 31, 10));
    auto t = TestDatabase::create(backend);
    seedDefaults(t.db());
    const Session hotline = t.sessionWith({Role::HotlineOperator}, u"张敏"_s);
    const Session quality = t.sessionWith({Role::QualitySupervisor}, u"韩梅"_s);
    const qint64 dept = addDepartment(t.db(), u"现场服务部"_s, u"On-site"_s);
    const qint64 customer = customerUnderContract(t, u"北京华远机械有限公司"_s);
    auto svc = ComplaintService::open(t.db());
    auto id = svc->accept(hotline, intake(customer));
    REQUIRE(id);
    auto row = svc->load(*id);
    REQUIRE(svc->act(quality, *id, row->value(u"version"_s).toInt(), QString(action::ConfirmValid),
                     {{u"detail"_s, u"核实"_s}, {u"department_id"_s, dept}}));

    auto form = reports::buildComplaintForm(t.db(), *id);
    REQUIRE(form);
    CHECK(form->complaint.value(u"id"_s).toLongLong() == *id);
    CHECK(form->customer == u"北京华远机械有限公司"_s);
    CHECK(form->department == u"现场服务部"_s);
    CHECK(form->staff.value(u"received_by"_s) == u"张敏"_s);
    CHECK(form->staff.value(u"confirmed_by"_s) == u"韩梅"_s);
    CHECK_FALSE(form->staff.contains(u"filed_by"_s));
    CHECK(form->contractScope.contains(u"free maintenance until 2026-12-31"_s));
    CHECK(reports::buildComplaintForm(t.db(), *id + 1000).error().code == ErrorCode::NotFound);
}

TEST_CASE("Core builds the dispatch form's data: job, service code, contract in force, center", "[dispatch][report][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Clock clock(shanghai(2026, 11, 24, 9));
    auto t = TestDatabase::create(backend);
    seedDefaults(t.db());
    const qint64 customer = customerUnderContract(t, u"北京华信商贸有限公司"_s, u"SC880001"_s);
    const Session hotline = t.sessionWith({Role::HotlineOperator});
    OnsiteRequest r;
    r.customerId = customer;
    r.problem = u"凭证打印机无法连接"_s;
    auto job = DispatchService(t.db(), BusinessCalendar()).request(hotline, r);
    REQUIRE(job);

    clock.set(shanghai(2026, 11, 24, 10));
    auto form = reports::buildDispatchForm(t.db(), job->id);
    REQUIRE(form);
    CHECK(form->job.jobNo == job->jobNo);
    CHECK(form->serviceCode == u"SC880001"_s);
    CHECK(form->contractType == u"SPS 2026-01-01 ~ 2026-12-31"_s);
    CHECK(form->printedAt == shanghai(2026, 11, 24, 10));
}
