// servicedeskctl report complaints --month YYYY-MM [--pdf FILE] [--csv FILE]: the summary as
// text and JSON with the right figures, the PDF and CSV files, permissions and usage errors,
// on SQLite and PostgreSQL.
#include "core/calendar/calendarrepository.h"
#include "core/complaints/complaintservice.h"
#include "core/sla/slarepository.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run ctl(const TestDatabase &t, const QString &login, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"SD_PASSWORD"_s, sd::test::testPassword());
    p.setProcessEnvironment(e);
    QStringList all{u"--database"_s, t.url()};
    if (!login.isEmpty())
        all << u"--as"_s << login;
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

qint64 sh(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toMSecsSinceEpoch();
}

} // namespace

TEST_CASE("servicedeskctl report complaints prints and writes the monthly report", "[cli][complaints]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    const Database &db = t.db();
    REQUIRE(CalendarRepository::ensureDefaults(db));
    REQUIRE(SlaRepository::seedDefaults(db));
    const Session quality = t.sessionWith({Role::QualitySupervisor}, u"韩梅"_s);
    const Session head = t.sessionWith({Role::DepartmentHead}, u"李娜"_s);
    const Session hotline = t.sessionWith({Role::HotlineOperator}, u"张敏"_s);
    auto dept = db.insertReturningId(u"INSERT INTO departments (name, head_id, created_at, updated_at) VALUES ('现场服务部', ?, 1, 1)"_s,
                                     {head.staffId});
    auto customer = db.insertReturningId(u"INSERT INTO customers (name, created_at, updated_at) VALUES ('北京华远机械有限公司', 1, 1)"_s);
    REQUIRE(dept);
    REQUIRE(customer);
    auto svc = complaints::ComplaintService::open(db);
    REQUIRE(svc);

    // September 2026, everything finished (so "now" does not matter): one on time and
    // satisfied, one replied late and not satisfied, one not true.
    ScopedClock pin(Database::nowMs());
    auto at = [&](qint64 ms, const Session &who, qint64 id, const QString &action, const QVariantMap &f) {
        pin.set(ms);
        auto r = svc->act(who, id, svc->load(id)->value(u"version"_s).toInt(), action, f);
        INFO(action.toStdString() << (r ? "" : r.error().message.toStdString()));
        REQUIRE(r);
    };
    auto accept = [&](qint64 ms, const QString &source) {
        pin.set(ms);
        complaints::ComplaintIntake in;
        in.source = source;
        in.hqReference = source == u"hq" ? u"HQ-1"_s : QString();
        in.customerId = *customer;
        in.complainant = u"王会计"_s;
        in.description = u"上门迟到"_s;
        in.problemClass = u"slow_response"_s;
        auto id = svc->accept(quality, in);
        REQUIRE(id);
        return *id;
    };
    auto handle = [&](qint64 id, qint64 start, int replyHours, bool satisfied) {
        at(start, quality, id, u"confirm_valid"_s, {{u"detail"_s, u"属实"_s}, {u"department_id"_s, *dept}});
        at(start + 1800000, head, id, u"investigate"_s,
           {{u"cause"_s, u"排班"_s}, {u"responsible_person_id"_s, head.staffId}, {u"accountability"_s, u"批评"_s}});
        at(start + replyHours * 3600000LL, head, id, u"reply"_s, {{u"measures"_s, u"apology"_s}, {u"reply_text"_s, u"致歉"_s}});
        at(start + (replyHours + 1) * 3600000LL, head, id, u"return_result"_s, {{u"result_text"_s, u"已处理"_s}});
        QVariantMap f{{u"verification"_s, u"回访"_s}, {u"customer_opinion"_s, satisfied ? u"满意"_s : u"不满意"_s}};
        if (!satisfied)
            f.insert(u"escalation_note"_s, u"升级"_s);
        at(start + (replyHours + 2) * 3600000LL, quality, id, satisfied ? u"follow_up_satisfied"_s : u"follow_up_unresolved"_s, f);
    };
    handle(accept(sh(2026, 9, 8, 9), u"direct"_s), sh(2026, 9, 8, 9), 1, true);
    handle(accept(sh(2026, 9, 9, 9), u"hotline"_s), sh(2026, 9, 9, 9), 5, false);
    const qint64 untrue = accept(sh(2026, 9, 10, 9), u"hq"_s);
    at(sh(2026, 9, 10, 10), quality, untrue, u"confirm_not_true"_s, {{u"reason"_s, u"不属实"_s}});
    at(sh(2026, 9, 10, 11), quality, untrue, u"feedback_hq"_s, {{u"hq_feedback"_s, u"已反馈"_s}});

    SECTION("JSON summary, number by number")
    {
        auto r = ctl(t, quality.login, {u"--json"_s, u"report"_s, u"complaints"_s, u"--month"_s, u"2026-09"_s});
        REQUIRE(r.exitCode == 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        CHECK(j.value(u"month"_s).toString() == u"2026-09"_s);
        CHECK(j.value(u"received"_s).toInt() == 3);
        auto count = [&j](const QString &section, const QString &key) {
            for (const auto &v : j.value(section).toArray())
                if (v.toObject().value(u"key"_s).toString() == key)
                    return v.toObject().value(u"count"_s).toInt();
            return -1;
        };
        CHECK(count(u"by_source"_s, u"direct"_s) == 1);
        CHECK(count(u"by_source"_s, u"hotline"_s) == 1);
        CHECK(count(u"by_source"_s, u"hq"_s) == 1);
        CHECK(count(u"by_validity"_s, u"valid"_s) == 2);
        CHECK(count(u"by_validity"_s, u"not_true"_s) == 1);
        CHECK(count(u"by_class"_s, u"slow_response"_s) == 3);
        CHECK(count(u"by_department"_s, QString::number(*dept)) == 2);
        const QJsonObject reply = j.value(u"reply"_s).toObject();
        CHECK(reply.value(u"due"_s).toInt() == 2);
        CHECK(reply.value(u"on_time"_s).toInt() == 1);
        CHECK(reply.value(u"late"_s).toInt() == 1);
        CHECK(reply.value(u"on_time_percent"_s).toDouble() == Approx(50.0));
        CHECK(j.value(u"follow_up"_s).toObject().value(u"on_time"_s).toInt() == 2);
        CHECK(j.value(u"hq_feedback"_s).toObject().value(u"on_time"_s).toInt() == 1);
        CHECK(j.value(u"satisfied"_s).toInt() == 1);
        CHECK(j.value(u"unsatisfied"_s).toInt() == 1);
        CHECK(j.value(u"escalated_count"_s).toInt() == 1);
        CHECK(j.value(u"trend"_s).toArray().size() == 13);
    }
    SECTION("text summary")
    {
        auto r = ctl(t, quality.login, {u"report"_s, u"complaints"_s, u"--month"_s, u"2026-09"_s});
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(u"2026-09"_s));
        CHECK(r.out.contains(u"Received: 3"_s));
    }
    SECTION("PDF and CSV files")
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"report.pdf"_s), csv = dir.filePath(u"report.csv"_s);
        auto r = ctl(t, head.login, {u"report"_s, u"complaints"_s, u"--month"_s, u"2026-09"_s, u"--pdf"_s, pdf, u"--csv"_s, csv});
        REQUIRE(r.exitCode == 0);
        QFile p(pdf);
        REQUIRE(p.open(QIODevice::ReadOnly));
        CHECK(p.read(5) == "%PDF-");
        CHECK(p.size() > 5000);
        QFile c(csv);
        REQUIRE(c.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(c.readAll());
        CHECK(text.contains(u"summary,received,"_s));
        CHECK(text.contains(u"reply,late,"_s));
    }
    SECTION("refusals and usage errors")
    {
        CHECK(ctl(t, hotline.login, {u"report"_s, u"complaints"_s, u"--month"_s, u"2026-09"_s}).exitCode == 4);
        CHECK(ctl(t, quality.login, {u"report"_s, u"complaints"_s}).exitCode == 2);
        CHECK(ctl(t, quality.login, {u"report"_s, u"complaints"_s, u"--month"_s, u"2026-13"_s}).exitCode == 2);
        CHECK(ctl(t, QString(), {u"report"_s, u"complaints"_s, u"--month"_s, u"2026-09"_s}).exitCode == 2);
    }
}
