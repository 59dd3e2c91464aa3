#pragma once

#include "core/calendar/businesscalendar.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sd::core {

/// Holiday files: UTF-8 CSV (with or without BOM) of `date,kind,name` where date is
/// YYYY-MM-DD and kind is holiday or workday (a make-up working day, 调休). The header row
/// is optional; blank lines and lines starting with '#' are skipped; fields may be quoted.
class HolidayCsv final
{
public:
    /// The days of the file, in file order. On the first bad line nothing is returned: the
    /// Error carries that line's 1-based number in Error::line (Invalid; Io for a file).
    static Result<QList<CalendarDay>> parse(const QByteArray &utf8);
    static Result<QList<CalendarDay>> readFile(const QString &path);
    /// The CSV text parse() reads back (with a header row, no BOM).
    static QByteArray format(const QList<CalendarDay> &days);

    /// Resource path of the shipped Chinese public holidays for 2025 and 2026.
    static QString shippedChinaFile();
    /// The shipped Chinese public holidays and make-up working days (State Council notices).
    static Result<QList<CalendarDay>> shippedChinaDays();
};

} // namespace sd::core
