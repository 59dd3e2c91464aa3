#pragma once

// What a servicedeskctl run left behind, for the CLI tests that run it as a separate process.
#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace sd::test {

struct CtlRun {
    int exitCode = -1;
    QString out;
    QString err;

    /// Standard output as the one JSON object --json prints (the test fails when it is not).
    QJsonObject json() const
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        INFO("stdout: " << out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(doc.isObject());
        return doc.object();
    }
};

} // namespace sd::test
