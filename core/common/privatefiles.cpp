#include "core/common/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sd::core::privatefiles {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Error ioError(const QString &path, const QString &why)
{
    return Error::make(ErrorCode::Io, QCoreApplication::translate("sd::core::PrivateFiles", "Cannot write %1: %2").arg(path, why));
}

/// Makes an existing file of ours 0600 when others can read or write it.
void tighten(const QString &path)
{
    struct stat st {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0 || st.st_uid != ::geteuid())
        return;
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        ::chmod(native.constData(), S_IRUSR | S_IWUSR);
}

} // namespace

Status ensure(const QString &path, bool withSqliteCompanions)
{
    const QFileInfo info(path);
    if (!info.dir().exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return std::unexpected(ioError(path, QCoreApplication::translate("sd::core::PrivateFiles", "the folder cannot be created")));
        QFile::setPermissions(info.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd >= 0) {
        ::close(fd);
    } else if (errno != EEXIST) {
        return std::unexpected(ioError(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    tighten(path);
    if (withSqliteCompanions)
        for (const char16_t *suffix : {u"-wal", u"-shm", u"-journal"})
            tighten(path + QString::fromUtf16(suffix));
    return {};
}

Status write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(ioError(path, file.errorString()));
    // The temporary file is born 0600 (QTemporaryFile); keep it so before any byte lands.
    file.setPermissions(kOwnerOnly);
    if (file.write(bytes) != bytes.size())
        return std::unexpected(ioError(path, file.errorString()));
    if (!file.commit())
        return std::unexpected(ioError(path, file.errorString()));
    QFile::setPermissions(path, kOwnerOnly);
    return {};
}

bool isPrivate(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return (st.st_mode & (S_IRWXG | S_IRWXO)) == 0;
}

} // namespace sd::core::privatefiles
