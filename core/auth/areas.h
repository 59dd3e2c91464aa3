#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"

#include <QList>
#include <QString>

namespace sd::core {

/// The areas of the desk (a page with its menus and shortcuts), in navigation order.
enum class Area {
    Home,
    Customers,
    FirstVisit,
    Hotline,
    DutyRoster,
    ProblemBase,
    Dispatch,
    Complaints,
    Projects,
    Training,
    Administration,
};

/// Stable key of an area, also the desk's page id: "home", "customers", "firstvisit",
/// "hotline", "roster", "problembase", "dispatch", "complaints", "projects", "training", "admin".
QString areaKey(Area area);

/// The areas `session` may open, in navigation order. Mostly by role; the first-visit area is
/// also open to whoever heads a department (its digests are theirs), hence the database.
Result<QList<Area>> openableAreas(const Database &db, const Session &session);

} // namespace sd::core
