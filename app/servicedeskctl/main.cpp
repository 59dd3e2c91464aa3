// servicedeskctl: the administrator's command-line tool (init, migrate, users, customer files,
// calendar, backup). Thin: every rule, permission and audit entry lives in sd_core.
#include "cli.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The desk client's names, so the default database is the same file.
    QCoreApplication::setOrganizationName(u"ServiceCenterDesk"_s);
    QCoreApplication::setApplicationName(u"servicedesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SD_VERSION));
    sd::ctl::Cli cli(QCoreApplication::arguments());
    return cli.run();
}
