// Placeholder until issue 6 builds this command (the work replaces this file).
#include "cli.h"

namespace sd::ctl {

int runReportComplaints(Cli &cli)
{
    return cli.out().usage(QCoreApplication::translate("servicedeskctl", "This command is not built yet."));
}

} // namespace sd::ctl
