// servicedeskctl WORKFLOW list|show|actions|new|act|fields: every workflow driven from the command
// line through the same services and checks as the desk, on SQLite and PostgreSQL. Each refusal
// (exit 1, 2, 4, 5, 6) leaves the records as they were.
#include "core/complaints/complaintservice.h"
#include "core/dispatch/dispatchjob.h"
#include "core/firstvisit/firstvisitworkflow.h"
#include "core/hotline/hotlinecall.h"
#include "core/hotline/hotlineworkflow.h"
#include "core/projects/projectservice.h"
#include "core/records/customerrepository.h"
#include "core/returnvisits/returnvisitservice.h"
#include "core/calendar/calendarrepository.h"
#include "core/sla/slarepository.h"
#include "core/training/trainingservice.h"
#include "tests/cli/ctlrun.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::CtlRun;
using sd::test::TestDatabase;

namespace {

/// servicedeskctl --database <t> [--as LOGIN] ARGS, with the test password in SD_PASSWORD.
CtlRun ctl(const TestDatabase &t, const QString &as, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SD_PASSWORD"_s, sd::test::testPassword());
    QStringList all{u"--database"_s, t.url()};
    if (!as.isEmpty())
        all << u"--as"_s << as;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SD_CTL_PATH), all + args);
    REQUIRE(p.waitForStarted(30000));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(180000));
    CtlRun r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
    UNSCOPED_INFO("servicedeskctl --as " << as.toStdString() << ' ' << args.join(u' ').toStdString() << " → " << r.exitCode
                                         << "\nstdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    return r;
}

/// The same with --json; the result object (exit 0 required).
QJsonObject ok(const TestDatabase &t, const QString &as, const QStringList &args)
{
    const CtlRun r = ctl(t, as, QStringList{u"--json"_s} + args);
    REQUIRE(r.exitCode == 0);
    return r.json();
}

qint64 scalar(const TestDatabase &t, const QString &sql, const QVariantList &binds = {})
{
    auto v = t.db().scalar(sql, binds);
    REQUIRE(v);
    return v->toLongLong();
}

/// What a refused command must leave as it was: the record's row, the rows of every workflow
/// table, the SLA clocks and the audit trail (logins and audited refusals aside).
QString snapshot(const TestDatabase &t, const QString &table, qint64 id)
{
    QStringList parts;
    for (const QString &name : {u"hotline_calls"_s, u"dispatch_jobs"_s, u"complaints"_s, u"first_visits"_s,
                                u"first_visit_needs"_s, u"first_visit_checklist"_s, u"return_visits"_s,
                                u"problem_entries"_s, u"customers"_s, u"sla_clocks"_s, u"projects"_s,
                                u"project_stages"_s, u"project_logs"_s, u"project_approvals"_s, u"project_members"_s,
                                u"stage_evaluations"_s, u"training_sessions"_s,
                                u"training_students"_s, u"training_registrations"_s, u"training_attendance"_s,
                                u"training_scores"_s, u"training_notices"_s})
        parts << QString::number(scalar(t, u"SELECT COUNT(*) FROM "_s + name));
    parts << QString::number(scalar(t, u"SELECT COUNT(*) FROM audit WHERE action <> 'login' AND action NOT LIKE 'forbidden:%'"_s));
    auto q = t.db().exec(u"SELECT * FROM "_s + table + u" WHERE id = ?"_s, {id});
    REQUIRE(q);
    REQUIRE(q->next());
    const QVariantMap row = rowMap(*q);
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        parts << it.key() + u'=' + it.value().toString();
    return parts.join(u'|');
}

qint64 refusalsAudited(const TestDatabase &t)
{
    return scalar(t, u"SELECT COUNT(*) FROM audit WHERE action LIKE 'forbidden:%'"_s);
}

/// Runs a command that must be refused with `code`: one line on stderr naming `mentions`, and
/// the database as it was (a refusal for the role adds its one audit entry, nothing else).
CtlRun refused(const TestDatabase &t, const QString &table, qint64 id, int code, const QString &as,
            const QStringList &args, const QString &mentions = {})
{
    const QString before = snapshot(t, table, id);
    const qint64 audited = refusalsAudited(t);
    const CtlRun r = ctl(t, as, QStringList{u"--json"_s} + args);
    CHECK(r.exitCode == code);
    CHECK(r.err.startsWith(u"servicedeskctl: "_s));
    CHECK(r.err.count(u'\n') == 1);
    if (!mentions.isEmpty())
        CHECK(r.err.contains(mentions));
    CHECK(snapshot(t, table, id) == before);
    CHECK(refusalsAudited(t) == audited + (code == 4 ? 1 : 0));
    return r;
}

void requireRecordShape(const QJsonObject &o)
{
    static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})$"_s);
    for (const QString &key : {u"id"_s, u"number"_s, u"state"_s, u"version"_s, u"fields"_s, u"deadlines"_s})
        CHECK(o.contains(key));
    CHECK(o.value(u"id"_s).toInteger() > 0);
    CHECK(o.value(u"version"_s).toInt() >= 1);
    CHECK(!o.value(u"state"_s).toString().isEmpty());
    CHECK(o.value(u"fields"_s).isObject());
    REQUIRE(o.value(u"deadlines"_s).isArray());
    for (const QJsonValue &d : o.value(u"deadlines"_s).toArray()) {
        const QJsonObject deadline = d.toObject();
        CHECK(!deadline.value(u"clock"_s).toString().isEmpty());
        CHECK(!deadline.value(u"state"_s).toString().isEmpty());
        if (deadline.value(u"state"_s).toString() != u"paused"_s)
            CHECK(iso.match(deadline.value(u"due"_s).toString()).hasMatch());
    }
}

QStringList actionKeys(const QJsonObject &actions)
{
    QStringList keys;
    for (const QJsonValue &a : actions.value(u"actions"_s).toArray())
        keys << a.toObject().value(u"action"_s).toString();
    return keys;
}

QList<qint64> listedIds(const QJsonObject &list)
{
    QList<qint64> ids;
    for (const QJsonValue &r : list.value(u"records"_s).toArray())
        ids << r.toObject().value(u"id"_s).toInteger();
    return ids;
}

QString id(const QJsonObject &record) { return QString::number(record.value(u"id"_s).toInteger()); }

/// A database with the SLA policies, a customer, a department and the staff of each desk.
struct Center {
    TestDatabase t;
    qint64 customerId = 0;
    qint64 departmentId = 0;
    Session operatorOn, manager, engineer, engineer2, quality, sales, agent;

    explicit Center(Backend backend) : t(TestDatabase::create(backend))
    {
        REQUIRE(SlaRepository::seedDefaults(t.db()));
        operatorOn = t.sessionWith({Role::HotlineOperator}, u"值班员小王"_s);
        manager = t.sessionWith({Role::ServiceManager}, u"服务经理"_s);
        engineer = t.sessionWith({Role::ServiceEngineer}, u"工程师张"_s);
        engineer2 = t.sessionWith({Role::ServiceEngineer}, u"工程师李"_s);
        quality = t.sessionWith({Role::QualitySupervisor}, u"质量主管"_s);
        sales = t.sessionWith({Role::Sales}, u"销售"_s);
        agent = t.sessionWith({Role::FirstVisitAgent}, u"首访专员"_s);
        Customer c;
        c.name = u"北京华联商厦有限公司"_s;
        c.address = u"北京市朝阳区建国路 1 号"_s;
        c.serviceCode = u"BJ-0001"_s;
        Contact k;
        k.name = u"李明"_s;
        k.phones = {{0, u"010-65432100"_s, {}}};
        c.contacts = {k};
        auto customer = CustomerRepository(t.db()).create(t.admin(), c);
        REQUIRE(customer);
        customerId = *customer;
        auto department = t.db().insertReturningId(
            u"INSERT INTO departments (name, head_id, version, created_at, updated_at) VALUES (?, ?, 1, 0, 0)"_s,
            {u"实施部"_s, manager.staffId});
        REQUIRE(department);
        departmentId = *department;
    }
};

} // namespace

TEST_CASE("servicedeskctl call: new, list, show, actions, act and fields, with every exit code and nothing "
          "changed by a refusal",
          "[cli][workflows]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Center c(backend);
    const TestDatabase &t = c.t;
    const QString op = c.operatorOn.login;

    // fields: no database, no login.
    const CtlRun fields = ctl(t, {}, {u"--json"_s, u"call"_s, u"fields"_s});
    REQUIRE(fields.exitCode == 0);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &f : fields.json().value(u"fields"_s).toArray())
        byName.insert(f.toObject().value(u"name"_s).toString(), f.toObject());
    CHECK(byName.value(u"solution"_s).value(u"type"_s).toString() == u"text"_s);
    CHECK(byName.value(u"solution"_s).value(u"required_by"_s).toArray().contains(u"solve"_s));
    CHECK(byName.value(u"fault_level"_s).value(u"allowed"_s).toArray()
          == QJsonArray::fromStringList({u"1"_s, u"2"_s, u"3"_s, u"4"_s}));
    CHECK(byName.value(u"problem_class"_s).value(u"allowed"_s).toArray().contains(u"software_bug"_s));
    CHECK(byName.value(u"req_decision"_s).value(u"allowed"_s).toArray().contains(u"decline"_s));
    CHECK(byName.value(u"callback_due_at"_s).value(u"type"_s).toString() == u"datetime"_s);
    CHECK(ctl(t, {}, {u"call"_s, u"fields"_s}).out.contains(u"solution"_s));

    // new, in Chinese.
    const QJsonObject created =
        ok(t, op, {u"call"_s, u"new"_s, u"--field"_s, u"customer_id=%1"_s.arg(c.customerId), u"--field"_s,
                   u"problem_class=operation_problem"_s, u"--field"_s, u"fault_level=3"_s, u"--field"_s,
                   u"description=收银机打印不出小票"_s, u"--field"_s, u"billing=paid"_s});
    requireRecordShape(created);
    CHECK(created.value(u"state"_s).toString() == hotline::Open);
    CHECK(created.value(u"version"_s).toInt() == 1);
    const QString number = created.value(u"number"_s).toString();
    CHECK(number.startsWith(u"RX"_s));
    CHECK(created.value(u"fields"_s).toObject().value(u"description"_s).toString() == u"收银机打印不出小票"_s);
    CHECK(created.value(u"deadlines"_s).toArray().size() >= 2);
    const QString callId = id(created);
    const qint64 call = callId.toLongLong();

    // list and show (by number), as JSON and as text.
    CHECK(listedIds(ok(t, op, {u"call"_s, u"list"_s, u"--state"_s, u"open"_s})).contains(call));
    CHECK(listedIds(ok(t, op, {u"call"_s, u"list"_s, u"--state"_s, u"solved"_s})).isEmpty());
    const QJsonObject shown = ok(t, op, {u"call"_s, u"show"_s, number});
    requireRecordShape(shown);
    CHECK(shown.value(u"id"_s).toInteger() == call);
    const CtlRun text = ctl(t, op, {u"call"_s, u"show"_s, callId});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(hotline::stateTitle(hotline::Open)));
    CHECK(text.out.contains(u"收银机打印不出小票"_s));

    // actions: what the operator may do on the phone; nothing for an engineer yet.
    const QJsonObject actions = ok(t, op, {u"call"_s, u"actions"_s, callId});
    CHECK(actionKeys(actions).contains(u"solve"_s));
    CHECK(actionKeys(actions).contains(u"hold"_s));
    for (const QJsonValue &a : actions.value(u"actions"_s).toArray())
        if (a.toObject().value(u"action"_s).toString() == u"solve"_s)
            CHECK(a.toObject().value(u"required"_s).toArray() == QJsonArray{u"solution"_s});
    CHECK(actionKeys(ok(t, c.engineer.login, {u"call"_s, u"actions"_s, callId})).isEmpty());

    // Refusals before the action: usage (2), invalid fields (1), the role (4).
    const QString calls = u"hotline_calls"_s;
    refused(t, calls, call, 2, op, {u"call"_s, u"act"_s, callId});
    refused(t, calls, call, 2, op, {u"call"_s, u"act"_s, callId, u"fly"_s}, u"fly"_s);
    refused(t, calls, call, 2, op, {u"call"_s, u"act"_s, callId, u"solve"_s, u"--field"_s, u"solution"_s});
    refused(t, calls, call, 2, op, {u"call"_s, u"act"_s, callId, u"solve"_s, u"--version"_s, u"x"_s});
    refused(t, calls, call, 2, op, {u"call"_s, u"list"_s, u"--state"_s, u"nonsense"_s}, u"nonsense"_s);
    refused(t, calls, call, 2, op, {u"call"_s, u"fly"_s});
    refused(t, calls, call, 2, {}, {u"call"_s, u"show"_s, callId}, u"--as"_s);
    const CtlRun unknownField = refused(t, calls, call, 1, op,
                                     {u"call"_s, u"act"_s, callId, u"solve"_s, u"--field"_s, u"solutoin=x"_s}, u"solutoin"_s);
    CHECK(unknownField.json().value(u"field"_s).toString() == u"solutoin"_s);
    const CtlRun missing = refused(t, calls, call, 1, op, {u"call"_s, u"act"_s, callId, u"solve"_s}, u"solution"_s);
    CHECK(missing.json().value(u"field"_s).toString() == u"solution"_s);
    const CtlRun badLevel = refused(t, calls, call, 1, op,
                                 {u"call"_s, u"act"_s, callId, u"update"_s, u"--field"_s, u"fault_level=9"_s}, u"fault_level"_s);
    CHECK(badLevel.json().value(u"field"_s).toString() == u"fault_level"_s);
    refused(t, calls, call, 1, op, {u"call"_s, u"show"_s, u"RX19990101-9999"_s}, u"RX19990101-9999"_s);
    refused(t, calls, call, 4, c.engineer.login,
            {u"call"_s, u"act"_s, callId, u"solve"_s, u"--field"_s, u"solution=x"_s});

    // act, in Chinese, at the version shown; the answer and a fresh show carry it.
    const QString solution = u"重新安装打印驱动后恢复，客户确认"_s;
    const QJsonObject solved = ok(t, op, {u"call"_s, u"act"_s, number, u"solve"_s, u"--field"_s,
                                          u"solution="_s + solution, u"--version"_s, u"1"_s});
    requireRecordShape(solved);
    CHECK(solved.value(u"state"_s).toString() == hotline::Solved);
    CHECK(solved.value(u"version"_s).toInt() == 2);
    CHECK(solved.value(u"fields"_s).toObject().value(u"solution"_s).toString() == solution);
    CHECK(ok(t, op, {u"call"_s, u"show"_s, callId}).value(u"fields"_s).toObject().value(u"solution"_s).toString()
          == solution);

    // Stale version (5) names who saved; not possible now (6) says what is.
    refused(t, calls, call, 5, op, {u"call"_s, u"act"_s, callId, u"confirm"_s, u"--version"_s, u"1"_s},
            c.operatorOn.displayName);
    refused(t, calls, call, 6, op, {u"call"_s, u"act"_s, callId, u"hold"_s, u"--field"_s, u"hold_reason=x"_s},
            hotline::actionTitle(hotline::Confirm));

    // Without --version the current one is used.
    const QJsonObject closed = ok(t, op, {u"call"_s, u"act"_s, callId, u"confirm"_s});
    CHECK(closed.value(u"state"_s).toString() == hotline::Closed);
    CHECK(closed.value(u"action"_s).toString() == u"confirm"_s);
}

TEST_CASE("servicedeskctl dispatch: an on-site job from request to dispatch, the engineer's own actions",
          "[cli][workflows]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Center c(backend);
    const TestDatabase &t = c.t;
    const QString mgr = c.manager.login;

    const QJsonObject created = ok(t, c.operatorOn.login,
                                   {u"dispatch"_s, u"new"_s, u"--field"_s, u"customer_id=%1"_s.arg(c.customerId),
                                    u"--field"_s, u"fault_level=2"_s, u"--field"_s, u"problem=服务器无法启动"_s});
    requireRecordShape(created);
    CHECK(created.value(u"state"_s).toString() == QString(dispatch::Requested));
    CHECK(created.value(u"number"_s).toString().startsWith(u"PG"_s));
    const QString jobId = id(created);
    const qint64 job = jobId.toLongLong();

    // The operator may not verify (4); the manager verifies and dispatches.
    refused(t, u"dispatch_jobs"_s, job, 4, c.operatorOn.login,
            {u"dispatch"_s, u"act"_s, jobId, u"verify"_s, u"--field"_s, u"coverage=contract"_s});
    refused(t, u"dispatch_jobs"_s, job, 1, mgr,
            {u"dispatch"_s, u"act"_s, jobId, u"verify"_s, u"--field"_s, u"coverage=free"_s}, u"coverage"_s);
    CHECK(ok(t, mgr, {u"dispatch"_s, u"act"_s, jobId, u"verify"_s, u"--field"_s, u"coverage=contract"_s})
              .value(u"state"_s)
              .toString()
          == QString(dispatch::Verified));
    const QJsonObject dispatched = ok(t, mgr, {u"dispatch"_s, u"act"_s, created.value(u"number"_s).toString(),
                                               u"dispatch"_s, u"--field"_s, u"engineer_id=%1"_s.arg(c.engineer.staffId)});
    requireRecordShape(dispatched);
    CHECK(dispatched.value(u"state"_s).toString() == QString(dispatch::Dispatched));
    bool response = false;
    for (const QJsonValue &d : dispatched.value(u"deadlines"_s).toArray())
        response |= d.toObject().value(u"clock"_s).toString() == u"onsite_response"_s;
    CHECK(response);

    // The engineer's actions; another engineer is refused (4), the record unchanged.
    const QJsonObject actions = ok(t, c.engineer.login, {u"dispatch"_s, u"actions"_s, jobId});
    CHECK(actionKeys(actions).contains(u"confirm"_s));
    CHECK(actionKeys(actions).contains(u"send_back"_s));
    refused(t, u"dispatch_jobs"_s, job, 4, c.engineer2.login, {u"dispatch"_s, u"act"_s, jobId, u"confirm"_s});
    refused(t, u"dispatch_jobs"_s, job, 6, c.engineer.login,
            {u"dispatch"_s, u"act"_s, jobId, u"check_in"_s}, dispatch::actionTitle(dispatch::Confirm));
    CHECK(ok(t, c.engineer.login, {u"dispatch"_s, u"act"_s, jobId, u"confirm"_s}).value(u"state"_s).toString()
          == QString(dispatch::Confirmed));
    const QJsonObject booked = ok(t, c.engineer.login, {u"dispatch"_s, u"act"_s, jobId, u"book"_s, u"--field"_s,
                                                        u"appointment_at=2030-03-04 09:30"_s});
    CHECK(booked.value(u"fields"_s).toObject().value(u"appointment_at"_s).toString().startsWith(u"2030-03-04T09:30:00"_s));

    CHECK(listedIds(ok(t, mgr, {u"dispatch"_s, u"list"_s, u"--state"_s, u"booked"_s})).contains(job));
    CHECK(ok(t, mgr, {u"dispatch"_s, u"show"_s, jobId}).value(u"fields"_s).toObject().value(u"engineer_name"_s).toString()
          == c.engineer.displayName);
    CHECK(ctl(t, {}, {u"dispatch"_s, u"fields"_s}).out.contains(u"satisfaction"_s));
}

TEST_CASE("servicedeskctl complaint: register, confirm with its reply deadline, refusals", "[cli][workflows]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Center c(backend);
    const TestDatabase &t = c.t;
    const QString q = c.quality.login;

    const QJsonObject created =
        ok(t, q, {u"complaint"_s, u"new"_s, u"--field"_s, u"customer_id=%1"_s.arg(c.customerId), u"--field"_s,
                  u"channel=phone"_s, u"--field"_s, u"complainant=王经理"_s, u"--field"_s,
                  u"description=工程师迟到两个小时"_s, u"--field"_s, u"problem_class=slow_response"_s});
    requireRecordShape(created);
    CHECK(created.value(u"state"_s).toString() == QString(complaints::state::Accepted));
    const QString number = created.value(u"number"_s).toString();
    CHECK(number.startsWith(u"TS"_s));
    const qint64 complaint = created.value(u"id"_s).toInteger();

    refused(t, u"complaints"_s, complaint, 1, q,
            {u"complaint"_s, u"new"_s, u"--field"_s, u"customer_id=%1"_s.arg(c.customerId), u"--field"_s,
             u"channel=pigeon"_s, u"--field"_s, u"complainant=x"_s, u"--field"_s, u"description=x"_s},
            u"channel"_s);
    refused(t, u"complaints"_s, complaint, 4, c.operatorOn.login,
            {u"complaint"_s, u"act"_s, number, u"confirm_valid"_s, u"--field"_s, u"detail=x"_s, u"--field"_s,
             u"department_id=%1"_s.arg(c.departmentId)});
    refused(t, u"complaints"_s, complaint, 6, q,
            {u"complaint"_s, u"act"_s, number, u"file"_s, u"--field"_s, u"corrective_measures=x"_s, u"--field"_s,
             u"preventive_measures=y"_s},
            complaints::actionTitle(complaints::action::ConfirmValid));

    CHECK(actionKeys(ok(t, q, {u"complaint"_s, u"actions"_s, number})).contains(u"confirm_valid"_s));
    const QJsonObject confirmed =
        ok(t, q, {u"complaint"_s, u"act"_s, number, u"confirm_valid"_s, u"--field"_s, u"detail=属实，已核实"_s,
                  u"--field"_s, u"department_id=%1"_s.arg(c.departmentId)});
    requireRecordShape(confirmed);
    CHECK(confirmed.value(u"state"_s).toString() == QString(complaints::state::Confirmed));
    QStringList clocks;
    for (const QJsonValue &d : confirmed.value(u"deadlines"_s).toArray())
        clocks << d.toObject().value(u"clock"_s).toString();
    CHECK(clocks.contains(u"complaint_reply"_s));
    CHECK(confirmed.value(u"fields"_s).toObject().value(u"confirmation_note"_s).toString() == u"属实，已核实"_s);
    // The quality supervisor has nothing to do until the department investigates.
    CHECK(actionKeys(ok(t, q, {u"complaint"_s, u"actions"_s, number})).isEmpty());
    CHECK(actionKeys(ok(t, c.manager.login, {u"complaint"_s, u"actions"_s, number})).contains(u"investigate"_s));

    CHECK(listedIds(ok(t, q, {u"complaint"_s, u"list"_s, u"--state"_s, u"confirmed"_s})).contains(complaint));
    const QJsonObject fields = ok(t, {}, {u"complaint"_s, u"fields"_s});
    bool measures = false;
    for (const QJsonValue &f : fields.value(u"fields"_s).toArray())
        if (f.toObject().value(u"name"_s).toString() == u"measures"_s)
            measures = f.toObject().value(u"type"_s).toString() == u"choices"_s
                && f.toObject().value(u"allowed"_s).toArray().contains(u"apology"_s);
    CHECK(measures);
}

TEST_CASE("servicedeskctl firstvisit: a submission verified from the command line, field by field",
          "[cli][workflows]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Center c(backend);
    const TestDatabase &t = c.t;
    const QString a = c.agent.login;

    const QJsonObject created =
        ok(t, c.sales.login, {u"firstvisit"_s, u"new"_s, u"--field"_s, u"company=上海新天地百货有限公司"_s, u"--field"_s,
                              u"contact=陈静"_s, u"--field"_s, u"phone=021-55550000"_s, u"--field"_s,
                              u"products=U8+ V16.0"_s, u"--field"_s, u"sale_date=2026-11-02"_s});
    requireRecordShape(created);
    CHECK(created.value(u"state"_s).toString() == u"submitted"_s);
    CHECK(created.value(u"number"_s).isNull());
    const QString fvId = id(created);
    const qint64 fv = fvId.toLongLong();
    const CtlRun noCompany = refused(t, u"first_visits"_s, fv, 1, c.sales.login,
                                  {u"firstvisit"_s, u"new"_s, u"--field"_s, u"contact=x"_s}, u"company"_s);
    CHECK(noCompany.json().value(u"field"_s).toString() == u"company"_s);
    refused(t, u"first_visits"_s, fv, 4, c.sales.login,
            {u"firstvisit"_s, u"act"_s, fvId, u"log_attempt"_s, u"--field"_s, u"outcome=reached"_s});

    const QJsonObject reached =
        ok(t, a, {u"firstvisit"_s, u"act"_s, fvId, u"log_attempt"_s, u"--field"_s, u"outcome=reached"_s, u"--field"_s,
                  u"note=客户在，已核对"_s});
    CHECK(reached.value(u"state"_s).toString() == u"verifying"_s);
    const int version = reached.value(u"version"_s).toInt();
    const QStringList open = actionKeys(ok(t, a, {u"firstvisit"_s, u"actions"_s, fvId}));
    for (const QString &action : {u"check_field"_s, u"checklist"_s, u"add_need"_s, u"verify"_s})
        CHECK(open.contains(action));

    // The desk's work on the record keeps its state; the version check applies to it too.
    const QJsonObject checked = ok(t, a, {u"firstvisit"_s, u"act"_s, fvId, u"check_field"_s, u"--field"_s,
                                          u"field=contact"_s, u"--field"_s, u"value=陈晶"_s});
    CHECK(checked.value(u"state"_s).toString() == u"verifying"_s);
    bool corrected = false;
    for (const QJsonValue &v : checked.value(u"fields"_s).toObject().value(u"checks"_s).toArray())
        if (v.toObject().value(u"field"_s).toString() == u"contact"_s)
            corrected = v.toObject().value(u"current"_s).toString() == u"陈晶"_s;
    CHECK(corrected);
    ok(t, a, {u"firstvisit"_s, u"act"_s, fvId, u"add_need"_s, u"--field"_s, u"need_type=training"_s, u"--field"_s,
              u"description=财务人员需要培训"_s, u"--field"_s, u"department_id=%1"_s.arg(c.departmentId)});
    refused(t, u"first_visits"_s, fv, 5, a,
            {u"firstvisit"_s, u"act"_s, fvId, u"checklist"_s, u"--field"_s, u"item=service_code"_s, u"--version"_s,
             QString::number(version - 1)});
    refused(t, u"first_visits"_s, fv, 6, a,
            {u"firstvisit"_s, u"act"_s, fvId, u"record_needs"_s}, firstvisit::transitionTable().actionTitle(u"verify"_s));
    const QJsonObject shown = ok(t, a, {u"firstvisit"_s, u"show"_s, fvId});
    const QJsonArray needs = shown.value(u"fields"_s).toObject().value(u"needs"_s).toArray();
    REQUIRE(needs.size() == 1);
    CHECK(needs.first().toObject().value(u"description"_s).toString() == u"财务人员需要培训"_s);

    CHECK(listedIds(ok(t, a, {u"firstvisit"_s, u"list"_s, u"--state"_s, u"verifying"_s})).contains(fv));
    CHECK(ctl(t, {}, {u"firstvisit"_s, u"fields"_s}).out.contains(u"need_type"_s));
}

TEST_CASE("servicedeskctl returnvisit and problem: record a visit, open its complaint, edit and merge entries",
          "[cli][workflows]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Center c(backend);
    const TestDatabase &t = c.t;
    const QString q = c.quality.login;

    // Return visits are scheduled by the workflows, not created here.
    auto calendar = BusinessCalendar();
    auto tx = Transaction::begin(t.db());
    REQUIRE(tx);
    auto scheduled = ReturnVisitService(t.db(), calendar)
                         .scheduleAfter(t.admin(), QString(returnvisit::FromCase), 1, c.customerId, Database::nowMs());
    REQUIRE(scheduled);
    REQUIRE(tx->commit());
    const QString visitId = QString::number(scheduled->id);
    refused(t, u"return_visits"_s, scheduled->id, 2, q, {u"returnvisit"_s, u"new"_s});
    CHECK(listedIds(ok(t, q, {u"returnvisit"_s, u"list"_s, u"--state"_s, u"scheduled"_s})).contains(scheduled->id));
    CHECK(actionKeys(ok(t, q, {u"returnvisit"_s, u"actions"_s, visitId})).contains(u"record"_s));
    refused(t, u"return_visits"_s, scheduled->id, 1, q,
            {u"returnvisit"_s, u"act"_s, visitId, u"record"_s, u"--field"_s, u"channel=phone"_s, u"--field"_s,
             u"attitude=6"_s, u"--field"_s, u"quality=3"_s, u"--field"_s, u"resolution=3"_s, u"--field"_s, u"score=3"_s},
            u"attitude"_s);
    refused(t, u"return_visits"_s, scheduled->id, 4, c.engineer.login,
            {u"returnvisit"_s, u"act"_s, visitId, u"cancel"_s, u"--field"_s, u"cancel_reason=x"_s});
    const QJsonObject done =
        ok(t, q, {u"returnvisit"_s, u"act"_s, visitId, u"record"_s, u"--field"_s, u"channel=phone"_s, u"--field"_s,
                  u"attitude=2"_s, u"--field"_s, u"quality=2"_s, u"--field"_s, u"resolution=1"_s, u"--field"_s,
                  u"score=2"_s, u"--field"_s, u"comment=问题反复出现，很不满意"_s});
    requireRecordShape(done);
    CHECK(done.value(u"state"_s).toString() == QString(returnvisit::Done));
    CHECK(done.value(u"fields"_s).toObject().value(u"comment"_s).toString() == u"问题反复出现，很不满意"_s);
    const QJsonObject complained =
        ok(t, q, {u"returnvisit"_s, u"act"_s, visitId, u"open_complaint"_s, u"--field"_s, u"complainant=李明"_s});
    CHECK(complained.value(u"fields"_s).toObject().value(u"complaint_no"_s).toString().startsWith(u"TS"_s));
    refused(t, u"return_visits"_s, scheduled->id, 6, q,
            {u"returnvisit"_s, u"act"_s, visitId, u"cancel"_s, u"--field"_s, u"cancel_reason=x"_s});

    // Problem-base entries: new, edit at a version, merge (the manager's), and what a merged one refuses.
    const QString op = c.operatorOn.login;
    QList<qint64> entries;
    for (const QString &phenomenon : {u"打印机脱机"_s, u"打印机显示脱机"_s, u"打印机一直脱机"_s}) {
        const QJsonObject e = ok(t, op, {u"problem"_s, u"new"_s, u"--field"_s, u"phenomenon="_s + phenomenon,
                                         u"--field"_s, u"solution=重启打印服务"_s, u"--field"_s,
                                         u"problem_class=environment_problem"_s});
        requireRecordShape(e);
        CHECK(e.value(u"state"_s).toString() == u"active"_s);
        entries << e.value(u"id"_s).toInteger();
    }
    const QString first = QString::number(entries.at(0));
    const QString second = QString::number(entries.at(1));
    CHECK(ok(t, op, {u"problem"_s, u"act"_s, first, u"edit"_s, u"--field"_s, u"tags=打印,驱动"_s, u"--version"_s, u"1"_s})
              .value(u"version"_s)
              .toInt()
          == 2);
    refused(t, u"problem_entries"_s, entries.at(0), 5, op,
            {u"problem"_s, u"act"_s, first, u"edit"_s, u"--field"_s, u"tags=x"_s, u"--version"_s, u"1"_s},
            c.operatorOn.displayName);
    CHECK(!actionKeys(ok(t, op, {u"problem"_s, u"actions"_s, second})).contains(u"merge"_s));
    CHECK(actionKeys(ok(t, c.manager.login, {u"problem"_s, u"actions"_s, second})).contains(u"merge"_s));
    refused(t, u"problem_entries"_s, entries.at(1), 4, op,
            {u"problem"_s, u"act"_s, second, u"merge"_s, u"--field"_s, u"merged_into="_s + first});
    CHECK(ok(t, c.manager.login, {u"problem"_s, u"act"_s, second, u"merge"_s, u"--field"_s, u"merged_into="_s + first})
              .value(u"state"_s)
              .toString()
          == u"merged"_s);
    refused(t, u"problem_entries"_s, entries.at(1), 6, op,
            {u"problem"_s, u"act"_s, second, u"edit"_s, u"--field"_s, u"tags=x"_s});
    CHECK(listedIds(ok(t, op, {u"problem"_s, u"list"_s, u"--state"_s, u"merged"_s})) == QList<qint64>{entries.at(1)});
    CHECK(ok(t, op, {u"problem"_s, u"show"_s, first}).value(u"fields"_s).toObject().value(u"tags"_s).toString()
          == u"打印,驱动"_s);
    CHECK(ctl(t, {}, {u"problem"_s, u"fields"_s}).out.contains(u"merged_into"_s));
    // The survivor may take a duplicate in (its row recorded in place, listed for the manager).
    const QString third = QString::number(entries.at(2));
    CHECK(actionKeys(ok(t, c.manager.login, {u"problem"_s, u"actions"_s, first})).contains(u"absorb"_s));
    refused(t, u"problem_entries"_s, entries.at(0), 1, c.manager.login,
            {u"problem"_s, u"act"_s, first, u"absorb"_s});
    ok(t, c.manager.login, {u"problem"_s, u"act"_s, first, u"absorb"_s, u"--field"_s, u"duplicate_id="_s + third});
    CHECK(ok(t, op, {u"problem"_s, u"show"_s, third}).value(u"state"_s).toString() == u"merged"_s);
}

TEST_CASE("servicedeskctl project: apply, assign, plan from the template, start, log a day and deliver, with every "
          "exit code and nothing changed by a refusal",
          "[cli][workflows][projects]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Center c(backend);
    const TestDatabase &t = c.t;
    const Session im = c.t.sessionWith({Role::ImplementationManager}, u"高峰"_s);
    const Session pm = c.t.sessionWith({Role::ProjectManager}, u"林涛"_s);
    const Session otherPm = c.t.sessionWith({Role::ProjectManager}, u"何丽"_s);
    const Session consultant = c.t.sessionWith({Role::Consultant}, u"郑洁"_s);
    auto product = t.db().insertReturningId(
        u"INSERT INTO products (name, vendor, version, created_at, updated_at) VALUES (?, ?, 1, 0, 0)"_s,
        {u"用友U8+"_s, u"用友网络"_s});
    REQUIRE(product);
    auto tpl = ProjectService(t.db(), BusinessCalendar()).addTemplate(
        im, *product, u"U8+ 标准实施"_s, {{1, u"需求调研"_s, 2, {}, {}, {}, {}}, {2, u"系统配置"_s, 3, {}, {}, {}, {}}});
    REQUIRE(tpl);

    // fields: every action's, with types.
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &f : ok(t, {}, {u"project"_s, u"fields"_s}).value(u"fields"_s).toArray())
        byName.insert(f.toObject().value(u"name"_s).toString(), f.toObject());
    CHECK(byName.value(u"hours"_s).value(u"type"_s).toString() == u"number"_s);
    CHECK(byName.value(u"work_date"_s).value(u"type"_s).toString() == u"date"_s);
    CHECK(byName.value(u"stage_id"_s).value(u"required_by"_s).toArray().contains(u"deliver_stage"_s));
    CHECK(byName.value(u"consultant_ids"_s).value(u"required_by"_s).toArray().contains(u"assign"_s));
    CHECK(byName.value(u"reason"_s).value(u"required_by"_s).toArray().contains(u"request_suspend"_s));

    // new: the implementation manager applies; nobody else may; fields are checked.
    const QStringList application = {u"project"_s, u"new"_s, u"--field"_s, u"customer_id=%1"_s.arg(c.customerId),
                                     u"--field"_s, u"title=华联商厦 U8+ 实施项目"_s, u"--field"_s, u"budgeted_days=20"_s,
                                     u"--field"_s, u"product_id=%1"_s.arg(*product)};
    const QJsonObject created = ok(t, im.login, application);
    requireRecordShape(created);
    CHECK(created.value(u"state"_s).toString() == QString(project::Applied));
    const QString number = created.value(u"number"_s).toString();
    CHECK(number.startsWith(u"XM"_s));
    const QString pid = id(created);
    const qint64 projectId = pid.toLongLong();
    const QString table = u"projects"_s;
    refused(t, table, projectId, 4, pm.login, application);
    refused(t, table, projectId, 1, im.login,
            {u"project"_s, u"new"_s, u"--field"_s, u"customer_id=%1"_s.arg(c.customerId), u"--field"_s, u"budgeted_days=5"_s},
            u"title"_s);
    refused(t, table, projectId, 1, im.login,
            {u"project"_s, u"new"_s, u"--field"_s, u"customer_id=%1"_s.arg(c.customerId), u"--field"_s,
             u"title="_s + QString(201, u'长'), u"--field"_s, u"budgeted_days=5"_s},
            u"title"_s);

    // assign: the implementation manager; a consultant may not (4); a wrong id is named (1).
    const QString team = u"%1"_s.arg(consultant.staffId);
    refused(t, table, projectId, 4, consultant.login,
            {u"project"_s, u"act"_s, number, u"assign"_s, u"--field"_s, u"project_manager_id=%1"_s.arg(pm.staffId),
             u"--field"_s, u"consultant_ids="_s + team});
    refused(t, table, projectId, 1, im.login,
            {u"project"_s, u"act"_s, number, u"assign"_s, u"--field"_s, u"project_manager_id=%1"_s.arg(consultant.staffId),
             u"--field"_s, u"consultant_ids="_s + team},
            u"project_manager_id"_s);
    CHECK(ok(t, im.login, {u"project"_s, u"act"_s, number, u"assign"_s, u"--field"_s, u"project_manager_id=%1"_s.arg(pm.staffId),
                           u"--field"_s, u"consultant_ids="_s + team})
              .value(u"state"_s).toString()
          == QString(project::Assigned));
    // Not possible yet (6), another project's manager (4), a stale version (5).
    refused(t, table, projectId, 6, pm.login, {u"project"_s, u"act"_s, pid, u"start"_s},
            project::actionTitle(project::StartPlanning));
    refused(t, table, projectId, 4, otherPm.login, {u"project"_s, u"act"_s, pid, u"start_planning"_s}, pm.displayName);
    refused(t, table, projectId, 5, pm.login, {u"project"_s, u"act"_s, pid, u"start_planning"_s, u"--version"_s, u"1"_s},
            im.displayName);
    ok(t, pm.login, {u"project"_s, u"act"_s, pid, u"start_planning"_s});
    const QJsonObject planned = ok(t, pm.login, {u"project"_s, u"act"_s, pid, u"plan_from_template"_s});
    CHECK(planned.value(u"fields"_s).toObject().value(u"stages"_s).toArray().size() == 2);
    const QJsonObject started = ok(t, pm.login, {u"project"_s, u"act"_s, pid, u"start"_s});
    CHECK(started.value(u"state"_s).toString() == QString(project::InProgress));
    const QJsonArray stages = started.value(u"fields"_s).toObject().value(u"stages"_s).toArray();
    const QString stageId = QString::number(stages.at(0).toObject().value(u"id"_s).toInteger());
    CHECK(stages.at(0).toObject().value(u"state"_s).toString() == QString(stage::Active));

    // The consultant's actions; a day of the log; delivery; the PM's evaluation.
    const QStringList mine = actionKeys(ok(t, consultant.login, {u"project"_s, u"actions"_s, pid}));
    CHECK(mine.contains(u"log_day"_s));
    CHECK(mine.contains(u"deliver_stage"_s));
    CHECK(mine.contains(u"request_suspend"_s));
    CHECK_FALSE(mine.contains(u"pass_stage"_s));
    const QString today = QDateTime::fromMSecsSinceEpoch(Database::nowMs(), BusinessCalendar::defaultTimeZone())
                              .date().toString(Qt::ISODate);
    const QStringList logDay = {u"project"_s, u"act"_s, pid, u"log_day"_s, u"--field"_s, u"stage_id="_s + stageId,
                                u"--field"_s, u"work_date="_s + today, u"--field"_s, u"work_done=与财务部访谈"_s,
                                u"--field"_s, u"hours=7.5"_s, u"--field"_s, u"customer_contact=王经理"_s};
    refused(t, table, projectId, 4, pm.login, logDay);
    QStringList badHours = logDay;
    badHours.replaceInStrings(u"hours=7.5"_s, u"hours=lots"_s);
    refused(t, table, projectId, 1, consultant.login, badHours, u"hours"_s);
    ok(t, consultant.login, logDay);
    CHECK(scalar(t, u"SELECT COUNT(*) FROM project_logs WHERE work_date = ?"_s, {today}) == 1);
    refused(t, table, projectId, 6, pm.login,
            {u"project"_s, u"act"_s, pid, u"pass_stage"_s, u"--field"_s, u"stage_id="_s + stageId});
    refused(t, table, projectId, 1, consultant.login,
            {u"project"_s, u"act"_s, pid, u"deliver_stage"_s, u"--field"_s, u"stage_id=999999"_s, u"--field"_s,
             u"delivery_note=x"_s},
            u"stage_id"_s);
    ok(t, consultant.login, {u"project"_s, u"act"_s, pid, u"deliver_stage"_s, u"--field"_s, u"stage_id="_s + stageId,
                             u"--field"_s, u"delivery_note=调研报告"_s});
    const QJsonObject passed = ok(t, pm.login, {u"project"_s, u"act"_s, pid, u"pass_stage"_s, u"--field"_s,
                                                u"stage_id="_s + stageId});
    CHECK(passed.value(u"fields"_s).toObject().value(u"current_stage"_s).toString() == u"系统配置"_s);
    // Once accepted, the stage's log is read-only (6).
    refused(t, table, projectId, 6, consultant.login, logDay, u"read-only"_s);

    CHECK(listedIds(ok(t, pm.login, {u"project"_s, u"list"_s, u"--state"_s, u"in_progress"_s})).contains(projectId));
    const CtlRun text = ctl(t, pm.login, {u"project"_s, u"show"_s, number});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(project::stateTitle(project::InProgress)));
}

TEST_CASE("servicedeskctl WORKFLOW --help documents the subcommands and the exit codes", "[cli][workflows][help]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    for (const QString &workflow : {u"firstvisit"_s, u"call"_s, u"dispatch"_s, u"returnvisit"_s, u"complaint"_s,
                                    u"problem"_s, u"project"_s, u"training"_s}) {
        CAPTURE(workflow);
        const CtlRun help = ctl(t, {}, {workflow, u"--help"_s});
        CHECK(help.exitCode == 0);
        for (const QString &sub : {u"list"_s, u"show"_s, u"actions"_s, u"new"_s, u"act"_s, u"fields"_s})
            CHECK(help.out.contains(u"\n  "_s + sub + u' '));
        for (const QString &code : {u"0 ok"_s, u"1 invalid field"_s, u"2 usage"_s, u"4 "_s, u"5 stale version"_s, u"6 "_s})
            CHECK(help.out.contains(code));
        CHECK(ctl(t, {}, {workflow, u"act"_s, u"--help"_s}).out.contains(u"--version"_s));
    }
    // --version is the program's everywhere but after "WORKFLOW act".
    CHECK(ctl(t, {}, {u"--version"_s}).out.startsWith(u"servicedeskctl "_s));
}

namespace {

/// The registrations of a session as `show --json` lists them.
QJsonArray registrationsOf(const QJsonObject &shown) { return shown.value(u"fields"_s).toObject().value(u"registrations"_s).toArray(); }

QString regId(const QJsonObject &shown, int i)
{
    return QString::number(registrationsOf(shown).at(i).toObject().value(u"id"_s).toInteger());
}

} // namespace

TEST_CASE("servicedeskctl training: plan, register onto the waiting list, promotion, the teacher's exam, every exit code",
          "[cli][workflows][training]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Center c(backend);
    const TestDatabase &t = c.t;
    const Session teacher = c.t.sessionWith({Role::Trainer}, u"宋雪"_s);
    const Session teacher2 = c.t.sessionWith({Role::Trainer}, u"李老师"_s);
    const QString tl = teacher.login;
    const QString op = c.operatorOn.login;
    auto calendar = CalendarRepository(t.db()).load();
    REQUIRE(calendar);
    TrainingService service(t.db(), *calendar);
    auto course = service.createCourse(teacher, TrainingCourse{0, 0, u"U8+ 总账操作培训"_s, u"operation"_s, u"用友U8+"_s,
                                                              u"总账"_s, {}, 7, 60, false});
    REQUIRE(course);
    // A working day at least two weeks ahead of whatever day the test runs on.
    const QTimeZone zone = calendar->timeZone();
    QDate day = QDateTime::fromMSecsSinceEpoch(Database::nowMs(), zone).date().addDays(14);
    while (!calendar->isWorkingDay(day))
        day = day.addDays(1);
    const QString d = day.toString(Qt::ISODate);

    const CtlRun fields = ctl(t, {}, {u"--json"_s, u"training"_s, u"fields"_s});
    REQUIRE(fields.exitCode == 0);
    CHECK(fields.out.contains(u"student_name"_s));
    CHECK(fields.out.contains(u"confirm_off_hours"_s));

    const QStringList plan = {u"training"_s, u"new"_s, u"--field"_s, u"course_id=%1"_s.arg(*course),
                              u"--field"_s, u"teacher_id=%1"_s.arg(teacher.staffId), u"--field"_s, u"starts_at=%1T09:00"_s.arg(d),
                              u"--field"_s, u"ends_at=%1T16:30"_s.arg(d), u"--field"_s, u"room=培训一室"_s};
    const QJsonObject created = ok(t, tl, plan + QStringList{u"--field"_s, u"capacity=2"_s});
    requireRecordShape(created);
    CHECK(created.value(u"state"_s).toString() == QString(training::Planned));
    const QString number = created.value(u"number"_s).toString();
    CHECK(number.startsWith(u"PX"_s));
    const QString sid = id(created);
    const qint64 session = sid.toLongLong();
    const QString table = u"training_sessions"_s;

    // new: refused to the hotline desk (4), a clash names the session (1), bad capacity (1).
    refused(t, table, session, 4, op, plan + QStringList{u"--field"_s, u"capacity=5"_s});
    const CtlRun clash = refused(t, table, session, 1, tl, plan + QStringList{u"--field"_s, u"capacity=5"_s}, number);
    CHECK(clash.json().value(u"field"_s).toString() == u"teacher_id"_s);
    refused(t, table, session, 1, tl, plan + QStringList{u"--field"_s, u"capacity=0"_s}, u"capacity"_s);

    // Open and register: two seats, then the waiting list.
    refused(t, table, session, 4, op, {u"training"_s, u"act"_s, sid, u"open_registration"_s});
    refused(t, table, session, 6, op, {u"training"_s, u"act"_s, sid, u"register"_s, u"--field"_s, u"student_name=王丽"_s,
                                       u"--field"_s, u"customer_id=%1"_s.arg(c.customerId)},
            training::actionTitle(training::OpenRegistration));
    CHECK(ok(t, tl, {u"training"_s, u"act"_s, number, u"open_registration"_s}).value(u"state"_s).toString()
          == QString(training::Open));
    const QStringList customer = {u"--field"_s, u"customer_id=%1"_s.arg(c.customerId)};
    ok(t, op, QStringList{u"training"_s, u"act"_s, sid, u"register"_s, u"--field"_s, u"student_name=李明"_s, u"--field"_s,
                          u"student_phone=010-65432100"_s} + customer);
    refused(t, table, session, 1, op,
            QStringList{u"training"_s, u"act"_s, sid, u"register"_s, u"--field"_s, u"student_name=陈晨"_s, u"--field"_s,
                        u"student_phone=没有"_s} + customer,
            u"student_phone"_s);
    refused(t, table, session, 1, op, QStringList{u"training"_s, u"act"_s, sid, u"register"_s, u"--field"_s, u"studnet=x"_s},
            u"studnet"_s);
    refused(t, table, session, 5, op,
            QStringList{u"training"_s, u"act"_s, sid, u"register"_s, u"--version"_s, u"1"_s, u"--field"_s, u"student_name=陈晨"_s}
                + customer,
            c.operatorOn.displayName);
    const QJsonObject full = ok(t, c.agent.login, QStringList{u"training"_s, u"act"_s, sid, u"register"_s, u"--field"_s,
                                                              u"student_name=陈晨"_s} + customer);
    CHECK(full.value(u"state"_s).toString() == QString(training::Full));
    const QJsonObject waiting = ok(t, op, QStringList{u"training"_s, u"act"_s, sid, u"register"_s, u"--field"_s,
                                                      u"student_name=刘洋"_s} + customer);
    CHECK(waiting.value(u"state"_s).toString() == QString(training::Full));
    REQUIRE(registrationsOf(waiting).size() == 3);
    CHECK(registrationsOf(waiting).at(2).toObject().value(u"status"_s).toString() == u"waiting"_s);
    CHECK(registrationsOf(waiting).at(0).toObject().value(u"student_name"_s).toString() == u"李明"_s);

    // What each may do now; the teacher may not hold it before its day (6), nobody scores yet.
    CHECK(actionKeys(ok(t, op, {u"training"_s, u"actions"_s, sid})) == QStringList{u"register"_s, u"cancel_registration"_s});
    CHECK(actionKeys(ok(t, tl, {u"training"_s, u"actions"_s, sid})).contains(u"start"_s));
    CHECK(actionKeys(ok(t, teacher2.login, {u"training"_s, u"actions"_s, sid})).contains(u"cancel"_s));
    CHECK_FALSE(actionKeys(ok(t, teacher2.login, {u"training"_s, u"actions"_s, sid})).contains(u"start"_s));
    CHECK(actionKeys(ok(t, c.engineer.login, {u"training"_s, u"actions"_s, sid})).isEmpty());
    refused(t, table, session, 6, tl, {u"training"_s, u"act"_s, sid, u"start"_s}, d);
    refused(t, table, session, 4, teacher2.login, {u"training"_s, u"act"_s, sid, u"start"_s}, teacher.displayName);
    refused(t, table, session, 6, tl, {u"training"_s, u"act"_s, sid, u"record_score"_s, u"--field"_s,
                                       u"registration_id=%1"_s.arg(regId(waiting, 0)), u"--field"_s, u"score=80"_s});

    // 李明 gives his seat back: 刘洋 moves up.
    const QJsonObject promoted = ok(t, op, {u"training"_s, u"act"_s, sid, u"cancel_registration"_s, u"--field"_s,
                                            u"registration_id="_s + regId(waiting, 0), u"--field"_s, u"reason=出差"_s});
    CHECK(promoted.value(u"state"_s).toString() == QString(training::Full));
    CHECK(registrationsOf(promoted).at(1).toObject().value(u"status"_s).toString() == u"promoted"_s);
    CHECK(listedIds(ok(t, tl, {u"training"_s, u"list"_s, u"--state"_s, u"full"_s})).contains(session));
    CHECK(listedIds(ok(t, tl, {u"training"_s, u"list"_s})).contains(session));
    CHECK(listedIds(ok(t, tl, {u"training"_s, u"list"_s, u"--state"_s, u"open"_s})).isEmpty());
    const CtlRun text = ctl(t, tl, {u"training"_s, u"show"_s, number});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"刘洋"_s));

    // Cancelling needs its reason (1); then everyone is notified.
    refused(t, table, session, 1, tl, {u"training"_s, u"act"_s, sid, u"cancel"_s}, u"cancel_reason"_s);
    CHECK(ok(t, tl, {u"training"_s, u"act"_s, sid, u"cancel"_s, u"--field"_s, u"cancel_reason=讲师出差"_s})
              .value(u"state"_s)
              .toString()
          == QString(training::Cancelled));
    CHECK(scalar(t, u"SELECT COUNT(*) FROM training_notices WHERE session_id = ? AND kind = 'cancelled'"_s, {session}) == 2);
}

TEST_CASE("servicedeskctl training: the teacher holds a session, takes attendance, scores and a re-sit", "[cli][workflows][training]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Center c(backend);
    const TestDatabase &t = c.t;
    const Session teacher = c.t.sessionWith({Role::Trainer}, u"宋雪"_s);
    const QString tl = teacher.login;
    auto calendar = CalendarRepository(t.db()).load();
    REQUIRE(calendar);
    const QTimeZone zone = calendar->timeZone();
    // A session two days ago, planned (through core) a week before it: the command line, on the
    // real clock, finds it over.
    const QDate day = QDateTime::fromMSecsSinceEpoch(Database::nowMs(), zone).date().addDays(-2);
    const qint64 starts = QDateTime(day, QTime(9, 0), zone).toMSecsSinceEpoch();
    qint64 session = 0;
    {
        ScopedClock before(starts - 7LL * 86400000);
        TrainingService service(t.db(), *calendar);
        auto course = service.createCourse(teacher, TrainingCourse{0, 0, u"T+ 库存管理"_s, u"operation"_s, u"畅捷通T+Cloud"_s,
                                                                  {}, {}, 7, 60, false});
        REQUIRE(course);
        SessionPlan p{*course, teacher.staffId, starts, starts + 7 * 3600000LL, u"培训二室"_s, {}, 10, true, {}};
        auto s = service.plan(teacher, p);
        REQUIRE(s);
        auto open = service.act(teacher, s->id, s->version, training::OpenRegistration);
        REQUIRE(open);
        for (const QString &name : {u"王丽"_s, u"陈晨"_s}) {
            open = service.act(teacher, s->id, open->version, training::Register,
                               {{u"student_name"_s, name}, {u"customer_id"_s, c.customerId}});
            REQUIRE(open);
        }
        session = s->id;
    }
    const QString sid = QString::number(session);
    const QString table = u"training_sessions"_s;
    CHECK(ok(t, tl, {u"training"_s, u"act"_s, sid, u"start"_s}).value(u"state"_s).toString() == QString(training::Held));
    const QJsonObject held = ok(t, tl, {u"training"_s, u"show"_s, sid});
    const QString wang = regId(held, 0);
    const QString chen = regId(held, 1);
    const QString d = day.toString(Qt::ISODate);
    for (const QString &reg : {wang, chen})
        ok(t, tl, {u"training"_s, u"act"_s, sid, u"record_attendance"_s, u"--field"_s, u"registration_id="_s + reg,
                   u"--field"_s, u"day="_s + d, u"--field"_s, u"present=yes"_s});
    refused(t, table, session, 1, tl, {u"training"_s, u"act"_s, sid, u"record_attendance"_s, u"--field"_s,
                                       u"registration_id="_s + wang, u"--field"_s, u"day=1999-01-01"_s, u"--field"_s,
                                       u"present=yes"_s},
            u"day"_s);
    refused(t, table, session, 4, c.operatorOn.login,
            {u"training"_s, u"act"_s, sid, u"record_score"_s, u"--field"_s, u"registration_id="_s + wang, u"--field"_s,
             u"score=90"_s});
    refused(t, table, session, 1, tl, {u"training"_s, u"act"_s, sid, u"record_score"_s, u"--field"_s,
                                       u"registration_id="_s + wang, u"--field"_s, u"score=120"_s},
            u"score"_s);
    ok(t, tl, {u"training"_s, u"act"_s, sid, u"record_score"_s, u"--field"_s, u"registration_id="_s + wang, u"--field"_s,
               u"score=90"_s});
    // 陈晨 attended and has no score: the results are not final yet (6).
    refused(t, table, session, 6, tl, {u"training"_s, u"act"_s, sid, u"finish_scoring"_s}, u"陈晨"_s);
    ok(t, tl, {u"training"_s, u"act"_s, sid, u"record_score"_s, u"--field"_s, u"registration_id="_s + chen, u"--field"_s,
               u"score=48"_s});
    CHECK(ok(t, tl, {u"training"_s, u"act"_s, sid, u"finish_scoring"_s}).value(u"state"_s).toString()
          == QString(training::Scored));
    refused(t, table, session, 6, tl, {u"training"_s, u"act"_s, sid, u"record_score"_s, u"--field"_s,
                                       u"registration_id="_s + wang, u"--field"_s, u"score=95"_s});
    const QJsonObject resit = ok(t, tl, {u"training"_s, u"act"_s, sid, u"record_score"_s, u"--field"_s,
                                         u"registration_id="_s + chen, u"--field"_s, u"score=71"_s, u"--field"_s, u"note=补考"_s});
    const QJsonObject chenRow = registrationsOf(resit).at(1).toObject();
    CHECK(chenRow.value(u"attempts"_s).toInt() == 2);
    CHECK(chenRow.value(u"last_score"_s).toInt() == 71);
    CHECK(chenRow.value(u"passed"_s).toBool());
    CHECK(ok(t, tl, {u"training"_s, u"act"_s, sid, u"close"_s}).value(u"state"_s).toString() == QString(training::Closed));
}
