// Implementation projects (SPEC §3.2): every transition allowed and refused by role and person,
// both orders of the two approvals with approval and rejection, a rejection returning to where
// the request came from, re-implementation keeping each attempt, termination after a stage failed
// on presales commitments, the daily log (read-only once accepted) and the missing days across a
// holiday, a make-up working day, a suspension and a month end — clock pinned, on both engines.
#include "core/audit/audit.h"
#include "core/firstvisit/firstvisitservice.h"
#include "core/handoff/handoff.h"
#include "core/projects/projectservice.h"
#include "core/records/customerrepository.h"
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

qint64 at(int y, int mo, int d, int h = 9, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}

/// An implementation department: its manager, two project managers, three consultants (two on
/// the project), a hotline operator with no say, a customer with U8+ and its plan template.
struct Center {
    TestDatabase t;
    Session im, pm, otherPm, consultant, consultant2, outsider, hotline;
    qint64 customerId = 0;
    qint64 productId = 0;
    qint64 templateId = 0;
    BusinessCalendar calendar;

    explicit Center(Backend backend) : t(TestDatabase::create(backend))
    {
        REQUIRE(SlaRepository::seedDefaults(t.db()));
        im = t.sessionWith({Role::ImplementationManager}, u"高峰"_s);
        pm = t.sessionWith({Role::ProjectManager}, u"林涛"_s);
        otherPm = t.sessionWith({Role::ProjectManager}, u"何丽"_s);
        consultant = t.sessionWith({Role::Consultant}, u"郑洁"_s);
        consultant2 = t.sessionWith({Role::Consultant}, u"梁晓燕"_s);
        outsider = t.sessionWith({Role::Consultant}, u"罗斌"_s);
        hotline = t.sessionWith({Role::HotlineOperator}, u"张敏"_s);
        Customer c;
        c.name = u"天津宏达机械制造有限公司"_s;
        c.address = u"天津市西青区"_s;
        auto id = CustomerRepository(t.db()).create(t.admin(), c);
        REQUIRE(id);
        customerId = *id;
        auto product = t.db().insertReturningId(
            u"INSERT INTO products (name, vendor, modules, version, created_at, updated_at) VALUES (?, ?, ?, 1, 0, 0)"_s,
            {u"用友U8+"_s, u"用友网络"_s, u"总账,供应链"_s});
        REQUIRE(product);
        productId = *product;
        // National Day 2026 (Oct 1–7) and its make-up Saturday, Oct 10.
        for (int d = 1; d <= 7; ++d)
            calendar.setDay({QDate(2026, 10, d), DayKind::Holiday, u"国庆节"_s});
        calendar.setDay({QDate(2026, 10, 10), DayKind::Workday, u"国庆节调休"_s});
        auto tpl = service().addTemplate(im, productId, u"U8+ 标准实施"_s,
                                         {{1, u"需求调研"_s, 2, u"业务调研"_s, {}, {}, u"调研报告"_s},
                                          {2, u"系统配置"_s, 3, u"基础档案"_s, {}, {}, u"配置清单"_s}});
        REQUIRE(tpl);
        templateId = *tpl;
    }

    ProjectService service() const { return ProjectService(t.db(), calendar); }

    qint64 apply(qint64 needId = 0)
    {
        ProjectApplication a;
        a.customerId = customerId;
        a.needId = needId;
        a.title = u"天津宏达 U8+ 财务供应链实施项目"_s;
        a.productId = productId;
        a.modules = u"总账,供应链"_s;
        a.goals = u"财务业务一体化"_s;
        a.budgetedDays = 20;
        auto id = service().apply(im, a);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id);
        return *id;
    }

    QVariantMap row(qint64 id) const
    {
        auto r = service().get(id);
        REQUIRE(r);
        return *r;
    }

    Result<QVariantMap> act(const Session &who, qint64 id, const QString &action, const QVariantMap &fields = {})
    {
        return service().act(who, id, row(id).value(u"version"_s).toInt(), action, fields);
    }

    void step(const Session &who, qint64 id, const QString &action, const QVariantMap &fields = {})
    {
        auto r = act(who, id, action, fields);
        INFO(action.toStdString() << ": " << (r ? std::string() : r.error().message.toStdString()));
        REQUIRE(r);
    }

    QList<Stage> stages(qint64 id) const
    {
        auto s = service().stages(id);
        REQUIRE(s);
        return *s;
    }

    Stage stageIn(qint64 id, const QString &state) const
    {
        for (const Stage &s : stages(id))
            if (s.state == state)
                return s;
        FAIL("no stage in " << state.toStdString());
        return {};
    }

    Result<QVariantMap> stageAct(const Session &who, const Stage &s, const QString &action, const QVariantMap &fields = {})
    {
        return service().actOnStage(who, s.id, s.version, action, fields);
    }

    void stageStep(const Session &who, const Stage &s, const QString &action, const QVariantMap &fields = {})
    {
        auto r = stageAct(who, s, action, fields);
        INFO(action.toStdString() << ": " << (r ? std::string() : r.error().message.toStdString()));
        REQUIRE(r);
    }

    QVariantMap team() const
    {
        return {{u"project_manager_id"_s, pm.staffId}, {u"consultant_ids"_s, QVariantList{consultant.staffId, consultant2.staffId}}};
    }

    /// Every stage delivered and accepted.
    void acceptAll(qint64 id)
    {
        for (int i = 0; i < stages(id).size(); ++i) {
            stageStep(consultant, stageIn(id, stage::Active), stage::Deliver, {{u"delivery_note"_s, u"已交付"_s}});
            stageStep(pm, stageIn(id, stage::Delivered), stage::Pass);
        }
    }

    /// A project driven to `state`; a request made from `prior` (in_progress or suspended).
    qint64 projectIn(const QString &state, const QString &prior = project::InProgress)
    {
        using namespace project;
        const qint64 id = apply();
        const QStringList path = pathTo(state, prior);
        for (const QString &s : path)
            enter(id, s);
        REQUIRE(row(id).value(u"state"_s).toString() == state);
        return id;
    }

    static QStringList pathTo(const QString &state, const QString &prior)
    {
        using namespace project;
        const QStringList base = {Assigned, Planning, InProgress};
        const QHash<QString, QStringList> more = {
            {Applied, {}},
            {Assigned, {Assigned}},
            {Planning, {Assigned, Planning}},
            {InProgress, base},
            {SuspendRequested, base + QStringList{SuspendRequested}},
            {SuspendPmApproved, base + QStringList{SuspendRequested, SuspendPmApproved}},
            {SuspendImApproved, base + QStringList{SuspendRequested, SuspendImApproved}},
            {Suspended, base + QStringList{SuspendRequested, SuspendPmApproved, Suspended}},
            {FinalInspection, base + QStringList{FinalInspection}},
            {Submitted, base + QStringList{FinalInspection, Submitted}},
            {Closed, base + QStringList{FinalInspection, Submitted, Closed}},
        };
        if (more.contains(state))
            return more.value(state);
        QStringList path = prior == Suspended ? more.value(Suspended) : base;
        path << TerminateRequested;
        if (state == TerminatePmApproved || state == TerminateImApproved)
            path << state;
        if (state == Terminated)
            path << TerminatePmApproved << Terminated;
        return path;
    }

    /// Takes the step into `state` on the usual path.
    void enter(qint64 id, const QString &state)
    {
        using namespace project;
        const QString from = row(id).value(u"state"_s).toString();
        const QVariantMap reason{{u"reason"_s, u"客户原因"_s}};
        if (state == Assigned) return step(im, id, Assign, team());
        if (state == Planning) {
            step(pm, id, StartPlanning);
            return step(pm, id, PlanFromTemplate, {{u"start_date"_s, u"2026-09-28"_s}});
        }
        if (state == InProgress) return step(pm, id, Start);
        if (state == SuspendRequested) return step(consultant, id, RequestSuspend, reason);
        if (state == SuspendPmApproved) return step(pm, id, PmApproveSuspend);
        if (state == SuspendImApproved) return step(im, id, ImApproveSuspend);
        if (state == Suspended) return step(im, id, ImApproveSuspend);
        if (state == TerminateRequested) return step(consultant, id, RequestTerminate, reason);
        if (state == TerminatePmApproved) return step(pm, id, PmApproveTerminate);
        if (state == TerminateImApproved) return step(im, id, ImApproveTerminate);
        if (state == Terminated) return step(im, id, ImApproveTerminate);
        if (state == FinalInspection) {
            acceptAll(id);
            return step(pm, id, BeginInspection);
        }
        if (state == Submitted) return step(pm, id, SubmitForFiling, {{u"review_note"_s, u"文档齐全"_s}});
        if (state == Closed) return step(im, id, File);
        FAIL("no way into " << state.toStdString() << " from " << from.toStdString());
    }

    /// Fields that satisfy the action's required ones.
    QVariantMap fieldsFor(const QString &action) const
    {
        using namespace project;
        if (action == Assign || action == Reassign)
            return team();
        if (action == AddStage)
            return {{u"stage_name"_s, u"上线支持"_s}, {u"planned_start"_s, u"2026-10-12"_s}, {u"planned_end"_s, u"2026-10-16"_s}};
        QVariantMap f;
        for (const auto &t : table().transitions())
            if (t.action == action)
                for (const QString &k : t.required)
                    f.insert(k, u"测试说明"_s);
        return f;
    }

    /// The session a row's roles and guard allow, and one holding the roles but not the guard.
    Session allowedFor(const workflow::Transition &row) const
    {
        if (row.roles == RoleSet{Role::ImplementationManager})
            return im;
        if (row.roles.contains(Role::Consultant))
            return consultant;
        return pm;
    }
    std::optional<Session> wrongPersonFor(const workflow::Transition &row) const
    {
        if (!row.guard)
            return std::nullopt;
        if (row.roles == RoleSet{Role::ProjectManager} || row.roles == RoleSet{Role::ProjectManager, Role::ImplementationManager})
            return otherPm;
        if (row.roles.contains(Role::Consultant))
            return outsider;
        return std::nullopt;
    }

    qint64 count(const QString &sql, const QVariantList &binds = {}) const
    {
        auto v = t.db().scalar(sql, binds);
        REQUIRE(v);
        return v->toLongLong();
    }

    /// What a refusal must leave as it was: the project's row, its stages, logs, requests,
    /// evaluations, members, clocks and the audit trail (audited refusals aside).
    QString snapshot(qint64 id) const
    {
        QStringList parts;
        for (const QString &table : {u"project_stages"_s, u"project_logs"_s, u"project_approvals"_s, u"stage_evaluations"_s,
                                     u"project_members"_s, u"sla_clocks"_s})
            parts << QString::number(count(u"SELECT COUNT(*) FROM "_s + table));
        parts << QString::number(count(u"SELECT COUNT(*) FROM audit WHERE action NOT LIKE 'forbidden:%'"_s));
        parts << QString::number(count(u"SELECT COALESCE(SUM(version), 0) FROM project_stages"_s));
        const QVariantMap r = row(id);
        for (auto it = r.cbegin(); it != r.cend(); ++it)
            parts << it.key() + u'=' + it.value().toString();
        return parts.join(u'|');
    }
};

} // namespace

TEST_CASE("Projects: applied, assigned, planned from the template on working days, carried out, accepted, "
          "inspected and filed",
          "[projects][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock pin(at(2026, 9, 21, 10));
    Center c(backend);
    const qint64 id = c.apply();
    QVariantMap p = c.row(id);
    CHECK(p.value(u"project_no"_s).toString() == u"XM2026-0001"_s);
    CHECK(p.value(u"state"_s).toString() == QString(project::Applied));
    CHECK(c.row(c.apply()).value(u"project_no"_s).toString() == u"XM2026-0002"_s);

    c.step(c.im, id, project::Assign, c.team());
    auto team = c.service().consultants(id);
    REQUIRE(team);
    CHECK(*team == QList<qint64>{c.consultant.staffId, c.consultant2.staffId});
    // The plan is due within 5 working days of the assignment (a clock in the row).
    CHECK(c.row(id).value(u"plan_due_at"_s).toLongLong() == at(2026, 9, 28, 10));
    c.step(c.pm, id, project::StartPlanning);
    // Stages from the template, laid on working days: 2 days (Wed Sep 30, then Oct 8 after the
    // National Day holidays), then 3 days (Oct 9, the make-up Saturday Oct 10, Mon Oct 12).
    c.step(c.pm, id, project::PlanFromTemplate, {{u"start_date"_s, u"2026-09-30"_s}});
    QList<Stage> stages = c.stages(id);
    REQUIRE(stages.size() == 2);
    CHECK(stages[0].plannedStart == QDate(2026, 9, 30));
    CHECK(stages[0].plannedEnd == QDate(2026, 10, 8));
    CHECK(stages[1].plannedStart == QDate(2026, 10, 9));
    CHECK(stages[1].plannedEnd == QDate(2026, 10, 12));
    c.step(c.pm, id, project::AddStage,
           {{u"stage_name"_s, u"上线支持"_s}, {u"planned_start"_s, u"2026-10-13"_s}, {u"planned_end"_s, u"2026-10-16"_s},
            {u"risks"_s, u"月结时间紧"_s}, {u"customer_expectations"_s, u"10 月底前完成首次月结"_s}});
    CHECK(c.row(id).value(u"stages_total"_s).toInt() == 3);
    {
        ScopedClock later(at(2026, 9, 23, 9));
        c.step(c.pm, id, project::Start);
    }
    p = c.row(id);
    CHECK(p.value(u"state"_s).toString() == QString(project::InProgress));
    CHECK(p.value(u"current_stage"_s).toString() == u"需求调研"_s);
    Stage first = c.stageIn(id, stage::Active);
    CHECK(first.actualStart == QDate(2026, 9, 23));
    auto clocks = SlaClockService(c.t.db(), c.calendar).forRecord(QString(sla::ImplementationProject), id);
    REQUIRE(clocks);
    REQUIRE(clocks->size() == 1);
    CHECK(clocks->first().state == SlaClock::Stored::Stopped);

    // Accept every stage; then final inspection, submission and filing.
    c.acceptAll(id);
    CHECK(c.row(id).value(u"stages_accepted"_s).toInt() == 3);
    auto evaluations = c.service().evaluations(id);
    REQUIRE(evaluations);
    CHECK(evaluations->size() == 3);
    c.step(c.pm, id, project::BeginInspection);
    c.step(c.pm, id, project::SubmitForFiling, {{u"review_note"_s, u"调研报告、配置清单、培训记录齐全"_s}});
    c.step(c.im, id, project::ReturnForRework, {{u"return_reason"_s, u"缺上线确认单"_s}});
    CHECK(c.row(id).value(u"state"_s).toString() == QString(project::FinalInspection));
    c.step(c.pm, id, project::SubmitForFiling, {{u"review_note"_s, u"已补上线确认单"_s}});
    c.step(c.im, id, project::File, {{u"filing_note"_s, u"已归档"_s}});
    CHECK(c.row(id).value(u"state"_s).toString() == QString(project::Closed));
}

TEST_CASE("Projects: every transition is taken by its role and person and refused to the others, changing nothing",
          "[projects][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock pin(at(2026, 9, 24, 10));
    Center c(backend);
    for (const workflow::Transition &row : project::table().transitions()) {
        const QString prior = row.conditions.isEmpty() || row.to == project::InProgress ? QString(project::InProgress)
                                                                                        : QString(project::Suspended);
        CAPTURE(row.from.toStdString(), row.action.toStdString(), row.to.toStdString());
        const qint64 id = c.projectIn(row.from, prior);
        if (row.action == project::BeginInspection)
            c.acceptAll(id);
        const QVariantMap fields = c.fieldsFor(row.action);
        // A role the row does not name: Forbidden, audited, nothing else changes.
        const QString before = c.snapshot(id);
        auto byRole = c.act(c.hotline, id, row.action, fields);
        REQUIRE_FALSE(byRole);
        CHECK(byRole.error().code == ErrorCode::Forbidden);
        CHECK(c.snapshot(id) == before);
        // The right role, the wrong person (another project's manager, a consultant not on it).
        if (auto wrong = c.wrongPersonFor(row)) {
            auto byPerson = c.act(*wrong, id, row.action, fields);
            REQUIRE_FALSE(byPerson);
            CHECK(byPerson.error().code == ErrorCode::Forbidden);
            CHECK(c.snapshot(id) == before);
        }
        // A required field left out names it.
        if (!row.required.isEmpty()) {
            auto missing = c.act(c.allowedFor(row), id, row.action, {});
            REQUIRE_FALSE(missing);
            CHECK(missing.error().code == ErrorCode::Invalid);
            CHECK(row.required.contains(missing.error().field));
            CHECK(c.snapshot(id) == before);
        }
        auto done = c.act(c.allowedFor(row), id, row.action, fields);
        INFO((done ? std::string() : done.error().message.toStdString()));
        REQUIRE(done);
        CHECK(done->value(u"state"_s).toString() == row.to);
    }
}

TEST_CASE("Projects: an action not possible in the state is refused, saying what is possible", "[projects][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock pin(at(2026, 9, 24, 10));
    Center c(backend);
    const qint64 id = c.projectIn(project::Applied);
    const QString before = c.snapshot(id);
    auto early = c.act(c.pm, id, project::Start);
    REQUIRE_FALSE(early);
    CHECK(early.error().code == ErrorCode::NotAllowedInState);
    CHECK(early.error().message.contains(project::actionTitle(project::Assign)));
    CHECK(c.snapshot(id) == before);
    // Final inspection waits for every stage.
    const qint64 running = c.projectIn(project::InProgress);
    auto inspection = c.act(c.pm, running, project::BeginInspection);
    REQUIRE_FALSE(inspection);
    CHECK(inspection.error().code == ErrorCode::NotAllowedInState);
    CHECK(inspection.error().message.contains(u"0 of 2"_s));
    // A stage of a suspended project cannot be worked on.
    const qint64 stopped = c.projectIn(project::Suspended);
    auto deliver = c.stageAct(c.consultant, c.stageIn(stopped, stage::Active), stage::Deliver, {{u"delivery_note"_s, u"x"_s}});
    REQUIRE_FALSE(deliver);
    CHECK(deliver.error().code == ErrorCode::NotAllowedInState);
}

TEST_CASE("Projects: suspension needs both approvals in either order, and either approver may reject", "[projects][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock pin(at(2026, 9, 24, 10));
    Center c(backend);
    using namespace project;
    const QVariantMap reason{{u"reason"_s, u"客户财务负责人离职"_s}, {u"from_date"_s, u"2026-09-25"_s}};

    SECTION("project manager first, then the implementation manager")
    {
        const qint64 id = c.projectIn(InProgress);
        c.step(c.consultant, id, RequestSuspend, reason);
        CHECK(c.count(u"SELECT COUNT(*) FROM sla_clocks WHERE record_id = ? AND target = 'approval_decision' AND stopped_at IS NULL"_s, {id}) == 1);
        c.step(c.pm, id, PmApproveSuspend, {{u"approval_note"_s, u"属实"_s}});
        CHECK(c.row(id).value(u"state"_s).toString() == QString(SuspendPmApproved));
        // The PM cannot approve twice; the IM completes it.
        auto twice = c.act(c.pm, id, PmApproveSuspend);
        REQUIRE_FALSE(twice);
        CHECK(twice.error().code == ErrorCode::NotAllowedInState);
        c.step(c.im, id, ImApproveSuspend);
        CHECK(c.row(id).value(u"state"_s).toString() == QString(Suspended));
        auto approvals = c.service().approvals(id);
        REQUIRE(approvals);
        REQUIRE(approvals->size() == 1);
        CHECK(approvals->first().pmDecision == u"approved"_s);
        CHECK(approvals->first().imDecision == u"approved"_s);
        CHECK(approvals->first().outcome == u"approved"_s);
        CHECK(approvals->first().pmBy == c.pm.staffId);
        CHECK(approvals->first().imBy == c.im.staffId);
        c.step(c.pm, id, Resume, {{u"resume_note"_s, u"新财务经理已到岗"_s}});
        CHECK(c.row(id).value(u"state"_s).toString() == QString(InProgress));
    }
    SECTION("implementation manager first, then the project manager")
    {
        const qint64 id = c.projectIn(InProgress);
        c.step(c.consultant, id, RequestSuspend, reason);
        c.step(c.im, id, ImApproveSuspend);
        CHECK(c.row(id).value(u"state"_s).toString() == QString(SuspendImApproved));
        auto other = c.act(c.otherPm, id, PmApproveSuspend);
        REQUIRE_FALSE(other);
        CHECK(other.error().code == ErrorCode::Forbidden);
        c.step(c.pm, id, PmApproveSuspend);
        CHECK(c.row(id).value(u"state"_s).toString() == QString(Suspended));
    }
    SECTION("approved by the PM, rejected by the IM; approved by the IM, rejected by the PM")
    {
        const qint64 a = c.projectIn(InProgress);
        c.step(c.consultant, a, RequestSuspend, reason);
        c.step(c.pm, a, PmApproveSuspend);
        c.step(c.im, a, RejectSuspend, {{u"decision_note"_s, u"可先做其他模块"_s}});
        CHECK(c.row(a).value(u"state"_s).toString() == QString(InProgress));
        CHECK(c.row(a).value(u"open_request_id"_s).isNull());
        auto first = c.service().approvals(a);
        REQUIRE(first);
        CHECK(first->first().outcome == u"rejected"_s);
        CHECK(first->first().imDecision == u"rejected"_s);

        const qint64 b = c.projectIn(InProgress);
        c.step(c.consultant, b, RequestSuspend, reason);
        c.step(c.im, b, ImApproveSuspend);
        c.step(c.pm, b, RejectSuspend, {{u"decision_note"_s, u"不同意"_s}});
        CHECK(c.row(b).value(u"state"_s).toString() == QString(InProgress));
        auto second = c.service().approvals(b);
        REQUIRE(second);
        CHECK(second->first().pmDecision == u"rejected"_s);
        CHECK(second->first().imDecision == u"approved"_s);
        CHECK(c.count(u"SELECT COUNT(*) FROM sla_clocks WHERE record_id = ? AND target = 'approval_decision' AND stopped_at IS NULL"_s, {b}) == 0);
    }
    SECTION("one person holding both roles approves once only")
    {
        const Session both = c.t.sessionWith({Role::ProjectManager, Role::ImplementationManager}, u"双岗"_s);
        const qint64 id = c.apply();
        c.step(c.im, id, Assign, {{u"project_manager_id"_s, both.staffId}, {u"consultant_ids"_s, QString::number(c.consultant.staffId)}});
        c.step(both, id, StartPlanning);
        c.step(both, id, PlanFromTemplate, {{u"start_date"_s, u"2026-09-28"_s}});
        c.step(both, id, Start);
        c.step(c.consultant, id, RequestSuspend, reason);
        c.step(both, id, PmApproveSuspend);
        auto again = c.act(both, id, ImApproveSuspend);
        REQUIRE_FALSE(again);
        CHECK(again.error().code == ErrorCode::Forbidden);
        CHECK(c.row(id).value(u"state"_s).toString() == QString(SuspendPmApproved));
    }
}

TEST_CASE("Projects: a rejected termination returns the project to the state the request came from", "[projects][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock pin(at(2026, 9, 24, 10));
    Center c(backend);
    using namespace project;
    for (const QString &prior : {QString(InProgress), QString(Suspended)}) {
        CAPTURE(prior.toStdString());
        const qint64 a = c.projectIn(TerminateRequested, prior);
        CHECK(c.row(a).value(u"prior_state"_s).toString() == prior);
        c.step(c.im, a, RejectTerminate, {{u"decision_note"_s, u"继续实施"_s}});
        CHECK(c.row(a).value(u"state"_s).toString() == prior);

        const qint64 b = c.projectIn(TerminatePmApproved, prior);
        c.step(c.im, b, RejectTerminate, {{u"decision_note"_s, u"继续实施"_s}});
        CHECK(c.row(b).value(u"state"_s).toString() == prior);

        const qint64 d = c.projectIn(TerminateImApproved, prior);
        c.step(c.pm, d, RejectTerminate, {{u"decision_note"_s, u"继续实施"_s}});
        CHECK(c.row(d).value(u"state"_s).toString() == prior);

        const qint64 e = c.projectIn(TerminateImApproved, prior);
        c.step(c.pm, e, PmApproveTerminate);
        CHECK(c.row(e).value(u"state"_s).toString() == QString(Terminated));
        CHECK(c.row(e).value(u"termination_reason"_s).toString() == u"客户原因"_s);
    }
}

TEST_CASE("Projects: a stage failed on incomplete work is re-implemented, each attempt's evaluation kept", "[projects][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock pin(at(2026, 9, 24, 10));
    Center c(backend);
    const qint64 id = c.projectIn(project::InProgress);
    Stage s = c.stageIn(id, stage::Active);
    c.stageStep(c.consultant, s, stage::Deliver, {{u"delivery_note"_s, u"调研报告初稿"_s}});
    // Only the project's consultants deliver; only its PM (or an IM) evaluates.
    s = c.stageIn(id, stage::Delivered);
    auto other = c.stageAct(c.otherPm, s, stage::Pass);
    REQUIRE_FALSE(other);
    CHECK(other.error().code == ErrorCode::Forbidden);
    auto noNote = c.stageAct(c.pm, s, stage::FailIncomplete);
    REQUIRE_FALSE(noNote);
    CHECK(noNote.error().field == u"evaluation_note"_s);
    c.stageStep(c.pm, s, stage::FailIncomplete, {{u"evaluation_note"_s, u"调研不完整，缺仓库流程"_s}});
    s = c.stageIn(id, stage::Failed);
    auto outsider = c.stageAct(c.outsider, s, stage::Reimplement);
    REQUIRE_FALSE(outsider);
    CHECK(outsider.error().code == ErrorCode::Forbidden);
    c.stageStep(c.consultant, s, stage::Reimplement);
    s = c.stageIn(id, stage::Active);
    CHECK(s.attempt == 2);
    c.stageStep(c.consultant, s, stage::Deliver, {{u"delivery_note"_s, u"补齐仓库流程"_s}});
    c.stageStep(c.im, c.stageIn(id, stage::Delivered), stage::Pass, {{u"evaluation_note"_s, u"通过"_s}});
    auto evaluations = c.service().evaluations(id);
    REQUIRE(evaluations);
    REQUIRE(evaluations->size() == 2);
    CHECK(evaluations->at(0).attempt == 1);
    CHECK(evaluations->at(0).result == u"failed_incomplete"_s);
    CHECK(evaluations->at(0).note == u"调研不完整，缺仓库流程"_s);
    CHECK(evaluations->at(1).attempt == 2);
    CHECK(evaluations->at(1).result == u"passed"_s);
    // Passing it started the next stage.
    CHECK(c.stageIn(id, stage::Active).seq == 2);
    CHECK(c.row(id).value(u"current_stage"_s).toString() == u"系统配置"_s);
}

TEST_CASE("Projects: a stage failed on presales commitments applies for termination — two approvals terminate it",
          "[projects][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock pin(at(2026, 9, 24, 10));
    Center c(backend);
    const qint64 id = c.projectIn(project::InProgress);
    c.stageStep(c.consultant, c.stageIn(id, stage::Active), stage::Deliver, {{u"delivery_note"_s, u"蓝图"_s}});
    c.stageStep(c.pm, c.stageIn(id, stage::Delivered), stage::FailCommitment,
                {{u"evaluation_note"_s, u"合并报表为售前承诺，产品不支持"_s}});
    QVariantMap p = c.row(id);
    CHECK(p.value(u"state"_s).toString() == QString(project::TerminateRequested));
    auto approvals = c.service().approvals(id);
    REQUIRE(approvals);
    REQUIRE(approvals->size() == 1);
    CHECK(approvals->first().kind == u"terminate"_s);
    CHECK(approvals->first().reason.contains(u"合并报表为售前承诺"_s));
    CHECK(c.stageIn(id, stage::Blocked).attempt == 1);
    c.step(c.im, id, project::ImApproveTerminate);
    c.step(c.pm, id, project::PmApproveTerminate);
    CHECK(c.row(id).value(u"state"_s).toString() == QString(project::Terminated));
}

TEST_CASE("Projects: the daily log — confirmed by the stage's consultants, checked, read-only once accepted",
          "[projects][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock pin(at(2026, 9, 28, 9));
    Center c(backend);
    const qint64 id = c.projectIn(project::InProgress);
    pin.set(at(2026, 9, 29, 17, 30));
    Stage s = c.stageIn(id, stage::Active);
    LogEntry e;
    e.stageId = s.id;
    e.workDate = QDate(2026, 9, 29);
    e.workDone = u"与财务部访谈总账流程"_s;
    e.hours = 7.5;
    e.customerContact = u"财务部 王经理"_s;
    auto logged = c.service().logDay(c.consultant, e);
    REQUIRE(logged);
    // The same day again replaces the entry.
    e.workDone = u"与财务部、仓库访谈"_s;
    auto again = c.service().logDay(c.consultant, e);
    REQUIRE(again);
    CHECK(*again == *logged);
    CHECK(c.count(u"SELECT COUNT(*) FROM project_logs"_s) == 1);

    const QString before = c.snapshot(id);
    auto refusedWith = [&](const Session &who, LogEntry entry, ErrorCode code, const QString &field = {}) {
        auto r = c.service().logDay(who, entry);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == code);
        if (!field.isEmpty())
            CHECK(r.error().field == field);
        CHECK(c.snapshot(id) == before);
    };
    refusedWith(c.outsider, e, ErrorCode::Forbidden);
    refusedWith(c.pm, e, ErrorCode::Forbidden);
    LogEntry future = e;
    future.workDate = QDate(2026, 9, 30);
    refusedWith(c.consultant, future, ErrorCode::Invalid, u"work_date"_s);
    LogEntry early = e;
    early.workDate = QDate(2026, 9, 25);
    refusedWith(c.consultant, early, ErrorCode::Invalid, u"work_date"_s);
    LogEntry hours = e;
    hours.hours = 25;
    refusedWith(c.consultant, hours, ErrorCode::Invalid, u"hours"_s);
    LogEntry noContact = e;
    noContact.customerContact.clear();
    refusedWith(c.consultant, noContact, ErrorCode::Invalid, u"customer_contact"_s);
    LogEntry longText = e;
    longText.workDone = QString(4001, u'字');
    refusedWith(c.consultant, longText, ErrorCode::Invalid, u"work_done"_s);

    // Once the stage is accepted its log is read-only, and says so.
    c.stageStep(c.consultant, s, stage::Deliver, {{u"delivery_note"_s, u"调研报告"_s}});
    c.stageStep(c.pm, c.stageIn(id, stage::Delivered), stage::Pass);
    const QString accepted = c.snapshot(id);
    auto closed = c.service().logDay(c.consultant, e);
    REQUIRE_FALSE(closed);
    CHECK(closed.error().code == ErrorCode::NotAllowedInState);
    CHECK(closed.error().message.contains(u"read-only"_s));
    CHECK(c.snapshot(id) == accepted);
}

TEST_CASE("Projects: missing log days skip holidays, count the make-up working day, stop while suspended, cross the "
          "month end",
          "[projects][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock pin(at(2026, 9, 21, 9));
    Center c(backend);
    const qint64 id = c.apply();
    c.step(c.im, id, project::Assign, c.team());
    c.step(c.pm, id, project::StartPlanning);
    c.step(c.pm, id, project::AddStage,
           {{u"stage_name"_s, u"系统配置"_s}, {u"planned_start"_s, u"2026-09-28"_s}, {u"planned_end"_s, u"2026-10-30"_s}});
    pin.set(at(2026, 9, 28, 9)); // Monday: the stage starts
    c.step(c.pm, id, project::Start);
    const qint64 stageId = c.stageIn(id, stage::Active).id;
    auto log = [&](const Session &who, int month, int day) {
        pin.set(at(2026, month, day, 17, 30));
        LogEntry e;
        e.stageId = stageId;
        e.workDate = QDate(2026, month, day);
        e.workDone = u"配置基础档案"_s;
        e.hours = 8;
        e.customerContact = u"信息部 李主管"_s;
        auto r = c.service().logDay(who, e);
        INFO((r ? std::string() : r.error().message.toStdString()));
        REQUIRE(r);
    };
    log(c.consultant, 9, 28);
    log(c.consultant2, 9, 28);
    log(c.consultant, 9, 29);
    // Sep 30 (the month's last day): nobody. Oct 1–7: National Day.
    log(c.consultant, 10, 8);
    log(c.consultant, 10, 9);
    log(c.consultant2, 10, 9);
    // Oct 10, the make-up Saturday: nobody. Oct 12: suspended until Oct 14.
    pin.set(at(2026, 10, 12, 9));
    c.step(c.consultant, id, project::RequestSuspend, {{u"reason"_s, u"客户盘点停工"_s}});
    c.step(c.pm, id, project::PmApproveSuspend);
    c.step(c.im, id, project::ImApproveSuspend);
    pin.set(at(2026, 10, 13, 17, 30));
    LogEntry whileSuspended{0, id, stageId, 0, {}, QDate(2026, 10, 13), u"x"_s, 1, {}, u"y"_s};
    auto refused = c.service().logDay(c.consultant, whileSuspended);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotAllowedInState);
    pin.set(at(2026, 10, 14, 15));
    c.step(c.pm, id, project::Resume, {{u"resume_note"_s, u"盘点结束"_s}});
    log(c.consultant, 10, 15);
    pin.set(at(2026, 10, 16, 10)); // Friday: up to yesterday

    auto missing = c.service().missingLogs(id);
    REQUIRE(missing);
    QStringList got;
    for (const MissingLog &m : std::as_const(*missing))
        got << m.consultantName + u' ' + m.day.toString(Qt::ISODate);
    got.sort();
    QStringList want = {u"郑洁 2026-09-30"_s, u"郑洁 2026-10-10"_s, u"梁晓燕 2026-09-29"_s, u"梁晓燕 2026-09-30"_s,
                        u"梁晓燕 2026-10-08"_s, u"梁晓燕 2026-10-10"_s, u"梁晓燕 2026-10-15"_s};
    want.sort();
    CHECK(got == want);

    // Suspended again from today: today is not counted anyway, and the earlier days stay.
    c.step(c.consultant, id, project::RequestSuspend, {{u"reason"_s, u"客户停工"_s}});
    c.step(c.im, id, project::ImApproveSuspend);
    c.step(c.pm, id, project::PmApproveSuspend);
    pin.set(at(2026, 10, 23, 10));
    auto later = c.service().missingLogs(id);
    REQUIRE(later);
    CHECK(later->size() == want.size());
}

TEST_CASE("Projects: every text has a limit — a refused application or step names the field and changes nothing",
          "[projects][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock pin(at(2026, 9, 24, 10));
    Center c(backend);
    const qint64 projects = c.count(u"SELECT COUNT(*) FROM projects"_s);
    auto refusedApplication = [&](ProjectApplication a, const QString &field) {
        auto r = c.service().apply(c.im, a);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.error().field == field);
        CHECK(c.count(u"SELECT COUNT(*) FROM projects"_s) == projects);
    };
    ProjectApplication ok;
    ok.customerId = c.customerId;
    ok.title = u"项目"_s;
    ok.budgetedDays = 10;
    ProjectApplication a = ok;
    a.title = QString(201, u'项');
    refusedApplication(a, u"title"_s);
    a = ok;
    a.title.clear();
    refusedApplication(a, u"title"_s);
    a = ok;
    a.goals = QString(4001, u'目');
    refusedApplication(a, u"goals"_s);
    a = ok;
    a.budgetedDays = 0;
    refusedApplication(a, u"budgeted_days"_s);
    a = ok;
    a.customerId = 999999;
    refusedApplication(a, u"customer_id"_s);
    auto byPm = c.service().apply(c.pm, ok);
    REQUIRE_FALSE(byPm);
    CHECK(byPm.error().code == ErrorCode::Forbidden);

    const qint64 id = c.projectIn(project::Planning);
    const QString before = c.snapshot(id);
    auto refusedStep = [&](const Session &who, const QString &action, const QVariantMap &fields, const QString &field) {
        auto r = c.act(who, id, action, fields);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.error().field == field);
        CHECK(c.snapshot(id) == before);
    };
    const QVariantMap stage{{u"stage_name"_s, u"上线"_s}, {u"planned_start"_s, u"2026-10-12"_s}, {u"planned_end"_s, u"2026-10-16"_s}};
    QVariantMap f = stage;
    f.insert(u"stage_name"_s, QString(101, u'阶'));
    refusedStep(c.pm, project::AddStage, f, u"stage_name"_s);
    f = stage;
    f.insert(u"risks"_s, QString(4001, u'险'));
    refusedStep(c.pm, project::AddStage, f, u"risks"_s);
    f = stage;
    f.insert(u"planned_end"_s, u"2026-10-01"_s);
    refusedStep(c.pm, project::AddStage, f, u"planned_end"_s);
    f = stage;
    f.insert(u"planned_start"_s, u"十月"_s);
    refusedStep(c.pm, project::AddStage, f, u"planned_start"_s);
    refusedStep(c.pm, project::PlanFromTemplate, {{u"template_id"_s, 999999}}, u"template_id"_s);
    refusedStep(c.im, project::Reassign, {{u"project_manager_id"_s, c.consultant.staffId}, {u"consultant_ids"_s, u"1"_s}},
                u"project_manager_id"_s);
    refusedStep(c.im, project::Reassign, {{u"project_manager_id"_s, c.pm.staffId}, {u"consultant_ids"_s, QString::number(c.pm.staffId)}},
                u"consultant_ids"_s);
}

TEST_CASE("Projects: applied for from a first visit's implementation need, which shows it taken up", "[projects][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock pin(at(2026, 9, 24, 10));
    Center c(backend);
    const Database &db = c.t.db();
    auto dept = db.insertReturningId(u"INSERT INTO departments (name, version, created_at, updated_at) VALUES (?, 1, 0, 0)"_s,
                                     {u"实施部"_s});
    REQUIRE(dept);
    auto fv = db.insertReturningId(u"INSERT INTO first_visits (customer_id, state, submitted_at, version, created_at, updated_at) "
                                   "VALUES (?, 'needs_recorded', 0, 1, 0, 0)"_s,
                                   {c.customerId});
    REQUIRE(fv);
    auto addNeed = [&](const QString &type) {
        auto need = db.insertReturningId(u"INSERT INTO first_visit_needs (first_visit_id, customer_id, need_type, description, "
                                         "department_id, state, recorded_at, version, created_at, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?, 'open', 1, 1, 0, 0)"_s,
                                         {*fv, c.customerId, type, u"上线 U8+ 供应链"_s, *dept});
        REQUIRE(need);
        return *need;
    };
    const qint64 training = addNeed(u"training"_s);
    ProjectApplication a;
    a.customerId = c.customerId;
    a.title = u"供应链实施"_s;
    a.budgetedDays = 15;
    a.needId = training;
    auto wrongKind = c.service().apply(c.im, a);
    REQUIRE_FALSE(wrongKind);
    CHECK(wrongKind.error().field == u"need_id"_s);
    CHECK(c.count(u"SELECT COUNT(*) FROM projects"_s) == 0);

    const qint64 need = addNeed(u"implementation"_s);
    // What the application dialog offers: the customer's open implementation needs only.
    auto offered = c.service().openNeeds(c.customerId);
    REQUIRE(offered);
    REQUIRE(offered->size() == 1);
    CHECK(offered->first().id == need);
    const qint64 id = c.apply(need);
    CHECK(c.service().openNeeds(c.customerId)->isEmpty());
    // The need's list says what took it up.
    CHECK(handoff::takenUpBy(db, u"projects"_s, id) == u"project "_s + c.row(id).value(u"project_no"_s).toString());
    CHECK(handoff::takenUpBy(db, u"projects"_s, 999999).isEmpty());
    auto taken = firstvisit::FirstVisitService(db, c.calendar).need(need);
    REQUIRE(taken);
    CHECK(taken->state == u"taken_up"_s);
    CHECK(taken->takenUpType == u"projects"_s);
    CHECK(taken->takenUpId == id);
    CHECK(c.row(id).value(u"need_id"_s).toLongLong() == need);
    // A need is taken up once: a second application from it is refused, nothing saved.
    a.needId = need;
    auto twice = c.service().apply(c.im, a);
    REQUIRE_FALSE(twice);
    CHECK(c.count(u"SELECT COUNT(*) FROM projects"_s) == 1);
}

TEST_CASE("Projects: the list shows late stages and pending approvals", "[projects][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock pin(at(2026, 9, 24, 10));
    Center c(backend);
    const qint64 late = c.projectIn(project::SuspendRequested);
    const qint64 fresh = c.projectIn(project::Applied);
    pin.set(at(2026, 10, 20, 10));
    auto list = c.service().list();
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    for (const ProjectRow &r : std::as_const(*list)) {
        if (r.id == late) {
            CHECK(r.lateStages == 2);
            CHECK(r.pendingApprovals == 1);
            CHECK(r.projectManagerName == u"林涛"_s);
        } else {
            CHECK(r.id == fresh);
            CHECK(r.lateStages == 0);
        }
    }
    auto applied = c.service().list(QString(project::Applied));
    REQUIRE(applied);
    CHECK(applied->size() == 1);
}
