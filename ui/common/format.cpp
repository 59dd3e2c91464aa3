#include "ui/common/format.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sd::ui {

QString formatDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // en_US's short form has a two-digit year, which is ambiguous on contracts.
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return locale.toString(date, format);
}

QString formatCount(qint64 n) { return QLocale().toString(n); }

} // namespace sd::ui
