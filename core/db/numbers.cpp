#include "core/db/numbers.h"

using namespace Qt::StringLiterals;

namespace sd::core::numbers {

Result<qint64> next(const Database &db, const QString &name, const std::function<Result<qint64>()> &highestUsed)
{
    // The common case: the sequence exists; the update locks its row until commit.
    auto bumped = db.exec(u"UPDATE number_sequences SET value = value + 1 WHERE name = ? RETURNING value"_s, {name});
    if (!bumped)
        return std::unexpected(bumped.error());
    if (bumped->next())
        return bumped->value(0).toLongLong();
    bumped->finish();
    // First use: start after what is already in use. Two desks starting the same sequence at
    // once meet in the upsert: the second waits for the first's row and counts on from it.
    qint64 start = 0;
    if (highestUsed) {
        auto used = highestUsed();
        if (!used)
            return std::unexpected(used.error());
        start = *used;
    }
    auto v = db.scalar(u"INSERT INTO number_sequences (name, value) VALUES (?, ?) ON CONFLICT (name) "
                       "DO UPDATE SET value = number_sequences.value + 1 RETURNING value"_s,
                       {name, start + 1});
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

Result<qint64> highestWithPrefix(const Database &db, const QString &table, const QString &column, const QString &prefix,
                                 const QString &extraWhere)
{
    // Table, column and prefix are the caller's constants (no LIKE wildcards), never user input.
    QString sql = u"SELECT MAX(%1) FROM %2 WHERE %1 LIKE ?"_s.arg(column, table);
    if (!extraWhere.isEmpty())
        sql += u" AND "_s + extraWhere;
    auto last = db.scalar(sql, {prefix + u"%"_s});
    if (!last)
        return std::unexpected(last.error());
    if (!last->isValid() || last->isNull())
        return 0;
    return last->toString().mid(prefix.size()).toLongLong();
}

Status lockKey(const Database &db, const QString &scope, const QString &key)
{
    if (db.dialect() != Dialect::PostgreSQL)
        return {};
    if (auto lock = db.scalar(u"SELECT pg_advisory_xact_lock(hashtext(?))"_s, {scope + u":"_s + key}); !lock)
        return std::unexpected(lock.error());
    return {};
}

} // namespace sd::core::numbers
