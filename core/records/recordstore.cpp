#include "core/records/recordstore.h"

#include "core/audit/audit.h"
#include "core/calendar/businesscalendar.h"
#include "core/calendar/calendarrepository.h"
#include "core/db/settings.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {

const QStringList kBookkeeping = {u"id"_s, u"version"_s, u"created_at"_s, u"created_by"_s,
                                  u"updated_at"_s, u"updated_by"_s};
// Derived columns (a sort key computed from an audited field): written, never audited.
const QStringList kDerived = {u"name_key"_s};

// Compares as the audit trail would show it, so 1 == true and "" == NULL do not count as edits.
bool sameValue(const QVariant &a, const QVariant &b)
{
    return audit::toText(a) == audit::toText(b);
}

Status checkNames(const QString &table, const QVariantMap &values)
{
    if (!isIdentifier(table))
        return fail(ErrorCode::Invalid, u"bad table name"_s);
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!isIdentifier(it.key()) || kBookkeeping.contains(it.key()))
            return fail(ErrorCode::Invalid, u"bad column name: "_s + it.key());
        // The backstop under every service's own field rules: no text that big, and no NUL
        // (it would cut the text in searches and exports), whatever path a value came by.
        if (it.value().typeId() == QMetaType::QString) {
            const QString text = it.value().toString();
            if (text.size() > RecordStore::kTextMax)
                return failInvalid(it.key(), QCoreApplication::translate("sd::core::RecordStore", "“%1” is too long: %2 characters, at most %3.")
                                                 .arg(it.key())
                                                 .arg(text.size())
                                                 .arg(RecordStore::kTextMax));
            if (text.contains(QChar(u'\0')))
                return failInvalid(it.key(), QCoreApplication::translate("sd::core::RecordStore", "“%1” contains a NUL character.").arg(it.key()));
        }
    }
    return {};
}

QVariant storable(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QDate:
        return v.toDate().isValid() ? QVariant(v.toDate().toString(Qt::ISODate)) : QVariant();
    case QMetaType::Bool:
        return v.toBool() ? 1 : 0;
    default:
        return v;
    }
}
} // namespace

bool isIdentifier(const QString &name)
{
    static const QRegularExpression re(u"^[a-z_][a-z0-9_]*$"_s);
    return re.match(name).hasMatch();
}

Result<qint64> RecordStore::insert(const Session &who, const QString &table, const QVariantMap &values,
                                   const QString &action)
{
    if (auto ok = checkNames(table, values); !ok)
        return std::unexpected(ok.error());
    QStringList cols;
    QStringList marks;
    QVariantList binds;
    for (auto it = values.begin(); it != values.end(); ++it) {
        cols << it.key();
        marks << u"?"_s;
        binds << storable(it.value());
    }
    const qint64 now = Database::nowMs();
    const QVariant actor = who.staffId > 0 ? QVariant(who.staffId) : QVariant();
    cols << u"version"_s << u"created_at"_s << u"created_by"_s << u"updated_at"_s << u"updated_by"_s;
    marks << u"1"_s << u"?"_s << u"?"_s << u"?"_s << u"?"_s;
    binds << now << actor << now << actor;
    auto id = m_db.insertReturningId(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, cols.join(u", "_s),
                                                                               marks.join(u", "_s)),
                                     binds);
    if (!id)
        return id;
    if (!action.isEmpty()) {
        if (auto ok = audit::append(m_db, who, table, *id, action); !ok)
            return std::unexpected(ok.error());
    }
    return id;
}

Result<QVariantMap> RecordStore::load(const QString &table, qint64 id) const
{
    if (!isIdentifier(table))
        return fail(ErrorCode::Invalid, u"bad table name"_s);
    auto q = m_db.exec(u"SELECT * FROM %1 WHERE id = ?"_s.arg(table), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::RecordStore", "The record no longer exists (it may have been deleted)."));
    return rowMap(*q);
}

Error RecordStore::conflictError(const QString &table, qint64 id) const
{
    auto q = m_db.exec(u"SELECT t.updated_at, s.display_name, s.login FROM %1 t "
                       "LEFT JOIN staff s ON s.id = t.updated_by WHERE t.id = ?"_s.arg(table),
                       {id});
    if (!q || !q->next())
        return Error::make(ErrorCode::NotFound, QCoreApplication::translate("sd::core::RecordStore", "The record no longer exists (it may have been deleted)."));
    // In the center's time zone (the calendar's), as the desk shows times, not the machine's.
    QTimeZone zone = BusinessCalendar::defaultTimeZone();
    if (auto id = settings::get(m_db, CalendarRepository::timeZoneKey()); id && !id->trimmed().isEmpty())
        if (const QTimeZone configured(id->trimmed().toUtf8()); configured.isValid())
            zone = configured;
    const QString when = QDateTime::fromMSecsSinceEpoch(q->value(0).toLongLong(), zone)
                             .toString(u"yyyy-MM-dd HH:mm:ss"_s);
    QString name = q->value(1).toString();
    if (name.isEmpty())
        name = QCoreApplication::translate("sd::core::RecordStore", "another user");
    return Error::make(ErrorCode::Conflict,
                       QCoreApplication::translate("sd::core::RecordStore", "%1 changed this record at %2 after you opened it. Your changes were not "
                          "saved; compare and choose which values to keep.")
                           .arg(name, when));
}

Result<int> RecordStore::update(const Session &who, const QString &table, qint64 id, int expectedVersion,
                                const QVariantMap &changes, const QString &action)
{
    if (auto ok = checkNames(table, changes); !ok)
        return std::unexpected(ok.error());
    auto current = load(table, id);
    if (!current)
        return std::unexpected(current.error());
    const int version = current->value(u"version"_s).toInt();
    if (version != expectedVersion)
        return std::unexpected(conflictError(table, id));

    QStringList sets;
    QVariantList binds;
    QList<std::tuple<QString, QVariant, QVariant>> diffs;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!current->contains(it.key()))
            return fail(ErrorCode::Invalid, u"unknown column: "_s + it.key());
        const QVariant newValue = storable(it.value());
        const QVariant oldValue = current->value(it.key());
        if (sameValue(oldValue, newValue))
            continue;
        sets << it.key() + u" = ?"_s;
        binds << newValue;
        diffs.append({it.key(), oldValue, newValue});
    }
    if (sets.isEmpty())
        return version;
    sets << u"version = version + 1"_s << u"updated_at = ?"_s << u"updated_by = ?"_s;
    binds << Database::nowMs() << (who.staffId > 0 ? QVariant(who.staffId) : QVariant()) << id << expectedVersion;
    auto q = m_db.exec(u"UPDATE %1 SET %2 WHERE id = ? AND version = ?"_s.arg(table, sets.join(u", "_s)), binds);
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return std::unexpected(conflictError(table, id));
    for (const auto &[field, oldValue, newValue] : diffs) {
        if (kDerived.contains(field))
            continue;
        if (auto ok = audit::append(m_db, who, table, id, action, field, oldValue, newValue); !ok)
            return std::unexpected(ok.error());
    }
    return version + 1;
}

Status RecordStore::remove(const Session &who, const QString &table, qint64 id, int expectedVersion,
                           const QString &action)
{
    auto current = load(table, id);
    if (!current)
        return std::unexpected(current.error());
    if (current->value(u"version"_s).toInt() != expectedVersion)
        return std::unexpected(conflictError(table, id));
    auto q = m_db.exec(u"DELETE FROM %1 WHERE id = ? AND version = ?"_s.arg(table), {id, expectedVersion});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return std::unexpected(conflictError(table, id));
    for (auto it = current->begin(); it != current->end(); ++it) {
        if (kBookkeeping.contains(it.key()) || kDerived.contains(it.key()) || it.value().isNull())
            continue;
        if (auto ok = audit::append(m_db, who, table, id, action, it.key(), it.value(), QVariant()); !ok)
            return ok;
    }
    return {};
}

} // namespace sd::core
