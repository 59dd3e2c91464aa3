// What the project desk reads from core (SPEC §3.2 "Views"): the list filtered, searched, sorted
// and paged in SQL with its health (late stages, missing log days, pending approvals); the load
// of each person to assign; the approvals inbox; documents with their size and type limits;
// the acceptance report's data — clock pinned, on both engines.
#include "core/projects/projectservice.h"
#include "core/records/customerrepository.h"
#include "core/sla/slarepository.h"
#include "tests/support/testdb.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

qint64 at(int y, int mo, int d, int h = 9)
{
    return QDateTime(QDate(y, mo, d), QTime(h, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}

struct Desk {
    TestDatabase t;
    Session im, pm, otherPm, consultant, consultant2, outsider;
    qint64 customerA = 0, customerB = 0, productId = 0;
    BusinessCalendar calendar;

    explicit Desk(Backend backend) : t(TestDatabase::create(backend))
    {
        REQUIRE(SlaRepository::seedDefaults(t.db()));
        im = t.sessionWith({Role::ImplementationManager}, u"高峰"_s);
        pm = t.sessionWith({Role::ProjectManager}, u"林涛"_s);
        otherPm = t.sessionWith({Role::ProjectManager}, u"何丽"_s);
        consultant = t.sessionWith({Role::Consultant}, u"郑洁"_s);
        consultant2 = t.sessionWith({Role::Consultant}, u"梁晓燕"_s);
        outsider = t.sessionWith({Role::Consultant}, u"罗斌"_s);
        for (auto [name, id] : {std::pair{u"天津宏达机械制造有限公司"_s, &customerA}, std::pair{u"北京华信商贸有限公司"_s, &customerB}}) {
            Customer c;
            c.name = name;
            c.address = u"天津市西青区"_s;
            auto made = CustomerRepository(t.db()).create(t.admin(), c);
            REQUIRE(made);
            *id = *made;
        }
        auto product = t.db().insertReturningId(
            u"INSERT INTO products (name, vendor, modules, version, created_at, updated_at) VALUES (?, ?, ?, 1, 0, 0)"_s,
            {u"用友U8+"_s, u"用友网络"_s, u"总账,供应链"_s});
        REQUIRE(product);
        productId = *product;
        REQUIRE(service().addTemplate(im, productId, u"U8+ 标准实施"_s,
                                      {{1, u"需求调研"_s, 2, u"业务调研"_s, {}, {}, u"调研报告"_s},
                                       {2, u"系统配置"_s, 3, u"基础档案"_s, {}, {}, u"配置清单"_s}}));
    }

    ProjectService service() const { return ProjectService(t.db(), calendar); }

    qint64 apply(qint64 customerId, const QString &title)
    {
        ProjectApplication a;
        a.customerId = customerId;
        a.title = title;
        a.productId = productId;
        a.budgetedDays = 20;
        auto id = service().apply(im, a);
        REQUIRE(id);
        return *id;
    }

    void step(const Session &who, qint64 id, const QString &action, const QVariantMap &fields = {})
    {
        auto row = service().get(id);
        REQUIRE(row);
        auto r = service().act(who, id, row->value(u"version"_s).toInt(), action, fields);
        INFO(action.toStdString() << ": " << (r ? std::string() : r.error().message.toStdString()));
        REQUIRE(r);
    }

    /// Applied, assigned, planned from the template from `start`, started.
    qint64 running(qint64 customerId, const QString &title, const QString &start = u"2026-09-28"_s)
    {
        const qint64 id = apply(customerId, title);
        step(im, id, project::Assign,
             {{u"project_manager_id"_s, pm.staffId}, {u"consultant_ids"_s, QVariantList{consultant.staffId, consultant2.staffId}}});
        step(pm, id, project::StartPlanning);
        step(pm, id, project::PlanFromTemplate, {{u"start_date"_s, start}});
        step(pm, id, project::Start);
        return id;
    }

    Stage stageIn(qint64 id, const QString &state) const
    {
        auto list = service().stages(id);
        REQUIRE(list);
        for (const Stage &s : *list)
            if (s.state == state)
                return s;
        FAIL("no stage in " << state.toStdString());
        return {};
    }
};

QStringList numbers(const QList<ProjectRow> &rows)
{
    QStringList out;
    for (const ProjectRow &r : rows)
        out << r.title;
    return out;
}

} // namespace

TEST_CASE("Project list: filtered by state, searched, sorted and paged in SQL, with missing log days counted", "[projects][views][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Desk d(backend);
    ScopedClock pin(at(2026, 9, 21, 10));
    const qint64 a = d.running(d.customerA, u"宏达 U8+ 实施"_s);
    ScopedClock later(at(2026, 9, 21, 11));
    const qint64 b = d.apply(d.customerB, u"华信 财务上线"_s);
    ScopedClock latest(at(2026, 9, 21, 12));
    const qint64 c = d.apply(d.customerA, u"宏达 二期 HR"_s);
    ProjectService svc = d.service();

    ProjectFilter all;
    auto rows = svc.list(all);
    REQUIRE(rows);
    CHECK(numbers(*rows) == QStringList{u"宏达 二期 HR"_s, u"华信 财务上线"_s, u"宏达 U8+ 实施"_s});
    CHECK(*svc.count(all) == 3);

    ProjectFilter applied;
    applied.state = QString(project::Applied);
    CHECK(numbers(*svc.list(applied)) == QStringList{u"宏达 二期 HR"_s, u"华信 财务上线"_s});
    ProjectFilter open;
    open.state = u"@open"_s;
    CHECK(*svc.count(open) == 3);

    // Every word, in the number, the name or the customer; case does not matter.
    ProjectFilter text;
    text.text = u"宏达 u8+"_s;
    CHECK(numbers(*svc.list(text)) == QStringList{u"宏达 U8+ 实施"_s});
    text.text = u"华信商贸"_s;
    CHECK(numbers(*svc.list(text)) == QStringList{u"华信 财务上线"_s});
    text.text = rows->at(0).projectNo;
    CHECK(numbers(*svc.list(text)) == QStringList{u"宏达 二期 HR"_s});
    text.text = u"100%_"_s;   // wildcards are text
    CHECK(svc.list(text)->isEmpty());
    text.text = QString(201, u'x');
    CHECK(svc.list(text).error().field == u"text");

    ProjectFilter customer;
    customer.customerId = d.customerA;
    customer.sort = ProjectFilter::Sort::Number;
    CHECK(numbers(*svc.list(customer)) == QStringList{u"宏达 二期 HR"_s, u"宏达 U8+ 实施"_s});
    ProjectFilter mine;
    mine.memberId = d.consultant.staffId;
    CHECK(numbers(*svc.list(mine)) == QStringList{u"宏达 U8+ 实施"_s});
    mine.memberId = d.otherPm.staffId;
    CHECK(svc.list(mine)->isEmpty());

    ProjectFilter page;
    page.limit = 2;
    page.offset = 2;
    CHECK(numbers(*svc.list(page)) == QStringList{u"宏达 U8+ 实施"_s});

    // Three days on: the first stage (started on the 21st) has 21, 22, 23 to log for both
    // consultants; one day is logged; the list counts what missingLogs() lists.
    ScopedClock thursday(at(2026, 9, 24, 10));
    LogEntry e;
    e.stageId = d.stageIn(a, stage::Active).id;
    e.workDate = QDate(2026, 9, 22);
    e.workDone = u"调研财务流程"_s;
    e.hours = 8;
    e.customerContact = u"王丽"_s;
    REQUIRE(svc.logDay(d.consultant, e));
    auto missing = svc.missingLogs(a);
    REQUIRE(missing);
    CHECK(missing->size() == 5);
    auto counts = svc.missingLogCounts({a, b, c});
    REQUIRE(counts);
    CHECK(counts->value(a) == 5);
    CHECK(counts->value(b) == 0);
    auto withHealth = svc.list(all);
    REQUIRE(withHealth);
    for (const ProjectRow &r : *withHealth)
        CHECK(r.missingLogs == (r.id == a ? 5 : 0));

    // Late stages first: on Oct 5 the template's first stage (planned to end Sep 29) is late.
    ScopedClock october(at(2026, 10, 5, 10));
    ProjectFilter late;
    late.sort = ProjectFilter::Sort::LateFirst;
    auto lateRows = svc.list(late);
    REQUIRE(lateRows);
    CHECK(lateRows->at(0).id == a);
    CHECK(lateRows->at(0).lateStages == 2);
}

TEST_CASE("Assignment candidates carry their load: active projects and planned working days this month", "[projects][views][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Desk d(backend);
    ScopedClock pin(at(2026, 9, 21, 10));
    d.running(d.customerA, u"宏达 U8+ 实施"_s);                      // Sep 28 – Oct 2: 3 days in September
    d.running(d.customerB, u"华信 财务上线"_s, u"2026-09-29"_s);     // Sep 29 – Oct 5: 2 of them the same days
    ProjectService svc = d.service();

    auto pms = svc.candidates(Role::ProjectManager);
    REQUIRE(pms);
    REQUIRE(pms->size() == 3);   // the test's administrator holds every role
    for (const StaffLoad &s : *pms) {
        if (s.staffId == d.pm.staffId) {
            CHECK(s.activeProjects == 2);
            CHECK(s.plannedDaysThisMonth == 3);   // Sep 28, 29, 30: a shared day counts once
        } else {
            CHECK(s.activeProjects == 0);
            CHECK(s.plannedDaysThisMonth == 0);
        }
    }
    auto consultants = svc.candidates(Role::Consultant);
    REQUIRE(consultants);
    CHECK(consultants->size() == 4);
    for (const StaffLoad &s : *consultants)
        CHECK(s.activeProjects == (s.staffId == d.consultant.staffId || s.staffId == d.consultant2.staffId ? 2 : 0));
    CHECK(svc.candidates(Role::HotlineOperator).error().code == ErrorCode::Invalid);
}

TEST_CASE("Approvals inbox: the implementation manager sees every pending request, a project manager their own", "[projects][views][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Desk d(backend);
    ScopedClock pin(at(2026, 9, 21, 10));
    const qint64 a = d.running(d.customerA, u"宏达 U8+ 实施"_s);
    ProjectService svc = d.service();
    CHECK(svc.pendingApprovals(d.im)->isEmpty());
    d.step(d.consultant, a, project::RequestSuspend, {{u"reason"_s, u"客户机房搬迁"_s}});

    auto forIm = svc.pendingApprovals(d.im);
    REQUIRE(forIm);
    REQUIRE(forIm->size() == 1);
    CHECK(forIm->at(0).projectId == a);
    CHECK(forIm->at(0).kind == u"suspend");
    CHECK(forIm->at(0).reason == u"客户机房搬迁");
    CHECK(forIm->at(0).requestedByName == u"郑洁");
    CHECK(svc.pendingApprovals(d.pm)->size() == 1);
    CHECK(svc.pendingApprovals(d.otherPm)->isEmpty());
    CHECK(svc.pendingApprovals(d.consultant)->isEmpty());

    // The PM approved: it waits for the implementation manager only.
    d.step(d.pm, a, project::PmApproveSuspend);
    CHECK(svc.pendingApprovals(d.pm)->isEmpty());
    CHECK(svc.pendingApprovals(d.im)->size() == 1);
    d.step(d.im, a, project::ImApproveSuspend);
    CHECK(svc.pendingApprovals(d.im)->isEmpty());
}

TEST_CASE("Project documents are stored with their size and type, within limits, by the project's team", "[projects][views][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Desk d(backend);
    ScopedClock pin(at(2026, 9, 21, 10));
    const qint64 a = d.running(d.customerA, u"宏达 U8+ 实施"_s);
    ProjectService svc = d.service();
    const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(1000, 'x');

    auto id = svc.addDocument(d.consultant, a, u"/home/zj/调研报告.pdf"_s, pdf, u"第一阶段"_s);
    REQUIRE(id);
    auto docs = svc.documents(a);
    REQUIRE(docs);
    REQUIRE(docs->size() == 1);
    CHECK(docs->at(0).fileName == u"调研报告.pdf");   // the name, not the path
    CHECK(docs->at(0).mimeType == u"application/pdf");
    CHECK(docs->at(0).sizeBytes == pdf.size());
    CHECK(docs->at(0).addedByName == u"郑洁");
    CHECK(*svc.documentContent(*id) == pdf);

    auto exe = svc.addDocument(d.pm, a, u"setup.exe"_s, pdf);
    REQUIRE_FALSE(exe);
    CHECK(exe.error().field == u"file_name");
    CHECK(exe.error().message.contains(u"setup.exe"_s));
    auto empty = svc.addDocument(d.pm, a, u"空.docx"_s, {});
    CHECK(empty.error().field == u"content");
    auto big = svc.addDocument(d.pm, a, u"大.zip"_s, QByteArray(ProjectService::kMaxDocumentBytes + 1, 'z'));
    REQUIRE_FALSE(big);
    CHECK(big.error().field == u"content");
    CHECK(big.error().message.contains(u"20"_s));
    auto stranger = svc.addDocument(d.outsider, a, u"x.pdf"_s, pdf);
    CHECK(stranger.error().code == ErrorCode::Forbidden);
    CHECK(svc.addDocument(d.otherPm, a, u"x.pdf"_s, pdf).error().code == ErrorCode::Forbidden);
    CHECK(svc.documents(a)->size() == 1);   // nothing stored by a refusal

    // Filed: the documents no longer change; the acceptance report has them.
    CHECK(svc.acceptanceReport(a).error().code == ErrorCode::NotAllowedInState);
    for (int i = 0; i < 2; ++i) {
        const Stage s = d.stageIn(a, stage::Active);
        REQUIRE(svc.actOnStage(d.consultant, s.id, s.version, stage::Deliver, {{u"delivery_note"_s, u"已交付"_s}}));
        const Stage delivered = d.stageIn(a, stage::Delivered);
        REQUIRE(svc.actOnStage(d.pm, delivered.id, delivered.version, stage::Pass, {{u"evaluation_note"_s, u"客户签字确认"_s}}));
    }
    d.step(d.pm, a, project::BeginInspection);
    d.step(d.pm, a, project::SubmitForFiling, {{u"review_note"_s, u"文档齐全"_s}});
    d.step(d.im, a, project::File);
    CHECK(svc.addDocument(d.im, a, u"补充.pdf"_s, pdf).error().code == ErrorCode::NotAllowedInState);

    auto report = svc.acceptanceReport(a);
    REQUIRE(report);
    CHECK(report->title == u"宏达 U8+ 实施");
    CHECK(report->customerName == u"天津宏达机械制造有限公司");
    CHECK(report->projectManager == u"林涛");
    CHECK(report->consultants.size() == 2);
    REQUIRE(report->stages.size() == 2);
    CHECK(report->stages.at(0).name == u"需求调研");
    CHECK(report->stages.at(0).evaluationNote == u"客户签字确认");
    CHECK(report->stages.at(0).evaluatedBy == u"林涛");
    CHECK(report->documents == QStringList{u"调研报告.pdf"_s});
    CHECK(report->state == QString(project::Closed));
}
