// Log out / switch user: the window closes as logged out, and each user comes back to their
// own last page, never to the previous user's.
#include "tests/support/testdb.h"
#include "ui/shell/mainwindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

TEST_CASE("log out closes the desk for the next person, who starts on their own page", "[ui][shell]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    Session first = t.sessionWith({Role::HotlineOperator}, u"张敏"_s);
    Session second = t.sessionWith({Role::HotlineOperator}, u"王磊"_s);
    // Logins unique to this run, so settings left by other runs do not count.
    first.login += tag;
    second.login += tag;

    {
        sd::ui::MainWindow window(t.db(), first, nullptr);
        window.show();
        REQUIRE(window.showPage(u"customers"_s));
        auto *logout = window.findChild<QAction *>(u"logoutAction"_s);
        REQUIRE(logout);
        CHECK_FALSE(logout->shortcut().isEmpty());
        QSignalSpy spy(&window, &sd::ui::MainWindow::logoutRequested);
        logout->trigger();
        CHECK(spy.count() == 1);
        CHECK(window.loggedOut());
        CHECK_FALSE(window.isVisible());
    }
    {
        // The next person does not inherit the first one's page.
        sd::ui::MainWindow window(t.db(), second, nullptr);
        window.restoreSettings();
        CHECK(window.currentPageId() == u"home"_s);
        CHECK_FALSE(window.loggedOut());
        window.close();   // quitting is not logging out
        CHECK_FALSE(window.loggedOut());
    }
    {
        sd::ui::MainWindow window(t.db(), first, nullptr);
        window.restoreSettings();
        CHECK(window.currentPageId() == u"customers"_s);
    }
    QSettings settings;
    settings.remove(u"mainwindow/page/"_s + first.login);
    settings.remove(u"mainwindow/page/"_s + second.login);
}
