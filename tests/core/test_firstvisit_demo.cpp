// The first-visit demo set: records in every state over two weeks, made by the desk's own rules,
// the same for the same seed and clock.
#include "core/demo/demodata.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

#include <QSqlRecord>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

QStringList rows(const Database &db, const QString &sql)
{
    auto q = db.exec(sql);
    REQUIRE(q);
    QStringList out;
    while (q->next()) {
        QStringList cells;
        for (int i = 0; i < q->record().count(); ++i)
            cells << q->value(i).toString();
        out << cells.join(u'|');
    }
    return out;
}

qint64 count(const Database &db, const QString &sql)
{
    auto v = db.scalar(sql);
    REQUIRE(v);
    return v->toLongLong();
}

} // namespace

TEST_CASE("The first-visit demo has records in every state with attempts, needs and digests", "[firstvisit][demo]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    // Wednesday 2026-11-18 15:00 in Beijing: two weeks of working days behind it.
    const qint64 now = QDateTime(QDate(2026, 11, 18), QTime(15, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
    ScopedClock pin(now);
    auto a = TestDatabase::create(backend);
    auto b = TestDatabase::create(Backend::SQLite);
    auto report = generateDemo(a.db(), {300, 777});
    REQUIRE(report);
    REQUIRE(generateDemo(b.db(), {300, 777}));
    CHECK(Database::nowMs() == now); // the demo gave the caller's pinned clock back

    const Database &db = a.db();
    CHECK(report->workflows.value(u"first-visit submissions"_s) == 60);
    CHECK(count(db, u"SELECT COUNT(*) FROM first_visits"_s) == 60);
    // No customers of its own: the first visits are the newest demo customers.
    CHECK(count(db, u"SELECT COUNT(*) FROM customers"_s) == 300);
    CHECK(count(db, u"SELECT MIN(customer_id) FROM first_visits"_s) == 241);
    const QStringList states = rows(db, u"SELECT DISTINCT state FROM first_visits ORDER BY state"_s);
    CAPTURE(states);
    for (const QString &s : {u"submitted"_s, u"verifying"_s, u"unreachable"_s, u"handed_off"_s}) {
        CAPTURE(s);
        CHECK(states.contains(s));
    }
    CHECK(states.size() >= 5);
    CHECK(count(db, u"SELECT COUNT(*) FROM first_visits WHERE state = 'unreachable' AND failed_attempts < 3"_s) == 0);
    // A failed call's note says what happened on the line: a busy line is never "no answer".
    CHECK(count(db, u"SELECT COUNT(*) FROM first_visit_attempts WHERE outcome = 'busy'"_s) > 0);
    CHECK(count(db, u"SELECT COUNT(*) FROM first_visit_attempts WHERE outcome = 'busy' AND note IN ('无人接听', '前台说联系人外出')"_s) == 0);
    CHECK(count(db, u"SELECT COUNT(*) FROM first_visit_attempts WHERE outcome = 'no_answer' AND note LIKE '%占线%'"_s) == 0);
    CHECK(count(db, u"SELECT COUNT(*) FROM first_visit_attempts"_s) > 60);
    // Every record past verification has its fields checked, its checklist settled and needs.
    CHECK(count(db, u"SELECT COUNT(*) FROM first_visit_fields f JOIN first_visits v ON v.id = f.first_visit_id "
                    "WHERE v.state IN ('verified','needs_recorded','handed_off') AND f.status IS NULL"_s) == 0);
    CHECK(count(db, u"SELECT COUNT(*) FROM first_visits v WHERE v.state IN ('needs_recorded','handed_off') AND "
                    "(SELECT COUNT(*) FROM first_visit_needs n WHERE n.first_visit_id = v.id) = 0"_s) == 0);
    CHECK(count(db, u"SELECT COUNT(*) FROM first_visits v WHERE v.state IN ('needs_recorded','handed_off') AND "
                    "(SELECT COUNT(*) FROM first_visit_checklist c WHERE c.first_visit_id = v.id) < 4"_s) == 0);
    CHECK(count(db, u"SELECT COUNT(DISTINCT department_id) FROM first_visit_needs"_s) >= 4);
    CHECK(count(db, u"SELECT COUNT(*) FROM first_visit_digests WHERE state = 'handed_off'"_s) > 0);
    CHECK(count(db, u"SELECT COUNT(*) FROM first_visit_digests WHERE state = 'ready'"_s) > 0);
    // The same seed and clock give the same records.
    const QString shape = u"SELECT customer_id, state, attempts, failed_attempts, submitted_at FROM first_visits ORDER BY id"_s;
    CHECK(rows(db, shape) == rows(b.db(), shape));
}
