#include "core/common/privatefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace sd::core {

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

std::unexpected<Error> cannotWrite(const QString &path, const QString &why)
{
    return fail(ErrorCode::Io, QCoreApplication::translate("sd::core::PrivateFile", "Cannot write %1: %2").arg(path, why));
}
} // namespace

Status writePrivateFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    // The temporary file becomes the file: private before a byte of data is in it.
    if (!file.setPermissions(kOwnerOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

Status preparePrivateFile(const QString &path)
{
    QFile file(path);
    // A new file is created 0600; an existing one is made private before it is truncated.
    if (file.exists() && !file.setPermissions(kOwnerOnly))
        return cannotWrite(path, file.errorString());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, kOwnerOnly))
        return cannotWrite(path, file.errorString());
    file.close();
    return {};
}

} // namespace sd::core
