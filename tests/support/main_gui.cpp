// Catch2 main for UI tests: offscreen by default, because catch_discover_tests runs the binary
// at build time without CTest's environment.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("servicedesk-tests"));
    QApplication::setOrganizationName(QStringLiteral("ServiceCenterDeskTests"));
    return Catch::Session().run(argc, argv);
}
