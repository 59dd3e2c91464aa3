#include "core/common/error.h"

namespace sd::core {

QString Error::describe() const
{
    if (line > 0)
        return QCoreApplication::translate("sd::core::Error", "line %1: %2").arg(line).arg(message);
    return message;
}

} // namespace sd::core
