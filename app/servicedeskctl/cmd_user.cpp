// user add | passwd | disable | enable | list: staff accounts, through StaffRepository (which
// checks Action::StaffManage and audits refusals).
#include "cli.h"

#include "core/auth/permissions.h"
#include "core/auth/staffrepository.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ctl {

namespace {


QStringList roleKeys(const RoleSet &roles)
{
    QStringList keys;
    for (Role r : allRoles())
        if (roles.contains(r))
            keys << roleKey(r);
    return keys;
}

QString allRoleKeys()
{
    QStringList keys;
    for (Role r : allRoles())
        keys << roleKey(r);
    return keys.join(u", "_s);
}

QJsonObject staffJson(const Staff &s)
{
    return {{u"id"_s, s.id},
            {u"login"_s, s.login},
            {u"name"_s, s.displayName},
            {u"department"_s, s.department.isEmpty() ? QJsonValue() : QJsonValue(s.department)},
            {u"roles"_s, QJsonArray::fromStringList(roleKeys(s.roles))},
            {u"active"_s, s.active},
            {u"phone"_s, s.phone},
            {u"email"_s, s.email}};
}

std::expected<Staff, int> staffByLogin(Cli &cli, const Database &db, const QString &login)
{
    auto s = StaffRepository(db).byLogin(login);
    if (!s)
        return std::unexpected(cli.out().fail(s.error()));
    return *s;
}

int runAdd(Cli &cli)
{
    const QCommandLineOption nameOption(u"name"_s, QCoreApplication::translate("servicedeskctl", "Display name (required)."), QCoreApplication::translate("servicedeskctl", "name"));
    const QCommandLineOption rolesOption(u"roles"_s, QCoreApplication::translate("servicedeskctl", "Roles, comma-separated: %1.").arg(allRoleKeys()),
                                         QCoreApplication::translate("servicedeskctl", "r1,r2"));
    const QCommandLineOption departmentOption(u"department"_s, QCoreApplication::translate("servicedeskctl", "Department name (Chinese or English)."),
                                              QCoreApplication::translate("servicedeskctl", "name"));
    const QCommandLineOption passwordOption(
        u"password"_s, QCoreApplication::translate("servicedeskctl", "Initial password (else SD_NEW_PASSWORD, or asked on a terminal)."), QCoreApplication::translate("servicedeskctl", "password"));
    const QCommandLineOption phoneOption(u"phone"_s, QCoreApplication::translate("servicedeskctl", "Phone number."), QCoreApplication::translate("servicedeskctl", "phone"));
    const QCommandLineOption emailOption(u"email"_s, QCoreApplication::translate("servicedeskctl", "E-mail address."), QCoreApplication::translate("servicedeskctl", "email"));
    if (auto done = cli.parseCommand(QCoreApplication::translate("servicedeskctl", "Creates a staff account (needs --as an administrator)."),
                                     {nameOption, rolesOption, departmentOption, passwordOption, phoneOption,
                                      emailOption},
                                     {{u"login"_s, QCoreApplication::translate("servicedeskctl", "The new account's login."), u"LOGIN"_s}}))
        return *done;
    if (auto bad = cli.expectArguments(1))
        return *bad;
    const QCommandLineParser &p = cli.parser();
    if (!p.isSet(nameOption) || p.value(nameOption).trimmed().isEmpty())
        return cli.out().usage(QCoreApplication::translate("servicedeskctl", "user add needs --name NAME."));
    if (!p.isSet(rolesOption))
        return cli.out().usage(QCoreApplication::translate("servicedeskctl", "user add needs --roles (one or more of: %1).").arg(allRoleKeys()));
    Staff staff;
    staff.login = cli.arguments().first().trimmed();
    staff.displayName = p.value(nameOption).trimmed();
    staff.phone = p.value(phoneOption);
    staff.email = p.value(emailOption);
    for (const QString &key : p.value(rolesOption).split(u',', Qt::SkipEmptyParts)) {
        const auto role = roleFromKey(key.trimmed());
        if (!role)
            return cli.out().usage(QCoreApplication::translate("servicedeskctl", "Unknown role \"%1\"; the roles are: %2.").arg(key.trimmed(), allRoleKeys()));
        staff.roles.insert(*role);
    }
    if (staff.roles.isEmpty())
        return cli.out().usage(QCoreApplication::translate("servicedeskctl", "user add needs at least one role."));

    auto a = loginAs(cli);
    if (!a)
        return a.error();
    // The permission first, so that a refused caller is neither asked for a password nor told
    // whether a department exists; create() checks it again and audits the refusal.
    if (!can(a->who, Action::StaffManage)) {
        if (auto ok = require(a->db, a->who, Action::StaffManage, u"staff"_s); !ok)
            return cli.out().fail(ok.error());
    }
    StaffRepository repo(a->db);
    if (p.isSet(departmentOption)) {
        auto dep = repo.departmentByName(p.value(departmentOption).trimmed());
        if (!dep)
            return cli.out().fail(dep.error());
        if (*dep == 0)
            return cli.out().fail(Error::invalid(u"department"_s, QCoreApplication::translate("servicedeskctl", "There is no department \"%1\".")
                                                                      .arg(p.value(departmentOption).trimmed())));
        staff.departmentId = *dep;
    }
    auto password = cli.newPassword(p.value(passwordOption), staff.login);
    if (!password)
        return cli.out().fail(password.error());
    auto id = repo.create(a->who, staff, *password);
    if (!id)
        return cli.out().fail(id.error());
    auto saved = repo.get(*id);
    if (!saved)
        return cli.out().fail(saved.error());
    cli.out().result(staffJson(*saved), QCoreApplication::translate("servicedeskctl", "Created %1 (%2), roles: %3.")
                                            .arg(saved->login, saved->displayName,
                                                 roleKeys(saved->roles).join(u", "_s)));
    return ExitOk;
}

int runPasswd(Cli &cli)
{
    const QCommandLineOption passwordOption(u"password"_s,
                                            QCoreApplication::translate("servicedeskctl", "The new password (else SD_NEW_PASSWORD, or asked on a terminal)."),
                                            QCoreApplication::translate("servicedeskctl", "password"));
    if (auto done = cli.parseCommand(QCoreApplication::translate("servicedeskctl", "Sets a new password. An administrator may reset anyone's; other staff "
                                        "may change their own (the --as password is the current one)."),
                                     {passwordOption}, {{u"login"_s, QCoreApplication::translate("servicedeskctl", "Whose password."), u"LOGIN"_s}}))
        return *done;
    if (auto bad = cli.expectArguments(1))
        return *bad;
    auto a = loginAs(cli);
    if (!a)
        return a.error();
    const QString login = cli.arguments().first().trimmed();
    const bool own = login == a->who.login;
    if (!own && !can(a->who, Action::StaffManage)) {
        if (auto ok = require(a->db, a->who, Action::StaffManage, u"staff"_s); !ok)
            return cli.out().fail(ok.error());
    }
    auto target = staffByLogin(cli, a->db, login);
    if (!target)
        return target.error();
    auto password = cli.newPassword(cli.parser().value(passwordOption), login);
    if (!password)
        return cli.out().fail(password.error());
    StaffRepository repo(a->db);
    Status ok;
    if (own && !can(a->who, Action::StaffManage)) {
        // Not an administrator: the ordinary change of one's own password, which needs the old
        // one — the password just used for --as.
        ok = repo.changeOwnPassword(a->who, cli.actorPassword(), *password);
    } else {
        ok = repo.resetPassword(a->who, target->id, *password);
    }
    if (!ok)
        return cli.out().fail(ok.error());
    cli.out().result({{u"login"_s, login}, {u"password_changed"_s, true}},
                     QCoreApplication::translate("servicedeskctl", "The password of %1 was changed.").arg(login));
    return ExitOk;
}

int runSetActive(Cli &cli, bool active)
{
    if (auto done = cli.parseCommand(active ? QCoreApplication::translate("servicedeskctl", "Enables a disabled staff account (needs --as an administrator).")
                                            : QCoreApplication::translate("servicedeskctl", "Disables a staff account: it can no longer log in; its records "
                                                 "and history stay (needs --as an administrator)."),
                                     {}, {{u"login"_s, QCoreApplication::translate("servicedeskctl", "The account."), u"LOGIN"_s}}))
        return *done;
    if (auto bad = cli.expectArguments(1))
        return *bad;
    auto a = loginAs(cli);
    if (!a)
        return a.error();
    const QString login = cli.arguments().first().trimmed();
    if (!can(a->who, Action::StaffManage)) {
        if (auto ok = require(a->db, a->who, Action::StaffManage, u"staff"_s); !ok)
            return cli.out().fail(ok.error());
    }
    auto target = staffByLogin(cli, a->db, login);
    if (!target)
        return target.error();
    if (auto ok = StaffRepository(a->db).setActive(a->who, target->id, active); !ok)
        return cli.out().fail(ok.error());
    cli.out().result({{u"login"_s, login}, {u"active"_s, active}},
                     active ? QCoreApplication::translate("servicedeskctl", "%1 is enabled.").arg(login) : QCoreApplication::translate("servicedeskctl", "%1 is disabled.").arg(login));
    return ExitOk;
}

int runList(Cli &cli)
{
    const QCommandLineOption activeOption(u"active-only"_s, QCoreApplication::translate("servicedeskctl", "Leave out disabled accounts."));
    if (auto done = cli.parseCommand(QCoreApplication::translate("servicedeskctl", "Lists the staff accounts (needs --as an administrator)."), {activeOption}))
        return *done;
    if (auto bad = cli.expectArguments(0))
        return *bad;
    auto a = loginAs(cli);
    if (!a)
        return a.error();
    // The account list is the administrator's: the same check (and audit of refusals) as changes.
    if (auto ok = require(a->db, a->who, Action::StaffManage, u"staff"_s); !ok)
        return cli.out().fail(ok.error());
    auto list = StaffRepository(a->db).list(!cli.parser().isSet(activeOption));
    if (!list)
        return cli.out().fail(list.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const Staff &s : *list) {
        array.append(staffJson(s));
        rows.append({s.login, s.displayName, s.department, roleKeys(s.roles).join(u","_s),
                     s.active ? QCoreApplication::translate("servicedeskctl", "yes") : QCoreApplication::translate("servicedeskctl", "no")});
    }
    cli.out().result({{u"staff"_s, array}, {u"count"_s, int(list->size())}},
                     Output::table({QCoreApplication::translate("servicedeskctl", "LOGIN"), QCoreApplication::translate("servicedeskctl", "NAME"), QCoreApplication::translate("servicedeskctl", "DEPARTMENT"), QCoreApplication::translate("servicedeskctl", "ROLES"), QCoreApplication::translate("servicedeskctl", "ACTIVE")}, rows));
    return ExitOk;
}

} // namespace

int runUserCommand(Cli &cli, const QString &sub)
{
    if (sub == u"add"_s)
        return runAdd(cli);
    if (sub == u"passwd"_s)
        return runPasswd(cli);
    if (sub == u"disable"_s)
        return runSetActive(cli, false);
    if (sub == u"enable"_s)
        return runSetActive(cli, true);
    return runList(cli);
}

} // namespace sd::ctl
