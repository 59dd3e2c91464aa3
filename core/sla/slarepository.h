#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"
#include "core/sla/slapolicy.h"

namespace sd::core {

/// The SLA policies in sla_policies. Writes need Action::SlaPolicyEdit, keep the record's
/// version (a stale save is a Conflict) and are audited field by field.
class SlaRepository final
{
public:
    explicit SlaRepository(Database db) : m_db(std::move(db)) {}

    /// Every policy (inactive ones too when asked), by record type, target, then id.
    Result<QList<SlaPolicy>> list(bool includeInactive = true) const;
    Result<SlaPolicy> get(qint64 id) const;
    /// Creates a policy (validated); returns its id.
    Result<qint64> create(const Session &who, const SlaPolicy &policy);
    /// Saves `policy` over the row with its id when policy.version is still current.
    Result<SlaPolicy> save(const Session &who, const SlaPolicy &policy);
    /// Deletes a policy no clock refers to; a used one is refused (deactivate it instead).
    Status remove(const Session &who, qint64 id, int expectedVersion);
    /// The policy a clock for this record type, target and class would use.
    Result<std::optional<SlaPolicy>> match(const QString &recordType, const QString &target,
                                           const SlaClassInfo &info) const;

    /// Inserts defaultSlaPolicies() when the table is empty (no session; used by `init`).
    /// Returns the number inserted.
    static Result<int> seedDefaults(const Database &db, int minutesPerWorkingDay = 540);

private:
    Database m_db;
};

} // namespace sd::core
