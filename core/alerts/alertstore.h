#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sd::core {

/// The kinds of alert AlertStore::text() knows how to word, with their arguments.
namespace alertkind {
/// A valid complaint from a key customer. Args: complaint no., customer name, description.
inline constexpr QLatin1String ComplaintKeyCustomer{"complaint.key_customer"};
/// The monthly complaint report is due. Args: month "YYYY-MM", deadline "YYYY-MM-DD HH:mm".
inline constexpr QLatin1String ComplaintReportDue{"complaint.report_due"};
/// The business calendar has no holidays for a coming year. Args: the year.
inline constexpr QLatin1String CalendarHolidaysMissing{"calendar.holidays_missing"};
} // namespace alertkind

/// One line on someone's desk: "a key customer complained", "the monthly report is due" …
struct Alert {
    qint64 id = 0;
    qint64 recipientId = 0;
    QString kind;          ///< e.g. "complaint.key_customer", "complaint.report_due"
    QString recordType;    ///< the table the alert is about (may be empty)
    qint64 recordId = 0;
    QStringList args;      ///< the kind's arguments (empty for alerts stored as text only)
    QString text;          ///< stored text, in the language of the moment it was raised (fallback)
    qint64 createdAt = 0;
    qint64 createdBy = 0;  ///< 0 when raised by the system
    qint64 readAt = 0;     ///< 0 while unread
};

/// The generic in-app alert store (table `alerts`). Raising joins the caller's transaction;
/// each raise is recorded in the audit trail of the record it is about.
class AlertStore final
{
public:
    explicit AlertStore(Database db) : m_db(std::move(db)) {}

    /// Raises one alert of a known `kind` (see alertkind) for `recipientId`, keeping the kind's
    /// arguments so each reader sees it in their language; returns its id.
    Result<qint64> raise(const Session &by, qint64 recipientId, const QString &kind,
                         const QString &recordType, qint64 recordId, const QStringList &args) const;
    /// What the alert says in the current language: worded from its kind and arguments, or
    /// its stored text for alerts stored as text only (and kinds this program does not know).
    static QString text(const Alert &alert);
    /// True when an alert of `kind` about the record already exists for the recipient.
    Result<bool> exists(qint64 recipientId, const QString &kind, const QString &recordType,
                        qint64 recordId) const;
    /// The recipient's alerts, newest first (unread only when asked).
    Result<QList<Alert>> forRecipient(qint64 recipientId, bool unreadOnly, int limit = 200) const;
    Result<int> unreadCount(qint64 recipientId) const;
    /// Marks the session's own alert read (another person's alert: Forbidden).
    Status markRead(const Session &who, qint64 alertId) const;
    Status markAllRead(const Session &who) const;

private:
    Database m_db;
};

} // namespace sd::core
