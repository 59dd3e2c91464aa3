#include "core/hotline/dutyroster.h"

#include "core/audit/audit.h"
#include "core/auth/permissions.h"
#include "core/records/recordstore.h"

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {
const QString kTable = u"hotline_shifts"_s;

const QString kSelect = u"SELECT h.id, h.version, h.staff_id, s.display_name, h.day, h.starts, h.ends, h.on_call, h.note "
                        "FROM hotline_shifts h JOIN staff s ON s.id = h.staff_id "_s;

DutyShift fromQuery(const QSqlQuery &q)
{
    DutyShift s;
    s.id = q.value(0).toLongLong();
    s.version = q.value(1).toInt();
    s.staffId = q.value(2).toLongLong();
    s.staffName = q.value(3).toString();
    s.day = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    s.starts = QTime::fromString(q.value(5).toString(), u"HH:mm"_s);
    s.ends = QTime::fromString(q.value(6).toString(), u"HH:mm"_s);
    s.onCall = q.value(7).toInt() != 0;
    s.note = q.value(8).toString();
    return s;
}

Result<QList<DutyShift>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return std::unexpected(q.error());
    QList<DutyShift> out;
    while (q->next())
        out << fromQuery(*q);
    return out;
}

// Minutes of the week-independent day line a shift covers on its own day: [start, end) with
// end 1440 + ends for an overnight shift.
std::pair<int, int> span(const DutyShift &s)
{
    const int a = s.starts.hour() * 60 + s.starts.minute();
    int b = s.ends.hour() * 60 + s.ends.minute();
    if (b <= a)
        b += 24 * 60;
    return {a, b};
}

bool covers(const DutyShift &s, const QDate &day, int minute)
{
    const auto [a, b] = span(s);
    if (s.day == day)
        return minute >= a && minute < b;
    if (s.day.addDays(1) == day && b > 24 * 60)
        return minute + 24 * 60 < b;
    return false;
}

Status validate(const Database &db, const DutyShift &s)
{
    if (s.staffId <= 0)
        return failInvalid(u"staff_id"_s, QCoreApplication::translate("sd::core::DutyRoster", "Choose who is on duty."));
    if (!s.day.isValid())
        return failInvalid(u"day"_s, QCoreApplication::translate("sd::core::DutyRoster", "The shift needs a date."));
    if (!s.starts.isValid() || !s.ends.isValid())
        return failInvalid(u"time"_s, QCoreApplication::translate("sd::core::DutyRoster", "The shift needs a start and an end time."));
    if (s.starts == s.ends)
        return failInvalid(u"time"_s, QCoreApplication::translate("sd::core::DutyRoster", "A shift cannot start and end at the same time."));
    auto roles = db.exec(u"SELECT COUNT(*) FROM staff_roles WHERE staff_id = ? AND role IN (?, ?)"_s,
                         {s.staffId, roleKey(Role::HotlineOperator), roleKey(Role::ServiceManager)});
    if (!roles)
        return std::unexpected(roles.error());
    if (!roles->next() || roles->value(0).toInt() == 0)
        return failInvalid(u"staff_id"_s, QCoreApplication::translate("sd::core::DutyRoster", "Only hotline operators and service managers go on the duty roster."));
    // No two shifts of one person may overlap (the day before may run over midnight).
    auto others = readAll(db.exec(kSelect + u"WHERE h.staff_id = ? AND h.day IN (?, ?, ?) AND h.id <> ?"_s,
                                  {s.staffId, s.day.addDays(-1).toString(Qt::ISODate), s.day.toString(Qt::ISODate),
                                   s.day.addDays(1).toString(Qt::ISODate), s.id}));
    if (!others)
        return std::unexpected(others.error());
    const auto [a, b] = span(s);
    for (const DutyShift &o : *others) {
        auto [oa, ob] = span(o);
        const int shift = int(s.day.daysTo(o.day)) * 24 * 60;
        oa += shift;
        ob += shift;
        if (a < ob && oa < b)
            return fail(ErrorCode::Conflict, QCoreApplication::translate("sd::core::DutyRoster", "%1 already has a shift %2–%3 on %4 that overlaps this one.")
                                                 .arg(o.staffName, o.starts.toString(u"HH:mm"_s),
                                                      o.ends.toString(u"HH:mm"_s), o.day.toString(Qt::ISODate)));
    }
    return {};
}

QVariantMap values(const DutyShift &s)
{
    return {{u"staff_id"_s, s.staffId},
            {u"day"_s, s.day.toString(Qt::ISODate)},
            {u"starts"_s, s.starts.toString(u"HH:mm"_s)},
            {u"ends"_s, s.ends.toString(u"HH:mm"_s)},
            {u"on_call"_s, s.onCall ? 1 : 0},
            {u"note"_s, s.note.trimmed()}};
}
} // namespace

RoleSet DutyRoster::editRoles() { return {Role::ServiceManager}; }
QString DutyRoster::dutyRequiredKey() { return u"hotline.duty_required"_s; }

Result<qint64> DutyRoster::add(const Session &who, const DutyShift &shift)
{
    if (auto ok = requireRoles(m_db, who, editRoles(), QCoreApplication::translate("sd::core::DutyRoster", "arrange the duty roster"), kTable); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    DutyShift s = shift;
    s.id = 0;
    if (auto ok = validate(m_db, s); !ok)
        return std::unexpected(ok.error());
    auto id = RecordStore(m_db).insert(who, kTable, values(s));
    if (!id)
        return std::unexpected(id.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return *id;
}

Result<DutyShift> DutyRoster::save(const Session &who, const DutyShift &shift)
{
    if (auto ok = requireRoles(m_db, who, editRoles(), QCoreApplication::translate("sd::core::DutyRoster", "arrange the duty roster"), kTable, shift.id); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = validate(m_db, shift); !ok)
        return std::unexpected(ok.error());
    auto v = RecordStore(m_db).update(who, kTable, shift.id, shift.version, values(shift));
    if (!v)
        return std::unexpected(v.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return get(shift.id);
}

Status DutyRoster::remove(const Session &who, qint64 shiftId, int expectedVersion)
{
    if (auto ok = requireRoles(m_db, who, editRoles(), QCoreApplication::translate("sd::core::DutyRoster", "arrange the duty roster"), kTable, shiftId); !ok)
        return ok;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = RecordStore(m_db).remove(who, kTable, shiftId, expectedVersion); !ok)
        return ok;
    return tx->commit();
}

Result<int> DutyRoster::copyWeek(const Session &who, const QDate &fromMonday, const QDate &toMonday)
{
    if (auto ok = requireRoles(m_db, who, editRoles(), QCoreApplication::translate("sd::core::DutyRoster", "arrange the duty roster"), kTable); !ok)
        return std::unexpected(ok.error());
    auto source = between(fromMonday, fromMonday.addDays(6));
    if (!source)
        return std::unexpected(source.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    int added = 0;
    const qint64 offset = fromMonday.daysTo(toMonday);
    for (DutyShift s : *source) {
        s.id = 0;
        s.day = s.day.addDays(offset);
        if (!validate(m_db, s))
            continue;   // the person already has a shift there
        auto id = RecordStore(m_db).insert(who, kTable, values(s));
        if (!id)
            return std::unexpected(id.error());
        ++added;
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return added;
}

Result<DutyShift> DutyRoster::get(qint64 id) const
{
    auto list = readAll(m_db.exec(kSelect + u"WHERE h.id = ?"_s, {id}));
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::DutyRoster", "Shift %1 does not exist.").arg(id));
    return list->first();
}

Result<QList<DutyShift>> DutyRoster::between(const QDate &from, const QDate &to, qint64 staffId) const
{
    QString sql = kSelect + u"WHERE h.day >= ? AND h.day <= ?"_s;
    QVariantList binds{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    if (staffId > 0) {
        sql += u" AND h.staff_id = ?"_s;
        binds << staffId;
    }
    sql += u" ORDER BY h.day, h.starts, s.display_name COLLATE pinyin, h.id"_s;
    return readAll(m_db.exec(sql, binds));
}

Result<QList<DutyShift>> DutyRoster::onDutyAt(qint64 atMs, const QTimeZone &zone) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(atMs, zone);
    const QDate day = local.date();
    const int minute = local.time().hour() * 60 + local.time().minute();
    auto list = between(day.addDays(-1), day);
    if (!list)
        return std::unexpected(list.error());
    QList<DutyShift> out;
    for (const DutyShift &s : *list)
        if (covers(s, day, minute))
            out << s;
    return out;
}

Result<bool> DutyRoster::isOnDuty(qint64 staffId, qint64 atMs, const QTimeZone &zone) const
{
    auto list = onDutyAt(atMs, zone);
    if (!list)
        return std::unexpected(list.error());
    for (const DutyShift &s : *list)
        if (s.staffId == staffId)
            return true;
    return false;
}

Result<bool> DutyRoster::dutyRequired() const
{
    auto v = m_db.scalar(u"SELECT value FROM settings WHERE key = ?"_s, {dutyRequiredKey()});
    if (!v)
        return std::unexpected(v.error());
    return v->isValid() && v->toString() == u"1"_s;
}

Status DutyRoster::setDutyRequired(const Session &who, bool required)
{
    if (auto ok = requireRoles(m_db, who, editRoles(), QCoreApplication::translate("sd::core::DutyRoster", "change the duty rule"), u"settings"_s); !ok)
        return ok;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto old = m_db.scalar(u"SELECT value FROM settings WHERE key = ?"_s, {dutyRequiredKey()});
    if (!old)
        return std::unexpected(old.error());
    const QString value = required ? u"1"_s : u"0"_s;
    const qint64 now = Database::nowMs();
    const QVariant actor = who.staffId > 0 ? QVariant(who.staffId) : QVariant();
    auto written = old->isValid()
        ? m_db.exec(u"UPDATE settings SET value = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE key = ?"_s,
                    {value, now, actor, dutyRequiredKey()})
        : m_db.exec(u"INSERT INTO settings (key, value, version, created_at, created_by, updated_at, updated_by) "
                    "VALUES (?, ?, 1, ?, ?, ?, ?)"_s,
                    {dutyRequiredKey(), value, now, actor, now, actor});
    if (!written)
        return std::unexpected(written.error());
    if (auto ok = audit::append(m_db, who, u"settings"_s, 0, u"update"_s, dutyRequiredKey(), *old, value); !ok)
        return ok;
    return tx->commit();
}

Result<QList<QPair<qint64, QString>>> DutyRoster::operators() const
{
    auto q = m_db.exec(u"SELECT s.id, s.display_name FROM staff s WHERE s.active = 1 AND EXISTS (SELECT 1 FROM staff_roles r "
                       "WHERE r.staff_id = s.id AND r.role IN (?, ?)) ORDER BY s.display_name COLLATE pinyin, s.id"_s,
                       {roleKey(Role::HotlineOperator), roleKey(Role::ServiceManager)});
    if (!q)
        return std::unexpected(q.error());
    QList<QPair<qint64, QString>> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString()});
    return out;
}

} // namespace sd::core
