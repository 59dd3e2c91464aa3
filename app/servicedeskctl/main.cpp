// servicedeskctl: the administrator's command-line tool (init, migrate, users, customer files,
// calendar, backup). Thin: every rule, permission and audit entry lives in sd_core.
#include "cli.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <memory>

#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Commands that write a PDF (--pdf FILE) need fonts and a paint device: a GUI application on
    // the offscreen platform, never a display. Everything else stays a plain core application.
    bool wantsPdf = false;
    for (int i = 1; i < argc; ++i)
        wantsPdf |= qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0;
    std::unique_ptr<QCoreApplication> app;
    if (wantsPdf) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // The offscreen platform wants a private runtime folder and warns without one.
            const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/servicedeskctl-runtime-" +
                                   QByteArray::number(static_cast<qulonglong>(getuid()));
            QDir().mkpath(QString::fromLocal8Bit(dir));
            QFile::setPermissions(QString::fromLocal8Bit(dir), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", dir);
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The desk client's names, so the default database is the same file.
    QCoreApplication::setOrganizationName(u"ServiceCenterDesk"_s);
    QCoreApplication::setApplicationName(u"servicedesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SD_VERSION));
    sd::ctl::Cli cli(QCoreApplication::arguments());
    return cli.run();
}
