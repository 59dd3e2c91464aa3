#pragma once

#include "core/common/error.h"

#include <QByteArray>
#include <QString>

namespace sd::core::privatefiles {

/// Files that hold customer data (the SQLite database with its -wal and -shm, backups, CSV and
/// PDF exports) are readable and writable by their owner only (0600), whatever the umask.

/// Creates `path` empty with mode 0600 if it does not exist (never through a umask window: the
/// file is born private). An existing file we own that others can read is made 0600 too, with
/// its "-wal" and "-shm" companions when `withSqliteCompanions`. The folder is created (0700)
/// when missing.
Status ensure(const QString &path, bool withSqliteCompanions = false);

/// Writes `bytes` to `path` atomically (a temporary file beside it, renamed over it) with mode
/// 0600. A clear Io error naming the path when it cannot.
Status write(const QString &path, const QByteArray &bytes);

/// True when `path` exists and neither group nor others may read or write it.
bool isPrivate(const QString &path);

} // namespace sd::core::privatefiles
