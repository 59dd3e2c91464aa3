// A caller from the phone system (servicedesk --caller): the number goes over the user's local
// socket to the running desk, which comes forward on the hotline desk with the caller looked up
// and a new call ready — without wiping a call being written.
#include "core/records/customerrepository.h"
#include "tests/support/testdb.h"
#include "ui/shell/callerbridge.h"
#include "ui/shell/mainwindow.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTest>
#include <QUuid>
#include <QDir>
#include <QFile>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <thread>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;
using sd::ui::CallerBridge;

namespace {

QString uniqueServer() { return u"sd-test-caller-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12); }

qint64 addCustomer(const TestDatabase &t, const QString &name, const QString &phone)
{
    Customer c;
    c.name = name;
    c.address = u"北京市海淀区中关村大街1号"_s;
    Contact contact;
    contact.name = u"王丽"_s;
    contact.isAdmin = true;
    contact.phones = {{0, phone, u"mobile"_s}};
    c.contacts = {contact};
    auto id = CustomerRepository(t.db()).create(t.admin(), c);
    REQUIRE(id);
    return *id;
}

/// Sends from another thread (send() blocks for the answer; the desk answers from this
/// thread's event loop) and waits for the outcome while events are processed.
CallerBridge::Delivery sendFromPhoneSystem(const QString &server, const QString &number, QString *why = nullptr)
{
    std::atomic<int> outcome{-1};
    QString reason;
    std::thread phone([&] {
        outcome = int(CallerBridge::send(server, number, 3000, &reason));
    });
    for (int waited = 0; outcome.load() < 0 && waited < 8000; waited += 10)
        QTest::qWait(10);
    phone.join(); // send() gives up on its own after its timeout
    CHECK(outcome.load() >= 0);
    if (why)
        *why = reason;
    return CallerBridge::Delivery(outcome.load());
}

} // namespace

TEST_CASE("a caller from the phone system brings the running desk forward with a new call", "[ui][caller]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    addCustomer(t, u"北京华信达科技有限公司"_s, u"138 1234 5678"_s);
    const Session operatorSession = t.sessionWith({Role::HotlineOperator}, u"安静"_s);
    sd::ui::MainWindow window(t.db(), operatorSession, nullptr);
    window.show();
    window.showPage(u"customers"_s);

    CallerBridge bridge(uniqueServer());
    REQUIRE(bridge.listen());
    QObject::connect(&bridge, &CallerBridge::callerArrived, &window, &sd::ui::MainWindow::showCaller);

    CHECK(sendFromPhoneSystem(bridge.serverName(), u"+86 138-1234-5678"_s) == CallerBridge::Delivery::Delivered);
    QTRY_COMPARE(window.currentPageId(), u"hotline"_s);
    auto *lookup = window.findChild<QLineEdit *>(u"deskCallerLookup"_s);
    REQUIRE(lookup);
    CHECK(lookup->text() == u"+8613812345678"_s);
    auto *matches = window.findChild<QListWidget *>(u"callerMatches"_s);
    REQUIRE(matches);
    QTRY_COMPARE(matches->count(), 1);
    CHECK(matches->item(0)->text().contains(u"北京华信达科技有限公司"_s));
    CHECK(window.statusBar()->currentMessage().contains(u"+8613812345678"_s));

    SECTION("a call being written is kept: the toolbar lookup shows the new caller instead")
    {
        auto *description = window.findChild<QPlainTextEdit *>(u"deskDescription"_s);
        REQUIRE(description);
        description->setPlainText(u"客户反映月结时凭证无法过账"_s);
        CHECK(sendFromPhoneSystem(bridge.serverName(), u"13900001111"_s) == CallerBridge::Delivery::Delivered);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(u"13900001111"_s));
        CHECK(description->toPlainText() == u"客户反映月结时凭证无法过账"_s);
        CHECK(lookup->text() == u"+8613812345678"_s);
    }
    SECTION("a number that is not one is refused with the reason, nothing shown")
    {
        window.showPage(u"customers"_s);
        QString why;
        CHECK(sendFromPhoneSystem(bridge.serverName(), u"138; DROP TABLE"_s, &why) == CallerBridge::Delivery::Refused);
        CHECK_FALSE(why.isEmpty());
        QTest::qWait(50);
        CHECK(window.currentPageId() == u"customers"_s);
    }
}

TEST_CASE("with no desk running the phone system's number finds nobody to take it", "[ui][caller]")
{
    CHECK(CallerBridge::send(uniqueServer(), u"13812345678"_s, 300) == CallerBridge::Delivery::NoDesk);
}

TEST_CASE("a second desk of the same user does not take over the first one's callers", "[ui][caller]")
{
    CallerBridge first(uniqueServer());
    REQUIRE(first.listen());
    CallerBridge second(first.serverName());
    CHECK_FALSE(second.listen());
    CHECK_FALSE(second.errorString().isEmpty());
}

TEST_CASE("a desk that died leaves a socket the next desk takes over", "[ui][caller]")
{
    // A crashed desk leaves its socket file behind with nobody listening on it.
    const QString name = uniqueServer();
    const QByteArray path = QFile::encodeName(QDir::tempPath() + u'/' + name);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    REQUIRE(size_t(path.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0);
    ::close(fd);
    REQUIRE(QFile::exists(QString::fromLocal8Bit(path)));

    CallerBridge next(name);
    REQUIRE(next.listen());
    QString taken;
    QObject::connect(&next, &CallerBridge::callerArrived, [&](const QString &n) { taken = n; });
    CHECK(sendFromPhoneSystem(name, u"801"_s) == CallerBridge::Delivery::Delivered);
    QTRY_COMPARE(taken, u"801"_s);
}
