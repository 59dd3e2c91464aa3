// The home page's alerts: worded in the reader's language, dated in the business calendar's
// time zone, and activating one asks to open the record it is about.
#include "core/alerts/alertstore.h"
#include "core/calendar/calendarrepository.h"
#include "core/sla/slarepository.h"
#include "tests/support/testdb.h"
#include "ui/shell/homepage.h"

#include <QDateTime>
#include <QListWidget>
#include <QPushButton>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

TEST_CASE("the home page lists my alerts with their date and opens the record on activation", "[ui][shell][alerts]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(CalendarRepository::ensureDefaults(t.db()));
    const Session gm = t.sessionWith({Role::DepartmentHead}, u"赵建国"_s);
    // 2026-11-24 09:30 in Shanghai: 01:30 UTC, so a UTC date/time would show another hour.
    const qint64 at = QDateTime(QDate(2026, 11, 24), QTime(9, 30), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
                          .toMSecsSinceEpoch();
    {
        sd::core::ScopedClock pin(at);
        REQUIRE(AlertStore(t.db()).raise(t.admin(), gm.staffId, QString(alertkind::ComplaintKeyCustomer),
                                         u"complaints"_s, 17, {u"TS-20261124-017"_s, u"天津港务集团"_s, u"未按约定上门"_s}));
    }

    sd::ui::HomePage page(t.db(), gm);
    page.resize(1280, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *list = page.findChild<QListWidget *>(u"alertList"_s);
    REQUIRE(list);
    REQUIRE(list->isVisible());
    REQUIRE(list->count() == 1);
    const QString when = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(at, CalendarRepository(t.db()).load()->timeZone()), QLocale::ShortFormat);
    const QString line = list->item(0)->text();
    CHECK(line.startsWith(when));
    CHECK(line.contains(u"Valid complaint TS-20261124-017 from key customer 天津港务集团"_s));

    QSignalSpy open(&page, &sd::ui::HomePage::openRecord);
    // Enter on the alert (as a double-click would) opens its record.
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(open.size() == 1);
    CHECK(open.first().at(0).toString() == u"complaints"_s);
    CHECK(open.first().at(1).toLongLong() == 17);

    // Read: the list goes away.
    auto *read = page.findChild<QPushButton *>(u"alertsRead"_s);
    REQUIRE(read);
    QTest::mouseClick(read, Qt::LeftButton);
    CHECK_FALSE(list->isVisible());
    CHECK(*AlertStore(t.db()).unreadCount(gm.staffId) == 0);
}
