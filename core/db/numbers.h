#pragma once

#include "core/db/database.h"

#include <QString>

#include <functional>

namespace sd::core::numbers {

/// The next value of the named sequence ("hotline:RX20261202-", "session:2026"), race-free on
/// both engines with any number of desks: the sequence's row in `number_sequences` is taken by
/// an upsert that locks it until the caller's transaction ends (PostgreSQL: the row lock;
/// SQLite: the write transaction), so two transactions never get the same value and a rolled
/// back transaction gives its value back. Call it inside the transaction that stores the number.
///
/// `highestUsed` is asked only the first time a sequence is used (a database that numbered
/// records before sequences existed, or a day's first record): the largest value already in
/// use, 0 for none.
Result<qint64> next(const Database &db, const QString &name, const std::function<Result<qint64>()> &highestUsed = {});

/// The largest number behind `prefix` in `column` of `table` ("RX20261202-0042" → 42), for
/// next()'s first use. `extraWhere` narrows the rows ("previous_job_id IS NULL").
Result<qint64> highestWithPrefix(const Database &db, const QString &table, const QString &column, const QString &prefix,
                                 const QString &extraWhere = {});

/// Serialises find-or-create of one natural key (a product's name) across desks until the
/// caller's transaction ends: on PostgreSQL a transaction-scoped advisory lock on the key's hash
/// (a second desk waits, then finds the first desk's row); on SQLite the write transaction
/// already does. Call it inside the transaction, before the lookup.
Status lockKey(const Database &db, const QString &scope, const QString &key);

} // namespace sd::core::numbers
