#pragma once

#include "core/auth/roles.h"
#include "core/calendar/businesscalendar.h"
#include "core/sla/slapolicy.h"
#include "core/common/error.h"
#include "core/db/database.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <utility>

namespace sd::core::workflow {

struct ActContext;

/// What a transition does to one SLA clock of the record (ARCHITECTURE.md step 7). The clock
/// is (recordType, the record's id, target). Every operation is idempotent: stopping a clock
/// that is not running, pausing one that is not running, resuming one that is not paused does
/// nothing; starting one that already runs leaves it as it is.
enum class ClockOp {
    Start,   ///< start from the best matching policy (no policy: no clock, unless `mustStart`)
    Stop,    ///< the target is met, or no longer due
    Pause,   ///< waiting for the customer: keeps the time left
    Resume,  ///< counts the time left from now
    Hand,    ///< give the running clock to the assignee the workflow names; start it if none runs
    Reassign,///< give the running or paused clock to the assignee the workflow names; none: nothing
};

struct ClockStep {
    ClockOp op = ClockOp::Stop;
    QString recordType;
    QString target;
    /// The step applies only when this holds (empty: always), e.g. "the call is complex".
    std::function<bool(const ActContext &)> when;
    /// Start/Hand: the record column that mirrors the clock's deadline (ms), if any.
    QString dueColumn;
    /// Start/Hand: refuse the action when no policy matches (otherwise: no clock).
    bool mustStart = false;

    ClockStep onlyIf(std::function<bool(const ActContext &)> condition) const;
    ClockStep mirroredIn(const QString &column) const;
    ClockStep required() const;
};
ClockStep startClock(const QString &recordType, const QString &target);
ClockStep stopClock(const QString &recordType, const QString &target);
ClockStep pauseClock(const QString &recordType, const QString &target);
ClockStep resumeClock(const QString &recordType, const QString &target);
ClockStep handClock(const QString &recordType, const QString &target);

/// A permission that depends on the record, beyond the row's roles: "the engineer the job is
/// dispatched to", "the head of the need's department". A session holding the row's roles
/// but failing the guard is refused (Forbidden, audited) with the guard's message.
/// The guard decides from the record alone (column → value), so that the desk can ask `can`
/// with the row it shows; what the record does not hold (the heads of the departments its
/// needs go to) the guard names in `facts`, which the engine loads and adds to the record.
struct Guard {
    QString key;   ///< for the audit trail and documentation, e.g. "assigned_engineer"
    std::function<bool(const Session &, const QVariantMap &record)> holds;
    std::function<QString(const Database &, const QVariantMap &record)> refusal;
    std::function<QVariantMap(const Database &, const QVariantMap &record)> facts;   ///< optional
};

/// A precondition on the record, beyond its state: "only a complaint HQ forwarded is fed back
/// to HQ". Not holding, the action is refused as not possible now (NotAllowedInState) with the
/// condition's message. Several rows may share a state and an action and be told apart by
/// their conditions (a rejection returning to where the record was): the engine takes the
/// first row whose conditions hold.
struct Condition {
    QString key;
    std::function<bool(const QVariantMap &record)> holds;
    std::function<QString(const QVariantMap &record)> refusal;
};

/// One row of a workflow's transition table (ARCHITECTURE.md "one engine, six tables"):
/// in state `from` the action `action` leads to `to`, may be taken by any of `roles` (and,
/// when the row has a guard, only when the guard holds for the record), and must record each
/// field in `required` (a non-empty value in the request's fields). Besides the state the row
/// says what it writes on the record and which SLA clocks it starts, stops, pauses, resumes
/// or hands on; what a row cannot say goes into the workflow's handler for the action.
/// `to` equal to `from` is a self-transition (e.g. logging another call attempt).
struct Transition {
    QString from;
    QString action;
    QString to;
    RoleSet roles;
    QStringList required;

    /// Request field → record column, written when the request has the field (text trimmed).
    QList<std::pair<QString, QString>> writes;
    QStringList stamps;     ///< columns set to the moment of the action
    QStringList stampsBy;   ///< columns set to the acting member of staff
    QStringList clears;     ///< columns set to NULL
    QVariantMap sets;       ///< columns set to fixed values
    QList<ClockStep> clocks;
    std::shared_ptr<const Guard> guard;
    QList<std::shared_ptr<const Condition>> conditions;
    /// Recorded inside the state by the workflow's own service call (a field check, a
    /// checklist item), checked with `permit`; not an action `act` takes or lists.
    bool inPlace = false;

    /// Fluent additions for readable tables: `{from, action, to, roles, required}.write(...)`.
    Transition write(const QStringList &fields) &&;                     ///< field = column
    Transition write(const QString &field, const QString &column) &&;
    Transition stamp(const QStringList &columns) &&;
    Transition stampBy(const QStringList &columns) &&;
    Transition clear(const QStringList &columns) &&;
    Transition set(const QString &column, const QVariant &value) &&;
    Transition clock(const QList<ClockStep> &steps) &&;
    Transition guardedBy(std::shared_ptr<const Guard> g) &&;
    Transition onlyWhen(std::shared_ptr<const Condition> c) &&;
    Transition recordedInPlace() &&;
};

/// A workflow's states and transitions. Pure data plus lookups; no database.
class TransitionTable final
{
public:
    /// `recordTable` is the SQL table of the workflow's records (it has `state` and the
    /// versioned-record columns); `stateTitle` / `actionTitle` translate keys for messages.
    struct Titles {
        std::function<QString(const QString &)> state;
        std::function<QString(const QString &)> action;
        std::function<QString(const QString &)> field;
    };
    TransitionTable(QString recordTable, QList<Transition> transitions, Titles titles = {});

    const QString &recordTable() const { return m_table; }
    const QList<Transition> &transitions() const { return m_transitions; }

    /// The transition for (state, action), or nullptr when the table has none. With a record:
    /// the first such row whose conditions hold on it (nullptr when none does).
    const Transition *find(const QString &from, const QString &action) const;
    const Transition *find(const QString &from, const QString &action, const QVariantMap &record) const;
    /// Every role that may take `action` in some state (the action-level permission).
    RoleSet rolesForAction(const QString &action) const;
    /// True when some transition has this action.
    bool knowsAction(const QString &action) const;
    /// The transitions out of `from` that `session` may take, in table order (rows recorded
    /// in place left out).
    QList<Transition> available(const QString &from, const Session &session) const;
    /// Every state named in the table, in order of first appearance.
    QStringList states() const;

    QString stateTitle(const QString &state) const;
    QString actionTitle(const QString &action) const;
    QString fieldTitle(const QString &field) const;

    /// Checks a request against the table without touching the database:
    /// NotAllowedInState (says the state and the actions possible from it), or Invalid naming
    /// the first required field that is missing. Returns the transition to take.
    /// Permissions are checked separately (see Engine::act) so refusals are audited.
    /// With a record, the rows' conditions choose the row (none holding: NotAllowedInState
    /// with the first condition's message); `fields` nullptr: required fields not asked.
    Result<Transition> check(const QString &from, const QString &action, const QVariantMap &fields) const;
    Result<Transition> check(const QVariantMap &record, const QString &action, const QVariantMap *fields) const;

private:
    Result<Transition> checkRow(const QString &from, const QString &action, const QVariantMap *fields,
                                const QVariantMap *record) const;

    QString m_table;
    QList<Transition> m_transitions;
    Titles m_titles;
};

/// A request to take an action on one record.
struct ActRequest {
    qint64 recordId = 0;
    int expectedVersion = 0;   ///< the version the user saw; stale → Conflict (who, when)
    QString action;
    QVariantMap fields;        ///< what the action records (validated against `required`)
};

/// What the workflow's hook sees while the engine carries out a transition.
struct ActContext {
    const Session &session;
    const Transition &transition;
    const QVariantMap &before;   ///< the record row as loaded (column → value)
    const QVariantMap &fields;   ///< the request's fields
    QVariantMap changes;         ///< columns to write on the record, besides `state`
    qint64 nowMs = 0;
    Database db;
    const BusinessCalendar *calendar = nullptr;   ///< set when the workflow runs clocks
};

/// The one way every workflow carries out an action (ARCHITECTURE.md):
///  1. permission (roles of the action) — Forbidden, audited, before any write;
///  2. one write transaction: load the record, stale version → Conflict;
///  3. transition table: state × action → NotAllowedInState with the reason;
///  4. required fields → Invalid naming the field; then `validate` for workflow rules;
///  5. `apply` writes child rows / fills ctx.changes; the record is written (state, changes,
///     version + 1) with per-field audit entries, plus one entry naming the transition;
///  6. `after` starts/stops SLA clocks and anything else that needs the written record;
/// commit. Any failure rolls everything back: nothing changes.
struct Hooks {
    std::function<Status(ActContext &)> validate;
    std::function<Status(ActContext &)> apply;
    std::function<Status(ActContext &)> after;
};

/// Whom a clock the engine starts belongs to and how its policy is chosen.
struct ClockSubject {
    SlaClassInfo info;
    qint64 assigneeId = 0;
    QString title;
};

/// A workflow as the engine runs it: its table, a handler per action for what the rows
/// cannot say, a handler run for every action (e.g. keeping search text in step), and how
/// the record's clocks are described. See docs/engine.md.
struct Definition {
    const TransitionTable &table;
    QHash<QString, Hooks> handlers;   ///< by action key
    Hooks common;                      ///< validate first, apply last, after last
    std::function<Result<ClockSubject>(const ActContext &, const ClockStep &)> clockSubject;
};

/// The record after the transition (column → value, new version and state).
Result<QVariantMap> act(const Database &db, const Session &session, const Definition &workflow,
                        const ActRequest &request, const BusinessCalendar *calendar = nullptr);
/// The same for a workflow given as a table and one set of hooks.
Result<QVariantMap> act(const Database &db, const Session &session, const TransitionTable &table,
                        const ActRequest &request, const Hooks &hooks = {});

/// Whether the row's conditions hold on `record` (pure).
bool conditionsHold(const Transition &transition, const QVariantMap &record);
/// Whether the row's guard (if any) lets `session` take it on `record` as given (pure: what
/// the guard's facts add must already be in the record).
bool guardHolds(const Transition &transition, const Session &session, const QVariantMap &record);
/// The record with the facts the row's guard needs (loaded from the database).
QVariantMap withFacts(const Database &db, const Transition &transition, const QVariantMap &record);

/// Whether rows recorded in place are listed too (by `servicedeskctl WORKFLOW actions`, which
/// offers them; the desk shows them on their own forms).
enum class InPlace { Leave, Include };

/// The rows out of the record's state that `session` may take now: roles, conditions and
/// guards (what the desk offers as buttons and `servicedeskctl WORKFLOW actions` lists).
/// One row per action.
QList<Transition> allowedNow(const Database &db, const Session &session, const TransitionTable &table,
                             const QVariantMap &record, InPlace inPlace = InPlace::Leave);

/// The checks of `act` without its write, for what a workflow records inside a state (a
/// field check, a checklist, a need) declared as a self-row of its table: the action's roles
/// (refusal audited), the row's guard, the record's state and the row's conditions. Returns
/// the row.
Result<Transition> permit(const Database &db, const Session &session, const TransitionTable &table,
                          const QVariantMap &record, const QString &action);
/// The same for a whole request on the record as loaded (with `version`): a stale version is
/// a Conflict naming who saved and when, a missing required field is Invalid naming it.
Result<Transition> permit(const Database &db, const Session &session, const TransitionTable &table,
                          const QVariantMap &record, const ActRequest &request);

/// The permission check alone (step 1), for services that act on several records at once.
Status requireAction(const Database &db, const Session &session, const TransitionTable &table,
                     const QString &action, qint64 recordId = 0);

} // namespace sd::core::workflow
