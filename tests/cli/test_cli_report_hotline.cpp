// servicedeskctl report hotline: a customer's record of hotline service as text, JSON, CSV
// and PDF, on both engines.
#include "core/hotline/hotlineworkflow.h"
#include "core/problembase/problemclass.h"
#include "tests/core/test_hotline_fixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::HotlineFixture;
using sd::test::PinnedClock;
using sd::test::shanghai;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs servicedeskctl; with `asLogin`, acting as that staff member (password through SD_PASSWORD).
Run ctl(const QStringList &args, const QString &asLogin = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"SD_PASSWORD"_s);
    if (!asLogin.isEmpty())
        env.insert(u"SD_PASSWORD"_s, sd::test::testPassword());
    const QStringList all = asLogin.isEmpty() ? args : QStringList{u"--as"_s, asLogin} + args;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SD_CTL_PATH), all);
    REQUIRE(p.waitForStarted(30000));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(180000));
    Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
    UNSCOPED_INFO("servicedeskctl " << all.join(u' ').toStdString() << " → " << r.exitCode << "\nstdout: "
                                    << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    return r;
}

} // namespace

TEST_CASE("report hotline writes a customer's record of hotline service", "[cli][hotline]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    {
        PinnedClock clock(shanghai("2026-10-20 10:00"));
        auto svc = f.service();
        auto solved = svc.create(f.op, f.newCall(problemclass::Operation, u"月末结账提示有未记账凭证"_s));
        REQUIRE(solved);
        REQUIRE(svc.act(f.op, solved->id, solved->version, hotline::Solve, {{u"solution"_s, u"先记账再结账"_s}}));
        clock.set(shanghai("2026-11-03 14:00"));
        auto bug = svc.create(f.op, f.newCall(problemclass::SoftwareBug, u"存货期末处理报错：除数为零"_s));
        REQUIRE(bug);
        REQUIRE(svc.act(f.op, bug->id, bug->version, hotline::SubmitHq,
                        {{u"hq_kind"_s, u"bug"_s}, {u"hq_reference"_s, u"HQ-2026-0815"_s}}));
        clock.set(shanghai("2026-12-02 09:00"));   // outside the period
        REQUIRE(svc.create(f.op, f.newCall(problemclass::Consultation, u"咨询升级"_s)));
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"record.csv"_s);
    const QString pdf = dir.filePath(u"record.pdf"_s);
    // The customer by the service code the desk shows (not the internal id).
    const QStringList base{u"--database"_s, f.t.url(), u"report"_s, u"hotline"_s, u"--customer"_s,
                           u"SC-1001"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-11-30"_s};
    const QString op = f.op.login;

    auto r = ctl(QStringList{u"--json"_s} + base + QStringList{u"--csv"_s, csv, u"--pdf"_s, pdf}, op);
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(json.value(u"customer"_s).toString() == u"北京华信达科技有限公司"_s);
    CHECK(json.value(u"service_code"_s).toString() == u"SC-1001"_s);
    CHECK(json.value(u"calls"_s).toInt() == 2);
    CHECK(json.value(u"solved"_s).toInt() == 1);
    CHECK(json.value(u"handed_on"_s).toInt() == 1);
    const QJsonArray rows = json.value(u"rows"_s).toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toObject().value(u"solution"_s).toString() == u"先记账再结账"_s);
    CHECK(rows.at(1).toObject().value(u"outcome"_s).toString().contains(u"HQ-2026-0815"_s));

    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));   // UTF-8 BOM, for Excel
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.split(u"\r\n"_s, Qt::SkipEmptyParts).size() == 3);
    CHECK(text.contains(u"月末结账提示有未记账凭证"_s));
    CHECK_FALSE(text.contains(u"咨询升级"_s));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == QByteArray("%PDF-"));
    CHECK(pdfFile.size() > 2000);

    auto human = ctl(base, op);
    REQUIRE(human.exitCode == 0);
    CHECK(human.out.contains(u"存货期末处理报错"_s));
    CHECK(human.out.contains(u"SC-1001"_s));

    const QStringList period{u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-11-30"_s};
    const QStringList report{u"--database"_s, f.t.url(), u"report"_s, u"hotline"_s};
    CHECK(ctl(report + period, op).exitCode == 2);   // no --customer
    CHECK(ctl(report + QStringList{u"--customer"_s, u"99999"_s} + period, op).exitCode == 1);
    CHECK(ctl(report + QStringList{u"--customer"_s, u"SC-1001"_s, u"--from"_s, u"2026-12-01"_s, u"--to"_s, u"2026-11-01"_s},
              op)
              .exitCode == 1);
}

TEST_CASE("report hotline finds the customer by service code or name and lists the candidates when ambiguous",
          "[cli][hotline]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    const QStringList report{u"--json"_s, u"--database"_s, f.t.url(), u"report"_s, u"hotline"_s};
    const QStringList period{u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-11-30"_s};
    auto customerOf = [&](const QString &given) {
        auto r = ctl(report + QStringList{u"--customer"_s, given} + period, f.op.login);
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"customer"_s).toString();
    };
    CHECK(customerOf(u"sc-1001"_s) == u"北京华信达科技有限公司"_s);        // service code, any case
    CHECK(customerOf(u"北京华信达科技有限公司"_s) == u"北京华信达科技有限公司"_s); // full name
    CHECK(customerOf(u"远航"_s) == u"天津远航物流有限公司"_s);                // a unique part

    // Both names contain 有限公司: a usage error naming the candidates.
    auto both = ctl(QStringList{u"--database"_s, f.t.url(), u"report"_s, u"hotline"_s, u"--customer"_s, u"有限公司"_s}
                        + period,
                    f.op.login);
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains(u"北京华信达科技有限公司 (SC-1001)"_s));
    CHECK(both.err.contains(u"天津远航物流有限公司"_s));
    // An internal id is not a service code or a name.
    CHECK(ctl(report + QStringList{u"--customer"_s, QString::number(f.expiredCustomer)} + period, f.op.login).exitCode == 1);
}

TEST_CASE("report hotline acts as a named staff member whose permission is checked", "[cli][hotline]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    const QStringList args{u"--database"_s, f.t.url(), u"report"_s, u"hotline"_s, u"--customer"_s, u"SC-1001"_s,
                           u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-11-30"_s};
    auto missing = ctl(args);
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(u"--as"_s));
    CHECK(ctl(args, f.sales.login).exitCode == 4);      // sales do not see hotline calls
    CHECK(ctl(args, f.account.login).exitCode == 0);
    CHECK(ctl(args, f.engineer.login).exitCode == 0);
    CHECK(ctl(args, f.manager.login).exitCode == 0);
}
