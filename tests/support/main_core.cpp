// Catch2 main for core tests: a QCoreApplication (translations, QStandardPaths) first.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("servicedesk-tests"));
    return Catch::Session().run(argc, argv);
}
