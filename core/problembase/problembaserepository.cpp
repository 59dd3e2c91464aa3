#include "core/problembase/problembaserepository.h"

#include "core/audit/audit.h"
#include "core/auth/permissions.h"
#include "core/problembase/problemclass.h"
#include "core/search/searchtables.h"
#include "core/records/fieldrules.h"
#include "core/records/recordstore.h"
#include "core/workflow/titles.h"
#include "core/workflow/workflow.h"

#include <QSet>

#include <tuple>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {

const QString kTable = u"problem_entries"_s;


const QString kColumns = u"e.id, e.version, e.phenomenon, e.cause, e.solution, e.product, e.product_version, "
                         "e.module, e.problem_class, e.tags, e.source_type, e.source_id, e.author_id, "
                         "s.display_name, e.times_used, e.active, e.merged_into, e.updated_at, e.state"_s;
const QString kFrom = u" FROM problem_entries e LEFT JOIN staff s ON s.id = e.author_id"_s;

ProblemEntry fromQuery(const QSqlQuery &q)
{
    ProblemEntry e;
    e.id = q.value(0).toLongLong();
    e.version = q.value(1).toInt();
    e.phenomenon = q.value(2).toString();
    e.cause = q.value(3).toString();
    e.solution = q.value(4).toString();
    e.product = q.value(5).toString();
    e.productVersion = q.value(6).toString();
    e.module = q.value(7).toString();
    e.problemClass = q.value(8).toString();
    e.tags = q.value(9).toString();
    e.sourceType = q.value(10).toString();
    e.sourceId = q.value(11).toLongLong();
    e.authorId = q.value(12).toLongLong();
    e.authorName = q.value(13).toString();
    e.timesUsed = q.value(14).toInt();
    e.active = q.value(15).toInt() != 0;
    e.mergedInto = q.value(16).toLongLong();
    e.updatedAt = q.value(17).toLongLong();
    e.state = q.value(18).toString();
    return e;
}

Result<QList<ProblemEntry>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return std::unexpected(q.error());
    QList<ProblemEntry> out;
    while (q->next())
        out << fromQuery(*q);
    return out;
}

Status validate(const ProblemEntry &e)
{
    if (e.phenomenon.trimmed().isEmpty())
        return failInvalid(u"phenomenon"_s, QCoreApplication::translate("sd::core::ProblemBaseRepository", "The phenomenon (what the customer sees) is required."));
    if (e.solution.trimmed().isEmpty())
        return failInvalid(u"solution"_s, QCoreApplication::translate("sd::core::ProblemBaseRepository", "The solution is required."));
    if (!problemclass::isKnown(e.problemClass))
        return failInvalid(u"problem_class"_s, QCoreApplication::translate("sd::core::ProblemBaseRepository", "Choose a problem class."));
    namespace fr = fieldrules;
    const std::initializer_list<std::tuple<QString, QString, const QString *, int>> texts = {
        {u"phenomenon"_s, QCoreApplication::translate("sd::core::ProblemBaseRepository", "Phenomenon"), &e.phenomenon, fr::LongTextMax},
        {u"cause"_s, QCoreApplication::translate("sd::core::ProblemBaseRepository", "Cause"), &e.cause, fr::LongTextMax},
        {u"solution"_s, QCoreApplication::translate("sd::core::ProblemBaseRepository", "Solution"), &e.solution, fr::LongTextMax},
        {u"product"_s, QCoreApplication::translate("sd::core::ProblemBaseRepository", "Product"), &e.product, fr::NameMax},
        {u"product_version"_s, QCoreApplication::translate("sd::core::ProblemBaseRepository", "Version"), &e.productVersion, fr::CodeMax},
        {u"module"_s, QCoreApplication::translate("sd::core::ProblemBaseRepository", "Module"), &e.module, fr::NameMax},
        {u"tags"_s, QCoreApplication::translate("sd::core::ProblemBaseRepository", "Tags"), &e.tags, fr::TagsMax}};
    for (const auto &[field, title, value, max] : texts)
        if (auto ok = fr::text(field, title, *value, max); !ok)
            return ok;
    return {};
}

QVariantMap values(const ProblemEntry &e)
{
    return {{u"phenomenon"_s, e.phenomenon.trimmed()},
            {u"cause"_s, e.cause.trimmed()},
            {u"solution"_s, e.solution.trimmed()},
            {u"product"_s, e.product.trimmed()},
            {u"product_version"_s, e.productVersion.trimmed()},
            {u"module"_s, e.module.trimmed()},
            {u"problem_class"_s, e.problemClass},
            {u"tags"_s, e.tags.trimmed()},
            {u"search_text"_s, ProblemBaseRepository::searchText(e)}};
}

// WHERE conditions of a query (without text ranking); binds appended.
Result<QString> whereOf(const Database &db, const ProblemQuery &query, QVariantList &binds)
{
    auto text = search::condition(db, search::tables::problemEntries(), query.text);
    if (!text)
        return std::unexpected(text.error());
    QStringList where;
    if (!query.includeMerged)
        where << u"e.active = 1"_s;
    if (!query.product.isEmpty()) {
        where << u"e.product = ?"_s;
        binds << query.product;
    }
    if (!query.module.isEmpty()) {
        where << u"e.module = ?"_s;
        binds << query.module;
    }
    if (!query.problemClass.isEmpty()) {
        where << u"e.problem_class = ?"_s;
        binds << query.problemClass;
    }
    if (!text->isEmpty()) {
        where << text->sql;
        binds << text->binds;
    }
    return where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
}

} // namespace

RoleSet ProblemBaseRepository::editorRoles()
{
    return {Role::HotlineOperator, Role::ServiceManager, Role::ServiceEngineer, Role::Consultant};
}

RoleSet ProblemBaseRepository::mergeRoles() { return {Role::ServiceManager, Role::Administrator}; }

namespace {

using workflow::ActContext;

// Merged: the survivor takes the duplicate's uses and call links; calls solved with the
// duplicate now name the survivor (each a change of the call's record: version, audit).
Status mergeAfter(ActContext &ctx)
{
    const qint64 duplicateId = ctx.before.value(u"id"_s).toLongLong();
    const qint64 survivorId = ctx.fields.value(u"merged_into"_s).toLongLong();
    const Database &db = ctx.db;
    // Links: a call that applied both keeps one link (to the survivor).
    if (auto ok = db.exec(u"DELETE FROM hotline_call_entries WHERE entry_id = ? AND call_id IN "
                          "(SELECT call_id FROM hotline_call_entries WHERE entry_id = ?)"_s,
                          {duplicateId, survivorId});
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = db.exec(u"UPDATE hotline_call_entries SET entry_id = ? WHERE entry_id = ?"_s, {survivorId, duplicateId});
        !ok)
        return std::unexpected(ok.error());
    RecordStore store(db);
    QList<std::pair<qint64, int>> calls;
    {
        auto q = db.exec(u"SELECT id, version FROM hotline_calls WHERE problem_entry_id = ? ORDER BY id"_s, {duplicateId});
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            calls.append({q->value(0).toLongLong(), q->value(1).toInt()});
    }
    for (const auto &[callId, version] : calls)
        if (auto ok = store.update(ctx.session, u"hotline_calls"_s, callId, version, {{u"problem_entry_id"_s, survivorId}},
                                   u"merge_problem_entry"_s);
            !ok)
            return std::unexpected(ok.error());
    auto survivor = ProblemBaseRepository(db).get(survivorId);
    if (!survivor)
        return std::unexpected(survivor.error());
    if (auto ok = store.update(ctx.session, kTable, survivorId, survivor->version,
                               {{u"times_used"_s, survivor->timesUsed + ctx.before.value(u"times_used"_s).toInt()}},
                               u"merge"_s);
        !ok)
        return std::unexpected(ok.error());
    return audit::append(db, ctx.session, kTable, survivorId, u"merge"_s, u"merged_from"_s, {}, duplicateId);
}

} // namespace

const workflow::Definition &ProblemBaseRepository::entryWorkflow()
{
    using T = workflow::Transition;
    static const workflow::TransitionTable table(
        kTable,
        {
            // In place: edited; applied on a call; taking in a duplicate (the survivor of a merge).
            T{u"active"_s, u"edit"_s, u"active"_s, editorRoles(), {}}.recordedInPlace(),
            T{u"active"_s, u"apply"_s, u"active"_s, editorRoles(), {u"call_id"_s}}.recordedInPlace(),
            T{u"active"_s, u"absorb"_s, u"active"_s, mergeRoles(), {u"duplicate_id"_s}}.recordedInPlace(),
            // The duplicate of a merge stops showing and points at the survivor.
            T{u"active"_s, u"merge"_s, u"merged"_s, mergeRoles(), {u"merged_into"_s}}
                .write({u"merged_into"_s})
                .set(u"active"_s, 0),
        },
        {[](const QString &s) {
             static const workflow::TitleList titles("sd::core::ProblemBaseRepository",
                                                     {{u"active"_s, QT_TRANSLATE_NOOP("sd::core::ProblemBaseRepository", "Active")},
                                                      {u"merged"_s, QT_TRANSLATE_NOOP("sd::core::ProblemBaseRepository", "Merged")}});
             return titles(s);
         },
         [](const QString &a) {
             static const workflow::TitleList titles(
                 "sd::core::ProblemBaseRepository",
                 {{u"edit"_s, QT_TRANSLATE_NOOP("sd::core::ProblemBaseRepository", "Edit the entry")},
                  {u"apply"_s, QT_TRANSLATE_NOOP("sd::core::ProblemBaseRepository", "Apply to a call")},
                  {u"absorb"_s, QT_TRANSLATE_NOOP("sd::core::ProblemBaseRepository", "Take in a duplicate")},
                  {u"merge"_s, QT_TRANSLATE_NOOP("sd::core::ProblemBaseRepository", "Merge into another entry")}});
             return titles(a);
         },
         {}});
    static const workflow::Definition definition{table, {{u"merge"_s, {{}, {}, mergeAfter}}}, {}, {}};
    return definition;
}

QString ProblemBaseRepository::searchText(const ProblemEntry &e)
{
    QStringList parts = {e.phenomenon, e.cause, e.solution, e.product, e.productVersion, e.module, e.tags};
    for (QString &p : parts)
        p = p.simplified();
    parts.removeAll(QString());
    return parts.join(u'\n');
}

Result<qint64> ProblemBaseRepository::create(const Session &who, const ProblemEntry &entry)
{
    if (auto ok = requireRoles(m_db, who, editorRoles(), QCoreApplication::translate("sd::core::ProblemBaseRepository", "add to the problem base"), kTable); !ok)
        return std::unexpected(ok.error());
    if (auto ok = validate(entry); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    QVariantMap v = values(entry);
    v.insert(u"source_type"_s, entry.sourceType.isEmpty() ? u"manual"_s : entry.sourceType);
    v.insert(u"source_id"_s, entry.sourceId > 0 ? QVariant(entry.sourceId) : QVariant());
    v.insert(u"author_id"_s, who.staffId > 0 ? QVariant(who.staffId) : QVariant());
    v.insert(u"times_used"_s, 0);
    v.insert(u"active"_s, 1);
    auto id = RecordStore(m_db).insert(who, kTable, v);
    if (!id)
        return std::unexpected(id.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return *id;
}

Result<ProblemEntry> ProblemBaseRepository::save(const Session &who, const ProblemEntry &entry)
{
    auto stored = get(entry.id);
    if (!stored)
        return std::unexpected(stored.error());
    if (auto ok = workflow::permit(m_db, who, entryWorkflow().table, {{u"id"_s, entry.id}, {u"state"_s, stored->state}}, u"edit"_s); !ok)
        return std::unexpected(ok.error());
    if (auto ok = validate(entry); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto written = RecordStore(m_db).update(who, kTable, entry.id, entry.version, values(entry));
    if (!written)
        return std::unexpected(written.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return get(entry.id);
}

Result<ProblemEntry> ProblemBaseRepository::get(qint64 id) const
{
    auto list = readAll(m_db.exec(u"SELECT "_s + kColumns + kFrom + u" WHERE e.id = ?"_s, {id}));
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::ProblemBaseRepository", "Problem-base entry %1 does not exist.").arg(id));
    return list->first();
}

Result<QList<ProblemEntry>> ProblemBaseRepository::search(const ProblemQuery &query) const
{
    QVariantList binds;
    const auto where = whereOf(m_db, query, binds);
    if (!where)
        return std::unexpected(where.error());
    // The most used standard solutions first, then the newest: an order the index
    // problem_entries_used serves, so a first page stops after its rows on any query.
    const QString order = u" ORDER BY e.times_used DESC, e.id DESC"_s;
    binds << query.limit << query.offset;
    return readAll(m_db.exec(u"SELECT "_s + kColumns + kFrom + *where + order + u" LIMIT ? OFFSET ?"_s, binds));
}

Result<qint64> ProblemBaseRepository::count(const ProblemQuery &query) const
{
    QVariantList binds;
    const auto where = whereOf(m_db, query, binds);
    if (!where)
        return std::unexpected(where.error());
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM problem_entries e"_s + *where, binds);
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

Result<QList<ProblemEntry>> ProblemBaseRepository::latest(int limit, std::optional<bool> active) const
{
    const int wanted = active ? (*active ? 1 : 0) : -1;
    return readAll(m_db.exec(u"SELECT "_s + kColumns + kFrom + u" WHERE (? < 0 OR e.active = ?) ORDER BY e.id DESC LIMIT ?"_s,
                             {wanted, wanted, qBound(1, limit, 100000)}));
}

Result<QList<ProblemEntry>> ProblemBaseRepository::suggest(const QString &description, int limit) const
{
    // Several entries often carry the same solution (the same fix logged from many calls):
    // the operator sees each solution once, its best-ranked entry. Fetch more than asked so
    // that duplicates do not leave the list short.
    auto list = rankedSuggestions(description, qMax(limit * 4, 32));
    if (!list)
        return list;
    QList<ProblemEntry> out;
    QSet<QString> seen;
    for (const ProblemEntry &e : std::as_const(*list)) {
        if (out.size() >= limit)
            break;
        const QString key = e.solution.simplified().toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out << e;
    }
    return out;
}

Result<QList<ProblemEntry>> ProblemBaseRepository::rankedSuggestions(const QString &description, int limit) const
{
    const QStringList grams = search::grams(description, 16);
    if (grams.isEmpty()) {
        if (description.trimmed().size() >= 2)
            return search({description.trimmed(), {}, {}, {}, false, limit, 0});
        return QList<ProblemEntry>{};
    }
    // Entries holding the most of the description's pieces first (SQLite: the best 200 by
    // FTS rank), then the most used, then the newest.
    const search::Condition ranked = search::rankedAnyOf(m_db, search::tables::problemEntries(), grams, 200);
    return readAll(m_db.exec(u"SELECT "_s + kColumns + kFrom + u" JOIN "_s + ranked.sql +
                                 u" r ON r.id = e.id WHERE e.active = 1 ORDER BY r.score, e.times_used DESC, e.id DESC LIMIT ?"_s,
                             QVariantList(ranked.binds) << limit));
}

Result<QList<ProblemFacet>> ProblemBaseRepository::facets() const
{
    auto q = m_db.exec(u"SELECT COALESCE(product, ''), COALESCE(module, ''), problem_class, COUNT(*) "
                       "FROM problem_entries WHERE active = 1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<ProblemFacet> out;
    while (q->next())
        out << ProblemFacet{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt()};
    return out;
}

Result<bool> ProblemBaseRepository::applyToCall(const Session &who, qint64 entryId, qint64 callId)
{
    if (auto ok = requireRoles(m_db, who, editorRoles(), QCoreApplication::translate("sd::core::ProblemBaseRepository", "apply a problem-base entry"), u"hotline_calls"_s, callId);
        !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto entry = get(entryId);
    if (!entry)
        return std::unexpected(entry.error());
    if (auto ok = workflow::permit(m_db, who, entryWorkflow().table, {{u"id"_s, entryId}, {u"state"_s, entry->state}}, u"apply"_s);
        !ok) {
        if (ok.error().code != ErrorCode::NotAllowedInState)
            return std::unexpected(ok.error());
        return fail(ErrorCode::NotAllowedInState,
                    QCoreApplication::translate("sd::core::ProblemBaseRepository", "Entry %1 was merged into entry %2; apply that one.").arg(entryId).arg(entry->mergedInto));
    }
    auto call = m_db.scalar(u"SELECT id FROM hotline_calls WHERE id = ?"_s, {callId});
    if (!call)
        return std::unexpected(call.error());
    if (!call->isValid())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::ProblemBaseRepository", "Call %1 does not exist.").arg(callId));
    auto existing = m_db.scalar(u"SELECT COUNT(*) FROM hotline_call_entries WHERE call_id = ? AND entry_id = ?"_s,
                                {callId, entryId});
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->toInt() > 0)
        return false;
    const qint64 now = Database::nowMs();
    if (auto ok = m_db.exec(u"INSERT INTO hotline_call_entries (call_id, entry_id, applied_at, applied_by) VALUES (?, ?, ?, ?)"_s,
                            {callId, entryId, now, who.staffId > 0 ? QVariant(who.staffId) : QVariant()});
        !ok)
        return std::unexpected(ok.error());
    // A usage counter, not an edit: it does not take a version (an editor's save stays valid).
    if (auto ok = m_db.exec(u"UPDATE problem_entries SET times_used = times_used + 1 WHERE id = ?"_s, {entryId}); !ok)
        return std::unexpected(ok.error());
    if (auto ok = audit::append(m_db, who, u"hotline_calls"_s, callId, u"apply_problem_entry"_s, u"problem_entry"_s, {},
                                entryId);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return true;
}

Result<QList<ProblemEntry>> ProblemBaseRepository::appliedToCall(qint64 callId) const
{
    return readAll(m_db.exec(u"SELECT "_s + kColumns + kFrom +
                                 u" JOIN hotline_call_entries l ON l.entry_id = e.id WHERE l.call_id = ? "
                                 "ORDER BY l.applied_at, e.id"_s,
                             {callId}));
}

Result<ProblemEntry> ProblemBaseRepository::merge(const Session &who, qint64 survivorId, qint64 duplicateId)
{
    const auto &table = entryWorkflow().table;
    if (auto ok = workflow::requireAction(m_db, who, table, u"merge"_s, duplicateId); !ok)
        return std::unexpected(ok.error());
    if (survivorId == duplicateId)
        return failInvalid(u"duplicate"_s, QCoreApplication::translate("sd::core::ProblemBaseRepository", "An entry cannot be merged into itself."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto survivor = get(survivorId);
    if (!survivor)
        return std::unexpected(survivor.error());
    auto duplicate = get(duplicateId);
    if (!duplicate)
        return std::unexpected(duplicate.error());
    const QString onlyActive = QCoreApplication::translate("sd::core::ProblemBaseRepository", "Only active entries can be merged (one of them was merged already).");
    if (auto ok = workflow::permit(m_db, who, table, {{u"id"_s, survivorId}, {u"state"_s, survivor->state}}, u"absorb"_s); !ok)
        return ok.error().code == ErrorCode::NotAllowedInState ? fail(ErrorCode::NotAllowedInState, onlyActive)
                                                                : std::unexpected(ok.error());
    auto merged = workflow::act(m_db, who, entryWorkflow(),
                                {duplicateId, duplicate->version, u"merge"_s, {{u"merged_into"_s, survivorId}}});
    if (!merged)
        return merged.error().code == ErrorCode::NotAllowedInState ? fail(ErrorCode::NotAllowedInState, onlyActive)
                                                                    : std::unexpected(merged.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return get(survivorId);
}

} // namespace sd::core
