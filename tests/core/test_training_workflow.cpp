// Training roster (SPEC §3.5, issue 13): capacity and the waiting list with promotion, clashes of
// teacher and room, sessions off working hours, cancellation with notices, attendance, scores and
// re-sits, demand from first-visit needs and operation-problem calls, permissions by role and by
// the session's teacher, and bad input — each refusal changing nothing — on SQLite and PostgreSQL.
#include "core/audit/audit.h"
#include "core/records/customerrepository.h"
#include "core/training/trainingservice.h"
#include "tests/support/testdb.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

qint64 at(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}

/// The training department of these tests: two teachers, the desks that register, a customer
/// who bought 用友U8+ (contact 王丽) and another customer, a U8+ course.
struct Roster {
    TestDatabase t;
    Session teacher, teacher2, hotline, agent, account, engineer;
    qint64 customerId = 0;
    qint64 otherCustomerId = 0;
    qint64 contactId = 0;
    qint64 courseId = 0;
    BusinessCalendar calendar;
    int m_planned = 0;
    QHash<Role, Session> m_byRole;

    explicit Roster(Backend backend) : t(TestDatabase::create(backend))
    {
        teacher = t.sessionWith({Role::Trainer}, u"宋雪"_s);
        teacher2 = t.sessionWith({Role::Trainer}, u"李明"_s);
        hotline = t.sessionWith({Role::HotlineOperator}, u"张敏"_s);
        agent = t.sessionWith({Role::FirstVisitAgent}, u"彭丽"_s);
        account = t.sessionWith({Role::AccountManager}, u"唐文"_s);
        engineer = t.sessionWith({Role::ServiceEngineer}, u"孙浩"_s);
        customerId = customer(u"北京华信商贸有限公司"_s, u"王丽"_s, u"010-6588 1234"_s);
        otherCustomerId = customer(u"天津宏达机械有限公司"_s, u"赵刚"_s, u"022-2345 6789"_s);
        auto contact = t.db().scalar(u"SELECT id FROM contacts WHERE customer_id = ?"_s, {customerId});
        REQUIRE(contact);
        contactId = contact->toLongLong();
        // National Day 2026 (Oct 1–7).
        for (int d = 1; d <= 7; ++d)
            calendar.setDay({QDate(2026, 10, d), DayKind::Holiday, u"国庆节"_s});
        TrainingCourse c{0, 0, u"U8+ 总账与报表操作培训"_s, u"operation"_s, u"用友U8+"_s, u"总账、UFO报表"_s,
                         u"凭证、记账、结账、报表"_s, 14, 60, false};
        auto id = service().createCourse(teacher, c);
        REQUIRE(id);
        courseId = *id;
    }

    qint64 customer(const QString &name, const QString &contact, const QString &phone)
    {
        Customer c;
        c.name = name;
        Contact p;
        p.name = contact;
        p.phones = {{0, phone, u"office"_s}};
        c.contacts = {p};
        PurchasedProduct u8;
        u8.product = u"用友U8+"_s;
        u8.productVersion = u"16.0"_s;
        c.products = {u8};
        auto id = CustomerRepository(t.db()).create(t.admin(), c);
        REQUIRE(id);
        return *id;
    }

    TrainingService service() const { return TrainingService(t.db(), calendar); }

    /// A plan on Tuesday 2026-11-10, 09:00–16:30, room 培训一室, taught by `teacher`.
    SessionPlan plan(int capacity = 10) const
    {
        SessionPlan p;
        p.courseId = courseId;
        p.teacherId = teacher.staffId;
        p.startsAt = at(2026, 11, 10, 9, 0);
        p.endsAt = at(2026, 11, 10, 16, 30);
        p.room = u"培训一室"_s;
        p.capacity = capacity;
        return p;
    }

    TrainingSession planned(const SessionPlan &p)
    {
        auto s = service().plan(teacher, p);
        INFO((s ? std::string() : s.error().message.toStdString()));
        REQUIRE(s);
        return *s;
    }

    TrainingSession step(const TrainingSession &s, const Session &who, const QString &action, const QVariantMap &fields = {})
    {
        auto r = service().act(who, s.id, s.version, action, fields);
        INFO(action.toStdString() << ": " << (r ? std::string() : r.error().message.toStdString()));
        REQUIRE(r);
        return *r;
    }

    QVariantMap student(const QString &name, const QString &phone = {}) const
    {
        return {{u"student_name"_s, name}, {u"student_phone"_s, phone}, {u"customer_id"_s, customerId}};
    }

    TrainingSession open(int capacity = 10) { return step(planned(plan(capacity)), teacher, training::OpenRegistration); }

    QList<TrainingRegistration> roster(qint64 sessionId) const
    {
        auto r = service().registrations(sessionId);
        REQUIRE(r);
        return *r;
    }

    /// A plan `k` working days after Monday 2026-11-16 (the sessions of one test never clash).
    SessionPlan nextPlan(int capacity = 10)
    {
        QDate day(2026, 11, 16);
        for (int k = m_planned++;; day = day.addDays(1))
            if (day.dayOfWeek() <= 5 && k-- == 0)
                break;
        SessionPlan p = plan(capacity);
        p.startsAt = QDateTime(day, QTime(9, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
        p.endsAt = QDateTime(day, QTime(16, 30), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
        return p;
    }

    /// A session driven to `state` along the usual path (the clock moves to the session's day).
    TrainingSession sessionIn(const QString &state, ScopedClock &clock)
    {
        const SessionPlan p = nextPlan(state == training::Full ? 1 : 10);
        if (state == training::Planned)
            return planned(p);
        if (state == training::Cancelled)
            return step(planned(p), teacher, training::Cancel, {{u"cancel_reason"_s, u"讲师出差"_s}});
        TrainingSession s = step(planned(p), teacher, training::OpenRegistration);
        s = step(s, teacher, training::Register, student(u"王丽"_s, u"010-6588 1234"_s));
        s = step(s, teacher, training::Register, student(u"陈晨"_s, u"13911112222"_s));   // waiting when full
        if (state == training::Open || state == training::Full)
            return s;
        clock.set(p.startsAt + 8 * 3600000LL);
        s = step(s, teacher, training::Start);
        if (state == training::Held)
            return s;
        const QList<TrainingRegistration> r = roster(s.id);
        s = step(s, teacher, training::RecordScore, {{u"registration_id"_s, r.at(0).id}, {u"score"_s, 55}});
        s = step(s, teacher, training::FinishScoring);
        if (state == training::Scored)
            return s;
        REQUIRE(state == training::Closed);
        return step(s, teacher, training::Close);
    }

    /// One member of staff per role, made once.
    const Session &holding(Role role)
    {
        if (!m_byRole.contains(role))
            m_byRole.insert(role, t.sessionWith({role}));
        return m_byRole[role];
    }

    /// What a refusal must leave as it was: every training table, the needs, the audit trail
    /// (refusals aside) and the session's row.
    QString snapshot(qint64 sessionId) const
    {
        QStringList parts;
        for (const QString &table : {u"training_courses"_s, u"training_sessions"_s, u"training_students"_s,
                                     u"training_registrations"_s, u"training_attendance"_s, u"training_scores"_s,
                                     u"training_notices"_s, u"number_sequences"_s})
            parts << t.db().scalar(u"SELECT COUNT(*) FROM "_s + table)->toString();
        parts << t.db().scalar(u"SELECT COUNT(*) FROM audit WHERE action NOT LIKE 'forbidden:%'"_s)->toString();
        auto states = t.db().exec(u"SELECT id, state, version FROM first_visit_needs ORDER BY id"_s);
        REQUIRE(states);
        while (states->next())
            parts << states->value(0).toString() + states->value(1).toString() + states->value(2).toString();
        if (sessionId > 0) {
            auto q = t.db().exec(u"SELECT * FROM training_sessions WHERE id = ?"_s, {sessionId});
            REQUIRE(q);
            REQUIRE(q->next());
            const QVariantMap row = rowMap(*q);
            for (auto it = row.cbegin(); it != row.cend(); ++it)
                parts << it.key() + u'=' + it.value().toString();
        }
        return parts.join(u'|');
    }

    /// A first-visit training need of `customer`, recorded (as the first-visit desk leaves it).
    qint64 trainingNeed(qint64 customer, const QString &text)
    {
        auto dept = t.db().insertReturningId(u"INSERT INTO departments (name, version, created_at, updated_at) "
                                             "VALUES (?, 1, 0, 0)"_s,
                                             {u"培训部 %1"_s.arg(customer)});
        REQUIRE(dept);
        auto visit = t.db().insertReturningId(u"INSERT INTO first_visits (customer_id, state, submitted_at, created_at, updated_at) "
                                              "VALUES (?, 'handed_off', ?, ?, ?)"_s,
                                              {customer, Database::nowMs(), Database::nowMs(), Database::nowMs()});
        REQUIRE(visit);
        auto need = t.db().insertReturningId(
            u"INSERT INTO first_visit_needs (first_visit_id, customer_id, need_type, description, department_id, state, "
            "recorded_at, created_at, updated_at) VALUES (?, ?, 'training', ?, ?, 'open', ?, ?, ?)"_s,
            {*visit, customer, text, *dept, Database::nowMs(), Database::nowMs(), Database::nowMs()});
        REQUIRE(need);
        return *need;
    }

    /// A hotline call of `customer` on 用友U8+ classed as `problemClass`.
    qint64 call(qint64 customer, const QString &problemClass, const QString &text)
    {
        static int n = 0;
        auto id = t.db().insertReturningId(
            u"INSERT INTO hotline_calls (call_no, state, customer_id, contact_id, caller_name, caller_phone, channel, "
            "problem_class, fault_level, product, description, opened_at, created_at, updated_at) "
            "VALUES (?, 'closed', ?, ?, ?, ?, 'phone', ?, 4, '用友U8+', ?, ?, ?, ?)"_s,
            {u"RX-T-%1"_s.arg(++n), customer, customer == customerId ? QVariant(contactId) : QVariant(), u"王丽"_s,
             u"010-6588 1234"_s, problemClass, text, Database::nowMs() - 86400000, Database::nowMs(), Database::nowMs()});
        REQUIRE(id);
        return *id;
    }
};

void requireRefused(Roster &r, const TrainingSession &s, const Session &who, const QString &action, const QVariantMap &fields,
                    ErrorCode code, const QString &field = {}, const QString &mentions = {})
{
    const QString before = r.snapshot(s.id);
    auto refused = r.service().act(who, s.id, s.version, action, fields);
    CAPTURE(action, field);
    REQUIRE_FALSE(refused);
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().code == code);
    if (!field.isEmpty())
        CHECK(refused.error().field == field);
    if (!mentions.isEmpty())
        CHECK(refused.error().message.contains(mentions));
    CHECK(r.snapshot(s.id) == before);
}

void requirePlanRefused(Roster &r, const SessionPlan &p, const QString &field, const QString &mentions = {},
                        const Session *who = nullptr)
{
    const QString before = r.snapshot(0);
    auto refused = r.service().plan(who ? *who : r.teacher, p);
    CAPTURE(field);
    REQUIRE_FALSE(refused);
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().field == field);
    if (!mentions.isEmpty())
        CHECK(refused.error().message.contains(mentions));
    CHECK(r.snapshot(0) == before);
}

QStringList transitionsOf(const Roster &r, qint64 sessionId)
{
    auto trail = audit::forRecord(r.t.db(), u"training_sessions"_s, sessionId);
    REQUIRE(trail);
    QStringList out;
    for (const auto &e : *trail)
        if (e.action.startsWith(u"transition:"_s))
            out << e.action.mid(11);
    return out;
}

} // namespace

TEST_CASE("Training: a session fills up, a waiting list forms and moves up when a seat is given back", "[training][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock clock(at(2026, 11, 2, 9, 0)); // a Monday
    Roster r(backend);
    TrainingSession s = r.planned(r.plan(2));
    CHECK(s.sessionNo == u"PX2026-0001"_s);
    CHECK(s.state == training::Planned);
    CHECK(s.teacherName == u"宋雪"_s);
    CHECK(r.service().list()->size() == 1);
    CHECK(r.service().list(QString(training::Open))->isEmpty());
    s = r.step(s, r.teacher, training::OpenRegistration);
    CHECK(s.state == training::Open);

    // The contact 王丽 registers: a new student, linked to the customer and to her contact record.
    s = r.step(s, r.hotline, training::Register, r.student(u"王丽"_s, u"010 6588-1234"_s));
    CHECK(s.state == training::Open);
    CHECK(s.registered == 1);
    s = r.step(s, r.account, training::Register, r.student(u"陈晨"_s, u"13911112222"_s));
    CHECK(s.state == training::Full);   // the last seat went: the roster marked it full
    CHECK(s.registered == 2);
    s = r.step(s, r.agent, training::Register, r.student(u"刘洋"_s, u"13800001111"_s));
    CHECK(s.state == training::Full);
    CHECK(s.waiting == 1);
    QList<TrainingRegistration> list = r.roster(s.id);
    REQUIRE(list.size() == 3);
    CHECK(list.at(0).studentName == u"王丽"_s);
    CHECK(list.at(0).contactId == r.contactId);
    CHECK(list.at(0).customerId == r.customerId);
    CHECK(list.at(1).contactId == 0);
    CHECK(list.at(2).status == training::Waiting);
    CHECK(list.at(2).waitingPosition == 1);

    // The same person again is refused; on another session she is the same student.
    requireRefused(r, s, r.teacher, training::Register, r.student(u"王丽"_s, u"010-6588-1234"_s), ErrorCode::Invalid,
                   u"student_id"_s);

    // 王丽 gives her seat back: 刘洋 moves up (with a notice), the session stays full.
    s = r.step(s, r.hotline, training::CancelRegistration, {{u"registration_id"_s, list.at(0).id}, {u"reason"_s, u"出差"_s}});
    CHECK(s.state == training::Full);
    CHECK(s.registered == 2);
    CHECK(s.waiting == 0);
    list = r.roster(s.id);
    CHECK(list.at(1).studentName == u"刘洋"_s);
    CHECK(list.at(1).status == training::Promoted);
    CHECK(list.at(1).waitingPosition == 0);
    CHECK(list.at(2).status == training::RegistrationCancelled);
    auto notices = r.service().notices(s.id);
    REQUIRE(notices);
    REQUIRE(notices->size() == 1);
    CHECK(notices->first().kind == u"promoted"_s);
    CHECK(notices->first().studentName == u"刘洋"_s);
    CHECK(notices->first().message.contains(s.sessionNo));

    // A seat freed with nobody waiting: open again.
    s = r.step(s, r.teacher, training::CancelRegistration, {{u"registration_id"_s, list.at(0).id}});
    CHECK(s.state == training::Open);
    CHECK(s.registered == 1);
    requireRefused(r, s, r.teacher, training::CancelRegistration, {{u"registration_id"_s, list.at(0).id}},
                   ErrorCode::Invalid, u"registration_id"_s);
    CHECK(transitionsOf(r, s.id)
          == QStringList{u"open_registration"_s, u"register"_s, u"register"_s, u"mark_full"_s, u"register"_s,
                         u"cancel_registration"_s, u"cancel_registration"_s, u"reopen"_s});

    // Full and open follow the rows' conditions; nobody takes them by hand out of turn.
    requireRefused(r, s, r.teacher, training::MarkFull, {}, ErrorCode::NotAllowedInState, {}, u"1"_s);

    // More seats move the waiting list up at once.
    s = r.step(s, r.teacher, training::Register, r.student(u"王丽"_s, u"010-6588 1234"_s));
    s = r.step(s, r.teacher, training::Register, r.student(u"周杰"_s));
    CHECK(s.state == training::Full);
    CHECK(s.waiting == 1);
    s = r.step(s, r.teacher, training::UpdatePlan, {{u"capacity"_s, 4}});
    CHECK(s.state == training::Open);
    CHECK(s.registered == 3);
    CHECK(s.waiting == 0);
    auto students = r.t.db().scalar(u"SELECT COUNT(*) FROM training_students WHERE name = '王丽'"_s);
    CHECK(students->toInt() == 1);
    // Fewer seats than students holding one is refused.
    requireRefused(r, s, r.teacher, training::UpdatePlan, {{u"capacity"_s, 2}}, ErrorCode::Invalid, u"capacity"_s);
}

TEST_CASE("Training: a teacher and a room hold one session at a time", "[training][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock clock(at(2026, 11, 2, 9, 0));
    Roster r(backend);
    const TrainingSession first = r.planned(r.plan());

    // The same teacher in another room, overlapping: refused, naming the session.
    SessionPlan p = r.plan();
    p.room = u"培训二室"_s;
    p.startsAt = at(2026, 11, 10, 14, 0);
    p.endsAt = at(2026, 11, 10, 17, 0);
    requirePlanRefused(r, p, u"teacher_id"_s, first.sessionNo);
    // Another teacher in the same room: refused, naming the session and the room.
    p = r.plan();
    p.teacherId = r.teacher2.staffId;
    p.startsAt = at(2026, 11, 10, 8, 30);
    p.endsAt = at(2026, 11, 10, 9, 30);
    requirePlanRefused(r, p, u"room"_s, first.sessionNo);
    // Back to back is no clash; another room for another teacher neither.
    p.endsAt = at(2026, 11, 10, 9, 0);
    p.startsAt = at(2026, 11, 10, 8, 30);
    const TrainingSession early = r.planned(p);
    SessionPlan online = r.plan();
    online.teacherId = r.teacher2.staffId;
    online.room.clear();
    online.onlineLink = u"https://meeting.tencent.com/dm/abc"_s;
    online.startsAt = at(2026, 11, 10, 10, 0);
    online.endsAt = at(2026, 11, 10, 12, 0);
    r.planned(online);   // online: no room to clash in

    // Moving a session onto another's time is refused the same way; a cancelled one is no clash.
    requireRefused(r, early, r.teacher, training::UpdatePlan,
                   {{u"teacher_id"_s, r.teacher.staffId}, {u"starts_at"_s, at(2026, 11, 10, 8, 30)},
                    {u"ends_at"_s, at(2026, 11, 10, 10, 0)}},
                   ErrorCode::Invalid, u"teacher_id"_s, first.sessionNo);
    r.step(first, r.teacher, training::Cancel, {{u"cancel_reason"_s, u"改期"_s}});
    r.planned(r.plan());
}

TEST_CASE("Training: a session on a holiday or outside working hours needs confirming", "[training][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock clock(at(2026, 9, 21, 9, 0));
    Roster r(backend);
    SessionPlan p = r.plan();
    p.startsAt = at(2026, 10, 2, 9, 0);
    p.endsAt = at(2026, 10, 2, 16, 0);
    requirePlanRefused(r, p, u"confirm_off_hours"_s, u"国庆节"_s);
    p.startsAt = at(2026, 10, 17, 9, 0); // a Saturday
    p.endsAt = at(2026, 10, 17, 12, 0);
    requirePlanRefused(r, p, u"confirm_off_hours"_s, u"2026-10-17"_s);
    p.startsAt = at(2026, 10, 20, 18, 30); // an evening
    p.endsAt = at(2026, 10, 20, 20, 30);
    requirePlanRefused(r, p, u"confirm_off_hours"_s, u"18:30"_s);
    p.startsAt = at(2026, 10, 23, 9, 0);   // Friday to Monday, over the weekend
    p.endsAt = at(2026, 10, 26, 16, 0);
    requirePlanRefused(r, p, u"confirm_off_hours"_s, u"2026-10-24"_s);
    // Confirmed: planned, and the record says so.
    p.startsAt = at(2026, 10, 2, 9, 0);
    p.endsAt = at(2026, 10, 2, 16, 0);
    p.confirmOffHours = true;
    TrainingSession s = r.planned(p);
    CHECK(s.offHoursConfirmed);
    // A plan within working hours on a working day needs no confirmation.
    p.confirmOffHours = false;
    p.startsAt = at(2026, 10, 20, 9, 0);
    p.endsAt = at(2026, 10, 20, 17, 30);
    CHECK_FALSE(r.planned(p).offHoursConfirmed);
    CHECK(training::offHoursProblem(r.calendar, at(2026, 10, 21, 8, 30), at(2026, 10, 21, 17, 30)).isEmpty());
}

TEST_CASE("Training: a cancelled session notifies everyone registered or waiting", "[training][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock clock(at(2026, 11, 2, 9, 0));
    Roster r(backend);
    TrainingSession s = r.open(2);
    s = r.step(s, r.teacher, training::Register, r.student(u"王丽"_s));
    s = r.step(s, r.teacher, training::Register, r.student(u"陈晨"_s));
    s = r.step(s, r.teacher, training::Register, r.student(u"刘洋"_s));
    REQUIRE(s.state == training::Full);
    requireRefused(r, s, r.teacher, training::Cancel, {}, ErrorCode::Invalid, u"cancel_reason"_s);
    requireRefused(r, s, r.hotline, training::Cancel, {{u"cancel_reason"_s, u"x"_s}}, ErrorCode::Forbidden);
    s = r.step(s, r.teacher, training::Cancel, {{u"cancel_reason"_s, u"讲师临时出差，改期另行通知"_s}});
    CHECK(s.state == training::Cancelled);
    CHECK(s.cancelReason == u"讲师临时出差，改期另行通知"_s);
    CHECK(s.registered == 0);
    CHECK(s.waiting == 0);
    auto notices = r.service().notices(s.id);
    REQUIRE(notices);
    REQUIRE(notices->size() == 3);
    QStringList who;
    for (const TrainingNotice &n : *notices) {
        CHECK(n.kind == u"cancelled"_s);
        CHECK(n.message.contains(u"讲师临时出差"_s));
        who << n.studentName;
    }
    CHECK(who == QStringList{u"王丽"_s, u"陈晨"_s, u"刘洋"_s});
    for (const TrainingRegistration &g : r.roster(s.id))
        CHECK(g.status == training::RegistrationCancelled);
    requireRefused(r, s, r.teacher, training::Register, r.student(u"周杰"_s), ErrorCode::NotAllowedInState);
}

TEST_CASE("Training: attendance per day, exam scores by the pass mark, re-sits, and each student's and customer's record",
          "[training][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock clock(at(2026, 11, 2, 9, 0));
    Roster r(backend);
    SessionPlan p = r.plan();
    p.endsAt = at(2026, 11, 11, 16, 30); // two days
    TrainingSession s = r.step(r.planned(p), r.teacher, training::OpenRegistration);
    s = r.step(s, r.teacher, training::Register, r.student(u"王丽"_s, u"010-6588 1234"_s));
    s = r.step(s, r.teacher, training::Register, r.student(u"陈晨"_s));
    s = r.step(s, r.teacher, training::Register, r.student(u"刘洋"_s));
    const QList<TrainingRegistration> list = r.roster(s.id);
    const qint64 wang = list.at(0).id, chen = list.at(1).id, liu = list.at(2).id;

    // Not before it starts; then only by its own teacher.
    requireRefused(r, s, r.teacher, training::Start, {}, ErrorCode::NotAllowedInState, {}, u"2026-11-10 09:00"_s);
    clock.set(at(2026, 11, 10, 12, 0));
    requireRefused(r, s, r.teacher2, training::Start, {}, ErrorCode::Forbidden, {}, u"宋雪"_s);
    s = r.step(s, r.teacher, training::Start);
    CHECK(s.state == training::Held);

    auto attend = [&](qint64 reg, const QString &day, int present) {
        s = r.step(s, r.teacher, training::RecordAttendance, {{u"registration_id"_s, reg}, {u"day"_s, day}, {u"present"_s, present}});
    };
    attend(wang, u"2026-11-10"_s, 1);
    attend(chen, u"2026-11-10"_s, 1);
    attend(liu, u"2026-11-10"_s, 0);
    requireRefused(r, s, r.teacher, training::RecordAttendance,
                   {{u"registration_id"_s, wang}, {u"day"_s, u"2026-11-11"_s}, {u"present"_s, 1}}, ErrorCode::Invalid, u"day"_s);
    requireRefused(r, s, r.teacher, training::RecordAttendance,
                   {{u"registration_id"_s, wang}, {u"day"_s, u"2026-11-12"_s}, {u"present"_s, 1}}, ErrorCode::Invalid, u"day"_s);
    requireRefused(r, s, r.teacher2, training::RecordAttendance,
                   {{u"registration_id"_s, wang}, {u"day"_s, u"2026-11-10"_s}, {u"present"_s, 1}}, ErrorCode::Forbidden);
    clock.set(at(2026, 11, 11, 17, 0));
    attend(wang, u"2026-11-11"_s, 1);
    attend(chen, u"2026-11-11"_s, 0);
    attend(chen, u"2026-11-11"_s, 1); // corrected: same day, one row
    CHECK(r.t.db().scalar(u"SELECT COUNT(*) FROM training_attendance WHERE registration_id = ?"_s, {chen})->toInt() == 2);

    // Scores: pass by the course's mark (60); out of range refused.
    requireRefused(r, s, r.teacher, training::RecordScore, {{u"registration_id"_s, wang}, {u"score"_s, 101}}, ErrorCode::Invalid,
                   u"score"_s);
    requireRefused(r, s, r.teacher, training::FinishScoring, {}, ErrorCode::NotAllowedInState);
    s = r.step(s, r.teacher, training::RecordScore, {{u"registration_id"_s, wang}, {u"score"_s, 86}});
    // 陈晨 attended without a score yet: the results are not final (刘洋 was absent).
    requireRefused(r, s, r.teacher, training::FinishScoring, {}, ErrorCode::NotAllowedInState, {}, u"陈晨"_s);
    s = r.step(s, r.teacher, training::RecordScore, {{u"registration_id"_s, chen}, {u"score"_s, 52}});
    s = r.step(s, r.teacher, training::FinishScoring);
    CHECK(s.state == training::Scored);

    // A re-sit for 陈晨 (failed), none for 王丽 (passed).
    requireRefused(r, s, r.teacher, training::RecordScore, {{u"registration_id"_s, wang}, {u"score"_s, 90}},
                   ErrorCode::NotAllowedInState);
    s = r.step(s, r.teacher, training::RecordScore, {{u"registration_id"_s, chen}, {u"score"_s, 75}, {u"note"_s, u"补考"_s}});
    auto attempts = r.t.db().exec(u"SELECT attempt, score, passed, pass_mark FROM training_scores WHERE registration_id = ? "
                                  "ORDER BY attempt"_s,
                                  {chen});
    REQUIRE(attempts);
    REQUIRE(attempts->next());
    CHECK(attempts->value(0).toInt() == 1);
    CHECK(attempts->value(2).toInt() == 0);
    REQUIRE(attempts->next());
    CHECK(attempts->value(0).toInt() == 2);
    CHECK(attempts->value(1).toInt() == 75);
    CHECK(attempts->value(2).toInt() == 1);
    CHECK(attempts->value(3).toInt() == 60);
    attempts->finish();
    s = r.step(s, r.teacher, training::Close);
    CHECK(s.state == training::Closed);
    requireRefused(r, s, r.teacher, training::RecordScore, {{u"registration_id"_s, liu}, {u"score"_s, 70}},
                   ErrorCode::NotAllowedInState);

    // The records: per student and per customer.
    auto mine = r.service().studentHistory(list.at(1).studentId);
    REQUIRE(mine);
    REQUIRE(mine->size() == 1);
    CHECK(mine->first().attempts == 2);
    CHECK(mine->first().bestScore == 75);
    CHECK(mine->first().passed);
    CHECK(mine->first().daysPresent == 2);
    CHECK(mine->first().sessionNo == s.sessionNo);
    auto customer = r.service().customerHistory(r.customerId);
    REQUIRE(customer);
    REQUIRE(customer->size() == 3);
    int passed = 0;
    for (const TrainingHistoryRow &h : *customer)
        passed += h.passed ? 1 : 0;
    CHECK(passed == 2);
    CHECK(r.service().customerHistory(r.otherCustomerId)->isEmpty());
}

TEST_CASE("Training: first-visit training needs and operation-problem calls are candidates — registering takes them up",
          "[training][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock clock(at(2026, 11, 2, 9, 0));
    Roster r(backend);
    const qint64 need = r.trainingNeed(r.customerId, u"财务人员 3 人总账操作培训"_s);
    const qint64 otherNeed = r.trainingNeed(r.otherCustomerId, u"新会计需培训"_s);
    const qint64 call = r.call(r.customerId, u"operation_problem"_s, u"新来的会计不会做月末结账"_s);
    r.call(r.customerId, u"software_bug"_s, u"结账报错"_s); // not a training matter
    TrainingSession s = r.open();

    auto candidates = r.service().candidates(s.id);
    REQUIRE(candidates);
    QStringList found;
    for (const TrainingCandidate &c : *candidates)
        found << c.source + QString::number(c.id);
    CHECK(found.contains(u"need%1"_s.arg(need)));
    CHECK(found.contains(u"need%1"_s.arg(otherNeed)));
    CHECK(found.contains(u"call%1"_s.arg(call)));
    CHECK(found.size() == 3);

    // The hotline desk may not take up a first-visit need; a need of another customer is refused.
    QVariantMap fromNeed = r.student(u"王丽"_s);
    fromNeed.insert(u"source"_s, u"need"_s);
    fromNeed.insert(u"need_id"_s, need);
    requireRefused(r, s, r.hotline, training::Register, fromNeed, ErrorCode::Forbidden);
    QVariantMap wrong = fromNeed;
    wrong.insert(u"need_id"_s, otherNeed);
    requireRefused(r, s, r.teacher, training::Register, wrong, ErrorCode::Invalid, u"need_id"_s);

    // The teacher registers from the need: the need is taken up by the registration.
    s = r.step(s, r.teacher, training::Register, fromNeed);
    const TrainingRegistration reg = r.roster(s.id).first();
    CHECK(reg.source == u"need"_s);
    CHECK(reg.needId == need);
    auto taken = r.t.db().exec(u"SELECT state, taken_up_type, taken_up_id FROM first_visit_needs WHERE id = ?"_s, {need});
    REQUIRE(taken);
    REQUIRE(taken->next());
    CHECK(taken->value(0).toString() == u"taken_up"_s);
    CHECK(taken->value(1).toString() == u"training_registration"_s);
    CHECK(taken->value(2).toLongLong() == reg.id);
    taken->finish();

    // The hotline desk registers the caller of the operation problem.
    QVariantMap fromCall = r.student(u"陈晨"_s);
    fromCall.insert(u"source"_s, u"call"_s);
    fromCall.insert(u"call_id"_s, call);
    s = r.step(s, r.hotline, training::Register, fromCall);
    found.clear();
    candidates = r.service().candidates(s.id);
    REQUIRE(candidates);
    for (const TrainingCandidate &c : *candidates)
        found << c.source + QString::number(c.id);
    CHECK(found == QStringList{u"need%1"_s.arg(otherNeed)});
    QVariantMap badSource = r.student(u"刘洋"_s);
    badSource.insert(u"source"_s, u"call"_s);
    requireRefused(r, s, r.hotline, training::Register, badSource, ErrorCode::Invalid, u"call_id"_s);
}

TEST_CASE("Training: every row is refused to the roles outside it and to anyone but the session's teacher", "[training][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock clock(at(2026, 11, 2, 9, 0));
    Roster r(backend);
    for (const workflow::Transition &row : training::table().transitions()) {
        if (!row.conditions.isEmpty())
            continue; // followed by the roster (tested above)
        CAPTURE(row.from, row.action);
        clock.set(at(2026, 11, 2, 9, 0));
        TrainingSession s = r.sessionIn(row.from, clock);
        QVariantMap fields;
        const QList<TrainingRegistration> list = r.roster(s.id);
        if (row.action == training::FinishScoring)
            s = r.step(s, r.teacher, training::RecordScore, {{u"registration_id"_s, list.first().id}, {u"score"_s, 88}});
        if (row.action == training::Register)
            fields = r.student(u"新学员%1"_s.arg(s.id));
        else if (row.action == training::CancelRegistration)
            fields = {{u"registration_id"_s, list.first().id}};
        else if (row.action == training::RecordAttendance)
            fields = {{u"registration_id"_s, list.first().id},
                      {u"day"_s, QDateTime::fromMSecsSinceEpoch(s.startsAt, r.calendar.timeZone()).date().toString(Qt::ISODate)},
                      {u"present"_s, 1}};
        else if (row.action == training::RecordScore)
            fields = {{u"registration_id"_s, list.last().id}, {u"score"_s, 70}};
        else if (row.action == training::Cancel)
            fields = {{u"cancel_reason"_s, u"改期"_s}};
        else if (row.action == training::UpdatePlan)
            fields = {{u"room"_s, u"培训三室"_s}};
        for (Role role : allRoles()) {
            if (row.roles.contains(role))
                continue;
            CAPTURE(roleKey(role));
            requireRefused(r, s, r.holding(role), row.action, fields, ErrorCode::Forbidden);
        }
        if (row.guard)
            requireRefused(r, s, r.teacher2, row.action, fields, ErrorCode::Forbidden, {}, u"宋雪"_s);
        if (row.action == training::Start)
            clock.set(s.startsAt + 3600000);
        const Session &actor = row.roles.contains(Role::Trainer) ? r.teacher : r.hotline;
        auto done = r.service().act(actor, s.id, s.version, row.action, fields);
        INFO((done ? std::string() : done.error().message.toStdString()));
        REQUIRE(done);
        CHECK(done->state == row.to);
    }
    // Each desk that registers may; courses and plans are the teachers'.
    clock.set(at(2026, 11, 2, 9, 0));
    TrainingSession s = r.open();
    for (const Session *who : {&r.hotline, &r.agent, &r.account, &r.teacher})
        s = r.step(s, *who, training::Register, r.student(who->displayName + u"的同事"_s));
    const QString before = r.snapshot(0);
    auto plan = r.service().plan(r.hotline, r.plan());
    REQUIRE_FALSE(plan);
    CHECK(plan.error().code == ErrorCode::Forbidden);
    CHECK(r.snapshot(0) == before);
    auto course = r.service().createCourse(r.hotline, TrainingCourse{0, 0, u"x"_s, u"operation"_s, u"用友U8+"_s, {}, {}, 7, 60, false});
    REQUIRE_FALSE(course);
    CHECK(course.error().code == ErrorCode::Forbidden);
}

TEST_CASE("Training: bad input names its field and changes nothing", "[training][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    ScopedClock clock(at(2026, 11, 2, 9, 0));
    Roster r(backend);
    SessionPlan p = r.plan();
    p.capacity = 0;
    requirePlanRefused(r, p, u"capacity"_s);
    p = r.plan();
    p.room.clear();
    requirePlanRefused(r, p, u"room"_s);
    p = r.plan();
    p.room = QString(101, u'室');
    requirePlanRefused(r, p, u"room"_s);
    p = r.plan();
    p.endsAt = p.startsAt;
    requirePlanRefused(r, p, u"ends_at"_s);
    p = r.plan();
    p.startsAt = at(2026, 11, 1, 9, 0);
    requirePlanRefused(r, p, u"starts_at"_s);
    p = r.plan();
    p.teacherId = r.hotline.staffId;
    requirePlanRefused(r, p, u"teacher_id"_s);
    p = r.plan();
    p.courseId = 999999;
    requirePlanRefused(r, p, u"course_id"_s);

    TrainingSession s = r.open();
    requireRefused(r, s, r.teacher, training::Register, {{u"customer_id"_s, r.customerId}}, ErrorCode::Invalid, u"student_name"_s);
    requireRefused(r, s, r.teacher, training::Register, r.student(u"王丽"_s, u"电话"_s), ErrorCode::Invalid, u"student_phone"_s);
    requireRefused(r, s, r.teacher, training::Register, r.student(QString(101, u'王')), ErrorCode::Invalid, u"student_name"_s);
    QVariantMap other = r.student(u"王丽"_s);
    other.insert(u"customer_id"_s, r.otherCustomerId);
    other.insert(u"contact_id"_s, r.contactId);
    requireRefused(r, s, r.teacher, training::Register, other, ErrorCode::Invalid, u"contact_id"_s);
    requireRefused(r, s, r.teacher, training::Register, {{u"student_name"_s, u"王丽"_s}, {u"customer_id"_s, 999999}},
                   ErrorCode::Invalid, u"customer_id"_s);
    requireRefused(r, s, r.teacher, training::Register, {{u"student_id"_s, 999999}}, ErrorCode::Invalid, u"student_id"_s);
    QVariantMap source = r.student(u"王丽"_s);
    source.insert(u"source"_s, u"email"_s);
    requireRefused(r, s, r.teacher, training::Register, source, ErrorCode::Invalid, u"source"_s);
    requireRefused(r, s, r.teacher, training::CancelRegistration, {{u"registration_id"_s, 999999}}, ErrorCode::Invalid,
                   u"registration_id"_s);
    requireRefused(r, s, r.teacher, training::CancelRegistration, {}, ErrorCode::Invalid, u"registration_id"_s);
    TrainingSession stale = s;
    stale.version -= 1;
    requireRefused(r, stale, r.teacher, training::Register, r.student(u"王丽"_s), ErrorCode::Conflict);

    // Courses: each field named; a used course is retired, not deleted; a retired one plans nothing.
    auto bad = [&](TrainingCourse c, const QString &field) {
        const QString before = r.snapshot(0);
        auto refused = r.service().createCourse(r.teacher, c);
        CAPTURE(field);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().field == field);
        CHECK(r.snapshot(0) == before);
    };
    const TrainingCourse good{0, 0, u"T+ 库存管理"_s, u"operation"_s, u"畅捷通T+Cloud"_s, {}, {}, 7, 60, false};
    TrainingCourse c = good;
    c.title = u"  "_s;
    bad(c, u"title"_s);
    c = good;
    c.kind = u"fun"_s;
    bad(c, u"kind"_s);
    c = good;
    c.passMark = 101;
    bad(c, u"pass_mark"_s);
    c = good;
    c.durationHours = 0;
    bad(c, u"duration_hours"_s);
    auto unused = r.service().createCourse(r.teacher, good);
    REQUIRE(unused);
    TrainingCourse changed = good;
    changed.id = *unused;
    changed.version = 1;
    changed.title.clear();
    auto untitled = r.service().updateCourse(r.teacher, changed);
    REQUIRE_FALSE(untitled);
    CHECK(untitled.error().field == u"title"_s);
    changed.title = u"T+ 库存管理（新版）"_s;
    changed.passMark = 70;
    CHECK(r.service().updateCourse(r.hotline, changed).error().code == ErrorCode::Forbidden);
    REQUIRE(r.service().updateCourse(r.teacher, changed));
    CHECK(r.service().course(*unused)->passMark == 70);
    REQUIRE(r.service().deleteCourse(r.teacher, *unused, 2));
    auto used = r.service().deleteCourse(r.teacher, r.courseId, 1);
    REQUIRE_FALSE(used);
    CHECK(used.error().code == ErrorCode::NotAllowedInState);
    REQUIRE(r.service().retireCourse(r.teacher, r.courseId, 1));
    CHECK(r.service().courses()->isEmpty());
    CHECK(r.service().courses(true)->size() == 1);
    p = r.plan();
    p.startsAt = at(2026, 11, 12, 9, 0);
    p.endsAt = at(2026, 11, 12, 12, 0);
    requirePlanRefused(r, p, u"course_id"_s);
}
