// Problem-base entries for scripts (servicedeskctl problem …): ProblemBaseRepository's public API
// behind the workflow registry's interface. An entry is active until it is merged into another;
// what the repository offers on it (edit, apply to a call, merge) is described by the table below
// and checked as the engine checks a transition before the repository is called.
#include "core/problembase/problembaserepository.h"
#include "core/problembase/problemclass.h"
#include "core/calendar/calendarrepository.h"
#include "core/records/recordstore.h"
#include "core/workflow/registry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::problembase {

namespace {

using workflow::FieldSpec;
using workflow::FieldType;
using workflow::RecordView;

const QString kActive = u"active"_s;
const QString kMerged = u"merged"_s;
const QString kEdit = u"edit"_s;
const QString kApplyToCall = u"apply_to_call"_s;
const QString kMergeInto = u"merge_into"_s;

QString stateTitle(const QString &state)
{
    if (state == kActive) return QCoreApplication::translate("sd::core::ProblemWorkflow", "In use");
    if (state == kMerged) return QCoreApplication::translate("sd::core::ProblemWorkflow", "Merged into another entry");
    return state;
}

QString actionTitle(const QString &action)
{
    if (action == kEdit) return QCoreApplication::translate("sd::core::ProblemWorkflow", "Edit the entry");
    if (action == kApplyToCall) return QCoreApplication::translate("sd::core::ProblemWorkflow", "Apply to a call");
    if (action == kMergeInto) return QCoreApplication::translate("sd::core::ProblemWorkflow", "Merge into another entry");
    return action;
}

QString fieldTitle(const QString &field)
{
    if (field == u"phenomenon"_s) return QCoreApplication::translate("sd::core::ProblemBaseRepository", "Phenomenon");
    if (field == u"cause"_s) return QCoreApplication::translate("sd::core::ProblemBaseRepository", "Cause");
    if (field == u"solution"_s) return QCoreApplication::translate("sd::core::ProblemBaseRepository", "Solution");
    if (field == u"product"_s) return QCoreApplication::translate("sd::core::ProblemBaseRepository", "Product");
    if (field == u"product_version"_s) return QCoreApplication::translate("sd::core::ProblemBaseRepository", "Version");
    if (field == u"module"_s) return QCoreApplication::translate("sd::core::ProblemBaseRepository", "Module");
    if (field == u"tags"_s) return QCoreApplication::translate("sd::core::ProblemBaseRepository", "Tags");
    if (field == u"problem_class"_s) return QCoreApplication::translate("sd::core::ProblemWorkflow", "Problem class");
    if (field == u"call_id"_s) return QCoreApplication::translate("sd::core::ProblemWorkflow", "Hotline call (id or call no.)");
    if (field == u"survivor_id"_s) return QCoreApplication::translate("sd::core::ProblemWorkflow", "Entry that stays (id)");
    return field;
}

const workflow::TransitionTable &entryTable()
{
    static const workflow::TransitionTable t(
        u"problem_entries"_s,
        {
            {kActive, kEdit, kActive, ProblemBaseRepository::editorRoles(), {}},
            {kActive, kApplyToCall, kActive, ProblemBaseRepository::editorRoles(), {u"call_id"_s}},
            {kActive, kMergeInto, kMerged, ProblemBaseRepository::mergeRoles(), {u"survivor_id"_s}},
        },
        {stateTitle, actionTitle, fieldTitle});
    return t;
}

const QStringList kEntryFields = {u"phenomenon"_s, u"cause"_s, u"solution"_s, u"product"_s,
                                  u"product_version"_s, u"module"_s, u"problem_class"_s, u"tags"_s};

/// The entry with the given fields written over it.
ProblemEntry withFields(ProblemEntry e, const QVariantMap &f)
{
    auto put = [&](const QString &key, QString &target) {
        if (f.contains(key))
            target = f.value(key).toString();
    };
    put(u"phenomenon"_s, e.phenomenon);
    put(u"cause"_s, e.cause);
    put(u"solution"_s, e.solution);
    put(u"product"_s, e.product);
    put(u"product_version"_s, e.productVersion);
    put(u"module"_s, e.module);
    put(u"problem_class"_s, e.problemClass);
    put(u"tags"_s, e.tags);
    return e;
}

class ProblemWorkflow final : public workflow::WorkflowAdapter
{
public:
    QString name() const override { return u"problem"_s; }
    QString title() const override { return QCoreApplication::translate("sd::core::ProblemWorkflow", "Problem-base entries"); }
    const workflow::TransitionTable &table() const override { return entryTable(); }
    bool creatable() const override { return true; }

    QList<FieldSpec> fields() const override
    {
        const QString n = workflow::kNew;
        QList<FieldSpec> f;
        for (const QString &k : kEntryFields)
            f.append({k, k == u"problem_class"_s ? FieldType::Choice : FieldType::Text,
                      k == u"problem_class"_s ? problemclass::all() : QStringList(), {n, kEdit},
                      k == u"phenomenon"_s || k == u"solution"_s || k == u"problem_class"_s});
        f.append({u"call_id"_s, FieldType::Text, {}, {kApplyToCall}});
        f.append({u"survivor_id"_s, FieldType::Integer, {}, {kMergeInto}});
        return f;
    }

    Result<QList<RecordView>> list(const Database &db, const Session &, const QString &state, int limit) const override
    {
        std::optional<bool> active;
        if (!state.isEmpty())
            active = state == kActive;
        return workflow::viewsOf(ProblemBaseRepository(db).latest(limit, active), [](const ProblemEntry &e) {
            return RecordView{e.id, {}, e.active ? kActive : kMerged, e.version, {}, e.phenomenon.simplified(), {}, {}};
        });
    }

    Result<RecordView> show(const Database &db, const Session &, qint64 id) const override
    {
        auto entry = ProblemBaseRepository(db).get(id);
        if (!entry)
            return std::unexpected(entry.error());
        auto row = RecordStore(db).load(table().recordTable(), id);
        if (!row)
            return std::unexpected(row.error());
        auto calendar = CalendarRepository(db).load();
        if (!calendar)
            return std::unexpected(calendar.error());
        RecordView v = workflow::recordView(*row, {}, calendar->timeZone());
        v.state = entry->active ? kActive : kMerged;
        v.summary = entry->phenomenon.simplified();
        v.fields.insert(u"author_name"_s, entry->authorName);
        return v;
    }

    Result<RecordView> create(const Database &db, const Session &who, const QVariantMap &f) const override
    {
        ProblemEntry e = withFields({}, f);
        e.sourceType = u"manual"_s;
        auto id = ProblemBaseRepository(db).create(who, e);
        if (!id)
            return std::unexpected(id.error());
        return show(db, who, *id);
    }

    Result<RecordView> act(const Database &db, const Session &who, qint64 id, const QString &action,
                           const QVariantMap &fields, int expectedVersion) const override
    {
        ProblemBaseRepository entries(db);
        auto entry = entries.get(id);
        if (!entry)
            return std::unexpected(entry.error());
        if (auto ok = workflow::checkOutsideEngine(db, who, table(), id, entry->active ? kActive : kMerged,
                                                   entry->version, action, fields, expectedVersion);
            !ok)
            return std::unexpected(ok.error());
        if (action == kEdit)
            return showAfter(entries.save(who, withFields(*entry, fields)), db, who, id);
        if (action == kMergeInto)
            return showAfter(entries.merge(who, fields.value(u"survivor_id"_s).toLongLong(), id), db, who, id);
        // The call by its id or its call number, as scripts name calls elsewhere.
        auto call = workflow::idByNumber(db, u"hotline_calls"_s, u"call_no"_s, fields.value(u"call_id"_s).toString());
        if (!call)
            return std::unexpected(Error::invalid(u"call_id"_s, call.error().message));
        return showAfter(entries.applyToCall(who, id, *call), db, who, id);
    }
};

} // namespace

} // namespace sd::core::problembase

namespace sd::core::workflow::adapters {
const WorkflowAdapter &problem()
{
    static const problembase::ProblemWorkflow adapter;
    return adapter;
}
} // namespace sd::core::workflow::adapters
