// The implementation project tracker's demo: plan templates for the main products and a dozen
// projects in every state, lived day by day through the real workflow over the past weeks
// (plans from the templates, daily logs with a few days missed, stage acceptance, a failed and
// re-implemented stage, a suspension and resumption, a termination after a stage failed on a
// presales commitment, one two-approval request half approved), so that clocks, audit trail
// and logs are what the desk would have made.
#include "core/calendar/calendarrepository.h"
#include "core/demo/demoworkflows.h"
#include "core/projects/projectservice.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace sd::core::demo {

namespace {

struct StageSeed {
    const char16_t *name;
    int days;
    const char16_t *scope;
    const char16_t *deliverables;
    const char16_t *work[3];   ///< what a consultant writes in the log on such a day
};

const StageSeed kU8Stages[] = {
    {u"需求调研", 2, u"财务、供应链各部门业务调研，梳理现行流程", u"《需求调研报告》",
     {u"与财务部访谈总账、应收应付业务流程，整理调研记录", u"调研仓库出入库流程及单据，收集现行报表样式", u"汇总调研问题清单，与客户项目负责人确认"}},
    {u"蓝图设计", 2, u"编码方案、业务流程蓝图、权限方案", u"《业务蓝图》《编码方案》",
     {u"编写科目编码、存货编码方案初稿", u"绘制采购到付款、销售到收款流程蓝图", u"与客户评审蓝图，记录修改意见"}},
    {u"系统配置", 3, u"账套建立、基础档案、参数设置", u"系统配置清单",
     {u"建立账套，设置会计期间与启用模块", u"录入部门、人员、客商基础档案", u"配置单据流程与审批权限，测试凭证生成"}},
    {u"数据初始化", 2, u"期初余额、期初库存、未完结单据导入", u"期初数据核对表",
     {u"导入科目期初余额并试算平衡", u"导入期初库存 1,200 余条，核对数量金额", u"核对应收应付期初明细，与财务对账"}},
    {u"用户培训", 2, u"关键用户与最终用户操作培训", u"培训签到表、操作手册",
     {u"为财务部 6 人讲解总账、报表日常操作", u"为仓库与采购人员培训出入库与采购订单", u"组织上机练习并答疑"}},
    {u"上线切换", 1, u"并行结束、正式切换", u"上线确认单",
     {u"停用旧系统，完成正式切换，首日单据录入跟踪"}},
    {u"上线支持", 3, u"上线后首月结账支持", u"月结报告、项目总结",
     {u"现场支持日常业务处理，解决单据录入问题", u"协助完成首次月末结账", u"整理遗留问题清单并移交服务部"}},
};

const StageSeed kTPlusStages[] = {
    {u"需求调研", 1, u"门店与总部业务调研", u"《需求调研报告》",
     {u"调研零售门店收银与库存流程", u"确认会计科目及辅助核算需求", u"整理调研纪要"}},
    {u"系统配置", 2, u"账套、档案、零售参数", u"配置清单",
     {u"建账并设置存货、客户档案", u"配置零售价格策略与会员规则", u"测试门店开单与日结"}},
    {u"数据初始化", 1, u"期初余额与库存", u"期初核对表",
     {u"导入期初库存并盘点核对", u"录入科目期初余额", u"核对往来期初"}},
    {u"用户培训", 1, u"收银员与财务培训", u"培训签到表",
     {u"培训收银员前台操作", u"培训财务人员凭证与报表", u"上机练习答疑"}},
    {u"上线支持", 2, u"上线首周支持", u"上线确认单",
     {u"上线首日现场支持", u"处理日结差异问题", u"整理遗留问题并移交"}},
};

const char16_t *kIssues[] = {u"客户部分基础数据尚未整理完，约定明日补齐", u"客户服务器磁盘空间不足，已提醒 IT 扩容",
                             u"财务部对成本核算方法有分歧，待客户领导确认", u"部分报表格式需二次开发，已记录需求"};
const char16_t *kContacts[] = {u"财务部 王经理", u"信息部 李主管", u"仓库 张主任", u"总经办 赵助理"};

Session sessionOf(const DemoContext &ctx, const QString &login, const QString &name, const RoleSet &roles)
{
    return Session{ctx.staffIds.value(login), login, name, roles};
}

/// One demo project's life: where it stops, and what happens on the way.
struct Script {
    QString state;              ///< the state it ends in
    int startDaysAgo = 0;       ///< working days before today when implementation starts
    bool templateTPlus = false;
    int failIncompleteSeq = 0;  ///< the stage that fails once on incomplete work
    int failCommitmentSeq = 0;  ///< the stage that fails on a presales commitment (→ terminated)
    int suspendDaysAgo = 0;     ///< suspended this many working days ago
    int resumeDaysAgo = -1;     ///< resumed (−1: still suspended)
    int pm = 0;                 ///< 0: pm1, 1: pm2
};

/// Drives the workflow day by day, with the clock pinned to each moment.
class ProjectDemo
{
public:
    ProjectDemo(const DemoContext &ctx, BusinessCalendar calendar)
        : m_ctx(ctx), m_calendar(std::move(calendar)), m_service(ctx.db, m_calendar), m_pin(ctx.nowMs),
          m_rng(ctx.seed ^ 0x50524A31u)
    {
        m_im = sessionOf(ctx, u"implmgr"_s, u"高峰"_s, {Role::ImplementationManager, Role::DepartmentHead});
        m_pms = {sessionOf(ctx, u"pm1"_s, u"林涛"_s, {Role::ProjectManager}),
                 sessionOf(ctx, u"pm2"_s, u"何丽"_s, {Role::ProjectManager})};
        m_consultants = {sessionOf(ctx, u"consultant1"_s, u"郑洁"_s, {Role::Consultant}),
                         sessionOf(ctx, u"consultant2"_s, u"罗斌"_s, {Role::Consultant}),
                         sessionOf(ctx, u"consultant3"_s, u"梁晓燕"_s, {Role::Consultant})};
        m_today = QDateTime::fromMSecsSinceEpoch(ctx.nowMs, m_calendar.timeZone()).date();
    }

    int logs() const { return m_logs; }

    /// The working day `n` working days before today (0: today).
    QDate workingDaysAgo(int n) const
    {
        QDate d = m_today;
        for (int i = 0; i < n; d = d.addDays(-1))
            if (m_calendar.isWorkingDay(d.addDays(-1)))
                ++i;
        return d;
    }

    void at(const QDate &day, int hour, int minute = 0)
    {
        const qint64 ms = QDateTime(day, QTime(hour, minute), m_calendar.timeZone()).toMSecsSinceEpoch();
        m_pin.set(qMin(ms, m_ctx.nowMs - 60000));
    }

    Result<qint64> addTemplate(qint64 productId, const QString &name, const StageSeed *seeds, int count)
    {
        QList<TemplateStage> stages;
        for (int i = 0; i < count; ++i)
            stages << TemplateStage{i + 1, QString::fromUtf16(seeds[i].name), seeds[i].days,
                                    QString::fromUtf16(seeds[i].scope), {}, {}, QString::fromUtf16(seeds[i].deliverables)};
        return m_service.addTemplate(m_im, productId, name, stages);
    }

    /// Applies, assigns and plans a project, then lives it until its script's state.
    Status run(const Script &s, const ProjectApplication &application, qint64 templateId)
    {
        m_script = s;
        m_stop = false;
        m_seeds = s.templateTPlus ? kTPlusStages : kU8Stages;
        const QDate start = workingDaysAgo(s.startDaysAgo);
        at(workingDaysAgo(s.startDaysAgo + 4), 10);
        auto id = m_service.apply(m_im, application);
        if (!id)
            return std::unexpected(id.error());
        m_id = *id;
        if (s.state == project::Applied)
            return {};
        const Session &pm = m_pms.at(s.pm);
        const QVariantList team = s.templateTPlus ? QVariantList{m_consultants.at(2).staffId}
                                                  : QVariantList{m_consultants.at(s.pm).staffId, m_consultants.at(2).staffId};
        at(workingDaysAgo(s.startDaysAgo + 3), 14);
        if (auto ok = step(m_im, project::Assign, {{u"project_manager_id"_s, pm.staffId}, {u"consultant_ids"_s, team}}); !ok)
            return ok;
        if (s.state == project::Assigned)
            return {};
        at(workingDaysAgo(s.startDaysAgo + 2), 9, 30);
        if (auto ok = step(pm, project::StartPlanning); !ok)
            return ok;
        if (auto ok = step(pm, project::PlanFromTemplate, {{u"template_id"_s, templateId}, {u"start_date"_s, start.toString(Qt::ISODate)}}); !ok)
            return ok;
        if (s.state == project::Planning)
            return {};
        at(start, 8, 40);
        if (auto ok = step(pm, project::Start); !ok)
            return ok;
        return live(pm, team, start);
    }

private:
    Status step(const Session &who, const QString &action, const QVariantMap &fields = {})
    {
        auto row = m_service.get(m_id);
        if (!row)
            return std::unexpected(row.error());
        auto done = m_service.act(who, m_id, row->value(u"version"_s).toInt(), action, fields);
        if (!done)
            return std::unexpected(done.error());
        return {};
    }

    Status stageStep(const Session &who, const Stage &s, const QString &action, const QVariantMap &fields = {})
    {
        auto done = m_service.actOnStage(who, s.id, s.version, action, fields);
        if (!done)
            return std::unexpected(done.error());
        return {};
    }

    std::optional<Stage> stageIn(const QStringList &states)
    {
        auto stages = m_service.stages(m_id);
        if (stages)
            for (const Stage &s : std::as_const(*stages))
                if (states.contains(s.state))
                    return s;
        return std::nullopt;
    }

    QString state()
    {
        auto row = m_service.get(m_id);
        return row ? row->value(u"state"_s).toString() : QString();
    }

    /// The days from the start to yesterday: mornings evaluate, days are logged, evenings deliver.
    Status live(const Session &pm, const QVariantList &team, const QDate &start)
    {
        int workedInStage = 0;
        for (QDate d = start; d < m_today; d = d.addDays(1)) {
            if (!m_calendar.isWorkingDay(d))
                continue;
            const int ago = daysAgo(d);
            if (auto ok = morning(pm, d, ago, workedInStage); !ok)
                return ok;
            if (m_stop)
                return {};
            if (!project::runningStates().contains(state()))
                continue;
            if (auto ok = logDay(team, d); !ok)
                return ok;
            ++workedInStage;
            if (auto ok = evening(d, team, workedInStage); !ok)
                return ok;
        }
        return {};
    }

    int daysAgo(const QDate &day) const
    {
        int n = 0;
        for (QDate d = day; d < m_today; d = d.addDays(1))
            if (m_calendar.isWorkingDay(d))
                ++n;
        return n;
    }

    /// Evaluations of yesterday's delivery, suspension and resumption, the end of the story.
    Status morning(const Session &pm, const QDate &d, int ago, int &workedInStage)
    {
        at(d, 8, 45);
        if (auto delivered = stageIn({QString(stage::Delivered)})) {
            if (auto ok = evaluate(pm, d, *delivered); !ok)
                return ok;
            workedInStage = 0;
        }
        if (auto failed = stageIn({QString(stage::Failed)}); failed && state() == project::InProgress) {
            if (auto ok = stageStep(m_consultants.at(2), *failed, stage::Reimplement); !ok)
                return ok;
            workedInStage = m_seeds[failed->seq - 1].days - 1;
        }
        if (m_script.suspendDaysAgo > 0 && ago == m_script.suspendDaysAgo)
            return suspend(pm, d);
        if (m_script.resumeDaysAgo >= 0 && ago == m_script.resumeDaysAgo && state() == project::Suspended) {
            at(d, 8, 50);
            return step(pm, project::Resume, {{u"resume_note"_s, u"客户财务负责人已到岗，数据已补齐"_s}});
        }
        if (state() == project::InProgress && !stageIn({QString(stage::Planned), QString(stage::Active),
                                                         QString(stage::Delivered), QString(stage::Failed)}))
            return finish(pm, d);
        return {};
    }

    Status evaluate(const Session &pm, const QDate &d, const Stage &s)
    {
        if (s.seq == m_script.failCommitmentSeq) {
            if (auto ok = stageStep(pm, s, stage::FailCommitment,
                                    {{u"evaluation_note"_s, u"客户要求的多组织合并报表为售前承诺功能，当前版本不支持，需总部定制开发"_s}});
                !ok)
                return ok;
            at(d, 14);
            if (auto ok = step(pm, project::PmApproveTerminate, {{u"approval_note"_s, u"同意，产品缺口无法在本项目内解决"_s}}); !ok)
                return ok;
            at(d.addDays(1), 10);
            m_stop = true;
            return step(m_im, project::ImApproveTerminate, {{u"approval_note"_s, u"同意终止，已报公司及销售部"_s}});
        }
        if (s.seq == m_script.failIncompleteSeq && s.attempt == 1)
            return stageStep(pm, s, stage::FailIncomplete,
                             {{u"evaluation_note"_s, u"期初库存与财务存货科目余额差 3.2 万元，未完成核对，需重新实施"_s}});
        return stageStep(pm, s, stage::Pass, {{u"evaluation_note"_s, u"交付物齐全，客户签字确认"_s}});
    }

    Status suspend(const Session &pm, const QDate &d)
    {
        at(d, 9, 30);
        if (auto ok = step(m_consultants.at(2), project::RequestSuspend,
                           {{u"reason"_s, u"客户财务负责人离职，期初数据无人确认，无法继续实施"_s},
                            {u"from_date"_s, d.toString(Qt::ISODate)}});
            !ok)
            return ok;
        at(d, 11);
        if (auto ok = step(pm, project::PmApproveSuspend, {{u"approval_note"_s, u"情况属实"_s}}); !ok)
            return ok;
        if (m_script.state == project::SuspendPmApproved)
            return {};   // waiting for the implementation manager; the work goes on meanwhile
        at(d, 15);
        return step(m_im, project::ImApproveSuspend, {{u"approval_note"_s, u"同意暂停，客户人员到岗后恢复"_s}});
    }

    /// Every stage accepted: final inspection, submission, filing — as far as the script goes.
    Status finish(const Session &pm, const QDate &d)
    {
        if (m_script.state == project::InProgress)
            return {};
        m_stop = true;
        at(d, 9, 30);
        if (auto ok = step(pm, project::BeginInspection); !ok)
            return ok;
        if (m_script.state == project::FinalInspection)
            return {};
        at(d, 16);
        if (auto ok = step(pm, project::SubmitForFiling, {{u"review_note"_s, u"调研报告、蓝图、配置清单、培训记录、上线确认单齐全"_s}}); !ok)
            return ok;
        if (m_script.state == project::Submitted)
            return {};
        at(d.addDays(1), 10);
        return step(m_im, project::File, {{u"filing_note"_s, u"已归档至实施部文档库"_s}});
    }

    Status logDay(const QVariantList &team, const QDate &d)
    {
        auto active = stageIn({QString(stage::Active)});
        if (!active)
            return {};
        const StageSeed &seed = m_seeds[active->seq - 1];
        for (const QVariant &member : team) {
            if (m_rng.bounded(100) < 12)
                continue;   // a forgotten day, flagged to the project manager
            const Session *who = nullptr;
            for (const Session &c : m_consultants)
                if (c.staffId == member.toLongLong())
                    who = &c;
            at(d, 17, 10 + int(m_rng.bounded(40)));
            LogEntry e;
            e.stageId = active->id;
            e.workDate = d;
            const char16_t *work = seed.work[m_rng.bounded(3)];
            e.workDone = QString::fromUtf16(work ? work : seed.work[0]);
            e.hours = 6.0 + m_rng.bounded(5) * 0.5;
            e.issues = m_rng.bounded(100) < 25 ? QString::fromUtf16(kIssues[m_rng.bounded(4)]) : QString();
            e.customerContact = QString::fromUtf16(kContacts[m_rng.bounded(4)]);
            auto id = m_service.logDay(*who, e);
            if (!id)
                return std::unexpected(id.error());
            ++m_logs;
        }
        return {};
    }

    Status evening(const QDate &d, const QVariantList &team, int workedInStage)
    {
        auto active = stageIn({QString(stage::Active)});
        if (!active || workedInStage < m_seeds[active->seq - 1].days)
            return {};
        const Session *who = nullptr;
        for (const Session &c : m_consultants)
            if (c.staffId == team.first().toLongLong())
                who = &c;
        at(d, 17, 55);
        return stageStep(*who, *active, stage::Deliver,
                         {{u"delivery_note"_s, QString::fromUtf16(m_seeds[active->seq - 1].deliverables) + u"已提交客户确认"_s}});
    }

    const DemoContext &m_ctx;
    BusinessCalendar m_calendar;
    ProjectService m_service;
    ScopedClock m_pin;
    QRandomGenerator m_rng;
    Session m_im;
    QList<Session> m_pms;
    QList<Session> m_consultants;
    QDate m_today;
    Script m_script;
    const StageSeed *m_seeds = kU8Stages;
    qint64 m_id = 0;
    bool m_stop = false;
    int m_logs = 0;
};

struct Customer {
    qint64 id = 0;
    QString name;
    qint64 productId = 0;
    QString product;
    QString modules;
    qint64 contractId = 0;
    qint64 needId = 0;         ///< the first visit's open implementation need the project takes up
};

/// Customers who bought U8+ or T+Cloud, newest first, with a contract where they have one.
Result<QList<Customer>> customersFor(const Database &db, int wanted)
{
    auto q = db.exec(u"SELECT cp.customer_id, c.name, p.id, p.name, cp.modules, "
                     "(SELECT MAX(k.id) FROM contracts k WHERE k.customer_id = c.id) "
                     "FROM customer_products cp JOIN products p ON p.id = cp.product_id "
                     "JOIN customers c ON c.id = cp.customer_id "
                     "WHERE p.name IN ('用友U8+', '畅捷通T+Cloud') ORDER BY cp.customer_id DESC LIMIT 200"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<Customer> out;
    QList<qint64> seen;
    while (q->next() && out.size() < wanted) {
        if (seen.contains(q->value(0).toLongLong()))
            continue;
        seen << q->value(0).toLongLong();
        out << Customer{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(),
                        q->value(3).toString(), q->value(4).toString(), q->value(5).toLongLong()};
    }
    return out;
}

Result<qint64> productId(const Database &db, const QString &name)
{
    auto id = db.scalar(u"SELECT id FROM products WHERE name = ?"_s, {name});
    if (!id)
        return std::unexpected(id.error());
    return id->toLongLong();
}

} // namespace

Status demoProjects(const DemoContext &ctx, DemoCounts &counts)
{
    if (ctx.customers <= 0)
        return {};
    auto calendar = CalendarRepository(ctx.db).load();
    if (!calendar)
        return std::unexpected(calendar.error());
    ProjectDemo demo(ctx, *calendar);
    auto u8 = productId(ctx.db, u"用友U8+"_s);
    auto tplus = productId(ctx.db, u"畅捷通T+Cloud"_s);
    if (!u8 || !tplus)
        return std::unexpected(!u8 ? u8.error() : tplus.error());
    demo.at(demo.workingDaysAgo(60), 9);
    auto u8Template = demo.addTemplate(*u8, u"U8+ 财务供应链标准实施"_s, kU8Stages, int(std::size(kU8Stages)));
    auto tTemplate = demo.addTemplate(*tplus, u"T+Cloud 零售标准实施"_s, kTPlusStages, int(std::size(kTPlusStages)));
    if (!u8Template || !tTemplate)
        return std::unexpected(!u8Template ? u8Template.error() : tTemplate.error());
    using namespace project;
    const QList<Script> scripts = {
        {Applied, 0},
        {Assigned, 0},
        {Planning, 0, false, 0, 0, 0, -1, 1},
        {InProgress, 12},
        {InProgress, 16, false, 4, 0, 0, -1, 1},
        {SuspendPmApproved, 8, false, 0, 0, 1, -1, 0},
        {Suspended, 10, false, 0, 0, 4, -1, 1},
        {InProgress, 17, false, 0, 0, 9, 6, 0},
        {FinalInspection, 10, true},
        {Submitted, 12, true, 0, 0, 0, -1, 1},
        {Closed, 14, true, 2},
        {Terminated, 11, false, 0, 3, 0, -1, 1},
    };
    auto customers = customersFor(ctx.db, int(scripts.size()));
    if (!customers)
        return std::unexpected(customers.error());
    auto need = ctx.db.exec(u"SELECT n.id, n.customer_id, c.name FROM first_visit_needs n JOIN customers c ON c.id = n.customer_id "
                            "WHERE n.need_type = 'implementation' AND n.state = 'open' AND n.recorded_at IS NOT NULL "
                            "ORDER BY n.id LIMIT 1"_s);
    if (!need)
        return std::unexpected(need.error());
    std::optional<Customer> openNeed;
    if (need->next())
        openNeed = Customer{need->value(1).toLongLong(), need->value(2).toString(), 0, {}, {}, 0, need->value(0).toLongLong()};
    need->finish();
    int made = 0;
    for (int i = 0; i < scripts.size() && i < customers->size(); ++i) {
        const bool fromNeed = i == 0 && openNeed;
        const Customer c = fromNeed ? *openNeed : customers->at(i);
        const bool tPlus = scripts.at(i).templateTPlus;
        ProjectApplication a;
        a.customerId = c.id;
        a.contractId = c.contractId;
        a.needId = c.needId;
        a.productId = tPlus ? *tplus : *u8;
        a.title = c.name.left(40) + (tPlus ? u" T+Cloud 零售管理实施项目"_s : u" U8+ 财务供应链一体化实施项目"_s);
        a.modules = tPlus ? u"总账,零售管理,库存管理"_s : u"总账,应收应付,供应链,存货核算"_s;
        a.goals = tPlus ? u"门店收银与总部库存实时同步，月结时间缩短到 2 天"_s
                        : u"财务业务一体化，采购、销售、库存单据自动生成凭证，月结 3 天内完成"_s;
        a.budgetedDays = tPlus ? 10 : 25;
        if (auto ok = demo.run(scripts.at(i), a, tPlus ? *tTemplate : *u8Template); !ok)
            return ok;
        ++made;
    }
    counts.insert(u"implementation projects"_s, made);
    counts.insert(u"project log entries"_s, demo.logs());
    return {};
}

} // namespace sd::core::demo
