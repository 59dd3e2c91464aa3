#include "ui/common/format.h"

#include "core/db/database.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {
// China's by default, like the business calendar's own default.
QTimeZone &zoneStore()
{
    static QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    return zone;
}
} // namespace

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

void setCenterTimeZone(const QTimeZone &zone)
{
    if (zone.isValid())
        zoneStore() = zone;
}

QTimeZone centerTimeZone() { return zoneStore(); }

QDateTime centerDateTime(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, zoneStore()); }

QDateTime centerNow() { return centerDateTime(sd::core::Database::nowMs()); }

QDate centerToday() { return centerNow().date(); }

QString formatDateTime(qint64 ms)
{
    if (ms == 0)
        return {};
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return locale.toString(centerDateTime(ms), format);
}

QString formatStamp(qint64 ms)
{
    return ms == 0 ? QString() : centerDateTime(ms).toString(u"yyyy-MM-dd HH:mm"_s);
}

QDateTime toEditTime(qint64 ms)
{
    const QDateTime c = centerDateTime(ms);
    return QDateTime(c.date(), c.time());
}

qint64 fromEditTime(const QDateTime &edited)
{
    return QDateTime(edited.date(), edited.time(), zoneStore()).toMSecsSinceEpoch();
}

} // namespace sd::ui
