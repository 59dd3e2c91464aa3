#include "core/demo/demoworkflows.h"

namespace sd::core::demo {

// Each workflow's demo set (defined in its demo_<workflow>.cpp).
// Status demoFirstVisit(const DemoContext &, DemoCounts &);   — issue 3
Status demoHotline(const DemoContext &, DemoCounts &);        // issue 4
// Status demoComplaints(const DemoContext &, DemoCounts &);   — issue 6

Status generateWorkflowDemo(const DemoContext &context, DemoCounts &counts)
{
    Q_UNUSED(context);
    Q_UNUSED(counts);
    if (auto ok = demoHotline(context, counts); !ok)   // issue 4
        return ok;
    return {};
}

} // namespace sd::core::demo
