#pragma once

#include "core/common/error.h"
#include "core/db/database.h"
#include "core/records/fieldrules.h"

#include <QStringList>
#include <QVariantList>

namespace sd::core::search {

/// The longest search text accepted (the longest text field a record holds); a longer one is
/// refused with an Invalid error on the field "text" rather than run.
inline constexpr int QueryMax = fieldrules::LongTextMax;

/// How the words of 1–2 characters, which a trigram index cannot serve, scan the base table
/// on SQLite.
enum class ShortWords {
    /// Test each row the caller's query visits: cheap when its ORDER BY walks an index in the
    /// table's physical order and stops at the page's end (calls by time).
    InPlace,
    /// Collect the matching ids in one sequential pass first: better when the ORDER BY index
    /// would visit the rows in random order (customers by pinyin name).
    IdSet,
};

/// One searched table: everything the search needs to know about it. Adding a searched
/// table is one of these (see searchtables.h) plus, in the schema, the FTS5 trigram table and
/// triggers on SQLite and the pg_trgm GIN index on PostgreSQL.
struct SearchedTable {
    QString table;                       ///< the base table, its key column `id`
    QString alias;                       ///< the base table's alias in the caller's query
    QString column = QStringLiteral("search_text"); ///< the searched text column of the base table
    QString ftsTable;                    ///< SQLite: FTS5 trigram table over `column`, rowid = id ("" = none: scans)
    QString pgTrigramIndex;              ///< PostgreSQL: the pg_trgm GIN index on `column` ("" = none: ILIKE scans)
    ShortWords shortWords = ShortWords::InPlace;
    /// SQLite: when the FTS words match at least this many rows, the FTS test is written as a
    /// membership check the planner does not drive from, so that it walks the caller's ORDER BY
    /// index and stops at the page's end instead of sorting every match (0 = never).
    int commonFrom = 0;
};

/// A piece of SQL with its bound values, in order.
struct Condition {
    QString sql;
    QVariantList binds;
    bool isEmpty() const { return sql.isEmpty(); }
};

/// The words of a search box (split on whitespace), without empties and duplicates.
QStringList words(const QString &text);
/// "%text%" with LIKE's wildcards escaped (escape character backslash).
QString likePattern(const QString &text);

/// The condition "every word of `text` occurs in <alias>.<column>" (case-insensitive for
/// ASCII letters; empty when `text` has no words, i.e. everything matches):
/// SQLite: one FTS5 trigram MATCH for the words of 3+ characters, and for the shorter ones
/// instr() (no ASCII letter: exact and several times faster) or LIKE on the base table (a
/// trigram index cannot match 1–2 characters, and a short LIKE against the FTS table
/// silently matches nothing on SQLite 3.40.1); PostgreSQL: ILIKE per word, served by the
/// pg_trgm GIN index. Refuses a text longer than QueryMax.
Result<Condition> condition(const Database &db, const SearchedTable &table, const QString &text);

/// The rows containing any of `grams` (3+ characters each, see grams()), best first, as a
/// derived table "(id, score)" to join; a lower score ranks higher. SQLite: FTS5's bm25 rank
/// of the OR of the grams, the best `maxRows`; PostgreSQL: minus the number of grams the row
/// contains (ILIKE, pg_trgm). Empty without grams or without an FTS table on SQLite.
Condition rankedAnyOf(const Database &db, const SearchedTable &table, const QStringList &grams, int maxRows);

/// The distinct 3-character pieces of a free description (CJK runs cut into overlapping
/// trigrams, Latin words of 3+ letters whole, lower-cased), at most `max`.
QStringList grams(const QString &description, int max);

} // namespace sd::core::search
