#pragma once

#include "core/db/database.h"

#include <QStringList>

namespace sd::core::textsearch {

/// The words of a search box (split on whitespace), without empties.
QStringList words(const QString &text);
/// "%text%" with LIKE's wildcards escaped (escape character backslash).
QString likePattern(const QString &text);
/// The SQL condition "every word occurs in <alias>.search_text" (empty when no words):
/// SQLite: one FTS5 trigram MATCH on `ftsTable` for the words of 3+ characters, and for the
/// shorter ones instr()/LIKE on the base table (a trigram index cannot match 1–2 characters,
/// and a short LIKE against the FTS table silently matches nothing on SQLite 3.40.1);
/// PostgreSQL: ILIKE per word, served by the pg_trgm GIN index. Binds are appended.
/// `orderedScan` writes the FTS test as a membership check ("+id IN …") so that SQLite walks
/// the ORDER BY index and stops at the page's end instead of sorting every match (better when
/// the words are common, see ftsMatchesAtLeast).
QString condition(const Database &db, const QString &alias, const QString &ftsTable, const QString &text,
                  QVariantList &binds, bool orderedScan = false);
/// SQLite: true when the words of 3+ characters match at least `n` rows of `ftsTable`
/// (false on PostgreSQL or without such words).
bool ftsMatchesAtLeast(const Database &db, const QString &ftsTable, const QString &text, int n);
/// The distinct 3-character pieces of a free description (CJK runs cut into overlapping
/// trigrams, Latin words of 3+ letters whole, lower-cased), at most `max`.
QStringList grams(const QString &description, int max);

} // namespace sd::core::textsearch
