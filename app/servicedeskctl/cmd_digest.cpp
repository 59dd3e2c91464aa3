// Placeholder until issue 3 builds this command (the work replaces this file).
#include "cli.h"

namespace sd::ctl {

int runDigestCommand(Cli &cli)
{
    return cli.out().usage(QCoreApplication::translate("servicedeskctl", "This command is not built yet."));
}

} // namespace sd::ctl
