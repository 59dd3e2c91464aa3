// servicedeskctl: the administrator's command-line tool (init, migrate, users, customer files,
// calendar, backup). Thin: every rule, permission and audit entry lives in sd_core.
#include "cli.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // A GUI application on the offscreen platform: PDF reports need fonts and a paint device,
    // never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // The desk client's names, so the default database is the same file.
    QCoreApplication::setOrganizationName(u"ServiceCenterDesk"_s);
    QCoreApplication::setApplicationName(u"servicedesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SD_VERSION));
    sd::ctl::Cli cli(QCoreApplication::arguments());
    return cli.run();
}
