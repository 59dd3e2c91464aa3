// The generic workflow engine (core/workflow) on a small table of its own: permission before
// anything, stale versions, the transition table, required fields, hooks, rollback, audit.
#include "core/audit/audit.h"
#include "core/workflow/workflow.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

// draft --submit--> review --approve--> done; review --reject(reason)--> draft; review --comment--> review
workflow::TransitionTable toyTable()
{
    return workflow::TransitionTable(
        u"wf_toy"_s,
        {
            {u"draft"_s, u"submit"_s, u"review"_s, {Role::Sales}, {}},
            {u"review"_s, u"approve"_s, u"done"_s, {Role::ServiceManager}, {}},
            {u"review"_s, u"reject"_s, u"draft"_s, {Role::ServiceManager}, {u"reason"_s}},
            {u"review"_s, u"comment"_s, u"review"_s, {Role::ServiceManager, Role::Sales}, {u"note"_s}},
        });
}

qint64 createToy(const Database &db)
{
    REQUIRE(db.execRaw(u"CREATE TABLE wf_toy (id %1, state TEXT NOT NULL, note TEXT, "
                       "version INTEGER NOT NULL DEFAULT 1, created_at BIGINT NOT NULL, created_by BIGINT, "
                       "updated_at BIGINT NOT NULL, updated_by BIGINT)"_s
                           .arg(db.dialect() == Dialect::SQLite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s
                                                               : u"BIGSERIAL PRIMARY KEY"_s)));
    auto id = db.insertReturningId(u"INSERT INTO wf_toy (state, created_at, updated_at) VALUES ('draft', 1, 1)"_s);
    REQUIRE(id);
    return *id;
}

QVariantMap row(const Database &db, qint64 id)
{
    auto q = db.exec(u"SELECT state, note, version FROM wf_toy WHERE id = ?"_s, {id});
    REQUIRE(q);
    REQUIRE(q->next());
    return {{u"state"_s, q->value(0)}, {u"note"_s, q->value(1)}, {u"version"_s, q->value(2)}};
}

} // namespace

TEST_CASE("Transition table lookups", "[workflow]")
{
    const auto table = toyTable();
    CHECK(table.find(u"draft"_s, u"submit"_s) != nullptr);
    CHECK(table.find(u"draft"_s, u"approve"_s) == nullptr);
    CHECK(table.rolesForAction(u"comment"_s) == RoleSet{Role::ServiceManager, Role::Sales});
    CHECK(table.states() == QStringList{u"draft"_s, u"review"_s, u"done"_s});
    Session sales{1, u"s"_s, u"S"_s, {Role::Sales}};
    const auto avail = table.available(u"review"_s, sales);
    REQUIRE(avail.size() == 1);
    CHECK(avail.first().action == u"comment"_s);

    auto missing = table.check(u"review"_s, u"reject"_s, {{u"reason"_s, u"   "_s}});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::Invalid);
    CHECK(missing.error().field == u"reason"_s);
    auto wrongState = table.check(u"done"_s, u"approve"_s, {});
    REQUIRE_FALSE(wrongState);
    CHECK(wrongState.error().code == ErrorCode::NotAllowedInState);
    CHECK(wrongState.error().message.contains(u"done"_s));
    auto unknown = table.check(u"draft"_s, u"fly"_s, {});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().field == u"action"_s);
}

TEST_CASE("Workflow engine carries out transitions and refuses the rest", "[workflow][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    const Database &db = t.db();
    const qint64 id = createToy(db);
    const auto table = toyTable();
    const Session sales = t.sessionWith({Role::Sales}, u"销售"_s);
    const Session manager = t.sessionWith({Role::ServiceManager}, u"经理"_s);

    SECTION("allowed transition writes state, version and audit")
    {
        auto r = workflow::act(db, sales, table, {id, 1, u"submit"_s, {}});
        REQUIRE(r);
        CHECK(r->value(u"state"_s).toString() == u"review"_s);
        CHECK(r->value(u"version"_s).toInt() == 2);
        auto trail = audit::forRecord(db, u"wf_toy"_s, id);
        REQUIRE(trail);
        bool sawTransition = false;
        for (const auto &e : *trail)
            if (e.action == u"transition:submit"_s && e.oldValue == u"draft"_s && e.newValue == u"review"_s)
                sawTransition = true;
        CHECK(sawTransition);
    }
    SECTION("a role outside the action is refused, audited, nothing changes")
    {
        auto r = workflow::act(db, manager, table, {id, 1, u"submit"_s, {}});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Forbidden);
        CHECK(row(db, id).value(u"state"_s).toString() == u"draft"_s);
        auto trail = audit::forRecord(db, u"wf_toy"_s, id);
        REQUIRE(trail);
        REQUIRE(trail->size() == 1);
        CHECK(trail->first().action.startsWith(u"forbidden:"_s));
    }
    SECTION("an action not possible in the state is refused with the possible ones")
    {
        auto r = workflow::act(db, manager, table, {id, 1, u"approve"_s, {}});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotAllowedInState);
        CHECK(r.error().message.contains(u"submit"_s));
        CHECK(row(db, id).value(u"version"_s).toInt() == 1);
    }
    SECTION("a stale version is a conflict")
    {
        REQUIRE(workflow::act(db, sales, table, {id, 1, u"submit"_s, {}}));
        auto r = workflow::act(db, manager, table, {id, 1, u"approve"_s, {}});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Conflict);
        CHECK(row(db, id).value(u"state"_s).toString() == u"review"_s);
    }
    SECTION("required fields, hooks and rollback")
    {
        REQUIRE(workflow::act(db, sales, table, {id, 1, u"submit"_s, {}}));
        auto missing = workflow::act(db, manager, table, {id, 2, u"reject"_s, {}});
        REQUIRE_FALSE(missing);
        CHECK(missing.error().field == u"reason"_s);

        workflow::Hooks hooks;
        hooks.apply = [](workflow::ActContext &ctx) -> Status {
            ctx.changes.insert(u"note"_s, ctx.fields.value(u"reason"_s));
            return {};
        };
        hooks.after = [](workflow::ActContext &) -> Status {
            return fail(ErrorCode::Invalid, u"clock refused"_s);
        };
        auto failed = workflow::act(db, manager, table, {id, 2, u"reject"_s, {{u"reason"_s, u"缺少合同"_s}}}, hooks);
        REQUIRE_FALSE(failed);
        auto unchanged = row(db, id);
        CHECK(unchanged.value(u"state"_s).toString() == u"review"_s);
        CHECK(unchanged.value(u"note"_s).isNull());

        hooks.after = {};
        auto ok = workflow::act(db, manager, table, {id, 2, u"reject"_s, {{u"reason"_s, u"缺少合同"_s}}}, hooks);
        REQUIRE(ok);
        CHECK(ok->value(u"state"_s).toString() == u"draft"_s);
        CHECK(ok->value(u"note"_s).toString() == u"缺少合同"_s);
    }
    SECTION("a self-transition without column changes still takes a new version")
    {
        REQUIRE(workflow::act(db, sales, table, {id, 1, u"submit"_s, {}}));
        auto r = workflow::act(db, sales, table, {id, 2, u"comment"_s, {{u"note"_s, u"客户下午在"_s}}});
        REQUIRE(r);
        CHECK(r->value(u"state"_s).toString() == u"review"_s);
        CHECK(r->value(u"version"_s).toInt() == 3);
    }
}
