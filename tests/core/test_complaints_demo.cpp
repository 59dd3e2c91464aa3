// The demo complaints: every state, HQ-forwarded and key customers, a lived-in report, the GM
// and quality alerts, repeatable per seed and quick.
#include "core/alerts/alertstore.h"
#include "core/complaints/complaintservice.h"
#include "core/demo/demodata.h"
#include "core/reports/complaintreport.h"
#include "tests/support/testdb.h"


#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {
int count(const Database &db, const QString &sql)
{
    auto v = db.scalar(sql);
    REQUIRE(v);
    return v->toInt();
}

QStringList fingerprint(const Database &db)
{
    QStringList out;
    auto q = db.exec(u"SELECT complaint_no, state, source, customer_id, validity, received_at FROM complaints ORDER BY id"_s);
    REQUIRE(q);
    while (q->next())
        out << u"%1 %2 %3 %4 %5 %6"_s.arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                         q->value(3).toString(), q->value(4).toString(), q->value(5).toString());
    return out;
}
} // namespace

TEST_CASE("Demo complaints cover every state and look lived-in", "[complaints][demo][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    const qint64 now = QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toMSecsSinceEpoch();
    ScopedClock pin(now);
    auto t = TestDatabase::create(backend);
    auto report = generateDemo(t.db(), {300, 7});
    REQUIRE(report);
    const Database &db = t.db();
    CHECK(report->workflows.value(u"complaints"_s) == count(db, u"SELECT COUNT(*) FROM complaints"_s));
    CHECK(count(db, u"SELECT COUNT(*) FROM complaints"_s) >= 30);
    CHECK(count(db, u"SELECT COUNT(*) FROM complaints"_s) <= 60);
    for (const QString &s : complaints::openStates() + QStringList{u"filed"_s}) {
        INFO(s.toStdString());
        CHECK(count(db, u"SELECT COUNT(*) FROM complaints WHERE state = '%1'"_s.arg(s)) > 0);
    }
    CHECK(count(db, u"SELECT COUNT(*) FROM complaints WHERE source = 'hq'"_s) > 0);
    CHECK(count(db, u"SELECT COUNT(*) FROM complaints WHERE key_customer = 1"_s) > 0);
    CHECK(count(db, u"SELECT COUNT(*) FROM complaints WHERE validity = 'out_of_scope'"_s) > 0);
    CHECK(count(db, u"SELECT COUNT(*) FROM complaints WHERE satisfied = 0"_s) > 0);
    CHECK(count(db, u"SELECT COUNT(DISTINCT received_month) FROM complaints"_s) >= 10);
    // The GM was alerted about key customers; quality has the report reminder.
    CHECK(count(db, u"SELECT COUNT(*) FROM alerts a JOIN staff s ON s.id = a.recipient_id WHERE s.login = 'gm' "
                    "AND a.kind = 'complaint.key_customer'"_s) > 0);
    CHECK(count(db, u"SELECT COUNT(*) FROM alerts a JOIN staff s ON s.id = a.recipient_id WHERE s.login = 'quality' "
                    "AND a.kind = 'complaint.report_due' AND a.read_at IS NULL"_s) == 1);
    CHECK(count(db, u"SELECT COUNT(*) FROM complaint_reports WHERE state = 'issued'"_s) == 12);
    // The last month's report has figures and a 13-month trend with history.
    auto svc = complaints::ComplaintService::open(db);
    auto r = reports::buildComplaintReport(db, svc->calendar(), 202610, now);
    REQUIRE(r);
    int months = 0;
    for (const auto &p : r->trend)
        months += p.received > 0 ? 1 : 0;
    CHECK(months >= 8);

    // Repeatable per seed.
    const QStringList first = fingerprint(db);
    auto again = TestDatabase::create(backend);
    REQUIRE(generateDemo(again.db(), {300, 7}));
    CHECK(fingerprint(again.db()) == first);
}
