#include "core/firstvisit/digestservice.h"

#include "core/audit/audit.h"
#include "core/auth/permissions.h"
#include "core/csv/csv.h"
#include "core/firstvisit/firstvisitservice.h"
#include "core/firstvisit/firstvisitworkflow.h"
#include "core/firstvisit/schedule.h"
#include "core/records/recordstore.h"
#include "core/workflow/workflow.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sd::core::firstvisit {

DigestDayCount countDigests(const QList<Digest> &digests)
{
    DigestDayCount c;
    for (const Digest &g : digests) {
        // needCount comes with list(), needs with forDay()/get(): the larger is the truth.
        c.needs += std::max(g.needCount, int(g.needs.size()));
        ++c.departments;
    }
    return c;
}

QString digestDaySummary(const QList<Digest> &digests)
{
    const DigestDayCount c = countDigests(digests);
    return QCoreApplication::translate("sd::core::FirstVisit", "%n need(s)", nullptr, c.needs) +
           QCoreApplication::translate("sd::core::FirstVisit", " in %n department(s)", nullptr, c.departments);
}

QString digestStateTitle(const QString &state)
{
    if (state == u"ready"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Ready to hand off");
    if (state == u"handed_off"_s)
        return QCoreApplication::translate("sd::core::FirstVisit", "Handed off");
    return QCoreApplication::translate("sd::core::FirstVisit", "Today so far (closes at the end of the working day)");
}

DigestService::DigestService(Database db, BusinessCalendar calendar)
    : m_db(std::move(db)), m_calendar(std::move(calendar))
{
}

Result<int> DigestService::buildDue(qint64 nowMs)
{
    QList<QDate> days;
    {
        auto q = m_db.exec(u"SELECT DISTINCT work_day FROM first_visit_needs WHERE digest_id IS NULL AND "
                           "work_day IS NOT NULL ORDER BY work_day"_s);
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            const QDate d = QDate::fromString(q->value(0).toString(), Qt::ISODate);
            const qint64 closing = closingTime(m_calendar, d);
            if (d.isValid() && closing > 0 && closing <= nowMs)
                days << d;
        }
    }
    if (days.isEmpty())
        return 0;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    const Session system{0, u"system"_s, u"system"_s, {}};
    int written = 0;
    for (const QDate &day : std::as_const(days)) {
        const QString dayText = day.toString(Qt::ISODate);
        QList<std::pair<qint64, int>> departments;
        {
            auto q = m_db.exec(u"SELECT department_id, COUNT(*) FROM first_visit_needs WHERE digest_id IS NULL AND "
                               "work_day = ? GROUP BY department_id ORDER BY department_id"_s,
                               {dayText});
            if (!q)
                return std::unexpected(q.error());
            while (q->next())
                departments.append({q->value(0).toLongLong(), q->value(1).toInt()});
        }
        for (const auto &[departmentId, count] : departments) {
            auto existing = m_db.scalar(u"SELECT id FROM first_visit_digests WHERE work_day = ? AND department_id = ?"_s,
                                        {dayText, departmentId});
            if (!existing)
                return std::unexpected(existing.error());
            qint64 digestId = existing->toLongLong();
            if (digestId > 0) {
                auto q = m_db.exec(u"UPDATE first_visit_digests SET need_count = need_count + ? WHERE id = ?"_s,
                                   {count, digestId});
                if (!q)
                    return std::unexpected(q.error());
            } else {
                auto head = m_db.scalar(u"SELECT head_id FROM departments WHERE id = ?"_s, {departmentId});
                if (!head)
                    return std::unexpected(head.error());
                auto id = RecordStore(m_db).insert(system, u"first_visit_digests"_s,
                                                   {{u"work_day"_s, dayText},
                                                    {u"department_id"_s, departmentId},
                                                    {u"head_id"_s, head->isNull() ? QVariant() : *head},
                                                    {u"need_count"_s, count},
                                                    {u"built_at"_s, nowMs},
                                                    {u"state"_s, u"ready"_s}},
                                                   u"build"_s);
                if (!id)
                    return std::unexpected(id.error());
                digestId = *id;
                ++written;
            }
            auto q = m_db.exec(u"UPDATE first_visit_needs SET digest_id = ? WHERE digest_id IS NULL AND work_day = ? "
                               "AND department_id = ?"_s,
                               {digestId, dayText, departmentId});
            if (!q)
                return std::unexpected(q.error());
        }
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return written;
}

Result<QList<Digest>> DigestService::readDigests(const QString &where, const QVariantList &binds,
                                                 const QString &tail) const
{
    auto q = m_db.exec(u"SELECT g.id, g.version, g.work_day, g.department_id, d.name, g.head_id, h.display_name, g.state, "
                       "g.built_at, g.handed_off_at, b.display_name, g.need_count FROM first_visit_digests g "
                       "JOIN departments d ON d.id = g.department_id LEFT JOIN staff h ON h.id = g.head_id "
                       "LEFT JOIN staff b ON b.id = g.handed_off_by WHERE "_s + where + u" "_s + tail,
                       binds);
    if (!q)
        return std::unexpected(q.error());
    QList<Digest> out;
    while (q->next()) {
        Digest g;
        g.id = q->value(0).toLongLong();
        g.version = q->value(1).toInt();
        g.day = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        g.departmentId = q->value(3).toLongLong();
        g.departmentName = q->value(4).toString();
        g.headId = q->value(5).toLongLong();
        g.headName = q->value(6).toString();
        g.state = q->value(7).toString();
        g.builtAt = q->value(8).toLongLong();
        g.handedOffAt = q->value(9).toLongLong();
        g.handedOffByName = q->value(10).toString();
        g.needCount = q->value(11).toInt();
        out.append(g);
    }
    return out;
}

Result<QList<Digest>> DigestService::forDay(const QDate &day, qint64 departmentId, qint64 nowMs)
{
    if (auto built = buildDue(nowMs); !built)
        return std::unexpected(built.error());
    const QString dayText = day.toString(Qt::ISODate);
    auto stored = readDigests(u"g.work_day = ? AND (? = 0 OR g.department_id = ?)"_s, {dayText, departmentId, departmentId},
                              u"ORDER BY d.id"_s);
    if (!stored)
        return stored;
    for (Digest &g : *stored) {
        auto needs = readNeedsWhere(m_db, u"n.digest_id = ?"_s, {g.id});
        if (!needs)
            return std::unexpected(needs.error());
        g.needs = *needs;
    }
    // Needs of a day not closed yet: previews per department.
    auto pending = readNeedsWhere(m_db, u"n.digest_id IS NULL AND n.work_day = ? AND (? = 0 OR n.department_id = ?)"_s,
                                  {dayText, departmentId, departmentId});
    if (!pending)
        return std::unexpected(pending.error());
    QList<Digest> previews;
    for (const Need &n : std::as_const(*pending)) {
        auto it = std::find_if(previews.begin(), previews.end(),
                               [&](const Digest &g) { return g.departmentId == n.departmentId; });
        if (it == previews.end()) {
            Digest g;
            g.day = day;
            g.departmentId = n.departmentId;
            g.departmentName = n.departmentName;
            auto head = m_db.exec(u"SELECT d.head_id, s.display_name FROM departments d LEFT JOIN staff s ON "
                                  "s.id = d.head_id WHERE d.id = ?"_s,
                                  {n.departmentId});
            if (!head)
                return std::unexpected(head.error());
            if (head->next()) {
                g.headId = head->value(0).toLongLong();
                g.headName = head->value(1).toString();
            }
            while (head->next()) {
            }
            previews.append(g);
            it = previews.end() - 1;
        }
        it->needs.append(n);
        it->needCount = int(it->needs.size());
    }
    std::sort(previews.begin(), previews.end(),
              [](const Digest &a, const Digest &b) { return a.departmentId < b.departmentId; });
    stored->append(previews);
    return stored;
}

Result<QList<Digest>> DigestService::list(int limit, qint64 departmentId) const
{
    return readDigests(u"(? = 0 OR g.department_id = ?)"_s, {departmentId, departmentId},
                       u"ORDER BY g.work_day DESC, g.department_id LIMIT %1"_s.arg(qBound(1, limit, 100000)));
}

Result<Digest> DigestService::get(qint64 digestId) const
{
    auto rows = readDigests(u"g.id = ?"_s, {digestId}, {});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("sd::core::FirstVisit", "Digest %1 does not exist.").arg(digestId));
    Digest g = rows->first();
    auto needs = readNeedsWhere(m_db, u"n.digest_id = ?"_s, {digestId});
    if (!needs)
        return std::unexpected(needs.error());
    g.needs = *needs;
    return g;
}

namespace {

using workflow::ActContext;

// The digest goes to its department's head: that person (whatever roles they hold), or an
// administrator, takes it.
std::shared_ptr<const workflow::Guard> digestHead()
{
    static const auto guard = std::make_shared<const workflow::Guard>(workflow::Guard{
        u"digest_head"_s,
        [](const Session &session, const QVariantMap &digest) {
            const qint64 head = digest.value(u"head_id"_s).toLongLong();
            return session.has(Role::Administrator) || (head > 0 && head == session.staffId);
        },
        [](const Database &db, const QVariantMap &digest) {
            QString head, department;
            if (auto q = db.exec(u"SELECT d.name, h.display_name FROM departments d LEFT JOIN staff h ON h.id = ? "
                                 "WHERE d.id = ?"_s,
                                 {digest.value(u"head_id"_s), digest.value(u"department_id"_s)});
                q && q->next()) {
                department = q->value(0).toString();
                head = q->value(1).toString();
                while (q->next()) {
                }
            }
            return QCoreApplication::translate("sd::core::FirstVisit",
                                               "This digest is for %1, the head of %2: only they (or an administrator) "
                                               "can take the hand-off.")
                .arg(head.isEmpty() ? QCoreApplication::translate("sd::core::FirstVisit", "nobody yet") : head, department);
        }});
    return guard;
}

// Handed off: the first visits of this digest whose needs are now all handed off move on.
Status handOffVisits(ActContext &ctx)
{
    QList<std::pair<qint64, int>> ready;
    {
        auto q = ctx.db.exec(u"SELECT fv.id, fv.version FROM first_visits fv WHERE fv.state = 'needs_recorded' AND "
                             "fv.id IN (SELECT first_visit_id FROM first_visit_needs WHERE digest_id = ?) AND NOT EXISTS "
                             "(SELECT 1 FROM first_visit_needs n LEFT JOIN first_visit_digests d ON d.id = n.digest_id "
                             "WHERE n.first_visit_id = fv.id AND (d.id IS NULL OR d.state <> 'handed_off')) ORDER BY fv.id"_s,
                             {ctx.before.value(u"id"_s)});
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            ready.append({q->value(0).toLongLong(), q->value(1).toInt()});
    }
    FirstVisitService visits(ctx.db, *ctx.calendar);
    for (const auto &[id, version] : ready)
        if (auto r = visits.handOff(ctx.session, id, version); !r)
            return std::unexpected(r.error());
    return {};
}

const workflow::Definition &digestWorkflow()
{
    const RoleSet &anyone = everyRole();
    static const workflow::TransitionTable table(
        u"first_visit_digests"_s,
        {
            workflow::Transition{u"ready"_s, u"hand_off"_s, u"handed_off"_s, anyone, {}}
                .stamp({u"handed_off_at"_s})
                .stampBy({u"handed_off_by"_s})
                .guardedBy(digestHead()),
        },
        {[](const QString &s) { return digestStateTitle(s); },
         [](const QString &) { return QCoreApplication::translate("sd::core::FirstVisit", "Hand off"); }, {}});
    static const workflow::Definition definition{table, {{u"hand_off"_s, {{}, {}, handOffVisits}}}, {}, {}};
    return definition;
}

} // namespace

const workflow::TransitionTable &digestTable() { return digestWorkflow().table; }

QVariantMap Digest::record() const
{
    return {{u"id"_s, id}, {u"version"_s, version}, {u"state"_s, state}, {u"department_id"_s, departmentId},
            {u"head_id"_s, headId}};
}

Result<Digest> DigestService::handOff(const Session &who, qint64 digestId, int expectedVersion)
{
    auto r = workflow::act(m_db, who, digestWorkflow(), {digestId, expectedVersion, u"hand_off"_s, {}}, &m_calendar);
    if (!r)
        return std::unexpected(r.error());
    return get(digestId);
}

QByteArray DigestService::toCsv(const QList<Digest> &digests)
{
    CsvWriter csv;
    csv.addRow({QCoreApplication::translate("sd::core::FirstVisit", "Working day"),
                QCoreApplication::translate("sd::core::FirstVisit", "Department"),
                QCoreApplication::translate("sd::core::FirstVisit", "Head"),
                QCoreApplication::translate("sd::core::FirstVisit", "Digest state"),
                QCoreApplication::translate("sd::core::FirstVisit", "Need"),
                QCoreApplication::translate("sd::core::FirstVisit", "Customer"),
                QCoreApplication::translate("sd::core::FirstVisit", "Contact"),
                QCoreApplication::translate("sd::core::FirstVisit", "Phone"),
                QCoreApplication::translate("sd::core::FirstVisit", "Kind"),
                QCoreApplication::translate("sd::core::FirstVisit", "Description"),
                QCoreApplication::translate("sd::core::FirstVisit", "Recorded by"),
                QCoreApplication::translate("sd::core::FirstVisit", "Need state")});
    for (const Digest &g : digests)
        for (const Need &n : g.needs)
            csv.addRow({g.day.toString(Qt::ISODate), g.departmentName, g.headName, digestStateTitle(g.state),
                        QString::number(n.id), n.customerName, n.contact, n.phone, needTypeTitle(n.type),
                        n.description, n.recordedByName, needStateTitle(n.state)});
    return QByteArray("\xEF\xBB\xBF") + csv.text().toUtf8();
}

} // namespace sd::core::firstvisit
