// servicedeskctl digest: the first-visit needs digest of a day as text, JSON, CSV and PDF.
#include "core/csv/csv.h"
#include "core/firstvisit/firstvisitservice.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <optional>

using namespace Qt::StringLiterals;
using namespace sd::core;
using namespace sd::core::firstvisit;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs servicedeskctl on `t`; with `asLogin`, acting as that staff member (SD_PASSWORD).
Run digestCtl(const TestDatabase &t, const QStringList &args, const QString &asLogin)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"SD_PASSWORD"_s);
    QStringList all{u"--database"_s, t.url()};
    if (!asLogin.isEmpty()) {
        env.insert(u"SD_PASSWORD"_s, sd::test::testPassword());
        all << u"--as"_s << asLogin;
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SD_CTL_PATH), all + args);
    REQUIRE(p.waitForStarted(30000));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(180000));
    Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
    UNSCOPED_INFO("servicedeskctl " << args.join(u' ').toStdString() << " → " << r.exitCode << "\nstdout: "
                                    << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    return r;
}

qint64 at(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), BusinessCalendar::defaultTimeZone()).toMSecsSinceEpoch();
}

} // namespace

TEST_CASE("servicedeskctl digest prints and writes the day's needs per department", "[cli][firstvisit]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    const Database &db = t.db();
    const Session sales = t.sessionWith({Role::Sales});
    const Session agent = t.sessionWith({Role::FirstVisitAgent}, u"彭丽"_s);
    const Session head = t.sessionWith({Role::DepartmentHead}, u"高峰"_s);
    QList<qint64> dept;
    for (const QString &name : {u"实施部"_s, u"培训部"_s, u"热线支持部"_s}) {
        auto id = db.insertReturningId(
            u"INSERT INTO departments (name, head_id, version, created_at, updated_at) VALUES (?, ?, 1, 0, 0)"_s,
            {name, head.staffId});
        REQUIRE(id);
        dept << *id;
    }
    FirstVisitService service(db, BusinessCalendar());
    std::optional<ScopedClock> pin(std::in_place, at(2026, 11, 18, 10, 0));
    for (int i = 0; i < 3; ++i) {
        Submission s;
        s.customer.name = u"天津港物流%1"_s.arg(i);
        Contact c;
        c.name = u"刘会计"_s;
        c.phones = {{0, u"022-6600 12%1"_s.arg(i, 2, 10, QChar(u'0')), {}}};
        s.customer.contacts = {c};
        auto id = service.submit(sales, s);
        REQUIRE(id);
        REQUIRE(service.logAttempt(agent, *id, 1, u"reached"_s, {}));
        for (const QString &f : fieldKeys())
            REQUIRE(service.checkField(agent, *id, f, true));
        for (const QString &item : checklistKeys())
            REQUIRE(service.setChecklistItem(agent, *id, item, true, {}));
        REQUIRE(service.addNeed(agent, *id, needTypeKeys().at(i), u"需求 %1"_s.arg(i), dept.at(i)));
        REQUIRE(service.verify(agent, *id, 2));
        REQUIRE(service.recordNeeds(agent, *id, 3));
    }
    pin.reset();
    // The department head reads the digests.
    auto run = [&](const QStringList &args) { return digestCtl(t, args, head.login); };

    SECTION("text and JSON")
    {
        auto text = run({u"digest"_s, u"--date"_s, u"2026-11-18"_s});
        REQUIRE(text.exitCode == 0);
        CHECK(text.out.contains(u"实施部"_s));
        CHECK(text.out.contains(u"热线支持部"_s));
        CHECK(text.out.contains(u"天津港物流2"_s));
        auto json = run({u"--json"_s, u"digest"_s, u"--date"_s, u"2026-11-18"_s});
        REQUIRE(json.exitCode == 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        CHECK(o.value(u"needs"_s).toInt() == 3);
        const QJsonArray digests = o.value(u"digests"_s).toArray();
        REQUIRE(digests.size() == 3);
        CHECK(digests.at(1).toObject().value(u"department"_s).toString() == u"培训部"_s);
        CHECK(digests.at(1).toObject().value(u"state"_s).toString() == u"ready"_s);
        CHECK(digests.at(1).toObject().value(u"needs"_s).toArray().at(0).toObject().value(u"type"_s).toString() ==
              u"training"_s);
        auto one = run({u"--json"_s, u"digest"_s, u"--date"_s, u"2026-11-18"_s, u"--department"_s, u"培训部"_s});
        REQUIRE(one.exitCode == 0);
        CHECK(QJsonDocument::fromJson(one.out.toUtf8()).object().value(u"needs"_s).toInt() == 1);
        auto empty = run({u"--json"_s, u"digest"_s, u"--date"_s, u"2026-11-17"_s});
        REQUIRE(empty.exitCode == 0);
        CHECK(QJsonDocument::fromJson(empty.out.toUtf8()).object().value(u"needs"_s).toInt() == 0);
    }
    SECTION("CSV and PDF files")
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"digest.csv"_s);
        const QString pdf = dir.filePath(u"digest.pdf"_s);
        auto r = run({u"digest"_s, u"--date"_s, u"2026-11-18"_s, u"--csv"_s, csv, u"--pdf"_s, pdf});
        REQUIRE(r.exitCode == 0);
        QFile f(csv);
        REQUIRE(f.open(QIODevice::ReadOnly));
        auto rows = parseCsv(QString::fromUtf8(f.readAll()));
        REQUIRE(rows);
        CHECK(rows->size() == 4);
        QFile p(pdf);
        REQUIRE(p.open(QIODevice::ReadOnly));
        CHECK(p.read(5) == "%PDF-");
        CHECK(p.size() > 2000);
    }
    SECTION("usage errors")
    {
        CHECK(run({u"digest"_s, u"--date"_s, u"18.11.2026"_s}).exitCode == 2);
        CHECK(run({u"digest"_s, u"--date"_s, u"2026-11-18"_s, u"--department"_s, u"无此部门"_s}).exitCode == 1);
    }
    SECTION("it acts as a named staff member whose permission is checked")
    {
        const QStringList args{u"digest"_s, u"--date"_s, u"2026-11-18"_s};
        auto missing = digestCtl(t, args, {});
        CHECK(missing.exitCode == 2);
        CHECK(missing.err.contains(u"--as"_s));
        const Session engineer = t.sessionWith({Role::ServiceEngineer});
        CHECK(digestCtl(t, args, engineer.login).exitCode == 4);
        CHECK(digestCtl(t, args, sales.login).exitCode == 0);
        CHECK(digestCtl(t, args, agent.login).exitCode == 0);
        // The head of a department, whatever their roles.
        const Session trainer = t.sessionWith({Role::Trainer});
        CHECK(digestCtl(t, args, trainer.login).exitCode == 4);
        REQUIRE(db.exec(u"UPDATE departments SET head_id = ? WHERE id = ?"_s, {trainer.staffId, dept.at(1)}));
        CHECK(digestCtl(t, args, trainer.login).exitCode == 0);
    }
}
