#pragma once

#include "core/common/error.h"

#include <QByteArray>
#include <QString>

namespace sd::core {

/// Writes `bytes` to `path` as a whole (a crash leaves the old file or none, never half of it),
/// readable and writable by the owner only (0600): exports hold customers' data (SPEC §5).
/// Io error naming the file when it cannot be written.
Status writePrivateFile(const QString &path, const QByteArray &bytes);

/// Creates (or truncates) `path` empty with the owner's permissions only, for a writer that
/// opens the file by name afterwards (QPdfWriter). Io error naming the file.
Status preparePrivateFile(const QString &path);

} // namespace sd::core
