#pragma once

#include "core/search/textsearch.h"

#include <QList>

/// The searched tables, one descriptor each. A new searched table (projects, training …) adds
/// one function here and its FTS5 table / pg_trgm index in a migration; the search test
/// checks that every descriptor's index exists on both engines.
namespace sd::core::search::tables {

/// Customers c: name, address, codes, contacts and phones (list ordered by pinyin name).
const SearchedTable &customers();
/// Contact phones p: the digits of a number (caller lookup by part of a number).
const SearchedTable &contactPhones();
/// Hotline calls c (list ordered by time; common words walk the time index).
const SearchedTable &hotlineCalls();
/// Problem-base entries e.
const SearchedTable &problemEntries();
/// Complaints c.
const SearchedTable &complaints();

/// Every descriptor above.
QList<SearchedTable> all();

} // namespace sd::core::search::tables
