#include "core/workflow/can.h"

using namespace Qt::StringLiterals;

namespace sd::core::workflow {

bool can(const Session &session, const TransitionTable &table, const QString &action, const QVariantMap &record)
{
    if (record.isEmpty())
        return session.hasAny(table.rolesForAction(action));
    const Transition *row = table.find(record.value(u"state"_s).toString(), action, record);
    return row && session.hasAny(row->roles) && guardHolds(*row, session, record);
}

QList<Transition> allowedTransitions(const Session &session, const TransitionTable &table, const QVariantMap &record)
{
    const QString state = record.value(u"state"_s).toString();
    QList<Transition> out;
    QStringList taken;
    for (const Transition &t : table.transitions())
        if (t.from == state && !t.inPlace && !taken.contains(t.action) && can(session, table, t.action, record)) {
            out.append(*table.find(state, t.action, record));
            taken << t.action;
        }
    return out;
}

} // namespace sd::core::workflow
