// What the desk asks before it shows a control: workflow::can() over a transition table, with
// and without a record, and the dispatch permissions that are not table rows.
#include "core/dispatch/dispatchaccess.h"
#include "core/dispatch/dispatchjob.h"
#include "core/workflow/can.h"

#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace {
Session as(const RoleSet &roles, qint64 id = 7) { return Session{id, u"u"_s, u"U"_s, roles}; }
} // namespace

TEST_CASE("can: with a record the row of its state decides, without one any row of the action", "[workflow][can]")
{
    const auto &table = dispatch::table();
    const Session engineer = as({Role::ServiceEngineer});
    const Session manager = as({Role::ServiceManager});
    const Session hotline = as({Role::HotlineOperator});

    // Action level: the roles of any row of the action.
    CHECK(workflow::can(engineer, table, dispatch::Confirm));
    CHECK_FALSE(workflow::can(manager, table, dispatch::Confirm));
    CHECK(workflow::can(manager, table, dispatch::Dispatch));
    CHECK_FALSE(workflow::can(hotline, table, dispatch::Dispatch));
    CHECK_FALSE(workflow::can(manager, table, u"no_such_action"_s));

    // With a record: the row for its state, and that row's roles.
    const QVariantMap dispatched{{u"state"_s, QString(dispatch::Dispatched)}, {u"engineer_id"_s, 7}};
    const QVariantMap requested{{u"state"_s, QString(dispatch::Requested)}};
    CHECK(workflow::can(engineer, table, dispatch::Confirm, dispatched));
    CHECK_FALSE(workflow::can(engineer, table, dispatch::Confirm, requested));   // not from this state
    CHECK_FALSE(workflow::can(manager, table, dispatch::Confirm, dispatched));   // not this row's role
    CHECK(workflow::can(manager, table, dispatch::Verify, requested));
    CHECK_FALSE(workflow::can(manager, table, dispatch::Verify, dispatched));
    // A record without a state matches no row.
    CHECK_FALSE(workflow::can(manager, table, dispatch::Verify, {{u"id"_s, 1}}));
}

TEST_CASE("allowedTransitions lists the rows out of the record's state that can() allows, in table order", "[workflow][can]")
{
    const auto &table = dispatch::table();
    const QVariantMap booked{{u"state"_s, QString(dispatch::Booked)}};
    QStringList engineer, manager;
    for (const auto &t : workflow::allowedTransitions(as({Role::ServiceEngineer}), table, booked))
        engineer << t.action;
    for (const auto &t : workflow::allowedTransitions(as({Role::ServiceManager}), table, booked))
        manager << t.action;
    CHECK(engineer == QStringList{dispatch::CheckIn, dispatch::Book});
    CHECK(manager == QStringList{dispatch::Reassign});
    CHECK(workflow::allowedTransitions(as({Role::Sales}), table, booked).isEmpty());
}

TEST_CASE("dispatch: an engineer may ask for a visit; engineer actions belong to the job's engineer", "[dispatch][can]")
{
    CHECK(as({Role::ServiceEngineer}).hasAny(dispatch::requestRoles()));
    CHECK(as({Role::HotlineOperator}).hasAny(dispatch::requestRoles()));
    CHECK(as({Role::ServiceManager}).hasAny(dispatch::requestRoles()));
    CHECK_FALSE(as({Role::QualitySupervisor}).hasAny(dispatch::requestRoles()));

    const Session engineer = as({Role::ServiceEngineer}, 7);
    CHECK(dispatch::assignedEngineerMayTake(engineer, dispatch::Confirm, 7));
    CHECK_FALSE(dispatch::assignedEngineerMayTake(engineer, dispatch::Confirm, 8));
    CHECK_FALSE(dispatch::assignedEngineerMayTake(engineer, dispatch::CheckIn, 0));
    CHECK(dispatch::assignedEngineerMayTake(engineer, dispatch::Verify, 8));   // not an engineer's action

    CHECK(dispatch::boardStartsOnOwnJobs(engineer));
    CHECK_FALSE(dispatch::boardStartsOnOwnJobs(as({Role::ServiceEngineer, Role::ServiceManager})));
    CHECK_FALSE(dispatch::boardStartsOnOwnJobs(as({Role::HotlineOperator})));
}
