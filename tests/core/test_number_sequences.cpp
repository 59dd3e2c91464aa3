// Record numbers and find-or-create with many desks at once (issue 15): sixteen writers, each on
// its own connection in its own thread, take hotline, dispatch, complaint and project numbers
// and import customers naming the same new product, on both engines. Every write succeeds,
// every number is taken once, the product exists once.
#include "core/complaints/complaintservice.h"
#include "core/db/numbers.h"
#include "core/dispatch/dispatchservice.h"
#include "core/problembase/problemclass.h"
#include "core/projects/projectservice.h"
#include "core/records/customerrepository.h"
#include "tests/core/test_hotline_fixture.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::HotlineFixture;
using sd::test::PinnedClock;
using sd::test::shanghai;

namespace {

constexpr int kWriters = 16;
constexpr int kRounds = 3;

struct Outcome {
    std::mutex lock;
    QStringList numbers;   ///< every number handed out, by kind ("call:RX…")
    QStringList errors;
    void add(const QString &n)
    {
        std::lock_guard g(lock);
        numbers << n;
    }
    void fail(const QString &what, const Error &e)
    {
        std::lock_guard g(lock);
        errors << what + u": "_s + e.message;
    }
};

} // namespace

TEST_CASE("sixteen desks at once take distinct record numbers and share one new product", "[numbers][concurrency][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    PinnedClock clock(shanghai("2026-11-24 10:00"));
    auto calendar = CalendarRepository(f.t.db()).load();
    REQUIRE(calendar);
    const Session admin = f.t.admin();
    const NewCall call = f.newCall(problemclass::DataProblem);
    const qint64 customer = f.customer;

    // One call numbered before the writers start: numbering carries on after it.
    auto first = f.service().create(f.op, call);
    REQUIRE(first);
    CHECK(first->callNo == u"RX20261124-0001"_s);

    Outcome out;
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            auto db = f.t.db().openAnother(u"writer-%1"_s.arg(w));
            if (!db) {
                out.fail(u"open"_s, db.error());
                return;
            }
            auto hotline = HotlineService::open(*db);
            auto complaintDesk = complaints::ComplaintService::open(*db);
            if (!hotline || !complaintDesk) {
                out.fail(u"services"_s, hotline ? complaintDesk.error() : hotline.error());
                return;
            }
            DispatchService dispatch(*db, *calendar);
            ProjectService projects(*db, *calendar);
            for (int round = 0; round < kRounds; ++round) {
                if (auto c = hotline->create(f.op, call))
                    out.add(u"call:"_s + c->callNo);
                else
                    out.fail(u"call"_s, c.error());

                OnsiteRequest r;
                r.customerId = customer;
                r.contactName = u"王会计"_s;
                r.contactPhone = u"010-6543 2100"_s;
                r.product = u"U8+"_s;
                r.problem = u"月末结账时提示有未记账凭证"_s;
                if (auto j = dispatch.request(admin, r))
                    out.add(u"job:"_s + j->jobNo);
                else
                    out.fail(u"dispatch"_s, j.error());

                complaints::ComplaintIntake in;
                in.channel = u"phone"_s;
                in.customerId = customer;
                in.complainant = u"王经理"_s;
                in.problemClass = u"slow_response"_s;
                in.description = u"工程师约定上门时间未到"_s;
                if (auto id = complaintDesk->accept(admin, in)) {
                    auto row = complaintDesk->load(*id);
                    out.add(u"complaint:"_s + (row ? row->value(u"complaint_no"_s).toString() : QString()));
                } else {
                    out.fail(u"complaint"_s, id.error());
                }

                ProjectApplication a;
                a.customerId = customer;
                a.title = u"U8+ 实施 %1-%2"_s.arg(w).arg(round);
                a.budgetedDays = 20;
                if (auto p = projects.apply(admin, a)) {
                    auto row = projects.get(*p);
                    out.add(u"project:"_s + (row ? row->value(u"project_no"_s).toString() : QString()));
                } else {
                    out.fail(u"project"_s, p.error());
                }

                // An import naming a product nobody has recorded yet.
                Customer c;
                c.name = u"并发导入客户 %1-%2"_s.arg(w).arg(round);
                PurchasedProduct p;
                p.product = u"畅捷通T+Cloud 专属云"_s;
                c.products = {p};
                if (auto id = CustomerRepository(*db).create(admin, c); !id)
                    out.fail(u"customer"_s, id.error());
            }
            db->close();
        });
    }
    for (auto &t : writers)
        t.join();

    INFO(out.errors.join(u"\n"_s).toStdString());
    CHECK(out.errors.isEmpty());
    const int each = kWriters * kRounds;
    CHECK(out.numbers.size() == 4 * each);
    CHECK(QSet<QString>(out.numbers.begin(), out.numbers.end()).size() == out.numbers.size());
    for (const QString &kind : {u"call:"_s, u"job:"_s, u"complaint:"_s, u"project:"_s}) {
        CAPTURE(kind);
        CHECK(out.numbers.filter(kind).size() == each);
        for (const QString &n : out.numbers.filter(kind))
            CHECK(n.size() > kind.size() + 4);
    }
    // Numbers run without gaps: the calls 0002…0049 after the first.
    QStringList calls = out.numbers.filter(u"call:"_s);
    calls.sort();
    CHECK(calls.first() == u"call:RX20261124-0002"_s);
    CHECK(calls.last() == u"call:RX20261124-%1"_s.arg(each + 1, 4, 10, QChar(u'0')));
    CHECK(f.t.db().scalar(u"SELECT COUNT(*) FROM hotline_calls"_s)->toInt() == each + 1);
    CHECK(f.t.db().scalar(u"SELECT COUNT(DISTINCT call_no) FROM hotline_calls"_s)->toInt() == each + 1);
    CHECK(f.t.db().scalar(u"SELECT COUNT(*) FROM products WHERE name = ?"_s, {u"畅捷通T+Cloud 专属云"_s})->toInt() == 1);
    CHECK(f.t.db().scalar(u"SELECT COUNT(*) FROM customer_products cp JOIN products p ON p.id = cp.product_id "
                          "WHERE p.name = ?"_s,
                          {u"畅捷通T+Cloud 专属云"_s})
              ->toInt() == each);
}

TEST_CASE("a number sequence starts after the numbers already in use and gives back a rolled-back number",
          "[numbers][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = sd::test::TestDatabase::create(backend);
    const Database &db = t.db();
    int asked = 0;
    auto seed = [&]() -> Result<qint64> {
        ++asked;
        return 41;
    };
    // First use: after the highest in use, asked once.
    CHECK(*numbers::next(db, u"test:a"_s, seed) == 42);
    CHECK(*numbers::next(db, u"test:a"_s, seed) == 43);
    CHECK(asked == 1);
    // Another sequence is counted on its own; with no seed it starts at 1.
    CHECK(*numbers::next(db, u"test:b"_s) == 1);
    // A transaction that rolls back does not use up its number.
    {
        auto tx = Transaction::begin(db);
        REQUIRE(tx);
        CHECK(*numbers::next(db, u"test:a"_s, seed) == 44);
    }
    CHECK(*numbers::next(db, u"test:a"_s, seed) == 44);
    // The highest number behind a prefix, as stored ("zz-0007" → 7); none: 0.
    CHECK(*numbers::highestWithPrefix(db, u"number_sequences"_s, u"name"_s, u"zz-"_s) == 0);
    REQUIRE(db.exec(u"INSERT INTO number_sequences (name, value) VALUES ('zz-0007', 1), ('zz-0003', 1), ('zy-0099', 1)"_s));
    CHECK(*numbers::highestWithPrefix(db, u"number_sequences"_s, u"name"_s, u"zz-"_s) == 7);
}
