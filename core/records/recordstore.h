#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"

#include <QStringList>
#include <QVariantMap>

namespace sd::core {

/// Writes versioned records with their audit trail. Table and column names come from code,
/// never from user input (checked); values are always bound. Call inside a Transaction.
class RecordStore final
{
public:
    /// No text value longer than this is stored by any service (each service's own field
    /// rules are stricter; this is the backstop), and none with a NUL character.
    static constexpr int kTextMax = 65536;

    explicit RecordStore(Database db) : m_db(std::move(db)) {}

    /// Inserts a row (version 1, created_/updated_ columns filled) and audits it as `action`.
    Result<qint64> insert(const Session &who, const QString &table, const QVariantMap &values,
                          const QString &action = QStringLiteral("create"));
    /// Updates the columns in `changes` when the row still has `expectedVersion`; otherwise
    /// ErrorCode::Conflict naming who saved it last and when. Each changed field is audited
    /// (field, old, new, action). Returns the new version (unchanged when nothing differs).
    Result<int> update(const Session &who, const QString &table, qint64 id, int expectedVersion,
                       const QVariantMap &changes, const QString &action = QStringLiteral("update"));
    /// The row as a map (column → value), or NotFound.
    Result<QVariantMap> load(const QString &table, qint64 id) const;
    /// Deletes a row whose version matches, auditing its last values.
    Status remove(const Session &who, const QString &table, qint64 id, int expectedVersion,
                  const QString &action = QStringLiteral("delete"));

    /// The Conflict error for a row: "… was changed by <name> at <time> …".
    Error conflictError(const QString &table, qint64 id) const;

private:
    Database m_db;
};

/// True for a safe SQL identifier of our own (lowercase letters, digits, underscore).
bool isIdentifier(const QString &name);

} // namespace sd::core
