// Which areas of the desk a session may open: the one place the roles of SPEC §1 meet the
// desk's pages (the desk only asks).
#include "core/auth/areas.h"

#include "core/auth/staffrepository.h"
#include "core/complaints/complaintservice.h"
#include "core/training/training.h"

using namespace Qt::StringLiterals;

namespace sd::core {

QString areaKey(Area area)
{
    switch (area) {
    case Area::Home: return u"home"_s;
    case Area::Customers: return u"customers"_s;
    case Area::FirstVisit: return u"firstvisit"_s;
    case Area::Hotline: return u"hotline"_s;
    case Area::DutyRoster: return u"roster"_s;
    case Area::ProblemBase: return u"problembase"_s;
    case Area::Dispatch: return u"dispatch"_s;
    case Area::Complaints: return u"complaints"_s;
    case Area::Projects: return u"projects"_s;
    case Area::Training: return u"training"_s;
    case Area::Administration: return u"admin"_s;
    }
    return {};
}

Result<QList<Area>> openableAreas(const Database &db, const Session &session)
{
    using R = Role;
    QList<Area> out{Area::Home, Area::Customers};
    bool firstVisit = session.hasAny({R::Sales, R::FirstVisitAgent, R::DepartmentHead, R::Administrator});
    if (!firstVisit) {
        auto head = StaffRepository(db).headsDepartment(session.staffId);
        if (!head)
            return std::unexpected(head.error());
        firstVisit = *head;
    }
    if (firstVisit)
        out << Area::FirstVisit;
    if (session.hasAny({R::HotlineOperator, R::ServiceManager, R::ServiceEngineer, R::AccountManager}))
        out << Area::Hotline;
    if (session.hasAny({R::HotlineOperator, R::ServiceManager}))
        out << Area::DutyRoster;
    out << Area::ProblemBase;
    if (session.hasAny({R::ServiceManager, R::ServiceEngineer, R::HotlineOperator, R::QualitySupervisor,
                        R::DepartmentHead}))
        out << Area::Dispatch;
    RoleSet complaints = complaints::acceptRoles();
    complaints.unite(complaints::reportRoles());
    complaints.unite(complaints::managerRoles());
    if (session.hasAny(complaints))
        out << Area::Complaints;
    // The implementation project tracker: its manager, the project managers, the consultants.
    if (session.hasAny({R::ImplementationManager, R::ProjectManager, R::Consultant}))
        out << Area::Projects;
    // The training roster: its teachers, the desks that register students, and the heads who
    // read it (what the customers' people have passed).
    RoleSet training = training::registrarRoles();
    training.unite(training::plannerRoles());
    training.insert(R::DepartmentHead);
    if (session.hasAny(training))
        out << Area::Training;
    if (session.has(R::Administrator))
        out << Area::Administration;
    return out;
}

} // namespace sd::core
