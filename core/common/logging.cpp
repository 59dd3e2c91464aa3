#include "core/common/logging.h"

Q_LOGGING_CATEGORY(lcDb, "sd.db", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWorkflow, "sd.workflow", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSla, "sd.sla", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "sd.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "sd.auth", QtWarningMsg)

namespace sd::core::logging {

void enableVerbose()
{
    QLoggingCategory::setFilterRules(QStringLiteral("sd.*=true"));
}

} // namespace sd::core::logging
