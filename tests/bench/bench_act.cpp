// One workflow action through the engine (core/workflow): an operator notes something on an
// open hotline call ("update"). The engine checks the role, opens a write transaction, loads
// the call, checks the version and the transition row, runs the handlers (text limits, search
// text), writes the call with version + 1 and its audit entries, loads it again and commits;
// the service then reads the call for the desk. Beside it, the same statements straight on the
// SQLite C API in one transaction, and the ratio: what the engine costs over the engine of the
// database.
#include "tests/bench/bench.h"

#include "core/auth/staffrepository.h"
#include "core/demo/demodata.h"
#include "core/hotline/hotlineservice.h"
#include "core/hotline/hotlineworkflow.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace {

/// The same work on the SQLite C API: load the call and its customer's name, update it with a
/// new version, two audit rows (the field, the transition), read it back with its joins.
double rawMedian(const QString &path, int runs, qint64 callId, qint64 staffId)
{
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return -1;
    sqlite3_exec(raw, "PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000", nullptr, nullptr, nullptr);
    auto prepare = [&](const char *sql) {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(raw, sql, -1, &s, nullptr);
        return s;
    };
    sqlite3_stmt *load = prepare("SELECT * FROM hotline_calls WHERE id = ?");
    sqlite3_stmt *name = prepare("SELECT name FROM customers WHERE id = ?");
    sqlite3_stmt *update = prepare("UPDATE hotline_calls SET last_note = ?, search_text = ?, version = version + 1, "
                                   "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?");
    sqlite3_stmt *audit = prepare("INSERT INTO audit (at, actor_id, actor_login, table_name, record_id, action, field, "
                                  "old_value, new_value) VALUES (?, ?, 'bench', 'hotline_calls', ?, ?, ?, ?, ?)");
    sqlite3_stmt *read = prepare("SELECT c.*, cu.name, st.display_name FROM hotline_calls c LEFT JOIN customers cu "
                                 "ON cu.id = c.customer_id LEFT JOIN staff st ON st.id = c.operator_id WHERE c.id = ?");
    auto drain = [](sqlite3_stmt *s) {
        qint64 sum = 0;
        while (sqlite3_step(s) == SQLITE_ROW)
            for (int c = 0; c < sqlite3_column_count(s); ++c)
                sum += sqlite3_column_type(s, c) == SQLITE_TEXT ? sqlite3_column_bytes(s, c) : sqlite3_column_int64(s, c);
        sqlite3_reset(s);
        return sum;
    };
    int n = 0;
    const double ms = sd::bench::medianMs(runs, [&] {
        ++n;
        sqlite3_exec(raw, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_bind_int64(load, 1, callId);
        qint64 customer = 0;
        int version = 0;
        if (sqlite3_step(load) == SQLITE_ROW)
            for (int c = 0; c < sqlite3_column_count(load); ++c) {
                const QByteArray col = sqlite3_column_name(load, c);
                if (col == "customer_id")
                    customer = sqlite3_column_int64(load, c);
                else if (col == "version")
                    version = sqlite3_column_int(load, c);
            }
        sqlite3_reset(load);
        sqlite3_bind_int64(name, 1, customer);
        drain(name);
        const QByteArray note = QStringLiteral("客户确认已重启服务 %1").arg(n).toUtf8();
        sqlite3_bind_text(update, 1, note.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(update, 2, note.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(update, 3, 1);
        sqlite3_bind_int64(update, 4, staffId);
        sqlite3_bind_int64(update, 5, callId);
        sqlite3_bind_int(update, 6, version);
        sqlite3_step(update);
        sqlite3_reset(update);
        for (const char *action : {"update", "transition:update"}) {
            sqlite3_bind_int64(audit, 1, 1);
            sqlite3_bind_int64(audit, 2, staffId);
            sqlite3_bind_int64(audit, 3, callId);
            sqlite3_bind_text(audit, 4, action, -1, SQLITE_STATIC);
            sqlite3_bind_text(audit, 5, "last_note", -1, SQLITE_STATIC);
            sqlite3_bind_null(audit, 6);
            sqlite3_bind_text(audit, 7, note.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_step(audit);
            sqlite3_reset(audit);
        }
        sqlite3_bind_int64(load, 1, callId);
        drain(load);
        sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_bind_int64(read, 1, callId);
        drain(read);
    });
    for (sqlite3_stmt *s : {load, name, update, audit, read})
        sqlite3_finalize(s);
    sqlite3_close(raw);
    return ms;
}

void run(const Database &db, const sd::bench::Options &options, QTextStream &out)
{
    auto operatorA = AuthService(db).login(u"hotline1"_s, demoPassword());
    auto service = HotlineService::open(db);
    auto open = db.scalar(u"SELECT id FROM hotline_calls WHERE state = 'open' ORDER BY id LIMIT 1"_s);
    if (!operatorA || !service || !open || !open->isValid()) {
        out << "  the demo data has no open call or no operator\n";
        return;
    }
    const qint64 callId = open->toLongLong();
    const int runs = options.repetitions;
    auto call = service->get(callId);
    if (!call) {
        out << "  the call cannot be read\n";
        return;
    }
    int version = call->version;
    int n = 0;
    bool failed = false;
    const double engineMs = sd::bench::medianMs(runs, [&] {
        auto done = service->act(*operatorA, callId, version, hotline::Update,
                                 {{u"note"_s, u"客户确认已重启服务 %1"_s.arg(++n)}});
        if (done)
            version = done->version;
        failed |= !done;
    });
    if (failed) {
        out << "  the action was refused\n";
        return;
    }
    sd::bench::report(out, u"one action through the engine (hotline call: update with a note; the desk's reload included)"_s,
                      engineMs, runs);
    if (db.dialect() == Dialect::SQLite) {
        const double raw = rawMedian(db.spec().sqlitePath, runs, callId, operatorA->staffId);
        sd::bench::report(out, u"the same statements in one transaction on the SQLite C API"_s, raw, runs);
        if (raw > 0)
            out << u"  engine / raw: %1×\n"_s.arg(engineMs / raw, 0, 'f', 1);
    }
}

const bool registered = sd::bench::registerBenchmark(u"act"_s, run);

} // namespace
