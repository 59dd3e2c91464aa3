// The standardized problem base: full-text search of Chinese phrases of 1, 2, 3 and 8
// characters and English words on both engines, checked against a plain LIKE scan of the same
// data (0 mismatches); ranking; suggestions while typing; edit history; merge; usage counts.
#include "core/audit/audit.h"
#include "core/hotline/hotlineworkflow.h"
#include "core/problembase/problembaserepository.h"
#include "core/problembase/problemclass.h"
#include "core/search/textsearch.h"
#include "tests/core/test_hotline_fixture.h"

#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::HotlineFixture;

namespace {

struct Seed {
    const char16_t *phenomenon;
    const char16_t *cause;
    const char16_t *solution;
    const char16_t *product;
    const char16_t *module;
    const QString &cls;
    const char16_t *tags;
};

QList<qint64> seedEntries(const Database &db, const Session &who)
{
    const QList<Seed> seeds = {
        {u"执行月末结账时系统提示存在未记账凭证", u"本月仍有凭证未审核记账", u"在总账中审核并记账全部凭证后重新结账",
         u"U8+", u"总账", problemclass::Operation, u"月末结账,凭证"},
        {u"凭证打印时金额栏显示不全", u"打印模板列宽不足", u"在凭证打印设置中调整金额列宽", u"U8+", u"总账",
         problemclass::Operation, u"凭证,打印"},
        {u"UFO报表取数公式返回零值", u"关键字未录入或账套号错误", u"录入关键字后整表重算", u"U8+", u"UFO报表",
         problemclass::DataProblem, u"报表取数"},
        {u"加密狗检测不到，提示演示版", u"加密狗驱动未安装或USB口供电不足", u"重新安装加密狗驱动并更换USB口", u"T+",
         u"系统管理", problemclass::Environment, u"加密狗,dongle"},
        {u"登录时提示数据库连接失败 SQL Server error 17", u"SQL Server 服务未启动或防火墙阻止 1433 端口",
         u"启动 SQL Server 服务并在防火墙放行 TCP 1433", u"U8+", u"系统管理", problemclass::Environment,
         u"数据库连接,SQL Server"},
        {u"ODBC data source missing after upgrade", u"The 64-bit ODBC entry was not recreated",
         u"Recreate the DSN with odbcad32 and restart the service", u"NC", u"Platform", problemclass::Environment,
         u"ODBC,upgrade"},
        {u"Voucher import fails with invalid period", u"The accounting period is closed",
         u"Reopen the period or import into the next one", u"NC", u"General Ledger", problemclass::DataProblem,
         u"voucher,import"},
        {u"工资变动数据无法导入", u"导入模板的人员编码列格式为文本", u"把人员编码列改为常规格式后重新导入", u"U8+",
         u"薪资管理", problemclass::DataProblem, u"工资,导入"},
        {u"存货核算期末处理报错：除数为零", u"出库数量为零的单据参与了计算", u"安装补丁 U8V16_0815 后重新期末处理",
         u"U8+", u"存货核算", problemclass::SoftwareBug, u"期末处理,补丁"},
        {u"希望在利润表中按项目辅助核算出数", u"标准报表不支持", u"需定制开发，转商务经理评估", u"U8+", u"UFO报表",
         problemclass::NewRequirement, u"定制"},
        {u"咨询：T+ 是否支持多组织合并报表", u"", u"T+Cloud 旗舰版支持多组织合并报表", u"T+", u"报表",
         problemclass::Consultation, u"合并报表"},
        {u"100% 预付款的采购订单无法关闭", u"付款核销未完成", u"先完成付款核销再关闭订单", u"U8+", u"采购管理",
         problemclass::Operation, u"采购_订单"},
    };
    ProblemBaseRepository repo(db);
    QList<qint64> ids;
    for (const Seed &s : seeds) {
        ProblemEntry e;
        e.phenomenon = QString::fromUtf16(s.phenomenon);
        e.cause = QString::fromUtf16(s.cause);
        e.solution = QString::fromUtf16(s.solution);
        e.product = QString::fromUtf16(s.product);
        e.module = QString::fromUtf16(s.module);
        e.problemClass = s.cls;
        e.tags = QString::fromUtf16(s.tags);
        auto id = repo.create(who, e);
        REQUIRE(id);
        ids << *id;
    }
    return ids;
}

QSet<qint64> idsOf(const QList<ProblemEntry> &list)
{
    QSet<qint64> out;
    for (const ProblemEntry &e : list)
        out.insert(e.id);
    return out;
}

// The reference: a plain LIKE scan over the base table (case folded on both engines).
QSet<qint64> likeScan(const Database &db, const QString &text)
{
    QStringList where{u"active = 1"_s};
    QVariantList binds;
    for (const QString &w : search::words(text)) {
        where << u"lower(search_text) LIKE lower(?) ESCAPE '\\'"_s;
        binds << search::likePattern(w);
    }
    auto q = db.exec(u"SELECT id FROM problem_entries WHERE "_s + where.join(u" AND "_s), binds);
    REQUIRE(q);
    QSet<qint64> out;
    while (q->next())
        out.insert(q->value(0).toLongLong());
    return out;
}

QSet<qint64> searchIds(const ProblemBaseRepository &repo, const QString &text)
{
    auto r = repo.search({text, {}, {}, {}, false, 100000, 0});
    REQUIRE(r);
    return idsOf(*r);
}

} // namespace

TEST_CASE("problem-base search finds Chinese phrases of 1, 2, 3 and 8 characters and English words",
          "[problembase][search][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    const QList<qint64> ids = seedEntries(f.t.db(), f.op);
    ProblemBaseRepository repo(f.t.db());

    const QString eight = u"结账时系统提示存在"_s.left(8);
    REQUIRE(eight.size() == 8);
    struct Case {
        QString text;
        QSet<qint64> expected;
    };
    const QList<Case> cases = {
        {u"狗"_s, {ids[3]}},
        {u"凭证"_s, {ids[0], ids[1]}},
        {u"加密狗"_s, {ids[3]}},
        {eight, {ids[0]}},
        {u"报表取数"_s, {ids[2]}},
        {u"sql server"_s, {ids[4]}},      // case folded
        {u"ODBC"_s, {ids[5]}},
        {u"voucher"_s, {ids[6]}},
        {u"dongle"_s, {ids[3]}},
        {u"NC"_s, {ids[5], ids[6]}},       // two letters: the base-table scan
        {u"17"_s, {ids[4]}},
        {u"100%"_s, {ids[11]}},            // a LIKE wildcard taken literally
        {u"采购_"_s, {ids[11]}},
        {u"报表 定制"_s, {ids[9]}},         // every word must occur
        {u"凭证 打印"_s, {ids[1]}},
        {u"不存在的词"_s, {}},
    };
    for (const Case &c : cases) {
        CAPTURE(c.text.toStdString());
        CHECK(searchIds(repo, c.text) == c.expected);
        CHECK(*repo.count({c.text}) == c.expected.size());
    }

    // Filters, and the ranking: the most used first, then the newest.
    auto u8 = repo.search({u"凭证"_s, u"U8+"_s, u"总账"_s, problemclass::Operation});
    REQUIRE(u8);
    CHECK(u8->size() == 2);
    REQUIRE(f.t.db().exec(u"UPDATE problem_entries SET times_used = 7 WHERE id = ?"_s, {ids[2]}));
    auto ranked = repo.search({u"报表"_s});
    REQUIRE(ranked);
    REQUIRE(ranked->size() == 3);
    CHECK(ranked->at(0).id == ids[2]);
    CHECK(ranked->at(1).id == ids[10]);
    CHECK(ranked->at(2).id == ids[9]);
    auto page2 = repo.search({u"报表"_s, {}, {}, {}, false, 2, 2});
    REQUIRE(page2);
    REQUIRE(page2->size() == 1);
    CHECK(page2->at(0).id == ids[9]);
}

TEST_CASE("problem-base search equals a plain LIKE scan of the same data", "[problembase][search][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    seedEntries(f.t.db(), f.op);
    ProblemBaseRepository repo(f.t.db());
    auto all = repo.search({{}, {}, {}, {}, false, 1000, 0});
    REQUIRE(all);
    // Every substring of 1 to 8 characters at random places of the stored text, plus pairs.
    QRandomGenerator rng(20261124);
    QStringList queries;
    for (int i = 0; i < 400; ++i) {
        const ProblemEntry &e = all->at(int(rng.bounded(all->size())));
        const QString text = ProblemBaseRepository::searchText(e);
        const int len = 1 + int(rng.bounded(8));
        const int at = int(rng.bounded(qMax(1, int(text.size()) - len)));
        const QString q = text.mid(at, len).trimmed();
        if (!q.isEmpty())
            queries << q;
    }
    for (int i = 0; i + 1 < 60; i += 2)
        queries << queries[i] + u" "_s + queries[i + 1];
    int mismatches = 0;
    for (const QString &q : queries) {
        if (searchIds(repo, q) != likeScan(f.t.db(), q)) {
            ++mismatches;
            UNSCOPED_INFO("mismatch for \"" << q.toStdString() << "\"");
        }
    }
    CHECK(queries.size() > 300);
    CHECK(mismatches == 0);
}

TEST_CASE("typing a description suggests matching entries, best first", "[problembase][suggest][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    const QList<qint64> ids = seedEntries(f.t.db(), f.op);
    ProblemBaseRepository repo(f.t.db());
    auto s = repo.suggest(u"客户说月末结账的时候提示有凭证没有记账"_s);
    REQUIRE(s);
    REQUIRE_FALSE(s->isEmpty());
    CHECK(s->first().id == ids[0]);
    auto dongle = repo.suggest(u"软件突然变成演示版了，加密狗灯不亮"_s);
    REQUIRE(dongle);
    REQUIRE_FALSE(dongle->isEmpty());
    CHECK(dongle->first().id == ids[3]);
    auto english = repo.suggest(u"the ODBC source is missing"_s);
    REQUIRE(english);
    REQUIRE_FALSE(english->isEmpty());
    CHECK(english->first().id == ids[5]);
    CHECK(repo.suggest(u"a"_s)->isEmpty());
    auto two = repo.suggest(u"凭证"_s);   // too short for trigrams: the plain search
    REQUIRE(two);
    CHECK(idsOf(*two) == QSet<qint64>{ids[0], ids[1]});
}

TEST_CASE("problem-base entries are edited with history, applied, counted and merged", "[problembase][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    sd::test::PinnedClock clock(sd::test::shanghai("2026-11-24 10:00"));
    const QList<qint64> ids = seedEntries(f.t.db(), f.op);
    ProblemBaseRepository repo(f.t.db());
    auto svc = f.service();

    // Writers only.
    ProblemEntry e;
    e.phenomenon = u"x"_s;
    e.solution = u"y"_s;
    e.problemClass = problemclass::Consultation;
    CHECK(sd::test::errorOf(repo.create(f.sales, e)).code == ErrorCode::Forbidden);
    e.solution.clear();
    CHECK(sd::test::errorOf(repo.create(f.op, e)).field == u"solution"_s);

    // Edit with history and a conflict for the second editor.
    auto entry = repo.get(ids[2]);
    REQUIRE(entry);
    ProblemEntry mine = *entry;
    mine.solution = u"录入关键字后整表重算；仍为零时检查账套号"_s;
    auto saved = repo.save(f.op, mine);
    REQUIRE(saved);
    CHECK(saved->version == entry->version + 1);
    CHECK(searchIds(repo, u"检查账套号"_s) == QSet<qint64>{ids[2]});   // search text follows the edit
    ProblemEntry theirs = *entry;
    theirs.cause = u"别人的修改"_s;
    auto conflict = repo.save(f.op2, theirs);
    REQUIRE_FALSE(conflict);
    CHECK(conflict.error().code == ErrorCode::Conflict);
    auto trail = audit::forRecord(f.t.db(), u"problem_entries"_s, ids[2]);
    REQUIRE(trail);
    bool solutionAudited = false;
    for (const AuditEntry &a : *trail)
        solutionAudited |= a.field == u"solution"_s && a.oldValue == u"录入关键字后整表重算"_s;
    CHECK(solutionAudited);

    // Applied on calls: counted once per call and linked.
    auto call1 = svc.create(f.op, f.newCall(problemclass::DataProblem, u"报表取数为零"_s));
    auto call2 = svc.create(f.op, f.newCall(problemclass::DataProblem, u"报表全是零"_s));
    REQUIRE(call1);
    REQUIRE(call2);
    CHECK(*repo.applyToCall(f.op, ids[2], call1->id));
    CHECK_FALSE(*repo.applyToCall(f.op, ids[2], call1->id));
    CHECK(*repo.applyToCall(f.op, ids[2], call2->id));
    CHECK(*repo.applyToCall(f.op, ids[9], call2->id));
    CHECK(repo.get(ids[2])->timesUsed == 2);
    auto applied = repo.appliedToCall(call2->id);
    REQUIRE(applied);
    CHECK(idsOf(*applied) == QSet<qint64>{ids[2], ids[9]});
    CHECK(sd::test::errorOf(repo.applyToCall(f.sales, ids[2], call2->id)).code == ErrorCode::Forbidden);

    // A call solved with ids[9] (its solution's entry) — set up directly.
    REQUIRE(f.t.db().exec(u"UPDATE hotline_calls SET problem_entry_id = ? WHERE id = ?"_s, {ids[9], call1->id}));
    const int call1Version = svc.get(call1->id)->version;

    // Merge ids[9] into ids[2]: usage adds up, links move, the duplicate stops showing.
    CHECK(sd::test::errorOf(repo.merge(f.op, ids[2], ids[9])).code == ErrorCode::Forbidden);
    auto merged = repo.merge(f.manager, ids[2], ids[9]);
    REQUIRE(merged);
    // The call now names the survivor, as a change of its record: new version, audited.
    CHECK(svc.get(call1->id)->problemEntryId == ids[2]);
    CHECK(svc.get(call1->id)->version == call1Version + 1);
    auto callTrail = audit::forRecord(f.t.db(), u"hotline_calls"_s, call1->id);
    REQUIRE(callTrail);
    CHECK(std::any_of(callTrail->begin(), callTrail->end(), [&](const AuditEntry &a) {
        return a.action == u"merge_problem_entry"_s && a.field == u"problem_entry_id"_s
            && a.newValue == QString::number(ids[2]);
    }));
    CHECK(merged->timesUsed == 3);
    auto gone = repo.get(ids[9]);
    REQUIRE(gone);
    CHECK_FALSE(gone->active);
    CHECK(gone->state == u"merged"_s);   // the engine's table: active → merged
    CHECK(gone->mergedInto == ids[2]);
    CHECK(repo.get(ids[2])->state == u"active"_s);
    CHECK(idsOf(*repo.appliedToCall(call2->id)) == QSet<qint64>{ids[2]});
    CHECK(searchIds(repo, u"定制"_s).isEmpty());
    CHECK(sd::test::errorOf(repo.merge(f.manager, ids[2], ids[9])).code == ErrorCode::NotAllowedInState);
    CHECK(sd::test::errorOf(repo.applyToCall(f.op, ids[9], call1->id)).code == ErrorCode::NotAllowedInState);

    // Browse facets.
    auto facets = repo.facets();
    REQUIRE(facets);
    int total = 0;
    for (const ProblemFacet &fc : *facets)
        total += fc.count;
    CHECK(total == ids.size() - 1);
}
