// `servicedesk --caller NUMBER` as a phone system runs it: handed to the desk that runs, refused
// with a clear message when it is no number, and, with no desk running, a desk starts that takes
// the phone system's callers from its login on.
#include "tests/support/testdb.h"
#include "ui/shell/callerbridge.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUuid>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using sd::ui::CallerBridge;

namespace {

QString uniqueServer() { return u"sd-cli-caller-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12); }

QProcessEnvironment deskEnvironment(const QString &server)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SD_CALLER_SERVER"_s, server);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

/// Runs the desk to its end while this thread's events (the bridge's) are processed.
int runDesk(QProcess &p, const QStringList &args, const QString &server)
{
    p.setProcessEnvironment(deskEnvironment(server));
    p.start(QStringLiteral(SD_DESK_PATH), args);
    REQUIRE(p.waitForStarted(30000));
    QElapsedTimer timer;
    timer.start();
    while (p.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        p.waitForFinished(20);
    }
    REQUIRE(p.state() == QProcess::NotRunning);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

TEST_CASE("servicedesk --caller hands the number to the desk that runs and exits 0", "[cli][caller]")
{
    CallerBridge desk(uniqueServer());
    REQUIRE(desk.listen());
    QStringList taken;
    QObject::connect(&desk, &CallerBridge::callerArrived, [&](const QString &n) { taken << n; });

    QProcess p;
    CHECK(runDesk(p, {u"--caller"_s, u"0755-8888 6666"_s}, desk.serverName()) == 0);
    QCoreApplication::processEvents();
    CHECK(taken == QStringList{u"075588886666"_s});

    SECTION("a number that is not one is refused on the command line, exit 2, nothing handed over")
    {
        QProcess bad;
        CHECK(runDesk(bad, {u"--caller"_s, u"call me"_s}, desk.serverName()) == 2);
        const QString err = QString::fromUtf8(bad.readAllStandardError());
        CHECK(err.contains(u"caller number"_s));
        QCoreApplication::processEvents();
        CHECK(taken.size() == 1);
    }
}

TEST_CASE("servicedesk --caller with no desk running starts one that takes callers at its login", "[cli][caller]")
{
    auto t = sd::test::TestDatabase::create(sd::test::Backend::SQLite);
    const QString server = uniqueServer();
    QProcess p;
    p.setProcessEnvironment(deskEnvironment(server));
    p.start(QStringLiteral(SD_DESK_PATH), {u"--database"_s, t.url(), u"--caller"_s, u"13812345678"_s});
    REQUIRE(p.waitForStarted(30000));
    // The new desk waits at its login dialog; its bridge already answers.
    std::atomic<int> outcome{-1};
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        outcome = int(CallerBridge::send(server, u"13900001111"_s, 1000));
        if (outcome == int(CallerBridge::Delivery::Delivered) || p.state() == QProcess::NotRunning)
            break;
        p.waitForFinished(200);
    }
    CHECK(outcome.load() == int(CallerBridge::Delivery::Delivered));
    CHECK(p.state() == QProcess::Running);
    p.kill();
    p.waitForFinished(10000);
    QLocalServer::removeServer(server); // the killed desk's socket file
}
