#include "core/projects/projectaccess.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::project {

namespace {

const QString kManager = u"team_manager_id"_s;
const QString kConsultants = u"team_consultant_ids"_s;

qint64 projectIdOf(On on, const QVariantMap &record)
{
    return record.value(on == On::Project ? u"id"_s : u"project_id"_s).toLongLong();
}

/// The project's manager and consultants, for the guards' `holds`.
QVariantMap teamFacts(On on, const Database &db, const QVariantMap &record)
{
    const qint64 projectId = projectIdOf(on, record);
    QVariantMap facts;
    auto manager = db.scalar(u"SELECT project_manager_id FROM projects WHERE id = ?"_s, {projectId});
    facts.insert(kManager, manager ? manager->toLongLong() : 0);
    QVariantList ids;
    if (auto q = db.exec(u"SELECT staff_id FROM project_members WHERE project_id = ? ORDER BY staff_id"_s, {projectId}))
        while (q->next())
            ids << q->value(0).toLongLong();
    facts.insert(kConsultants, ids);
    return facts;
}

bool isManager(const Session &session, const QVariantMap &record)
{
    return session.staffId > 0 && record.value(kManager).toLongLong() == session.staffId;
}

bool isConsultant(const Session &session, const QVariantMap &record)
{
    return session.staffId > 0 && record.value(kConsultants).toList().contains(QVariant(session.staffId));
}

QString managerName(On on, const Database &db, const QVariantMap &record)
{
    auto name = db.scalar(u"SELECT s.display_name FROM projects p JOIN staff s ON s.id = p.project_manager_id "
                          "WHERE p.id = ?"_s,
                          {projectIdOf(on, record)});
    return name && name->isValid() ? name->toString()
                                   : QCoreApplication::translate("sd::core::Projects", "nobody yet");
}

using Holds = std::function<bool(const Session &, const QVariantMap &)>;
using Refusal = std::function<QString(const Database &, const QVariantMap &)>;

std::shared_ptr<const workflow::Guard> teamGuard(const QString &key, On on, Holds holds, Refusal refusal)
{
    return std::make_shared<const workflow::Guard>(workflow::Guard{
        key, std::move(holds), std::move(refusal),
        [on](const Database &db, const QVariantMap &record) { return teamFacts(on, db, record); }});
}

/// The approvers of the project's open request, for the second-approval guards.
QVariantMap requestFacts(const Database &db, const QVariantMap &project)
{
    QVariantMap facts = teamFacts(On::Project, db, project);
    if (auto q = db.exec(u"SELECT pm_by, im_by FROM project_approvals WHERE id = ?"_s, {project.value(u"open_request_id"_s)});
        q && q->next()) {
        facts.insert(u"request_pm_by"_s, q->value(0).toLongLong());
        facts.insert(u"request_im_by"_s, q->value(1).toLongLong());
    }
    return facts;
}

QString notTwiceRefusal()
{
    return QCoreApplication::translate("sd::core::Projects",
                                       "You already approved this request: the second approval must come from the other approver.");
}

} // namespace

std::shared_ptr<const workflow::Guard> ownProjectManager(On on)
{
    static const auto project = teamGuard(
        u"own_project_manager"_s, On::Project, isManager, [](const Database &db, const QVariantMap &r) {
            return QCoreApplication::translate("sd::core::Projects", "Only the project manager of this project (%1) can do this.")
                .arg(managerName(On::Project, db, r));
        });
    static const auto stage = teamGuard(
        u"own_project_manager"_s, On::Stage, isManager, [](const Database &db, const QVariantMap &r) {
            return QCoreApplication::translate("sd::core::Projects", "Only the project manager of this project (%1) can do this.")
                .arg(managerName(On::Stage, db, r));
        });
    return on == On::Project ? project : stage;
}

std::shared_ptr<const workflow::Guard> assignedConsultant(On on)
{
    auto refusal = [](const Database &, const QVariantMap &) {
        return QCoreApplication::translate("sd::core::Projects", "Only a consultant assigned to this project can do this.");
    };
    static const auto project = teamGuard(u"assigned_consultant"_s, On::Project, isConsultant, refusal);
    static const auto stage = teamGuard(u"assigned_consultant"_s, On::Stage, isConsultant, refusal);
    return on == On::Project ? project : stage;
}

std::shared_ptr<const workflow::Guard> ownManagerOrImplementationManager(On on)
{
    auto holds = [](const Session &s, const QVariantMap &r) {
        return s.has(Role::ImplementationManager) || isManager(s, r);
    };
    auto refusal = [](const Database &, const QVariantMap &) {
        return QCoreApplication::translate("sd::core::Projects",
                                           "Only this project's project manager or an implementation manager can do this.");
    };
    static const auto project = teamGuard(u"own_manager_or_implementation_manager"_s, On::Project, holds, refusal);
    static const auto stage = teamGuard(u"own_manager_or_implementation_manager"_s, On::Stage, holds, refusal);
    return on == On::Project ? project : stage;
}

std::shared_ptr<const workflow::Guard> projectTeam(On on)
{
    auto holds = [](const Session &s, const QVariantMap &r) {
        return s.has(Role::ImplementationManager) || isManager(s, r) || isConsultant(s, r);
    };
    auto refusal = [](const Database &, const QVariantMap &) {
        return QCoreApplication::translate("sd::core::Projects",
                                           "Only the project's consultants, its project manager or an implementation manager can do this.");
    };
    static const auto project = teamGuard(u"project_team"_s, On::Project, holds, refusal);
    static const auto stage = teamGuard(u"project_team"_s, On::Stage, holds, refusal);
    return on == On::Project ? project : stage;
}

std::shared_ptr<const workflow::Guard> secondApproverAsManager()
{
    static const auto guard = std::make_shared<const workflow::Guard>(workflow::Guard{
        u"second_approver_project_manager"_s,
        [](const Session &s, const QVariantMap &r) {
            return isManager(s, r) && r.value(u"request_im_by"_s).toLongLong() != s.staffId;
        },
        [](const Database &db, const QVariantMap &r) {
            auto imBy = db.scalar(u"SELECT im_by FROM project_approvals WHERE id = ?"_s, {r.value(u"open_request_id"_s)});
            if (imBy && imBy->toLongLong() > 0 && imBy->toLongLong() == r.value(u"project_manager_id"_s).toLongLong())
                return notTwiceRefusal();
            return QCoreApplication::translate("sd::core::Projects", "Only the project manager of this project (%1) can do this.")
                .arg(managerName(On::Project, db, r));
        },
        requestFacts});
    return guard;
}

std::shared_ptr<const workflow::Guard> secondApproverAsImplementationManager()
{
    static const auto guard = std::make_shared<const workflow::Guard>(workflow::Guard{
        u"second_approver_implementation_manager"_s,
        [](const Session &s, const QVariantMap &r) { return r.value(u"request_pm_by"_s).toLongLong() != s.staffId; },
        [](const Database &, const QVariantMap &) { return notTwiceRefusal(); },
        requestFacts});
    return guard;
}

} // namespace sd::core::project
