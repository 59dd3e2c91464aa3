// Demo set of the first-visit desk: about 60 submissions of the past two weeks in every state,
// made through FirstVisitService on a replayed clock (so the attempts, retries on the business
// calendar, checklist, needs, audit trail and daily digests are exactly what the desk makes).
#include "core/calendar/calendarrepository.h"
#include "core/demo/demoworkflows.h"
#include "core/firstvisit/digestservice.h"
#include "core/firstvisit/firstvisitservice.h"
#include "core/firstvisit/schedule.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace sd::core::firstvisit;

namespace sd::core::demo {

namespace {

struct NeedSeed {
    QString type;
    int department;   // index into DemoContext::departmentIds
    QString text;
};

const QList<NeedSeed> &needSeeds()
{
    static const QList<NeedSeed> n = {
        {u"implementation"_s, 3, u"总账、报表模块上线实施，希望月底前完成期初数据导入"_s},
        {u"implementation"_s, 3, u"供应链模块实施，需梳理采购到入库流程"_s},
        {u"training"_s, 4, u"财务人员 4 人操作培训（总账、报表）"_s},
        {u"training"_s, 4, u"仓库管理员库存模块培训，希望安排在周末"_s},
        {u"support"_s, 1, u"开通远程支持，年结前检查账套"_s},
        {u"support"_s, 1, u"金税接口对接问题需热线跟进"_s},
        {u"upgrade"_s, 0, u"旧版 T3 数据升级到 T+Cloud"_s},
        {u"special_service"_s, 6, u"定制凭证打印格式（有偿服务报价）"_s},
        {u"other"_s, 0, u"客户希望了解服务合同续约政策"_s},
    };
    return n;
}

class Rng
{
public:
    explicit Rng(quint32 seed) : m_rng(seed) {}
    int below(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    double unit() { return m_rng.generateDouble(); }
    template <typename T>
    const T &oneOf(const QList<T> &list) { return list.at(below(int(list.size()))); }

private:
    QRandomGenerator m_rng;
};

Session sessionFor(const DemoContext &ctx, const QString &login, const RoleSet &roles)
{
    return {ctx.staffIds.value(login), login, login, roles};
}

} // namespace

Status demoFirstVisit(const DemoContext &ctx, DemoCounts &counts)
{
    auto loaded = CalendarRepository(ctx.db).load();
    if (!loaded)
        return std::unexpected(loaded.error());
    const BusinessCalendar calendar = *loaded;
    const qint64 now = ctx.nowMs;
    // The demo replays two weeks on a pinned clock; the real clock comes back at the end
    // (or the caller's pinned one, when a test pinned it).
    ScopedClock pin(now);

    Rng rng(ctx.seed ^ 0x3f8f30a0u);
    FirstVisitService service(ctx.db, calendar);
    const QList<Session> sales{sessionFor(ctx, u"sales1"_s, {Role::Sales}), sessionFor(ctx, u"sales2"_s, {Role::Sales}),
                               sessionFor(ctx, u"sales3"_s, {Role::Sales})};
    const QList<Session> agents{sessionFor(ctx, u"firstvisit1"_s, {Role::FirstVisitAgent}),
                                sessionFor(ctx, u"firstvisit2"_s, {Role::FirstVisitAgent})};
    for (const Session &s : sales + agents)
        if (s.staffId <= 0)
            return fail(ErrorCode::NotFound, u"demo: the first-visit demo needs the sales and first-visit accounts"_s);

    const QDate today = QDateTime::fromMSecsSinceEpoch(now, calendar.timeZone()).date();
    // Working moments of the past two weeks at which sales submitted, oldest first.
    QList<qint64> submittedAt;
    // One first visit for each of the newest customers (ids are 1..customers on a fresh database).
    const int total = std::min(60, ctx.customers);
    const qint64 firstCustomer = ctx.customers - total + 1;
    for (int i = 0; i < total; ++i) {
        const QDate day = today.addDays(-rng.below(15));
        const QDateTime opening = calendar.nextWorkingTime(QDateTime(day, QTime(0, 0), calendar.timeZone()));
        const qint64 t = calendar.addWorkingMinutes(opening.toMSecsSinceEpoch(),
                                                    rng.below(calendar.minutesPerWorkingDay() - 30));
        submittedAt << (t < now - 10 * 60000 ? t : now - (10 + rng.below(120)) * 60000);
    }
    std::sort(submittedAt.begin(), submittedAt.end());

    int made = 0, attempts = 0, needsMade = 0;
    for (int i = 0; i < total; ++i) {
        qint64 clock = submittedAt.at(i);
        const double ageDays = double(now - clock) / 86400000.0;
        const Session &seller = sales.at(rng.below(int(sales.size())));
        const Session &agent = agents.at(rng.below(int(agents.size())));

        // The center's newest customers are the ones sales just sold to.
        const qint64 customerId = firstCustomer + i;
        QString product;
        if (auto q = ctx.db.exec(u"SELECT pr.name, cp.product_version FROM customer_products cp JOIN products pr ON "
                                 "pr.id = cp.product_id WHERE cp.customer_id = ? ORDER BY cp.id LIMIT 1"_s,
                                 {customerId});
            q && q->next())
            product = q->value(0).toString() + u' ' + q->value(1).toString();
        const QDate saleDate = QDateTime::fromMSecsSinceEpoch(clock, calendar.timeZone()).date().addDays(-rng.below(5));
        const QString details = u"%1 新购 %2 用户，含实施 %3 人天"_s.arg(product.trimmed()).arg(2 + rng.below(30))
                                    .arg(2 + rng.below(10));
        pin.set(clock);
        auto id = service.submitForCustomer(seller, customerId, saleDate, details);
        if (!id)
            return std::unexpected(id.error());
        ++made;

        // What this record becomes: older ones are mostly done; today's mostly waiting.
        const double r = rng.unit();
        enum class Goal { Submitted, Verifying, Verified, Complete, Unreachable, Withdrawn } goal;
        if (ageDays >= 3)
            goal = r < 0.68 ? Goal::Complete : r < 0.84 ? Goal::Unreachable : r < 0.91 ? Goal::Withdrawn : Goal::Verifying;
        else if (ageDays >= 2)
            goal = r < 0.6 ? Goal::Complete : r < 0.75 ? Goal::Unreachable : Goal::Verifying;
        else if (ageDays >= 0.8)
            goal = r < 0.45 ? Goal::Complete : r < 0.75 ? Goal::Verifying : r < 0.87 ? Goal::Verified : Goal::Submitted;
        else
            goal = r < 0.45 ? Goal::Submitted : r < 0.7 ? Goal::Verifying : r < 0.85 ? Goal::Verified : Goal::Complete;
        // The newest submissions have not been called yet: the queue always starts with them.
        if (i >= total - 3)
            goal = Goal::Submitted;
        if (goal == Goal::Submitted)
            continue;

        int version = 1;
        const int failures = goal == Goal::Unreachable || goal == Goal::Withdrawn ? 3
                             : goal == Goal::Verifying                           ? 1 + rng.below(2)
                                                                                 : rng.below(3);
        clock = calendar.addWorkingMinutes(clock, 15 + rng.below(150));
        // Retries still open are recent ones: the first call of an older record came later.
        if (goal == Goal::Verifying && ageDays >= 2)
            clock = std::max(clock, calendar.addWorkingMinutes(now, -(300 + rng.below(500))));
        bool stopped = false;
        static const QStringList failed{u"no_answer"_s, u"busy"_s, u"no_answer"_s, u"wrong_number"_s};
        for (int f = 0; f < failures; ++f) {
            if (clock >= now) {
                stopped = true;
                break;
            }
            pin.set(clock);
            const QString outcome = f == 2 && goal == Goal::Unreachable && rng.below(3) == 0 ? u"wrong_number"_s
                                                                                          : failed.at(rng.below(3));
            // The note says what happened on the line (a busy line is never "no answer").
            static const QStringList noAnswer{u""_s, u"无人接听"_s, u"前台说联系人外出"_s, u"响铃无人接"_s, u""_s};
            static const QStringList busy{u""_s, u"占线"_s, u"占线，稍后再打"_s, u"占线"_s, u""_s};
            static const QStringList wrong{u""_s, u"号码是空号"_s, u"对方说打错了"_s, u"号码是空号"_s, u""_s};
            const QStringList &notes = outcome == u"busy"_s ? busy : outcome == u"wrong_number"_s ? wrong : noAnswer;
            auto fv = service.logAttempt(agent, *id, version, outcome, notes.at(rng.below(int(notes.size()))));
            if (!fv)
                return std::unexpected(fv.error());
            version = fv->version;
            ++attempts;
            if (fv->state == u"unreachable"_s)
                break;
            clock = calendar.addWorkingMinutes(fv->nextAttemptAt, rng.below(90));
        }
        if (stopped || goal == Goal::Verifying || goal == Goal::Unreachable)
            continue;
        if (goal == Goal::Withdrawn) {
            clock = calendar.addWorkingMinutes(clock, 60 + rng.below(600));
            if (clock >= now)
                continue;
            pin.set(clock);
            auto fv = service.withdraw(seller, *id, version, u"联系多次未果，经与客户老板确认暂缓，撤回提交"_s);
            if (!fv)
                return std::unexpected(fv.error());
            continue;
        }
        if (clock >= now)
            continue;
        // The call that reached the customer: fields, checklist, needs.
        pin.set(clock);
        auto reached = service.logAttempt(agent, *id, version, u"reached"_s, u"联系人接听，配合核实"_s);
        if (!reached)
            return std::unexpected(reached.error());
        version = reached->version;
        ++attempts;
        for (const FieldCheck &f : reached->fields) {
            // The sale's own fields are what sales most often get wrong; the customer on file
            // was checked when it was created.
            Status ok;
            if (f.field == u"sale_date"_s && rng.below(6) == 0)
                ok = service.checkField(agent, *id, f.field, false, saleDate.addDays(-1).toString(Qt::ISODate));
            else if (f.field == u"sale_details"_s && rng.below(5) == 0)
                ok = service.checkField(agent, *id, f.field, false, f.submitted + u"；另含 2 天培训"_s);
            else
                ok = service.checkField(agent, *id, f.field, true);
            if (!ok)
                return std::unexpected(ok.error());
        }
        for (const QString &item : checklistKeys()) {
            const bool noted = item == u"dongle_no"_s && rng.below(5) == 0;
            if (auto ok = service.setChecklistItem(agent, *id, item, !noted, noted ? u"加密狗尚未寄到，到货后再核对"_s : QString());
                !ok)
                return std::unexpected(ok.error());
        }
        const int needCount = 1 + rng.below(3);
        QSet<int> taken;
        for (int n = 0; n < needCount; ++n) {
            const int which = rng.below(int(needSeeds().size()));
            if (taken.contains(which))
                continue;
            taken.insert(which);
            const NeedSeed &seed = needSeeds().at(which);
            auto need = service.addNeed(agent, *id, seed.type, seed.text, ctx.departmentIds.value(seed.department));
            if (!need)
                return std::unexpected(need.error());
            ++needsMade;
        }
        clock = calendar.addWorkingMinutes(clock, 10 + rng.below(20));
        if (clock >= now)
            continue;
        pin.set(clock);
        auto verified = service.verify(agent, *id, version);
        if (!verified)
            return std::unexpected(verified.error());
        version = verified->version;
        if (goal == Goal::Verified)
            continue;
        clock = calendar.addWorkingMinutes(clock, 2 + rng.below(10));
        if (clock >= now)
            continue;
        pin.set(clock);
        auto recorded = service.recordNeeds(agent, *id, version);
        if (!recorded)
            return std::unexpected(recorded.error());
    }

    // Closing time of each working day: its digests; the heads took all but the last day's.
    DigestService digests(ctx.db, calendar);
    int digestCount = 0;
    QDate lastClosed;
    for (QDate day = today.addDays(-16); day <= today; day = day.addDays(1)) {
        const qint64 closing = closingTime(calendar, day);
        if (closing <= 0 || closing > now)
            continue;
        pin.set(closing);
        auto built = digests.buildDue(closing);
        if (!built)
            return std::unexpected(built.error());
        digestCount += *built;
        lastClosed = day;
    }
    auto stored = digests.list(1000);
    if (!stored)
        return std::unexpected(stored.error());
    std::sort(stored->begin(), stored->end(), [](const Digest &a, const Digest &b) {
        return a.day != b.day ? a.day < b.day : a.departmentId < b.departmentId;
    });
    for (const Digest &g : std::as_const(*stored)) {
        if (g.day == lastClosed || g.headId <= 0)
            continue;
        const qint64 handed = calendar.addWorkingMinutes(closingTime(calendar, g.day), 20 + rng.below(120));
        if (handed >= now)
            continue;
        pin.set(handed);
        const Session head{g.headId, {}, g.headName, {Role::DepartmentHead}};
        if (auto ok = digests.handOff(head, g.id, g.version); !ok)
            return std::unexpected(ok.error());
    }

    counts.insert(u"first-visit submissions"_s, made);
    counts.insert(u"first-visit call attempts"_s, attempts);
    counts.insert(u"first-visit needs"_s, needsMade);
    counts.insert(u"first-visit digests"_s, digestCount);
    return {};
}

} // namespace sd::core::demo
