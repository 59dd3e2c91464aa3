#include "core/records/centerinfo.h"

#include "core/auth/permissions.h"
#include "core/db/settings.h"
#include "core/sla/due.h"

using namespace Qt::StringLiterals;

namespace sd::core {

Result<CenterInfo> CenterInfo::load(const Database &db)
{
    CenterInfo info;
    const struct { const char16_t *key; QString *field; } text[] = {
        {u"center.name", &info.name}, {u"center.name_en", &info.nameEn},
        {u"center.address", &info.address}, {u"center.phone", &info.phone}};
    for (const auto &t : text) {
        auto v = settings::get(db, QString::fromUtf16(t.key));
        if (!v)
            return std::unexpected(v.error());
        *t.field = *v;
    }
    auto logo = settings::get(db, u"center.logo_png"_s);
    if (!logo)
        return std::unexpected(logo.error());
    info.logoPng = QByteArray::fromBase64(logo->toLatin1());
    info.dueSoonMinutes = sd::core::dueSoonMinutes(db);
    return info;
}

Status CenterInfo::save(const Database &db, const Session &who, const CenterInfo &info)
{
    if (auto ok = requireRoles(db, who, {Role::Administrator},
                               QCoreApplication::translate("sd::core::CenterInfo", "Edit the center's details"), u"settings"_s);
        !ok)
        return ok;
    if (!info.logoPng.isEmpty() && !info.logoPng.startsWith("\x89PNG\r\n\x1a\n"))
        return failInvalid(u"logo"_s, QCoreApplication::translate("sd::core::CenterInfo", "The logo must be a PNG image."));
    if (info.name.trimmed().isEmpty())
        return failInvalid(u"name"_s, QCoreApplication::translate("sd::core::CenterInfo", "The center needs a name for its printed forms."));
    if (info.dueSoonMinutes < kDueSoonMinMinutes || info.dueSoonMinutes > kDueSoonMaxMinutes)
        return failInvalid(u"due_soon_minutes"_s,
                           QCoreApplication::translate("sd::core::Due", "Due soon: give a number of minutes from %1 to %2.")
                               .arg(kDueSoonMinMinutes)
                               .arg(kDueSoonMaxMinutes));
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    const QList<std::pair<QString, QString>> values = {
        {u"center.name"_s, info.name.trimmed()}, {u"center.name_en"_s, info.nameEn.trimmed()},
        {u"center.address"_s, info.address.trimmed()}, {u"center.phone"_s, info.phone.trimmed()},
        {u"center.logo_png"_s, QString::fromLatin1(info.logoPng.toBase64())}};
    for (const auto &[key, value] : values)
        if (auto ok = settings::put(db, who, key, value); !ok)
            return std::unexpected(ok.error());
    if (auto ok = setDueSoonMinutes(db, who, info.dueSoonMinutes); !ok)
        return ok;
    return tx->commit();
}

} // namespace sd::core
