#include "core/audit/audit.h"

#include <QDate>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd::core::audit {

QString toText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODateWithMs);
    case QMetaType::Bool:
        return value.toBool() ? u"1"_s : u"0"_s;
    default:
        return value.toString();
    }
}

Status append(const Database &db, const Session &who, const QString &table, qint64 recordId,
              const QString &action, const QString &field, const QVariant &oldValue,
              const QVariant &newValue)
{
    const QString oldText = toText(oldValue);
    const QString newText = toText(newValue);
    auto q = db.exec(u"INSERT INTO audit (at, actor_id, actor_login, table_name, record_id, action, "
                     "field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {Database::nowMs(), who.staffId > 0 ? QVariant(who.staffId) : QVariant(),
                      who.login, table, recordId > 0 ? QVariant(recordId) : QVariant(), action,
                      field.isEmpty() ? QVariant() : QVariant(field),
                      oldValue.isNull() ? QVariant() : QVariant(oldText),
                      newValue.isNull() ? QVariant() : QVariant(newText)});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

namespace {
Result<QList<AuditEntry>> readEntries(Result<QSqlQuery> q)
{
    if (!q)
        return std::unexpected(q.error());
    QList<AuditEntry> out;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = q->value(1).toLongLong();
        e.actorId = q->value(2).toLongLong();
        e.actorLogin = q->value(3).toString();
        e.table = q->value(4).toString();
        e.recordId = q->value(5).toLongLong();
        e.action = q->value(6).toString();
        e.field = q->value(7).toString();
        e.oldValue = q->value(8).toString();
        e.newValue = q->value(9).toString();
        out.append(e);
    }
    return out;
}
const QString kColumns = u"id, at, actor_id, actor_login, table_name, record_id, action, field, "
                         "old_value, new_value"_s;
} // namespace

Result<QList<AuditEntry>> forRecord(const Database &db, const QString &table, qint64 recordId)
{
    return readEntries(db.exec(u"SELECT "_s + kColumns +
                                   u" FROM audit WHERE table_name = ? AND record_id = ? ORDER BY id"_s,
                               {table, recordId}));
}

Result<QList<AuditEntry>> recent(const Database &db, int limit)
{
    return readEntries(db.exec(u"SELECT "_s + kColumns + u" FROM audit ORDER BY id DESC LIMIT ?"_s, {limit}));
}

} // namespace sd::core::audit
