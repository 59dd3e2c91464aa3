#include "core/auth/staffrepository.h"

#include "core/common/logging.h"

#include "core/audit/audit.h"
#include "core/auth/password.h"
#include "core/auth/permissions.h"
#include "core/records/recordstore.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {


const QString kStaffColumns =
    u"s.id, s.version, s.login, s.display_name, s.department_id, d.name, s.phone, s.email, s.region, "
    "s.skills, s.active"_s;

Staff readStaff(const QSqlQuery &q)
{
    Staff s;
    s.id = q.value(0).toLongLong();
    s.version = q.value(1).toInt();
    s.login = q.value(2).toString();
    s.displayName = q.value(3).toString();
    s.departmentId = q.value(4).toLongLong();
    s.department = q.value(5).toString();
    s.phone = q.value(6).toString();
    s.email = q.value(7).toString();
    s.region = q.value(8).toString();
    s.skills = q.value(9).toString();
    s.active = q.value(10).toInt() != 0;
    return s;
}

Status validate(const Staff &s)
{
    static const QRegularExpression loginRe(u"^[A-Za-z0-9_.\\-]{2,32}$"_s);
    if (!loginRe.match(s.login).hasMatch())
        return failInvalid(u"login"_s, QCoreApplication::translate("sd::core::StaffRepository", "A login is 2–32 letters, digits, dots, dashes or underscores."));
    if (s.displayName.trimmed().isEmpty())
        return failInvalid(u"display_name"_s, QCoreApplication::translate("sd::core::StaffRepository", "The display name is required."));
    return {};
}

QStringList roleKeys(const RoleSet &roles)
{
    QStringList keys;
    for (Role r : allRoles())
        if (roles.contains(r))
            keys << roleKey(r);
    return keys;
}

QVariantMap staffValues(const Staff &s)
{
    return {{u"display_name"_s, s.displayName.trimmed()},
            {u"department_id"_s, s.departmentId > 0 ? QVariant(s.departmentId) : QVariant()},
            {u"phone"_s, s.phone},
            {u"email"_s, s.email},
            {u"region"_s, s.region},
            {u"skills"_s, s.skills}};
}

} // namespace

Status StaffRepository::writeRoles(qint64 staffId, const RoleSet &roles) const
{
    if (auto q = m_db.exec(u"DELETE FROM staff_roles WHERE staff_id = ?"_s, {staffId}); !q)
        return std::unexpected(q.error());
    for (const QString &key : roleKeys(roles))
        if (auto q = m_db.exec(u"INSERT INTO staff_roles (staff_id, role) VALUES (?, ?)"_s, {staffId, key}); !q)
            return std::unexpected(q.error());
    return {};
}

Result<qint64> StaffRepository::create(const Session &who, const Staff &staff, const QString &pass)
{
    if (auto ok = require(m_db, who, Action::StaffManage, u"staff"_s); !ok)
        return std::unexpected(ok.error());
    if (auto ok = validate(staff); !ok)
        return std::unexpected(ok.error());
    auto hashed = password::hash(pass);
    if (!hashed)
        return std::unexpected(hashed.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto taken = m_db.scalar(u"SELECT COUNT(*) FROM staff WHERE login = ?"_s, {staff.login});
    if (!taken)
        return std::unexpected(taken.error());
    if (taken->toInt() > 0)
        return failInvalid(u"login"_s, QCoreApplication::translate("sd::core::StaffRepository", "The login \"%1\" is already taken.").arg(staff.login));
    QVariantMap values = staffValues(staff);
    values.insert(u"login"_s, staff.login);
    values.insert(u"password_hash"_s, *hashed);
    values.insert(u"active"_s, staff.active);
    auto id = RecordStore(m_db).insert(who, u"staff"_s, values);
    if (!id)
        return id;
    if (auto ok = writeRoles(*id, staff.roles); !ok)
        return std::unexpected(ok.error());
    if (auto ok = audit::append(m_db, who, u"staff"_s, *id, u"create"_s, u"roles"_s, QVariant(),
                                roleKeys(staff.roles).join(u", "_s));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<Staff> StaffRepository::save(const Session &who, const Staff &staff)
{
    if (auto ok = require(m_db, who, Action::StaffManage, u"staff"_s, staff.id); !ok)
        return std::unexpected(ok.error());
    if (auto ok = validate(staff); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(staff.id);
    if (!before)
        return std::unexpected(before.error());
    auto version = RecordStore(m_db).update(who, u"staff"_s, staff.id, staff.version, staffValues(staff));
    if (!version)
        return std::unexpected(version.error());
    if (before->roles != staff.roles) {
        if (auto ok = writeRoles(staff.id, staff.roles); !ok)
            return std::unexpected(ok.error());
        if (auto ok = audit::append(m_db, who, u"staff"_s, staff.id, u"update"_s, u"roles"_s,
                                    roleKeys(before->roles).join(u", "_s), roleKeys(staff.roles).join(u", "_s));
            !ok)
            return std::unexpected(ok.error());
        if (*version == staff.version)
            (void)m_db.exec(u"UPDATE staff SET version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?"_s,
                            {Database::nowMs(), who.staffId, staff.id});
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return get(staff.id);
}

Status StaffRepository::setActive(const Session &who, qint64 staffId, bool active)
{
    if (auto ok = require(m_db, who, Action::StaffManage, u"staff"_s, staffId); !ok)
        return ok;
    if (!active && staffId == who.staffId)
        return failInvalid(u"active"_s, QCoreApplication::translate("sd::core::StaffRepository", "You cannot disable your own account."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto current = get(staffId);
    if (!current)
        return std::unexpected(current.error());
    auto v = RecordStore(m_db).update(who, u"staff"_s, staffId, current->version,
                                      {{u"active"_s, active}, {u"failed_logins"_s, 0},
                                       {u"login_locked_until"_s, QVariant(QMetaType::fromType<qint64>())}},
                                      active ? u"enable"_s : u"disable"_s);
    if (!v)
        return std::unexpected(v.error());
    return tx->commit();
}

Status StaffRepository::resetPassword(const Session &who, qint64 staffId, const QString &newPassword)
{
    if (auto ok = require(m_db, who, Action::StaffManage, u"staff"_s, staffId); !ok)
        return ok;
    auto hashed = password::hash(newPassword);
    if (!hashed)
        return std::unexpected(hashed.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto current = get(staffId);
    if (!current)
        return std::unexpected(current.error());
    // The hash itself never goes into the audit trail: only that it changed.
    auto q = m_db.exec(u"UPDATE staff SET password_hash = ?, failed_logins = 0, login_locked_until = NULL, version = version + 1, "
                       "updated_at = ?, updated_by = ? WHERE id = ?"_s,
                       {*hashed, Database::nowMs(), who.staffId, staffId});
    if (!q)
        return std::unexpected(q.error());
    if (auto ok = audit::append(m_db, who, u"staff"_s, staffId, u"reset_password"_s); !ok)
        return ok;
    return tx->commit();
}

Status StaffRepository::changeOwnPassword(const Session &who, const QString &oldPassword, const QString &newPassword)
{
    auto stored = m_db.scalar(u"SELECT password_hash FROM staff WHERE id = ?"_s, {who.staffId});
    if (!stored)
        return std::unexpected(stored.error());
    if (!password::verify(stored->toString(), oldPassword))
        return fail(ErrorCode::Authentication, QCoreApplication::translate("sd::core::StaffRepository", "The current password is not correct."));
    auto hashed = password::hash(newPassword);
    if (!hashed)
        return std::unexpected(hashed.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto q = m_db.exec(u"UPDATE staff SET password_hash = ?, version = version + 1, updated_at = ?, "
                       "updated_by = ? WHERE id = ?"_s,
                       {*hashed, Database::nowMs(), who.staffId, who.staffId});
    if (!q)
        return std::unexpected(q.error());
    if (auto ok = audit::append(m_db, who, u"staff"_s, who.staffId, u"change_password"_s); !ok)
        return ok;
    return tx->commit();
}

Result<Staff> StaffRepository::get(qint64 id) const
{
    auto q = m_db.exec(u"SELECT "_s + kStaffColumns +
                           u" FROM staff s LEFT JOIN departments d ON d.id = s.department_id WHERE s.id = ?"_s,
                       {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::StaffRepository", "No staff member with id %1.").arg(id));
    Staff s = readStaff(*q);
    auto r = m_db.exec(u"SELECT role FROM staff_roles WHERE staff_id = ?"_s, {id});
    if (!r)
        return std::unexpected(r.error());
    while (r->next())
        if (auto role = roleFromKey(r->value(0).toString()))
            s.roles.insert(*role);
    return s;
}

Result<Staff> StaffRepository::byLogin(const QString &login) const
{
    auto id = m_db.scalar(u"SELECT id FROM staff WHERE login = ?"_s, {login});
    if (!id)
        return std::unexpected(id.error());
    if (!id->isValid() || id->isNull())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::StaffRepository", "No staff member with the login \"%1\".").arg(login));
    return get(id->toLongLong());
}

Result<QList<Staff>> StaffRepository::list(bool includeInactive) const
{
    auto q = m_db.exec(u"SELECT "_s + kStaffColumns +
                       u" FROM staff s LEFT JOIN departments d ON d.id = s.department_id "_s +
                       (includeInactive ? QString() : u"WHERE s.active = 1 "_s) +
                       u"ORDER BY s.display_name COLLATE pinyin, s.id"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<Staff> out;
    QHash<qint64, int> index;
    while (q->next()) {
        index.insert(q->value(0).toLongLong(), out.size());
        out.append(readStaff(*q));
    }
    auto r = m_db.exec(u"SELECT staff_id, role FROM staff_roles"_s);
    if (!r)
        return std::unexpected(r.error());
    while (r->next()) {
        const qint64 id = r->value(0).toLongLong();
        if (index.contains(id))
            if (auto role = roleFromKey(r->value(1).toString()))
                out[index.value(id)].roles.insert(*role);
    }
    return out;
}

Result<QList<Staff>> StaffRepository::withRole(Role role) const
{
    auto all = list(false);
    if (!all)
        return all;
    QList<Staff> out;
    for (const Staff &s : *all)
        if (s.roles.contains(role))
            out.append(s);
    return out;
}

Result<qint64> StaffRepository::createDepartment(const Session &who, const Department &department)
{
    if (auto ok = require(m_db, who, Action::StaffManage, u"departments"_s); !ok)
        return std::unexpected(ok.error());
    if (department.name.trimmed().isEmpty())
        return failInvalid(u"name"_s, QCoreApplication::translate("sd::core::StaffRepository", "The department needs a name."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto id = RecordStore(m_db).insert(who, u"departments"_s,
                                       {{u"name"_s, department.name.trimmed()},
                                        {u"name_en"_s, department.nameEn.trimmed()},
                                        {u"head_id"_s, department.headId > 0 ? QVariant(department.headId) : QVariant()}});
    if (!id)
        return id;
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<QList<Department>> StaffRepository::departments() const
{
    auto q = m_db.exec(u"SELECT id, version, name, name_en, head_id FROM departments ORDER BY name COLLATE pinyin"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<Department> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toString(),
                    q->value(3).toString(), q->value(4).toLongLong()});
    return out;
}

Result<qint64> StaffRepository::departmentByName(const QString &name) const
{
    auto v = m_db.scalar(u"SELECT id FROM departments WHERE name = ? OR name_en = ?"_s, {name, name});
    if (!v)
        return std::unexpected(v.error());
    return v->isValid() ? v->toLongLong() : 0;
}

Result<QList<Department>> StaffRepository::departmentsById() const
{
    auto all = departments();
    if (all)
        std::sort(all->begin(), all->end(), [](const Department &a, const Department &b) { return a.id < b.id; });
    return all;
}

Result<bool> StaffRepository::headsDepartment(qint64 staffId) const
{
    auto heads = m_db.scalar(u"SELECT COUNT(*) FROM departments WHERE head_id = ?"_s, {staffId});
    if (!heads)
        return std::unexpected(heads.error());
    return staffId > 0 && heads->toInt() > 0;
}

Result<QList<Staff>> StaffRepository::activeDepartmentFirst(qint64 departmentId) const
{
    auto all = list(false);
    if (all)
        std::sort(all->begin(), all->end(), [departmentId](const Staff &a, const Staff &b) {
            const bool aIn = departmentId > 0 && a.departmentId == departmentId;
            const bool bIn = departmentId > 0 && b.departmentId == departmentId;
            return aIn != bIn ? aIn : a.id < b.id;
        });
    return all;
}

Result<int> StaffRepository::count() const
{
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM staff"_s);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<qint64> StaffRepository::bootstrapAdministrator(const QString &login, const QString &displayName,
                                                       const QString &pass)
{
    Staff s;
    s.login = login;
    s.displayName = displayName;
    s.roles = {Role::Administrator};
    if (auto ok = validate(s); !ok)
        return std::unexpected(ok.error());
    auto hashed = password::hash(pass);
    if (!hashed)
        return std::unexpected(hashed.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto count = m_db.scalar(u"SELECT COUNT(*) FROM staff"_s);
    if (!count)
        return std::unexpected(count.error());
    if (count->toInt() > 0)
        return failInvalid(u"login"_s, QCoreApplication::translate("sd::core::StaffRepository", "The database already has staff accounts; the administrator "
                                          "creates further accounts."));
    const Session system{0, u"system"_s, u"system"_s, {Role::Administrator}};
    QVariantMap values = staffValues(s);
    values.insert(u"login"_s, login);
    values.insert(u"password_hash"_s, *hashed);
    values.insert(u"active"_s, true);
    auto id = RecordStore(m_db).insert(system, u"staff"_s, values, u"bootstrap"_s);
    if (!id)
        return id;
    if (auto ok = writeRoles(*id, s.roles); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

// ---------------------------------------------------------------- AuthService

Result<Session> AuthService::sessionFor(const QString &login) const
{
    auto staff = StaffRepository(m_db).byLogin(login);
    if (!staff)
        return std::unexpected(staff.error());
    if (!staff->active)
        return fail(ErrorCode::Authentication, QCoreApplication::translate("sd::core::StaffRepository", "The account \"%1\" is disabled.").arg(login));
    return Session{staff->id, staff->login, staff->displayName, staff->roles};
}

Result<Session> AuthService::login(const QString &login, const QString &pass)
{
    const QString wrong = QCoreApplication::translate("sd::core::StaffRepository", "Wrong login or password.");
    const QString name = login.trimmed();
    auto row = m_db.exec(u"SELECT id, password_hash, active, failed_logins, login_locked_until FROM staff WHERE login = ?"_s,
                         {name});
    if (!row)
        return std::unexpected(row.error());
    if (!row->next()) {
        // As slow as a real check (the hash and an audit write), so an unknown login cannot be
        // told from a known one by time. What was typed is not kept: it may be a password.
        row->finish();
        (void)password::verify(password::timingDummy(), pass);
        qCInfo(lcAuth) << "login refused: no such account";
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return std::unexpected(tx.error());
        if (auto ok = audit::append(m_db, Session{}, u"staff"_s, 0, u"login_unknown"_s); !ok)
            return std::unexpected(ok.error());
        if (auto ok = tx->commit(); !ok)
            return std::unexpected(ok.error());
        return fail(ErrorCode::Authentication, wrong);
    }
    const qint64 id = row->value(0).toLongLong();
    const QString stored = row->value(1).toString();
    const bool active = row->value(2).toInt() != 0;
    const int failures = row->value(3).toInt();
    const qint64 lockedUntil = row->value(4).isNull() ? 0 : row->value(4).toLongLong();
    row->finish();
    const Session anonymous{id, name, {}, {}};
    const bool matches = password::verify(stored, pass);
    const qint64 now = Database::nowMs();

    // The outcome and its audit entry together, or neither.
    auto record = [&](const QString &sql, const QVariantList &binds, const Session &who, const QString &action) -> Status {
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return std::unexpected(tx.error());
        if (!sql.isEmpty())
            if (auto q = m_db.exec(sql, binds); !q)
                return std::unexpected(q.error());
        if (auto ok = audit::append(m_db, who, u"staff"_s, id, action); !ok)
            return ok;
        return tx->commit();
    };

    if (lockedUntil > now) {
        qCInfo(lcAuth).noquote() << "login refused, account locked:" << name;
        if (auto ok = record({}, {}, anonymous, u"login_refused_locked"_s); !ok)
            return std::unexpected(ok.error());
        const qint64 minutes = (lockedUntil - now + 59'999) / 60'000;
        return fail(ErrorCode::Authentication,
                    QCoreApplication::translate("sd::core::StaffRepository", "Too many wrong passwords: this account is locked for %n more "
                                                "minute(s). Wait, or ask the administrator to reset the password.",
                                                nullptr, int(minutes)));
    }
    if (!matches) {
        const int failed = failures + 1;
        qCInfo(lcAuth).noquote() << "wrong password for" << name << "(" << failed << "in a row)";
        const QVariant lock = failed >= kLoginFailuresBeforeLock
                                  ? QVariant(now + qint64(kLoginLockMinutes) * 60'000)
                                  : QVariant(QMetaType::fromType<qint64>());
        if (auto ok = record(u"UPDATE staff SET failed_logins = ?, login_locked_until = ? WHERE id = ?"_s,
                             {failed, lock, id}, anonymous,
                             lock.isNull() ? u"login_failed"_s : u"login_locked"_s);
            !ok)
            return std::unexpected(ok.error());
        return fail(ErrorCode::Authentication, wrong);
    }
    if (!active) {
        if (auto ok = record({}, {}, anonymous, u"login_refused_disabled"_s); !ok)
            return std::unexpected(ok.error());
        return fail(ErrorCode::Authentication, QCoreApplication::translate("sd::core::StaffRepository", "This account is disabled. Ask the administrator."));
    }
    auto session = sessionFor(name);
    if (!session)
        return session;
    if (auto ok = record(u"UPDATE staff SET failed_logins = 0, login_locked_until = NULL WHERE id = ?"_s, {id}, *session,
                         u"login"_s);
        !ok)
        return std::unexpected(ok.error());
    qCInfo(lcAuth).noquote() << "logged in:" << name;
    return session;
}

} // namespace sd::core
