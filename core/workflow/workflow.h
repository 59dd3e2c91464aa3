#pragma once

#include "core/auth/roles.h"
#include "core/common/error.h"
#include "core/db/database.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace sd::core::workflow {

/// One row of a workflow's transition table (ARCHITECTURE.md "one engine, six tables"):
/// in state `from` the action `action` leads to `to`, may be taken by any of `roles`, and must
/// record each field in `required` (a non-empty value in the request's fields).
/// `to` equal to `from` is a self-transition (e.g. logging another call attempt).
struct Transition {
    QString from;
    QString action;
    QString to;
    RoleSet roles;
    QStringList required;
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

    /// The transition for (state, action), or nullptr when the table has none.
    const Transition *find(const QString &from, const QString &action) const;
    /// Every role that may take `action` in some state (the action-level permission).
    RoleSet rolesForAction(const QString &action) const;
    /// True when some transition has this action.
    bool knowsAction(const QString &action) const;
    /// The transitions out of `from` that `session` may take, in table order.
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
    Result<Transition> check(const QString &from, const QString &action, const QVariantMap &fields) const;

private:
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

/// The record after the transition (column → value, new version and state).
Result<QVariantMap> act(const Database &db, const Session &session, const TransitionTable &table,
                        const ActRequest &request, const Hooks &hooks = {});

/// The permission check alone (step 1), for services that act on several records at once.
Status requireAction(const Database &db, const Session &session, const TransitionTable &table,
                     const QString &action, qint64 recordId = 0);

} // namespace sd::core::workflow
