#include "core/workflow/workflow.h"

#include "core/common/logging.h"

#include "core/audit/audit.h"
#include "core/auth/permissions.h"
#include "core/records/recordstore.h"
#include "core/sla/slaclockservice.h"

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

ClockStep ClockStep::onlyIf(std::function<bool(const ActContext &)> condition) const
{
    ClockStep s = *this;
    s.when = std::move(condition);
    return s;
}

ClockStep ClockStep::mirroredIn(const QString &column) const
{
    ClockStep s = *this;
    s.dueColumn = column;
    return s;
}

ClockStep ClockStep::required() const
{
    ClockStep s = *this;
    s.mustStart = true;
    return s;
}

ClockStep startClock(const QString &type, const QString &target) { return {ClockOp::Start, type, target}; }
ClockStep stopClock(const QString &type, const QString &target) { return {ClockOp::Stop, type, target}; }
ClockStep pauseClock(const QString &type, const QString &target) { return {ClockOp::Pause, type, target}; }
ClockStep resumeClock(const QString &type, const QString &target) { return {ClockOp::Resume, type, target}; }
ClockStep handClock(const QString &type, const QString &target) { return {ClockOp::Hand, type, target}; }

Transition Transition::write(const QStringList &fields) &&
{
    for (const QString &f : fields)
        writes.append({f, f});
    return std::move(*this);
}

Transition Transition::write(const QString &field, const QString &column) &&
{
    writes.append({field, column});
    return std::move(*this);
}

Transition Transition::stamp(const QStringList &columns) &&
{
    stamps += columns;
    return std::move(*this);
}

Transition Transition::stampBy(const QStringList &columns) &&
{
    stampsBy += columns;
    return std::move(*this);
}

Transition Transition::clear(const QStringList &columns) &&
{
    clears += columns;
    return std::move(*this);
}

Transition Transition::set(const QString &column, const QVariant &value) &&
{
    sets.insert(column, value);
    return std::move(*this);
}

Transition Transition::clock(const QList<ClockStep> &steps) &&
{
    clocks += steps;
    return std::move(*this);
}

Transition Transition::guardedBy(std::shared_ptr<const Guard> g) &&
{
    guard = std::move(g);
    return std::move(*this);
}

Transition Transition::recordedInPlace() &&
{
    inPlace = true;
    return std::move(*this);
}

Transition Transition::onlyWhen(std::shared_ptr<const Condition> c) &&
{
    conditions.append(std::move(c));
    return std::move(*this);
}

bool conditionsHold(const Transition &transition, const QVariantMap &record)
{
    for (const auto &c : transition.conditions)
        if (c && c->holds && !c->holds(record))
            return false;
    return true;
}

bool guardHolds(const Transition &transition, const Session &session, const QVariantMap &record)
{
    return !transition.guard || !transition.guard->holds || transition.guard->holds(session, record);
}

QVariantMap withFacts(const Database &db, const Transition &transition, const QVariantMap &record)
{
    if (!transition.guard || !transition.guard->facts)
        return record;
    QVariantMap out = record;
    out.insert(transition.guard->facts(db, record));
    return out;
}

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

const Transition *TransitionTable::find(const QString &from, const QString &action, const QVariantMap &record) const
{
    for (const Transition &t : m_transitions)
        if (t.from == from && t.action == action && conditionsHold(t, record))
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
        if (t.from == from && !t.inPlace && session.hasAny(t.roles))
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
    return checkRow(from, action, &fields, nullptr);
}

Result<Transition> TransitionTable::check(const QVariantMap &record, const QString &action,
                                          const QVariantMap *fields) const
{
    return checkRow(record.value(u"state"_s).toString(), action, fields, &record);
}

Result<Transition> TransitionTable::checkRow(const QString &from, const QString &action, const QVariantMap *fields,
                                             const QVariantMap *record) const
{
    if (!knowsAction(action))
        return failInvalid(u"action"_s,
                           QCoreApplication::translate("sd::core::Workflow", "Unknown action “%1”.").arg(action));
    const Transition *first = find(from, action);
    if (!first) {
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
    // Without the record (a check on the state alone) the conditions are not asked.
    const Transition *t = record ? find(from, action, *record) : first;
    if (!t) {
        QString why = QCoreApplication::translate("sd::core::Workflow", "“%1” is not possible on this record now.").arg(actionTitle(action));
        for (const auto &c : first->conditions)
            if (c && c->holds && !c->holds(*record) && c->refusal) {
                why = c->refusal(*record);
                break;
            }
        return fail(ErrorCode::NotAllowedInState, why);
    }
    for (const QString &field : fields ? t->required : QStringList())
        if (isMissing(fields->value(field)))
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

namespace {

/// The row's own writes: fields to columns, stamps, clears, fixed values.
void applyRow(ActContext &ctx)
{
    const Transition &t = ctx.transition;
    for (const auto &[field, column] : t.writes) {
        if (!ctx.fields.contains(field))
            continue;
        const QVariant v = ctx.fields.value(field);
        ctx.changes.insert(column, v.typeId() == QMetaType::QString ? QVariant(v.toString().trimmed()) : v);
    }
    for (const QString &c : t.stamps)
        ctx.changes.insert(c, ctx.nowMs);
    for (const QString &c : t.stampsBy)
        ctx.changes.insert(c, ctx.session.staffId > 0 ? QVariant(ctx.session.staffId) : QVariant());
    for (const QString &c : t.clears)
        ctx.changes.insert(c, QVariant());
    for (auto it = t.sets.cbegin(); it != t.sets.cend(); ++it)
        ctx.changes.insert(it.key(), it.value());
}

/// The row's clock steps, in order, in the acting transaction.
Status runClocks(ActContext &ctx, const Definition &workflow)
{
    if (ctx.transition.clocks.isEmpty())
        return {};
    if (!ctx.calendar)
        return fail(ErrorCode::Database, u"workflow %1: clocks without a calendar"_s.arg(workflow.table.recordTable()));
    SlaClockService clocks(ctx.db, *ctx.calendar);
    const qint64 recordId = ctx.before.value(u"id"_s).toLongLong();
    for (const ClockStep &step : ctx.transition.clocks) {
        if (step.when && !step.when(ctx))
            continue;
        auto found = clocks.find(step.recordType, recordId, step.target);
        if (!found)
            return std::unexpected(found.error());
        const std::optional<SlaClock> &clock = *found;
        const bool live = clock && clock->state != SlaClock::Stored::Stopped;
        Result<SlaClock> done = SlaClock{};
        switch (step.op) {
        case ClockOp::Stop:
            if (live)
                done = clocks.stop(clock->id, ctx.nowMs);
            break;
        case ClockOp::Pause:
            if (clock && clock->state == SlaClock::Stored::Running)
                done = clocks.pause(clock->id, ctx.nowMs);
            break;
        case ClockOp::Resume:
            if (clock && clock->state == SlaClock::Stored::Paused)
                done = clocks.resume(clock->id, ctx.nowMs);
            break;
        case ClockOp::Reassign:
            if (live) {
                if (!workflow.clockSubject)
                    return fail(ErrorCode::Database, u"workflow %1: no clock subject"_s.arg(workflow.table.recordTable()));
                auto subject = workflow.clockSubject(ctx, step);
                if (!subject)
                    return std::unexpected(subject.error());
                done = clocks.reassign(clock->id, subject->assigneeId);
            }
            break;
        case ClockOp::Start:
        case ClockOp::Hand: {
            if (!workflow.clockSubject)
                return fail(ErrorCode::Database, u"workflow %1: no clock subject"_s.arg(workflow.table.recordTable()));
            auto subject = workflow.clockSubject(ctx, step);
            if (!subject)
                return std::unexpected(subject.error());
            if (live && step.op == ClockOp::Hand) {
                done = clocks.reassign(clock->id, subject->assigneeId);
                if (done && !step.dueColumn.isEmpty())
                    ctx.changes.insert(step.dueColumn, clock->dueAt);
            } else if (!live) {
                done = clocks.start(step.recordType, recordId, step.target, subject->info, subject->assigneeId,
                                    ctx.nowMs, subject->title);
                if (!done && !step.mustStart
                    && (done.error().code == ErrorCode::NotFound || done.error().code == ErrorCode::NotAllowedInState))
                    done = SlaClock{};   // no policy for this record: no clock
                else if (done && !step.dueColumn.isEmpty())
                    ctx.changes.insert(step.dueColumn, done->dueAt);
            }
            break;
        }
        }
        if (!done)
            return std::unexpected(done.error());
    }
    return {};
}

Status runHook(const std::function<Status(ActContext &)> &hook, ActContext &ctx)
{
    return hook ? hook(ctx) : Status{};
}

Error guardRefusal(const Database &db, const Session &session, const TransitionTable &table, const Transition &row,
                   const QVariantMap &record, qint64 recordId)
{
    const QString why = row.guard->refusal
        ? row.guard->refusal(db, record)
        : QCoreApplication::translate("sd::core::Workflow", "You may not do this on this record.");
    return refuse(db, session, table.recordTable(), recordId, row.action, why);
}

/// The row `session` takes for `action` on `record`, or why not: a row may ask more of the
/// record than a role (the assigned engineer, the department's head), said first as the one
/// who asks cannot take it anyway; then the state, the row's conditions and required fields;
/// then the row's roles. Refusals of a permission are audited after `beforeAudit` (which
/// rolls back the acting transaction, so that the audit entry stays).
Result<Transition> rowFor(const Database &db, const Session &session, const TransitionTable &table,
                          const QVariantMap &record, const QString &action, const QVariantMap *fields,
                          const std::function<void()> &beforeAudit)
{
    const qint64 recordId = record.value(u"id"_s).toLongLong();
    const QString from = record.value(u"state"_s).toString();
    if (const Transition *row = table.find(from, action);
        row && session.hasAny(row->roles) && !guardHolds(*row, session, withFacts(db, *row, record))) {
        beforeAudit();
        return std::unexpected(guardRefusal(db, session, table, *row, record, recordId));
    }
    auto transition = table.check(record, action, fields);
    if (!transition)
        return transition;
    // A role may be allowed the action elsewhere in the table but not from this state.
    if (!session.hasAny(transition->roles)) {
        beforeAudit();
        if (auto ok = requireRoles(db, session, transition->roles, table.actionTitle(action), table.recordTable(), recordId); !ok)
            return std::unexpected(ok.error());
    }
    return transition;
}

} // namespace

Result<QVariantMap> act(const Database &db, const Session &session, const Definition &workflow,
                        const ActRequest &request, const BusinessCalendar *calendar)
{
    const TransitionTable &table = workflow.table;
    // 1. Permission first, outside the transaction, so that a refusal stays audited.
    if (auto ok = requireAction(db, session, table, request.action, request.recordId); !ok) {
        qCInfo(lcWorkflow).noquote() << table.recordTable() << request.recordId << request.action << "refused for"
                                     << session.login;
        return std::unexpected(ok.error());
    }

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
    // 3.–4. Guard, transition, conditions, required fields, the row's roles.
    auto transition = rowFor(db, session, table, *before, request.action, &request.fields, [&] { tx->rollback(); });
    if (!transition)
        return std::unexpected(transition.error());
    if (transition->inPlace)
        return failInvalid(u"action"_s, QCoreApplication::translate("sd::core::Workflow", "“%1” is recorded on its own form, not taken as an action.")
                                             .arg(table.actionTitle(request.action)));
    ActContext ctx{session, *transition, *before, request.fields, {}, Database::nowMs(), db, calendar};
    const Hooks handler = workflow.handlers.value(request.action);
    if (auto ok = runHook(workflow.common.validate, ctx); !ok)
        return std::unexpected(ok.error());
    if (auto ok = runHook(handler.validate, ctx); !ok)
        return std::unexpected(ok.error());
    // 5. What the row writes, then the handler, then what every action keeps in step.
    applyRow(ctx);
    if (auto ok = runHook(handler.apply, ctx); !ok)
        return std::unexpected(ok.error());
    if (auto ok = runHook(workflow.common.apply, ctx); !ok)
        return std::unexpected(ok.error());
    // 6. The row's clocks (a mirrored deadline lands in ctx.changes before the write).
    if (auto ok = runClocks(ctx, workflow); !ok)
        return std::unexpected(ok.error());
    // 7. The record: state and the changes, version + 1, one audit entry per field.
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
    // 8. Hand-offs and whatever needs the written record.
    if (auto ok = runHook(handler.after, ctx); !ok)
        return std::unexpected(ok.error());
    if (auto ok = runHook(workflow.common.after, ctx); !ok)
        return std::unexpected(ok.error());
    auto after = store.load(table.recordTable(), request.recordId);
    if (!after)
        return std::unexpected(after.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    qCInfo(lcWorkflow).noquote() << table.recordTable() << request.recordId << request.action << from << "→"
                                 << transition->to << "by" << session.login;
    return *after;
}

QList<Transition> allowedNow(const Database &db, const Session &session, const TransitionTable &table,
                             const QVariantMap &record, InPlace inPlace)
{
    const QString state = record.value(u"state"_s).toString();
    QList<Transition> out;
    QStringList taken;
    for (const Transition &t : table.transitions()) {
        if (t.from != state || taken.contains(t.action) || (t.inPlace && inPlace == InPlace::Leave))
            continue;
        if (session.hasAny(t.roles) && conditionsHold(t, record) && guardHolds(t, session, withFacts(db, t, record))) {
            out.append(t);
            taken << t.action;
        }
    }
    return out;
}

Result<Transition> permit(const Database &db, const Session &session, const TransitionTable &table,
                          const QVariantMap &record, const QString &action)
{
    if (auto ok = requireAction(db, session, table, action, record.value(u"id"_s).toLongLong()); !ok)
        return std::unexpected(ok.error());
    // Required fields are the request's business (the other overload); here only the row.
    return rowFor(db, session, table, record, action, nullptr, [] {});
}

Result<Transition> permit(const Database &db, const Session &session, const TransitionTable &table,
                          const QVariantMap &record, const ActRequest &request)
{
    if (auto ok = requireAction(db, session, table, request.action, request.recordId); !ok)
        return std::unexpected(ok.error());
    if (record.value(u"version"_s).toInt() != request.expectedVersion)
        return std::unexpected(RecordStore(db).conflictError(table.recordTable(), request.recordId));
    return rowFor(db, session, table, record, request.action, &request.fields, [] {});
}

Result<QVariantMap> act(const Database &db, const Session &session, const TransitionTable &table,
                        const ActRequest &request, const Hooks &hooks)
{
    const Definition workflow{table, {}, hooks, {}};
    return act(db, session, workflow, request);
}

} // namespace sd::core::workflow
