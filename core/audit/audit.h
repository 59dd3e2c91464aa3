#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace sd::core {

/// One line of the append-only audit trail.
struct AuditEntry {
    qint64 id = 0;
    qint64 at = 0;          ///< ms since the epoch
    qint64 actorId = 0;
    QString actorLogin;
    QString table;
    qint64 recordId = 0;
    QString action;         ///< "create", "update", a workflow transition, "forbidden:<action>" …
    QString field;          ///< empty for whole-record entries
    QString oldValue;
    QString newValue;
};

namespace audit {
/// Appends one entry in the current transaction (if any).
Status append(const Database &db, const Session &who, const QString &table, qint64 recordId,
              const QString &action, const QString &field = {}, const QVariant &oldValue = {},
              const QVariant &newValue = {});
/// The trail of one record, oldest first.
Result<QList<AuditEntry>> forRecord(const Database &db, const QString &table, qint64 recordId);
/// The most recent entries of the whole database (newest first), for the admin view.
Result<QList<AuditEntry>> recent(const Database &db, int limit);
/// A value as the trail stores it (dates ISO, bools 0/1, null empty).
QString toText(const QVariant &value);
} // namespace audit

} // namespace sd::core
