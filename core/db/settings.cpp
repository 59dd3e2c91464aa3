#include "core/db/settings.h"

#include "core/audit/audit.h"

using namespace Qt::StringLiterals;

namespace sd::core::settings {

Result<QString> get(const Database &db, const QString &key, const QString &fallback)
{
    auto v = db.scalar(u"SELECT value FROM settings WHERE key = ?"_s, {key});
    if (!v)
        return std::unexpected(v.error());
    return v->isValid() && !v->isNull() ? v->toString() : fallback;
}

Result<QVariant> put(const Database &db, const Session &who, const QString &key, const QString &value)
{
    const QVariant actor = who.staffId > 0 ? QVariant(who.staffId) : QVariant();
    auto q = db.exec(u"SELECT value FROM settings WHERE key = ?"_s, {key});
    if (!q)
        return std::unexpected(q.error());
    const qint64 now = Database::nowMs();
    if (q->next()) {
        const QVariant old = q->value(0);
        q->finish();
        if (old.toString() == value)
            return old;
        auto u = db.exec(u"UPDATE settings SET value = ?, version = version + 1, updated_at = ?, "
                         "updated_by = ? WHERE key = ?"_s,
                         {value, now, actor, key});
        if (!u)
            return std::unexpected(u.error());
        if (auto ok = audit::append(db, who, u"settings"_s, 0, u"update"_s, key, old, value); !ok)
            return std::unexpected(ok.error());
        return old;
    }
    q->finish();
    auto i = db.exec(u"INSERT INTO settings (key, value, version, created_at, created_by, updated_at, "
                     "updated_by) VALUES (?, ?, 1, ?, ?, ?, ?)"_s,
                     {key, value, now, actor, now, actor});
    if (!i)
        return std::unexpected(i.error());
    if (auto ok = audit::append(db, who, u"settings"_s, 0, u"create"_s, key, QVariant(), value); !ok)
        return std::unexpected(ok.error());
    return QVariant();
}

} // namespace sd::core::settings
