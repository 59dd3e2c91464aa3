#include "core/sla/slarepository.h"

#include "core/audit/audit.h"
#include "core/auth/permissions.h"
#include "core/records/recordstore.h"

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {
const QString kTable = u"sla_policies"_s;
const QString kColumns = u"id, record_type, target, severity, customer_class, contract_type, "
                         "region_class, minutes, measure, warn_percent, active, name, version"_s;

QVariant textOrNull(const QString &s)
{
    return s.trimmed().isEmpty() ? QVariant() : QVariant(s.trimmed());
}

SlaPolicy readPolicy(const QSqlQuery &q)
{
    SlaPolicy p;
    p.id = q.value(0).toLongLong();
    p.recordType = q.value(1).toString();
    p.target = q.value(2).toString();
    if (!q.value(3).isNull())
        p.severity = q.value(3).toInt();
    p.customerClass = q.value(4).toString();
    p.contractType = q.value(5).toString();
    p.regionClass = q.value(6).toString();
    p.minutes = q.value(7).toInt();
    p.measure = slaMeasureFromKey(q.value(8).toString()).value_or(SlaMeasure::Working);
    p.warnPercent = q.value(9).toInt();
    p.active = q.value(10).toInt() != 0;
    p.name = q.value(11).toString();
    p.version = q.value(12).toInt();
    return p;
}

QVariantMap columnsOf(const SlaPolicy &p)
{
    return {
        {u"record_type"_s, p.recordType.trimmed()},
        {u"target"_s, p.target.trimmed()},
        {u"severity"_s, p.severity ? QVariant(*p.severity) : QVariant()},
        {u"customer_class"_s, textOrNull(p.customerClass)},
        {u"contract_type"_s, textOrNull(p.contractType)},
        {u"region_class"_s, textOrNull(p.regionClass)},
        {u"minutes"_s, p.minutes},
        {u"measure"_s, slaMeasureKey(p.measure)},
        {u"warn_percent"_s, p.warnPercent},
        {u"active"_s, p.active ? 1 : 0},
        {u"name"_s, textOrNull(p.name)},
    };
}
} // namespace

Result<QList<SlaPolicy>> SlaRepository::list(bool includeInactive) const
{
    auto q = m_db.exec(u"SELECT %1 FROM sla_policies ORDER BY record_type, target, id"_s.arg(kColumns));
    if (!q)
        return std::unexpected(q.error());
    QList<SlaPolicy> out;
    while (q->next()) {
        SlaPolicy p = readPolicy(*q);
        if (includeInactive || p.active)
            out.append(p);
    }
    return out;
}

Result<SlaPolicy> SlaRepository::get(qint64 id) const
{
    auto q = m_db.exec(u"SELECT %1 FROM sla_policies WHERE id = ?"_s.arg(kColumns), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next()) {
        return fail(ErrorCode::NotFound, QCoreApplication::translate(
            "sd::core::SlaRepository", "The service-level policy no longer exists."));
    }
    return readPolicy(*q);
}

Result<qint64> SlaRepository::create(const Session &who, const SlaPolicy &policy)
{
    if (auto ok = policy.validate(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = require(m_db, who, Action::SlaPolicyEdit, kTable); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto id = RecordStore(m_db).insert(who, kTable, columnsOf(policy));
    if (!id)
        return id;
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<SlaPolicy> SlaRepository::save(const Session &who, const SlaPolicy &policy)
{
    if (auto ok = policy.validate(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = require(m_db, who, Action::SlaPolicyEdit, kTable, policy.id); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto version = RecordStore(m_db).update(who, kTable, policy.id, policy.version, columnsOf(policy));
    if (!version)
        return std::unexpected(version.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return get(policy.id);
}

Status SlaRepository::remove(const Session &who, qint64 id, int expectedVersion)
{
    if (auto ok = require(m_db, who, Action::SlaPolicyEdit, kTable, id); !ok)
        return ok;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto used = m_db.scalar(u"SELECT COUNT(*) FROM sla_clocks WHERE policy_id = ?"_s, {id});
    if (!used)
        return std::unexpected(used.error());
    if (used->toLongLong() > 0) {
        return fail(ErrorCode::NotAllowedInState, QCoreApplication::translate(
            "sd::core::SlaRepository", "Deadlines already computed with this policy refer to it; "
            "deactivate the policy instead of deleting it."));
    }
    if (auto ok = RecordStore(m_db).remove(who, kTable, id, expectedVersion); !ok)
        return ok;
    return tx->commit();
}

Result<std::optional<SlaPolicy>> SlaRepository::match(const QString &recordType, const QString &target,
                                                      const SlaClassInfo &info) const
{
    auto all = list(false);
    if (!all)
        return std::unexpected(all.error());
    return matchSlaPolicy(*all, recordType, target, info);
}

Result<int> SlaRepository::seedDefaults(const Database &db, int minutesPerWorkingDay)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    auto count = db.scalar(u"SELECT COUNT(*) FROM sla_policies"_s);
    if (!count)
        return std::unexpected(count.error());
    if (count->toLongLong() > 0) {
        // Nothing to do; committing (not rolling back) keeps an enclosing transaction usable.
        if (auto ok = tx->commit(); !ok)
            return std::unexpected(ok.error());
        return 0;
    }
    Session system;
    system.login = u"init"_s;
    RecordStore store(db);
    int inserted = 0;
    for (const auto &p : defaultSlaPolicies(minutesPerWorkingDay)) {
        auto id = store.insert(system, kTable, columnsOf(p), u"seed"_s);
        if (!id)
            return std::unexpected(id.error());
        ++inserted;
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return inserted;
}

} // namespace sd::core
