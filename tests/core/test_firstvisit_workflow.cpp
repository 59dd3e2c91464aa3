// The first-visit workflow on SQLite and PostgreSQL: every transition allowed and refused (by
// role and by state), submissions and duplicates, corrections kept in the audit trail, the
// unreachable threshold, the queue order, needs and their take-up, CSV import.
#include "core/audit/audit.h"
#include "core/firstvisit/digestservice.h"
#include "core/firstvisit/firstvisitservice.h"
#include "core/firstvisit/firstvisitworkflow.h"
#include "core/firstvisit/schedule.h"
#include "core/records/customerrepository.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using namespace sd::core::firstvisit;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

BusinessCalendar calendar()
{
    BusinessCalendar c;
    REQUIRE(c.setHours(u"08:30-12:00,13:30-17:30"_s));
    return c;
}

qint64 at(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), BusinessCalendar::defaultTimeZone()).toMSecsSinceEpoch();
}

struct ClockGuard {
    explicit ClockGuard(qint64 ms) : pin(ms) {}
    void set(qint64 ms) { pin.set(ms); }
    ScopedClock pin;
};

Submission sample(int n)
{
    Submission s;
    s.customer.name = u"北京华联商贸有限公司%1"_s.arg(n);
    s.customer.address = u"北京市朝阳区建国路%1号"_s.arg(n);
    s.customer.serviceCode = u"SC-FV-%1"_s.arg(n, 4, 10, QChar(u'0'));
    s.customer.dongleNo = u"D%1"_s.arg(700000 + n);
    Contact contact;
    contact.name = u"王经理"_s;
    contact.email = u"wang%1@example.cn"_s.arg(n);
    contact.phones = {{0, u"010-6500 %1"_s.arg(1000 + n, 4, 10, QChar(u'0')), u"office"_s}};
    s.customer.contacts = {contact};
    PurchasedProduct p;
    p.product = u"U8+"_s;
    p.productVersion = u"16.0"_s;
    p.modules = u"总账,应收,应付"_s;
    s.customer.products = {p};
    Contract k;
    k.type = u"SPS"_s;
    k.startsOn = QDate(2026, 11, 1);
    k.endsOn = QDate(2027, 10, 31);
    s.customer.contracts = {k};
    s.saleDate = QDate(2026, 11, 10);
    s.saleDetails = u"U8+ 财务供应链 10 用户，含实施 5 人天"_s;
    return s;
}

struct Desk {
    TestDatabase t;
    Session sales;
    Session agent;
    Session head;       // head of department A (DepartmentHead role)
    Session manager;    // a role outside the desk
    QList<qint64> departments;
    FirstVisitService service;
    int counter = 0;

    explicit Desk(Backend backend)
        : t(TestDatabase::create(backend)),
          sales(t.sessionWith({Role::Sales}, u"许刚"_s)),
          agent(t.sessionWith({Role::FirstVisitAgent}, u"彭丽"_s)),
          head(t.sessionWith({Role::DepartmentHead}, u"高峰"_s)),
          manager(t.sessionWith({Role::ServiceManager}, u"李娜"_s)),
          service(t.db(), calendar())
    {
        for (const QString &name : {u"实施部"_s, u"培训部"_s, u"热线支持部"_s}) {
            auto id = t.db().insertReturningId(
                u"INSERT INTO departments (name, head_id, version, created_at, updated_at) VALUES (?, ?, 1, 0, 0)"_s,
                {name, head.staffId});
            REQUIRE(id);
            departments << *id;
        }
    }
    const Database &db() const { return t.db(); }

    qint64 submit()
    {
        auto id = service.submit(sales, sample(++counter));
        REQUIRE(id);
        return *id;
    }
    FirstVisit get(qint64 id)
    {
        auto fv = service.get(id);
        REQUIRE(fv);
        return *fv;
    }
    FirstVisit reached(qint64 id)
    {
        auto fv = service.logAttempt(agent, id, get(id).version, u"reached"_s, u"王经理接听"_s);
        REQUIRE(fv);
        return *fv;
    }
    FirstVisit verified(qint64 id)
    {
        reached(id);
        for (const QString &f : fieldKeys())
            REQUIRE(service.checkField(agent, id, f, true));
        for (const QString &item : checklistKeys())
            REQUIRE(service.setChecklistItem(agent, id, item, true, {}));
        REQUIRE(service.addNeed(agent, id, u"implementation"_s, u"财务模块上线实施"_s, departments.at(0)));
        auto fv = service.verify(agent, id, get(id).version);
        REQUIRE(fv);
        return *fv;
    }
    FirstVisit recorded(qint64 id)
    {
        verified(id);
        auto fv = service.recordNeeds(agent, id, get(id).version);
        REQUIRE(fv);
        return *fv;
    }
    FirstVisit unreachable(qint64 id)
    {
        for (int i = 0; i < 3; ++i)
            REQUIRE(service.logAttempt(agent, id, get(id).version, u"no_answer"_s, {}));
        return get(id);
    }
    /// A record in `state`, made the way the desk makes it.
    qint64 inState(const QString &state, ClockGuard &clock)
    {
        const qint64 id = submit();
        if (state == u"verifying"_s)
            reached(id);
        else if (state == u"verified"_s)
            verified(id);
        else if (state == u"needs_recorded"_s)
            recorded(id);
        else if (state == u"unreachable"_s)
            unreachable(id);
        else if (state == u"withdrawn"_s)
            REQUIRE(service.withdraw(sales, id, 1, u"客户取消采购"_s));
        else if (state == u"handed_off"_s) {
            recorded(id);
            const FirstVisit fv = get(id);
            const QDate day = fv.needs.first().workDay;
            const qint64 saved = Database::nowMs();
            clock.set(closingTime(calendar(), day) + 60000);
            DigestService digests(db(), calendar());
            auto list = digests.forDay(day, 0, Database::nowMs());
            REQUIRE(list);
            for (const Digest &g : *list)
                if (g.state == u"ready"_s)
                    REQUIRE(digests.handOff(head, g.id, g.version));
            clock.set(saved);
        }
        REQUIRE(get(id).state == state);
        return id;
    }
};

} // namespace

TEST_CASE("First-visit transition table covers the states of SPEC 3.1", "[firstvisit]")
{
    const auto &table = transitionTable();
    CHECK(table.states() == QStringList{u"submitted"_s, u"verifying"_s, u"unreachable"_s, u"verified"_s,
                                        u"needs_recorded"_s, u"handed_off"_s, u"withdrawn"_s});
    CHECK(table.find(u"unreachable"_s, u"retry"_s)->to == u"verifying"_s);
    // The hand-off is the department head's whatever roles they hold: a row guard, not a role.
    const workflow::Transition *handOff = table.find(u"needs_recorded"_s, u"hand_off"_s);
    REQUIRE(handOff);
    REQUIRE(handOff->guard);
    CHECK(handOff->guard->key == u"department_head"_s);
    CHECK(table.rolesForAction(u"withdraw"_s) == RoleSet{Role::Sales, Role::Administrator});
}

TEST_CASE("Every first-visit transition is refused to roles outside it and changes nothing", "[firstvisit][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Desk d(backend);
    ClockGuard clock(at(2026, 11, 18, 9, 0));
    for (const workflow::Transition &tr : transitionTable().transitions()) {
        CAPTURE(tr.from, tr.action);
        const qint64 id = d.inState(tr.from, clock);
        const FirstVisit before = d.get(id);
        for (const Session &who : {d.sales, d.agent, d.head, d.manager}) {
            if (who.hasAny(tr.roles) && workflow::guardHolds(tr, who, workflow::withFacts(d.db(), tr, {{u"id"_s, id}, {u"state"_s, tr.from}})))
                continue;
            auto r = d.service.act(who, id, before.version, tr.action,
                                   {{u"outcome"_s, u"no_answer"_s}, {u"reason"_s, u"x"_s}});
            REQUIRE_FALSE(r);
            CHECK(r.error().code == ErrorCode::Forbidden);
            const FirstVisit after = d.get(id);
            CHECK(after.state == before.state);
            CHECK(after.version == before.version);
            CHECK(after.attempts.size() == before.attempts.size());
        }
        // The refusal is on record.
        auto trail = audit::forRecord(d.db(), recordTable(), id);
        REQUIRE(trail);
        CHECK(std::any_of(trail->begin(), trail->end(),
                          [](const AuditEntry &e) { return e.action.startsWith(u"forbidden:"_s); }));
    }
}

TEST_CASE("Actions not in the table for a state are refused with the possible ones", "[firstvisit][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Desk d(backend);
    ClockGuard clock(at(2026, 11, 18, 9, 0));
    const Session &admin = d.t.admin();
    QStringList actions;
    for (const auto &tr : transitionTable().transitions())
        if (!actions.contains(tr.action))
            actions << tr.action;
    for (const QString &state : stateKeys()) {
        const qint64 id = d.inState(state, clock);
        const FirstVisit before = d.get(id);
        for (const QString &action : actions) {
            if (transitionTable().find(state, action))
                continue;
            CAPTURE(state, action);
            auto r = d.service.act(admin, id, before.version, action,
                                   {{u"outcome"_s, u"no_answer"_s}, {u"reason"_s, u"x"_s}});
            REQUIRE_FALSE(r);
            CHECK(r.error().code == ErrorCode::NotAllowedInState);
            CHECK(r.error().message.contains(stateTitle(state)));
            const FirstVisit after = d.get(id);
            CHECK(after.state == state);
            CHECK(after.version == before.version);
        }
    }
}

TEST_CASE("Allowed first-visit transitions by role", "[firstvisit][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Desk d(backend);
    ClockGuard clock(at(2026, 11, 18, 9, 0));

    SECTION("submitted: log_attempt by the agent moves to verifying and schedules the retry")
    {
        const qint64 id = d.submit();
        auto fv = d.service.logAttempt(d.agent, id, 1, u"busy"_s, u"占线"_s);
        REQUIRE(fv);
        CHECK(fv->state == u"verifying"_s);
        CHECK(fv->failedAttempts == 1);
        REQUIRE(fv->attempts.size() == 1);
        CHECK(fv->attempts.first().nextAt == at(2026, 11, 18, 13, 30));
        CHECK(fv->nextAttemptAt == at(2026, 11, 18, 13, 30));
        CHECK(fv->agentId == d.agent.staffId);
    }
    SECTION("verifying: verify needs a reached call and every field checked")
    {
        const qint64 id = d.submit();
        REQUIRE(d.service.logAttempt(d.agent, id, 1, u"no_answer"_s, {}));
        auto early = d.service.verify(d.agent, id, 2);
        REQUIRE_FALSE(early);
        CHECK(early.error().field == u"attempts"_s);
        d.reached(id);
        auto unchecked = d.service.verify(d.agent, id, 3);
        REQUIRE_FALSE(unchecked);
        CHECK(unchecked.error().code == ErrorCode::Invalid);
        CHECK(unchecked.error().field == u"company"_s);
        for (const QString &f : fieldKeys())
            REQUIRE(d.service.checkField(d.agent, id, f, true));
        auto fv = d.service.verify(d.agent, id, 3);
        REQUIRE(fv);
        CHECK(fv->state == u"verified"_s);
    }
    SECTION("verified: record_needs needs the checklist settled and a need")
    {
        const qint64 id = d.submit();
        d.reached(id);
        for (const QString &f : fieldKeys())
            REQUIRE(d.service.checkField(d.agent, id, f, true));
        REQUIRE(d.service.verify(d.agent, id, d.get(id).version));
        auto noChecklist = d.service.recordNeeds(d.agent, id, d.get(id).version);
        REQUIRE_FALSE(noChecklist);
        CHECK(noChecklist.error().field == u"service_code"_s);
        REQUIRE(d.service.setChecklistItem(d.agent, id, u"service_code"_s, true, {}));
        REQUIRE(d.service.setChecklistItem(d.agent, id, u"dongle_no"_s, false, u"加密狗尚未到货"_s));
        REQUIRE(d.service.setChecklistItem(d.agent, id, u"phones_known"_s, true, {}));
        REQUIRE(d.service.setChecklistItem(d.agent, id, u"process_known"_s, true, {}));
        auto noNeeds = d.service.recordNeeds(d.agent, id, d.get(id).version);
        REQUIRE_FALSE(noNeeds);
        CHECK(noNeeds.error().field == u"needs"_s);
        REQUIRE(d.service.addNeed(d.agent, id, u"training"_s, u"财务人员操作培训"_s, d.departments.at(1)));
        auto fv = d.service.recordNeeds(d.agent, id, d.get(id).version);
        REQUIRE(fv);
        CHECK(fv->state == u"needs_recorded"_s);
        REQUIRE(fv->needs.size() == 1);
        CHECK(fv->needs.first().workDay == QDate(2026, 11, 18));
        CHECK(fv->needs.first().recordedBy == d.agent.staffId);
        CHECK(fv->checklist.at(1).note == u"加密狗尚未到货"_s);
    }
    SECTION("needs_recorded: hand_off is refused until the digest is handed off, then taken by the head")
    {
        const qint64 id = d.inState(u"needs_recorded"_s, clock);
        auto early = d.service.handOff(d.head, id, d.get(id).version);
        REQUIRE_FALSE(early);
        CHECK(early.error().field == u"needs"_s);
        CHECK(d.get(id).state == u"needs_recorded"_s);
        clock.set(at(2026, 11, 18, 17, 31));
        DigestService digests(d.db(), calendar());
        auto list = digests.forDay(QDate(2026, 11, 18), 0, Database::nowMs());
        REQUIRE(list);
        REQUIRE(list->size() == 1);
        auto handed = digests.handOff(d.head, list->first().id, list->first().version);
        REQUIRE(handed);
        CHECK(d.get(id).state == u"handed_off"_s);
    }
    SECTION("unreachable: retry by the sales person who submitted it, withdraw by sales")
    {
        const qint64 id = d.inState(u"unreachable"_s, clock);
        auto fv = d.service.retry(d.sales, id, d.get(id).version);
        REQUIRE(fv);
        CHECK(fv->state == u"verifying"_s);
        CHECK(fv->failedAttempts == 0);
        CHECK(fv->queueDue == Database::nowMs());
        const qint64 other = d.inState(u"unreachable"_s, clock);
        auto noReason = d.service.withdraw(d.sales, other, d.get(other).version, u"  "_s);
        REQUIRE_FALSE(noReason);
        CHECK(noReason.error().field == u"reason"_s);
        auto w = d.service.withdraw(d.sales, other, d.get(other).version, u"客户联系不上，销售确认放弃"_s);
        REQUIRE(w);
        CHECK(w->state == u"withdrawn"_s);
    }
    SECTION("an administrator may take the agent's, the sales person's and the head's transitions")
    {
        const Session &admin = d.t.admin();
        const qint64 id = d.submit();
        auto fv = d.service.logAttempt(admin, id, 1, u"reached"_s, {});
        REQUIRE(fv);
        for (const QString &f : fieldKeys())
            REQUIRE(d.service.checkField(admin, id, f, true));
        for (const QString &item : checklistKeys())
            REQUIRE(d.service.setChecklistItem(admin, id, item, true, {}));
        REQUIRE(d.service.addNeed(admin, id, u"upgrade"_s, u"T3 升级到 T+Cloud"_s, d.departments.at(2)));
        REQUIRE(d.service.verify(admin, id, d.get(id).version));
        REQUIRE(d.service.recordNeeds(admin, id, d.get(id).version));
        clock.set(at(2026, 11, 18, 17, 40));
        DigestService digests(d.db(), calendar());
        auto list = digests.forDay(QDate(2026, 11, 18), 0, Database::nowMs());
        REQUIRE(list);
        REQUIRE(list->size() == 1);
        REQUIRE(digests.handOff(admin, list->first().id, list->first().version)); // not the head: an administrator
        CHECK(d.get(id).state == u"handed_off"_s);
        const qint64 other = d.submit();
        auto w = d.service.withdraw(admin, other, 1, u"重复提交"_s);
        REQUIRE(w);
        CHECK(w->state == u"withdrawn"_s);
    }
    SECTION("a stale version is a conflict and changes nothing")
    {
        const qint64 id = d.submit();
        REQUIRE(d.service.logAttempt(d.agent, id, 1, u"busy"_s, {}));
        auto stale = d.service.logAttempt(d.agent, id, 1, u"reached"_s, {});
        REQUIRE_FALSE(stale);
        CHECK(stale.error().code == ErrorCode::Conflict);
        CHECK(d.get(id).attempts.size() == 1);
    }
}

TEST_CASE("After N failed attempts the customer is unreachable and shows in the sales list", "[firstvisit][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Desk d(backend);
    ClockGuard clock(at(2026, 11, 18, 9, 0));
    REQUIRE(*d.service.maxAttempts() == 3);
    const qint64 id = d.submit();
    // "Asked to call later" reaches the customer: it does not count.
    REQUIRE(d.service.logAttempt(d.agent, id, 1, u"call_later"_s, u"开会中，下午再打"_s));
    REQUIRE(d.service.logAttempt(d.agent, id, 2, u"no_answer"_s, {}));
    // A direct mark_unreachable before the threshold is refused.
    auto early = d.service.act(d.agent, id, 3, u"mark_unreachable"_s, {{u"outcome"_s, u"busy"_s}});
    REQUIRE_FALSE(early);
    CHECK(early.error().field == u"outcome"_s);
    clock.set(at(2026, 11, 18, 14, 0));
    auto second = d.service.logAttempt(d.agent, id, 3, u"busy"_s, {});
    REQUIRE(second);
    CHECK(second->state == u"verifying"_s);
    CHECK(second->failedAttempts == 2);
    clock.set(at(2026, 11, 19, 9, 0));
    auto third = d.service.logAttempt(d.agent, id, 4, u"wrong_number"_s, u"空号"_s);
    REQUIRE(third);
    CHECK(third->state == u"unreachable"_s);
    CHECK(third->failedAttempts == 3);
    CHECK(third->queueDue == 0);
    auto mine = d.service.submissionsBy(d.sales.staffId);
    REQUIRE(mine);
    REQUIRE(mine->size() == 1);
    CHECK(mine->first().state == u"unreachable"_s);
    CHECK(mine->first().lastOutcome == u"wrong_number"_s);
    // Not in the agent's queue any more.
    auto queue = d.service.queue(Database::nowMs());
    REQUIRE(queue);
    CHECK(queue->rows.isEmpty());

    // The threshold is a setting (administrators only).
    auto refused = d.service.setMaxAttempts(d.agent, 2);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Forbidden);
    REQUIRE(d.service.setMaxAttempts(d.t.admin(), 2));
    CHECK(*d.service.maxAttempts() == 2);
    const qint64 other = d.submit();
    REQUIRE(d.service.logAttempt(d.agent, other, 1, u"no_answer"_s, {}));
    auto two = d.service.logAttempt(d.agent, other, 2, u"no_answer"_s, {});
    REQUIRE(two);
    CHECK(two->state == u"unreachable"_s);
}

TEST_CASE("An edited next attempt in the failed half-day or outside working hours is refused", "[firstvisit][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Desk d(backend);
    ClockGuard clock(at(2026, 11, 18, 9, 0));
    const qint64 id = d.submit();
    auto same = d.service.logAttempt(d.agent, id, 1, u"no_answer"_s, {}, at(2026, 11, 18, 11, 0));
    REQUIRE_FALSE(same);
    CHECK(same.error().field == u"next_at"_s);
    auto lunch = d.service.logAttempt(d.agent, id, 1, u"no_answer"_s, {}, at(2026, 11, 18, 12, 45));
    REQUIRE_FALSE(lunch);
    CHECK(d.get(id).attempts.isEmpty());
    CHECK(d.get(id).state == u"submitted"_s);
    auto ok = d.service.logAttempt(d.agent, id, 1, u"no_answer"_s, {}, at(2026, 11, 19, 10, 15));
    REQUIRE(ok);
    CHECK(ok->nextAttemptAt == at(2026, 11, 19, 10, 15));
}

TEST_CASE("A submission snapshots every field and flags possible duplicates first", "[firstvisit][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Desk d(backend);
    ClockGuard clock(at(2026, 11, 18, 9, 0));
    const qint64 id = d.submit();
    const FirstVisit fv = d.get(id);
    CHECK(fv.state == u"submitted"_s);
    CHECK(fv.submittedBy == d.sales.staffId);
    REQUIRE(fv.fields.size() == fieldKeys().size());
    CHECK(fv.fields.at(0).submitted == u"北京华联商贸有限公司1"_s);
    CHECK(fv.fields.at(2).submitted == u"010-6500 1001"_s);
    CHECK(fv.fields.at(5).submitted == u"U8+ 16.0"_s);
    CHECK(fv.fields.at(6).submitted == u"总账, 应收, 应付"_s);
    CHECK(fv.fields.at(9).submitted == u"SPS 2026-11-01 ~ 2027-10-31"_s);
    auto customer = CustomerRepository(d.db()).get(fv.customerId);
    REQUIRE(customer);
    CHECK(customer->serviceCode == u"SC-FV-0001"_s);

    // Same phone, other name: flagged, not saved.
    Submission again = sample(99);
    again.customer.contacts.first().phones = {{0, u"01065001001"_s, {}}};
    auto dup = d.service.submit(d.sales, again);
    REQUIRE_FALSE(dup);
    CHECK(dup.error().code == ErrorCode::Conflict);
    CHECK(dup.error().message.contains(u"北京华联商贸有限公司1"_s));
    CHECK(*d.db().scalar(u"SELECT COUNT(*) FROM customers"_s) == 1);
    // Same service code: flagged too. Confirmed: saved with the match on record.
    Submission code = sample(98);
    code.customer.serviceCode = u"SC-FV-0001"_s;
    REQUIRE_FALSE(d.service.submit(d.sales, code));
    auto confirmed = d.service.submit(d.sales, code, true);
    REQUIRE(confirmed);
    CHECK(d.get(*confirmed).duplicateOf.contains(u"北京华联商贸有限公司1"_s));
    // Only sales (and administrators) submit.
    auto agentSubmits = d.service.submit(d.agent, sample(50));
    REQUIRE_FALSE(agentSubmits);
    CHECK(agentSubmits.error().code == ErrorCode::Forbidden);
}

TEST_CASE("A correction updates the customer and keeps the submitted value in the audit trail", "[firstvisit][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Desk d(backend);
    ClockGuard clock(at(2026, 11, 18, 9, 0));
    const qint64 id = d.submit();
    // Not before the call reached somebody (state submitted).
    auto early = d.service.checkField(d.agent, id, u"address"_s, false, u"北京市海淀区"_s);
    REQUIRE_FALSE(early);
    CHECK(early.error().code == ErrorCode::NotAllowedInState);
    d.reached(id);
    REQUIRE(d.service.checkField(d.agent, id, u"address"_s, false, u"北京市海淀区中关村大街27号"_s));
    REQUIRE(d.service.checkField(d.agent, id, u"phone"_s, false, u"010-8888 0001; 139 1000 2000"_s));
    REQUIRE(d.service.checkField(d.agent, id, u"products"_s, false, u"U8+ 16.1; 畅捷通T+ 17.0"_s));
    REQUIRE(d.service.checkField(d.agent, id, u"contract"_s, false, u"SPS 2026-12-01 ~ 2027-11-30"_s));
    REQUIRE(d.service.checkField(d.agent, id, u"sale_date"_s, false, u"2026-11-12"_s));
    REQUIRE(d.service.checkField(d.agent, id, u"company"_s, true));
    auto bad = d.service.checkField(d.agent, id, u"contract"_s, false, u"明年"_s);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == u"contract"_s);
    auto refused = d.service.checkField(d.sales, id, u"address"_s, true);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Forbidden);

    const FirstVisit fv = d.get(id);
    CHECK(fv.fields.at(0).status == u"verified"_s);
    CHECK(fv.fields.at(4).status == u"corrected"_s);
    CHECK(fv.fields.at(4).submitted == u"北京市朝阳区建国路1号"_s);
    CHECK(fv.fields.at(4).current() == u"北京市海淀区中关村大街27号"_s);
    CHECK(fv.saleDate == QDate(2026, 11, 12));
    auto c = CustomerRepository(d.db()).get(fv.customerId);
    REQUIRE(c);
    CHECK(c->address == u"北京市海淀区中关村大街27号"_s);
    REQUIRE(c->contacts.first().phones.size() == 2);
    CHECK(c->contacts.first().phones.at(1).phone == u"139 1000 2000"_s);
    REQUIRE(c->products.size() == 2);
    CHECK(c->products.at(0).productVersion == u"16.1"_s);
    CHECK(c->products.at(0).modules == u"总账,应收,应付"_s);
    CHECK(c->contracts.first().startsOn == QDate(2026, 12, 1));

    auto trail = audit::forRecord(d.db(), recordTable(), id);
    REQUIRE(trail);
    bool kept = false;
    for (const AuditEntry &e : *trail)
        if (e.action == u"correct_field"_s && e.field == u"address"_s && e.oldValue == u"北京市朝阳区建国路1号"_s &&
            e.newValue == u"北京市海淀区中关村大街27号"_s && e.actorId == d.agent.staffId)
            kept = true;
    CHECK(kept);
    auto customerTrail = audit::forRecord(d.db(), u"customers"_s, fv.customerId);
    REQUIRE(customerTrail);
    CHECK(std::any_of(customerTrail->begin(), customerTrail->end(), [](const AuditEntry &e) {
        return e.field == u"address"_s && e.oldValue == u"北京市朝阳区建国路1号"_s;
    }));
}

TEST_CASE("The queue lists new submissions, then retries whose time has come, then later retries", "[firstvisit][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Desk d(backend);
    ClockGuard clock(at(2026, 11, 18, 9, 0));
    const qint64 retryDue = d.submit();
    REQUIRE(d.service.logAttempt(d.agent, retryDue, 1, u"no_answer"_s, {})); // next: 13:30 today
    const qint64 retryLater = d.submit();
    clock.set(at(2026, 11, 18, 10, 0));
    const qint64 callLater = d.submit();
    REQUIRE(d.service.logAttempt(d.agent, callLater, 1, u"call_later"_s, {}, at(2026, 11, 19, 15, 0)));
    REQUIRE(d.service.logAttempt(d.agent, retryLater, 1, u"busy"_s, {})); // 13:30 today
    clock.set(at(2026, 11, 18, 14, 0));
    REQUIRE(d.service.logAttempt(d.agent, retryLater, 2, u"busy"_s, {})); // tomorrow 08:30
    const qint64 fresh1 = d.submit();
    clock.set(at(2026, 11, 18, 14, 5));
    const qint64 fresh2 = d.submit();

    auto page = d.service.queue(Database::nowMs());
    REQUIRE(page);
    QList<qint64> order;
    for (const QueueRow &r : page->rows)
        order << r.id;
    CHECK(order == QList<qint64>{fresh1, fresh2, retryDue, retryLater, callLater});
    CHECK(page->dueNowCount == 3);
    CHECK(page->laterCount == 2);
    CHECK(page->rows.at(0).kind == QueueKind::New);
    CHECK(page->rows.at(2).dueAt == at(2026, 11, 18, 13, 30));
    CHECK(page->rows.at(3).dueAt == at(2026, 11, 19, 8, 30));
    CHECK(page->rows.at(0).contact == u"王经理"_s);
    CHECK_FALSE(page->rows.at(0).phone.isEmpty());

    // Keyset paging gives the same order two rows at a time.
    QList<qint64> paged;
    QueueCursor cursor;
    for (int guard = 0; guard < 10; ++guard) {
        auto p = d.service.queue(Database::nowMs(), cursor, 2);
        REQUIRE(p);
        for (const QueueRow &r : p->rows)
            paged << r.id;
        cursor = p->next;
        if (p->atEnd)
            break;
    }
    CHECK(paged == order);
}

TEST_CASE("Needs are taken up by the later desks with a link", "[firstvisit][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Desk d(backend);
    ClockGuard clock(at(2026, 11, 18, 9, 0));
    const qint64 id = d.inState(u"needs_recorded"_s, clock);
    auto open = d.service.needs(u"implementation"_s, u"open"_s);
    REQUIRE(open);
    REQUIRE(open->size() == 1);
    const Need n = open->first();
    CHECK(n.firstVisitId == id);
    auto refused = d.service.takeUpNeed(d.sales, n.id, n.version, u"project"_s, 7);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Forbidden);
    const Session implmgr = d.t.sessionWith({Role::ImplementationManager});
    REQUIRE(d.service.takeUpNeed(implmgr, n.id, n.version, u"project"_s, 7));
    auto taken = d.service.need(n.id);
    REQUIRE(taken);
    CHECK(taken->state == u"taken_up"_s);
    CHECK(taken->takenUpType == u"project"_s);
    CHECK(taken->takenUpId == 7);
    auto twice = d.service.takeUpNeed(implmgr, n.id, taken->version, u"project"_s, 8);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::NotAllowedInState);
    REQUIRE(d.service.closeNeed(implmgr, n.id, taken->version, u"项目已立项"_s));
    CHECK(d.service.need(n.id)->state == u"closed"_s);
    CHECK(d.service.needs(u"implementation"_s, u"open"_s)->isEmpty());
}

TEST_CASE("Submissions are imported from a customer CSV file into the queue", "[firstvisit][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Desk d(backend);
    ClockGuard clock(at(2026, 11, 18, 9, 0));
    d.submit();
    const QByteArray csv = u"公司名称,联系人,电话,地址,购买软件,服务编码\n"
                           "天津滨海精密机械有限公司,赵工,022-2530 1188,天津市滨海新区,U8+ 16.0,SC-TJ-001\n"
                           "北京华联商贸有限公司1,钱会计,010-1111 2222,北京,畅捷通T+ 17.0,\n"_s.toUtf8();
    auto report = d.service.importCsv(d.sales, csv);
    REQUIRE(report);
    CHECK(report->imported == 2);
    REQUIRE(report->firstVisitIds.size() == 2);
    CHECK(std::any_of(report->warnings.begin(), report->warnings.end(),
                      [](const QString &w) { return w.contains(u"北京华联商贸有限公司1"_s); }));
    CHECK(d.get(report->firstVisitIds.at(1)).duplicateOf.contains(u"北京华联商贸有限公司1"_s));
    auto queue = d.service.queue(Database::nowMs());
    REQUIRE(queue);
    CHECK(queue->dueNowCount == 3);
    // A bad row imports nothing.
    auto bad = d.service.importCsv(d.sales, "company,contract_type\nX,SPS\n");
    REQUIRE_FALSE(bad);
    CHECK(*d.db().scalar(u"SELECT COUNT(*) FROM first_visits"_s) == 3);
}
