// The daily hand-off digest on SQLite and PostgreSQL: a day with needs across three
// departments, built at closing time, per department head, handed off, exported.
#include "core/audit/audit.h"
#include "core/csv/csv.h"
#include "core/firstvisit/digestservice.h"
#include "core/firstvisit/firstvisitservice.h"
#include "core/firstvisit/schedule.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using namespace sd::core::firstvisit;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

qint64 at(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), BusinessCalendar::defaultTimeZone()).toMSecsSinceEpoch();
}

Submission sample(int n)
{
    Submission s;
    s.customer.name = u"河北廊坊新奥物流%1"_s.arg(n);
    s.customer.serviceCode = u"SC-DG-%1"_s.arg(n);
    Contact c;
    c.name = u"李主管%1"_s.arg(n);
    c.phones = {{0, u"0316-55%1"_s.arg(10000 + n), {}}};
    s.customer.contacts = {c};
    s.saleDate = QDate(2026, 11, 16);
    return s;
}

} // namespace

TEST_CASE("The digest of a day with needs across three departments goes to each head", "[firstvisit][digest][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    const Database &db = t.db();
    const Session sales = t.sessionWith({Role::Sales});
    const Session agent = t.sessionWith({Role::FirstVisitAgent}, u"彭丽"_s);
    const Session implHead = t.sessionWith({Role::ImplementationManager, Role::DepartmentHead}, u"高峰"_s);
    const Session trainHead = t.sessionWith({Role::Trainer}, u"宋雪"_s);          // head by departments.head_id only
    const Session hotlineHead = t.sessionWith({Role::HotlineOperator, Role::DepartmentHead}, u"张敏"_s);
    QList<qint64> dept;
    for (const auto &[name, head] : QList<std::pair<QString, qint64>>{
             {u"实施部"_s, implHead.staffId}, {u"培训部"_s, trainHead.staffId}, {u"热线支持部"_s, hotlineHead.staffId}}) {
        auto id = db.insertReturningId(
            u"INSERT INTO departments (name, head_id, version, created_at, updated_at) VALUES (?, ?, 1, 0, 0)"_s,
            {name, head});
        REQUIRE(id);
        dept << *id;
    }
    BusinessCalendar calendar;
    REQUIRE(calendar.setHours(u"08:30-12:00,13:30-17:30"_s));
    FirstVisitService service(db, calendar);
    DigestService digests(db, calendar);

    // Three customers on Wednesday 2026-11-18: needs in all three departments; one more
    // recorded after closing (goes to Thursday); one from Tuesday (its own digest).
    ScopedClock pin(Database::nowMs());
    auto record = [&](int n, qint64 when, const QList<std::pair<QString, int>> &needs) -> qint64 {
        pin.set(when);
        auto id = service.submit(sales, sample(n));
        REQUIRE(id);
        REQUIRE(service.logAttempt(agent, *id, 1, u"reached"_s, {}));
        for (const QString &f : fieldKeys())
            REQUIRE(service.checkField(agent, *id, f, true));
        for (const QString &item : checklistKeys())
            REQUIRE(service.setChecklistItem(agent, *id, item, true, {}));
        for (const auto &[type, d] : needs)
            REQUIRE(service.addNeed(agent, *id, type, u"%1 需求 %2"_s.arg(needTypeTitle(type)).arg(n), dept.at(d)));
        REQUIRE(service.verify(agent, *id, 2));
        REQUIRE(service.recordNeeds(agent, *id, 3));
        return *id;
    };
    const qint64 tuesday = record(1, at(2026, 11, 17, 16, 0), {{u"implementation"_s, 0}});
    const qint64 a = record(2, at(2026, 11, 18, 9, 15), {{u"implementation"_s, 0}, {u"training"_s, 1}});
    const qint64 b = record(3, at(2026, 11, 18, 14, 40), {{u"support"_s, 2}, {u"training"_s, 1}});
    const qint64 c = record(4, at(2026, 11, 18, 17, 10), {{u"upgrade"_s, 2}});
    const qint64 late = record(5, at(2026, 11, 18, 17, 45), {{u"training"_s, 1}});
    Q_UNUSED(tuesday);

    // Before closing: previews, nothing stored for Wednesday.
    pin.set(at(2026, 11, 18, 17, 20));
    auto preview = digests.forDay(QDate(2026, 11, 18), 0, Database::nowMs());
    REQUIRE(preview);
    REQUIRE(preview->size() == 3);
    CHECK(preview->at(0).isPreview());
    CHECK(*db.scalar(u"SELECT COUNT(*) FROM first_visit_digests WHERE work_day = '2026-11-18'"_s) == 0);
    // Tuesday's closed already: its digest was stored on the way.
    CHECK(*db.scalar(u"SELECT COUNT(*) FROM first_visit_digests WHERE work_day = '2026-11-17'"_s) == 1);

    // At closing time (17:30): three stored digests, one per department, to its head.
    pin.set(at(2026, 11, 18, 17, 30));
    auto built = digests.buildDue(Database::nowMs());
    REQUIRE(built);
    CHECK(*built == 3);
    auto day = digests.forDay(QDate(2026, 11, 18), 0, Database::nowMs());
    REQUIRE(day);
    REQUIRE(day->size() == 3);
    const Digest &impl = day->at(0);
    const Digest &train = day->at(1);
    const Digest &hotline = day->at(2);
    CHECK(impl.departmentName == u"实施部"_s);
    CHECK(impl.headId == implHead.staffId);
    CHECK(impl.state == u"ready"_s);
    REQUIRE(impl.needs.size() == 1);
    CHECK(impl.needs.first().firstVisitId == a);
    CHECK(impl.needs.first().type == u"implementation"_s);
    CHECK(train.headName == u"宋雪"_s);
    REQUIRE(train.needs.size() == 2);   // the 17:45 one is Thursday's
    CHECK(train.needs.at(0).firstVisitId == a);
    CHECK(train.needs.at(1).firstVisitId == b);
    CHECK(train.needs.at(1).customerName == u"河北廊坊新奥物流3"_s);
    CHECK(train.needs.at(1).contact == u"李主管3"_s);
    REQUIRE(hotline.needs.size() == 2);
    CHECK(hotline.needs.at(0).type == u"support"_s);
    CHECK(hotline.needs.at(1).firstVisitId == c);
    CHECK(hotline.needCount == 2);
    // Building again writes nothing new.
    CHECK(*digests.buildDue(Database::nowMs()) == 0);
    auto thursday = digests.forDay(QDate(2026, 11, 19), 0, Database::nowMs());
    REQUIRE(thursday);
    REQUIRE(thursday->size() == 1);
    CHECK(thursday->first().isPreview());
    CHECK(thursday->first().needs.first().firstVisitId == late);

    // Only the department's head (or an administrator) takes the hand-off.
    auto wrongHead = digests.handOff(hotlineHead, train.id, train.version);
    REQUIRE_FALSE(wrongHead);
    CHECK(wrongHead.error().code == ErrorCode::Forbidden);
    // The training head holds no DepartmentHead role but is the department's head.
    auto t1 = digests.handOff(trainHead, train.id, train.version);
    REQUIRE(t1);
    CHECK(t1->state == u"handed_off"_s);
    CHECK(t1->handedOffByName == u"宋雪"_s);
    auto again = digests.handOff(trainHead, train.id, t1->version);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::NotAllowedInState);
    // a still has its implementation need pending; b its hotline need.
    CHECK(service.get(a)->state == u"needs_recorded"_s);
    REQUIRE(digests.handOff(implHead, impl.id, impl.version));
    CHECK(service.get(a)->state == u"handed_off"_s);
    CHECK(service.get(b)->state == u"needs_recorded"_s);
    REQUIRE(digests.handOff(hotlineHead, hotline.id, hotline.version));
    CHECK(service.get(b)->state == u"handed_off"_s);
    CHECK(service.get(c)->state == u"handed_off"_s);
    auto trail = audit::forRecord(db, u"first_visit_digests"_s, train.id);
    REQUIRE(trail);
    CHECK(std::any_of(trail->begin(), trail->end(), [&](const AuditEntry &e) {
        return e.action == u"hand_off"_s && e.actorId == trainHead.staffId;
    }));

    auto list = digests.list();
    REQUIRE(list);
    REQUIRE(list->size() == 4);
    CHECK(list->first().day == QDate(2026, 11, 18));
    CHECK(list->last().day == QDate(2026, 11, 17));

    // CSV: a header and one row per need of the day.
    auto wednesday = digests.forDay(QDate(2026, 11, 18), 0, Database::nowMs());
    REQUIRE(wednesday);
    const QByteArray csv = DigestService::toCsv(*wednesday);
    auto rows = parseCsv(QString::fromUtf8(csv));
    REQUIRE(rows);
    REQUIRE(rows->size() == 1 + 5);
    CHECK(rows->at(1).fields.at(1) == u"实施部"_s);
    CHECK(rows->at(5).fields.at(5) == u"河北廊坊新奥物流4"_s);
    // One department only.
    auto one = digests.forDay(QDate(2026, 11, 18), dept.at(1), Database::nowMs());
    REQUIRE(one);
    REQUIRE(one->size() == 1);
    CHECK(one->first().departmentId == dept.at(1));
}
