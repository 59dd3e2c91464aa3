// The desk asks core, it does not decide: pages by core's areas, "new request" whenever core
// allows it, the report's month-end rule and message from core, no write when a page opens, and
// the customer card's warranty day the same as core's.
#include "core/auth/areas.h"
#include "core/complaints/complaintservice.h"
#include "core/records/customerrepository.h"
#include "tests/support/testdb.h"
#include "ui/common/format.h"
#include "ui/complaints/complaintspage.h"
#include "ui/dispatch/dispatchboardpage.h"
#include "ui/records/customercardwidget.h"
#include "ui/shell/mainwindow.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {
qint64 shanghai(int y, int mo, int d, int h)
{
    return QDateTime(QDate(y, mo, d), QTime(h, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toMSecsSinceEpoch();
}

int count(const Database &db, const QString &table)
{
    return db.scalar(u"SELECT COUNT(*) FROM "_s + table)->toInt();
}
} // namespace

TEST_CASE("the navigation shows exactly the areas core opens to the session", "[ui][shell][permissions]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    for (const RoleSet &roles : {RoleSet{Role::HotlineOperator}, RoleSet{Role::ServiceEngineer}, RoleSet{Role::Sales},
                                 RoleSet{Role::QualitySupervisor}, RoleSet{Role::Trainer}}) {
        const Session s = t.sessionWith(roles);
        sd::ui::MainWindow window(t.db(), s, nullptr);
        auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
        REQUIRE(nav);
        QStringList shown, expected;
        for (int i = 0; i < nav->count(); ++i)
            shown << nav->item(i)->data(Qt::UserRole + 1).toString();
        const auto areas = openableAreas(t.db(), s);
        REQUIRE(areas);
        for (Area a : *areas)
            expected << areaKey(a);
        CHECK(shown == expected);
    }
}

TEST_CASE("the dispatch board offers a new request to everyone core lets ask for one, engineers included",
          "[ui][dispatch][permissions]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    for (const auto &[roles, shown] : {std::pair{RoleSet{Role::ServiceEngineer}, true},
                                       std::pair{RoleSet{Role::HotlineOperator}, true},
                                       std::pair{RoleSet{Role::ServiceManager}, true},
                                       std::pair{RoleSet{Role::QualitySupervisor}, false}}) {
        sd::ui::DispatchBoardPage board(t.db(), t.sessionWith(roles));
        board.show();
        auto *button = board.findChild<QPushButton *>(u"newOnsiteRequest"_s);
        REQUIRE(button);
        CHECK(button->isVisible() == shown);
    }
}

TEST_CASE("the report page says core's reason why a month's report cannot be issued yet, and changes nothing",
          "[ui][complaints]")
{
    ScopedClock pin(shanghai(2026, 11, 24, 10));
    auto t = TestDatabase::create(Backend::SQLite);
    const Session quality = t.sessionWith({Role::QualitySupervisor});
    sd::ui::ComplaintReportWidget page(t.db(), quality);
    page.show();
    page.setMonth(202611);   // under way
    auto *issue = page.findChild<QPushButton *>(u"issueReport"_s);
    REQUIRE(issue);
    CHECK(issue->isVisible());
    CHECK_FALSE(issue->isEnabled());
    auto svc = complaints::ComplaintService::open(t.db());
    const Status core = complaints::ComplaintReportReminder(t.db(), svc->calendar()).monthOver(202611, Database::nowMs());
    REQUIRE_FALSE(core);
    CHECK(issue->toolTip() == core.error().message);
    const int audits = count(t.db(), u"audit"_s);
    CHECK_FALSE(page.issue());
    CHECK(count(t.db(), u"complaint_reports"_s) == 0);
    CHECK(count(t.db(), u"audit"_s) == audits);

    page.setMonth(202610);   // over
    CHECK(issue->isEnabled());
    CHECK(issue->toolTip() != core.error().message);
}

TEST_CASE("opening the complaints page writes nothing to the database", "[ui][complaints]")
{
    ScopedClock pin(shanghai(2026, 11, 24, 10));
    auto t = TestDatabase::create(Backend::SQLite);
    const Session quality = t.sessionWith({Role::QualitySupervisor});
    const int clocks = count(t.db(), u"sla_clocks"_s);
    const int alerts = count(t.db(), u"alerts"_s);
    const int audits = count(t.db(), u"audit"_s);
    {
        sd::ui::ComplaintsPage page(t.db(), quality);
        page.show();
        page.showReport();
    }
    CHECK(count(t.db(), u"sla_clocks"_s) == clocks);
    CHECK(count(t.db(), u"alerts"_s) == alerts);
    CHECK(count(t.db(), u"audit"_s) == audits);
}

TEST_CASE("the customer card shows the warranty's last day as core computes it for complaints", "[ui][customers][warranty]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    Customer c;
    c.name = u"北京华远机械有限公司"_s;
    Contract k;
    k.type = u"SPS"_s;
    k.startsOn = QDate(2026, 1, 1);
    k.endsOn = QDate(2027, 12, 31);
    k.warrantyMonths = 12;
    c.contracts = {k};
    auto id = CustomerRepository(t.db()).create(t.admin(), c);
    REQUIRE(id);
    auto svc = complaints::ComplaintService::open(t.db());
    REQUIRE(svc);
    sd::ui::CustomerCardWidget card;
    card.show();
    auto *rights = card.findChild<QLabel *>(u"cardEntitlements"_s);
    REQUIRE(rights);

    // The last day of the warranty: free maintenance, until that very day, on the card and in core.
    {
        ScopedClock pin(shanghai(2026, 12, 31, 10));
        card.setCustomer(*CustomerRepository(t.db()).get(*id));
        CHECK(rights->text().contains(u"Free maintenance until %1"_s.arg(sd::ui::formatDate(k.warrantyLastDay()))));
        CHECK(svc->contractScope(*id, QDate(2026, 12, 31))->contains(u"free maintenance until 2026-12-31"_s));
    }
    // The day after: paid, on both.
    {
        ScopedClock pin(shanghai(2027, 1, 1, 10));
        card.setCustomer(*CustomerRepository(t.db()).get(*id));
        CHECK(rights->text().contains(u"Paid maintenance (warranty ended)"_s));
        CHECK(svc->contractScope(*id, QDate(2027, 1, 1))->contains(u"warranty ended 2026-12-31"_s));
    }
}
