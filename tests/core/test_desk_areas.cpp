// Which areas of the desk a session may open (core/auth/areas.h), and the staff and demo look-ups
// the desk's pickers and login screen read from core instead of their own SQL.
#include "core/auth/areas.h"
#include "core/auth/staffrepository.h"
#include "core/demo/demodata.h"
#include "core/demo/demopicks.h"

#include "tests/core/test_complaints_fixture.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {
QStringList keys(const Database &db, const Session &s)
{
    auto areas = openableAreas(db, s);
    REQUIRE(areas);
    QStringList out;
    for (Area a : *areas)
        out << areaKey(a);
    return out;
}

} // namespace

TEST_CASE("Desk areas: each role opens its desks, in navigation order", "[auth][areas][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    const Database &db = t.db();

    CHECK(keys(db, t.sessionWith({Role::HotlineOperator}))
          == QStringList{u"home"_s, u"customers"_s, u"hotline"_s, u"roster"_s, u"problembase"_s, u"dispatch"_s,
                         u"complaints"_s, u"training"_s});
    CHECK(keys(db, t.sessionWith({Role::ServiceEngineer}))
          == QStringList{u"home"_s, u"customers"_s, u"hotline"_s, u"problembase"_s, u"dispatch"_s});
    CHECK(keys(db, t.sessionWith({Role::Sales}))
          == QStringList{u"home"_s, u"customers"_s, u"firstvisit"_s, u"problembase"_s});
    CHECK(keys(db, t.sessionWith({Role::Trainer}))
          == QStringList{u"home"_s, u"customers"_s, u"problembase"_s, u"training"_s});
    CHECK(keys(db, t.sessionWith({Role::QualitySupervisor}))
          == QStringList{u"home"_s, u"customers"_s, u"problembase"_s, u"dispatch"_s, u"complaints"_s});
    CHECK(keys(db, t.admin())
          == QStringList{u"home"_s, u"customers"_s, u"firstvisit"_s, u"hotline"_s, u"roster"_s, u"problembase"_s,
                         u"dispatch"_s, u"complaints"_s, u"projects"_s, u"training"_s, u"admin"_s});
    // The implementation project tracker: its manager, project managers, consultants.
    for (Role r : {Role::ImplementationManager, Role::ProjectManager, Role::Consultant})
        CHECK(keys(db, t.sessionWith({r})).contains(u"projects"_s));
    CHECK_FALSE(keys(db, t.sessionWith({Role::ServiceManager})).contains(u"projects"_s));

    // A trainer sees the first-visit desk once they head a department (its digests are theirs).
    const Session trainer = t.sessionWith({Role::Trainer});
    CHECK_FALSE(keys(db, trainer).contains(u"firstvisit"_s));
    sd::test::complaints::addDepartment(db, u"培训部"_s, u"Training"_s, trainer.staffId);
    CHECK(keys(db, trainer).contains(u"firstvisit"_s));
}

TEST_CASE("Staff look-ups for the desk's pickers: departments by id, department staff first", "[auth][staff][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    const Database &db = t.db();
    StaffRepository staff(db);
    REQUIRE(*staff.count() == 1);   // the test's administrator

    const Session a = t.sessionWith({Role::Consultant}, u"安"_s);
    const Session b = t.sessionWith({Role::Consultant}, u"白"_s);
    const Session c = t.sessionWith({Role::Consultant}, u"陈"_s);
    CHECK(*staff.count() == 4);
    // Created in an order their names would not sort in.
    const qint64 zhao = sd::test::complaints::addDepartment(db, u"赵组"_s, u"Zhao"_s, b.staffId);
    const qint64 an = sd::test::complaints::addDepartment(db, u"安组"_s, u"An"_s);
    REQUIRE(db.exec(u"UPDATE staff SET department_id = ? WHERE id = ?"_s, {an, c.staffId}));
    REQUIRE(db.exec(u"UPDATE staff SET department_id = ? WHERE id = ?"_s, {zhao, a.staffId}));

    auto byId = staff.departmentsById();
    REQUIRE(byId);
    REQUIRE(byId->size() == 2);
    CHECK(byId->at(0).id == zhao);
    CHECK(byId->at(1).id == an);

    CHECK(*staff.headsDepartment(b.staffId));
    CHECK_FALSE(*staff.headsDepartment(c.staffId));
    CHECK_FALSE(*staff.headsDepartment(0));

    auto first = staff.activeDepartmentFirst(an);
    REQUIRE(first);
    QList<qint64> order;
    for (const Staff &s : *first)
        order << s.id;
    CHECK(order == QList<qint64>{c.staffId, t.admin().staffId, a.staffId, b.staffId});
    CHECK(first->first().department == u"安组"_s);
    // No department: by id.
    auto plain = staff.activeDepartmentFirst(0);
    REQUIRE(plain);
    CHECK(plain->first().id == t.admin().staffId);
    // Inactive staff are left out.
    REQUIRE(staff.setActive(t.admin(), c.staffId, false));
    CHECK(staff.activeDepartmentFirst(an)->first().id == t.admin().staffId);
}

TEST_CASE("The demo logins are offered only on a database with the demo data", "[demo][db]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    CHECK_FALSE(*demo::offersDemoLogins(t.db()));
    CHECK(*demo::showcaseFirstVisit(t.db()) == 0);
    CHECK(demo::latestDigestDay(t.db())->isNull());
    REQUIRE(generateDemo(t.db(), {20, 7}));
    CHECK(*demo::offersDemoLogins(t.db()));
}
