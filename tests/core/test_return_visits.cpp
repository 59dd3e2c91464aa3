// Return visits (SPEC §3.7): scheduling after a closed job and quarterly per contract customer,
// recording scores, refusals, and the low-score complaint link.
#include "core/records/customerrepository.h"
#include "core/returnvisits/returnvisitservice.h"
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

qint64 addCustomer(TestDatabase &t, const QString &name, QDate starts, QDate ends)
{
    Customer c;
    c.name = name;
    c.address = u"天津市和平区"_s;
    if (starts.isValid()) {
        Contract k;
        k.type = u"SPS"_s;
        k.startsOn = starts;
        k.endsOn = ends;
        c.contracts = {k};
    }
    auto id = CustomerRepository(t.db()).create(t.admin(), c);
    REQUIRE(id);
    return *id;
}

BusinessCalendar nationalDayCalendar()
{
    BusinessCalendar cal;
    for (int d = 1; d <= 7; ++d)
        cal.setDay({QDate(2026, 10, d), DayKind::Holiday, u"国庆节"_s});
    cal.setDay({QDate(2026, 10, 10), DayKind::Workday, u"国庆节调休"_s});
    return cal;
}

} // namespace

TEST_CASE("Return visits fall due working days after closing", "[returnvisit]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    ReturnVisitService s(t.db(), nationalDayCalendar());
    CHECK(s.dueAfter(at(2026, 11, 24, 16, 0), 2) == QDate(2026, 11, 26));   // Tue → Thu
    CHECK(s.dueAfter(at(2026, 11, 27, 16, 0), 2) == QDate(2026, 12, 1));    // Fri → Tue
    CHECK(s.dueAfter(at(2026, 9, 30, 10, 0), 1) == QDate(2026, 10, 8));     // over National Day
    CHECK(s.dueAfter(at(2026, 10, 9, 10, 0), 1) == QDate(2026, 10, 10));    // make-up Saturday
    CHECK(s.dueAfter(at(2026, 10, 3, 10, 0), 0) == QDate(2026, 10, 8));     // closed on a holiday
    CHECK(s.dueAfter(at(2026, 12, 31, 23, 30), 1) == QDate(2027, 1, 1));    // year end (no 2027 holidays set)
    CHECK(s.quarterlyDueDate(2026, 4) == QDate(2026, 11, 16));              // Nov 15 is a Sunday
    CHECK(s.quarterlyDueDate(2026, 1) == QDate(2026, 2, 16));
}

TEST_CASE("Quarterly return visits: once per contract customer of the quarter", "[returnvisit][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    const qint64 inForce = addCustomer(t, u"北京华信商贸有限公司"_s, QDate(2026, 1, 1), QDate(2026, 12, 31));
    const qint64 endsInQuarter = addCustomer(t, u"天津港联物流有限公司"_s, QDate(2025, 11, 1), QDate(2026, 10, 31));
    addCustomer(t, u"河北廊坊建材有限公司"_s, QDate(2025, 1, 1), QDate(2025, 12, 31)); // expired
    addCustomer(t, u"无合同客户"_s, {}, {});
    ReturnVisitService s(t.db(), nationalDayCalendar());
    Session quality = t.sessionWith({Role::QualitySupervisor});
    auto created = s.scheduleQuarterly(quality, 2026, 4);
    REQUIRE(created);
    CHECK(*created == 2);
    auto again = s.scheduleQuarterly(quality, 2026, 4);
    REQUIRE(again);
    CHECK(*again == 0);
    for (qint64 id : {inForce, endsInQuarter}) {
        auto visits = s.forCustomer(id);
        REQUIRE(visits);
        REQUIRE(visits->size() == 1);
        CHECK(visits->first().period == u"2026Q4"_s);
        CHECK(visits->first().dueOn == QDate(2026, 11, 16));
        CHECK(visits->first().state == returnvisit::Scheduled);
    }
    auto refused = s.scheduleQuarterly(t.sessionWith({Role::HotlineOperator}), 2027, 1);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Forbidden);
    auto bad = s.scheduleQuarterly(quality, 2026, 5);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::Invalid);
    auto due = s.due(QDate(2026, 11, 30));
    REQUIRE(due);
    CHECK(due->size() == 2);
}

TEST_CASE("Recording a return visit, refusals and the low-score complaint link", "[returnvisit][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    const qint64 customer = addCustomer(t, u"北京华信商贸有限公司"_s, QDate(2026, 1, 1), QDate(2026, 12, 31));
    ReturnVisitService s(t.db(), nationalDayCalendar());
    Session manager = t.sessionWith({Role::ServiceManager});
    Session hotline = t.sessionWith({Role::HotlineOperator});
    auto visit = s.scheduleAfter(manager, returnvisit::FromDispatch, 41, customer, at(2026, 11, 24, 10, 0));
    REQUIRE(visit);
    auto same = s.scheduleAfter(manager, returnvisit::FromDispatch, 41, customer, at(2026, 11, 25, 10, 0));
    REQUIRE(same);
    CHECK(same->id == visit->id);

    QVariantMap scores{{u"channel"_s, u"phone"_s}, {u"attitude"_s, 2}, {u"quality"_s, 1},
                       {u"resolution"_s, 2}, {u"score"_s, 1}, {u"comment"_s, u"工程师迟到两小时"_s}};
    // Refused: a role that does not make return visits; a score outside 1–5; a missing channel.
    auto forbidden = s.act(t.sessionWith({Role::Sales}), visit->id, visit->version, returnvisit::Record, scores);
    REQUIRE_FALSE(forbidden);
    CHECK(forbidden.error().code == ErrorCode::Forbidden);
    QVariantMap bad = scores;
    bad.insert(u"score"_s, 0);
    auto invalid = s.act(hotline, visit->id, visit->version, returnvisit::Record, bad);
    REQUIRE_FALSE(invalid);
    CHECK(invalid.error().field == u"score"_s);
    bad = scores;
    bad.remove(u"channel"_s);
    invalid = s.act(hotline, visit->id, visit->version, returnvisit::Record, bad);
    REQUIRE_FALSE(invalid);
    CHECK(invalid.error().field == u"channel"_s);
    auto linkTooEarly = s.act(manager, visit->id, visit->version, returnvisit::LinkComplaint, {{u"complaint_id"_s, 7}});
    REQUIRE_FALSE(linkTooEarly);
    CHECK(linkTooEarly.error().code == ErrorCode::NotAllowedInState);

    auto done = s.act(hotline, visit->id, visit->version, returnvisit::Record, scores);
    REQUIRE(done);
    CHECK(done->state == returnvisit::Done);
    CHECK(done->score == 1);
    CHECK(done->assigneeId == hotline.staffId);
    CHECK(done->isLowScore());
    auto cancelDone = s.act(manager, done->id, done->version, returnvisit::Cancel, {{u"cancel_reason"_s, u"x"_s}});
    REQUIRE_FALSE(cancelDone);
    CHECK(cancelDone.error().code == ErrorCode::NotAllowedInState);

    // The dissatisfied customer's complaint in one step: in the register, linked both ways.
    auto refusedComplaint = s.openComplaint(t.sessionWith({Role::Trainer}), done->id, done->version, u"王丽"_s, QString());
    REQUIRE_FALSE(refusedComplaint);
    CHECK(refusedComplaint.error().code == ErrorCode::Forbidden);
    auto linked = s.openComplaint(hotline, done->id, done->version, u"王丽"_s, QString());
    REQUIRE(linked);
    REQUIRE(linked->complaintId > 0);
    auto complaint = t.db().exec(u"SELECT source, source_record_type, source_record_id, customer_id, description, complainant "
                                 "FROM complaints WHERE id = ?"_s,
                                 {linked->complaintId});
    REQUIRE(complaint);
    REQUIRE(complaint->next());
    CHECK(complaint->value(0).toString() == u"return_visit"_s);
    CHECK(complaint->value(1).toString() == u"return_visits"_s);
    CHECK(complaint->value(2).toLongLong() == done->id);
    CHECK(complaint->value(3).toLongLong() == customer);
    CHECK(complaint->value(4).toString() == u"工程师迟到两小时"_s);
    CHECK(complaint->value(5).toString() == u"王丽"_s);
    complaint->finish();
    auto twice = s.openComplaint(hotline, linked->id, linked->version, u"王丽"_s, u"又一次"_s);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::NotAllowedInState);
    CHECK(t.db().scalar(u"SELECT COUNT(*) FROM complaints"_s)->toInt() == 1);
    auto linkAgain = s.act(manager, linked->id, linked->version, returnvisit::LinkComplaint, {{u"complaint_id"_s, 8}});
    REQUIRE_FALSE(linkAgain);

    auto other = s.scheduleAfter(manager, returnvisit::FromCase, 9, customer, at(2026, 11, 24, 10, 0));
    REQUIRE(other);
    auto cancelled = s.act(manager, other->id, other->version, returnvisit::Cancel, {{u"cancel_reason"_s, u"客户已停用系统"_s}});
    REQUIRE(cancelled);
    CHECK(cancelled->state == returnvisit::Cancelled);
    CHECK_FALSE(cancelled->isLowScore());
}
