#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace sd::ui {

/// A date in the current locale's short form, always with a four-digit year.
QString formatDate(const QDate &date);
/// A count with the locale's digit grouping ("12,345" / "12,345").
QString formatCount(qint64 n);

/// The center's time zone (the business calendar's): every time the desk shows is in it,
/// whatever zone the machine is set to. Set when the main window loads the calendar.
void setCenterTimeZone(const QTimeZone &zone);
QTimeZone centerTimeZone();
/// A moment (ms since the epoch) in the center's time zone.
QDateTime centerDateTime(qint64 ms);
/// Now and today in the center's time zone, from core's one clock (Database::nowMs).
QDateTime centerNow();
QDate centerToday();
/// A moment as the locale's short date and time, in the center's zone ("" for 0).
QString formatDateTime(qint64 ms);
/// A moment as "yyyy-MM-dd HH:mm" in the center's zone ("" for 0).
QString formatStamp(qint64 ms);
/// QDateTimeEdit in Qt 6.4 has no time zones: it edits the center's wall-clock time as a value
/// without a zone. toEditTime gives that value for a moment; fromEditTime reads it back.
QDateTime toEditTime(qint64 ms);
qint64 fromEditTime(const QDateTime &edited);

} // namespace sd::ui
