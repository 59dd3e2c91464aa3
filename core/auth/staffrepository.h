#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"

#include <QList>

namespace sd::core {

struct Staff {
    qint64 id = 0;
    int version = 0;
    QString login;
    QString displayName;
    qint64 departmentId = 0;
    QString department;   ///< name, read-only
    QString phone;
    QString email;
    QString region;       ///< where an engineer is based
    QString skills;       ///< products / modules, comma-separated
    bool active = true;
    RoleSet roles;
};

struct Department {
    qint64 id = 0;
    int version = 0;
    QString name;
    QString nameEn;
    qint64 headId = 0;
};

/// Staff accounts and departments. Account changes need Action::StaffManage (administrator).
class StaffRepository final
{
public:
    explicit StaffRepository(Database db) : m_db(std::move(db)) {}

    /// Creates an account; the password is stored only as an Argon2id hash.
    Result<qint64> create(const Session &who, const Staff &staff, const QString &password);
    /// Saves display name, department, contact data, skills and roles (version-checked).
    Result<Staff> save(const Session &who, const Staff &staff);
    Status setActive(const Session &who, qint64 staffId, bool active);
    Status resetPassword(const Session &who, qint64 staffId, const QString &newPassword);
    /// A staff member changing their own password (needs the old one).
    Status changeOwnPassword(const Session &who, const QString &oldPassword, const QString &newPassword);

    Result<Staff> get(qint64 id) const;
    Result<Staff> byLogin(const QString &login) const;
    Result<QList<Staff>> list(bool includeInactive = true) const;
    /// Active staff holding `role`, by name.
    Result<QList<Staff>> withRole(Role role) const;

    Result<qint64> createDepartment(const Session &who, const Department &department);
    Result<QList<Department>> departments() const;
    Result<qint64> departmentByName(const QString &name) const; ///< 0 when none
    /// Departments in the order they were created (by id), as the desk's pickers list them.
    Result<QList<Department>> departmentsById() const;
    /// True when `staffId` is the head of some department.
    Result<bool> headsDepartment(qint64 staffId) const;
    /// Active staff, those of `departmentId` first, then by id (with their department's name).
    Result<QList<Staff>> activeDepartmentFirst(qint64 departmentId) const;
    /// Accounts in the database, active or not (0: a new database needs its first administrator).
    Result<int> count() const;

    /// The first administrator of an empty database (used by `init`; refused when staff exist).
    Result<qint64> bootstrapAdministrator(const QString &login, const QString &displayName,
                                          const QString &password);

private:
    Status writeRoles(qint64 staffId, const RoleSet &roles) const;
    Database m_db;
};

/// Logging in: checks the password, refuses disabled accounts, records the attempt.
/// Wrong passwords in a row that lock an account, and for how long.
inline constexpr int kLoginFailuresBeforeLock = 5;
inline constexpr int kLoginLockMinutes = 15;

class AuthService final
{
public:
    explicit AuthService(Database db) : m_db(std::move(db)) {}
    /// Logs in. A wrong login and a wrong password cost the same time and say the same words;
    /// kLoginFailuresBeforeLock wrong passwords in a row lock the account for kLoginLockMinutes
    /// (even the right password is refused meanwhile; an administrator's password reset or
    /// enabling the account lifts it). Every outcome is audited with its counter in one
    /// transaction: when the audit cannot be written, the login fails.
    Result<Session> login(const QString &login, const QString &password);
    /// A session for an existing staff member without a password (CLI run by the OS
    /// administrator on the database file, tests).
    Result<Session> sessionFor(const QString &login) const;

private:
    Database m_db;
};

} // namespace sd::core
