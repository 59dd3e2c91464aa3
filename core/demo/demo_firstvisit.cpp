// Demo set of the first-visit desk: about 60 submissions of the past two weeks in every state,
// made through FirstVisitService on a replayed clock (so the attempts, retries on the business
// calendar, checklist, needs, audit trail and daily digests are exactly what the desk makes).
#include "core/calendar/calendarrepository.h"
#include "core/csv/customercsv.h"
#include "core/demo/demoworkflows.h"
#include "core/firstvisit/digestservice.h"
#include "core/firstvisit/firstvisitservice.h"
#include "core/firstvisit/schedule.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace sd::core::firstvisit;

namespace sd::core::demo {

namespace {

struct Names {
    QStringList cities{u"北京"_s, u"天津"_s, u"廊坊"_s, u"保定"_s, u"石家庄"_s, u"唐山"_s, u"北京朝阳"_s, u"北京海淀"_s};
    QStringList cores{u"恒信"_s, u"华泰"_s, u"金桥"_s, u"德润"_s, u"鼎盛"_s, u"中诚"_s, u"宏远"_s, u"瑞丰"_s,
                      u"永安"_s, u"博雅"_s, u"嘉禾"_s, u"东方红"_s, u"新锐"_s, u"聚源"_s, u"海川"_s, u"正泰"_s};
    QStringList trades{u"机械制造有限公司"_s, u"商贸有限公司"_s, u"物流有限公司"_s, u"食品有限公司"_s,
                       u"医药连锁有限公司"_s, u"建材有限公司"_s, u"电子科技有限公司"_s, u"物业管理有限公司"_s};
    QStringList streets{u"建国路"_s, u"中关村大街"_s, u"南京路"_s, u"友谊路"_s, u"新华路"_s, u"人民路"_s, u"和平路"_s};
    QStringList surnames{u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"赵"_s, u"黄"_s, u"周"_s, u"吴"_s};
    QStringList titles{u"财务经理"_s, u"会计主管"_s, u"信息部主任"_s, u"总经理助理"_s, u"仓库主管"_s};
    QStringList products{u"用友U8+ 16.0"_s, u"用友U8+ 15.1"_s, u"畅捷通T+Cloud 18.0"_s, u"畅捷通T3 11.2"_s,
                         u"用友NC Cloud 2312"_s, u"畅捷通T6 7.2"_s};
    QStringList modules{u"总账,UFO报表,应收应付"_s, u"总账,出纳管理,库存管理"_s, u"供应链,存货核算"_s,
                        u"薪资管理,人力资源"_s, u"财务会计,管理会计"_s};
};

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
    const qint64 callerClock = Database::nowMs();
    const bool callerPinned = qAbs(callerClock - QDateTime::currentMSecsSinceEpoch()) > 60000;
    struct Restore {
        bool pinned;
        qint64 clock;
        ~Restore() { Database::setClockForTesting(pinned ? clock : 0); }
    } restore{callerPinned, callerClock};

    Rng rng(ctx.seed ^ 0x3f8f30a0u);
    const Names names;
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
    const int total = 60;
    for (int i = 0; i < total; ++i) {
        const QDate day = today.addDays(-rng.below(15));
        const QDateTime opening = calendar.nextWorkingTime(QDateTime(day, QTime(0, 0), calendar.timeZone()));
        const qint64 t = calendar.addWorkingMinutes(opening.toMSecsSinceEpoch(),
                                                    rng.below(calendar.minutesPerWorkingDay() - 30));
        submittedAt << (t < now - 10 * 60000 ? t : now - (10 + rng.below(120)) * 60000);
    }
    std::sort(submittedAt.begin(), submittedAt.end());

    int made = 0, attempts = 0, needsMade = 0;
    QSet<QString> usedNames;
    for (int i = 0; i < total; ++i) {
        qint64 clock = submittedAt.at(i);
        const double ageDays = double(now - clock) / 86400000.0;
        const Session &seller = sales.at(rng.below(int(sales.size())));
        const Session &agent = agents.at(rng.below(int(agents.size())));

        Submission s;
        QString name;
        for (int guard = 0; guard < 20 && (name.isEmpty() || usedNames.contains(name)); ++guard)
            name = rng.oneOf(names.cities) + rng.oneOf(names.cores) + rng.oneOf(names.trades);
        usedNames.insert(name);
        s.customer.name = name;
        s.customer.address = u"%1市%2%3号"_s.arg(rng.oneOf(names.cities).left(2), rng.oneOf(names.streets))
                                 .arg(1 + rng.below(300));
        s.customer.region = name.startsWith(u"北京"_s) ? RegionClass::SameCity : RegionClass::Nearby;
        s.customer.serviceCode = u"FV%1%2"_s.arg(today.year() % 100, 2, 10, QChar(u'0')).arg(10000 + i * 37 + rng.below(30));
        s.customer.dongleNo = u"UF%1"_s.arg(3000000 + rng.below(999999));
        Contact contact;
        contact.name = rng.oneOf(names.surnames) + (rng.below(2) ? u"经理"_s : u"会计"_s);
        contact.title = rng.oneOf(names.titles);
        contact.phones = {{0, u"1%1%2 %3 %4"_s.arg(3 + rng.below(7)).arg(rng.below(10)).arg(1000 + rng.below(9000))
                                  .arg(1000 + rng.below(9000)),
                           u"mobile"_s}};
        if (rng.below(2))
            contact.phones.append({0, u"010-6%1 %2"_s.arg(100 + rng.below(900)).arg(1000 + rng.below(9000)), u"office"_s});
        s.customer.contacts = {contact};
        PurchasedProduct product = parsePurchasedProduct(rng.oneOf(names.products));
        product.modules = rng.oneOf(names.modules);
        product.licences = 2 + rng.below(20);
        s.customer.products = {product};
        Contract k;
        k.type = rng.below(3) ? u"SPS"_s : u"standard"_s;
        k.startsOn = QDateTime::fromMSecsSinceEpoch(clock, calendar.timeZone()).date();
        k.endsOn = k.startsOn.addYears(1).addDays(-1);
        k.freeUpgrade = k.type == u"SPS"_s;
        s.customer.contracts = {k};
        s.saleDate = k.startsOn.addDays(-rng.below(5));
        s.saleDetails = u"%1，%2 用户，含实施 %3 人天"_s.arg(product.product).arg(product.licences).arg(2 + rng.below(10));

        Database::setClockForTesting(clock);
        auto dup = service.possibleDuplicates(s);
        if (!dup)
            return std::unexpected(dup.error());
        auto id = service.submit(seller, s, true);
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
            Database::setClockForTesting(clock);
            const QString outcome = f == 2 && goal == Goal::Unreachable && rng.below(3) == 0 ? u"wrong_number"_s
                                                                                          : failed.at(rng.below(3));
            static const QStringList notes{u""_s, u"无人接听"_s, u"前台说联系人外出"_s, u"占线"_s, u""_s};
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
            Database::setClockForTesting(clock);
            auto fv = service.withdraw(seller, *id, version, u"联系多次未果，经与客户老板确认暂缓，撤回提交"_s);
            if (!fv)
                return std::unexpected(fv.error());
            continue;
        }
        if (clock >= now)
            continue;
        // The call that reached the customer: fields, checklist, needs.
        Database::setClockForTesting(clock);
        auto reached = service.logAttempt(agent, *id, version, u"reached"_s, u"联系人接听，配合核实"_s);
        if (!reached)
            return std::unexpected(reached.error());
        version = reached->version;
        ++attempts;
        for (const FieldCheck &f : reached->fields) {
            Status ok;
            if (f.field == u"address"_s && rng.below(4) == 0)
                ok = service.checkField(agent, *id, f.field, false, f.submitted + u"（东门）"_s);
            else if (f.field == u"contract"_s && f.submitted.startsWith(u"standard"_s) && rng.below(3) == 0)
                ok = service.checkField(agent, *id, f.field, false, u"SPS"_s + f.submitted.mid(8));
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
        Database::setClockForTesting(clock);
        auto verified = service.verify(agent, *id, version);
        if (!verified)
            return std::unexpected(verified.error());
        version = verified->version;
        if (goal == Goal::Verified)
            continue;
        clock = calendar.addWorkingMinutes(clock, 2 + rng.below(10));
        if (clock >= now)
            continue;
        Database::setClockForTesting(clock);
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
        Database::setClockForTesting(closing);
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
        Database::setClockForTesting(handed);
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
