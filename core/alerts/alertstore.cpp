#include "core/alerts/alertstore.h"

#include "core/audit/audit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {
Alert readAlert(const QSqlQuery &q)
{
    Alert a;
    a.id = q.value(0).toLongLong();
    a.recipientId = q.value(1).toLongLong();
    a.kind = q.value(2).toString();
    a.recordType = q.value(3).toString();
    a.recordId = q.value(4).toLongLong();
    a.text = q.value(5).toString();
    a.createdAt = q.value(6).toLongLong();
    a.createdBy = q.value(7).toLongLong();
    a.readAt = q.value(8).toLongLong();
    if (const QString args = q.value(9).toString(); !args.isEmpty())
        for (const QJsonValue &v : QJsonDocument::fromJson(args.toUtf8()).array())
            a.args << v.toString();
    return a;
}
const QString kColumns = u"id, recipient_id, kind, record_type, record_id, text, created_at, created_by, read_at, args"_s;

/// The wording of each kind; nullopt for a kind this program does not know.
std::optional<QString> worded(const QString &kind, const QStringList &args)
{
    // The complaint workflow's words keep their context, so existing translations apply.
    if (kind == alertkind::ComplaintKeyCustomer && args.size() == 3)
        return QCoreApplication::translate("sd::core::Complaints", "Valid complaint %1 from key customer %2: %3")
            .arg(args.at(0), args.at(1), args.at(2));
    if (kind == alertkind::ComplaintReportDue && args.size() == 2)
        return QCoreApplication::translate("sd::core::Complaints",
                                           "The monthly complaint analysis report for %1 is due by %2.")
            .arg(args.at(0), args.at(1));
    if (kind == alertkind::CalendarHolidaysMissing && args.size() == 1)
        return QCoreApplication::translate("sd::core::CalendarCoverage",
                                           "The business calendar has no holidays for %1 yet: import the State Council's "
                                           "holiday notice before working-time deadlines reach %1.")
            .arg(args.at(0));
    return std::nullopt;
}
} // namespace

QString AlertStore::text(const Alert &alert)
{
    if (!alert.args.isEmpty())
        if (auto t = worded(alert.kind, alert.args))
            return *t;
    return alert.text;
}

Result<qint64> AlertStore::raise(const Session &by, qint64 recipientId, const QString &kind,
                                 const QString &recordType, qint64 recordId, const QStringList &args) const
{
    if (recipientId <= 0)
        return failInvalid(u"recipient"_s, QCoreApplication::translate("sd::core::AlertStore", "An alert needs a recipient."));
    // The text in the raiser's language is stored too: older programs and unknown kinds show it.
    const std::optional<QString> text = worded(kind, args);
    if (!text || text->trimmed().isEmpty())
        return failInvalid(u"kind"_s, QCoreApplication::translate("sd::core::AlertStore",
                                                                  "Unknown alert kind \"%1\" or wrong arguments.").arg(kind));
    const QString argsJson = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(args)).toJson(QJsonDocument::Compact));
    auto id = m_db.insertReturningId(
        u"INSERT INTO alerts (recipient_id, kind, record_type, record_id, text, args, created_at, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {recipientId, kind, recordType.isEmpty() ? QVariant() : QVariant(recordType),
         recordId > 0 ? QVariant(recordId) : QVariant(), *text, argsJson, Database::nowMs(),
         by.staffId > 0 ? QVariant(by.staffId) : QVariant()});
    if (!id)
        return std::unexpected(id.error());
    if (!recordType.isEmpty())
        if (auto ok = audit::append(m_db, by, recordType, recordId, u"alert:"_s + kind, u"recipient_id"_s, {},
                                    recipientId);
            !ok)
            return std::unexpected(ok.error());
    return *id;
}

Result<bool> AlertStore::exists(qint64 recipientId, const QString &kind, const QString &recordType,
                                qint64 recordId) const
{
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM alerts WHERE recipient_id = ? AND kind = ? "
                         "AND record_type = ? AND record_id = ?"_s,
                         {recipientId, kind, recordType, recordId});
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong() > 0;
}

Result<QList<Alert>> AlertStore::forRecipient(qint64 recipientId, bool unreadOnly, int limit) const
{
    auto q = m_db.exec(u"SELECT %1 FROM alerts WHERE recipient_id = ? %2 ORDER BY id DESC LIMIT ?"_s
                           .arg(kColumns, unreadOnly ? u"AND read_at IS NULL"_s : QString()),
                       {recipientId, limit});
    if (!q)
        return std::unexpected(q.error());
    QList<Alert> out;
    while (q->next())
        out.append(readAlert(*q));
    return out;
}

Result<int> AlertStore::unreadCount(qint64 recipientId) const
{
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM alerts WHERE recipient_id = ? AND read_at IS NULL"_s, {recipientId});
    if (!v)
        return std::unexpected(v.error());
    return v->toInt();
}

Status AlertStore::markRead(const Session &who, qint64 alertId) const
{
    auto owner = m_db.scalar(u"SELECT recipient_id FROM alerts WHERE id = ?"_s, {alertId});
    if (!owner)
        return std::unexpected(owner.error());
    if (!owner->isValid())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::AlertStore", "The alert no longer exists."));
    if (owner->toLongLong() != who.staffId)
        return fail(ErrorCode::Forbidden,
                    QCoreApplication::translate("sd::core::AlertStore", "Only the recipient may mark an alert as read."));
    auto q = m_db.exec(u"UPDATE alerts SET read_at = ? WHERE id = ? AND read_at IS NULL"_s, {Database::nowMs(), alertId});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Status AlertStore::markAllRead(const Session &who) const
{
    auto q = m_db.exec(u"UPDATE alerts SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL"_s,
                       {Database::nowMs(), who.staffId});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace sd::core
