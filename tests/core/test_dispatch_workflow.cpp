// On-site dispatch (SPEC §3.4): every transition allowed and refused by role and by state, the
// response target by fault level × region class, the HQ hand-off loop, follow-up chains.
#include "core/audit/audit.h"
#include "core/dispatch/dispatchservice.h"
#include "core/records/customerrepository.h"
#include "core/returnvisits/returnvisitservice.h"
#include "core/sla/slaclockservice.h"
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

// Nested pins restore the outer one (a pin that reset to the real clock made the return
// visit's due date depend on the day the test ran).
using ClockPin = ScopedClock;

/// The center of these tests: a customer, a manager, two engineers, a hotline operator.
struct Center {
    TestDatabase t;
    Session manager;
    Session engineer;
    Session otherEngineer;
    Session hotline;
    Session quality;
    qint64 customerId = 0;
    BusinessCalendar calendar;

    explicit Center(Backend backend, RegionClass region = RegionClass::SameCity, bool key = false)
        : t(TestDatabase::create(backend))
    {
        REQUIRE(SlaRepository::seedDefaults(t.db()));
        manager = t.sessionWith({Role::ServiceManager}, u"李娜"_s);
        engineer = t.sessionWith({Role::ServiceEngineer}, u"孙浩"_s);
        otherEngineer = t.sessionWith({Role::ServiceEngineer}, u"马超"_s);
        hotline = t.sessionWith({Role::HotlineOperator}, u"张敏"_s);
        quality = t.sessionWith({Role::QualitySupervisor}, u"韩梅"_s);
        Customer c;
        c.name = u"北京华信商贸有限公司"_s;
        c.address = u"北京市朝阳区建国路 88 号"_s;
        c.region = region;
        c.keyCustomer = key;
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
        customerId = *id;
        // National Day 2026 (Oct 1–7) and the make-up Saturday Oct 10.
        for (int d = 1; d <= 7; ++d)
            calendar.setDay({QDate(2026, 10, d), DayKind::Holiday, u"国庆节"_s});
        calendar.setDay({QDate(2026, 10, 10), DayKind::Workday, u"国庆节调休"_s});
    }

    DispatchService service() const { return DispatchService(t.db(), calendar); }

    DispatchJob request(int faultLevel = 2)
    {
        OnsiteRequest r;
        r.customerId = customerId;
        r.contactName = u"王丽"_s;
        r.contactPhone = u"010-6588 1234"_s;
        r.faultLevel = faultLevel;
        r.product = u"用友U8+"_s;
        r.module = u"总账"_s;
        r.problem = u"月末结账时提示“有未记账凭证”，但凭证已全部记账"_s;
        auto job = service().request(hotline, r);
        REQUIRE(job);
        return *job;
    }

    DispatchJob step(const DispatchJob &job, const Session &who, const QString &action, const QVariantMap &fields = {})
    {
        auto r = service().act(who, job.id, job.version, action, fields);
        INFO(action.toStdString() << ": " << (r ? std::string() : r.error().message.toStdString()));
        REQUIRE(r);
        return *r;
    }

    QVariantMap formFields() const
    {
        return {{u"work_done"_s, u"重建凭证索引，重新结账"_s}, {u"minutes_on_site"_s, 95},
                {u"parts_patches"_s, u"U8+ 16.0 补丁 20261101"_s}, {u"customer_signer"_s, u"王丽"_s},
                {u"signature"_s, QByteArray("\x89PNG fake", 9)}, {u"satisfaction"_s, 5}};
    }

    /// A job driven to `state` along the usual path.
    DispatchJob jobIn(const QString &state)
    {
        DispatchJob j = request();
        if (state == dispatch::Requested)
            return j;
        if (state == dispatch::Rejected)
            return step(j, manager, dispatch::Reject, {{u"close_reason"_s, u"重复申请"_s}});
        j = step(j, manager, dispatch::Verify, {{u"coverage"_s, u"contract"_s}});
        if (state == dispatch::Verified)
            return j;
        if (state == dispatch::Cancelled)
            return step(j, manager, dispatch::Cancel, {{u"close_reason"_s, u"客户已自行解决"_s}});
        j = step(j, manager, dispatch::Dispatch, {{u"engineer_id"_s, engineer.staffId}});
        if (state == dispatch::Dispatched)
            return j;
        j = step(j, engineer, dispatch::Confirm);
        if (state == dispatch::Confirmed)
            return j;
        j = step(j, engineer, dispatch::Book, {{u"appointment_at"_s, Database::nowMs() + 3600000}});
        if (state == dispatch::Booked)
            return j;
        j = step(j, engineer, dispatch::CheckIn);
        if (state == dispatch::OnSite)
            return j;
        if (state == dispatch::FormReturned || state == dispatch::Archived) {
            j = step(j, engineer, dispatch::ReturnForm, formFields());
            if (state == dispatch::FormReturned)
                return j;
            return step(j, manager, dispatch::VerifyForm);
        }
        j = step(j, engineer, dispatch::WriteOff, {{u"write_off_reason"_s, u"需总部出补丁"_s}});
        if (state == dispatch::WrittenOff)
            return j;
        if (state == dispatch::FollowedUp)
            return step(j, manager, dispatch::FollowUp);
        j = step(j, manager, dispatch::HandToHq, {{u"hq_reference"_s, u"HQ-2026-1187"_s}});
        if (state == dispatch::HqPending)
            return j;
        j = step(j, manager, dispatch::HqAnswer, {{u"hq_answer"_s, u"补丁 U8P16-1187 已发布"_s}});
        REQUIRE(state == dispatch::HqAnswered);
        return j;
    }

    /// Fields that satisfy the action's required ones (and its rules).
    QVariantMap fieldsFor(const QString &action) const
    {
        if (action == dispatch::Verify)
            return {{u"coverage"_s, u"billable"_s}};
        if (action == dispatch::Dispatch)
            return {{u"engineer_id"_s, engineer.staffId}};
        if (action == dispatch::Reassign)
            return {{u"engineer_id"_s, otherEngineer.staffId}};
        if (action == dispatch::Book)
            return {{u"appointment_at"_s, Database::nowMs() + 7200000}};
        if (action == dispatch::ReturnForm)
            return formFields();
        QVariantMap f;
        for (const QString &k : dispatch::table().find(dispatch::Requested, action)
                                    ? dispatch::table().find(dispatch::Requested, action)->required
                                    : QStringList())
            f.insert(k, u"x"_s);
        for (const auto &t : dispatch::table().transitions())
            if (t.action == action)
                for (const QString &k : t.required)
                    f.insert(k, u"测试"_s);
        return f;
    }
};

} // namespace

TEST_CASE("Dispatch: a job from request to archive, with its return visit", "[dispatch][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ClockPin pin(at(2026, 11, 24, 9, 0)); // a Tuesday
    Center c(backend);
    DispatchJob j = c.request(2);
    CHECK(j.state == dispatch::Requested);
    CHECK(j.jobNo == u"PG20261124-0001"_s);
    CHECK(j.regionClass == u"same_city"_s);
    CHECK(j.siteAddress == u"北京市朝阳区建国路 88 号"_s);
    CHECK(c.request(3).jobNo == u"PG20261124-0002"_s);

    j = c.step(j, c.manager, dispatch::Verify, {{u"coverage"_s, u"contract"_s}, {u"verify_note"_s, u"SPS 合同内"_s}});
    j = c.step(j, c.manager, dispatch::Dispatch, {{u"engineer_id"_s, c.engineer.staffId}});
    CHECK(j.engineerName == u"孙浩"_s);
    CHECK(j.dueAt == at(2026, 11, 24, 11, 0)); // same city: 2 h wall-clock
    j = c.step(j, c.engineer, dispatch::Confirm);
    j = c.step(j, c.engineer, dispatch::Book, {{u"appointment_at"_s, at(2026, 11, 24, 10, 30)}});
    CHECK(j.appointmentAt == at(2026, 11, 24, 10, 30));
    {
        ClockPin arrive(at(2026, 11, 24, 10, 40));
        j = c.step(j, c.engineer, dispatch::CheckIn);
    }
    SlaClockService clocks(c.t.db(), c.calendar);
    auto clock = clocks.find(sla::OnsiteDispatch, j.id, sla::OnsiteResponse);
    REQUIRE(clock);
    REQUIRE(*clock);
    CHECK(clocks.status(**clock, at(2026, 11, 24, 12, 0)).state == SlaState::Met);

    j = c.step(j, c.engineer, dispatch::ReturnForm, c.formFields());
    CHECK(j.result == u"solved"_s);
    CHECK(j.minutesOnSite == 95);
    CHECK(j.satisfaction == 5);
    CHECK(j.signature == QByteArray("\x89PNG fake", 9));
    j = c.step(j, c.manager, dispatch::VerifyForm,
               {{u"add_to_problem_base"_s, true}, {u"problem_class"_s, u"data_problem"_s}, {u"cause"_s, u"凭证索引损坏"_s}});
    CHECK(j.state == dispatch::Archived);
    CHECK(j.problemBaseOffered);
    // The solved problem is in the problem base, its source this job.
    auto entry = c.t.db().exec(u"SELECT phenomenon, cause, solution, product, module, problem_class FROM problem_entries "
                               "WHERE source_type = 'onsite_dispatch' AND source_id = ?"_s,
                               {j.id});
    REQUIRE(entry);
    REQUIRE(entry->next());
    CHECK(entry->value(0).toString() == j.problem);
    CHECK(entry->value(1).toString() == u"凭证索引损坏"_s);
    CHECK(entry->value(2).toString().startsWith(u"重建凭证索引，重新结账"_s));
    CHECK(entry->value(3).toString() == u"用友U8+"_s);
    CHECK(entry->value(4).toString() == u"总账"_s);
    CHECK(entry->value(5).toString() == u"data_problem"_s);
    entry->finish();
    CHECK_FALSE(j.isOpen());

    // The return visit falls due two working days after archiving (Tuesday → Thursday).
    auto visits = ReturnVisitService(c.t.db(), c.calendar).forCustomer(c.customerId);
    REQUIRE(visits);
    REQUIRE(visits->size() == 1);
    CHECK(visits->first().sourceType == returnvisit::FromDispatch);
    CHECK(visits->first().sourceId == j.id);
    CHECK(visits->first().dueOn == QDate(2026, 11, 26));

    // Every step is in the audit trail as a transition.
    auto trail = audit::forRecord(c.t.db(), u"dispatch_jobs"_s, j.id);
    REQUIRE(trail);
    QStringList transitions;
    for (const auto &e : *trail)
        if (e.action.startsWith(u"transition:"_s))
            transitions << e.action.mid(11);
    CHECK(transitions == QStringList{u"verify"_s, u"dispatch"_s, u"confirm"_s, u"book"_s, u"check_in"_s,
                                     u"return_form"_s, u"verify_form"_s});
}

TEST_CASE("Dispatch: every transition is allowed to its roles and refused to the others", "[dispatch][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ClockPin pin(at(2026, 11, 24, 9, 0));
    Center c(backend);
    const QList<Role> everyone = allRoles();
    for (const workflow::Transition &t : dispatch::table().transitions()) {
        CAPTURE(t.from, t.action);
        DispatchJob job = c.jobIn(t.from);
        // Refused to a member of every role outside the transition's roles: nothing changes.
        for (Role r : everyone) {
            if (t.roles.contains(r))
                continue;
            CAPTURE(roleKey(r));
            Session outsider = c.t.sessionWith({r});
            auto refused = c.service().act(outsider, job.id, job.version, t.action, c.fieldsFor(t.action));
            REQUIRE_FALSE(refused);
            CHECK(refused.error().code == ErrorCode::Forbidden);
            auto still = c.service().get(job.id);
            REQUIRE(still);
            CHECK(still->state == t.from);
            CHECK(still->version == job.version);
        }
        // Allowed to the right role (the assigned engineer for engineer actions).
        const Session &actor = t.roles.contains(Role::ServiceEngineer) ? c.engineer : c.manager;
        auto done = c.service().act(actor, job.id, job.version, t.action, c.fieldsFor(t.action));
        INFO((done ? std::string() : done.error().message.toStdString()));
        REQUIRE(done);
        CHECK(done->state == t.to);
    }
}

TEST_CASE("Dispatch: actions not in the table for a state are refused and change nothing", "[dispatch][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ClockPin pin(at(2026, 11, 24, 9, 0));
    Center c(backend);
    QStringList actions;
    for (const auto &t : dispatch::table().transitions())
        if (!actions.contains(t.action))
            actions << t.action;
    for (const QString &state : dispatch::allStates()) {
        if (state == dispatch::FollowedUp && backend == Backend::PostgreSQL)
            continue; // same path as written_off + follow_up, covered on SQLite
        DispatchJob job = c.jobIn(state == dispatch::FollowedUp ? dispatch::FollowedUp : state);
        for (const QString &action : actions) {
            if (dispatch::table().find(state, action))
                continue;
            CAPTURE(state, action);
            // Asked by the role the action belongs to: the state is what refuses it.
            const Session &actor = dispatch::engineerActions().contains(action) ? c.engineer : c.manager;
            auto r = c.service().act(actor, job.id, job.version, action, c.fieldsFor(action));
            REQUIRE_FALSE(r);
            CHECK(r.error().code == ErrorCode::NotAllowedInState);
            auto still = c.service().get(job.id);
            REQUIRE(still);
            CHECK(still->state == state);
            CHECK(still->version == job.version);
        }
    }
}

TEST_CASE("Dispatch: only the engineer the job is dispatched to works it", "[dispatch][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ClockPin pin(at(2026, 11, 24, 9, 0));
    Center c(backend);
    DispatchJob j = c.jobIn(dispatch::Dispatched);
    auto refused = c.service().act(c.otherEngineer, j.id, j.version, dispatch::Confirm);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Forbidden);
    CHECK(refused.error().message.contains(u"孙浩"_s));
    auto trail = audit::forRecord(c.t.db(), u"dispatch_jobs"_s, j.id);
    REQUIRE(trail);
    CHECK(trail->last().action == u"forbidden:confirm"_s);

    // Reassigned: the new engineer may, the old one may not; the deadline stays.
    const qint64 due = j.dueAt;
    j = c.step(j, c.manager, dispatch::Reassign, {{u"engineer_id"_s, c.otherEngineer.staffId}});
    CHECK(j.dueAt == due);
    CHECK_FALSE(c.service().act(c.engineer, j.id, j.version, dispatch::Confirm));
    j = c.step(j, c.otherEngineer, dispatch::Confirm);
    CHECK(j.state == dispatch::Confirmed);
}

TEST_CASE("Dispatch: bad input is refused with the field named and nothing written", "[dispatch][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ClockPin pin(at(2026, 11, 24, 9, 0));
    Center c(backend);
    OnsiteRequest r;
    r.customerId = c.customerId;
    r.problem = u"打印凭证时程序无响应"_s;
    r.faultLevel = 5;
    auto bad = c.service().request(c.hotline, r);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == u"fault_level"_s);
    r.faultLevel = 3;
    r.problem = u"  "_s;
    bad = c.service().request(c.hotline, r);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == u"problem"_s);
    r.problem = u"打印凭证时程序无响应"_s;
    r.customerId = 999999;
    bad = c.service().request(c.hotline, r);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == u"customer_id"_s);
    auto sales = c.t.sessionWith({Role::Sales});
    r.customerId = c.customerId;
    bad = c.service().request(sales, r);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::Forbidden);
    CHECK(c.t.db().scalar(u"SELECT COUNT(*) FROM dispatch_jobs"_s)->toInt() == 0);

    DispatchJob j = c.jobIn(dispatch::Verified);
    auto notEngineer = c.service().act(c.manager, j.id, j.version, dispatch::Dispatch, {{u"engineer_id"_s, c.hotline.staffId}});
    REQUIRE_FALSE(notEngineer);
    CHECK(notEngineer.error().field == u"engineer_id"_s);
    j = c.step(j, c.manager, dispatch::Dispatch, {{u"engineer_id"_s, c.engineer.staffId}});
    j = c.step(j, c.engineer, dispatch::Confirm);
    j = c.step(j, c.engineer, dispatch::Book, {{u"appointment_at"_s, at(2026, 11, 24, 14, 0)}});
    j = c.step(j, c.engineer, dispatch::CheckIn);
    QVariantMap form = c.formFields();
    form.insert(u"satisfaction"_s, 6);
    auto badForm = c.service().act(c.engineer, j.id, j.version, dispatch::ReturnForm, form);
    REQUIRE_FALSE(badForm);
    CHECK(badForm.error().field == u"satisfaction"_s);
    form.insert(u"satisfaction"_s, 4);
    form.insert(u"minutes_on_site"_s, 0);
    badForm = c.service().act(c.engineer, j.id, j.version, dispatch::ReturnForm, form);
    REQUIRE_FALSE(badForm);
    CHECK(badForm.error().field == u"minutes_on_site"_s);
    form.remove(u"customer_signer"_s);
    form.insert(u"minutes_on_site"_s, 30);
    badForm = c.service().act(c.engineer, j.id, j.version, dispatch::ReturnForm, form);
    REQUIRE_FALSE(badForm);
    CHECK(badForm.error().field == u"customer_signer"_s);
    auto still = c.service().get(j.id);
    REQUIRE(still);
    CHECK(still->state == dispatch::OnSite);
    CHECK(still->version == j.version);
    // A stale version is a conflict naming who saved.
    auto stale = c.service().act(c.engineer, j.id, j.version - 1, dispatch::WriteOff, {{u"write_off_reason"_s, u"x"_s}});
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == ErrorCode::Conflict);
}

TEST_CASE("Dispatch: the response target for each fault level and region class", "[dispatch][sla][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    const struct { RegionClass region; int hours; } regions[] = {
        {RegionClass::SameCity, 2}, {RegionClass::Nearby, 12}, {RegionClass::OtherProvince, 48}};
    for (const auto &r : regions) {
        CAPTURE(regionKey(r.region));
        // Dispatched on the last afternoon before National Day: wall-clock targets run through
        // the holiday and the night.
        ClockPin pin(at(2026, 9, 30, 16, 0));
        Center c(backend, r.region);
        for (int level = 1; level <= 4; ++level) {
            CAPTURE(level);
            DispatchJob j = c.request(level);
            j = c.step(j, c.manager, dispatch::Verify, {{u"coverage"_s, u"contract"_s}});
            j = c.step(j, c.manager, dispatch::Dispatch, {{u"engineer_id"_s, c.engineer.staffId}});
            CHECK(j.dueAt == at(2026, 9, 30, 16, 0) + qint64(r.hours) * 3600000);
        }
    }
}

TEST_CASE("Dispatch: a fault-level policy in working time overrides the region default", "[dispatch][sla][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ClockPin pin(at(2026, 9, 30, 16, 0));
    Center c(backend, RegionClass::Nearby);
    // Level 1 faults of nearby customers: 4 working hours on the business calendar.
    SlaPolicy p;
    p.recordType = sla::OnsiteDispatch;
    p.target = sla::OnsiteResponse;
    p.severity = 1;
    p.regionClass = u"nearby"_s;
    p.minutes = 4 * 60;
    p.measure = SlaMeasure::Working;
    p.name = u"一级故障 周边 4 个工作小时"_s;
    REQUIRE(SlaRepository(c.t.db()).create(c.t.admin(), p));

    DispatchJob j1 = c.jobIn(dispatch::Verified);
    // jobIn requests fault level 2; ask for a level-1 job explicitly.
    DispatchJob level1 = c.request(1);
    level1 = c.step(level1, c.manager, dispatch::Verify, {{u"coverage"_s, u"contract"_s}});
    level1 = c.step(level1, c.manager, dispatch::Dispatch, {{u"engineer_id"_s, c.engineer.staffId}});
    // 16:00–17:30 on Sep 30 is 1.5 h; the holiday runs to Oct 7; Oct 8 08:30 + 2.5 h = 11:00.
    CHECK(level1.dueAt == at(2026, 10, 8, 11, 0));
    j1 = c.step(j1, c.manager, dispatch::Dispatch, {{u"engineer_id"_s, c.engineer.staffId}});
    CHECK(j1.dueAt == at(2026, 10, 1, 4, 0)); // level 2 keeps the 12 h wall-clock default
}

TEST_CASE("Dispatch: not solved goes to HQ and back until the customer's problem is solved", "[dispatch][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ClockPin pin(at(2026, 11, 24, 9, 0));
    Center c(backend);
    DispatchJob j = c.jobIn(dispatch::OnSite);
    j = c.step(j, c.engineer, dispatch::WriteOff, {{u"write_off_reason"_s, u"总账模块缺陷，需总部补丁"_s}, {u"minutes_on_site"_s, 120}});
    CHECK(j.result == u"not_solved"_s);
    j = c.step(j, c.manager, dispatch::HandToHq, {{u"hq_reference"_s, u"HQ-2026-1187"_s}});
    CHECK(j.state == dispatch::HqPending);
    CHECK(j.hqSubmittedAt == at(2026, 11, 24, 9, 0));
    // Still open on the board while HQ works on it.
    auto board = c.service().board({});
    REQUIRE(board);
    REQUIRE(board->size() == 1);
    CHECK(board->first().hqReference == u"HQ-2026-1187"_s);
    j = c.step(j, c.manager, dispatch::HqAnswer, {{u"hq_answer"_s, u"补丁 U8P16-1187"_s}});
    j = c.step(j, c.manager, dispatch::Resolve, {{u"resolution_note"_s, u"远程打补丁后客户确认结账正常"_s}});
    CHECK(j.state == dispatch::Archived);
    auto visits = ReturnVisitService(c.t.db(), c.calendar).forCustomer(c.customerId);
    REQUIRE(visits);
    CHECK(visits->size() == 1);
    board = c.service().board({});
    REQUIRE(board);
    CHECK(board->isEmpty());
}

TEST_CASE("Dispatch: a follow-up dispatch chains the history", "[dispatch][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ClockPin pin(at(2026, 11, 24, 9, 0));
    Center c(backend);
    DispatchJob first = c.jobIn(dispatch::WrittenOff);
    first = c.step(first, c.manager, dispatch::FollowUp, {{u"engineer_id"_s, c.otherEngineer.staffId}});
    CHECK(first.state == dispatch::FollowedUp);
    auto nextId = c.service().followUpOf(first.id);
    REQUIRE(nextId);
    REQUIRE(*nextId > 0);
    auto next = c.service().get(*nextId);
    REQUIRE(next);
    CHECK(next->state == dispatch::Dispatched);
    CHECK(next->engineerId == c.otherEngineer.staffId);
    CHECK(next->previousJobId == first.id);
    CHECK(next->jobNo == first.jobNo + u"/2"_s);
    CHECK(next->problem == first.problem);
    CHECK(next->dueAt == at(2026, 11, 24, 11, 0));
    auto chain = c.service().chain(*nextId);
    REQUIRE(chain);
    REQUIRE(chain->size() == 2);
    CHECK(chain->at(0).id == first.id);
    CHECK(chain->at(1).id == *nextId);
}

TEST_CASE("Dispatch: the board puts overdue first and shows each engineer's load", "[dispatch][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ClockPin pin(at(2026, 11, 24, 9, 0));
    Center c(backend, RegionClass::Nearby);
    DispatchJob late = c.jobIn(dispatch::Dispatched); // due 21:00
    pin.set(at(2026, 11, 24, 8, 0));
    DispatchJob earlier = c.jobIn(dispatch::Dispatched); // due 20:00
    pin.set(at(2026, 11, 24, 9, 30));
    DispatchJob waiting = c.request();
    auto rows = c.service().board({});
    REQUIRE(rows);
    REQUIRE(rows->size() == 3);
    CHECK(rows->at(0).id == earlier.id);
    CHECK(rows->at(1).id == late.id);
    CHECK(rows->at(2).id == waiting.id);
    auto mine = c.service().board({{}, c.engineer.staffId});
    REQUIRE(mine);
    CHECK(mine->size() == 2);
    auto unassigned = c.service().board({{}, qint64(0)});
    REQUIRE(unassigned);
    CHECK(unassigned->size() == 1);
    auto counts = c.service().countsByState();
    REQUIRE(counts);
    CHECK(counts->value(dispatch::Dispatched) == 2);
    CHECK(counts->value(dispatch::Requested) == 1);
    auto engineers = c.service().engineers();
    REQUIRE(engineers);
    QMap<QString, int> load;
    for (const EngineerLoad &e : *engineers)
        load.insert(e.name, e.openJobs);
    CHECK(load.value(u"马超"_s) == 0);
    CHECK(load.value(u"孙浩"_s) == 2);
    CHECK(engineers->last().name == u"孙浩"_s); // the busiest last
}
