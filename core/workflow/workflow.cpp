#include "core/workflow/workflow.h"

#include "core/audit/audit.h"
#include "core/auth/permissions.h"
#include "core/records/recordstore.h"

using namespace Qt::StringLiterals;

namespace sd::core::workflow {

namespace {
bool isMissing(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    if (v.typeId() == QMetaType::QString)
        return v.toString().trimmed().isEmpty();
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().isEmpty();
    if (v.typeId() == QMetaType::QVariantList)
        return v.toList().isEmpty();
    return false;
}
} // namespace

TransitionTable::TransitionTable(QString recordTable, QList<Transition> transitions, Titles titles)
    : m_table(std::move(recordTable)), m_transitions(std::move(transitions)), m_titles(std::move(titles))
{
}

const Transition *TransitionTable::find(const QString &from, const QString &action) const
{
    for (const Transition &t : m_transitions)
        if (t.from == from && t.action == action)
            return &t;
    return nullptr;
}

RoleSet TransitionTable::rolesForAction(const QString &action) const
{
    RoleSet roles;
    for (const Transition &t : m_transitions)
        if (t.action == action)
            roles.unite(t.roles);
    return roles;
}

bool TransitionTable::knowsAction(const QString &action) const
{
    for (const Transition &t : m_transitions)
        if (t.action == action)
            return true;
    return false;
}

QList<Transition> TransitionTable::available(const QString &from, const Session &session) const
{
    QList<Transition> out;
    for (const Transition &t : m_transitions)
        if (t.from == from && session.hasAny(t.roles))
            out.append(t);
    return out;
}

QStringList TransitionTable::states() const
{
    QStringList out;
    for (const Transition &t : m_transitions) {
        if (!out.contains(t.from))
            out << t.from;
        if (!out.contains(t.to))
            out << t.to;
    }
    return out;
}

QString TransitionTable::stateTitle(const QString &state) const
{
    return m_titles.state ? m_titles.state(state) : state;
}

QString TransitionTable::actionTitle(const QString &action) const
{
    return m_titles.action ? m_titles.action(action) : action;
}

QString TransitionTable::fieldTitle(const QString &field) const
{
    return m_titles.field ? m_titles.field(field) : field;
}

Result<Transition> TransitionTable::check(const QString &from, const QString &action,
                                          const QVariantMap &fields) const
{
    if (!knowsAction(action))
        return failInvalid(u"action"_s,
                           QCoreApplication::translate("sd::core::Workflow", "Unknown action “%1”.").arg(action));
    const Transition *t = find(from, action);
    if (!t) {
        QStringList possible;
        for (const Transition &o : m_transitions)
            if (o.from == from && !possible.contains(actionTitle(o.action)))
                possible << actionTitle(o.action);
        const QString list = possible.isEmpty()
            ? QCoreApplication::translate("sd::core::Workflow", "nothing (the record is closed)")
            : possible.join(QCoreApplication::translate("sd::core::Workflow", ", "));
        return fail(ErrorCode::NotAllowedInState,
                    QCoreApplication::translate("sd::core::Workflow",
                                                "“%1” is not possible while the record is “%2”. Possible now: %3.")
                        .arg(actionTitle(action), stateTitle(from), list));
    }
    for (const QString &field : t->required)
        if (isMissing(fields.value(field)))
            return failInvalid(field, QCoreApplication::translate("sd::core::Workflow", "“%1” must be filled in for “%2”.")
                                          .arg(fieldTitle(field), actionTitle(action)));
    return *t;
}

Status requireAction(const Database &db, const Session &session, const TransitionTable &table,
                     const QString &action, qint64 recordId)
{
    if (!table.knowsAction(action))
        return failInvalid(u"action"_s,
                           QCoreApplication::translate("sd::core::Workflow", "Unknown action “%1”.").arg(action));
    return requireRoles(db, session, table.rolesForAction(action), table.actionTitle(action),
                        table.recordTable(), recordId);
}

Result<QVariantMap> act(const Database &db, const Session &session, const TransitionTable &table,
                        const ActRequest &request, const Hooks &hooks)
{
    // 1. Permission first, outside the transaction, so that a refusal stays audited.
    if (auto ok = requireAction(db, session, table, request.action, request.recordId); !ok)
        return std::unexpected(ok.error());

    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    RecordStore store(db);
    // 2. The record and its version.
    auto before = store.load(table.recordTable(), request.recordId);
    if (!before)
        return std::unexpected(before.error());
    if (before->value(u"version"_s).toInt() != request.expectedVersion)
        return std::unexpected(store.conflictError(table.recordTable(), request.recordId));
    const QString from = before->value(u"state"_s).toString();
    // 3.–4. Transition and required fields.
    auto transition = table.check(from, request.action, request.fields);
    if (!transition)
        return std::unexpected(transition.error());
    // A role may be allowed the action elsewhere in the table but not from this state.
    if (!session.hasAny(transition->roles)) {
        tx->rollback();
        if (auto ok = requireRoles(db, session, transition->roles, table.actionTitle(request.action),
                                   table.recordTable(), request.recordId);
            !ok)
            return std::unexpected(ok.error());
    }
    ActContext ctx{session, *transition, *before, request.fields, {}, Database::nowMs(), db};
    if (hooks.validate)
        if (auto ok = hooks.validate(ctx); !ok)
            return std::unexpected(ok.error());
    if (hooks.apply)
        if (auto ok = hooks.apply(ctx); !ok)
            return std::unexpected(ok.error());
    // 5. The record: state and the hook's columns, version + 1, one audit entry per field.
    QVariantMap changes = ctx.changes;
    changes.insert(u"state"_s, transition->to);
    auto written = store.update(session, table.recordTable(), request.recordId, request.expectedVersion,
                                changes, request.action);
    if (!written)
        return std::unexpected(written.error());
    if (*written == request.expectedVersion) {
        // Nothing differed (a self-transition with no column change): still a new version,
        // so that the action is visible to anyone holding the old one.
        auto bump = db.exec(u"UPDATE %1 SET version = version + 1, updated_at = ?, updated_by = ? "
                            "WHERE id = ? AND version = ?"_s.arg(table.recordTable()),
                            {ctx.nowMs, session.staffId > 0 ? QVariant(session.staffId) : QVariant(),
                             request.recordId, request.expectedVersion});
        if (!bump)
            return std::unexpected(bump.error());
    }
    if (auto ok = audit::append(db, session, table.recordTable(), request.recordId,
                                u"transition:"_s + request.action, {}, from, transition->to);
        !ok)
        return std::unexpected(ok.error());
    // 6. Timers and whatever needs the written record.
    if (hooks.after)
        if (auto ok = hooks.after(ctx); !ok)
            return std::unexpected(ok.error());
    auto after = store.load(table.recordTable(), request.recordId);
    if (!after)
        return std::unexpected(after.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return *after;
}

} // namespace sd::core::workflow
