#include "core/calendar/calendarrepository.h"
#include "core/sla/slarepository.h"
#include "tests/support/testdb.h"
#include "ui/admin/adminpage.h"
#include "ui/admin/admintabs.h"
#include "ui/shell/language.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

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

TEST_CASE("staff accounts are listed by name in pinyin order, searchable, with plural counts", "[ui][admin]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(CalendarRepository::ensureDefaults(t.db()));
    auto dept = t.db().insertReturningId(u"INSERT INTO departments (name, name_en, created_at, updated_at) "
                                         "VALUES ('现场服务部', 'On-site Service', 1, 1)"_s);
    REQUIRE(dept);
    // Created out of pinyin order: 赵 zhao, 安 an, 王 wang, 李 li.
    const Session zhao = t.sessionWith({Role::ServiceEngineer}, u"赵建国"_s);
    const Session an = t.sessionWith({Role::HotlineOperator}, u"安静"_s);
    const Session wang = t.sessionWith({Role::ServiceEngineer}, u"王芳"_s);
    const Session li = t.sessionWith({Role::Sales}, u"李娜"_s);
    for (qint64 id : {zhao.staffId, wang.staffId})
        REQUIRE(t.db().exec(u"UPDATE staff SET department_id = ? WHERE id = ?"_s, {*dept, id}));

    sd::ui::LanguageManager language; // English, with its plural forms
    REQUIRE(language.setLanguage(u"en"_s, false));
    sd::ui::AdminPage page(t.db(), t.admin());
    page.resize(1280, 800);
    page.show();
    auto *staff = page.findChild<QTableWidget *>(u"staffTable"_s);
    auto *search = page.findChild<QLineEdit *>(u"staffSearch"_s);
    auto *summary = page.findChild<QLabel *>(u"staffSummary"_s);
    REQUIRE(staff);
    REQUIRE(search);
    REQUIRE(summary);
    auto names = [staff] {
        QStringList out;
        for (int r = 0; r < staff->rowCount(); ++r)
            out << staff->item(r, 1)->text();
        return out;
    };
    QStringList chinese = names();
    chinese.removeIf([](const QString &n) { return n.at(0).unicode() < 0x3000; }); // the administrator
    CHECK(chinese == QStringList{u"安静"_s, u"李娜"_s, u"王芳"_s, u"赵建国"_s});
    CHECK(summary->text() == u"5 accounts in 1 department"_s);

    // By name …
    search->setText(u"王"_s);   // QTest::keyClicks asserts on non-ASCII text
    CHECK(names() == QStringList{u"王芳"_s});
    CHECK(summary->text() == u"1 of 5 accounts shown"_s);
    // … by department (either language) …
    search->clear();
    QTest::keyClicks(search, u"on-site"_s);
    CHECK(names() == QStringList{u"王芳"_s, u"赵建国"_s});
    search->setText(u"现场"_s);
    CHECK(names() == QStringList{u"王芳"_s, u"赵建国"_s});
    // … and by login.
    search->setText(li.login);
    CHECK(names() == QStringList{u"李娜"_s});
    search->clear();
    CHECK(staff->rowCount() == 5);
    CHECK(summary->text() == u"5 accounts in 1 department"_s);
}

TEST_CASE("the calendar tab warns of a coming year without holidays, and the calculator marks such deadlines", "[ui][admin][calendar]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(CalendarRepository::ensureDefaults(t.db()));
    const int last = CalendarRepository(t.db()).load()->lastHolidayYear();
    REQUIRE(last > 0);
    const QTimeZone zone = BusinessCalendar::defaultTimeZone();
    {
        // Mid-year of the last known year: nothing to say.
        ScopedClock clock(QDateTime(QDate(last, 6, 1), QTime(10, 0), zone).toMSecsSinceEpoch());
        sd::ui::CalendarTab tab(t.db(), t.admin());
        tab.show();
        auto *banner = tab.findChild<QLabel *>(u"calendarCoverage"_s);
        REQUIRE(banner);
        CHECK(banner->isHidden());
    }
    // In December of it: the banner names the next year; a deadline into it carries the note.
    ScopedClock clock(QDateTime(QDate(last, 12, 31), QTime(16, 0), zone).toMSecsSinceEpoch());
    sd::ui::CalendarTab tab(t.db(), t.admin());
    tab.show();
    auto *banner = tab.findChild<QLabel *>(u"calendarCoverage"_s);
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QString::number(last + 1)));
    auto *due = tab.findChild<QLabel *>(u"calendarDue"_s);
    REQUIRE(due);
    CHECK(due->text().contains(QString::number(last + 1)));   // 480 working minutes from 31 Dec 16:00
}
