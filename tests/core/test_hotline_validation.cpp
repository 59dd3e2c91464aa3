// Input rules of the hotline desk, the customer records and the problem base: phone numbers,
// maximum lengths, emoji and required choices are refused in core with the field named, and a
// refused save changes nothing. Also: suggestions show each solution once, and the caller
// card's recent records come from one query.
#include "core/hotline/hotlineworkflow.h"
#include "core/problembase/problembaserepository.h"
#include "core/problembase/problemclass.h"
#include "core/records/fieldrules.h"
#include "tests/core/test_hotline_fixture.h"

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::HotlineFixture;
using sd::test::PinnedClock;
using sd::test::shanghai;

namespace {

qint64 countOf(const Database &db, const QString &table)
{
    auto v = db.scalar(u"SELECT COUNT(*) FROM "_s + table);
    REQUIRE(v);
    return v->toLongLong();
}

ProblemEntry entry(const QString &phenomenon, const QString &solution)
{
    ProblemEntry e;
    e.phenomenon = phenomenon;
    e.solution = solution;
    e.problemClass = problemclass::Operation;
    e.product = u"U8+"_s;
    e.module = u"总账"_s;
    return e;
}

} // namespace

TEST_CASE("phone numbers are digits with +, -, spaces, parentheses and an extension, 3 to 20 digits", "[validation]")
{
    for (const QString &good : {u"010-6543 2100"_s, u"13800138000"_s, u"+86 (10) 6543-2100"_s, u"138-0013-8000"_s,
                                u"010-6543 2100 ext 12"_s, u"0755-8888 1234转123"_s, u"110"_s, u"(021) 5888.0000"_s})
        CHECK(fieldrules::isPhone(good));
    for (const QString &bad : {u"138abc0000"_s, u"n/a"_s, u"12"_s, u"123456789012345678901"_s, u"++8613800138000"_s,
                               u"010-(6543 2100"_s, u"电话13800138000"_s, u"13800138000 ext"_s, u""_s})
        CHECK_FALSE(fieldrules::isPhone(bad));
    auto r = fieldrules::phone(u"caller_phone"_s, u"Phone"_s, u"138abc0000"_s);
    REQUIRE_FALSE(r);
    CHECK(r.error().field == u"caller_phone"_s);
    CHECK(r.error().message.startsWith(u"Phone: "_s));
    CHECK(r.error().message.contains(u"138abc0000"_s));
    CHECK(fieldrules::text(u"x"_s, u"X"_s, QString(101, u'a'), fieldrules::NameMax).error().message.contains(u"100"_s));
    CHECK(fieldrules::text(u"x"_s, u"X"_s, QString(100, u'好'), fieldrules::NameMax));
    CHECK_FALSE(fieldrules::text(u"x"_s, u"X"_s, u"ok 😀"_s, fieldrules::NameMax));
    CHECK_FALSE(fieldrules::text(u"x"_s, u"X"_s, u"   "_s, fieldrules::NameMax, true));
}

TEST_CASE("call intake refuses a bad phone, over-long texts and emoji with the field named, and stores nothing",
          "[hotline][validation][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    PinnedClock clock(shanghai("2026-11-24 10:00"));
    auto svc = f.service();

    NewCall phone = f.newCall(problemclass::DataProblem);
    phone.callerPhone = u"138abc0000"_s;
    auto r = svc.create(f.op, phone);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Invalid);
    CHECK(r.error().field == u"caller_phone"_s);
    CHECK(r.error().message.contains(u"138abc0000"_s));

    NewCall longText = f.newCall(problemclass::DataProblem, QString(5006, u'账') + u"😀"_s);
    r = svc.create(f.op, longText);
    REQUIRE_FALSE(r);
    CHECK(r.error().field == u"description"_s);
    CHECK(r.error().message.contains(u"4000"_s));

    NewCall emoji = f.newCall(problemclass::DataProblem, u"结账报错 😀"_s);
    CHECK(sd::test::errorOf(svc.create(f.op, emoji)).field == u"description"_s);
    NewCall name = f.newCall(problemclass::DataProblem);
    name.callerName = QString(101, u'王');
    CHECK(sd::test::errorOf(svc.create(f.op, name)).field == u"caller_name"_s);
    NewCall module = f.newCall(problemclass::DataProblem);
    module.module = QString(101, u'm');
    CHECK(sd::test::errorOf(svc.create(f.op, module)).field == u"module"_s);
    CHECK(countOf(f.t.db(), u"hotline_calls"_s) == 0);

    // At the limits the call is logged.
    NewCall atLimit = f.newCall(problemclass::DataProblem, QString(fieldrules::LongTextMax, u'账'));
    atLimit.callerName = QString(fieldrules::NameMax, u'王');
    atLimit.callerPhone = u"+86 (10) 6543-2100 ext 12"_s;
    CHECK(svc.create(f.op, atLimit));
}

TEST_CASE("a new call needs its problem class and billing chosen — billing is suggested from the contract",
          "[hotline][validation][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    PinnedClock clock(shanghai("2026-11-24 10:00"));
    auto svc = f.service();

    NewCall noClass = f.newCall(QString());
    auto r = svc.create(f.op, noClass);
    REQUIRE_FALSE(r);
    CHECK(r.error().field == u"problem_class"_s);
    NewCall noBilling = f.newCall(problemclass::DataProblem);
    noBilling.billing.clear();
    r = svc.create(f.op, noBilling);
    REQUIRE_FALSE(r);
    CHECK(r.error().field == u"billing"_s);
    CHECK(countOf(f.t.db(), u"hotline_calls"_s) == 0);

    auto valid = svc.callerContext(f.customer, QDate(2026, 11, 24));
    REQUIRE(valid);
    CHECK(HotlineService::suggestedBilling(*valid) == u"contract"_s);
    auto expired = svc.callerContext(f.expiredCustomer, QDate(2026, 11, 24));
    REQUIRE(expired);
    CHECK(HotlineService::suggestedBilling(*expired) == u"paid"_s);
}

TEST_CASE("outcome fields are limited: a refused hold or solution leaves the call as it was", "[hotline][validation][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    PinnedClock clock(shanghai("2026-11-24 10:00"));
    auto svc = f.service();
    auto call = svc.create(f.op, f.newCall(problemclass::Operation));
    REQUIRE(call);

    auto hold = svc.act(f.op, call->id, call->version, hotline::Hold,
                        {{u"hold_reason"_s, QString(fieldrules::ShortTextMax + 1, u'问')},
                         {u"callback_due_at"_s, shanghai("2026-11-24 11:00")}});
    REQUIRE_FALSE(hold);
    CHECK(hold.error().field == u"hold_reason"_s);
    auto solve = svc.act(f.op, call->id, call->version, hotline::Solve,
                         {{u"solution"_s, QString(4001, u'解')}, {u"add_to_problem_base"_s, true}});
    REQUIRE_FALSE(solve);
    CHECK(solve.error().field == u"solution"_s);
    auto phone = svc.act(f.op, call->id, call->version, hotline::Update, {{u"caller_phone"_s, u"138abc0000"_s}});
    REQUIRE_FALSE(phone);
    CHECK(phone.error().field == u"caller_phone"_s);
    // A long phenomenon for the base is refused too, and no entry is made.
    auto entryTooLong = svc.act(f.op, call->id, call->version, hotline::Solve,
                                {{u"solution"_s, u"重新记账后结账"_s},
                                 {u"add_to_problem_base"_s, true},
                                 {u"entry_phenomenon"_s, QString(5007, u'象')}});
    REQUIRE_FALSE(entryTooLong);
    CHECK(entryTooLong.error().field == u"entry_phenomenon"_s);
    auto after = svc.get(call->id);
    REQUIRE(after);
    CHECK(after->version == call->version);
    CHECK(after->state == hotline::Open);
    CHECK(countOf(f.t.db(), u"problem_entries"_s) == 0);
}

TEST_CASE("problem-base entries refuse over-long texts and emoji with the field named", "[problembase][validation][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    ProblemBaseRepository repo(f.t.db());
    auto r = repo.create(f.op, entry(QString(5006, u'象') + u"😀"_s, u"重新记账"_s));
    REQUIRE_FALSE(r);
    CHECK(r.error().field == u"phenomenon"_s);
    CHECK(sd::test::errorOf(repo.create(f.op, entry(u"结账报错"_s, QString(4001, u'解')))).field == u"solution"_s);
    CHECK(sd::test::errorOf(repo.create(f.op, entry(u"结账报错 🙂"_s, u"重新记账"_s))).field == u"phenomenon"_s);
    ProblemEntry tags = entry(u"结账报错"_s, u"重新记账"_s);
    tags.tags = QString(201, u't');
    CHECK(sd::test::errorOf(repo.create(f.op, tags)).field == u"tags"_s);
    CHECK(countOf(f.t.db(), u"problem_entries"_s) == 0);
    auto ok = repo.create(f.op, entry(QString(fieldrules::LongTextMax, u'象'), u"重新记账"_s));
    REQUIRE(ok);
    ProblemEntry edited = *repo.get(*ok);
    edited.solution = QString(4001, u'解');
    CHECK(sd::test::errorOf(repo.save(f.op, edited)).field == u"solution"_s);
    CHECK(repo.get(*ok)->solution == u"重新记账"_s);
}

TEST_CASE("customer phones, names and e-mails are checked — a bad one saves nothing", "[records][validation][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    CustomerRepository repo(f.t.db());
    const qint64 before = countOf(f.t.db(), u"customers"_s);
    auto make = [] {
        Customer c;
        c.name = u"上海浦江贸易有限公司"_s;
        Contact k;
        k.name = u"陈经理"_s;
        k.email = u"chen@pj.example"_s;
        k.phones = {{0, u"021-5888 0000"_s, u"office"_s}};
        c.contacts = {k};
        return c;
    };
    Customer phone = make();
    phone.contacts[0].phones[0].phone = u"138abc0000"_s;
    auto r = repo.create(f.t.admin(), phone);
    REQUIRE_FALSE(r);
    CHECK(r.error().field == u"phone"_s);
    CHECK(r.error().message.contains(u"138abc0000"_s));
    Customer name = make();
    name.contacts[0].name = QString(101, u'陈');
    CHECK(sd::test::errorOf(repo.create(f.t.admin(), name)).field == u"contact"_s);
    Customer company = make();
    company.name = QString(201, u'公');
    CHECK(sd::test::errorOf(repo.create(f.t.admin(), company)).field == u"name"_s);
    Customer mail = make();
    mail.contacts[0].email = u"chen at pj"_s;
    CHECK(sd::test::errorOf(repo.create(f.t.admin(), mail)).field == u"email"_s);
    Customer address = make();
    address.address = QString(301, u'路');
    CHECK(sd::test::errorOf(repo.create(f.t.admin(), address)).field == u"address"_s);
    CHECK(countOf(f.t.db(), u"customers"_s) == before);
    auto id = repo.create(f.t.admin(), make());
    REQUIRE(id);
    Customer saved = *repo.get(*id);
    saved.contacts[0].phones[0].phone = u"021-abc"_s;
    CHECK(sd::test::errorOf(repo.save(f.t.admin(), saved)).field == u"phone"_s);
    CHECK(repo.get(*id)->contacts[0].phones[0].phone == u"021-5888 0000"_s);
}

TEST_CASE("suggestions show each solution once, its best-ranked entry", "[problembase][suggest][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    ProblemBaseRepository repo(f.t.db());
    QList<qint64> copies;
    for (int i = 0; i < 6; ++i) {
        auto id = repo.create(f.op, entry(u"月末结账提示有未记账凭证 %1"_s.arg(i), u"先记账全部凭证，再结账"_s));
        REQUIRE(id);
        copies << *id;
    }
    auto other = repo.create(f.op, entry(u"月末结账提示损益未结转"_s, u"先做期间损益结转，再结账"_s));
    REQUIRE(other);
    auto s = repo.suggest(u"月末结账提示有未记账凭证"_s, 8);
    REQUIRE(s);
    QStringList solutions;
    for (const ProblemEntry &e : *s)
        solutions << e.solution;
    CHECK(solutions.count(u"先记账全部凭证，再结账"_s) == 1);
    CHECK(solutions.contains(u"先做期间损益结转，再结账"_s));
    QStringList distinct = solutions;
    distinct.removeDuplicates();
    CHECK(distinct.size() == solutions.size());
}

TEST_CASE("the caller card's recent records list calls, complaints and on-site jobs, newest first",
          "[hotline][records][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    PinnedClock clock(shanghai("2026-11-24 10:00"));
    auto svc = f.service();
    auto first = svc.create(f.op, f.newCall(problemclass::Operation));
    REQUIRE(first);
    clock.set(shanghai("2026-11-24 10:30"));
    REQUIRE(svc.act(f.op, first->id, first->version, hotline::RequestOnsite, {{u"onsite_reason"_s, u"需上门重装"_s}}));
    clock.set(shanghai("2026-11-24 11:00"));
    auto second = svc.create(f.op, f.newCall(problemclass::Operation, u"服务态度问题"_s));
    REQUIRE(second);
    clock.set(shanghai("2026-11-24 11:10"));
    REQUIRE(svc.act(f.op, second->id, second->version, hotline::OpenComplaint,
                    {{u"complaint_note"_s, u"工程师迟到两次"_s}}));
    auto other = svc.create(f.op, [&] {
        NewCall n = f.newCall(problemclass::Consultation);
        n.customerId = f.expiredCustomer;
        n.billing = u"consultation"_s;
        return n;
    }());
    REQUIRE(other);

    auto recent = svc.recentRecords(f.customer, 10);
    REQUIRE(recent);
    QStringList kinds;
    for (const RecentRecord &r : *recent) {
        kinds << r.kind;
        CHECK_FALSE(r.number.isEmpty());
        CHECK_FALSE(r.state.isEmpty());
        CHECK(r.at > 0);
    }
    CHECK(kinds.count(u"call"_s) == 2);
    CHECK(kinds.count(u"complaint"_s) == 1);
    CHECK(kinds.count(u"dispatch"_s) == 1);
    for (int i = 1; i < recent->size(); ++i)
        CHECK(recent->at(i - 1).at >= recent->at(i).at);
    CHECK(recent->first().at >= shanghai("2026-11-24 11:00"));
    auto limited = svc.recentRecords(f.customer, 2);
    REQUIRE(limited);
    CHECK(limited->size() == 2);
}
