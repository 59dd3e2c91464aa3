#include "core/calendar/calendarrepository.h"
#include "core/sla/slarepository.h"
#include "tests/support/testdb.h"
#include "ui/admin/adminpage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

TEST_CASE("the admin page lists accounts, the shipped holidays and the SLA defaults", "[ui][admin]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(CalendarRepository::ensureDefaults(t.db()));
    REQUIRE(SlaRepository::seedDefaults(t.db()));
    sd::ui::AdminPage page(t.db(), t.admin());
    page.resize(1100, 700);
    page.show();
    auto *staff = page.findChild<QTableWidget *>(u"staffTable"_s);
    REQUIRE(staff);
    CHECK(staff->rowCount() == 1);
    CHECK(staff->item(0, 0)->text() == u"admin"_s);
    auto *days = page.findChild<QTableWidget *>(u"calendarDays"_s);
    REQUIRE(days);
    QStringList dates;
    for (int r = 0; r < days->rowCount(); ++r)
        dates << days->item(r, 0)->text();
    if (QDate::currentDate().year() == 2026) {
        CHECK(dates.contains(u"2026-02-17"_s)); // 春节
        CHECK(dates.contains(u"2026-02-28"_s)); // make-up Saturday
    }
    auto *sla = page.findChild<QTableWidget *>(u"slaTable"_s);
    REQUIRE(sla);
    CHECK(sla->rowCount() == SlaRepository(t.db()).list(true)->size());
    CHECK(sla->rowCount() >= 10);
    auto *hours = page.findChild<QLineEdit *>(u"calendarHours"_s);
    REQUIRE(hours);
    CHECK(hours->text() == u"08:30-17:30"_s);
}

TEST_CASE("working hours typed on the admin page are saved through core", "[ui][admin]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(CalendarRepository::ensureDefaults(t.db()));
    sd::ui::AdminPage page(t.db(), t.admin());
    page.show();
    auto *hours = page.findChild<QLineEdit *>(u"calendarHours"_s);
    REQUIRE(hours);
    hours->selectAll();
    QTest::keyClicks(hours, u"08:30-12:00,13:30-17:30"_s);
    QTest::keyClick(hours, Qt::Key_Return);
    auto cal = CalendarRepository(t.db()).load();
    REQUIRE(cal);
    CHECK(cal->hoursText() == u"08:30-12:00,13:30-17:30"_s);
    CHECK(cal->minutesPerWorkingDay() == 450);
}

TEST_CASE("a non-administrator sees the admin page read-only", "[ui][admin]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    const Session quality = t.sessionWith({Role::QualitySupervisor});
    sd::ui::AdminPage page(t.db(), quality);
    auto *add = page.findChild<QPushButton *>(u"addStaffButton"_s);
    REQUIRE(add);
    CHECK_FALSE(add->isEnabled());
    auto *hours = page.findChild<QLineEdit *>(u"calendarHours"_s);
    REQUIRE(hours);
    CHECK(hours->isReadOnly());
}
