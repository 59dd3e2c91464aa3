// What a transition row carries besides from/action/to/roles/required: its writes, stamps,
// clears and fixed values, its SLA clock steps, its guard — and the handlers a workflow adds
// for what a row cannot say. A toy "job" workflow on a table of its own, on both engines.
#include "core/audit/audit.h"
#include "core/calendar/businesscalendar.h"
#include "core/sla/slaclockservice.h"
#include "core/sla/slarepository.h"
#include "core/workflow/can.h"
#include "core/workflow/workflow.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>
#include <QSqlRecord>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

const QString kType = u"toy_job"_s;
const QString kRespond = u"toy_respond"_s;
const QString kFix = u"toy_fix"_s;

qint64 at(int h, int m) { return QDateTime(QDate(2026, 3, 2), QTime(h, m), QTimeZone::utc()).toMSecsSinceEpoch(); }

bool urgent(const workflow::ActContext &ctx) { return ctx.before.value(u"urgent"_s).toInt() != 0; }

// new --assign(worker)--> assigned --start--> working --wait--> waiting --back--> working
// working --finish(result)--> done; new|assigned --drop(reason)--> dropped; done --reopen--> working
workflow::Definition toyWorkflow(QList<QString> *calls)
{
    using T = workflow::Transition;
    const RoleSet boss{Role::ServiceManager};
    const RoleSet worker{Role::ServiceEngineer};
    static auto mine = std::make_shared<const workflow::Guard>(workflow::Guard{
        u"assigned_worker"_s,
        [](const Session &s, const QVariantMap &job) { return job.value(u"worker_id"_s).toLongLong() == s.staffId; },
        [](const Database &, const QVariantMap &) { return u"Only the assigned worker."_s; }});
    // A guard deciding from what the record's row does not hold: loaded by the engine as facts.
    static auto signer = std::make_shared<const workflow::Guard>(workflow::Guard{
        u"signer"_s,
        [](const Session &s, const QVariantMap &job) { return job.value(u"signer_id"_s).toLongLong() == s.staffId; },
        [](const Database &, const QVariantMap &) { return u"Only the signer."_s; },
        [](const Database &db, const QVariantMap &job) {
            auto w = db.scalar(u"SELECT worker_id FROM wf_job WHERE id = ?"_s, {job.value(u"id"_s)});
            return QVariantMap{{u"signer_id"_s, w ? *w : QVariant()}};
        }});
    static auto isUrgent = std::make_shared<const workflow::Condition>(workflow::Condition{
        u"urgent"_s, [](const QVariantMap &job) { return job.value(u"urgent"_s).toInt() != 0; },
        [](const QVariantMap &) { return u"Only an urgent job."_s; }});
    static auto notUrgent = std::make_shared<const workflow::Condition>(workflow::Condition{
        u"not_urgent"_s, [](const QVariantMap &job) { return job.value(u"urgent"_s).toInt() == 0; }, {}});
    static const workflow::TransitionTable table(
        u"wf_job"_s,
        {
            T{u"new"_s, u"assign"_s, u"assigned"_s, boss, {u"worker_id"_s}}
                .write({u"worker_id"_s})
                .write(u"memo"_s, u"note"_s)
                .stamp({u"assigned_at"_s})
                .stampBy({u"assigned_by"_s})
                .clock({workflow::handClock(kType, kRespond).mirroredIn(u"due_at"_s).required(),
                        workflow::startClock(kType, kFix).onlyIf(urgent)}),
            T{u"assigned"_s, u"start"_s, u"working"_s, worker, {}}
                .clock({workflow::stopClock(kType, kRespond)})
                .guardedBy(mine),
            T{u"working"_s, u"wait"_s, u"waiting"_s, worker, {}}.clock({workflow::pauseClock(kType, kFix)}).guardedBy(mine),
            T{u"waiting"_s, u"back"_s, u"working"_s, worker, {}}.clock({workflow::resumeClock(kType, kFix)}).guardedBy(mine),
            T{u"working"_s, u"finish"_s, u"done"_s, worker, {u"result"_s}}
                .write({u"result"_s})
                .set(u"closed"_s, 1)
                .clock({workflow::stopClock(kType, kFix)})
                .guardedBy(mine),
            T{u"done"_s, u"reopen"_s, u"working"_s, boss, {}}.clear({u"result"_s}).set(u"closed"_s, 0),
            T{u"new"_s, u"drop"_s, u"dropped"_s, boss, {u"reason"_s}}.write(u"reason"_s, u"note"_s),
            T{u"assigned"_s, u"drop"_s, u"dropped"_s, boss, {u"reason"_s}}
                .write(u"reason"_s, u"note"_s)
                .clock({{workflow::ClockOp::Reassign, kType, kRespond}}),
            {u"assigned"_s, u"look"_s, u"assigned"_s, worker, {}},
            // One action, two rows told apart by the record; a row only for urgent jobs.
            T{u"new"_s, u"triage"_s, u"urgent_queue"_s, boss, {}}.onlyWhen(isUrgent),
            T{u"new"_s, u"triage"_s, u"queue"_s, boss, {}}.onlyWhen(notUrgent),
            T{u"assigned"_s, u"hurry"_s, u"assigned"_s, worker, {}}.onlyWhen(isUrgent),
            T{u"assigned"_s, u"sign"_s, u"assigned"_s, worker, {}}.guardedBy(signer),
        });
    workflow::Definition d{table, {}, {}, {}};
    d.handlers.insert(u"finish"_s,
                      {[calls](workflow::ActContext &ctx) -> Status {
                           calls->append(u"validate"_s);
                           if (ctx.fields.value(u"result"_s).toString() == u"bad"_s)
                               return failInvalid(u"result"_s, u"A bad result."_s);
                           return {};
                       },
                       [calls](workflow::ActContext &ctx) -> Status {
                           calls->append(u"apply"_s);
                           ctx.changes.insert(u"note"_s, u"finished: "_s + ctx.changes.value(u"result"_s).toString());
                           return {};
                       },
                       [calls](workflow::ActContext &ctx) -> Status {
                           calls->append(u"after"_s);
                           if (ctx.fields.value(u"fail_after"_s).toBool())
                               return fail(ErrorCode::Database, u"after failed"_s);
                           return {};
                       }});
    d.common.apply = [calls](workflow::ActContext &) -> Status {
        calls->append(u"common"_s);
        return {};
    };
    d.clockSubject = [](const workflow::ActContext &ctx, const workflow::ClockStep &) -> Result<workflow::ClockSubject> {
        workflow::ClockSubject s;
        s.assigneeId = ctx.changes.value(u"worker_id"_s, ctx.before.value(u"worker_id"_s)).toLongLong();
        s.title = u"job"_s;
        return s;
    };
    return d;
}

struct Toy {
    TestDatabase t;
    BusinessCalendar calendar;
    Session boss, worker, other;
    QList<QString> calls;
    workflow::Definition def;
    explicit Toy(Backend b)
        : t(TestDatabase::create(b)),
          boss(t.sessionWith({Role::ServiceManager})),
          worker(t.sessionWith({Role::ServiceEngineer})),
          other(t.sessionWith({Role::ServiceEngineer})),
          def(toyWorkflow(&calls))
    {
        const Database &db = t.db();
        REQUIRE(db.execRaw(u"CREATE TABLE wf_job (id %1, state TEXT NOT NULL, urgent INTEGER NOT NULL DEFAULT 0, "
                           "worker_id BIGINT, note TEXT, result TEXT, closed INTEGER NOT NULL DEFAULT 0, "
                           "assigned_at BIGINT, assigned_by BIGINT, due_at BIGINT, "
                           "version INTEGER NOT NULL DEFAULT 1, created_at BIGINT NOT NULL, created_by BIGINT, "
                           "updated_at BIGINT NOT NULL, updated_by BIGINT)"_s
                               .arg(db.dialect() == Dialect::SQLite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s
                                                                   : u"BIGSERIAL PRIMARY KEY"_s)));
        SlaRepository policies(db);
        for (const QString &target : {kRespond, kFix}) {
            SlaPolicy p;
            p.recordType = kType;
            p.target = target;
            p.minutes = target == kRespond ? 60 : 240;
            p.measure = SlaMeasure::Wall;
            p.name = target;
            REQUIRE(policies.create(t.admin(), p));
        }
    }
    qint64 job(bool isUrgent)
    {
        auto id = t.db().insertReturningId(u"INSERT INTO wf_job (state, urgent, created_at, updated_at) VALUES ('new', ?, 1, 1)"_s,
                                           {isUrgent ? 1 : 0});
        REQUIRE(id);
        return *id;
    }
    /// A job assigned to `worker`.
    qint64 assignedJob(bool isUrgent = false)
    {
        const qint64 id = job(isUrgent);
        REQUIRE(act(boss, id, u"assign"_s, {{u"worker_id"_s, worker.staffId}}));
        return id;
    }
    /// `r` was refused with `code` and `message`, and the job is as it was.
    void refusedAsBefore(const Result<QVariantMap> &r, ErrorCode code, const QString &message, qint64 id,
                         const QVariantMap &before)
    {
        REQUIRE_FALSE(r);
        CHECK(r.error().code == code);
        CHECK(r.error().message == message);
        CHECK(row(id) == before);
    }
    QVariantMap row(qint64 id)
    {
        auto q = t.db().exec(u"SELECT * FROM wf_job WHERE id = ?"_s, {id});
        REQUIRE(q);
        REQUIRE(q->next());
        QVariantMap m;
        for (int i = 0; i < q->record().count(); ++i)
            m.insert(q->record().fieldName(i), q->value(i));
        while (q->next()) {
        }
        return m;
    }
    Result<QVariantMap> act(const Session &who, qint64 id, const QString &action, const QVariantMap &fields = {})
    {
        return workflow::act(t.db(), who, def, {id, row(id).value(u"version"_s).toInt(), action, fields}, &calendar);
    }
    std::optional<SlaClock> clock(qint64 id, const QString &target)
    {
        auto c = SlaClockService(t.db(), calendar).find(kType, id, target);
        REQUIRE(c);
        return *c;
    }
    int auditCount(qint64 id)
    {
        auto n = t.db().scalar(u"SELECT COUNT(*) FROM audit WHERE table_name = 'wf_job' AND record_id = ?"_s, {id});
        REQUIRE(n);
        return n->toInt();
    }
};

} // namespace

TEST_CASE("A row writes fields, stamps, the actor, clears and fixed values", "[workflow][rows][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Toy toy(backend);
    ScopedClock clock(at(9, 0));
    const qint64 id = toy.job(false);
    auto assigned = toy.act(toy.boss, id, u"assign"_s, {{u"worker_id"_s, toy.worker.staffId}, {u"memo"_s, u"  上门前先电话  "_s}});
    REQUIRE(assigned);
    CHECK(assigned->value(u"state"_s).toString() == u"assigned"_s);
    CHECK(assigned->value(u"worker_id"_s).toLongLong() == toy.worker.staffId);
    CHECK(assigned->value(u"note"_s).toString() == u"上门前先电话"_s);   // field → column, trimmed
    CHECK(assigned->value(u"assigned_at"_s).toLongLong() == at(9, 0));
    CHECK(assigned->value(u"assigned_by"_s).toLongLong() == toy.boss.staffId);
    REQUIRE(toy.act(toy.worker, id, u"start"_s));
    auto done = toy.act(toy.worker, id, u"finish"_s, {{u"result"_s, u"ok"_s}});
    REQUIRE(done);
    CHECK(done->value(u"closed"_s).toInt() == 1);
    CHECK(done->value(u"result"_s).toString() == u"ok"_s);
    CHECK(done->value(u"note"_s).toString() == u"finished: ok"_s);   // the handler saw the row's writes
    CHECK(toy.calls == QList<QString>{u"common"_s, u"common"_s, u"validate"_s, u"apply"_s, u"common"_s, u"after"_s});
    auto reopened = toy.act(toy.boss, id, u"reopen"_s);
    REQUIRE(reopened);
    CHECK(reopened->value(u"result"_s).isNull());
    CHECK(reopened->value(u"closed"_s).toInt() == 0);
}

TEST_CASE("Handlers run in order: validate, row writes, apply, common, write, after", "[workflow][rows][db]")
{
    Toy toy(Backend::SQLite);
    ScopedClock clock(at(9, 0));
    const qint64 id = toy.assignedJob();
    REQUIRE(toy.act(toy.worker, id, u"start"_s));
    toy.calls.clear();
    // A refusal of the validate handler: nothing else runs, nothing changes.
    const QVariantMap before = toy.row(id);
    auto bad = toy.act(toy.worker, id, u"finish"_s, {{u"result"_s, u"bad"_s}});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == u"result"_s);
    CHECK(toy.calls == QList<QString>{u"validate"_s});
    CHECK(toy.row(id) == before);
    // A failure after the write rolls the write back too.
    toy.calls.clear();
    auto late = toy.act(toy.worker, id, u"finish"_s, {{u"result"_s, u"ok"_s}, {u"fail_after"_s, true}});
    REQUIRE_FALSE(late);
    CHECK(toy.calls == QList<QString>{u"validate"_s, u"apply"_s, u"common"_s, u"after"_s});
    CHECK(toy.row(id) == before);
    CHECK(toy.clock(id, kFix) == std::nullopt);
}

TEST_CASE("A row's clock steps: hand, start only if, stop, pause, resume, reassign — deadline mirrored", "[workflow][rows][sla][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Toy toy(backend);
    ScopedClock clock(at(9, 0));
    const qint64 calm = toy.job(false);
    const qint64 hot = toy.job(true);

    auto a = toy.act(toy.boss, calm, u"assign"_s, {{u"worker_id"_s, toy.worker.staffId}});
    REQUIRE(a);
    auto respond = toy.clock(calm, kRespond);
    REQUIRE(respond);
    CHECK(respond->state == SlaClock::Stored::Running);
    CHECK(respond->assigneeId == toy.worker.staffId);
    CHECK(respond->dueAt == at(10, 0));
    CHECK(a->value(u"due_at"_s).toLongLong() == at(10, 0));   // mirrored in the record
    CHECK(toy.clock(calm, kFix) == std::nullopt);               // only if urgent

    REQUIRE(toy.act(toy.boss, hot, u"assign"_s, {{u"worker_id"_s, toy.worker.staffId}}));
    auto fix = toy.clock(hot, kFix);
    REQUIRE(fix);
    CHECK(fix->dueAt == at(13, 0));

    // Start stops the response clock.
    ScopedClock later(at(9, 30));
    REQUIRE(toy.act(toy.worker, hot, u"start"_s));
    CHECK(toy.clock(hot, kRespond)->state == SlaClock::Stored::Stopped);
    // Waiting pauses the fix clock with 3.5 h left; back resumes it an hour later.
    REQUIRE(toy.act(toy.worker, hot, u"wait"_s));
    CHECK(toy.clock(hot, kFix)->state == SlaClock::Stored::Paused);
    ScopedClock back(at(10, 30));
    REQUIRE(toy.act(toy.worker, hot, u"back"_s));
    CHECK(toy.clock(hot, kFix)->state == SlaClock::Stored::Running);
    CHECK(toy.clock(hot, kFix)->dueAt == at(14, 0));
    REQUIRE(toy.act(toy.worker, hot, u"finish"_s, {{u"result"_s, u"ok"_s}}));
    CHECK(toy.clock(hot, kFix)->state == SlaClock::Stored::Stopped);
    // Reopening does not start what the row does not name.
    REQUIRE(toy.act(toy.boss, hot, u"reopen"_s));
    CHECK(toy.clock(hot, kFix)->state == SlaClock::Stored::Stopped);

    // A dropped job's running response clock goes to nobody (the worker is not cleared here,
    // so the subject names the same worker: the clock stays theirs, and running).
    REQUIRE(toy.act(toy.boss, calm, u"drop"_s, {{u"reason"_s, u"客户取消"_s}}));
    CHECK(toy.clock(calm, kRespond)->state == SlaClock::Stored::Running);
    CHECK(toy.row(calm).value(u"note"_s).toString() == u"客户取消"_s);
}

TEST_CASE("A required clock without a policy refuses the action — nothing changes", "[workflow][rows][sla][db]")
{
    Toy toy(Backend::SQLite);
    ScopedClock clock(at(9, 0));
    REQUIRE(toy.t.db().exec(u"UPDATE sla_policies SET active = 0 WHERE target = ?"_s, {kRespond}));
    const qint64 id = toy.job(false);
    const QVariantMap before = toy.row(id);
    auto refused = toy.act(toy.boss, id, u"assign"_s, {{u"worker_id"_s, toy.worker.staffId}});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotFound);
    CHECK(toy.row(id) == before);
}

TEST_CASE("A row guard refuses the wrong person, audited, before the state's own checks", "[workflow][rows][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Toy toy(backend);
    ScopedClock clock(at(9, 0));
    const qint64 id = toy.assignedJob();
    const QVariantMap before = toy.row(id);
    const int audited = toy.auditCount(id);
    toy.refusedAsBefore(toy.act(toy.other, id, u"start"_s), ErrorCode::Forbidden, u"Only the assigned worker."_s, id, before);
    CHECK(toy.auditCount(id) == audited + 1);   // the refusal, and nothing else
    // The action is listed for the assigned worker only.
    auto forWorker = workflow::allowedNow(toy.t.db(), toy.worker, toy.def.table, before);
    auto forOther = workflow::allowedNow(toy.t.db(), toy.other, toy.def.table, before);
    CHECK(forWorker.size() == 3);   // start, look, sign (not hurry: the job is not urgent)
    REQUIRE(forOther.size() == 1);  // look (no guard)
    CHECK(forOther.first().action == u"look"_s);
    // Permit: the same checks without a write.
    CHECK(workflow::permit(toy.t.db(), toy.worker, toy.def.table, before, u"start"_s));
    auto notYou = workflow::permit(toy.t.db(), toy.other, toy.def.table, before, u"start"_s);
    REQUIRE_FALSE(notYou);
    CHECK(notYou.error().code == ErrorCode::Forbidden);
    auto notNow = workflow::permit(toy.t.db(), toy.worker, toy.def.table, before, u"finish"_s);
    REQUIRE_FALSE(notNow);
    CHECK(notNow.error().code == ErrorCode::NotAllowedInState);
    auto notYourRole = workflow::permit(toy.t.db(), toy.boss, toy.def.table, before, u"start"_s);
    REQUIRE_FALSE(notYourRole);
    CHECK(notYourRole.error().code == ErrorCode::Forbidden);
    CHECK(toy.row(id) == before);
}

TEST_CASE("Conditions choose among one action's rows — none holding refuses as not possible now, nothing changes", "[workflow][rows][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Toy toy(backend);
    ScopedClock clock(at(9, 0));
    const qint64 urgentJob = toy.job(true), plainJob = toy.job(false);
    auto toUrgent = toy.act(toy.boss, urgentJob, u"triage"_s);
    REQUIRE(toUrgent);
    CHECK(toUrgent->value(u"state"_s) == u"urgent_queue"_s);
    auto toQueue = toy.act(toy.boss, plainJob, u"triage"_s);
    REQUIRE(toQueue);
    CHECK(toQueue->value(u"state"_s) == u"queue"_s);

    const qint64 id = toy.assignedJob();
    const QVariantMap before = toy.row(id);
    const int audited = toy.auditCount(id);
    toy.refusedAsBefore(toy.act(toy.worker, id, u"hurry"_s), ErrorCode::NotAllowedInState, u"Only an urgent job."_s, id, before);
    CHECK(toy.auditCount(id) == audited);   // not a permission: nothing audited
    CHECK_FALSE(workflow::can(toy.worker, toy.def.table, u"hurry"_s, before));
    QVariantMap urgent = before;
    urgent.insert(u"urgent"_s, 1);
    CHECK(workflow::can(toy.worker, toy.def.table, u"hurry"_s, urgent));
    auto permitted = workflow::permit(toy.t.db(), toy.worker, toy.def.table, before, u"hurry"_s);
    REQUIRE_FALSE(permitted);
    CHECK(permitted.error().code == ErrorCode::NotAllowedInState);
}

TEST_CASE("A guard's facts are loaded by the engine — can() decides from the record as given", "[workflow][rows][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Toy toy(backend);
    ScopedClock clock(at(9, 0));
    const qint64 id = toy.assignedJob();
    const QVariantMap before = toy.row(id);
    // Without the facts in the record the desk's can() says no; with them, yes.
    CHECK_FALSE(workflow::can(toy.worker, toy.def.table, u"sign"_s, before));
    CHECK(workflow::can(toy.worker, toy.def.table, u"sign"_s, workflow::withFacts(toy.t.db(), *toy.def.table.find(u"assigned"_s, u"sign"_s), before)));
    // The engine loads them: the signer may, another engineer is refused with the guard's message.
    toy.refusedAsBefore(toy.act(toy.other, id, u"sign"_s), ErrorCode::Forbidden, u"Only the signer."_s, id, before);
    CHECK(toy.act(toy.worker, id, u"sign"_s));
}

TEST_CASE("permit for a request: stale version, missing field, wrong person — nothing written", "[workflow][rows][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    Toy toy(backend);
    ScopedClock clock(at(9, 0));
    const qint64 id = toy.assignedJob();
    REQUIRE(toy.act(toy.worker, id, u"start"_s));
    const QVariantMap before = toy.row(id);
    const int version = before.value(u"version"_s).toInt();
    auto stale = workflow::permit(toy.t.db(), toy.worker, toy.def.table, before, workflow::ActRequest{id, version - 1, u"finish"_s, {{u"result"_s, u"ok"_s}}});
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == ErrorCode::Conflict);
    auto missing = workflow::permit(toy.t.db(), toy.worker, toy.def.table, before, workflow::ActRequest{id, version, u"finish"_s, {}});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::Invalid);
    CHECK(missing.error().field == u"result"_s);
    auto notYou = workflow::permit(toy.t.db(), toy.other, toy.def.table, before, workflow::ActRequest{id, version, u"finish"_s, {{u"result"_s, u"ok"_s}}});
    REQUIRE_FALSE(notYou);
    CHECK(notYou.error().code == ErrorCode::Forbidden);
    auto fine = workflow::permit(toy.t.db(), toy.worker, toy.def.table, before, workflow::ActRequest{id, version, u"finish"_s, {{u"result"_s, u"ok"_s}}});
    REQUIRE(fine);
    CHECK(fine->to == u"done"_s);
    CHECK(toy.row(id) == before);
}
