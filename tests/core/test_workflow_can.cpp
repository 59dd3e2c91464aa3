// What the desk asks before it shows a control: workflow::can() over a transition table, with
// and without a record, and the dispatch permissions that are not table rows.
#include "core/complaints/complaintservice.h"
#include "core/dispatch/dispatchaccess.h"
#include "core/firstvisit/digestservice.h"
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
    const QVariantMap booked{{u"state"_s, QString(dispatch::Booked)}, {u"engineer_id"_s, 7}};
    QStringList engineer, manager;
    for (const auto &t : workflow::allowedTransitions(as({Role::ServiceEngineer}), table, booked))
        engineer << t.action;
    for (const auto &t : workflow::allowedTransitions(as({Role::ServiceManager}), table, booked))
        manager << t.action;
    CHECK(engineer == QStringList{dispatch::CheckIn, dispatch::Book});
    CHECK(manager == QStringList{dispatch::Reassign});
    CHECK(workflow::allowedTransitions(as({Role::Sales}), table, booked).isEmpty());
}

TEST_CASE("dispatch: an engineer may ask for a visit — engineer actions belong to the job's engineer", "[dispatch][can]")
{
    CHECK(as({Role::ServiceEngineer}).hasAny(dispatch::requestRoles()));
    CHECK(as({Role::HotlineOperator}).hasAny(dispatch::requestRoles()));
    CHECK(as({Role::ServiceManager}).hasAny(dispatch::requestRoles()));
    CHECK_FALSE(as({Role::QualitySupervisor}).hasAny(dispatch::requestRoles()));

    // The engineer's actions belong to the job's engineer: the rows' guard, asked by can().
    const Session engineer = as({Role::ServiceEngineer}, 7);
    const auto job = [](const QString &state, qint64 engineerId) {
        return QVariantMap{{u"state"_s, state}, {u"engineer_id"_s, engineerId}};
    };
    CHECK(workflow::can(engineer, dispatch::table(), dispatch::Confirm, job(dispatch::Dispatched, 7)));
    CHECK_FALSE(workflow::can(engineer, dispatch::table(), dispatch::Confirm, job(dispatch::Dispatched, 8)));
    CHECK_FALSE(workflow::can(engineer, dispatch::table(), dispatch::CheckIn, job(dispatch::Booked, 0)));
    CHECK(workflow::can(as({Role::ServiceManager}, 9), dispatch::table(), dispatch::Verify, job(dispatch::Requested, 8)));
    CHECK(workflow::allowedTransitions(engineer, dispatch::table(), job(dispatch::Booked, 8)).isEmpty());

    CHECK(dispatch::boardStartsOnOwnJobs(engineer));
    CHECK_FALSE(dispatch::boardStartsOnOwnJobs(as({Role::ServiceEngineer, Role::ServiceManager})));
    CHECK_FALSE(dispatch::boardStartsOnOwnJobs(as({Role::HotlineOperator})));
}

TEST_CASE("complaints: feedback to HQ and filing follow the rows' conditions, in can() and in the engine's check", "[complaints][can]")
{
    namespace cpl = complaints;
    const auto &table = cpl::transitionTable();
    const Session quality = as({Role::QualitySupervisor});
    auto complaint = [](const QString &state, const QString &source, const QVariant &fedBackAt) {
        return QVariantMap{{u"state"_s, state}, {u"source"_s, source}, {u"hq_feedback_at"_s, fedBackAt}};
    };
    const QString feedback = QString(cpl::action::FeedbackHq), file = QString(cpl::action::File);
    const QString resolved = QString(cpl::state::Resolved);
    // Only what HQ forwarded is fed back to HQ, and only once.
    CHECK(workflow::can(quality, table, feedback, complaint(resolved, u"hq"_s, QVariant())));
    CHECK_FALSE(workflow::can(quality, table, feedback, complaint(resolved, u"direct"_s, QVariant())));
    CHECK_FALSE(workflow::can(quality, table, feedback, complaint(resolved, u"hq"_s, 1000)));
    // A complaint HQ forwarded is filed after the feedback; a direct one at once.
    CHECK_FALSE(workflow::can(quality, table, file, complaint(resolved, u"hq"_s, QVariant())));
    CHECK(workflow::can(quality, table, file, complaint(resolved, u"hq"_s, 1000)));
    CHECK(workflow::can(quality, table, file, complaint(resolved, u"direct"_s, QVariant())));
    QStringList offered;
    for (const auto &t : workflow::allowedTransitions(quality, table, complaint(resolved, u"hq"_s, QVariant())))
        offered << t.action;
    CHECK(offered == QStringList{feedback});
    // The engine's check says why, as not possible now.
    auto refused = table.check(complaint(resolved, u"direct"_s, QVariant()), feedback, nullptr);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotAllowedInState);
    CHECK(refused.error().message.contains(u"HQ"_s));
    auto notYet = table.check(complaint(resolved, u"hq"_s, QVariant()), file, nullptr);
    REQUIRE_FALSE(notYet);
    CHECK(notYet.error().code == ErrorCode::NotAllowedInState);
}

TEST_CASE("digests: the hand-off is the department head's (or an administrator's), whatever roles they hold", "[firstvisit][can]")
{
    firstvisit::Digest d;
    d.id = 5;
    d.version = 1;
    d.state = u"ready"_s;
    d.departmentId = 3;
    d.headId = 42;
    const auto &table = firstvisit::digestTable();
    CHECK(workflow::can(as({Role::Consultant}, 42), table, u"hand_off"_s, d.record()));
    CHECK_FALSE(workflow::can(as({Role::DepartmentHead}, 43), table, u"hand_off"_s, d.record()));
    CHECK(workflow::can(as({Role::Administrator}, 1), table, u"hand_off"_s, d.record()));
    d.state = u"handed_off"_s;
    CHECK_FALSE(workflow::can(as({Role::Consultant}, 42), table, u"hand_off"_s, d.record()));
}
