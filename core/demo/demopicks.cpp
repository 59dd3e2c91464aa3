// What the login screen and the screenshot tour read from a demo database.
#include "core/demo/demopicks.h"

#include "core/db/settings.h"

using namespace Qt::StringLiterals;

namespace sd::core::demo {

Result<bool> offersDemoLogins(const Database &db)
{
    auto value = settings::get(db, u"demo.logins"_s);
    if (!value)
        return std::unexpected(value.error());
    return !value->isEmpty();
}

Result<qint64> showcaseFirstVisit(const Database &db)
{
    for (const QString &state : {u"verified"_s, u"verifying"_s}) {
        auto id = db.scalar(u"SELECT id FROM first_visits WHERE state = ? ORDER BY id LIMIT 1"_s, {state});
        if (!id)
            return std::unexpected(id.error());
        if (id->isValid())
            return id->toLongLong();
    }
    return 0;
}

Result<QDate> latestDigestDay(const Database &db)
{
    auto day = db.scalar(u"SELECT MAX(work_day) FROM first_visit_digests"_s);
    if (!day)
        return std::unexpected(day.error());
    return day->isValid() && !day->isNull() ? QDate::fromString(day->toString(), Qt::ISODate) : QDate();
}

} // namespace sd::core::demo
