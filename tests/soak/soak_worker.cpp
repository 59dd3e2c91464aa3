// sd_soak_worker: one desk of the soak and crash tests (tests/soak/test_soak.cpp). It logs in
// through core and, until its time is up, does what a hotline desk does all day through the
// core services: new calls, actions on them through the workflow engine, on-site requests,
// complaints, and edits of the same few customers every other desk edits too.
//
// After each acknowledged write (the service returned success) it appends one line to its log
// and fsyncs it before doing anything else, so that a process killed at any moment leaves a log
// that lists only writes the database said were done. Tab-separated lines:
//   ok        KIND  ID  NUMBER  VERSION  WAIT_MS  DETAIL
//   conflict  KIND  ID  -       -        WAIT_MS  MESSAGE
//   error     KIND  ID  CODE    -        WAIT_MS  MESSAGE
//   done      writes=N conflicts=N errors=N
// KIND: call_create, call_act, dispatch_request, complaint_accept, customer_save; DETAIL: the
// action taken (call_act) or the notes written (customer_save). WAIT_MS: from the call to its
// return. "ready" goes to stdout once logged in (the crash test kills after that).
#include "core/auth/staffrepository.h"
#include "core/calendar/calendarrepository.h"
#include "core/complaints/complaintservice.h"
#include "core/db/database.h"
#include "core/dispatch/dispatchservice.h"
#include "core/hotline/hotlineservice.h"
#include "core/hotline/hotlineworkflow.h"
#include "core/problembase/problemclass.h"
#include "core/records/customerrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace {

/// The worker's log: one line per write, on disk before the worker goes on.
class DurableLog final
{
public:
    explicit DurableLog(const QString &path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600))
    {
    }
    ~DurableLog()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isOpen() const { return m_fd >= 0; }
    /// Writes the fields tab-separated as one line in one write(), then fsyncs.
    void line(const QStringList &fields)
    {
        QStringList clean;
        for (QString f : fields)
            clean << f.replace(u'\t', u' ').replace(u'\n', u' ');
        const QByteArray bytes = clean.join(u'\t').toUtf8() + '\n';
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (n < 0)
                std::abort();   // a log we cannot write proves nothing: stop loudly
            done += n;
        }
        if (::fsync(m_fd) != 0)
            std::abort();
    }

private:
    int m_fd = -1;
};

QString codeKey(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Invalid: return u"invalid"_s;
    case ErrorCode::NotFound: return u"not_found"_s;
    case ErrorCode::Conflict: return u"conflict"_s;
    case ErrorCode::Forbidden: return u"forbidden"_s;
    case ErrorCode::NotAllowedInState: return u"not_allowed_in_state"_s;
    case ErrorCode::Database: return u"database"_s;
    case ErrorCode::SchemaTooNew: return u"schema_too_new"_s;
    case ErrorCode::Io: return u"io"_s;
    case ErrorCode::Authentication: return u"authentication"_s;
    }
    return u"unknown"_s;
}

struct OwnCall {
    qint64 id = 0;
    int version = 0;
    QString state;
    bool operation = false;   ///< an operation problem (re-training may be suggested)
};

class Desk final
{
public:
    Desk(Database db, Session who, int worker, quint64 seed, DurableLog &log)
        : m_db(std::move(db)), m_who(std::move(who)), m_worker(worker), m_seed(seed), m_random(seed), m_log(log)
    {
    }

    bool prepare()
    {
        auto hotline = HotlineService::open(m_db);
        auto complaints = complaints::ComplaintService::open(m_db);
        auto calendar = CalendarRepository(m_db).load();
        if (!hotline || !complaints || !calendar) {
            m_log.line({u"error"_s, u"prepare"_s, u"0"_s, u"database"_s, u"-"_s, u"0"_s,
                        !hotline ? hotline.error().message
                                 : (!complaints ? complaints.error().message : calendar.error().message)});
            return false;
        }
        m_hotline.emplace(*hotline);
        m_complaints.emplace(*complaints);
        m_dispatch.emplace(m_db, *calendar);
        auto q = m_db.exec(u"SELECT id FROM customers ORDER BY id LIMIT 3"_s);
        if (!q)
            return false;
        while (q->next())
            m_customers << q->value(0).toLongLong();
        return !m_customers.isEmpty();
    }

    void runUntil(qint64 deadlineMs, const QElapsedTimer &clock)
    {
        while (clock.elapsed() < deadlineMs) {
            const int pick = int(m_random.bounded(100));
            if (pick < 25)
                createCall();
            else if (pick < 55)
                actOnCall();
            else if (pick < 65)
                requestDispatch();
            else if (pick < 75)
                acceptComplaint();
            else
                editCustomer();
        }
        m_log.line({u"done"_s, u"writes=%1"_s.arg(m_writes), u"conflicts=%1"_s.arg(m_conflicts),
                    u"errors=%1"_s.arg(m_errors)});
    }

private:
    qint64 someCustomer() { return m_customers.at(int(m_random.bounded(m_customers.size()))); }

    void acknowledged(const QString &kind, qint64 id, const QString &number, int version, qint64 waitMs,
                      const QString &detail = {})
    {
        m_log.line({u"ok"_s, kind, QString::number(id), number.isEmpty() ? u"-"_s : number,
                    QString::number(version), QString::number(waitMs), detail});
        ++m_writes;
    }

    void failed(const QString &kind, qint64 id, const Error &error, qint64 waitMs)
    {
        if (error.code == ErrorCode::Conflict) {
            m_log.line({u"conflict"_s, kind, QString::number(id), u"-"_s, u"-"_s, QString::number(waitMs), error.message});
            ++m_conflicts;
        } else {
            m_log.line({u"error"_s, kind, QString::number(id), codeKey(error.code), u"-"_s, QString::number(waitMs),
                        error.describe()});
            ++m_errors;
        }
    }

    void createCall()
    {
        NewCall n;
        n.customerId = someCustomer();
        n.callerName = u"王会计"_s;
        n.callerPhone = u"010-6543 2100"_s;
        n.channel = u"phone"_s;
        const bool operation = m_random.bounded(2) == 0;
        n.problemClass = operation ? problemclass::Operation : problemclass::DataProblem;
        n.faultLevel = 1 + int(m_random.bounded(4));
        n.product = u"U8+"_s;
        n.module = u"总账"_s;
        n.description = u"月末结账时提示有未记账凭证（坐席 %1）"_s.arg(m_worker);
        n.billing = u"contract"_s;
        QElapsedTimer t;
        t.start();
        auto c = m_hotline->create(m_who, n);
        const qint64 wait = t.elapsed();
        if (!c)
            return failed(u"call_create"_s, 0, c.error(), wait);
        acknowledged(u"call_create"_s, c->id, c->callNo, c->version, wait);
        m_calls.append({c->id, c->version, c->state, operation});
    }

    void actOnCall()
    {
        if (m_calls.isEmpty())
            return createCall();
        const int index = int(m_random.bounded(m_calls.size()));
        OwnCall &call = m_calls[index];
        using namespace hotline;
        QString action;
        QVariantMap fields;
        if (call.state == Open) {
            // Re-training is suggested for operation problems only (the table's guard).
            const int choice = int(m_random.bounded(call.operation ? 3 : 2));
            if (choice == 0) {
                action = Hold;
                fields = {{u"hold_reason"_s, u"请教产品专家"_s},
                          {u"callback_due_at"_s, Database::nowMs() + 2 * 3600 * 1000}};
            } else if (choice == 1) {
                action = Solve;
                fields = {{u"solution"_s, u"先审核并记账全部凭证，再执行月末结账"_s}};
            } else {
                action = SuggestRetraining;
                fields = {{u"retraining_note"_s, u"新会计不熟悉结账流程"_s}};
            }
        } else if (call.state == OnHold) {
            action = Solve;
            fields = {{u"solution"_s, u"专家确认：重新计算科目余额后可结账"_s}};
        } else if (call.state == Solved) {
            action = Reopen;
            fields = {{u"reason"_s, u"客户反馈问题再次出现"_s}};
        } else {
            m_calls.removeAt(index);
            return;
        }
        QElapsedTimer t;
        t.start();
        auto done = m_hotline->act(m_who, call.id, call.version, action, fields);
        const qint64 wait = t.elapsed();
        if (!done) {
            failed(u"call_act"_s, call.id, done.error(), wait);
            // Nobody else acts on this desk's calls: reload to go on from what is stored.
            if (auto fresh = m_hotline->get(call.id)) {
                call.version = fresh->version;
                call.state = fresh->state;
            }
            return;
        }
        acknowledged(u"call_act"_s, done->id, done->callNo, done->version, wait, action);
        call.version = done->version;
        call.state = done->state;
        if (m_calls.size() > 40)
            m_calls.removeFirst();
    }

    void requestDispatch()
    {
        OnsiteRequest r;
        r.customerId = someCustomer();
        r.contactName = u"王会计"_s;
        r.contactPhone = u"010-6543 2100"_s;
        r.faultLevel = 1 + int(m_random.bounded(4));
        r.product = u"U8+"_s;
        r.module = u"总账"_s;
        r.problem = u"服务器无法远程连接，需上门处理（坐席 %1）"_s.arg(m_worker);
        QElapsedTimer t;
        t.start();
        auto job = m_dispatch->request(m_who, r);
        const qint64 wait = t.elapsed();
        if (!job)
            return failed(u"dispatch_request"_s, 0, job.error(), wait);
        acknowledged(u"dispatch_request"_s, job->id, job->jobNo, job->version, wait);
    }

    void acceptComplaint()
    {
        complaints::ComplaintIntake in;
        in.source = u"direct"_s;
        in.channel = u"phone"_s;
        in.customerId = someCustomer();
        in.complainant = u"王经理"_s;
        in.complainantPhone = u"13800138000"_s;
        in.problemClass = u"slow_response"_s;
        in.description = u"工程师约定上门时间未到，也没有通知（坐席 %1）"_s.arg(m_worker);
        in.customerRequest = u"尽快安排上门并道歉"_s;
        QElapsedTimer t;
        t.start();
        auto id = m_complaints->accept(m_who, in);
        const qint64 wait = t.elapsed();
        if (!id)
            return failed(u"complaint_accept"_s, 0, id.error(), wait);
        acknowledged(u"complaint_accept"_s, *id, {}, 1, wait);
    }

    void editCustomer()
    {
        CustomerRepository repo(m_db);
        const qint64 id = someCustomer();
        auto c = repo.get(id);
        if (!c) {
            failed(u"customer_save"_s, id, c.error(), 0);
            return;
        }
        // The user reads the card and types for a moment: other desks may save meanwhile.
        QThread::msleep(m_random.bounded(20));
        // Unique across runs too (the seed differs per run): its audit entry proves this save.
        const QString note = u"坐席 %1 第 %2 次修改 (%3)"_s.arg(m_worker).arg(++m_edits).arg(m_seed, 0, 16);
        Customer changed = *c;
        changed.notes = note;
        QElapsedTimer t;
        t.start();
        auto saved = repo.save(m_who, changed);
        const qint64 wait = t.elapsed();
        if (!saved)
            return failed(u"customer_save"_s, id, saved.error(), wait);
        // The version this save wrote (save() returns the card as read after the commit, which
        // another desk may already have moved on).
        acknowledged(u"customer_save"_s, id, {}, c->version + 1, wait, note);
    }

    Database m_db;
    Session m_who;
    int m_worker = 0;
    quint64 m_seed = 0;
    QRandomGenerator m_random;
    DurableLog &m_log;
    std::optional<HotlineService> m_hotline;
    std::optional<complaints::ComplaintService> m_complaints;
    std::optional<DispatchService> m_dispatch;
    QList<qint64> m_customers;
    QList<OwnCall> m_calls;
    int m_edits = 0;
    int m_writes = 0;
    int m_conflicts = 0;
    int m_errors = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sd_soak_worker"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption database(u"database"_s, u"SQLite path or PostgreSQL URL"_s, u"url"_s);
    const QCommandLineOption worker(u"worker"_s, u"worker number"_s, u"n"_s, u"1"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"how long to work"_s, u"s"_s, u"8"_s);
    const QCommandLineOption logFile(u"log"_s, u"the durable log of acknowledged writes"_s, u"file"_s);
    const QCommandLineOption seed(u"seed"_s, u"random seed"_s, u"n"_s, u"1"_s);
    const QCommandLineOption login(u"login"_s, u"the desk's login (password in SD_SOAK_PASSWORD)"_s, u"login"_s);
    parser.addOptions({database, worker, seconds, logFile, seed, login});
    parser.process(app);
    if (!parser.isSet(database) || !parser.isSet(logFile) || !parser.isSet(login)) {
        std::fputs("sd_soak_worker: --database, --log and --login are required\n", stderr);
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    DurableLog log(parser.value(logFile));
    if (!log.isOpen()) {
        std::fputs("sd_soak_worker: cannot open the log\n", stderr);
        return 2;
    }
    const int n = parser.value(worker).toInt();
    auto spec = ConnectionSpec::parse(parser.value(database));
    if (!spec) {
        log.line({u"error"_s, u"open"_s, u"0"_s, u"invalid"_s, u"-"_s, u"0"_s, spec.error().message});
        return 1;
    }
    auto db = Database::open(*spec, u"soak-%1"_s.arg(n));
    if (!db) {
        log.line({u"error"_s, u"open"_s, u"0"_s, u"database"_s, u"-"_s, u"0"_s, db.error().message});
        return 1;
    }
    QElapsedTimer t;
    t.start();
    auto session = AuthService(*db).login(parser.value(login), qEnvironmentVariable("SD_SOAK_PASSWORD"));
    if (!session) {
        log.line({u"error"_s, u"login"_s, u"0"_s, codeKey(session.error().code), u"-"_s,
                  QString::number(t.elapsed()), session.error().message});
        return 1;
    }
    Desk desk(*db, *session, n, parser.value(seed).toULongLong(), log);
    if (!desk.prepare())
        return 1;
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    desk.runUntil(qint64(parser.value(seconds).toDouble() * 1000), clock);
    db->close();
    return 0;
}
