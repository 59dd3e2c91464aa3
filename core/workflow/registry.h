#pragma once

// Every workflow behind one small interface, so that scripts (servicedeskctl WORKFLOW …) and
// other systems drive each of them the same way: list, show, create, act, the actions a user
// may take now and the fields each takes. Each workflow supplies an adapter in its own folder
// that calls only its service's public API; the rules stay in the services and the engine.
#include "core/workflow/workflow.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVariantMap>

#include <optional>
#include <utility>

namespace sd::core {
class BusinessCalendar;
}

namespace sd::core::workflow {

/// The kind of value a field takes (what a script writes after NAME=).
enum class FieldType {
    Text,
    Integer,   ///< a whole number (ids of customers, staff, departments …)
    Number,    ///< a decimal number
    Date,      ///< YYYY-MM-DD
    DateTime,  ///< YYYY-MM-DDTHH:MM, in the center's time zone unless an offset is given
    Boolean,   ///< yes/no, true/false, 1/0
    Choice,    ///< one of `allowed`
    Choices,   ///< comma-separated keys of `allowed`
};
/// "text", "integer", "number", "date", "datetime", "boolean", "choice", "choices".
QString fieldTypeKey(FieldType type);

/// A field that creating a record (`new`) or an action takes; the workflow's table titles it.
struct FieldSpec {
    QString name;
    FieldType type = FieldType::Text;
    QStringList allowed;      ///< Choice / Choices (and small integer scales): the accepted keys
    QStringList usedBy;       ///< "new" and/or the action keys that take the field
    bool requiredForNew = false;
};
/// The use of a field when creating a record (in FieldSpec::usedBy).
inline const QString kNew = QStringLiteral("new");

/// One SLA clock of a record (core/sla), as scripts see it.
struct Deadline {
    QString clock;    ///< the clock's target key, e.g. "escalate_to_remote"
    qint64 dueAt = 0; ///< ms since the epoch; 0 while paused
    QString due;      ///< the same as an ISO 8601 local time with its offset; empty while paused
    QString state;    ///< slaStateKey now: running, warning, breached, paused, met, missed
};

/// A record of any workflow: what show, new and act return (and list, without deadlines).
struct RecordView {
    qint64 id = 0;
    QString number;           ///< call no., job no., complaint no.; empty where there is none
    QString state;            ///< state key (the table's stateTitle translates it)
    int version = 0;
    QString customer;         ///< the customer's name, for lists
    QString summary;          ///< one line saying what the record is about, for lists
    QVariantMap fields;       ///< column → value; times as ISO local times, secrets and blobs left out
    QList<Deadline> deadlines;
};

/// An action a user may take on a record now.
struct ActionView {
    QString action;
    QString title;            ///< translated
    QString to;               ///< the state it leads to
    QStringList required;     ///< the fields it must record
};

/// What each workflow implements (stateless; the database comes with each call).
class WorkflowAdapter
{
public:
    virtual ~WorkflowAdapter() = default;

    /// The word scripts use: firstvisit, call, dispatch, returnvisit, complaint, problem, training.
    virtual QString name() const = 0;
    /// What the workflow's records are, translated ("Hotline calls").
    virtual QString title() const = 0;
    /// States, actions, roles and required fields; its titles translate keys.
    virtual const TransitionTable &table() const = 0;
    /// Every field `new` and the actions take.
    virtual QList<FieldSpec> fields() const = 0;
    /// True when `new` creates a record of this workflow.
    virtual bool creatable() const { return false; }

    /// Records newest first (`state` empty: any state), at most `limit`.
    virtual Result<QList<RecordView>> list(const Database &db, const Session &who, const QString &state,
                                           int limit) const = 0;
    /// One record with its fields and deadlines; NotFound when there is none.
    virtual Result<RecordView> show(const Database &db, const Session &who, qint64 id) const = 0;
    /// The record's id from its id or its number; NotFound when neither matches.
    virtual Result<qint64> resolveId(const Database &db, const QString &text) const;
    /// Creates a record from typed fields (see parseFields); the record as show() gives it.
    virtual Result<RecordView> create(const Database &db, const Session &who, const QVariantMap &fields) const;
    /// Takes `action` on the record the user saw at `expectedVersion`; the record afterwards.
    virtual Result<RecordView> act(const Database &db, const Session &who, qint64 id, const QString &action,
                                   const QVariantMap &fields, int expectedVersion) const = 0;

protected:
    /// The record as show() gives it once a service call succeeded, else the call's error.
    template <typename T>
    Result<RecordView> showAfter(const Result<T> &done, const Database &db, const Session &who, qint64 id) const
    {
        if (!done)
            return std::unexpected(done.error());
        return show(db, who, id);
    }
};

/// The registered workflows, in the order of the center's work.
const QList<const WorkflowAdapter *> &all();
/// The workflow named `name` (WorkflowAdapter::name), or nullptr.
const WorkflowAdapter *find(const QString &name);

/// The actions `who` may take on the record now, each with its required fields: the table's
/// roles and its rows' guards (workflow::allowedNow), as `act` decides.
QList<ActionView> actions(const Database &db, const WorkflowAdapter &workflow, const Session &who,
                          const RecordView &record);
/// The actions (and "new") that must give `field`.
QStringList requiredBy(const WorkflowAdapter &workflow, const FieldSpec &field);

/// Turns NAME=VALUE texts for `use` (kNew or an action key) into typed values: integers and
/// booleans as numbers, date-times as ms since the epoch (`zone` when no offset is given),
/// choices checked. Invalid names the field: unknown for this use, or a value of the wrong kind.
Result<QVariantMap> parseFields(const WorkflowAdapter &workflow, const QString &use,
                                const QList<std::pair<QString, QString>> &given, const QTimeZone &zone);

// ---- helpers for the adapters

/// `base` with more rows and more titles: a key the `more` titles leave as it is gets `base`'s
/// title. For the actions a service offers outside its table and the fields its table does not
/// title. `base` must outlive the result (the tables are static).
TransitionTable extended(const TransitionTable &base, const QList<Transition> &rows, const TransitionTable::Titles &more);

/// A service's list as record views, one per row.
template <typename Row, typename ToView>
Result<QList<RecordView>> viewsOf(const Result<QList<Row>> &rows, ToView toView)
{
    if (!rows)
        return std::unexpected(rows.error());
    QList<RecordView> out;
    for (const Row &row : *rows)
        out << toView(row);
    return out;
}

/// A record view from a row (column → value): id, version, state, `numberColumn` (may be
/// empty), the other columns as fields with times (`*_at` and `timeColumns`) as ISO local times.
RecordView recordView(const QVariantMap &row, const QString &numberColumn, const QTimeZone &zone,
                      const QStringList &timeColumns = {});
/// An ms time as an ISO 8601 local time with its offset ("" for 0).
QString isoLocal(qint64 ms, const QTimeZone &zone);
/// The record's SLA clocks of the given record types (core/sla), oldest first, judged now.
Result<QList<Deadline>> deadlinesOf(const Database &db, const BusinessCalendar &calendar,
                                    const QStringList &recordTypes, qint64 recordId);
/// The id of the row of `table` whose `numberColumn` is `text`, or whose id it is.
Result<qint64> idByNumber(const Database &db, const QString &table, const QString &numberColumn,
                          const QString &text);
/// The engine's checks (`permit`) of a request recorded in place on a record of `table`, the
/// record loaded as `act` loads it: roles, guard, state and conditions, required fields, version.
Status permitOnRecord(const Database &db, const Session &who, const TransitionTable &table, const ActRequest &request);

/// The adapters, defined in each workflow's folder (a new workflow adds one line here and in all()).
namespace adapters {
const WorkflowAdapter &firstVisit();   // core/firstvisit/firstvisitworkflowadapter.cpp
const WorkflowAdapter &call();         // core/hotline/callworkflowadapter.cpp
const WorkflowAdapter &dispatch();     // core/dispatch/dispatchworkflowadapter.cpp
const WorkflowAdapter &returnVisit();  // core/returnvisits/returnvisitworkflowadapter.cpp
const WorkflowAdapter &complaint();    // core/complaints/complaintworkflowadapter.cpp
const WorkflowAdapter &problem();      // core/problembase/problemworkflowadapter.cpp
const WorkflowAdapter &project();      // core/projects/projectworkflowadapter.cpp
const WorkflowAdapter &training();     // core/training/trainingworkflowadapter.cpp
} // namespace adapters

} // namespace sd::core::workflow
