// Problem-base entries for scripts (servicedeskctl problem …): ProblemBaseRepository's public API
// behind the workflow registry's interface. An entry is active until it is merged into another;
// what the repository offers on it (edit, apply to a call, take in a duplicate, merge) are the
// rows of its table, checked by the engine (permit) before the repository is called.
#include "core/problembase/problembaserepository.h"
#include "core/problembase/problemclass.h"
#include "core/calendar/calendarrepository.h"
#include "core/records/recordstore.h"
#include "core/workflow/registry.h"
#include "core/workflow/titles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::problembase {

namespace {

using workflow::FieldSpec;
using workflow::FieldType;
using workflow::RecordView;

const QString kActive = u"active"_s;
const QString kEdit = u"edit"_s;
const QString kApply = u"apply"_s;
const QString kAbsorb = u"absorb"_s;
const QString kMerge = u"merge"_s;

QString fieldTitle(const QString &field)
{
    static const workflow::TitleList titles("sd::core::ProblemWorkflow", {
        {u"phenomenon"_s, QT_TRANSLATE_NOOP("sd::core::ProblemWorkflow", "Phenomenon")},
        {u"cause"_s, QT_TRANSLATE_NOOP("sd::core::ProblemWorkflow", "Cause")},
        {u"solution"_s, QT_TRANSLATE_NOOP("sd::core::ProblemWorkflow", "Solution")},
        {u"product"_s, QT_TRANSLATE_NOOP("sd::core::ProblemWorkflow", "Product")},
        {u"product_version"_s, QT_TRANSLATE_NOOP("sd::core::ProblemWorkflow", "Version")},
        {u"module"_s, QT_TRANSLATE_NOOP("sd::core::ProblemWorkflow", "Module")},
        {u"tags"_s, QT_TRANSLATE_NOOP("sd::core::ProblemWorkflow", "Tags")},
        {u"problem_class"_s, QT_TRANSLATE_NOOP("sd::core::ProblemWorkflow", "Problem class")},
        {u"call_id"_s, QT_TRANSLATE_NOOP("sd::core::ProblemWorkflow", "Hotline call (id or call no.)")},
        {u"merged_into"_s, QT_TRANSLATE_NOOP("sd::core::ProblemWorkflow", "Entry that stays (id)")},
        {u"duplicate_id"_s, QT_TRANSLATE_NOOP("sd::core::ProblemWorkflow", "Duplicate entry to take in (id)")},
    });
    return titles(field);
}

// The repository's table (its in-place rows: edit, apply to a call, take in a duplicate), with
// the names of the fields scripts give.
const workflow::TransitionTable &entryTable()
{
    static const workflow::TransitionTable t =
        workflow::extended(ProblemBaseRepository::entryWorkflow().table, {}, {{}, {}, fieldTitle});
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
        f.append({u"call_id"_s, FieldType::Text, {}, {kApply}});
        f.append({u"merged_into"_s, FieldType::Integer, {}, {kMerge}});
        f.append({u"duplicate_id"_s, FieldType::Integer, {}, {kAbsorb}});
        return f;
    }

    Result<QList<RecordView>> list(const Database &db, const Session &, const QString &state, int limit) const override
    {
        std::optional<bool> active;
        if (!state.isEmpty())
            active = state == kActive;
        return workflow::viewsOf(ProblemBaseRepository(db).latest(limit, active), [](const ProblemEntry &e) {
            return RecordView{e.id, {}, e.state, e.version, {}, e.phenomenon.simplified(), {}, {}};
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
        if (auto ok = workflow::permitOnRecord(db, who, table(), {id, expectedVersion, action, fields}); !ok)
            return std::unexpected(ok.error());
        if (action == kEdit)
            return showAfter(entries.save(who, withFields(*entry, fields)), db, who, id);
        if (action == kMerge)
            return showAfter(entries.merge(who, fields.value(u"merged_into"_s).toLongLong(), id), db, who, id);
        if (action == kAbsorb)
            return showAfter(entries.merge(who, id, fields.value(u"duplicate_id"_s).toLongLong()), db, who, id);
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
