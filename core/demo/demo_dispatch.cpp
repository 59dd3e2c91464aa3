// The dispatch board's demo: on-site jobs in every state over the past three weeks, driven
// through the real workflow (so clocks, audit trail and chains are as the desk makes them),
// return visits after the archived ones, and the center's details for the printed form.
#include "core/calendar/calendarrepository.h"
#include "core/demo/demoworkflows.h"
#include "core/dispatch/dispatchservice.h"
#include "core/returnvisits/returnvisitservice.h"
#include "core/db/settings.h"
#include "core/sla/slarepository.h"

#include <QFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd::core::demo {

namespace {

struct Problem {
    const char16_t *product;
    const char16_t *module;
    const char16_t *problem;
    const char16_t *work;
};

const Problem kProblems[] = {
    {u"用友U8+", u"总账", u"月末结账提示“有未记账凭证”，但凭证已全部记账，无法结账",
     u"检查凭证表标志位，修复 3 张凭证的记账标志，重新结账成功"},
    {u"用友U8+", u"供应链", u"采购入库单审核后存货台账不更新，库存数量对不上",
     u"重建库存现存量，补录 2 张漏记的入库单，台账恢复正常"},
    {u"用友U8+", u"生产制造", u"MRP 运算超过 2 小时无响应，生产计划无法下达",
     u"清理历史计划数据，调整 BOM 展开参数，MRP 运算 12 分钟完成"},
    {u"用友U8+", u"薪资管理", u"个税计算结果与自然人电子税务局不一致",
     u"更新 2026 年税率表及专项附加扣除方案，重算 11 月工资"},
    {u"用友NC Cloud", u"财务会计", u"合并报表取数全部为零，月报无法上报集团",
     u"修正合并范围及取数公式，重新执行合并，报表数据正确"},
    {u"畅捷通T+", u"总账", u"更换服务器后加密狗无法识别，所有客户端无法登录",
     u"重装加密狗驱动并迁移授权，客户端全部恢复登录"},
    {u"畅捷通T3", u"UFO报表", u"资产负债表公式取数错误，期末余额不平",
     u"修正报表公式中科目编码，重新计算后报表平衡"},
    {u"用友U8+", u"应收应付", u"核销后客户余额表数据错乱，对账单无法发给客户",
     u"取消错误核销 5 笔，按到期日重新核销，余额表正确"},
    {u"用友U8+", u"固定资产", u"计提折旧后总账生成了重复凭证",
     u"删除重复凭证，修复资产模块与总账的凭证关联"},
    {u"用友U8+", u"数据库维护", u"SQL Server 日志文件占满磁盘，系统无法登录",
     u"收缩日志、调整恢复模式并设置每日备份计划，系统恢复"},
    {u"畅捷通T+", u"库存管理", u"多台客户端同时开单时系统卡死，需重启服务",
     u"优化数据库索引并升级 T+ 至最新补丁，并发开单正常"},
    {u"用友U8+", u"存货核算", u"期末处理后出库成本为零，毛利异常",
     u"恢复期末处理，补录入库成本后重新计算，成本正确"},
};

const char16_t *kWriteOffs[] = {
    u"现场确认为产品缺陷，需总部出补丁", u"客户服务器硬件故障，需更换硬盘后再处理",
    u"数据库损坏严重，需总部数据修复工具"};
const char16_t *kHqAnswers[] = {u"总部已发布补丁 U8P16-20261118，已远程安装", u"总部提供修复脚本，需现场执行"};
const char16_t *kComments[] = {u"工程师很专业，响应及时", u"问题解决了，希望以后提前电话通知", u"服务很好",
                               u"等待时间有点长", u"非常满意"};

Session sessionOf(const DemoContext &ctx, const QString &login, const QString &name, const RoleSet &roles)
{
    return Session{ctx.staffIds.value(login), login, name, roles};
}

} // namespace

Status demoDispatch(const DemoContext &ctx, DemoCounts &counts)
{
    if (ctx.customers <= 0)
        return {};
    const Database &db = ctx.db;
    // The center's details for the printed Service Dispatch Form.
    const Session admin = sessionOf(ctx, u"admin"_s, u"王磊"_s, {Role::Administrator});
    QFile logo(u":/sd/demo/center-logo.png"_s);
    const QByteArray logoPng = logo.open(QIODevice::ReadOnly) ? logo.readAll() : QByteArray();
    const QList<std::pair<QString, QString>> center = {
        {u"center.name"_s, u"北京用友软件 4S 服务中心"_s},
        {u"center.name_en"_s, u"Beijing Yonyou Software 4S Service Center"_s},
        {u"center.address"_s, u"北京市朝阳区望京东路 8 号锐创国际中心 A 座 12 层"_s},
        {u"center.phone"_s, u"400-810-6688"_s},
        {u"center.logo_png"_s, QString::fromLatin1(logoPng.toBase64())}};
    for (const auto &[key, value] : center)
        if (auto ok = settings::put(db, admin, key, value); !ok)
            return std::unexpected(ok.error());

    // Response targets need the default service levels (a database made by `init` has them).
    if (auto seeded = SlaRepository::seedDefaults(db); !seeded)
        return std::unexpected(seeded.error());
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return std::unexpected(calendar.error());
    DispatchService service(db, *calendar);
    ReturnVisitService visits(db, *calendar);
    const Session manager = sessionOf(ctx, u"manager"_s, u"李娜"_s, {Role::ServiceManager, Role::DepartmentHead});
    const Session hotline = sessionOf(ctx, u"hotline1"_s, u"张敏"_s, {Role::HotlineOperator});
    const QStringList engineerLogins = {u"engineer1"_s, u"engineer2"_s, u"engineer3"_s, u"engineer4"_s, u"engineer5"_s};
    const QStringList engineerNames = {u"孙浩"_s, u"马超"_s, u"朱磊"_s, u"胡军"_s, u"郭强"_s};
    QRandomGenerator rng(ctx.seed ^ 0x0d15a7c5u);

    // Target state and age (hours before now the request came in) of each demo job.
    struct Plan {
        QString state;
        int minAgeHours;
        int maxAgeHours;
        int count;
    };
    const QList<Plan> plans = {
        {dispatch::Requested, 0, 3, 5},      {dispatch::Verified, 1, 6, 5},
        {dispatch::Dispatched, 1, 30, 8},    {dispatch::Confirmed, 2, 20, 4},
        {dispatch::Booked, 3, 40, 7},        {dispatch::OnSite, 4, 30, 4},
        {dispatch::FormReturned, 24, 72, 5}, {dispatch::Archived, 72, 480, 16},
        {dispatch::WrittenOff, 24, 72, 2},   {dispatch::HqPending, 72, 200, 3},
        {dispatch::HqAnswered, 120, 300, 2}, {dispatch::FollowedUp, 96, 200, 2},
        {dispatch::Rejected, 30, 200, 1},    {dispatch::Cancelled, 30, 200, 1},
    };
    const qint64 now = ctx.nowMs;
    ScopedClock clock(now);
    int jobs = 0;
    int archived = 0;
    for (const Plan &plan : plans) {
        for (int n = 0; n < plan.count; ++n) {
            const qint64 customerId = 1 + rng.bounded(ctx.customers);
            auto exists = db.scalar(u"SELECT id FROM customers WHERE id = ?"_s, {customerId});
            if (!exists)
                return std::unexpected(exists.error());
            if (!exists->isValid())
                continue;
            // A problem of one of the customer's products where there is one.
            QList<int> fitting;
            auto product = db.scalar(u"SELECT p.name FROM customer_products cp JOIN products p ON p.id = cp.product_id "
                                     "WHERE cp.customer_id = ? ORDER BY cp.id LIMIT 1"_s,
                                     {customerId});
            for (int i = 0; i < int(std::size(kProblems)); ++i)
                if (product && product->isValid() && product->toString() == QString::fromUtf16(kProblems[i].product))
                    fitting << i;
            const Problem &p = kProblems[fitting.isEmpty() ? rng.bounded(int(std::size(kProblems)))
                                                           : fitting.at(rng.bounded(int(fitting.size())))];
            auto contact = db.exec(u"SELECT k.id, k.name, (SELECT phone FROM contact_phones WHERE contact_id = k.id "
                                   "ORDER BY id LIMIT 1) FROM contacts k WHERE k.customer_id = ? ORDER BY k.id LIMIT 1"_s,
                                   {customerId});
            if (!contact)
                return std::unexpected(contact.error());
            OnsiteRequest r;
            r.customerId = customerId;
            if (contact->next()) {
                r.contactId = contact->value(0).toLongLong();
                r.contactName = contact->value(1).toString();
                r.contactPhone = contact->value(2).toString();
            }
            contact->finish();
            const int levelRoll = rng.bounded(10);
            r.faultLevel = levelRoll == 0 ? 1 : levelRoll < 4 ? 2 : levelRoll < 8 ? 3 : 4;
            r.product = QString::fromUtf16(p.product);
            r.module = QString::fromUtf16(p.module);
            r.problem = QString::fromUtf16(p.problem);

            // Requested during working hours, plan.minAge..maxAge hours ago.
            qint64 t = now - qint64(plan.minAgeHours * 60 + rng.bounded(qMax(1, (plan.maxAgeHours - plan.minAgeHours) * 60))) * 60000;
            t = calendar->nextWorkingTime(QDateTime::fromMSecsSinceEpoch(t, calendar->timeZone())).toMSecsSinceEpoch();
            if (t >= now)
                t = now - 10 * 60000;
            auto advance = [&](int minMinutes, int maxMinutes) {
                const qint64 before = t;
                t += qint64(minMinutes + rng.bounded(qMax(1, maxMinutes - minMinutes))) * 60000;
                if (t >= now)
                    t = qMax(before, now - 60000); // never back in time: each step after the last
                clock.set(t);
            };
            clock.set(t);
            auto job = service.request(hotline, r);
            if (!job)
                return std::unexpected(job.error());
            ++jobs;
            const int e = rng.bounded(int(engineerLogins.size()));
            const Session engineer = sessionOf(ctx, engineerLogins.at(e), engineerNames.at(e), {Role::ServiceEngineer});
            auto step = [&](const Session &who, const QString &action, const QVariantMap &fields) -> Status {
                auto next = service.act(who, job->id, job->version, action, fields);
                if (!next)
                    return std::unexpected(next.error());
                *job = *next;
                return {};
            };
            const QString target = plan.state;
            if (target == dispatch::Requested)
                continue;
            advance(5, 40);
            if (target == dispatch::Rejected) {
                if (auto ok = step(manager, dispatch::Reject, {{u"close_reason"_s, u"重复申请，已并入前一张派工单"_s}}); !ok)
                    return ok;
                continue;
            }
            const bool billable = rng.bounded(5) == 0;
            if (auto ok = step(manager, dispatch::Verify,
                               {{u"coverage"_s, billable ? u"billable"_s : u"contract"_s},
                                {u"verify_note"_s, billable ? u"合同已过期，按次收费"_s : u"SPS 合同期内"_s}});
                !ok)
                return ok;
            if (target == dispatch::Verified)
                continue;
            if (target == dispatch::Cancelled) {
                advance(30, 120);
                if (auto ok = step(manager, dispatch::Cancel, {{u"close_reason"_s, u"客户来电告知已自行解决"_s}}); !ok)
                    return ok;
                continue;
            }
            advance(5, 50);
            if (auto ok = step(manager, dispatch::Dispatch, {{u"engineer_id"_s, engineer.staffId}}); !ok)
                return ok;
            if (target == dispatch::Dispatched)
                continue;
            advance(5, 30);
            if (auto ok = step(engineer, dispatch::Confirm, {}); !ok)
                return ok;
            if (target == dispatch::Confirmed)
                continue;
            advance(10, 60);
            // A job the engineer reached had its appointment in the past: between the booking and
            // a minute before now, so the check-in below can come at or after it.
            const qint64 appointment = target == dispatch::Booked
                ? now + qint64(1 + rng.bounded(40)) * 3600000
                : qBound(t, t + qint64(60 + rng.bounded(180)) * 60000, qMax(t, now - 60000));
            if (auto ok = step(engineer, dispatch::Book,
                               {{u"appointment_at"_s, appointment}, {u"appointment_note"_s, u"已与"_s + r.contactName + u"约定"_s}});
                !ok)
                return ok;
            if (target == dispatch::Booked)
                continue;
            // Check-in at or after the appointment (advance never steps back past now - 1 min,
            // and the appointment is no later than that).
            t = qMax(t, appointment);
            advance(0, 20);
            if (auto ok = step(engineer, dispatch::CheckIn, {}); !ok)
                return ok;
            if (target == dispatch::OnSite)
                continue;
            advance(40, 200);
            const bool solved = target == dispatch::FormReturned || target == dispatch::Archived;
            if (solved) {
                const int satisfaction = rng.bounded(10) == 0 ? 3 : 4 + rng.bounded(2);
                if (auto ok = step(engineer, dispatch::ReturnForm,
                                   {{u"work_done"_s, QString::fromUtf16(p.work)},
                                    {u"minutes_on_site"_s, 40 + rng.bounded(160)},
                                    {u"parts_patches"_s, rng.bounded(2) ? u"U8+ 16.0 累积补丁 2026-11"_s : QString()},
                                    {u"customer_signer"_s, r.contactName},
                                    {u"satisfaction"_s, satisfaction},
                                    {u"customer_comment"_s, QString::fromUtf16(kComments[rng.bounded(int(std::size(kComments)))])}});
                    !ok)
                    return ok;
                if (target == dispatch::FormReturned)
                    continue;
                advance(60, 600);
                if (auto ok = step(manager, dispatch::VerifyForm, {}); !ok)
                    return ok;
                ++archived;
                continue;
            }
            if (auto ok = step(engineer, dispatch::WriteOff,
                               {{u"write_off_reason"_s, QString::fromUtf16(kWriteOffs[rng.bounded(int(std::size(kWriteOffs)))])},
                                {u"work_done"_s, u"现场排查，定位问题原因"_s},
                                {u"minutes_on_site"_s, 60 + rng.bounded(120)}});
                !ok)
                return ok;
            if (target == dispatch::WrittenOff)
                continue;
            advance(30, 240);
            if (target == dispatch::FollowedUp) {
                const int other = (e + 1) % int(engineerLogins.size());
                if (auto ok = step(manager, dispatch::FollowUp, {{u"engineer_id"_s, ctx.staffIds.value(engineerLogins.at(other))}}); !ok)
                    return ok;
                ++jobs;
                continue;
            }
            if (auto ok = step(manager, dispatch::HandToHq, {{u"hq_reference"_s, u"HQ-2026-%1"_s.arg(1100 + jobs)}}); !ok)
                return ok;
            if (target == dispatch::HqPending)
                continue;
            advance(600, 2400);
            if (auto ok = step(manager, dispatch::HqAnswer,
                               {{u"hq_answer"_s, QString::fromUtf16(kHqAnswers[rng.bounded(int(std::size(kHqAnswers)))])}});
                !ok)
                return ok;
        }
    }

    // Return visits: the ones that fell due are mostly made, one customer was unhappy.
    clock.set(now);
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, calendar->timeZone()).date();
    auto due = visits.due(today.addDays(-1), 100);
    if (!due)
        return std::unexpected(due.error());
    int made = 0;
    for (int i = 0; i < due->size(); ++i) {
        if (i % 4 == 3)
            continue; // still to do
        const ReturnVisit &v = due->at(i);
        const int score = made == 1 ? 2 : 4 + rng.bounded(2);
        auto done = visits.act(hotline, v.id, v.version, returnvisit::Record,
                               {{u"channel"_s, u"phone"_s}, {u"attitude"_s, qMin(5, score + 1)}, {u"quality"_s, score},
                                {u"resolution"_s, score}, {u"score"_s, score},
                                {u"comment"_s, score <= 2 ? u"工程师迟到，问题反复出现"_s : u"问题已解决，满意"_s}});
        if (!done)
            return std::unexpected(done.error());
        ++made;
    }
    counts.insert(u"on-site jobs"_s, jobs);
    counts.insert(u"archived on-site jobs"_s, archived);
    counts.insert(u"return visits made"_s, made);
    return {};
}

} // namespace sd::core::demo
