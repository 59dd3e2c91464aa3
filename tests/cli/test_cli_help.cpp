// --help everywhere: the desk client answers it without a display; servicedeskctl's command
// groups and subcommands each answer with their own usage.
#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

struct Ran {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs a program with no display of any kind (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM).
Ran runHeadless(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"SD_PASSWORD"_s})
        env.remove(name);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForStarted(30000));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    Ran r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
    UNSCOPED_INFO(program.toStdString() << ' ' << args.join(u' ').toStdString() << " → " << r.exitCode
                                        << "\nstdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    return r;
}

Ran ctl(const QStringList &args) { return runHeadless(QStringLiteral(SD_CTL_PATH), args); }

} // namespace

TEST_CASE("servicedesk --help and --version print and exit 0 without a display", "[cli][help]")
{
    // --lang en: the help in English whatever language this account chose on the desk.
    const Ran help = runHeadless(QStringLiteral(SD_DESK_PATH), {u"--help"_s, u"--lang"_s, u"en"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"--database"_s));
    CHECK(help.out.contains(u"--screenshots"_s));
    CHECK(help.out.contains(u"--lang"_s));
    const Ran shortHelp = runHeadless(QStringLiteral(SD_DESK_PATH), {u"-h"_s});
    CHECK(shortHelp.exitCode == 0);
    CHECK(shortHelp.out.contains(u"--database"_s));
    const Ran version = runHeadless(QStringLiteral(SD_DESK_PATH), {u"--version"_s});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(u"servicedesk "_s));
}

TEST_CASE("servicedeskctl command groups answer --help with their own subcommands", "[cli][help]")
{
    struct Group {
        QString name;
        QStringList subcommands;
    };
    const QList<Group> groups = {
        {u"user"_s, {u"add"_s, u"passwd"_s, u"disable"_s, u"enable"_s, u"list"_s}},
        {u"customer"_s, {u"import"_s, u"export"_s}},
        {u"calendar"_s, {u"import"_s, u"hours"_s, u"due"_s, u"show"_s}},
        {u"report"_s, {u"hotline"_s, u"complaints"_s}},
    };
    const Ran general = ctl({u"--help"_s});
    REQUIRE(general.exitCode == 0);
    for (const Group &g : groups) {
        CAPTURE(g.name);
        for (const QStringList &args : {QStringList{g.name, u"--help"_s}, QStringList{u"help"_s, g.name}}) {
            const Ran help = ctl(args);
            CHECK(help.exitCode == 0);
            CHECK(help.out != general.out);
            CHECK(help.out.contains(u"servicedeskctl [--database DB] [--json] [--as LOGIN] %1 SUBCOMMAND"_s.arg(g.name)));
            for (const QString &sub : g.subcommands)
                CHECK(help.out.contains(u"\n  "_s + sub + u' '));
        }
        for (const QString &sub : g.subcommands) {
            CAPTURE(sub);
            const Ran help = ctl({g.name, sub, u"--help"_s});
            CHECK(help.exitCode == 0);
            CHECK(help.out.contains(u"servicedeskctl"_s));
            CHECK(help.out.contains(g.name + u' ' + sub));
            CHECK(help.out != general.out);
        }
    }
    // Each subcommand's own options.
    CHECK(ctl({u"report"_s, u"hotline"_s, u"--help"_s}).out.contains(u"CODE-OR-NAME"_s));
    CHECK(ctl({u"report"_s, u"complaints"_s, u"--help"_s}).out.contains(u"--month"_s));
    CHECK(ctl({u"help"_s, u"report"_s, u"hotline"_s}).out.contains(u"CODE-OR-NAME"_s));
    CHECK(ctl({u"report"_s, u"bogus"_s, u"--help"_s}).exitCode == 2);
}
