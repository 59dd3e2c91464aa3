// Project tracker (issue 12): 20,000 implementation projects with 7 stages each and 2,000,000
// daily log entries. The desk's first screen — the open projects, last changed first, with their
// health (late stages, pending approvals, missing log days) and the count — through
// ProjectService, and beside it the list query alone on the SQLite C API, with the ratio.
#include "tests/bench/bench.h"

#include "core/projects/projectservice.h"
#include "core/calendar/calendarrepository.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace {

constexpr int kProjects = 20000;
constexpr int kStages = 7;
constexpr qint64 kLogs = 2000000;

const char *kStageNames[kStages] = {"调研", "蓝图设计", "系统配置", "数据初始化", "用户培训", "上线", "上线支持"};

QString day(const QDate &d) { return d.toString(Qt::ISODate); }

Status generateProjects(const Database &db, const QDate &today)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    QList<qint64> consultants, managers;
    for (auto [role, list] : {std::pair{u"consultant"_s, &consultants}, std::pair{u"project_manager"_s, &managers}}) {
        auto q = db.exec(u"SELECT staff_id FROM staff_roles WHERE role = ? ORDER BY staff_id"_s, {role});
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            *list << q->value(0).toLongLong();
    }
    if (consultants.isEmpty() || managers.isEmpty())
        return fail(ErrorCode::NotFound, u"the demo has no consultants or project managers"_s);
    const qint64 customers = db.scalar(u"SELECT COUNT(*) FROM customers"_s)->toLongLong();
    const qint64 now = Database::nowMs();
    QSqlQuery project(db.sql()), member(db.sql()), stage(db.sql()), log(db.sql()), approval(db.sql());
    project.prepare(u"INSERT INTO projects (project_no, state, customer_id, title, budgeted_days, project_manager_id, "
                    "applied_by, applied_at, current_stage, stages_total, stages_accepted, version, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, 60, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"_s);
    member.prepare(u"INSERT INTO project_members (project_id, staff_id) VALUES (?, ?)"_s);
    stage.prepare(u"INSERT INTO project_stages (project_id, seq, name, planned_start, planned_end, actual_start, actual_end, "
                  "state, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"_s);
    log.prepare(u"INSERT INTO project_logs (project_id, stage_id, consultant_id, work_date, work_done, hours, customer_contact, "
                "confirmed_at, version, created_at, updated_at) VALUES (?, ?, ?, ?, '配置总账科目和凭证类别', 7.5, '王会计', ?, 1, ?, ?)"_s);
    approval.prepare(u"INSERT INTO project_approvals (project_id, kind, reason, prior_state, requested_by, requested_at, outcome, "
                     "version, created_at, updated_at) VALUES (?, 'suspend', '客户年底结账，暂停实施', 'in_progress', ?, ?, "
                     "'pending', 1, ?, ?)"_s);
    QRandomGenerator rng(1212);
    qint64 logsLeft = kLogs;
    for (int i = 0; i < kProjects; ++i) {
        // 70 % running, the rest closed or terminated; the newest projects the most recent.
        const int pick = rng.bounded(100);
        const QString state = pick < 55 ? u"in_progress"_s : pick < 60 ? u"suspend_requested"_s
                            : pick < 70 ? u"planned"_s : pick < 95 ? u"closed"_s : u"terminated"_s;
        const QDate start = today.addDays(-int(rng.bounded(3650)));
        const int accepted = state == u"closed"_s ? kStages : state == u"planned"_s ? 0 : int(rng.bounded(kStages));
        const qint64 pm = managers.at(rng.bounded(int(managers.size())));
        const qint64 changed = now - qint64(rng.bounded(3650)) * 86400000;
        for (const QVariant &v : QVariantList{u"XM%1-%2"_s.arg(start.year()).arg(i, 5, 10, QChar(u'0')), state,
                                              1 + qint64(rng.bounded(customers)), u"U8+ 实施项目 %1"_s.arg(i), pm, pm,
                                              changed, QString::fromUtf8(kStageNames[std::min(accepted, kStages - 1)]),
                                              kStages, accepted, changed, changed})
            project.addBindValue(v);
        if (!project.exec() || !project.next())
            return std::unexpected(sqlError(project, u"bench projects"_s));
        const qint64 id = project.value(0).toLongLong();
        project.finish();
        const qint64 c1 = consultants.at(rng.bounded(int(consultants.size())));
        const qint64 c2 = consultants.at(rng.bounded(int(consultants.size())));
        for (qint64 c : {c1, c2 == c1 ? consultants.first() : c2}) {
            member.addBindValue(id);
            member.addBindValue(c);
            if (!member.exec() && c != c1)
                continue;   // the same consultant twice: one row
        }
        QDate from = start;
        for (int s = 0; s < kStages; ++s) {
            const QDate to = from.addDays(10 + rng.bounded(20));
            const bool done = s < accepted;
            const bool active = s == accepted && state != u"planned"_s && state != u"closed"_s && state != u"terminated"_s;
            const QString stageState = done ? u"accepted"_s : active ? u"active"_s : u"planned"_s;
            for (const QVariant &v : QVariantList{id, s + 1, QString::fromUtf8(kStageNames[s]), day(from), day(to),
                                                  done || active ? QVariant(day(from)) : QVariant(QMetaType::fromType<QString>()),
                                                  done ? QVariant(day(to)) : QVariant(QMetaType::fromType<QString>()), stageState,
                                                  changed, changed})
                stage.addBindValue(v);
            if (!stage.exec() || !stage.next())
                return std::unexpected(sqlError(stage, u"bench stages"_s));
            const qint64 stageId = stage.value(0).toLongLong();
            stage.finish();
            // The log: a consultant's working days of the stages done or under way.
            if ((done || active) && logsLeft > 0) {
                const int want = int(std::min<qint64>(logsLeft, kLogs / kProjects / 2 + rng.bounded(40)));
                QDate d = from;
                for (int n = 0; n < want; ++n, d = d.addDays(1)) {
                    for (const QVariant &v : QVariantList{id, stageId, n % 2 ? c1 : (c2 == c1 ? consultants.first() : c2), day(d), now, now, now})
                        log.addBindValue(v);
                    if (!log.exec())
                        return std::unexpected(sqlError(log, u"bench logs"_s));
                    --logsLeft;
                }
            }
            from = to.addDays(1);
        }
        if (state == u"suspend_requested"_s) {
            approval.addBindValue(id);
            approval.addBindValue(c1);
            approval.addBindValue(now);
            approval.addBindValue(now);
            approval.addBindValue(now);
            if (!approval.exec())
                return std::unexpected(sqlError(approval, u"bench approvals"_s));
        }
    }
    return tx->commit();
}

/// The list query of ProjectService::list (open projects, last changed first, a page of 100),
/// stepped with every column read, on the SQLite C API.
double rawMedian(const QString &path, int runs, const QString &today)
{
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return -1;
    const char *sql = "SELECT p.id, p.version, p.project_no, p.state, p.title, p.customer_id, c.name, p.project_manager_id, "
                      "s.display_name, p.current_stage, p.updated_at, "
                      "(SELECT COUNT(*) FROM project_stages st WHERE st.project_id = p.id AND st.state <> ? "
                      "AND st.planned_end < ?) AS late, "
                      "(SELECT COUNT(*) FROM project_approvals a WHERE a.project_id = p.id AND a.outcome = 'pending') AS pending, "
                      "p.budgeted_days, p.stages_total, p.stages_accepted "
                      "FROM projects p JOIN customers c ON c.id = p.customer_id "
                      "LEFT JOIN staff s ON s.id = p.project_manager_id WHERE p.state NOT IN (?, ?) "
                      "ORDER BY p.updated_at DESC, p.id DESC LIMIT 100 OFFSET 0";
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(raw, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_close(raw);
        return -1;
    }
    const QByteArray day = today.toUtf8();
    const double ms = sd::bench::medianMs(runs, [&] {
        sqlite3_reset(stmt);
        sqlite3_bind_text(stmt, 1, "accepted", -1, SQLITE_STATIC);
        sqlite3_bind_text(stmt, 2, day.constData(), -1, SQLITE_STATIC);
        sqlite3_bind_text(stmt, 3, "closed", -1, SQLITE_STATIC);
        sqlite3_bind_text(stmt, 4, "terminated", -1, SQLITE_STATIC);
        qint64 sum = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            for (int c = 0; c < 16; ++c)
                sum += sqlite3_column_type(stmt, c) == SQLITE_TEXT ? sqlite3_column_bytes(stmt, c) : sqlite3_column_int64(stmt, c);
        (void)sum;
    });
    sqlite3_finalize(stmt);
    sqlite3_close(raw);
    return ms;
}

void run(const Database &db, const sd::bench::Options &options, QTextStream &out)
{
    auto calendar = CalendarRepository(db).load();
    if (!calendar) {
        out << "  no calendar\n";
        return;
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(Database::nowMs(), calendar->timeZone()).date();
    QElapsedTimer timer;
    timer.start();
    if (auto ok = generateProjects(db, today); !ok) {
        out << "  generating projects failed: " << ok.error().message << "\n";
        return;
    }
    const qint64 logs = db.scalar(u"SELECT COUNT(*) FROM project_logs"_s)->toLongLong();
    out << u"  %1 projects, %2 stages, %3 log entries (generated in %4 s)\n"_s.arg(kProjects).arg(kProjects * kStages).arg(logs)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    ProjectService service(db, *calendar);
    const int runs = options.repetitions;
    ProjectFilter open;
    open.state = u"@open"_s;
    open.limit = 100;
    int rows = 0;
    const double firstScreen = sd::bench::medianMs(runs, [&] {
        rows = int(service.list(open)->size());
        (void)service.count(open);
    });
    sd::bench::report(out, u"first screen: open projects with health + count (%1 rows)"_s.arg(rows), firstScreen, runs);
    ProjectFilter lean = open;
    lean.countMissingLogs = false;
    const double listOnly = sd::bench::medianMs(runs, [&] { rows = int(service.list(lean)->size()); });
    sd::bench::report(out, u"the list query alone through the layer"_s, listOnly, runs);
    ProjectFilter late = open;
    late.sort = ProjectFilter::Sort::LateFirst;
    const double lateFirst = sd::bench::medianMs(runs, [&] { rows = int(service.list(late)->size()); });
    sd::bench::report(out, u"open projects, late stages first (with health)"_s, lateFirst, runs);
    ProjectFilter search = open;
    search.text = u"实施项目 1234"_s;
    const double searched = sd::bench::medianMs(runs, [&] { rows = int(service.list(search)->size()); });
    sd::bench::report(out, u"search \"实施项目 1234\" (%1 rows)"_s.arg(rows), searched, runs);
    if (db.dialect() == Dialect::SQLite) {
        const double raw = rawMedian(db.spec().sqlitePath, runs, today.toString(Qt::ISODate));
        sd::bench::report(out, u"the same list query on the SQLite C API"_s, raw, runs);
        if (raw > 0)
            out << u"  layer / raw list query: %1×\n"_s.arg(listOnly / raw, 0, 'f', 2);
    }
}

const bool registered = sd::bench::registerBenchmark(u"projects"_s, run);

} // namespace
