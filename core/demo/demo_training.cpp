// The training roster's demo: the teachers' courses for the demo products and about ten sessions
// in every state — closed with scores and a passed re-sit, scored with a re-sit to come, held
// with attendance, full with a waiting list and a promotion, open with students from first-visit
// needs and operation-problem calls, planned, cancelled with notices — made through
// TrainingService on a replayed clock (numbers, audit trail and notices as the desk makes them).
#include "core/calendar/calendarrepository.h"
#include "core/demo/demoworkflows.h"
#include "core/training/trainingservice.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sd::core::demo {

namespace {

struct CourseSeed {
    const char16_t *title;
    const char16_t *kind;
    const char16_t *product;
    const char16_t *modules;
    const char16_t *outline;
    int hours;
    int passMark;
};

const CourseSeed kCourses[] = {
    {u"U8+ 总账与报表操作培训", u"operation", u"用友U8+", u"总账、UFO报表",
     u"凭证录入、审核与记账；月末结账；常用账簿查询；UFO 报表取数公式与报表生成", 14, 60},
    {u"U8+ 供应链日常业务操作", u"operation", u"用友U8+", u"采购、销售、库存管理",
     u"采购订单到入库；销售订单到出库；库存盘点；常见单据错误处理", 7, 60},
    {u"U8+ 薪资管理与个税申报", u"operation", u"用友U8+", u"薪资管理",
     u"工资类别与项目设置；计件与计时工资；个税专项附加扣除；银行代发文件", 7, 70},
    {u"U8+ 年度结转业务培训", u"business", u"用友U8+", u"总账、存货核算",
     u"年结前数据检查；结转上年数据；新年度账套建立；年结常见问题", 7, 60},
    {u"NC Cloud 2312 升级培训", u"upgrade", u"用友NC Cloud", u"财务会计",
     u"新版本功能变化；升级后业务流程调整；报表与凭证模板迁移", 7, 60},
    {u"畅捷通T+Cloud 新版本功能培训", u"upgrade", u"畅捷通T+Cloud", u"总账、库存管理",
     u"新版本界面与菜单变化；移动端审批；数据迁移注意事项", 3, 60},
    {u"NC Cloud 合并报表业务培训", u"business", u"用友NC Cloud", u"合并报表",
     u"合并范围与抵销规则；内部交易对账；合并报表出具与分析", 7, 75},
    {u"U8+ 存货核算操作培训", u"operation", u"用友U8+", u"存货核算",
     u"计价方式；期末处理；出库成本计算；暂估与回冲", 7, 60},
};

const char16_t *kSurnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"赵", u"黄", u"周", u"吴", u"徐", u"孙", u"胡", u"朱", u"高", u"林"};
const char16_t *kGiven[] = {u"丽", u"静", u"敏", u"伟", u"芳", u"娜", u"秀英", u"磊", u"洋", u"艳",
                            u"勇", u"杰", u"娟", u"涛", u"明", u"超", u"霞", u"平", u"刚", u"桂英"};

class DemoRoster
{
public:
    DemoRoster(const DemoContext &ctx, TrainingService service, ScopedClock &clock)
        : m_ctx(ctx), m_service(std::move(service)), m_clock(clock), m_rng(ctx.seed ^ 0x7a11e5u),
          m_zone(m_service.calendar().timeZone())
    {
        m_teacher = {ctx.staffIds.value(u"trainer"_s), u"trainer"_s, u"宋雪"_s, {Role::Trainer, Role::DepartmentHead}};
        m_hotline = {ctx.staffIds.value(u"hotline1"_s), u"hotline1"_s, u"张敏"_s, {Role::HotlineOperator}};
    }

    Status courses()
    {
        for (const CourseSeed &c : kCourses) {
            TrainingCourse course{0, 0, QString::fromUtf16(c.title), QString::fromUtf16(c.kind),
                                  QString::fromUtf16(c.product), QString::fromUtf16(c.modules),
                                  QString::fromUtf16(c.outline), c.hours, c.passMark, false};
            auto id = m_service.createCourse(m_teacher, course);
            if (!id)
                return std::unexpected(id.error());
            m_courses << *id;
        }
        // An old course, retired: its sessions stay in the records, no new ones.
        TrainingCourse old{0, 0, u"U8 13.0 总账操作培训（旧版）"_s, u"operation"_s, u"用友U8+"_s, u"总账"_s, {}, 7, 60, false};
        auto id = m_service.createCourse(m_teacher, old);
        if (!id)
            return std::unexpected(id.error());
        return m_service.retireCourse(m_teacher, *id, 1);
    }

    /// A session `dayOffset` working days from today (negative: in the past), planned 20 days
    /// before it starts, driven to `state` with `students` registrations.
    Status session(int course, int dayOffset, int days, const QString &place, int capacity, const QString &state,
                   int students)
    {
        const QDate first = workingDay(dayOffset);
        const QDate last = days > 1 && m_service.calendar().isWorkingDay(first.addDays(1)) ? first.addDays(1) : first;
        SessionPlan p;
        p.courseId = m_courses.at(course);
        p.teacherId = m_teacher.staffId;
        p.startsAt = QDateTime(first, QTime(9, 0), m_zone).toMSecsSinceEpoch();
        p.endsAt = QDateTime(last, QTime(16, 30), m_zone).toMSecsSinceEpoch();
        (place.startsWith(u"https://"_s) ? p.onlineLink : p.room) = place;
        p.capacity = capacity;
        m_clock.set(std::min(p.startsAt - 20LL * 86400000, m_ctx.nowMs - 3600000));
        auto planned = m_service.plan(m_teacher, p);
        if (!planned)
            return std::unexpected(planned.error());
        m_current = *planned;
        if (state == training::Planned)
            return {};
        if (auto ok = step(training::OpenRegistration); !ok)
            return ok;
        if (auto ok = fromDemand(state == training::Open ? 2 : 0); !ok)
            return ok;
        for (int i = m_current.registered + m_current.waiting; i < students; ++i)
            if (auto ok = registerSomeone(); !ok)
                return ok;
        return drive(state, first, last);
    }

private:
    /// A working day near today + offset that no other demo session uses (one teacher teaches them all).
    QDate workingDay(int offset)
    {
        QDate d = QDateTime::fromMSecsSinceEpoch(m_ctx.nowMs, m_zone).date().addDays(offset);
        while (!m_service.calendar().isWorkingDay(d) || m_used.contains(d) || m_used.contains(d.addDays(1)))
            d = d.addDays(offset < 0 ? -1 : 1);
        m_used << d << d.addDays(1);
        return d;
    }

    Status step(const QString &action, const QVariantMap &fields = {}, const Session *who = nullptr)
    {
        auto done = m_service.act(who ? *who : m_teacher, m_current.id, m_current.version, action, fields);
        if (!done)
            return std::unexpected(done.error());
        m_current = *done;
        return {};
    }

    QString someName() { return QString::fromUtf16(kSurnames[m_rng.bounded(16)]) + QString::fromUtf16(kGiven[m_rng.bounded(20)]); }

    Status registerSomeone()
    {
        const qint64 customer = 1 + m_rng.bounded(quint32(m_ctx.customers));
        const QString phone = u"13%1"_s.arg(100000000 + m_rng.bounded(800000000u));
        return step(training::Register,
                    {{u"student_name"_s, someName()}, {u"student_phone"_s, phone}, {u"customer_id"_s, customer}});
    }

    /// Students from the demand: first-visit training needs (the teacher takes them up) and
    /// operation-problem calls (registered by the hotline desk).
    Status fromDemand(int each)
    {
        if (each <= 0)
            return {};
        auto candidates = m_service.candidates(m_current.id);
        if (!candidates)
            return std::unexpected(candidates.error());
        int needs = 0;
        int calls = 0;
        QSet<QString> people;
        for (const TrainingCandidate &c : std::as_const(*candidates)) {
            const bool need = c.source == u"need"_s;
            const QString person = QString::number(c.customerId) + u'|' + c.contactName;
            if ((need ? needs : calls) >= each || c.contactName.isEmpty() || people.contains(person))
                continue;
            people << person;
            QVariantMap f{{u"student_name"_s, c.contactName},
                          {u"student_phone"_s, c.phone},
                          {u"customer_id"_s, c.customerId},
                          {u"source"_s, c.source},
                          {need ? u"need_id"_s : u"call_id"_s, c.id}};
            if (c.contactId > 0)
                f.insert(u"contact_id"_s, c.contactId);
            if (auto ok = step(training::Register, f, need ? &m_teacher : &m_hotline); !ok)
                return ok;
            ++(need ? needs : calls);
        }
        return {};
    }

    Status drive(const QString &state, const QDate &first, const QDate &last)
    {
        if (state == training::Open || state == training::Full)
            return state == training::Full ? cancelOneSeat() : Status{};
        if (state == training::Cancelled)
            return step(training::Cancel, {{u"cancel_reason"_s, u"讲师临时出差，课程改期另行通知"_s}});
        m_clock.set(QDateTime(last, QTime(17, 0), m_zone).toMSecsSinceEpoch());
        if (auto ok = step(training::Start); !ok)
            return ok;
        if (auto ok = attendance(first, last); !ok)
            return ok;
        if (state == training::Held)
            return {};
        if (auto ok = scores(); !ok)
            return ok;
        if (auto ok = step(training::FinishScoring); !ok)
            return ok;
        if (state == training::Scored)
            return {};
        m_clock.set(QDateTime(last.addDays(7), QTime(10, 0), m_zone).toMSecsSinceEpoch());
        if (auto ok = resits(); !ok)
            return ok;
        return step(training::Close);
    }

    /// A seat given back on a full session: the first student waiting moves up.
    Status cancelOneSeat()
    {
        auto roster = m_service.registrations(m_current.id);
        if (!roster)
            return std::unexpected(roster.error());
        return step(training::CancelRegistration,
                    {{u"registration_id"_s, roster->first().id}, {u"reason"_s, u"学员当天需参加公司月结会议"_s}});
    }

    Status attendance(const QDate &first, const QDate &last)
    {
        auto roster = m_service.registrations(m_current.id);
        if (!roster)
            return std::unexpected(roster.error());
        for (QDate d = first; d <= last; d = d.addDays(1))
            for (const TrainingRegistration &r : std::as_const(*roster)) {
                if (r.status != training::Registered && r.status != training::Promoted)
                    continue;
                const bool present = m_rng.bounded(10) > 0;
                if (auto ok = step(training::RecordAttendance, {{u"registration_id"_s, r.id}, {u"day"_s, d.toString(Qt::ISODate)},
                                                                {u"present"_s, present ? 1 : 0},
                                                                {u"note"_s, present ? QString() : u"请假"_s}});
                    !ok)
                    return ok;
            }
        return {};
    }

    Status scores()
    {
        auto roster = m_service.registrations(m_current.id);
        if (!roster)
            return std::unexpected(roster.error());
        int i = 0;
        for (const TrainingRegistration &r : std::as_const(*roster)) {
            if (r.daysPresent == 0)
                continue;
            // Mostly passes; every fourth student below the mark.
            const int score = ++i % 4 == 0 ? 40 + int(m_rng.bounded(15)) : 66 + int(m_rng.bounded(33));
            if (auto ok = step(training::RecordScore, {{u"registration_id"_s, r.id}, {u"score"_s, score}}); !ok)
                return ok;
        }
        return {};
    }

    /// The students who failed sit the exam again and pass.
    Status resits()
    {
        auto roster = m_service.registrations(m_current.id);
        if (!roster)
            return std::unexpected(roster.error());
        for (const TrainingRegistration &r : std::as_const(*roster))
            if (r.attempts > 0 && !r.passed)
                if (auto ok = step(training::RecordScore, {{u"registration_id"_s, r.id}, {u"score"_s, 72 + int(m_rng.bounded(20))},
                                                           {u"note"_s, u"补考"_s}});
                    !ok)
                    return ok;
        return {};
    }

    const DemoContext &m_ctx;
    TrainingService m_service;
    ScopedClock &m_clock;
    QRandomGenerator m_rng;
    QTimeZone m_zone;
    Session m_teacher;
    Session m_hotline;
    QList<qint64> m_courses;
    TrainingSession m_current;
    QSet<QDate> m_used;
};

} // namespace

Status demoTraining(const DemoContext &ctx, DemoCounts &counts)
{
    if (ctx.customers <= 0 || !ctx.staffIds.contains(u"trainer"_s))
        return {};
    auto calendar = CalendarRepository(ctx.db).load();
    if (!calendar)
        return std::unexpected(calendar.error());
    ScopedClock clock(ctx.nowMs);
    DemoRoster roster(ctx, TrainingService(ctx.db, *calendar), clock);
    if (auto ok = roster.courses(); !ok)
        return ok;
    using namespace training;
    struct Plan {
        int course;
        int dayOffset;   // working days from today, roughly
        int days;
        QString place;
        int capacity;
        QString state;
        int students;
    };
    const QList<Plan> plans = {
        {0, -40, 2, u"培训一室（望京锐创国际中心 A 座 12 层）"_s, 12, Closed, 9},
        {1, -30, 1, u"培训二室"_s, 10, Closed, 7},
        {1, -12, 1, u"培训一室（望京锐创国际中心 A 座 12 层）"_s, 10, Scored, 6},
        {4, -3, 1, u"https://meeting.tencent.com/dm/NC2312up"_s, 40, Held, 8},
        {3, 7, 1, u"培训二室"_s, 6, Full, 8},
        {2, 10, 1, u"培训一室（望京锐创国际中心 A 座 12 层）"_s, 12, Open, 3},
        {5, 14, 1, u"https://meeting.tencent.com/dm/TplusCloud18"_s, 30, Open, 2},
        {0, 21, 2, u"培训一室（望京锐创国际中心 A 座 12 层）"_s, 12, Planned, 0},
        {6, 28, 1, u"培训二室"_s, 15, Planned, 0},
        {7, 5, 1, u"培训一室（望京锐创国际中心 A 座 12 层）"_s, 10, Cancelled, 3},
    };
    for (const Plan &p : plans)
        if (auto ok = roster.session(p.course, p.dayOffset, p.days, p.place, p.capacity, p.state, p.students); !ok)
            return ok;
    counts.insert(u"training sessions"_s, int(plans.size()));
    return {};
}

} // namespace sd::core::demo
