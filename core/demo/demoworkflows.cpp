#include "core/demo/demoworkflows.h"

namespace sd::core::demo {

// Each workflow's demo set (defined in its demo_<workflow>.cpp).
Status demoFirstVisit(const DemoContext &, DemoCounts &);   // issue 3 (demo_firstvisit.cpp)
// Status demoHotline(const DemoContext &, DemoCounts &);      — issue 4
Status demoComplaints(const DemoContext &, DemoCounts &);    // issue 6 (demo_complaints.cpp)
Status demoDispatch(const DemoContext &, DemoCounts &);      // issue 5

Status generateWorkflowDemo(const DemoContext &context, DemoCounts &counts)
{
    if (auto ok = demoFirstVisit(context, counts); !ok)
        return ok;
    if (auto ok = demoDispatch(context, counts); !ok)
        return ok;
    if (auto ok = demoComplaints(context, counts); !ok)
        return ok;
    return {};
}

} // namespace sd::core::demo
