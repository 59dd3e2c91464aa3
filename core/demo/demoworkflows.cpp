#include "core/demo/demoworkflows.h"

namespace sd::core::demo {

// Each workflow's demo set (defined in its demo_<workflow>.cpp).
// Status demoFirstVisit(const DemoContext &, DemoCounts &);   — issue 3
// Status demoHotline(const DemoContext &, DemoCounts &);      — issue 4
Status demoComplaints(const DemoContext &, DemoCounts &);      // issue 6

Status generateWorkflowDemo(const DemoContext &context, DemoCounts &counts)
{
    if (auto ok = demoComplaints(context, counts); !ok)   // issue 6
        return ok;
    return {};
}

} // namespace sd::core::demo
