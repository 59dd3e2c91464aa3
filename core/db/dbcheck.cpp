#include "core/db/dbcheck.h"

#include "core/auth/permissions.h"
#include "core/db/migrations.h"
#include "core/db/numbers.h"
#include "core/db/pinyin.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {

Result<CheckFinding> integrity(const Database &db)
{
    CheckFinding f{u"integrity"_s, true, {}};
    if (db.dialect() == Dialect::SQLite) {
        auto q = db.exec(u"PRAGMA integrity_check"_s);
        if (!q)
            return std::unexpected(q.error());
        QStringList problems;
        while (q->next())
            if (q->value(0).toString() != u"ok"_s && problems.size() < 5)
                problems << q->value(0).toString();
        f.ok = problems.isEmpty();
        f.detail = f.ok ? QCoreApplication::translate("sd::core::DbCheck", "SQLite's integrity check: ok") : problems.join(u"; "_s);
        return f;
    }
    auto v = db.scalar(u"SELECT COUNT(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                       "AND NOT i.indisvalid"_s);
    if (!v)
        return std::unexpected(v.error());
    f.ok = v->toInt() == 0;
    f.detail = f.ok ? QCoreApplication::translate("sd::core::DbCheck", "every index valid") : QCoreApplication::translate("sd::core::DbCheck", "%1 invalid index(es): rebuild them with REINDEX").arg(v->toInt());
    return f;
}

Result<CheckFinding> foreignKeys(const Database &db)
{
    CheckFinding f{u"foreign_keys"_s, true, {}};
    if (db.dialect() != Dialect::SQLite) {
        f.detail = QCoreApplication::translate("sd::core::DbCheck", "enforced by PostgreSQL");
        return f;
    }
    auto q = db.exec(u"PRAGMA foreign_key_check"_s);
    if (!q)
        return std::unexpected(q.error());
    int count = 0;
    QStringList first;
    while (q->next()) {
        ++count;
        if (first.size() < 5)
            first << u"%1 #%2 → %3"_s.arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString());
    }
    f.ok = count == 0;
    f.detail = f.ok ? QCoreApplication::translate("sd::core::DbCheck", "every reference points to a row") : QCoreApplication::translate("sd::core::DbCheck", "%1 broken reference(s): %2").arg(count).arg(first.join(u", "_s));
    return f;
}

Result<CheckFinding> schema(const Database &db)
{
    CheckFinding f{u"schema"_s, true, {}};
    auto v = schemaVersion(db);
    if (!v)
        return std::unexpected(v.error());
    f.ok = *v == latestSchemaVersion();
    f.detail = QCoreApplication::translate("sd::core::DbCheck", "version %1 of %2").arg(*v).arg(latestSchemaVersion());
    return f;
}

Result<CheckFinding> auditProtected(const Database &db)
{
    CheckFinding f{u"audit_protected"_s, true, {}};
    auto v = db.dialect() == Dialect::SQLite
                 ? db.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' "
                             "AND name IN ('audit_no_update', 'audit_no_delete')"_s)
                 : db.scalar(u"SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'audit_no_change'"_s);
    if (!v)
        return std::unexpected(v.error());
    const int expected = db.dialect() == Dialect::SQLite ? 2 : 1;
    f.ok = v->toInt() == expected;
    f.detail = f.ok ? QCoreApplication::translate("sd::core::DbCheck", "the audit trail refuses updates and deletes") : QCoreApplication::translate("sd::core::DbCheck", "the audit trail's protecting trigger is missing");
    return f;
}

/// Every sequence is at least the highest number of its kind in use.
Result<CheckFinding> sequences(const Database &db)
{
    CheckFinding f{u"number_sequences"_s, true, {}};
    struct Kind {
        QString prefix;
        QString table;
        QString column;
    };
    const QList<Kind> kinds = {{u"hotline:"_s, u"hotline_calls"_s, u"call_no"_s},
                               {u"dispatch:"_s, u"dispatch_jobs"_s, u"job_no"_s},
                               {u"complaint:"_s, u"complaints"_s, u"complaint_no"_s},
                               {u"project:"_s, u"projects"_s, u"project_no"_s}};
    auto q = db.exec(u"SELECT name, value FROM number_sequences ORDER BY name"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<std::pair<QString, qint64>> rows;
    while (q->next())
        rows.append({q->value(0).toString(), q->value(1).toLongLong()});
    q->finish();
    QStringList behind;
    for (const auto &[name, value] : rows) {
        for (const Kind &k : kinds) {
            if (!name.startsWith(k.prefix))
                continue;
            const QString numberPrefix = name.mid(k.prefix.size());
            auto used = numbers::highestWithPrefix(db, k.table, k.column, numberPrefix,
                                                   k.table == u"dispatch_jobs"_s ? u"previous_job_id IS NULL"_s : QString());
            if (!used)
                return std::unexpected(used.error());
            if (*used > value)
                behind << u"%1 (%2 < %3)"_s.arg(name).arg(value).arg(*used);
        }
    }
    f.ok = behind.isEmpty();
    f.detail = f.ok ? QCoreApplication::translate("sd::core::DbCheck", "%1 sequence(s), each ahead of the numbers in use").arg(rows.size())
                    : QCoreApplication::translate("sd::core::DbCheck", "behind the numbers in use, the next record would collide: %1").arg(behind.join(u", "_s));
    return f;
}

/// The stored pinyin keys match the names (a name edited by another tool leaves its key stale).
Result<CheckFinding> nameKeys(const Database &db)
{
    CheckFinding f{u"customer_name_keys"_s, true, {}};
    qint64 after = 0;
    int stale = 0;
    qint64 checked = 0;
    QStringList first;
    for (;;) {
        auto q = db.exec(u"SELECT id, name, name_key FROM customers WHERE id > ? ORDER BY id LIMIT 2000"_s, {after});
        if (!q)
            return std::unexpected(q.error());
        int rows = 0;
        while (q->next()) {
            ++rows;
            after = q->value(0).toLongLong();
            if (q->value(2).toByteArray() != pinyin::sortKey(q->value(1).toString())) {
                ++stale;
                if (first.size() < 5)
                    first << u"#%1"_s.arg(after);
            }
        }
        checked += rows;
        if (rows == 0)
            break;
    }
    f.ok = stale == 0;
    f.detail = f.ok ? QCoreApplication::translate("sd::core::DbCheck", "%1 customer(s), every sort key current").arg(checked)
                    : QCoreApplication::translate("sd::core::DbCheck", "%1 customer(s) with a stale sort key (%2): save them again in the desk").arg(stale).arg(first.join(u", "_s));
    return f;
}

} // namespace

Result<QList<CheckFinding>> checkDatabase(const Database &db, const Session &who)
{
    if (auto ok = requireRoles(db, who, {Role::Administrator}, QCoreApplication::translate("sd::core::DbCheck", "Check the database"), u"-"_s); !ok)
        return std::unexpected(ok.error());
    QList<CheckFinding> out;
    for (auto step : {integrity, foreignKeys, schema, auditProtected, sequences, nameKeys}) {
        auto finding = step(db);
        if (!finding)
            return std::unexpected(finding.error());
        out << *finding;
    }
    return out;
}

} // namespace sd::core
