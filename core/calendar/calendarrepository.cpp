#include "core/calendar/calendarrepository.h"

#include "core/audit/audit.h"
#include "core/auth/permissions.h"
#include "core/calendar/holidaycsv.h"
#include "core/db/settings.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {
const QString kSettings = u"settings"_s;
const QString kDays = u"calendar_days"_s;

QVariant actorOf(const Session &who)
{
    return who.staffId > 0 ? QVariant(who.staffId) : QVariant();
}

QVariant nameValue(const QString &name)
{
    return name.isEmpty() ? QVariant() : QVariant(name);
}

} // namespace

QString CalendarRepository::hoursKey() { return u"calendar.hours"_s; }
QString CalendarRepository::timeZoneKey() { return u"calendar.timezone"_s; }

qint64 CalendarRepository::dayRecordId(const QDate &date)
{
    return qint64(date.year()) * 10000 + date.month() * 100 + date.day();
}

Result<BusinessCalendar> CalendarRepository::load() const
{
    BusinessCalendar calendar;
    auto q = m_db.exec(u"SELECT key, value FROM settings WHERE key IN (?, ?)"_s,
                       {hoursKey(), timeZoneKey()});
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (value.trimmed().isEmpty())
            continue;
        const Status ok = key == hoursKey() ? calendar.setHours(value) : calendar.setTimeZone(value);
        if (!ok)
            return std::unexpected(ok.error());
    }
    auto list = days();
    if (!list)
        return std::unexpected(list.error());
    calendar.setDays(*list);
    return calendar;
}

Status CalendarRepository::writeSetting(const Session &who, const QString &key, const QString &value)
{
    if (auto ok = require(m_db, who, Action::CalendarEdit, kSettings); !ok)
        return ok;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto put = settings::put(m_db, who, key, value); !put)
        return std::unexpected(put.error());
    return tx->commit();
}

Status CalendarRepository::setHours(const Session &who, const QString &text)
{
    auto parsed = BusinessCalendar::parseHours(text);
    if (!parsed)
        return std::unexpected(parsed.error());
    // Stored in the canonical form, so "8:30 - 17:30" and "08:30-17:30" are the same value.
    return writeSetting(who, hoursKey(), BusinessCalendar::formatHours(*parsed));
}

Status CalendarRepository::setTimeZone(const Session &who, const QString &ianaId)
{
    BusinessCalendar probe;
    if (auto ok = probe.setTimeZone(ianaId); !ok)
        return ok;
    return writeSetting(who, timeZoneKey(), ianaId.trimmed());
}

Result<bool> CalendarRepository::upsertDay(const Session &who, const CalendarDay &day, bool *inserted)
{
    const QString dayText = day.date.toString(Qt::ISODate);
    const qint64 recordId = dayRecordId(day.date);
    const QString kind = dayKindKey(day.kind);
    const qint64 now = Database::nowMs();
    *inserted = false;
    auto q = m_db.exec(u"SELECT kind, name FROM calendar_days WHERE day = ?"_s, {dayText});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next()) {
        auto i = m_db.exec(u"INSERT INTO calendar_days (day, kind, name, version, created_at, "
                           "created_by, updated_at, updated_by) VALUES (?, ?, ?, 1, ?, ?, ?, ?)"_s,
                           {dayText, kind, nameValue(day.name), now, actorOf(who), now, actorOf(who)});
        if (!i)
            return std::unexpected(i.error());
        if (auto ok = audit::append(m_db, who, kDays, recordId, u"create"_s, u"kind"_s, QVariant(), kind); !ok)
            return std::unexpected(ok.error());
        if (!day.name.isEmpty()) {
            if (auto ok = audit::append(m_db, who, kDays, recordId, u"create"_s, u"name"_s, QVariant(), day.name); !ok)
                return std::unexpected(ok.error());
        }
        *inserted = true;
        return true;
    }
    const QString oldKind = q->value(0).toString();
    const QString oldName = q->value(1).toString();
    if (oldKind == kind && oldName == day.name)
        return false;
    auto u = m_db.exec(u"UPDATE calendar_days SET kind = ?, name = ?, version = version + 1, "
                       "updated_at = ?, updated_by = ? WHERE day = ?"_s,
                       {kind, nameValue(day.name), now, actorOf(who), dayText});
    if (!u)
        return std::unexpected(u.error());
    if (oldKind != kind) {
        if (auto ok = audit::append(m_db, who, kDays, recordId, u"update"_s, u"kind"_s, oldKind, kind); !ok)
            return std::unexpected(ok.error());
    }
    if (oldName != day.name) {
        if (auto ok = audit::append(m_db, who, kDays, recordId, u"update"_s, u"name"_s,
                                    nameValue(oldName), nameValue(day.name)); !ok)
            return std::unexpected(ok.error());
    }
    return true;
}

Result<CalendarImportSummary> CalendarRepository::importDays(const Session &who,
                                                             const QList<CalendarDay> &days)
{
    // Checked before anything is written, so a bad list leaves the calendar as it was.
    QSet<QDate> seen;
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QDate date = days.at(i).date;
        if (!date.isValid() || seen.contains(date)) {
            Error e = Error::invalid(u"date"_s, date.isValid()
                ? QCoreApplication::translate("sd::core::CalendarRepository", "%1 is listed twice.")
                      .arg(date.toString(Qt::ISODate))
                : QCoreApplication::translate("sd::core::CalendarRepository", "A day has no valid date."));
            e.line = int(i) + 1;
            return std::unexpected(e);
        }
        seen.insert(date);
    }
    if (auto ok = require(m_db, who, Action::CalendarEdit, kDays); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    CalendarImportSummary summary;
    for (const auto &day : days) {
        bool inserted = false;
        auto changed = upsertDay(who, day, &inserted);
        if (!changed)
            return std::unexpected(changed.error());
        if (inserted)
            ++summary.inserted;
        else if (*changed)
            ++summary.updated;
        else
            ++summary.unchanged;
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return summary;
}

Status CalendarRepository::setDay(const Session &who, const CalendarDay &day)
{
    auto r = importDays(who, {day});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Status CalendarRepository::removeDay(const Session &who, const QDate &date)
{
    if (auto ok = require(m_db, who, Action::CalendarEdit, kDays, date.isValid() ? dayRecordId(date) : 0); !ok)
        return ok;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    const QString dayText = date.toString(Qt::ISODate);
    auto q = m_db.exec(u"SELECT kind, name FROM calendar_days WHERE day = ?"_s, {dayText});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next()) {
        return fail(ErrorCode::NotFound, QCoreApplication::translate(
            "sd::core::CalendarRepository", "%1 is not a holiday or make-up working day in the calendar.")
                .arg(dayText));
    }
    const QString oldKind = q->value(0).toString();
    const QVariant oldName = q->value(1);
    auto d = m_db.exec(u"DELETE FROM calendar_days WHERE day = ?"_s, {dayText});
    if (!d)
        return std::unexpected(d.error());
    const qint64 recordId = dayRecordId(date);
    if (auto ok = audit::append(m_db, who, kDays, recordId, u"delete"_s, u"kind"_s, oldKind, QVariant()); !ok)
        return ok;
    if (!oldName.isNull() && !oldName.toString().isEmpty()) {
        if (auto ok = audit::append(m_db, who, kDays, recordId, u"delete"_s, u"name"_s, oldName, QVariant()); !ok)
            return ok;
    }
    return tx->commit();
}

Result<QList<CalendarDay>> CalendarRepository::days(int year) const
{
    QString sql = u"SELECT day, kind, name FROM calendar_days"_s;
    QVariantList binds;
    if (year > 0) {
        sql += u" WHERE day >= ? AND day < ?"_s;
        binds << QDate(year, 1, 1).toString(Qt::ISODate) << QDate(year + 1, 1, 1).toString(Qt::ISODate);
    }
    sql += u" ORDER BY day"_s;
    auto q = m_db.exec(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<CalendarDay> list;
    while (q->next()) {
        const QDate date = QDate::fromString(q->value(0).toString(), Qt::ISODate);
        const auto kind = dayKindFromKey(q->value(1).toString());
        if (!date.isValid() || !kind)
            continue;   // the CHECK constraint and the writers above make this unreachable
        list.append({date, *kind, q->value(2).toString()});
    }
    return list;
}

Status CalendarRepository::ensureDefaults(const Database &db)
{
    auto shipped = HolidayCsv::shippedChinaDays();
    if (!shipped)
        return std::unexpected(shipped.error());
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    auto configured = db.scalar(u"SELECT COUNT(*) FROM settings WHERE key = ?"_s, {hoursKey()});
    if (!configured)
        return std::unexpected(configured.error());
    if (configured->toLongLong() > 0)
        return tx->commit(); // an administrator's calendar is never overwritten; committing the
                             // empty step keeps an enclosing transaction usable

    Session system;
    system.login = u"init"_s;
    if (auto ok = settings::put(db, system, hoursKey(), BusinessCalendar::defaultHoursText()); !ok)
        return std::unexpected(ok.error());
    const QString zoneId = QString::fromUtf8(BusinessCalendar::defaultTimeZone().id());
    if (auto ok = settings::put(db, system, timeZoneKey(), zoneId); !ok)
        return std::unexpected(ok.error());
    const qint64 now = Database::nowMs();
    int seeded = 0;
    for (const auto &day : *shipped) {
        // Days an administrator entered before the first init are kept as they are.
        auto exists = db.scalar(u"SELECT COUNT(*) FROM calendar_days WHERE day = ?"_s,
                                {day.date.toString(Qt::ISODate)});
        if (!exists)
            return std::unexpected(exists.error());
        if (exists->toLongLong() > 0)
            continue;
        auto i = db.exec(u"INSERT INTO calendar_days (day, kind, name, version, created_at, "
                         "created_by, updated_at, updated_by) VALUES (?, ?, ?, 1, ?, NULL, ?, NULL)"_s,
                         {day.date.toString(Qt::ISODate), dayKindKey(day.kind), nameValue(day.name),
                          now, now});
        if (!i)
            return std::unexpected(i.error());
        ++seeded;
    }
    if (auto ok = audit::append(db, system, kDays, 0, u"seed"_s, {}, QVariant(),
                                u"%1 days from %2"_s.arg(seeded).arg(HolidayCsv::shippedChinaFile()));
        !ok)
        return ok;
    return tx->commit();
}

} // namespace sd::core
