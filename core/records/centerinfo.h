#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"

#include <QByteArray>
#include <QString>

namespace sd::core {

/// The service center itself, as printed on forms handed to customers (settings "center.*"),
/// and how its desks warn of deadlines (setting "due.soon_minutes", core/sla/due.h).
struct CenterInfo {
    QString name;          ///< e.g. 北京用友软件服务中心
    QString nameEn;
    QString address;
    QString phone;         ///< the service hotline
    QByteArray logoPng;    ///< the logo as PNG bytes (empty: none)
    int dueSoonMinutes = 60; ///< deadlines within this many minutes count as due soon

    /// The center's settings (empty fields when not set).
    static Result<CenterInfo> load(const Database &db);
    /// Saves the settings in one transaction; administrators only (refusal audited). Logo must
    /// be a PNG or empty; the due-soon window within [kDueSoonMinMinutes, kDueSoonMaxMinutes].
    static Status save(const Database &db, const Session &who, const CenterInfo &info);
};

} // namespace sd::core
