// The monthly complaint analysis report over a month of hand-made complaints, checked number
// by number on SQLite and PostgreSQL; CSV and JSON exports.
#include "core/reports/complaintreport.h"
#include "tests/core/test_complaints_fixture.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using namespace sd::core::complaints;
using namespace sd::core::reports;
using namespace sd::test::complaints;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

struct Month {
    TestDatabase t;
    ComplaintService svc;
    Session quality, head, e1, e2;
    qint64 d1 = 0, d2 = 0, c1 = 0, c2 = 0;
    Clock clock{shanghai(2026, 9, 1, 9)};

    qint64 accept(qint64 at, const QString &source, const QString &cls, qint64 customer)
    {
        clock.set(at);
        auto in = intake(customer, source);
        in.problemClass = cls;
        auto id = svc.accept(quality, in);
        REQUIRE(id);
        return *id;
    }
    void act(qint64 at, const Session &who, qint64 id, const QString &action, const QVariantMap &fields)
    {
        clock.set(at);
        const int v = svc.load(id)->value(u"version"_s).toInt();
        auto r = svc.act(who, id, v, action, fields);
        INFO(action.toStdString() << ": " << (r ? std::string() : r.error().message.toStdString()));
        REQUIRE(r);
    }
    void valid(qint64 at, qint64 id, qint64 dept) { act(at, quality, id, action::ConfirmValid, {{u"detail"_s, u"属实"_s}, {u"department_id"_s, dept}}); }
    void notTrue(qint64 at, qint64 id) { act(at, quality, id, action::ConfirmNotTrue, {{u"reason"_s, u"不属实"_s}}); }
    void outOfScope(qint64 at, qint64 id) { act(at, quality, id, action::ConfirmOutOfScope, {{u"explanation"_s, u"合同外"_s}}); }
    void investigate(qint64 at, qint64 id, const Session &person)
    {
        act(at, head, id, action::Investigate,
            {{u"cause"_s, u"原因"_s}, {u"responsible_person_id"_s, person.staffId}, {u"accountability"_s, u"责任"_s}});
    }
    void reply(qint64 at, qint64 id, const Session &who) { act(at, who, id, action::Reply, {{u"measures"_s, u"apology"_s}, {u"reply_text"_s, u"致歉"_s}}); }
    void result(qint64 at, qint64 id, const Session &who) { act(at, who, id, action::ReturnResult, {{u"result_text"_s, u"已处理"_s}}); }
    void followUp(qint64 at, qint64 id, bool ok)
    {
        QVariantMap f{{u"verification"_s, u"回访"_s}, {u"customer_opinion"_s, ok ? u"满意"_s : u"不满意"_s}};
        if (!ok)
            f.insert(u"escalation_note"_s, u"升级总部"_s);
        act(at, quality, id, ok ? action::FollowUpSatisfied : action::FollowUpUnresolved, f);
    }
};

Month makeMonth(Backend backend)
{
    auto t = TestDatabase::create(backend);
    seedDefaults(t.db());
    auto svc = ComplaintService::open(t.db());
    REQUIRE(svc);
    const Session quality = t.sessionWith({Role::QualitySupervisor}, u"韩梅"_s);
    const Session head = t.sessionWith({Role::DepartmentHead}, u"李娜"_s);
    const Session e1 = t.sessionWith({Role::ServiceEngineer}, u"孙浩"_s);
    const Session e2 = t.sessionWith({Role::HotlineOperator}, u"张敏"_s);
    Month m{std::move(t), *svc, quality, head, e1, e2};
    m.d1 = addDepartment(m.t.db(), u"现场服务部"_s, u"On-site"_s, head.staffId);
    m.d2 = addDepartment(m.t.db(), u"热线支持部"_s, u"Hotline"_s, head.staffId);
    m.c1 = addCustomer(m.t.db(), u"北京华远机械有限公司"_s);
    m.c2 = addCustomer(m.t.db(), u"天津港务集团"_s, true);
    return m;
}

int countOf(const QList<ComplaintCount> &list, const QString &key)
{
    for (const auto &c : list)
        if (c.key == key)
            return c.count;
    return -1;
}

} // namespace

TEST_CASE("Monthly complaint report figures for a hand-made month", "[complaints][report][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Month m = makeMonth(backend);
    auto S = [](int y, int mo, int d, int h, int mi = 0) { return shanghai(y, mo, d, h, mi); };

    // Outside October: September 2025 (before the trend), October 2025 (first trend month),
    // September 2026 (one filed, one valid and still open) and November 2026 (after the month).
    const qint64 x1 = m.accept(S(2025, 9, 15, 9), u"direct"_s, u"other"_s, m.c1);
    m.outOfScope(S(2025, 9, 15, 10), x1);
    const qint64 o1 = m.accept(S(2025, 10, 15, 9), u"direct"_s, u"attitude"_s, m.c1);
    m.notTrue(S(2025, 10, 15, 10), o1);
    const qint64 s1 = m.accept(S(2026, 9, 21, 9), u"direct"_s, u"attitude"_s, m.c1);
    m.notTrue(S(2026, 9, 21, 10), s1);
    const qint64 s2 = m.accept(S(2026, 9, 22, 9), u"direct"_s, u"charges"_s, m.c1);
    m.valid(S(2026, 9, 22, 9), s2, m.d1);

    // October 2026.
    const qint64 k1 = m.accept(S(2026, 10, 12, 9), u"direct"_s, u"slow_response"_s, m.c1);
    m.valid(S(2026, 10, 12, 9), k1, m.d1);                // reply due 12:00
    m.investigate(S(2026, 10, 12, 10), k1, m.e1);
    m.reply(S(2026, 10, 12, 11), k1, m.e1);               // on time
    m.result(S(2026, 10, 12, 14), k1, m.e1);              // follow-up due 13th 14:00
    m.followUp(S(2026, 10, 13, 10), k1, true);            // on time, satisfied
    m.act(S(2026, 10, 13, 11), m.quality, k1, action::File, {{u"corrective_measures"_s, u"纠正"_s}, {u"preventive_measures"_s, u"预防"_s}});

    const qint64 k2 = m.accept(S(2026, 10, 13, 9), u"hq"_s, u"service_quality"_s, m.c2);
    m.valid(S(2026, 10, 13, 9), k2, m.d1);                // reply due 12:00
    m.investigate(S(2026, 10, 13, 10), k2, m.e2);
    m.reply(S(2026, 10, 13, 13), k2, m.e2);               // late
    m.result(S(2026, 10, 13, 15), k2, m.e2);              // follow-up and HQ feedback due 14th 15:00
    m.act(S(2026, 10, 14, 10), m.quality, k2, action::FeedbackHq, {{u"hq_feedback"_s, u"已反馈"_s}});   // on time
    m.followUp(S(2026, 10, 15, 9), k2, false);            // late, not satisfied → escalated

    const qint64 k3 = m.accept(S(2026, 10, 14, 10), u"hotline"_s, u"attitude"_s, m.c1);
    m.valid(S(2026, 10, 14, 10), k3, m.d2);               // reply due 13:00, never replied
    m.investigate(S(2026, 10, 14, 11), k3, m.e1);

    const qint64 k4 = m.accept(S(2026, 10, 15, 9), u"direct"_s, u"charges"_s, m.c1);
    m.outOfScope(S(2026, 10, 15, 10), k4);
    const qint64 k5 = m.accept(S(2026, 10, 16, 9), u"return_visit"_s, u"attitude"_s, m.c2);
    m.notTrue(S(2026, 10, 16, 10), k5);
    m.accept(S(2026, 10, 20, 9), u"direct"_s, u"other"_s, m.c1);   // k6: not confirmed yet

    const qint64 k7 = m.accept(S(2026, 10, 21, 9), u"direct"_s, u"slow_response"_s, m.c1);
    m.valid(S(2026, 10, 21, 9), k7, m.d1);
    m.investigate(S(2026, 10, 21, 9, 30), k7, m.e1);
    m.reply(S(2026, 10, 21, 10), k7, m.head);             // on time, by the manager
    m.result(S(2026, 10, 21, 11), k7, m.e1);              // follow-up due 22nd 11:00
    m.followUp(S(2026, 10, 22, 9), k7, true);             // resolved, not filed

    const qint64 k8 = m.accept(S(2026, 10, 30, 16), u"hq"_s, u"unresolved"_s, m.c1);
    m.valid(S(2026, 10, 30, 16), k8, m.d1);               // reply due Mon 2 Nov 10:00

    m.accept(S(2026, 11, 2, 8, 30), u"direct"_s, u"other"_s, m.c2);   // November: not in October

    const qint64 now = S(2026, 11, 2, 9);
    m.clock.set(now);
    auto r = buildComplaintReport(m.t.db(), m.svc.calendar(), 202610, now);
    REQUIRE(r);

    CHECK(r->month == 202610);
    CHECK(r->fromMs == S(2026, 10, 1, 0));
    CHECK(r->toMs == S(2026, 11, 1, 0));
    CHECK(r->received == 8);
    CHECK(r->keyCustomer == 2);

    CHECK(countOf(r->bySource, u"direct"_s) == 4);
    CHECK(countOf(r->bySource, u"hq"_s) == 2);
    CHECK(countOf(r->bySource, u"hotline"_s) == 1);
    CHECK(countOf(r->bySource, u"return_visit"_s) == 1);

    CHECK(countOf(r->byValidity, u"valid"_s) == 5);
    CHECK(countOf(r->byValidity, u"out_of_scope"_s) == 1);
    CHECK(countOf(r->byValidity, u"not_true"_s) == 1);
    CHECK(countOf(r->byValidity, u"unconfirmed"_s) == 1);

    CHECK(countOf(r->byClass, u"attitude"_s) == 2);
    CHECK(countOf(r->byClass, u"slow_response"_s) == 2);
    CHECK(countOf(r->byClass, u"service_quality"_s) == 1);
    CHECK(countOf(r->byClass, u"unresolved"_s) == 1);
    CHECK(countOf(r->byClass, u"charges"_s) == 1);
    CHECK(countOf(r->byClass, u"product_defect"_s) == 0);
    CHECK(countOf(r->byClass, u"other"_s) == 1);
    CHECK(r->byClass.size() == 7);

    REQUIRE(r->byDepartment.size() == 2);
    CHECK(r->byDepartment[0].label == u"现场服务部"_s);
    CHECK(r->byDepartment[0].count == 4);
    CHECK(r->byDepartment[1].label == u"热线支持部"_s);
    CHECK(r->byDepartment[1].count == 1);
    REQUIRE(r->byPerson.size() == 2);
    CHECK(r->byPerson[0].label == u"孙浩"_s);
    CHECK(r->byPerson[0].count == 3);
    CHECK(r->byPerson[1].label == u"张敏"_s);
    CHECK(r->byPerson[1].count == 1);

    CHECK(r->reply.due == 5);
    CHECK(r->reply.onTime == 2);
    CHECK(r->reply.late == 1);
    CHECK(r->reply.overdue == 1);
    CHECK(r->reply.pending == 1);
    CHECK(r->reply.onTimePercent() == Approx(50.0));
    CHECK(r->followUp.due == 3);
    CHECK(r->followUp.onTime == 2);
    CHECK(r->followUp.late == 1);
    CHECK(r->followUp.overdue == 0);
    CHECK(r->followUp.pending == 0);
    CHECK(r->hqFeedback.due == 1);
    CHECK(r->hqFeedback.onTime == 1);
    CHECK(r->hqFeedback.late == 0);

    CHECK(r->followedUp == 3);
    CHECK(r->satisfied == 2);
    CHECK(r->unsatisfied == 1);
    CHECK(r->satisfactionPercent() == Approx(200.0 / 3.0));

    REQUIRE(r->trend.size() == 13);
    CHECK(r->trend.first().month == 202510);
    CHECK(r->trend.last().month == 202610);
    CHECK(r->trend[0].received == 1);
    CHECK(r->trend[0].valid == 0);
    int zeros = 0;
    for (int i = 1; i < 11; ++i)
        zeros += r->trend[i].received == 0 ? 1 : 0;
    CHECK(zeros == 10);
    CHECK(r->trend[11].month == 202609);
    CHECK(r->trend[11].received == 2);
    CHECK(r->trend[11].valid == 1);
    CHECK(r->trend[11].replyDue == 1);      // September's valid one is overdue
    CHECK(r->trend[11].replyOnTime == 0);
    CHECK(r->trend[12].received == 8);
    CHECK(r->trend[12].valid == 5);
    CHECK(r->trend[12].followedUp == 3);
    CHECK(r->trend[12].satisfied == 2);
    CHECK(r->trend[12].replyOnTime == 2);
    CHECK(r->trend[12].replyDue == 4);

    CHECK(r->openCount == 6);
    CHECK(r->escalatedCount == 1);
    REQUIRE(r->openItems.size() == 6);
    CHECK(r->openItems[0].id == s2);         // oldest first
    QStringList openStatesSeen;
    for (const auto &o : r->openItems)
        openStatesSeen << o.state;
    CHECK(openStatesSeen == QStringList{u"confirmed"_s, u"escalated"_s, u"investigated"_s, u"accepted"_s,
                                        u"resolved"_s, u"confirmed"_s});
    CHECK(r->openItems[1].escalated);
    CHECK(r->openItems[1].keyCustomer);
    CHECK(r->reportDueAt == S(2026, 11, 4, 17, 30));
    CHECK(r->issuedAt == 0);

    SECTION("CSV and JSON carry the same numbers")
    {
        const QByteArray bytes = complaintReportCsv(*r);
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        const QString csv = QString::fromUtf8(bytes);
        CHECK(csv.contains(u"summary,received,"_s));
        CHECK(csv.contains(u"source,hq,"_s));
        CHECK(csv.contains(u"reply,on_time_percent,"_s));
        CHECK(csv.contains(u",50.0\r\n"_s));
        CHECK(csv.contains(u"trend,2026-10/received,2026-10,8\r\n"_s));
        CHECK(csv.contains(u"open,escalated,"_s));
        const auto json = QJsonDocument::fromJson(complaintReportJson(*r)).object();
        CHECK(json.value(u"received"_s).toInt() == 8);
        CHECK(json.value(u"reply"_s).toObject().value(u"late"_s).toInt() == 1);
        CHECK(json.value(u"open_count"_s).toInt() == 6);
        CHECK(complaintReportText(*r).contains(u"2026-10"_s));
    }
    SECTION("a month with nothing")
    {
        auto empty = buildComplaintReport(m.t.db(), m.svc.calendar(), 202607, now);
        REQUIRE(empty);
        CHECK(empty->received == 0);
        CHECK(empty->reply.onTimePercent() < 0);
        CHECK(empty->satisfactionPercent() < 0);
        CHECK(countOf(empty->bySource, u"direct"_s) == 0);
        CHECK(empty->trend.size() == 13);
    }
    SECTION("month parsing")
    {
        CHECK(*parseReportMonth(u"2026-10"_s) == 202610);
        CHECK_FALSE(parseReportMonth(u"2026-13"_s));
        CHECK_FALSE(parseReportMonth(u"10/2026"_s));
    }
}
