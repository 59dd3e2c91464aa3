#include "core/demo/demoworkflows.h"

namespace sd::core::demo {

// Each workflow's demo set (defined in its demo_<workflow>.cpp), in the order they run.
Status demoFirstVisit(const DemoContext &, DemoCounts &);   // issue 3 (demo_firstvisit.cpp)
Status demoHotline(const DemoContext &, DemoCounts &);      // issue 4 (demo_hotline.cpp)
Status demoDispatch(const DemoContext &, DemoCounts &);     // issue 5 (demo_dispatch.cpp)
Status demoComplaints(const DemoContext &, DemoCounts &);   // issue 6 (demo_complaints.cpp)
Status demoProjects(const DemoContext &, DemoCounts &);     // issue 12 (demo_projects.cpp)
Status demoTraining(const DemoContext &, DemoCounts &);     // issue 13 (demo_training.cpp)

Status generateWorkflowDemo(const DemoContext &context, DemoCounts &counts)
{
    for (auto *demo : {demoFirstVisit, demoHotline, demoDispatch, demoComplaints, demoProjects, demoTraining})
        if (auto ok = demo(context, counts); !ok)
            return ok;
    return {};
}

} // namespace sd::core::demo
