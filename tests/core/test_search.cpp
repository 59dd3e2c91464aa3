// The one text search (core/search) on every searched table and both engines: what each
// service's search returns equals a plain LIKE scan of the same data (every word ANDed, ASCII
// case folded), for Chinese of 1 to 8 characters, English words in any case, two words, and
// LIKE's own wildcards and escape taken literally; blank and over-long queries.
#include "core/complaints/complaintservice.h"
#include "core/problembase/problembaserepository.h"
#include "core/problembase/problemclass.h"
#include "core/search/searchtables.h"
#include "core/search/textsearch.h"
#include "tests/core/test_complaints_fixture.h"
#include "tests/core/test_hotline_fixture.h"

#include <QRandomGenerator>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::core::complaints::ComplaintService;
using sd::core::complaints::ComplaintFilter;
using sd::test::Backend;
using sd::test::HotlineFixture;
using sd::test::TestDatabase;

namespace {

using Ids = QSet<qint64>;
using SearchFn = std::function<Ids(const QString &)>;
using CountFn = std::function<qint64(const QString &)>;

// The reference, written without core/search: every word occurs in the column (LIKE with its
// own escaping, ASCII case folded by lower() on both engines).
Ids likeReference(const Database &db, const QString &table, const QString &text)
{
    QStringList where{u"1 = 1"_s};
    QVariantList binds;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        QString escaped = word;
        escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        where << u"lower(search_text) LIKE lower(?) ESCAPE '\\'"_s;
        binds << u"%"_s + escaped + u"%"_s;
    }
    auto q = db.exec(u"SELECT id FROM "_s + table + u" WHERE "_s + where.join(u" AND "_s), binds);
    REQUIRE(q);
    Ids out;
    while (q->next())
        out.insert(q->value(0).toLongLong());
    return out;
}

// Queries of 1, 2, 3, 4, 5 and 8 characters cut at random places of the stored texts (whole
// characters only), and pairs of them as two-word queries.
QStringList sampledQueries(const Database &db, const QString &table)
{
    auto q = db.exec(u"SELECT search_text FROM "_s + table + u" ORDER BY id"_s);
    REQUIRE(q);
    QStringList texts;
    while (q->next())
        texts << q->value(0).toString();
    REQUIRE(!texts.isEmpty());
    QRandomGenerator rng(20261124);
    QStringList out;
    const int lengths[] = {1, 2, 3, 4, 5, 8};
    for (int i = 0; i < 240; ++i) {
        const QString &text = texts.at(int(rng.bounded(int(texts.size()))));
        const int len = lengths[i % 6];
        const int at = int(rng.bounded(qMax(1, int(text.size()) - len)));
        const QString piece = text.mid(at, len).simplified();
        if (!piece.isEmpty() && !piece.front().isLowSurrogate() && !piece.back().isHighSurrogate())
            out << piece;
    }
    const qsizetype singles = out.size();
    for (qsizetype i = 0; i + 1 < qMin(singles, qsizetype(60)); i += 2)
        out << out[i].split(u' ').first() + u" "_s + out[i + 1].split(u' ').last();
    return out;
}

// Fixed queries every table is asked: Chinese of each length, English in mixed case, two
// words, wildcards and the escape character, a character outside the BMP, no match.
const QStringList kFixed = {
    u"华"_s, u"凭证"_s, u"有限公"_s, u"加密狗灯"_s, u"数据库连接"_s, u"北京市海淀区中关"_s, u"月末结账时提示有"_s,
    u"valve"_s, u"VALVE"_s, u"Nordic valve"_s, u"logistics"_s, u"harbour LOGISTICS"_s, u"sql SERVER"_s, u"Odbc"_s,
    u"dongle"_s, u"NC"_s, u"u8"_s, u"凭证 打印"_s, u"华信 有限"_s, u"报表 zero"_s, u"100%"_s, u"%"_s, u"_"_s,
    u"\\"_s, u"%纯"_s, u"emp_code"_s, u"emp%code"_s, u"_code"_s, u"D:\\U8"_s, u"\\2026"_s, u"a_b"_s, u"𠮷"_s,
    u"𠮷祥"_s, u"𠮷祥餐饮"_s, u"不存在的词"_s, u"zzzz"_s, u"\"quoted\""_s, u"\""_s};

void compareWithReference(const Database &db, const QString &table, const SearchFn &search, const CountFn &count)
{
    QStringList queries = kFixed;
    queries << sampledQueries(db, table);
    int mismatches = 0;
    int withHits = 0;
    for (const QString &q : std::as_const(queries)) {
        const Ids expected = likeReference(db, table, q);
        const Ids found = search(q);
        withHits += expected.isEmpty() ? 0 : 1;
        if (found != expected || count(q) != expected.size()) {
            ++mismatches;
            UNSCOPED_INFO("mismatch for \"" << q.toStdString() << "\": " << found.size() << " found, "
                                            << expected.size() << " expected");
        }
    }
    CHECK(queries.size() > 200);
    CHECK(withHits > 150);
    CHECK(mismatches == 0);
}

template <typename Row>
Ids idsOf(const QList<Row> &rows)
{
    Ids out;
    for (const Row &r : rows)
        out.insert(r.id);
    return out;
}

Customer customer(const QString &name, const QString &address, const QString &contact, const QString &phone,
                  const QString &email = {}, const QString &code = {}, const QString &dongle = {})
{
    Customer c;
    c.name = name;
    c.address = address;
    c.serviceCode = code;
    c.dongleNo = dongle;
    Contact k;
    k.name = contact;
    k.email = email;
    k.phones = {{0, phone, u"office"_s}};
    c.contacts = {k};
    return c;
}

void seedCustomers(const TestDatabase &t)
{
    CustomerRepository repo(t.db());
    const QList<Customer> all = {
        customer(u"北京华信机械制造有限公司"_s, u"北京市海淀区中关村大街27号"_s, u"王丽"_s, u"010-6234 5678"_s,
                 u"wangli@hxjx.com.cn"_s, u"SC-1001"_s),
        customer(u"天津华信食品有限公司"_s, u"天津市和平区南京路100号"_s, u"李强"_s, u"022-2345 6789"_s, {}, u"SC-1002"_s),
        customer(u"Beijing Nordic Valve Co., Ltd."_s, u"北京市朝阳区建国路88号"_s, u"John Smith"_s, u"010-8532 1000"_s,
                 u"John.Smith@NordicValve.com"_s),
        customer(u"上海100%纯净水有限公司"_s, u"上海市浦东新区张江路1号"_s, u"赵敏"_s, u"021-5080 1234"_s),
        customer(u"廊坊宏达物流有限公司"_s, u"河北省廊坊市广阳区"_s, u"孙浩"_s, u"0316-223 4455"_s, u"it_admin@hongda.cn"_s,
                 u"HD_2026"_s, u"DG\\7781"_s),
        customer(u"TIANJIN HARBOUR LOGISTICS LTD."_s, u"天津市滨海新区"_s, u"Mary Chen"_s, u"022-6666 1234"_s),
        customer(u"𠮷祥餐饮管理有限公司"_s, u"北京市西城区"_s, u"周杰"_s, u"010-6600 8800"_s),
        customer(u"保定瑞丰医药股份有限公司"_s, u"河北省保定市"_s, u"钱芳"_s, u"0312-555 6677"_s, u"ruifeng_it@bdrf.cn"_s),
        customer(u"u8 用户之家 a_b 测试账套"_s, u"D:\\U8Backup\\2026"_s, u"Odbc Admin"_s, u"010-1234 5678"_s),
    };
    for (const Customer &c : all)
        REQUIRE(repo.create(t.admin(), c));
}

void seedCalls(const HotlineFixture &f)
{
    HotlineService svc = f.service();
    const QStringList descriptions = {
        u"月末结账时提示有未记账凭证"_s,
        u"凭证打印时金额栏显示不全，打印预览正常"_s,
        u"UFO报表取数公式返回零值 (zero)"_s,
        u"加密狗灯不亮，检测不到，提示演示版 Dongle not found"_s,
        u"SQL Server error 17: 数据库连接失败"_s,
        u"ODBC data source missing after Upgrade to NC 6.5"_s,
        u"预付款100%的采购订单无法关闭"_s,
        u"导入模板列名为 emp_code 时报错"_s,
        u"备份路径 D:\\U8Backup\\2026 不存在"_s,
        u"北京市海淀区中关村的客户问 Nordic Valve 的账套"_s,
    };
    for (const QString &d : descriptions)
        REQUIRE(svc.create(f.op, f.newCall(problemclass::Operation, d)));
}

void seedProblems(const HotlineFixture &f)
{
    struct Seed {
        QString phenomenon, cause, solution, product, module, tags;
    };
    const QList<Seed> seeds = {
        {u"执行月末结账时系统提示存在未记账凭证"_s, u"本月仍有凭证未审核记账"_s, u"审核并记账全部凭证后重新结账"_s,
         u"U8+"_s, u"总账"_s, u"月末结账,凭证"_s},
        {u"凭证打印时金额栏显示不全"_s, u"打印模板列宽不足"_s, u"调整金额列宽"_s, u"U8+"_s, u"总账"_s, u"凭证,打印"_s},
        {u"加密狗灯不亮，提示演示版"_s, u"USB口供电不足"_s, u"更换USB口"_s, u"T+"_s, u"系统管理"_s, u"加密狗,dongle"_s},
        {u"登录时提示数据库连接失败 SQL Server error 17"_s, u"服务未启动"_s, u"启动 SQL Server 服务"_s, u"U8+"_s,
         u"系统管理"_s, u"数据库连接"_s},
        {u"ODBC data source missing after upgrade"_s, u"The 64-bit ODBC entry was not recreated"_s,
         u"Recreate the DSN with odbcad32"_s, u"NC"_s, u"Platform"_s, u"ODBC,upgrade"_s},
        {u"100% 预付款的采购订单无法关闭"_s, u"付款核销未完成"_s, u"先完成付款核销"_s, u"U8+"_s, u"采购管理"_s,
         u"采购_订单"_s},
        {u"Import fails on column emp_code"_s, u"The column is text"_s, u"Set the column to General"_s, u"NC"_s,
         u"HR"_s, u"import"_s},
        {u"备份到 D:\\U8Backup\\2026 失败"_s, u"目录不存在"_s, u"先建目录"_s, u"U8+"_s, u"系统管理"_s, u"备份"_s},
        {u"UFO报表取数为零"_s, u"关键字未录入"_s, u"录入关键字后重算 zero"_s, u"U8+"_s, u"UFO报表"_s, u"报表"_s},
    };
    ProblemBaseRepository repo(f.t.db());
    for (const Seed &s : seeds) {
        ProblemEntry e;
        e.phenomenon = s.phenomenon;
        e.cause = s.cause;
        e.solution = s.solution;
        e.product = s.product;
        e.module = s.module;
        e.problemClass = problemclass::Operation;
        e.tags = s.tags;
        REQUIRE(repo.create(f.op, e));
    }
}

struct ComplaintWorld {
    TestDatabase t;
    std::unique_ptr<ComplaintService> svc;
    Session quality;
};

ComplaintWorld complaintWorld(Backend backend)
{
    using namespace sd::test::complaints;
    ComplaintWorld w{TestDatabase::create(backend), nullptr, {}};
    seedDefaults(w.t.db());
    auto svc = ComplaintService::open(w.t.db());
    REQUIRE(svc);
    w.svc = std::make_unique<ComplaintService>(*svc);
    w.quality = w.t.sessionWith({Role::QualitySupervisor});
    const qint64 a = addCustomer(w.t.db(), u"北京华信机械制造有限公司"_s);
    const qint64 b = addCustomer(w.t.db(), u"TIANJIN HARBOUR LOGISTICS LTD."_s, true);
    struct Seed {
        qint64 customer;
        QString source, complainant, description, request;
    };
    const QList<Seed> seeds = {
        {a, u"direct"_s, u"王经理"_s, u"工程师约定上门时间未到，也没有通知"_s, u"尽快安排上门并道歉"_s},
        {b, u"hq"_s, u"Mary Chen"_s, u"月结凭证打印格式错乱，Voucher layout broken"_s, u"Fix it this week"_s},
        {a, u"direct"_s, u"李强"_s, u"热线电话长时间无人接听 (100% 占线)"_s, u"增加坐席"_s},
        {b, u"direct"_s, u"赵敏"_s, u"加密狗灯不亮，换了三次仍不行"_s, u"更换加密狗"_s},
        {a, u"direct"_s, u"Odbc Admin"_s, u"备份路径 D:\\U8Backup\\2026 被工程师删除，emp_code 列丢失"_s, u"恢复数据"_s},
        {b, u"direct"_s, u"𠮷祥"_s, u"SQL Server 数据库连接失败后无人跟进"_s, u"NC 顾问上门"_s},
    };
    for (const Seed &s : seeds) {
        auto in = intake(s.customer, s.source);
        in.complainant = s.complainant;
        in.description = s.description;
        in.customerRequest = s.request;
        REQUIRE(w.svc->accept(w.quality, in));
    }
    return w;
}

} // namespace

TEST_CASE("customer search equals a plain LIKE scan of the same data", "[search][records][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    seedCustomers(t);
    CustomerRepository repo(t.db());
    compareWithReference(
        t.db(), u"customers"_s,
        [&](const QString &q) {
            auto rows = repo.list({q, CustomerSort::NameAsc, 1000, 0});
            REQUIRE(rows);
            return idsOf(*rows);
        },
        [&](const QString &q) { return *repo.count(q); });
}

TEST_CASE("hotline call search equals a plain LIKE scan of the same data", "[search][hotline][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    sd::test::PinnedClock clock(sd::test::shanghai("2026-11-24 10:00"));
    seedCalls(f);
    HotlineService svc = f.service();
    const auto search = [&](const QString &q) {
        HotlineCallQuery query;
        query.text = q;
        query.limit = 1000;
        auto rows = svc.list(query);
        REQUIRE(rows);
        return idsOf(*rows);
    };
    compareWithReference(f.t.db(), u"hotline_calls"_s, search, [&](const QString &q) { return qint64(search(q).size()); });
}

TEST_CASE("problem-base search equals a plain LIKE scan of the same data, with Latin, wildcards and two words",
          "[search][problembase][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    seedProblems(f);
    ProblemBaseRepository repo(f.t.db());
    compareWithReference(
        f.t.db(), u"problem_entries"_s,
        [&](const QString &q) {
            auto rows = repo.search({q, {}, {}, {}, false, 1000, 0});
            REQUIRE(rows);
            return idsOf(*rows);
        },
        [&](const QString &q) { return *repo.count({q}); });
}

TEST_CASE("complaint register search equals a plain LIKE scan of the same data", "[search][complaints][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    sd::test::complaints::Clock clock(sd::test::complaints::shanghai(2026, 11, 24, 9));
    ComplaintWorld w = complaintWorld(backend);
    compareWithReference(
        w.t.db(), u"complaints"_s,
        [&](const QString &q) {
            auto rows = w.svc->list({.text = q, .limit = 1000});
            REQUIRE(rows);
            return idsOf(*rows);
        },
        [&](const QString &q) { return qint64(*w.svc->count({.text = q})); });
}

TEST_CASE("a blank search matches everything and an over-long one is refused on every table", "[search][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    sd::test::PinnedClock clock(sd::test::shanghai("2026-11-24 10:00"));
    seedCustomers(f.t);
    seedCalls(f);
    seedProblems(f);
    const Database &db = f.t.db();
    CustomerRepository customers(db);
    HotlineService calls = f.service();
    ProblemBaseRepository problems(db);
    auto complaints = ComplaintService::open(db);
    REQUIRE(complaints);
    auto in = sd::test::complaints::intake(f.customer);
    REQUIRE(complaints->accept(f.t.admin(), in));

    const QString tooLong = QString(search::QueryMax + 1, u'账');
    const QString longest = QString(search::QueryMax, u'账');
    for (const QString &blank : {QString(), u" "_s, u" \t\n　 "_s}) {
        CAPTURE(blank.toStdString());
        CHECK(customers.list({blank, CustomerSort::NameAsc, 1000, 0})->size() == 9 + 2);
        CHECK(*customers.count(blank) == 11);
        HotlineCallQuery cq;
        cq.text = blank;
        CHECK(calls.list(cq)->size() == 10);
        CHECK(problems.search({blank})->size() == 9);
        CHECK(*problems.count({blank}) == 9);
        CHECK(complaints->list({.text = blank})->size() == 1);
    }
    // At the limit: searched (nothing contains it); beyond: a clear Invalid error on "text".
    CHECK(customers.list({longest, CustomerSort::NameAsc, 10, 0})->isEmpty());
    CHECK(problems.search({longest})->isEmpty());
    const auto refused = [](const Error &e) {
        CHECK(e.code == ErrorCode::Invalid);
        CHECK(e.field == u"text"_s);
        CHECK(e.message.contains(QString::number(search::QueryMax)));
    };
    refused(sd::test::errorOf(customers.list({tooLong, CustomerSort::NameAsc, 10, 0})));
    refused(sd::test::errorOf(customers.count(tooLong)));
    HotlineCallQuery cq;
    cq.text = tooLong;
    refused(sd::test::errorOf(calls.list(cq)));
    refused(sd::test::errorOf(problems.search({tooLong})));
    refused(sd::test::errorOf(problems.count({tooLong})));
    refused(sd::test::errorOf(complaints->list({.text = tooLong})));
    refused(sd::test::errorOf(complaints->count({.text = tooLong})));
}

TEST_CASE("every searched table has its trigram index on both engines, and 3+ characters use it", "[search][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    const Database &db = t.db();
    for (const search::SearchedTable &table : search::tables::all()) {
        CAPTURE(table.table.toStdString());
        if (backend == Backend::SQLite && !table.ftsTable.isEmpty())
            CHECK(db.sql().tables().contains(table.ftsTable));
        if (backend == Backend::PostgreSQL) {
            REQUIRE_FALSE(table.pgTrigramIndex.isEmpty());
            auto n = db.scalar(u"SELECT COUNT(*) FROM pg_indexes WHERE tablename = ? AND indexname = ? "
                               "AND indexdef LIKE '%gin_trgm_ops%'"_s,
                               {table.table, table.pgTrigramIndex});
            REQUIRE(n);
            CHECK(n->toInt() == 1);
        }
        auto three = search::condition(db, table, u"有限公 ab"_s);
        REQUIRE(three);
        CHECK(three->binds.size() == 2);
        if (backend == Backend::SQLite)
            CHECK(three->sql.contains(u" MATCH "_s) == !table.ftsTable.isEmpty());
        else
            CHECK(three->sql.count(u" ILIKE ?"_s) == 2);
        // A rare character outside the BMP counts as one: "𠮷祥" is two characters, which a
        // trigram index cannot match, so it is scanned.
        auto rare = search::condition(db, table, u"𠮷祥"_s);
        REQUIRE(rare);
        CHECK_FALSE(rare->sql.contains(u" MATCH "_s));
    }
}
