// Many desks at once, and desks killed mid-write (issue 15): worker processes
// (tests/soak/soak_worker.cpp) work through the core services against one database while this
// test waits; afterwards every write a worker was told was done must be in the database, at
// least at the version it was told, with its audit entry, and nothing but real version
// conflicts may have been refused. CI runs short bounded versions; SD_SOAK_SECONDS and
// SD_SOAK_ROUNDS make them longer (README.md, "Tests and benchmarks").
#include "core/auth/roles.h"
#include "core/calendar/calendarrepository.h"
#include "core/records/customerrepository.h"
#include "core/sla/slarepository.h"
#include "tests/support/testdb.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace sd::core;
using namespace sd::test;

namespace {

double soakSeconds()
{
    bool ok = false;
    const double s = qEnvironmentVariable("SD_SOAK_SECONDS").toDouble(&ok);
    return ok && s > 0 ? s : 6.0;
}

int crashRounds()
{
    bool ok = false;
    const int n = qEnvironmentVariable("SD_SOAK_ROUNDS").toInt(&ok);
    return ok && n > 0 ? n : 25;
}

/// One line of a worker's log (see soak_worker.cpp).
struct LogLine {
    QString status;    ///< ok, conflict, error, done
    QString kind;
    qint64 id = 0;
    QString number;    ///< ok: the record's number; error: the error code
    int version = 0;
    qint64 waitMs = 0;
    QString detail;
    QString file;
};

struct Figures {
    int acknowledged = 0;
    int found = 0;
    int conflicts = 0;
    int busy = 0;          ///< "database is locked" / busy / deadlock errors that reached the desk
    int otherErrors = 0;
    int finished = 0;      ///< workers that logged "done"
    qint64 maxWaitMs = 0;
    QString maxWaitKind;
    QMap<QString, int> byKind;
    QStringList errorLines;
    QStringList badConflicts;   ///< conflicts on records only one desk works on, or not naming who
};

QList<LogLine> readLog(const QString &path)
{
    QList<LogLine> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QByteArray all = f.readAll();
    // A line without its newline was not finished when the worker died: it was not logged.
    const qsizetype end = all.lastIndexOf('\n');
    if (end < 0)
        return out;
    for (const QByteArray &raw : all.left(end).split('\n')) {
        const QStringList p = QString::fromUtf8(raw).split(u'\t');
        LogLine l;
        l.status = p.value(0);
        l.kind = p.value(1);
        l.id = p.value(2).toLongLong();
        l.number = p.value(3);
        l.version = p.value(4).toInt();
        l.waitMs = p.value(5).toLongLong();
        l.detail = p.value(6);
        l.file = path;
        out << l;
    }
    return out;
}

bool isBusy(const LogLine &l)
{
    const QString m = l.detail.toLower();
    return m.contains(u"locked"_s) || m.contains(u"busy"_s) || m.contains(u"deadlock"_s)
           || m.contains(u"could not serialize"_s);
}

void tally(Figures &f, const QList<LogLine> &lines)
{
    for (const LogLine &l : lines) {
        if (l.status == u"ok") {
            ++f.acknowledged;
            ++f.byKind[l.kind];
            if (l.waitMs > f.maxWaitMs) {
                f.maxWaitMs = l.waitMs;
                f.maxWaitKind = l.kind;
            }
        } else if (l.status == u"conflict") {
            ++f.conflicts;
            // Only the shared customers are edited by several desks; the desk is told who
            // saved first (the desks are named "坐席 N").
            if (l.kind != u"customer_save" || !l.detail.contains(u"坐席"_s))
                f.badConflicts << l.kind + u": "_s + l.detail;
            f.maxWaitMs = std::max(f.maxWaitMs, l.waitMs);
        } else if (l.status == u"error") {
            isBusy(l) ? ++f.busy : ++f.otherErrors;
            f.maxWaitMs = std::max(f.maxWaitMs, l.waitMs);
            f.errorLines << l.kind + u" "_s + l.number + u": "_s + l.detail;
        } else if (l.status == u"done") {
            ++f.finished;
        }
    }
}

qint64 count(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = db.scalar(sql, binds);
    REQUIRE(v);
    return v->toLongLong();
}

/// Checks every acknowledged write against the database: the record is there at least at the
/// logged version, under the logged number, with the audit entry of that write. Returns what
/// is missing (empty: all found); adds the writes found to `found`.
QStringList checkAcknowledged(const Database &db, const QList<LogLine> &lines, int &found)
{
    QStringList missing;
    auto miss = [&](const LogLine &l, const QString &what) {
        missing << u"%1 %2 id %3 v%4 (%5): %6"_s.arg(l.kind, l.number).arg(l.id).arg(l.version)
                       .arg(QFileInfo(l.file).fileName(), what);
    };
    // Acknowledged actions per (call, action): the trail must hold at least as many.
    QHash<QPair<qint64, QString>, int> acts;
    for (const LogLine &l : lines) {
        if (l.status != u"ok")
            continue;
        QString table, numberColumn, auditAction;
        if (l.kind == u"call_create" || l.kind == u"call_act") {
            table = u"hotline_calls"_s;
            numberColumn = u"call_no"_s;
            auditAction = l.kind == u"call_create" ? u"create"_s : QString();
        } else if (l.kind == u"dispatch_request") {
            table = u"dispatch_jobs"_s;
            numberColumn = u"job_no"_s;
            auditAction = u"onsite_request"_s;
        } else if (l.kind == u"complaint_accept") {
            table = u"complaints"_s;
            numberColumn = u"complaint_no"_s;
            auditAction = u"accept"_s;
        } else if (l.kind == u"customer_save") {
            table = u"customers"_s;
        } else {
            miss(l, u"unknown kind"_s);
            continue;
        }
        auto q = db.exec(u"SELECT version%1 FROM %2 WHERE id = ?"_s
                             .arg(numberColumn.isEmpty() ? QString() : u", "_s + numberColumn, table),
                         {l.id});
        REQUIRE(q);
        if (!q->next()) {
            miss(l, u"record not in the database"_s);
            continue;
        }
        const int version = q->value(0).toInt();
        const QString number = numberColumn.isEmpty() ? QString() : q->value(1).toString();
        q->finish();
        if (version < l.version) {
            miss(l, u"stored version %1 is older"_s.arg(version));
            continue;
        }
        if (l.number != u"-" && !numberColumn.isEmpty() && number != l.number) {
            miss(l, u"stored number %1"_s.arg(number));
            continue;
        }
        if (!auditAction.isEmpty()) {
            if (count(db, u"SELECT COUNT(*) FROM audit WHERE table_name = ? AND record_id = ? AND action = ?"_s,
                      {table, l.id, auditAction}) != 1) {
                miss(l, u"no single audit entry "_s + auditAction);
                continue;
            }
        } else if (l.kind == u"customer_save") {
            // The note each save writes is unique: its audit entry proves this very save.
            if (count(db, u"SELECT COUNT(*) FROM audit WHERE table_name = 'customers' AND record_id = ? "
                          "AND action = 'update' AND field = 'notes' AND new_value = ?"_s,
                      {l.id, l.detail}) != 1) {
                miss(l, u"no audit entry of the saved notes"_s);
                continue;
            }
        } else {
            ++acts[{l.id, l.detail}];
        }
        ++found;
    }
    for (auto it = acts.begin(); it != acts.end(); ++it) {
        const qint64 audited = count(db, u"SELECT COUNT(*) FROM audit WHERE table_name = 'hotline_calls' "
                                         "AND record_id = ? AND action = ?"_s,
                                     {it.key().first, u"transition:"_s + it.key().second});
        if (audited < it.value()) {
            missing << u"call %1: %2 acknowledged %3, audited %4"_s.arg(it.key().first).arg(it.key().second)
                           .arg(it.value()).arg(audited);
            found -= it.value();
        }
    }
    return missing;
}

QString integrity(const Database &db)
{
    auto q = db.exec(u"PRAGMA integrity_check"_s);
    REQUIRE(q);
    QStringList rows;
    while (q->next())
        rows << q->value(0).toString();
    return rows.join(u"; "_s);
}

/// Record numbers given twice (none expected: each is unique).
qint64 duplicateNumbers(const Database &db)
{
    qint64 n = 0;
    for (const auto &[table, column] : {std::pair{u"hotline_calls"_s, u"call_no"_s},
                                        std::pair{u"dispatch_jobs"_s, u"job_no"_s},
                                        std::pair{u"complaints"_s, u"complaint_no"_s}})
        n += count(db, u"SELECT COUNT(*) - COUNT(DISTINCT %1) FROM %2"_s.arg(column, table));
    return n;
}

/// Calendar and SLA defaults, three customers with a contract in force, and `desks` hotline
/// operators (password testPassword()); returns their logins.
QStringList seed(TestDatabase &t, int desks)
{
    REQUIRE(CalendarRepository::ensureDefaults(t.db()));
    auto cal = CalendarRepository(t.db()).load();
    REQUIRE(cal);
    REQUIRE(SlaRepository::seedDefaults(t.db(), cal->minutesPerWorkingDay()));
    CustomerRepository repo(t.db());
    const QStringList names = {u"北京华信达科技有限公司"_s, u"天津远航物流有限公司"_s, u"上海东方明珠食品有限公司"_s};
    for (int i = 0; i < names.size(); ++i) {
        Customer c;
        c.name = names.at(i);
        c.serviceCode = u"SC-%1"_s.arg(1001 + i);
        c.address = u"北京市海淀区中关村大街 %1 号"_s.arg(i + 1);
        Contract k;
        k.type = u"SPS"_s;
        k.startsOn = QDate(2020, 1, 1);
        k.endsOn = QDate(2099, 12, 31);
        c.contracts = {k};
        REQUIRE(repo.create(t.admin(), c));
    }
    QStringList logins;
    for (int i = 1; i <= desks; ++i)
        logins << t.sessionWith({Role::HotlineOperator}, u"坐席 %1"_s.arg(i)).login;
    return logins;
}

std::unique_ptr<QProcess> startWorker(const TestDatabase &t, int n, const QString &login, double seconds,
                                      const QString &log, quint64 seed)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SD_SOAK_PASSWORD"_s, testPassword());
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::SeparateChannels);
    p->start(QStringLiteral(SD_SOAK_WORKER_PATH),
             {u"--database"_s, t.url(), u"--worker"_s, QString::number(n), u"--seconds"_s,
              QString::number(seconds), u"--log"_s, log, u"--seed"_s, QString::number(seed), u"--login"_s, login});
    REQUIRE(p->waitForStarted(10000));
    return p;
}

void report(const char *title, const Figures &f)
{
    WARN(title << ": writes acknowledged " << f.acknowledged << ", found " << f.found << ", conflicts "
               << f.conflicts << ", busy errors " << f.busy << ", other errors " << f.otherErrors
               << ", max wait " << f.maxWaitMs << " ms (" << f.maxWaitKind.toStdString() << "), by kind: "
               << QStringList([&] {
                      QStringList s;
                      for (auto it = f.byKind.begin(); it != f.byKind.end(); ++it)
                          s << it.key() + u" "_s + QString::number(it.value());
                      return s;
                  }())
                      .join(u", "_s)
                      .toStdString());
}

void soak(Backend backend, int desks)
{
    TestDatabase t = TestDatabase::create(backend);
    const QStringList logins = seed(t, desks);
    const double seconds = soakSeconds();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    std::vector<std::unique_ptr<QProcess>> workers;
    QStringList logs;
    const quint64 base = QRandomGenerator::global()->generate();
    for (int i = 0; i < desks; ++i) {
        logs << dir.filePath(u"worker-%1.log"_s.arg(i + 1));
        workers.push_back(startWorker(t, i + 1, logins.at(i), seconds, logs.last(), base + quint64(i)));
    }
    for (auto &p : workers) {
        REQUIRE(p->waitForFinished(int(seconds * 1000) + 180000));
        INFO(p->readAllStandardError().toStdString());
        CHECK(p->exitStatus() == QProcess::NormalExit);
        CHECK(p->exitCode() == 0);
    }

    Figures f;
    QList<LogLine> lines;
    for (const QString &log : logs)
        lines << readLog(log);
    tally(f, lines);
    const QStringList missing = checkAcknowledged(t.db(), lines, f.found);
    report(backend == Backend::SQLite ? "soak SQLite" : "soak PostgreSQL", f);
    INFO("missing: " << missing.mid(0, 10).join(u"\n"_s).toStdString());
    INFO("errors: " << f.errorLines.mid(0, 10).join(u"\n"_s).toStdString());
    INFO("unexpected conflicts: " << f.badConflicts.mid(0, 10).join(u"\n"_s).toStdString());
    CHECK(f.badConflicts.isEmpty());
    CHECK(f.finished == desks);
    CHECK(missing.isEmpty());
    CHECK(f.found == f.acknowledged);
    CHECK(f.busy == 0);
    CHECK(f.otherErrors == 0);
    CHECK(f.acknowledged > desks);   // the desks did work
    if (backend == Backend::SQLite)
        CHECK(integrity(t.db()) == u"ok"_s);
    CHECK(duplicateNumbers(t.db()) == 0);

    // One audit entry per acknowledged change, kind by kind: no more, no fewer (no other
    // writer ran, and nothing unacknowledged was left behind by a clean run).
    const Database &db = t.db();
    CHECK(count(db, u"SELECT COUNT(*) FROM hotline_calls"_s) == f.byKind.value(u"call_create"_s));
    CHECK(count(db, u"SELECT COUNT(*) FROM audit WHERE table_name = 'hotline_calls' AND action = 'create'"_s)
          == f.byKind.value(u"call_create"_s));
    CHECK(count(db, u"SELECT COUNT(*) FROM audit WHERE table_name = 'hotline_calls' AND action LIKE 'transition:%'"_s)
          == f.byKind.value(u"call_act"_s));
    CHECK(count(db, u"SELECT COUNT(*) FROM dispatch_jobs"_s) == f.byKind.value(u"dispatch_request"_s));
    CHECK(count(db, u"SELECT COUNT(*) FROM audit WHERE table_name = 'dispatch_jobs' AND action = 'onsite_request'"_s)
          == f.byKind.value(u"dispatch_request"_s));
    CHECK(count(db, u"SELECT COUNT(*) FROM complaints"_s) == f.byKind.value(u"complaint_accept"_s));
    CHECK(count(db, u"SELECT COUNT(*) FROM audit WHERE table_name = 'complaints' AND action = 'accept'"_s)
          == f.byKind.value(u"complaint_accept"_s));
    CHECK(count(db, u"SELECT COUNT(*) FROM audit WHERE table_name = 'customers' AND action = 'update' AND field = 'notes'"_s)
          == f.byKind.value(u"customer_save"_s));
    // Each customer's version moved once per acknowledged save (it started at 1).
    CHECK(count(db, u"SELECT SUM(version - 1) FROM customers"_s) == f.byKind.value(u"customer_save"_s));
}

} // namespace

TEST_CASE("soak: 8 desks on one SQLite file keep every acknowledged write, audited, with no busy error",
          "[soak][sqlite]")
{
    soak(Backend::SQLite, 8);
}

TEST_CASE("soak: 16 desks on PostgreSQL keep every acknowledged write, audited, with no busy error",
          "[soak][postgresql]")
{
    soak(Backend::PostgreSQL, 16);
}

TEST_CASE("soak crash: desks killed at random moments leave an intact SQLite file with every acknowledged write",
          "[soak][crash]")
{
    TestDatabase t = TestDatabase::create(Backend::SQLite);
    constexpr int desks = 4;
    const QStringList logins = seed(t, desks);
    const int rounds = crashRounds();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QRandomGenerator random(QRandomGenerator::global()->generate());
    Figures total;
    int kills = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 startingMs = 0;   // from starting the desks to all of them logged in
    qint64 checkingMs = 0;   // reopening the file and checking it after the kills
    for (int round = 1; round <= rounds; ++round) {
        INFO("round " << round);
        std::vector<std::unique_ptr<QProcess>> workers;
        QStringList logs;
        QElapsedTimer phase;
        phase.start();
        for (int i = 0; i < desks; ++i) {
            logs << dir.filePath(u"round-%1-worker-%2.log"_s.arg(round).arg(i + 1));
            workers.push_back(startWorker(t, i + 1, logins.at(i), 60, logs.last(), random.generate()));
        }
        for (auto &p : workers) {
            // Killed once it works (logged in), at its own random moment 100-600 ms later.
            while (!p->canReadLine() && p->state() == QProcess::Running)
                p->waitForReadyRead(100);
            INFO(p->readAllStandardError().toStdString());
            REQUIRE(p->readLine().trimmed() == "ready");
        }
        startingMs += phase.elapsed();
        QList<int> at;
        for (int i = 0; i < desks; ++i)
            at << 100 + int(random.bounded(501));
        QList<int> order = {0, 1, 2, 3};
        std::sort(order.begin(), order.end(), [&](int a, int b) { return at[a] < at[b]; });
        QElapsedTimer since;
        since.start();
        for (int i : order) {
            const qint64 wait = at[i] - since.elapsed();
            if (wait > 0)
                QThread::msleep(quint64(wait));
            workers[i]->kill();   // SIGKILL
        }
        for (auto &p : workers) {
            REQUIRE(p->waitForFinished(10000));
            CHECK(p->exitStatus() == QProcess::CrashExit);
            ++kills;
        }

        // A new connection, as the next desk to start would open it.
        phase.restart();
        auto db = Database::open(t.spec(), u"after-crash-%1"_s.arg(round));
        REQUIRE(db);
        CHECK(integrity(*db) == u"ok"_s);
        QList<LogLine> lines;
        for (const QString &log : logs)
            lines << readLog(log);
        Figures f;
        tally(f, lines);
        const QStringList missing = checkAcknowledged(*db, lines, f.found);
        INFO("missing: " << missing.mid(0, 10).join(u"\n"_s).toStdString());
        INFO("errors: " << f.errorLines.mid(0, 10).join(u"\n"_s).toStdString());
        CHECK(missing.isEmpty());
        CHECK(f.badConflicts.isEmpty());
        CHECK(f.busy == 0);
        CHECK(f.otherErrors == 0);
        CHECK(duplicateNumbers(*db) == 0);
        db->close();
        checkingMs += phase.elapsed();
        total.acknowledged += f.acknowledged;
        total.found += f.found;
        total.conflicts += f.conflicts;
        total.busy += f.busy;
        total.otherErrors += f.otherErrors;
        if (f.maxWaitMs > total.maxWaitMs) {
            total.maxWaitMs = f.maxWaitMs;
            total.maxWaitKind = f.maxWaitKind;
        }
        for (auto it = f.byKind.begin(); it != f.byKind.end(); ++it)
            total.byKind[it.key()] += it.value();
    }
    // Everything acknowledged in any round is still there after all the later crashes.
    QList<LogLine> all;
    for (const QFileInfo &log : QDir(dir.path()).entryInfoList({u"*.log"_s}, QDir::Files))
        all << readLog(log.filePath());
    int foundAtEnd = 0;
    const QStringList missing = checkAcknowledged(t.db(), all, foundAtEnd);
    CHECK(missing.isEmpty());
    CHECK(foundAtEnd == total.acknowledged);
    CHECK(integrity(t.db()) == u"ok"_s);
    WARN("soak crash: " << rounds << " rounds, " << kills << " desks killed with SIGKILL in "
                        << clock.elapsed() / 1000 << " s (starting and logging in "
                        << startingMs / 1000 << " s, checking " << checkingMs / 1000 << " s)");
    report("soak crash", total);
}
