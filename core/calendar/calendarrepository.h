#pragma once

#include "core/auth/roles.h"
#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"

namespace sd::core {

/// What an import changed.
struct CalendarImportSummary {
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
};

/// The business calendar as stored: settings 'calendar.hours' and 'calendar.timezone', and
/// the exception days in calendar_days. Writes need Action::CalendarEdit and are audited
/// (settings under record id 0; a calendar day under the record id yyyymmdd, e.g. 20251001).
class CalendarRepository final
{
public:
    explicit CalendarRepository(Database db) : m_db(std::move(db)) {}

    static QString hoursKey();      ///< "calendar.hours"
    static QString timeZoneKey();   ///< "calendar.timezone"
    /// The audit record id of a calendar day: yyyymmdd.
    static qint64 dayRecordId(const QDate &date);

    /// The calendar; missing settings fall back to the defaults (08:30-17:30, Asia/Shanghai).
    Result<BusinessCalendar> load() const;

    /// Sets the working hours, e.g. "08:30-12:00,13:30-17:30" (validated first).
    Status setHours(const Session &who, const QString &text);
    /// Sets the time zone by IANA name, e.g. "Asia/Shanghai".
    Status setTimeZone(const Session &who, const QString &ianaId);

    /// Upserts the days by date in one transaction: all are written, or none.
    Result<CalendarImportSummary> importDays(const Session &who, const QList<CalendarDay> &days);
    /// Adds or replaces one exception day.
    Status setDay(const Session &who, const CalendarDay &day);
    /// Removes an exception day (the date follows the ordinary week again); NotFound if absent.
    Status removeDay(const Session &who, const QDate &date);
    /// Exception days in date order; year 0 means every year.
    Result<QList<CalendarDay>> days(int year = 0) const;

    /// Seeds an unconfigured calendar (no 'calendar.hours' yet) with the default hours, time
    /// zone and the shipped Chinese holidays, in one transaction. Does nothing otherwise.
    /// Used by `init`; needs no session.
    static Status ensureDefaults(const Database &db);

private:
    Status writeSetting(const Session &who, const QString &key, const QString &value);
    Result<bool> upsertDay(const Session &who, const CalendarDay &day, bool *inserted);

    Database m_db;
};

} // namespace sd::core
