#include "core/audit/audit.h"
#include "core/auth/password.h"
#include "core/auth/staffrepository.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

TEST_CASE("passwords are stored only as salted Argon2id hashes", "[auth]")
{
    auto a = password::hash(u"längeres Passwort 密码"_s);
    auto b = password::hash(u"längeres Passwort 密码"_s);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->startsWith(u"$argon2id$"_s));
    CHECK(*a != *b); // salted
    CHECK_FALSE(a->contains(u"Passwort"_s));
    CHECK(password::verify(*a, u"längeres Passwort 密码"_s));
    CHECK_FALSE(password::verify(*a, u"längeres Passwort"_s));
    auto tooShort = password::hash(u"short"_s);
    REQUIRE_FALSE(tooShort);
    CHECK(tooShort.error().code == ErrorCode::Invalid);
    CHECK_FALSE(password::verify(u"plain"_s, u"plain"_s));
}

TEST_CASE("the administrator creates, disables, re-enables and resets accounts", "[auth]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    StaffRepository staff(t.db());
    AuthService auth(t.db());
    Staff s;
    s.login = u"hotline7"_s;
    s.displayName = u"刘洋"_s;
    s.roles = {Role::HotlineOperator};
    auto id = staff.create(t.admin(), s, u"first password"_s);
    REQUIRE(id);
    CHECK(t.db().scalar(u"SELECT password_hash FROM staff WHERE id = ?"_s, {*id})->toString().startsWith(u"$argon2id$"_s));

    auto session = auth.login(u"hotline7"_s, u"first password"_s);
    REQUIRE(session);
    CHECK(session->has(Role::HotlineOperator));
    CHECK_FALSE(session->has(Role::Administrator));
    CHECK(session->displayName == u"刘洋"_s);

    auto wrong = auth.login(u"hotline7"_s, u"not the password"_s);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::Authentication);
    CHECK(t.db().scalar(u"SELECT failed_logins FROM staff WHERE id = ?"_s, {*id})->toInt() == 1);

    REQUIRE(staff.setActive(t.admin(), *id, false));
    auto disabled = auth.login(u"hotline7"_s, u"first password"_s);
    REQUIRE_FALSE(disabled);
    CHECK(disabled.error().message.contains(u"disabled"_s));

    REQUIRE(staff.setActive(t.admin(), *id, true));
    REQUIRE(staff.resetPassword(t.admin(), *id, u"second password"_s));
    CHECK_FALSE(auth.login(u"hotline7"_s, u"first password"_s));
    CHECK(auth.login(u"hotline7"_s, u"second password"_s));

    auto trail = audit::forRecord(t.db(), u"staff"_s, *id);
    QStringList actions;
    for (const auto &e : *trail)
        actions << e.action;
    CHECK(actions.contains(u"disable"_s));
    CHECK(actions.contains(u"enable"_s));
    CHECK(actions.contains(u"reset_password"_s));
    CHECK(actions.contains(u"login_failed"_s));
    for (const auto &e : *trail)
        CHECK_FALSE(e.newValue.contains(u"argon2"_s));
}

TEST_CASE("only an administrator manages accounts — refusals are audited and change nothing", "[auth][permissions]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    StaffRepository staff(t.db());
    const Session manager = t.sessionWith({Role::ServiceManager});
    const int before = t.db().scalar(u"SELECT COUNT(*) FROM staff"_s)->toInt();
    Staff s;
    s.login = u"sneaky"_s;
    s.displayName = u"Sneaky"_s;
    s.roles = {Role::Administrator};
    auto created = staff.create(manager, s, u"whatever123"_s);
    REQUIRE_FALSE(created);
    CHECK(created.error().code == ErrorCode::Forbidden);
    CHECK(t.db().scalar(u"SELECT COUNT(*) FROM staff"_s)->toInt() == before);
    auto reset = staff.resetPassword(manager, t.admin().staffId, u"hijacked pw"_s);
    REQUIRE_FALSE(reset);
    CHECK(AuthService(t.db()).login(u"admin"_s, sd::test::testPassword()));
    CHECK(t.db().scalar(u"SELECT COUNT(*) FROM audit WHERE actor_id = ? AND action = 'forbidden:staff.manage'"_s,
                        {manager.staffId})->toInt() == 2);
}

TEST_CASE("logins are unique and validated — an administrator cannot disable themself", "[auth]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    StaffRepository staff(t.db());
    Staff s;
    s.login = u"admin"_s;
    s.displayName = u"Again"_s;
    auto dup = staff.create(t.admin(), s, u"password123"_s);
    REQUIRE_FALSE(dup);
    CHECK(dup.error().field == u"login"_s);
    s.login = u"has space"_s;
    CHECK(staff.create(t.admin(), s, u"password123"_s).error().field == u"login"_s);
    auto self = staff.setActive(t.admin(), t.admin().staffId, false);
    REQUIRE_FALSE(self);
    CHECK(self.error().code == ErrorCode::Invalid);
}

TEST_CASE("the first administrator is bootstrapped only into a database without staff", "[auth]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    auto refused = StaffRepository(t.db()).bootstrapAdministrator(u"root"_s, u"Root"_s, u"password123"_s);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Invalid);
}

TEST_CASE("repeated wrong passwords lock the account for a while, audited, and an administrator can lift it",
          "[auth][security]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    const qint64 start = QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    ScopedClock clock(start);
    StaffRepository staff(t.db());
    AuthService auth(t.db());
    Staff s;
    s.login = u"hotline8"_s;
    s.displayName = u"王磊"_s;
    s.roles = {Role::HotlineOperator};
    auto id = staff.create(t.admin(), s, u"right password"_s);
    REQUIRE(id);
    auto audited = [&](const QString &action) {
        return t.db().scalar(u"SELECT COUNT(*) FROM audit WHERE table_name = 'staff' AND record_id = ? AND action = ?"_s,
                             {*id, action})
            ->toInt();
    };
    auto failures = [&] { return t.db().scalar(u"SELECT failed_logins FROM staff WHERE id = ?"_s, {*id})->toInt(); };

    // Below the limit a right password still works, and resets the count.
    for (int i = 0; i < kLoginFailuresBeforeLock - 1; ++i)
        CHECK_FALSE(auth.login(u"hotline8"_s, u"guess %1"_s.arg(i)));
    CHECK(failures() == kLoginFailuresBeforeLock - 1);
    REQUIRE(auth.login(u"hotline8"_s, u"right password"_s));
    CHECK(failures() == 0);

    // At the limit the account locks: the right password is refused, saying why.
    for (int i = 0; i < kLoginFailuresBeforeLock; ++i) {
        auto r = auth.login(u"hotline8"_s, u"guess %1"_s.arg(i));
        REQUIRE_FALSE(r);
        CHECK(r.error().message == u"Wrong login or password."_s);
    }
    CHECK(audited(u"login_locked"_s) == 1);
    CHECK(audited(u"login_failed"_s) == 2 * (kLoginFailuresBeforeLock - 1));
    auto locked = auth.login(u"hotline8"_s, u"right password"_s);
    REQUIRE_FALSE(locked);
    CHECK(locked.error().code == ErrorCode::Authentication);
    CHECK(locked.error().message.contains(u"locked"_s));
    CHECK(locked.error().message.contains(QString::number(kLoginLockMinutes)));
    CHECK(audited(u"login_refused_locked"_s) == 1);

    // A minute before the lock ends: still locked; once it has ended, the right password works.
    clock.set(start + (kLoginLockMinutes - 1) * 60'000);
    CHECK_FALSE(auth.login(u"hotline8"_s, u"right password"_s));
    clock.set(start + kLoginLockMinutes * 60'000 + 1);
    REQUIRE(auth.login(u"hotline8"_s, u"right password"_s));
    CHECK(failures() == 0);

    // Locked again, the administrator's password reset lifts it at once.
    for (int i = 0; i < kLoginFailuresBeforeLock; ++i)
        CHECK_FALSE(auth.login(u"hotline8"_s, u"guess"_s));
    CHECK_FALSE(auth.login(u"hotline8"_s, u"right password"_s));
    REQUIRE(staff.resetPassword(t.admin(), *id, u"new password 2026"_s));
    REQUIRE(auth.login(u"hotline8"_s, u"new password 2026"_s));
}

TEST_CASE("an unknown login is refused in the same words as a wrong password, and leaves no trace of what was typed",
          "[auth][security]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    AuthService auth(t.db());
    const int before = t.db().scalar(u"SELECT COUNT(*) FROM audit"_s)->toInt();
    auto r = auth.login(u"nobody-here"_s, u"my secret password"_s);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Authentication);
    CHECK(r.error().message == u"Wrong login or password."_s);
    CHECK(t.db().scalar(u"SELECT COUNT(*) FROM audit"_s)->toInt() == before + 1);
    CHECK(t.db().scalar(u"SELECT COUNT(*) FROM audit WHERE action = 'login_unknown'"_s)->toInt() == 1);
    CHECK(t.db().scalar(u"SELECT COUNT(*) FROM audit WHERE actor_login LIKE '%nobody%' OR new_value LIKE '%secret%' "
                        "OR old_value LIKE '%secret%'"_s)
              ->toInt() == 0);
    // The dummy the check runs against is a real Argon2id hash, so it costs what a real one does.
    CHECK(password::timingDummy().startsWith(u"$argon2id$"_s));
    CHECK_FALSE(password::verify(password::timingDummy(), u"my secret password"_s));
}
