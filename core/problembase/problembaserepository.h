#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"
#include "core/problembase/problementry.h"
#include "core/workflow/workflow.h"

#include <optional>

namespace sd::core {

/// The standardized problem base: entries, full-text search (FTS5 trigram on SQLite with a
/// base-table scan under 3 characters; pg_trgm on PostgreSQL), browse, edit with history
/// (every field audited), merge of duplicates and the usage count of each entry.
class ProblemBaseRepository final
{
public:
    explicit ProblemBaseRepository(Database db) : m_db(std::move(db)) {}

    /// Who may write entries (hotline operators, engineers, the service manager …).
    static RoleSet editorRoles();
    /// Who may merge duplicates (the service manager, the administrator).
    static RoleSet mergeRoles();

    /// Creates an entry (author = the session); returns its id.
    Result<qint64> create(const Session &who, const ProblemEntry &entry);
    /// Saves an entry's fields; Conflict when entry.version is stale.
    Result<ProblemEntry> save(const Session &who, const ProblemEntry &entry);
    Result<ProblemEntry> get(qint64 id) const;

    /// Entries matching the query, the most used first, then the newest.
    Result<QList<ProblemEntry>> search(const ProblemQuery &query) const;
    Result<qint64> count(const ProblemQuery &query) const;
    /// Entries newest first: every one, or only the active (true) or merged (false) ones.
    Result<QList<ProblemEntry>> latest(int limit, std::optional<bool> active = std::nullopt) const;
    /// Entries resembling a free description (what the operator is typing): ranked by how many
    /// of the description's trigrams / words they contain; each solution once (the best-ranked
    /// entry of those sharing it). Empty for under 2 characters.
    Result<QList<ProblemEntry>> suggest(const QString &description, int limit = 8) const;
    /// The browse tree: products, modules and classes with their entry counts.
    Result<QList<ProblemFacet>> facets() const;

    /// Counts one use of the entry on a call and links it (once per call; a second apply on
    /// the same call changes nothing and returns false).
    Result<bool> applyToCall(const Session &who, qint64 entryId, qint64 callId);
    /// The entries applied on a call.
    Result<QList<ProblemEntry>> appliedToCall(qint64 callId) const;

    /// Merges `duplicateId` into `survivorId`: uses are added, call links move to the
    /// survivor, the duplicate is deactivated and points at the survivor. Audited on both.
    Result<ProblemEntry> merge(const Session &who, qint64 survivorId, qint64 duplicateId);

    /// The entry's transition table (active → merged) with the merge's handler.
    static const workflow::Definition &entryWorkflow();
    /// What problem_entries.search_text holds for an entry.
    static QString searchText(const ProblemEntry &entry);

private:
    /// suggest() before duplicate solutions are dropped.
    Result<QList<ProblemEntry>> rankedSuggestions(const QString &description, int limit) const;

    Database m_db;
};

} // namespace sd::core
