// Desk deadlines (core/sla/due.h): the status bar asks deskDue() once a minute. 20,000
// running clocks across the hotline, on-site and complaint desks; the manager's list (the
// team's hotline and on-site clocks), an operator's (mine and the hotline's), and beside them
// the same clock query run straight on the SQLite C API, with the ratio.
#include "tests/bench/bench.h"

#include "core/auth/staffrepository.h"
#include "core/calendar/calendarrepository.h"
#include "core/demo/demodata.h"
#include "core/sla/due.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace {

constexpr int kClocks = 20000;
constexpr qint64 kMinute = 60000;

Status generateClocks(const Database &db, int count, qint64 now)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    QList<qint64> staff;
    {
        auto q = db.exec(u"SELECT id FROM staff ORDER BY id"_s);
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            staff << q->value(0).toLongLong();
    }
    static const QStringList types{u"hotline_call"_s, u"remote_session"_s, u"onsite_dispatch"_s, u"complaint"_s};
    QSqlQuery insert(db.sql());
    insert.prepare(u"INSERT INTO sla_clocks (record_type, record_id, target, measure, minutes, warn_percent, assignee_id, "
                   "started_at, due_at, warn_at, state, title, version, created_at, updated_at) "
                   "VALUES (?, ?, 'bench', ?, 480, 80, ?, ?, ?, ?, 'running', ?, 1, ?, ?)"_s);
    QRandomGenerator rng(20261202);
    for (int i = 0; i < count; ++i) {
        // Deadlines from three days ago to twenty days ahead: some overdue, most later.
        const qint64 due = now + (qint64(rng.bounded(23 * 24 * 60)) - 3 * 24 * 60) * kMinute;
        insert.addBindValue(types.at(rng.bounded(int(types.size()))));
        insert.addBindValue(1000000 + i);
        insert.addBindValue(rng.bounded(2) ? u"working"_s : u"wall"_s);
        insert.addBindValue(staff.at(rng.bounded(int(staff.size()))));
        insert.addBindValue(due - 480 * kMinute);
        insert.addBindValue(due);
        insert.addBindValue(due - 96 * kMinute);
        insert.addBindValue(u"BENCH-%1"_s.arg(i));
        insert.addBindValue(now);
        insert.addBindValue(now);
        if (!insert.exec())
            return std::unexpected(sqlError(insert, u"bench clocks"_s));
    }
    return tx->commit();
}

/// The manager's clock query (team types, up to the due-soon horizon) on the SQLite C API:
/// rows stepped and every column read, as the Qt layer does.
double rawMedian(const QString &path, int runs, qint64 now, qint64 horizon)
{
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return -1;
    const char *sql = "SELECT id, record_type, record_id, target, policy_id, measure, minutes, warn_percent, assignee_id, "
                      "started_at, due_at, warn_at, paused_at, remaining_minutes, stopped_at, state, title, version "
                      "FROM sla_clocks WHERE state = 'running' AND (due_at <= ? OR warn_at <= ?) "
                      "AND record_type IN (?, ?, ?, ?) ORDER BY due_at, id";
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(raw, sql, -1, &stmt, nullptr);
    const double ms = sd::bench::medianMs(runs, [&] {
        sqlite3_reset(stmt);
        sqlite3_bind_int64(stmt, 1, horizon);
        sqlite3_bind_int64(stmt, 2, now);
        const char *types[] = {"hotline_call", "remote_session", "onsite_dispatch", "return_visit"};
        for (int i = 0; i < 4; ++i)
            sqlite3_bind_text(stmt, 3 + i, types[i], -1, SQLITE_STATIC);
        qint64 sum = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            for (int c = 0; c < 18; ++c)
                sum += sqlite3_column_type(stmt, c) == SQLITE_TEXT ? sqlite3_column_bytes(stmt, c) : sqlite3_column_int64(stmt, c);
        (void)sum;
    });
    sqlite3_finalize(stmt);
    sqlite3_close(raw);
    return ms;
}

void run(const Database &db, const sd::bench::Options &options, QTextStream &out)
{
    const qint64 now = Database::nowMs();
    QElapsedTimer timer;
    timer.start();
    if (auto ok = generateClocks(db, kClocks, now); !ok) {
        out << "  generating clocks failed: " << ok.error().message << "\n";
        return;
    }
    out << u"  %1 running clocks (generated in %2 ms)\n"_s.arg(kClocks).arg(timer.elapsed());
    auto calendar = CalendarRepository(db).load();
    auto manager = AuthService(db).login(u"manager"_s, demoPassword());
    auto operatorA = AuthService(db).login(u"hotline1"_s, demoPassword());
    if (!calendar || !manager || !operatorA) {
        out << "  the demo accounts or the calendar are missing\n";
        return;
    }
    const int runs = options.repetitions;
    int items = 0;
    const double managerMs = sd::bench::medianMs(runs, [&] { items = int(deskDue(db, *calendar, *manager, now)->size()); });
    sd::bench::report(out, u"deskDue, service manager (team: hotline, on-site, return visits; %1 items)"_s.arg(items),
                      managerMs, runs);
    const double operatorMs = sd::bench::medianMs(runs, [&] { items = int(deskDue(db, *calendar, *operatorA, now)->size()); });
    sd::bench::report(out, u"deskDue, hotline operator (mine + hotline; %1 items)"_s.arg(items), operatorMs, runs);
    if (db.dialect() == Dialect::SQLite) {
        const double raw = rawMedian(db.spec().sqlitePath, runs, now, dueSoonHorizon(*calendar, now));
        sd::bench::report(out, u"the manager's clock query alone on the SQLite C API"_s, raw, runs);
        if (raw > 0)
            out << u"  deskDue / raw clock query: %1× (deskDue also judges each clock in working time and reads "
                   "call-backs, first visits and return visits)\n"_s.arg(managerMs / raw, 0, 'f', 1);
    }
}

const bool registered = sd::bench::registerBenchmark(u"due"_s, run);

} // namespace
