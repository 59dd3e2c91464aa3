// Demo complaints: about 45 over the past 13 months in every state, some forwarded by HQ, some
// from key customers, carried through the real workflow (ComplaintService) with the clock set
// to each step's moment, so that clocks, audit trail, alerts and the monthly report look lived-in.
#include "core/alerts/alertstore.h"
#include "core/calendar/calendarrepository.h"
#include "core/complaints/complaintservice.h"
#include "core/demo/demoworkflows.h"
#include "core/sla/slarepository.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd::core::demo {

namespace {

namespace c = sd::core::complaints;

struct Story {
    const char16_t *cls;
    const char16_t *description;
    const char16_t *request;
    const char16_t *cause;
    const char16_t *reply;
};

const Story kStories[] = {
    {u"slow_response", u"报修后工程师超过约定时间 4 小时仍未联系，月结无法进行", u"尽快派工程师处理并说明原因",
     u"派工时遗漏该单，工程师未收到通知", u"已致歉，工程师今天下午到场处理"},
    {u"attitude", u"热线人员接电话时态度生硬，多次打断客户描述", u"要求道歉并更换接线人员",
     u"接线员当日连续值班，情绪控制不当", u"已当面致歉，并安排资深人员跟进"},
    {u"service_quality", u"上门升级后凭证打印格式错乱，财务无法出报表", u"恢复原打印格式，免费处理",
     u"升级未按规范备份打印模板", u"已安排工程师重新上门恢复模板"},
    {u"unresolved", u"存货核算问题反复报修三次仍未解决", u"给出彻底解决方案",
     u"问题涉及产品缺陷，前两次只做了数据修复", u"已提交总部研发，临时方案今日实施"},
    {u"charges", u"维保期内上门服务被收取费用", u"退还上门费用",
     u"商务人员误判合同维保期", u"核实属维保期内，费用全额退还并致歉"},
    {u"product_defect", u"U8+ 新版本工资模块计算个税错误", u"尽快提供补丁",
     u"版本缺陷，总部已确认", u"已获取总部补丁，明日上门安装"},
    {u"slow_response", u"远程协助排队一个多小时无人接入", u"缩短等待时间",
     u"月末高峰人手不足", u"已致歉，优先安排远程处理"},
    {u"attitude", u"实施顾问现场培训时不耐烦，用户反映听不懂", u"更换培训老师重新培训",
     u"顾问沟通方式不当", u"已安排新的培训老师重新培训"},
    {u"service_quality", u"数据迁移后期初余额与旧系统不一致", u"核对并修正数据",
     u"迁移脚本遗漏辅助核算项", u"已修正数据并逐项核对"},
    {u"other", u"服务回访电话过于频繁，影响工作", u"减少回访次数",
     u"回访计划重复排期", u"已合并回访计划并致歉"},
};

const char16_t *kComplainants[] = {u"王会计", u"李主任", u"赵经理", u"刘总监", u"陈主管", u"周财务", u"吴经理", u"孙科长"};

struct Responsible {
    int department;         ///< index into DemoContext::departmentIds
    const char16_t *head;   ///< the manager who records the cause
    QList<const char16_t *> people;
};

const Responsible kResponsible[] = {
    {2, u"manager", {u"engineer1", u"engineer2", u"engineer3", u"engineer4", u"engineer5"}},
    {1, u"manager", {u"hotline1", u"hotline2", u"hotline3", u"hotline4"}},
    {3, u"implmgr", {u"consultant1", u"consultant2", u"consultant3"}},
    {4, u"trainer", {u"trainer"}},
    {6, u"account1", {u"account1", u"account2"}},
};

/// Sets Database::nowMs() for each step; restores what it was (pinned or the real clock).
class DemoClock
{
public:
    explicit DemoClock(qint64 contextNow) : m_pin(contextNow) {}
    void set(qint64 ms) { m_pin.set(ms); }

private:
    ScopedClock m_pin;
};

Result<Session> sessionFor(const DemoContext &ctx, const QString &login)
{
    Session s;
    s.staffId = ctx.staffIds.value(login);
    s.login = login;
    if (s.staffId <= 0)
        return fail(ErrorCode::NotFound, u"demo staff %1 missing"_s.arg(login));
    auto q = ctx.db.exec(u"SELECT role FROM staff_roles WHERE staff_id = ?"_s, {s.staffId});
    if (!q)
        return std::unexpected(q.error());
    while (q->next())
        if (auto r = roleFromKey(q->value(0).toString()))
            s.roles.insert(*r);
    return s;
}

} // namespace

Status demoComplaints(const DemoContext &ctx, DemoCounts &counts)
{
    if (ctx.customers <= 0)
        return {};
    // The calendar and the SLA policies the clocks need. ensureDefaults / seedDefaults return
    // early without committing when there is nothing to do, which inside our caller's
    // transaction would roll it back: call them only when needed.
    auto hours = ctx.db.scalar(u"SELECT COUNT(*) FROM settings WHERE key = ?"_s, {CalendarRepository::hoursKey()});
    if (!hours)
        return std::unexpected(hours.error());
    if (hours->toInt() == 0)
        if (auto ok = CalendarRepository::ensureDefaults(ctx.db); !ok)
            return ok;
    auto calendar = CalendarRepository(ctx.db).load();
    if (!calendar)
        return std::unexpected(calendar.error());
    auto policies = ctx.db.scalar(u"SELECT COUNT(*) FROM sla_policies"_s);
    if (!policies)
        return std::unexpected(policies.error());
    if (policies->toInt() == 0)
        if (auto seeded = SlaRepository::seedDefaults(ctx.db, calendar->minutesPerWorkingDay()); !seeded)
            return std::unexpected(seeded.error());
    const c::ComplaintService svc(ctx.db, *calendar);
    const BusinessCalendar &cal = *calendar;

    auto quality = sessionFor(ctx, u"quality"_s);
    auto hotline = sessionFor(ctx, u"hotline1"_s);
    if (!quality || !hotline)
        return std::unexpected(!quality ? quality.error() : hotline.error());

    // Key and ordinary customers to draw from.
    QList<qint64> keyCustomers, others;
    {
        auto q = ctx.db.exec(u"SELECT id, key_customer FROM customers WHERE id <= ? ORDER BY id"_s, {qMin(ctx.customers, 3000)});
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            (q->value(1).toInt() ? keyCustomers : others) << q->value(0).toLongLong();
    }
    if (others.isEmpty())
        others = keyCustomers;
    if (keyCustomers.isEmpty())
        keyCustomers = others;

    QRandomGenerator rng(ctx.seed ^ 0x0c0a1a17u);
    DemoClock clock(ctx.nowMs);
    const qint64 day = 24LL * 3600 * 1000;
    const int total = 46;
    int made = 0, valid = 0, hq = 0, key = 0, open = 0;
    auto working = [&cal](qint64 ms, qint64 minutes) { return cal.addWorkingMinutes(ms, minutes); };

    for (int i = 0; i < total; ++i) {
        // Spread over 13 months, denser recently; the last few within the past days.
        // The newest eight stop in each open state in turn (accepted twice, then confirmed,
        // investigated, replied, result returned, escalated, resolved); the rest run their course.
        static const QStringList kStopAt{u"accepted"_s, u"accepted"_s, u"confirmed"_s, u"investigated"_s,
                                         u"replied"_s, u"result_returned"_s, u"escalated"_s, u"resolved"_s};
        const QString stopAt = kStopAt.value(i);
        const qint64 ageDays = i < 2 ? 0 : i < 8 ? rng.bounded(6, 10) : rng.bounded(10, 395);
        qint64 at = ctx.nowMs - ageDays * day - rng.bounded(0, 8) * 3600 * 1000LL;
        at = cal.nextWorkingTime(QDateTime::fromMSecsSinceEpoch(at, cal.timeZone())).toMSecsSinceEpoch();
        if (at >= ctx.nowMs)
            at = ctx.nowMs - 3600 * 1000LL;
        const Story &story = kStories[rng.bounded(int(std::size(kStories)))];
        const int sourceRoll = rng.bounded(100);
        c::ComplaintIntake in;
        in.source = sourceRoll < 45 ? u"direct"_s : sourceRoll < 65 ? u"hq"_s : sourceRoll < 88 ? u"hotline"_s : u"return_visit"_s;
        in.channel = in.source == u"direct" ? c::channelKeys()[rng.bounded(5)] : QString();
        if (in.source == u"hq") {
            in.hqReference = u"HQ-CS-%1-%2"_s.arg(QDateTime::fromMSecsSinceEpoch(at, cal.timeZone()).date().year())
                                 .arg(1000 + i * 7);
            in.hqDeadlineMs = working(at, 5 * cal.minutesPerWorkingDay());
        }
        const bool isKey = rng.bounded(100) < 25;
        in.customerId = isKey ? keyCustomers[rng.bounded(keyCustomers.size())] : others[rng.bounded(others.size())];
        in.complainant = QString::fromUtf16(kComplainants[rng.bounded(int(std::size(kComplainants)))]);
        in.complainantPhone = u"13%1"_s.arg(100000000 + rng.bounded(899999999));
        in.problemClass = QString::fromUtf16(story.cls);
        in.description = QString::fromUtf16(story.description);
        in.customerRequest = QString::fromUtf16(story.request);
        in.receivedAtMs = at;
        clock.set(at);
        auto id = svc.accept(in.source == u"hotline" ? *hotline : *quality, in);
        if (!id)
            return std::unexpected(id.error());
        ++made;
        hq += in.source == u"hq";
        key += isKey;

        int version = 1;
        qint64 t = at;
        // Every step happens at `t` unless it would be in the future: then the story stops here.
        auto step = [&](const Session &who, const QString &action, const QVariantMap &fields, qint64 when) -> Result<bool> {
            if (when >= ctx.nowMs)
                return false;
            clock.set(when);
            t = when;
            auto r = svc.act(who, *id, version, action, fields);
            if (!r)
                return std::unexpected(r.error());
            version = r->value(u"version"_s).toInt();
            return r->value(u"state"_s).toString() != stopAt;
        };
        auto stop = [&](Result<bool> r) -> std::optional<Status> {
            if (!r)
                return Status(std::unexpected(r.error()));
            if (!*r) {
                ++open;
                return Status{};
            }
            return std::nullopt;
        };
        auto next = [&](int minLo, int minHi) { return working(t, rng.bounded(minLo, minHi)); };

        // The newest ones wait for confirmation.
        if (i < 2) {
            ++open;
            continue;
        }
        const int fate = i < 8 ? 0 : rng.bounded(100);
        if (fate >= 75) {
            const bool scope = fate < 90;
            auto r = step(*quality, scope ? QString(c::action::ConfirmOutOfScope) : QString(c::action::ConfirmNotTrue),
                          scope ? QVariantMap{{u"explanation"_s, u"合同约定为远程服务，上门服务需另行收费，已向客户解释并获理解"_s}}
                                : QVariantMap{{u"reason"_s, u"调取派工单与通话录音，服务按约定完成，客户签字确认"_s}},
                          next(20, 120));
            if (auto s = stop(r))
                { if (!*s) return *s; continue; }
            if (in.source == u"hq")
                if (auto s = stop(step(*quality, QString(c::action::FeedbackHq),
                                       {{u"hq_feedback"_s, u"经核实不属于有效服务质量投诉，已向客户说明"_s}}, next(60, 400))))
                    { if (!*s) return *s; continue; }
            continue;
        }
        ++valid;
        const Responsible &resp = kResponsible[rng.bounded(int(std::size(kResponsible)))];
        auto head = sessionFor(ctx, QString::fromUtf16(resp.head));
        auto person = sessionFor(ctx, QString::fromUtf16(resp.people[rng.bounded(resp.people.size())]));
        if (!head || !person)
            return std::unexpected(!head ? head.error() : person.error());
        const qint64 dept = ctx.departmentIds.value(resp.department);
        if (auto s = stop(step(*quality, QString(c::action::ConfirmValid),
                               {{u"detail"_s, u"经核实投诉属实，属服务承诺范围：%1"_s.arg(in.description)}, {u"department_id"_s, dept}},
                               next(15, 90))))
            { if (!*s) return *s; continue; }
        if (auto s = stop(step(*head, QString(c::action::Investigate),
                               {{u"cause"_s, QString::fromUtf16(story.cause)}, {u"responsible_person_id"_s, person->staffId},
                                {u"accountability"_s, rng.bounded(3) == 0 ? u"部门内通报批评，扣当月服务绩效"_s : u"口头警告，纳入季度考核"_s}},
                               next(20, 60))))
            { if (!*s) return *s; continue; }
        const bool lateReply = rng.bounded(100) < 15;
        QStringList measures{u"apology"_s};
        if (story.cls == std::u16string_view(u"service_quality") || story.cls == std::u16string_view(u"unresolved")
            || story.cls == std::u16string_view(u"slow_response"))
            measures << u"reservice"_s;
        if (story.cls == std::u16string_view(u"charges"))
            measures << u"compensation"_s;
        if (auto s = stop(step(rng.bounded(2) ? *person : *head, QString(c::action::Reply),
                               {{u"measures"_s, measures}, {u"reply_text"_s, QString::fromUtf16(story.reply)}},
                               lateReply ? next(200, 400) : next(30, 100))))
            { if (!*s) return *s; continue; }
        if (auto s = stop(step(*person, QString(c::action::ReturnResult),
                               {{u"result_text"_s, u"已按措施处理完毕，客户确认问题已解决"_s}}, next(240, 1200))))
            { if (!*s) return *s; continue; }
        if (in.source == u"hq") {
            const bool feedbackInTime = rng.bounded(100) < 85;
            if (auto s = stop(step(*quality, QString(c::action::FeedbackHq),
                                   {{u"hq_feedback"_s, u"已处理并回复客户，处理结果及整改措施已反馈总部"_s}},
                                   feedbackInTime ? next(60, 480) : next(560, 900))))
                { if (!*s) return *s; continue; }
        }
        const bool lateFollowUp = rng.bounded(100) < 12;
        const bool satisfied = i == 6 ? false : i == 7 ? true : rng.bounded(100) < 82;
        if (satisfied) {
            if (auto s = stop(step(*quality, QString(c::action::FollowUpSatisfied),
                                   {{u"verification"_s, u"电话回访客户，核实处理结果"_s},
                                    {u"customer_opinion"_s, u"对处理结果满意，感谢及时处理"_s}},
                                   lateFollowUp ? next(560, 900) : next(60, 500))))
                { if (!*s) return *s; continue; }
        } else {
            if (auto s = stop(step(*quality, QString(c::action::FollowUpUnresolved),
                                   {{u"verification"_s, u"回访核实问题仍然存在"_s},
                                    {u"customer_opinion"_s, u"不满意，要求总部介入"_s},
                                    {u"escalation_note"_s, u"已提交总部服务发展部，附全部处理记录"_s},
                                    {u"hq_dev_reference"_s, u"SD-%1"_s.arg(7000 + i)}},
                                   lateFollowUp ? next(560, 900) : next(60, 500))))
                { if (!*s) return *s; continue; }
            if (auto s = stop(step(*quality, QString(c::action::TrackEscalation),
                                   {{u"progress"_s, u"总部服务发展部已受理，指定专人跟进"_s}}, next(540, 1600))))
                { if (!*s) return *s; continue; }
            if (auto s = stop(step(*quality, QString(c::action::CloseEscalation),
                                   {{u"hq_resolution"_s, u"总部发布补丁并远程协助，问题解决，客户认可"_s}},
                                   next(5 * 540, 15 * 540))))
                { if (!*s) return *s; continue; }
        }
        if (auto s = stop(step(*quality, QString(c::action::File),
                               {{u"corrective_measures"_s, u"责任人整改并复盘，补充服务规范"_s},
                                {u"preventive_measures"_s, u"纳入月度质量例会，增加派工前电话确认环节"_s}},
                               next(240, 1600))))
            { if (!*s) return *s; continue; }
    }

    // Earlier monthly reports were issued on time; the last month's report is due now.
    c::ComplaintReportReminder reminder(ctx.db, cal);
    const QDate today = QDateTime::fromMSecsSinceEpoch(ctx.nowMs, cal.timeZone()).date();
    int month = c::previousMonth(today.year() * 100 + today.month());
    for (int i = 0; i < 12; ++i) {
        month = c::previousMonth(month);
        const qint64 issuedAt = working(c::monthStartMs(cal, c::nextMonth(month)), cal.minutesPerWorkingDay() + 120);
        clock.set(issuedAt);
        if (auto ok = reminder.issue(*quality, month, u"已发送各部门经理及总经理"_s); !ok)
            return ok;
    }
    clock.set(ctx.nowMs);
    if (auto ok = reminder.ensure(ctx.nowMs); !ok)
        return std::unexpected(ok.error());

    counts.insert(u"complaints"_s, made);
    counts.insert(u"complaints valid"_s, valid);
    counts.insert(u"complaints forwarded by HQ"_s, hq);
    counts.insert(u"complaints from key customers"_s, key);
    counts.insert(u"complaints open"_s, open);
    return {};
}

} // namespace sd::core::demo
