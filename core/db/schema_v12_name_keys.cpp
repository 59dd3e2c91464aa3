// Migration 12 (issue 15): customers sort by a stored pinyin key (core/db/pinyin.h) instead of
// an index on `name COLLATE pinyin`. The collation exists only on the program's SQLite
// connections, so the stock sqlite3 shell could not even run PRAGMA integrity_check on a
// database with that index; now no schema object depends on it.
#include "core/db/migrations.h"
#include "core/db/pinyin.h"

using namespace Qt::StringLiterals;

namespace sd::core::schema {

namespace {

/// Every customer's key, a page of ids at a time.
Status fillNameKeys(const Database &db)
{
    qint64 after = 0;
    for (;;) {
        auto q = db.exec(u"SELECT id, name FROM customers WHERE id > ? ORDER BY id LIMIT 1000"_s, {after});
        if (!q)
            return std::unexpected(q.error());
        QList<std::pair<qint64, QString>> page;
        while (q->next())
            page.append({q->value(0).toLongLong(), q->value(1).toString()});
        q->finish();
        if (page.isEmpty())
            return {};
        for (const auto &[id, name] : page)
            if (auto u = db.exec(u"UPDATE customers SET name_key = ? WHERE id = ?"_s, {pinyin::sortKey(name), id}); !u)
                return std::unexpected(u.error());
        after = page.constLast().first;
    }
}

} // namespace

Migration v12()
{
    Migration m;
    m.version = 12;
    m.description = u"customers sorted by a stored pinyin key"_s;
    m.statements = {
        {u"ALTER TABLE customers ADD COLUMN name_key {blob}"_s},
        {u"DROP INDEX customers_name"_s},
    };
    m.after = [](const Database &db) -> Status {
        if (auto ok = fillNameKeys(db); !ok)
            return ok;
        return db.execRaw(u"CREATE INDEX customers_name_key ON customers (name_key, id)"_s);
    };
    return m;
}

} // namespace sd::core::schema
