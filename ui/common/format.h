#pragma once

#include <QDate>
#include <QString>

namespace sd::ui {

/// A date in the current locale's short form, always with a four-digit year.
QString formatDate(const QDate &date);
/// A count with the locale's digit grouping ("12,345" / "12,345").
QString formatCount(qint64 n);

} // namespace sd::ui
