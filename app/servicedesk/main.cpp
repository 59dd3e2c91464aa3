// The desk client: parses the command line, opens the database, logs in, shows the desk.
#include "core/common/logging.h"
#include "core/db/database.h"
#include "ui/common/errors.h"
#include "core/hotline/callerid.h"
#include "ui/shell/callerbridge.h"
#include "ui/shell/language.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/screenshottour.h"
#include "ui/shell/startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QMessageBox>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitSchemaTooNew = 3 };

class Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

int report(bool interactive, const QString &title, const QString &message, int code)
{
    if (interactive)
        QMessageBox::critical(nullptr, title, message);
    else
        std::fprintf(stderr, "servicedesk: %s\n", qPrintable(message));
    return code;
}

/// The desk's command line. Built after the language is chosen, so --help speaks it.
struct CommandLine {
    QCommandLineParser parser;
    const QCommandLineOption databaseOption{
        u"database"_s,
        Main::tr("The database: a SQLite file, or postgresql://user@host[:port]/dbname "
                 "(password from PGPASSWORD or asked). Default: the SQLite file in the user's data folder."),
        Main::tr("path-or-url")};
    const QCommandLineOption langOption{u"lang"_s, Main::tr("The user interface language: zh_CN or en."),
                                        Main::tr("language")};
    const QCommandLineOption screenshotsOption{
        u"screenshots"_s,
        Main::tr("Save screenshots of the main screens in English and Chinese into the folder, logged in "
                 "as the first demo account, and exit."),
        Main::tr("folder")};

    const QCommandLineOption callerOption{
        u"caller"_s,
        Main::tr("A call is ringing from this number (for a phone system): the desk this user already runs "
                 "comes forward with the caller looked up and a new call ready; without one, the desk starts "
                 "and does so after the login."),
        Main::tr("number")};
    const QCommandLineOption verboseOption{
        u"verbose"_s, Main::tr("Log what the program does on standard error (statements and their time, actions, logins; "
                               "never values or passwords). Finer: QT_LOGGING_RULES=\"sd.db.debug=true\".")};

    CommandLine()
    {
        parser.setApplicationDescription(Main::tr("Service Center Desk: the after-sales service center's desk client."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({databaseOption, langOption, screenshotsOption, callerOption, verboseOption});
    }
};

/// True when the command line asks for --help or --version: answered without a display.
bool asksHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--") == 0)
            break;
        for (const char *ask : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (qstrcmp(argv[i], ask) == 0)
                return true;
    }
    return false;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(u"ServiceCenterDesk"_s);
    QCoreApplication::setApplicationName(u"servicedesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SD_VERSION));
}

/// --help / --version from a core application: QApplication aborts without a display.
int helpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    sd::ui::LanguageManager language;
    {
        CommandLine untranslated;
        (void)untranslated.parser.parse(QCoreApplication::arguments());
        const QString lang = untranslated.parser.value(untranslated.langOption);
        if (lang.isEmpty() || !language.setLanguage(lang, false))
            language.setLanguage(language.rememberedLanguage(), false);
    }
    CommandLine cl;
    cl.parser.process(app); // prints the help or version and exits 0 (an unknown option: 1)
    return ExitOk;
}

int run(QApplication &app)
{
    CommandLine cl;
    QCommandLineParser &parser = cl.parser;
    const QCommandLineOption &langOption = cl.langOption;
    const QCommandLineOption &databaseOption = cl.databaseOption;
    const QCommandLineOption &screenshotsOption = cl.screenshotsOption;
    parser.process(app);
    if (parser.isSet(cl.verboseOption))
        sd::core::logging::enableVerbose();

    const bool tour = parser.isSet(screenshotsOption);
    const bool interactive = !tour;

    sd::ui::LanguageManager language;
    if (parser.isSet(langOption)) {
        // A one-off choice on the command line; the menu choice is what is remembered.
        if (!language.setLanguage(parser.value(langOption), false))
            return report(interactive, Main::tr("Service Center Desk"),
                          Main::tr("Unknown language \"%1\"; use zh_CN or en.").arg(parser.value(langOption)),
                          ExitUsage);
    } else {
        language.setLanguage(language.rememberedLanguage(), false);
    }

    // A caller from the phone system goes to the desk already running, if there is one.
    QString pendingCaller;
    if (parser.isSet(cl.callerOption)) {
        auto number = sd::core::callerid::normalize(parser.value(cl.callerOption));
        if (!number)
            return report(false, Main::tr("Service Center Desk"), number.error().message, ExitUsage);
        QString why;
        switch (sd::ui::CallerBridge::send(sd::ui::CallerBridge::defaultServerName(), *number, 3000, &why)) {
        case sd::ui::CallerBridge::Delivery::Delivered:
            return ExitOk;
        case sd::ui::CallerBridge::Delivery::Refused:
            return report(false, Main::tr("Service Center Desk"), why, ExitUsage);
        case sd::ui::CallerBridge::Delivery::NoDesk:
            pendingCaller = *number;
            break;
        }
    }

    auto spec = sd::core::ConnectionSpec::parse(parser.value(databaseOption));
    if (!spec)
        return report(interactive, Main::tr("Service Center Desk"), spec.error().message, ExitUsage);

    sd::ui::OpenResult opened = sd::ui::openDeskDatabase(*spec, interactive);
    switch (opened.outcome) {
    case sd::ui::OpenOutcome::Ready:
        break;
    case sd::ui::OpenOutcome::Cancelled:
        return ExitFailed;
    case sd::ui::OpenOutcome::SchemaTooNew:
        return report(interactive, Main::tr("Database too new"), opened.error.message, ExitSchemaTooNew);
    case sd::ui::OpenOutcome::Failed:
        return report(interactive, Main::tr("Cannot open the database"),
                      interactive ? sd::ui::describeError(opened.error) : opened.error.message, ExitFailed);
    }
    sd::core::Database db = opened.db;

    int code = ExitOk;
    if (tour) {
        code = sd::ui::runScreenshotTour(db, &language, parser.value(screenshotsOption));
    } else if (sd::ui::ensureFirstAdministrator(db)) {
        // Callers from the phone system: taken from the start, kept until a desk window shows.
        sd::ui::CallerBridge callers;
        if (!callers.listen())
            qWarning().noquote() << "servicedesk: callers from the phone system are not taken:" << callers.errorString();
        sd::ui::MainWindow *current = nullptr;
        QObject::connect(&callers, &sd::ui::CallerBridge::callerArrived, &app, [&](const QString &number) {
            if (current)
                current->showCaller(number);
            else
                pendingCaller = number;
        });
        // "Log out / switch user" closes the window and asks for the next login; quitting
        // (or cancelling the login) ends the program.
        for (bool again = true; again;) {
            again = false;
            sd::ui::LoginDialog login(db, &language);
            if (login.exec() != QDialog::Accepted)
                break;
            sd::ui::MainWindow window(db, login.session(), &language);
            window.restoreSettings();
            window.show();
            current = &window;
            if (!pendingCaller.isEmpty()) {
                window.showCaller(pendingCaller);
                pendingCaller.clear();
            }
            code = app.exec();
            current = nullptr;
            again = window.loggedOut();
        }
    } else {
        code = ExitFailed;
    }
    db.close();
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksHelpOrVersion(argc, argv))
        return helpOrVersion(argc, argv);
    QApplication app(argc, argv);
    setApplicationNames();
    return run(app);
}
