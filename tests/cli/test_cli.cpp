// servicedeskctl, run as a separate process (as an administrator would) against real databases.
#include "core/auth/staffrepository.h"
#include "core/csv/textdecoding.h"
#include "core/db/migrations.h"
#include "core/demo/demodata.h"
#include "core/demo/demopicks.h"
#include "tests/cli/ctlrun.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::CtlRun;
using sd::test::TestDatabase;

namespace {

QProcessEnvironment ctlEnvironment(const QList<std::pair<QString, QString>> &env)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(u"SD_PASSWORD"_s);
    e.remove(u"SD_NEW_PASSWORD"_s);
    for (const auto &[key, value] : env)
        e.insert(key, value);
    return e;
}

/// Runs servicedeskctl to the end (standard input is not a terminal: nothing is ever asked).
CtlRun ctl(const QStringList &args, const QList<std::pair<QString, QString>> &env = {})
{
    QProcess p;
    p.setProcessEnvironment(ctlEnvironment(env));
    p.start(QStringLiteral(SD_CTL_PATH), args);
    REQUIRE(p.waitForStarted(30000));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(180000));
    CtlRun run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
               QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    UNSCOPED_INFO("servicedeskctl " << args.join(u' ').toStdString() << " → " << run.exitCode
                                    << "\nstdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
    return run;
}

/// The same, acting as `login` (password through SD_PASSWORD).
CtlRun ctlAs(const TestDatabase &t, const QString &login, const QStringList &args,
             QList<std::pair<QString, QString>> env = {})
{
    env.append({u"SD_PASSWORD"_s, sd::test::testPassword()});
    return ctl(QStringList{u"--database"_s, t.url(), u"--as"_s, login} + args, env);
}

/// Every error is exactly one line on stderr, prefixed with the program's name.
void requireOneErrorLine(const CtlRun &run)
{
    REQUIRE(run.err.startsWith(u"servicedeskctl: "_s));
    REQUIRE(run.err.endsWith(u'\n'));
    REQUIRE(run.err.count(u'\n') == 1);
}

qint64 count(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    auto n = db.scalar(sql, binds);
    REQUIRE(n);
    return n->toLongLong();
}

/// A database that does not exist yet (SQLite: a path; PostgreSQL: an empty database), for
/// init and restore. Dropped when destroyed.
class FreshDatabase
{
public:
    explicit FreshDatabase(Backend backend) : m_backend(backend)
    {
        if (backend == Backend::SQLite) {
            REQUIRE(m_dir.isValid());
            m_url = m_dir.filePath(u"fresh.sqlite"_s);
            return;
        }
        auto server = ConnectionSpec::parse(sd::test::postgresServerUrl());
        REQUIRE(server);
        auto admin = Database::open(*server);
        REQUIRE(admin);
        m_pgName = u"sdcli_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
        REQUIRE(admin->execRaw(u"CREATE DATABASE "_s + m_pgName));
        admin->close();
        m_url = u"postgresql://%1@%2:%3/%4"_s.arg(server->user, server->host).arg(server->port).arg(m_pgName);
    }
    ~FreshDatabase()
    {
        if (m_db)
            m_db->close();
        if (m_pgName.isEmpty())
            return;
        if (auto server = ConnectionSpec::parse(sd::test::postgresServerUrl())) {
            if (auto admin = Database::open(*server)) {
                (void)admin->execRaw(u"DROP DATABASE IF EXISTS "_s + m_pgName + u" WITH (FORCE)"_s);
                admin->close();
            }
        }
    }
    Q_DISABLE_COPY_MOVE(FreshDatabase)

    QString url() const { return m_url; }
    /// A connection of the test's own (opened on first use).
    const Database &db()
    {
        if (!m_db) {
            auto spec = ConnectionSpec::parse(m_url);
            REQUIRE(spec);
            auto db = Database::open(*spec);
            REQUIRE(db);
            m_db = *db;
        }
        return *m_db;
    }

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_pgName;
    std::optional<Database> m_db;
};

bool postgresToolsAvailable()
{
    return QFileInfo::exists(u"/usr/lib/postgresql/15/bin/pg_dump"_s)
        || !QStandardPaths::findExecutable(u"pg_dump"_s).isEmpty();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

// ---------------------------------------------------------------- init, migrate

TEST_CASE("init on a fresh database creates the schema and the first administrator, and a second init "
          "changes nothing",
          "[cli]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backend);
    FreshDatabase fresh(backend);

    const CtlRun first = ctl({u"--database"_s, fresh.url(), u"--json"_s, u"init"_s, u"--admin"_s, u"boss"_s,
                              u"--admin-password"_s, u"first-boss-pw"_s});
    REQUIRE(first.exitCode == 0);
    const QJsonObject j = first.json();
    CHECK(j.value(u"administrator_created"_s).toBool());
    CHECK(j.value(u"administrator"_s).toString() == u"boss"_s);
    CHECK(j.value(u"schema_version_before"_s).toInt() == 0);
    CHECK(j.value(u"schema_version"_s).toInt() == latestSchemaVersion());
    CHECK(j.value(u"sla_policies_seeded"_s).toInt() > 0);

    const Database &db = fresh.db();
    auto session = AuthService(db).login(u"boss"_s, u"first-boss-pw"_s);
    REQUIRE(session);
    CHECK(session->has(Role::Administrator));
    const qint64 policies = count(db, u"SELECT COUNT(*) FROM sla_policies"_s);
    const qint64 days = count(db, u"SELECT COUNT(*) FROM calendar_days"_s);
    CHECK(policies > 0);
    CHECK(days > 0); // the shipped Chinese holidays

    // Again, even with other administrator details: nothing is created or re-seeded.
    const CtlRun second = ctl({u"--database"_s, fresh.url(), u"--json"_s, u"init"_s, u"--admin"_s, u"other"_s,
                               u"--admin-password"_s, u"other-pw-123"_s});
    REQUIRE(second.exitCode == 0);
    CHECK_FALSE(second.json().value(u"administrator_created"_s).toBool());
    CHECK(second.json().value(u"sla_policies_seeded"_s).toInt() == 0);
    CHECK(count(db, u"SELECT COUNT(*) FROM staff"_s) == 1);
    CHECK(count(db, u"SELECT COUNT(*) FROM sla_policies"_s) == policies);
    CHECK(count(db, u"SELECT COUNT(*) FROM calendar_days"_s) == days);
    CHECK(count(db, u"SELECT MAX(version) FROM schema_version"_s) == latestSchemaVersion());
}

TEST_CASE("init without a password for the first administrator fails and creates no account", "[cli]")
{
    FreshDatabase fresh(Backend::SQLite);
    const CtlRun run = ctl({u"--database"_s, fresh.url(), u"init"_s});
    CHECK(run.exitCode == 1);
    requireOneErrorLine(run);
    CHECK(run.err.contains(u"--admin-password"_s));
    CHECK(count(fresh.db(), u"SELECT COUNT(*) FROM staff"_s) == 0);

    const CtlRun withEnv = ctl({u"--database"_s, fresh.url(), u"init"_s}, {{u"SD_NEW_PASSWORD"_s, u"from-env-pw"_s}});
    REQUIRE(withEnv.exitCode == 0);
    CHECK(AuthService(fresh.db()).login(u"admin"_s, u"from-env-pw"_s));
}

TEST_CASE("migrate refuses a database of a newer schema with exit code 3 and leaves it untouched", "[cli]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backend);
    TestDatabase t = TestDatabase::create(backend);
    const int newer = latestSchemaVersion() + 1;
    REQUIRE(t.db().exec(u"INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)"_s,
                        {newer, Database::nowMs(), u"from the future"_s}));

    const CtlRun run = ctl({u"--database"_s, t.url(), u"migrate"_s});
    CHECK(run.exitCode == 3);
    requireOneErrorLine(run);
    CHECK(run.err.contains(u"newer version of Service Center Desk"_s));
    CHECK(run.out.isEmpty());

    const CtlRun json = ctl({u"--database"_s, t.url(), u"--json"_s, u"migrate"_s});
    CHECK(json.exitCode == 3);
    CHECK(json.json().value(u"code"_s).toString() == u"schema_too_new"_s);
    CHECK(json.json().value(u"error"_s).toString().contains(u"newer version"_s));

    // Every other command refuses it the same way.
    CHECK(ctlAs(t, u"admin"_s, {u"user"_s, u"list"_s}).exitCode == 3);
    CHECK(ctl({u"--database"_s, t.url(), u"init"_s, u"--admin-password"_s, u"whatever-123"_s}).exitCode == 3);

    CHECK(count(t.db(), u"SELECT MAX(version) FROM schema_version"_s) == newer);
}

TEST_CASE("a command on a SQLite file that does not exist fails without creating it", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"typo.sqlite"_s);
    const CtlRun run = ctl({u"--database"_s, path, u"calendar"_s, u"show"_s});
    CHECK(run.exitCode == 1);
    requireOneErrorLine(run);
    CHECK(run.err.contains(u"servicedeskctl init"_s));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("usage errors exit with code 2 and one line", "[cli]")
{
    CHECK(ctl({}).exitCode == 2);
    const CtlRun unknown = ctl({u"frobnicate"_s});
    CHECK(unknown.exitCode == 2);
    requireOneErrorLine(unknown);
    CHECK(ctl({u"user"_s}).exitCode == 2);
    CHECK(ctl({u"user"_s, u"add"_s, u"x"_s, u"--bogus"_s}).exitCode == 2);
    const CtlRun json = ctl({u"--json"_s, u"user"_s, u"frob"_s});
    CHECK(json.exitCode == 2);
    CHECK(json.json().value(u"code"_s).toString() == u"usage"_s);
    const CtlRun help = ctl({u"user"_s, u"add"_s, u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"--roles"_s));
}

// ---------------------------------------------------------------- users

TEST_CASE("an administrator adds, lists, disables, enables and resets the password of an account", "[cli]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backend);
    TestDatabase t = TestDatabase::create(backend);

    const CtlRun add = ctlAs(t, u"admin"_s,
                             {u"--json"_s, u"user"_s, u"add"_s, u"liming"_s, u"--name"_s, u"李明"_s, u"--roles"_s,
                              u"hotline_operator,sales"_s, u"--password"_s, u"first-password"_s});
    REQUIRE(add.exitCode == 0);
    const QJsonObject added = add.json();
    CHECK(added.value(u"login"_s).toString() == u"liming"_s);
    CHECK(added.value(u"name"_s).toString() == u"李明"_s);
    CHECK(added.value(u"roles"_s).toArray() == QJsonArray{u"sales"_s, u"hotline_operator"_s});
    CHECK(added.value(u"active"_s).toBool());

    auto session = AuthService(t.db()).login(u"liming"_s, u"first-password"_s);
    REQUIRE(session);
    CHECK(session->roles == RoleSet{Role::HotlineOperator, Role::Sales});

    const CtlRun list = ctlAs(t, u"admin"_s, {u"--json"_s, u"user"_s, u"list"_s});
    REQUIRE(list.exitCode == 0);
    const QJsonArray staff = list.json().value(u"staff"_s).toArray();
    CHECK(list.json().value(u"count"_s).toInt() == staff.size());
    bool found = false;
    for (const QJsonValue &v : staff) {
        if (v.toObject().value(u"login"_s).toString() == u"liming"_s) {
            found = true;
            CHECK(v.toObject().value(u"roles"_s).toArray().contains(u"hotline_operator"_s));
        }
    }
    CHECK(found);

    const CtlRun human = ctlAs(t, u"admin"_s, {u"user"_s, u"list"_s});
    REQUIRE(human.exitCode == 0);
    CHECK(human.out.startsWith(u"LOGIN"_s));
    CHECK(human.out.contains(u"liming"_s));

    REQUIRE(ctlAs(t, u"admin"_s, {u"user"_s, u"disable"_s, u"liming"_s}).exitCode == 0);
    auto refused = AuthService(t.db()).login(u"liming"_s, u"first-password"_s);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Authentication);
    const CtlRun disabledActs = ctl({u"--database"_s, t.url(), u"--as"_s, u"liming"_s, u"user"_s, u"list"_s},
                                    {{u"SD_PASSWORD"_s, u"first-password"_s}});
    CHECK(disabledActs.exitCode == 1);
    CHECK(disabledActs.err.contains(u"disabled"_s));

    REQUIRE(ctlAs(t, u"admin"_s, {u"user"_s, u"enable"_s, u"liming"_s}).exitCode == 0);
    CHECK(AuthService(t.db()).login(u"liming"_s, u"first-password"_s));

    const CtlRun passwd = ctlAs(t, u"admin"_s, {u"user"_s, u"passwd"_s, u"liming"_s},
                                {{u"SD_NEW_PASSWORD"_s, u"second-password"_s}});
    REQUIRE(passwd.exitCode == 0);
    CHECK_FALSE(AuthService(t.db()).login(u"liming"_s, u"first-password"_s));
    CHECK(AuthService(t.db()).login(u"liming"_s, u"second-password"_s));

    // A staff member may change their own password (the --as password is the current one).
    const CtlRun own = ctl({u"--database"_s, t.url(), u"--as"_s, u"liming"_s, u"user"_s, u"passwd"_s, u"liming"_s},
                           {{u"SD_PASSWORD"_s, u"second-password"_s}, {u"SD_NEW_PASSWORD"_s, u"third-password"_s}});
    REQUIRE(own.exitCode == 0);
    CHECK(AuthService(t.db()).login(u"liming"_s, u"third-password"_s));

    // Bad input: an unknown role is a usage error; a taken login is refused by the core.
    CHECK(ctlAs(t, u"admin"_s, {u"user"_s, u"add"_s, u"x1"_s, u"--name"_s, u"X"_s, u"--roles"_s, u"wizard"_s,
                                u"--password"_s, u"whatever-123"_s})
              .exitCode == 2);
    const CtlRun taken = ctlAs(t, u"admin"_s, {u"user"_s, u"add"_s, u"liming"_s, u"--name"_s, u"X"_s, u"--roles"_s,
                                               u"sales"_s, u"--password"_s, u"whatever-123"_s});
    CHECK(taken.exitCode == 1);
    requireOneErrorLine(taken);
}

TEST_CASE("a non-administrator acting with --as is refused with exit code 4, nothing changes, and the "
          "refusal is audited",
          "[cli]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backend);
    TestDatabase t = TestDatabase::create(backend);
    const Session operatorSession = t.sessionWith({Role::HotlineOperator}, u"话务员"_s);
    const qint64 staffBefore = count(t.db(), u"SELECT COUNT(*) FROM staff"_s);

    const CtlRun add = ctlAs(t, operatorSession.login,
                             {u"user"_s, u"add"_s, u"sneaky"_s, u"--name"_s, u"Sneaky"_s, u"--roles"_s,
                              u"administrator"_s, u"--password"_s, u"sneaky-password"_s});
    CHECK(add.exitCode == 4);
    requireOneErrorLine(add);
    CHECK(add.err.contains(u"staff.manage"_s));
    CHECK(count(t.db(), u"SELECT COUNT(*) FROM staff"_s) == staffBefore);
    CHECK(count(t.db(), u"SELECT COUNT(*) FROM audit WHERE action = ? AND actor_login = ?"_s,
                {u"forbidden:staff.manage"_s, operatorSession.login})
          == 1);

    const CtlRun disable = ctlAs(t, operatorSession.login, {u"--json"_s, u"user"_s, u"disable"_s, u"admin"_s});
    CHECK(disable.exitCode == 4);
    CHECK(disable.json().value(u"code"_s).toString() == u"forbidden"_s);
    CHECK(count(t.db(), u"SELECT active FROM staff WHERE login = 'admin'"_s) == 1);

    CHECK(ctlAs(t, operatorSession.login, {u"user"_s, u"passwd"_s, u"admin"_s},
                {{u"SD_NEW_PASSWORD"_s, u"hijacked-password"_s}})
              .exitCode == 4);
    CHECK(AuthService(t.db()).login(u"admin"_s, sd::test::testPassword()));

    CHECK(ctlAs(t, operatorSession.login, {u"user"_s, u"list"_s}).exitCode == 4);
    CHECK(count(t.db(), u"SELECT COUNT(*) FROM audit WHERE action = ? AND actor_login = ?"_s,
                {u"forbidden:staff.manage"_s, operatorSession.login})
          == 4);
}

TEST_CASE("a wrong password for --as exits 1 with one clear line and is audited", "[cli]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backend);
    TestDatabase t = TestDatabase::create(backend);
    const CtlRun run = ctl({u"--database"_s, t.url(), u"--as"_s, u"admin"_s, u"user"_s, u"list"_s},
                           {{u"SD_PASSWORD"_s, u"not the password"_s}});
    CHECK(run.exitCode == 1);
    CHECK(run.err == u"servicedeskctl: --as admin: Wrong login or password.\n"_s);
    CHECK(run.out.isEmpty());
    CHECK(count(t.db(), u"SELECT COUNT(*) FROM audit WHERE action = 'login_failed'"_s) == 1);

    // No password at all, and no terminal to ask on.
    const CtlRun none = ctl({u"--database"_s, t.url(), u"--as"_s, u"admin"_s, u"user"_s, u"list"_s});
    CHECK(none.exitCode == 1);
    requireOneErrorLine(none);
    CHECK(none.err.contains(u"SD_PASSWORD"_s));

    // A command that needs --as, without it.
    CHECK(ctl({u"--database"_s, t.url(), u"user"_s, u"list"_s}).exitCode == 2);

    // Guessing: after the limit even the right password is refused, saying the account is
    // locked (the lock itself is core's: tests/core/test_auth.cpp).
    for (int i = 1; i < kLoginFailuresBeforeLock; ++i)
        CHECK(ctl({u"--database"_s, t.url(), u"--as"_s, u"admin"_s, u"user"_s, u"list"_s},
                  {{u"SD_PASSWORD"_s, u"guess number %1"_s.arg(i)}})
                  .exitCode == 1);
    const CtlRun locked = ctlAs(t, u"admin"_s, {u"user"_s, u"list"_s});
    CHECK(locked.exitCode == 1);
    requireOneErrorLine(locked);
    CHECK(locked.err.contains(u"locked"_s));
    CHECK(count(t.db(), u"SELECT COUNT(*) FROM audit WHERE action = 'login_locked'"_s) == 1);
}

// ---------------------------------------------------------------- customers

TEST_CASE("a customer file with a bad row on line 4 exits 1, names line 4 and imports nothing", "[cli]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backend);
    TestDatabase t = TestDatabase::create(backend);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"bad.csv"_s);
    writeFile(file, u"company,contact,phone\n"        // 1
                    "华联商厦,张伟,010-6543 2100\n"   // 2
                    "浦东发展,王芳,021-5888 0000\n"   // 3
                    ",无名,13800138000\n"             // 4: no company
                    "Delta,Li,13900139000\n"_s.toUtf8());

    const CtlRun run = ctlAs(t, u"admin"_s, {u"customer"_s, u"import"_s, file});
    CHECK(run.exitCode == 1);
    requireOneErrorLine(run);
    CHECK(run.err.startsWith(u"servicedeskctl: line 4: "_s));
    CHECK(count(t.db(), u"SELECT COUNT(*) FROM customers"_s) == 0);

    const CtlRun json = ctlAs(t, u"admin"_s, {u"--json"_s, u"customer"_s, u"import"_s, file});
    CHECK(json.exitCode == 1);
    CHECK(json.json().value(u"line"_s).toInt() == 4);
    CHECK(json.json().value(u"error"_s).toString().startsWith(u"line 4"_s));
    CHECK(count(t.db(), u"SELECT COUNT(*) FROM customers"_s) == 0);
}

TEST_CASE("a GBK customer file from Excel on a Chinese Windows imports with its encoding detected", "[cli]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backend);
    TestDatabase t = TestDatabase::create(backend);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"gbk.csv"_s);
    auto bytes = encodeText(u"公司名称,联系人,联系电话,地址\r\n"
                            "北京华联商厦有限公司,张伟,010-6543 2100,北京市朝阳区建国路1号\r\n"
                            "上海浦东发展公司,王芳,021-5888 0000,上海市浦东新区\r\n"_s,
                            ExportEncoding::Gb18030);
    REQUIRE(bytes);
    REQUIRE_FALSE(isValidUtf8(*bytes)); // really not UTF-8
    writeFile(file, *bytes);

    const CtlRun run = ctlAs(t, u"admin"_s, {u"--json"_s, u"customer"_s, u"import"_s, file});
    REQUIRE(run.exitCode == 0);
    CHECK(run.json().value(u"imported"_s).toInt() == 2);
    CHECK(run.json().value(u"encoding"_s).toString() == u"gb18030"_s);
    CHECK(count(t.db(), u"SELECT COUNT(*) FROM customers WHERE name = ?"_s, {u"北京华联商厦有限公司"_s}) == 1);

    // The same file again: nothing is duplicated, and the output says why.
    const CtlRun human = ctlAs(t, u"admin"_s, {u"customer"_s, u"import"_s, file});
    REQUIRE(human.exitCode == 0);
    CHECK(human.out.contains(u"Imported 0 customers"_s));
    CHECK(human.out.contains(u"2 rows were in the registry already"_s));
    CHECK(human.out.contains(u"GB18030"_s));
    CHECK(count(t.db(), u"SELECT COUNT(*) FROM customers WHERE name = ?"_s, {u"北京华联商厦有限公司"_s}) == 1);
}

TEST_CASE("exported customers import into another database and export again byte for byte", "[cli]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backend);
    TestDatabase source = TestDatabase::create(backend);
    QTemporaryDir dir;
    const QString original = dir.filePath(u"original.csv"_s);
    writeFile(original,
              u"company,contact,phone,address,product,email,service_code,region,key_customer,contract_type,"
              "contract_start,contract_end\n"
              "北京华联商厦有限公司,张伟,010-6543 2100;13800138000,\"北京市朝阳区建国路1号, 3层\",用友U8+ 16.0,"
              "zw@hualian.example,SC-0001,other_province,yes,SPS,2025-03-01,2026-02-28\n"
              "=1+1,Li,13900139000,,,,,,no,,,\n"
              "Gamma,,,,,,,,,,,\n"_s.toUtf8());
    REQUIRE(ctlAs(source, u"admin"_s, {u"customer"_s, u"import"_s, original}).exitCode == 0);

    for (const bool chinese : {false, true}) {
        INFO("chinese header: " << chinese);
        TestDatabase fresh = TestDatabase::create(backend);
        const QString first = dir.filePath(chinese ? u"first-zh.csv"_s : u"first.csv"_s);
        const QString second = dir.filePath(chinese ? u"second-zh.csv"_s : u"second.csv"_s);
        QStringList exportArgs{u"--json"_s, u"customer"_s, u"export"_s, first};
        if (chinese)
            exportArgs << u"--chinese-header"_s;
        const CtlRun exported = ctlAs(source, u"admin"_s, exportArgs);
        REQUIRE(exported.exitCode == 0);
        CHECK(exported.json().value(u"exported"_s).toInt() == 3);
        // Customer data: the export is the owner's only.
        CHECK(QFileInfo(first).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

        const CtlRun imported = ctlAs(fresh, u"admin"_s, {u"customer"_s, u"import"_s, first});
        REQUIRE(imported.exitCode == 0);
        CHECK(count(fresh.db(), u"SELECT COUNT(*) FROM customers"_s) == 3);

        exportArgs[3] = second;
        REQUIRE(ctlAs(fresh, u"admin"_s, exportArgs).exitCode == 0);
        CHECK(readAll(first) == readAll(second));
    }
}

TEST_CASE("customer commands need the right role", "[cli]")
{
    TestDatabase t = TestDatabase::create(Backend::SQLite);
    const Session engineer = t.sessionWith({Role::ServiceEngineer});
    QTemporaryDir dir;
    const QString file = dir.filePath(u"c.csv"_s);
    writeFile(file, "company\nAcme\n");
    CHECK(ctlAs(t, engineer.login, {u"customer"_s, u"import"_s, file}).exitCode == 4);
    CHECK(ctlAs(t, engineer.login, {u"customer"_s, u"export"_s, dir.filePath(u"out.csv"_s)}).exitCode == 4);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"out.csv"_s)));
    CHECK(count(t.db(), u"SELECT COUNT(*) FROM customers"_s) == 0);
    CHECK(count(t.db(), u"SELECT COUNT(*) FROM audit WHERE action LIKE 'forbidden:customer.%'"_s) == 2);
}

// ---------------------------------------------------------------- calendar

TEST_CASE("calendar due skips the National Day holiday and weekends and counts a make-up workday", "[cli]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backend);
    TestDatabase t = TestDatabase::create(backend);
    QTemporaryDir dir;
    const QString days = dir.filePath(u"days.csv"_s);
    QByteArray csv = "date,kind,name\n2025-09-28,workday,国庆节 调休\n";
    for (int d = 1; d <= 8; ++d)
        csv += u"2025-10-%1,holiday,国庆节 National Day\n"_s.arg(d, 2, 10, QChar(u'0')).toUtf8();
    csv += "2025-10-11,workday,国庆节 调休\n";
    writeFile(days, csv);

    const CtlRun imported = ctlAs(t, u"admin"_s, {u"--json"_s, u"calendar"_s, u"import"_s, days});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json().value(u"inserted"_s).toInt() == 10);

    auto due = [&](const QString &from, int minutes) {
        const CtlRun run = ctl({u"--database"_s, t.url(), u"calendar"_s, u"due"_s, u"--from"_s, from,
                                u"--working-minutes"_s, QString::number(minutes)});
        REQUIRE(run.exitCode == 0);
        return run.out.trimmed();
    };
    // 16:00 on the last day before the holiday: 90 minutes that day, 30 on 9 October.
    CHECK(due(u"2025-09-30T16:00:00+08:00"_s, 120) == u"2025-10-09T09:00:00+08:00"_s);
    // Saturday 11 October is a make-up workday; Sunday is not.
    CHECK(due(u"2025-10-10T17:00:00+08:00"_s, 60) == u"2025-10-11T09:00:00+08:00"_s);
    CHECK(due(u"2025-10-11T17:00:00+08:00"_s, 60) == u"2025-10-13T09:00:00+08:00"_s);
    // Saturday 27 September: the next working time is the make-up Sunday.
    CHECK(due(u"2025-09-27T10:00:00+08:00"_s, 30) == u"2025-09-28T09:00:00+08:00"_s);
    // No offset: the calendar's zone (Asia/Shanghai). UTC input is shown in Beijing time.
    CHECK(due(u"2025-09-30T16:00:00"_s, 120) == u"2025-10-09T09:00:00+08:00"_s);
    CHECK(due(u"2025-09-30T08:00:00Z"_s, 120) == u"2025-10-09T09:00:00+08:00"_s);

    // With a lunch break the same span ends later.
    REQUIRE(ctlAs(t, u"admin"_s, {u"calendar"_s, u"hours"_s, u"08:30-12:00,13:30-17:30"_s}).exitCode == 0);
    CHECK(due(u"2025-10-09T11:00:00+08:00"_s, 90) == u"2025-10-09T14:00:00+08:00"_s);

    const CtlRun json = ctl({u"--database"_s, t.url(), u"--json"_s, u"calendar"_s, u"due"_s, u"--from"_s,
                             u"2025-09-30T16:00:00+08:00"_s, u"--working-minutes"_s, u"120"_s});
    REQUIRE(json.exitCode == 0);
    CHECK(json.json().value(u"due"_s).toString() == u"2025-10-09T09:00:00+08:00"_s);

    const CtlRun show = ctl({u"--database"_s, t.url(), u"--json"_s, u"calendar"_s, u"show"_s, u"--year"_s, u"2025"_s});
    REQUIRE(show.exitCode == 0);
    CHECK(show.json().value(u"hours"_s).toString() == u"08:30-12:00,13:30-17:30"_s);
    CHECK(show.json().value(u"days"_s).toArray().size() == 10);
    // The imported holidays end with 2025: the calendar says which year is missing, and a
    // deadline in a year without holidays carries a note instead of a silent guess.
    CHECK(show.json().value(u"holidays_through"_s).toInt() == 2025);
    CHECK(show.json().value(u"holidays_missing_for"_s).toInt() >= 2026);
    CHECK(show.json().value(u"warning"_s).toString().contains(QString::number(show.json().value(u"holidays_missing_for"_s).toInt())));
    CHECK(json.json().value(u"holidays_known"_s).toBool());
    const CtlRun beyond = ctl({u"--database"_s, t.url(), u"--json"_s, u"calendar"_s, u"due"_s, u"--from"_s,
                               u"2090-03-01T09:00:00+08:00"_s, u"--working-minutes"_s, u"60"_s});
    REQUIRE(beyond.exitCode == 0);
    CHECK_FALSE(beyond.json().value(u"holidays_known"_s).toBool());
    CHECK(beyond.json().value(u"note"_s).toString().contains(u"2090"_s));
    CHECK(due(u"2090-03-01T09:00:00+08:00"_s, 60).contains(u"2090"_s));

    // Overlapping hours and a bad date line are refused and change nothing.
    const CtlRun overlap = ctlAs(t, u"admin"_s, {u"calendar"_s, u"hours"_s, u"08:30-12:00,11:00-17:30"_s});
    CHECK(overlap.exitCode == 1);
    requireOneErrorLine(overlap);
    writeFile(days, "date,kind,name\n2025-12-31,holiday,x\n2025-13-01,holiday,y\n");
    const CtlRun badDays = ctlAs(t, u"admin"_s, {u"calendar"_s, u"import"_s, days});
    CHECK(badDays.exitCode == 1);
    CHECK(badDays.err.startsWith(u"servicedeskctl: line 3: "_s));
    CHECK(count(t.db(), u"SELECT COUNT(*) FROM calendar_days"_s) == 10);
}

// ---------------------------------------------------------------- backup and restore

TEST_CASE("a backup taken while another connection keeps inserting restores into a fresh database with "
          "exactly the backup's rows",
          "[cli]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backend);
    if (backend == Backend::PostgreSQL && !postgresToolsAvailable()) {
        WARN("pg_dump is not installed: the PostgreSQL backup is not tested");
        return;
    }
    TestDatabase t = TestDatabase::create(backend);
    const Database &db = t.db();
    const QString insertTick = u"INSERT INTO audit (at, actor_login, table_name, record_id, action) "
                               "VALUES (?, 'writer', 'tick', ?, 'tick')"_s;
    qint64 written = 0;
    {
        auto tx = Transaction::begin(db);
        REQUIRE(tx);
        for (; written < 2000;)
            REQUIRE(db.exec(insertTick, {Database::nowMs(), ++written}));
        REQUIRE(tx->commit());
    }

    QTemporaryDir dir;
    const QString file = dir.filePath(u"backup.sdb"_s);
    QProcess backup;
    backup.setProcessEnvironment(ctlEnvironment({{u"SD_PASSWORD"_s, sd::test::testPassword()}}));
    backup.start(QStringLiteral(SD_CTL_PATH),
                 {u"--database"_s, t.url(), u"--as"_s, u"admin"_s, u"--json"_s, u"backup"_s, file});
    REQUIRE(backup.waitForStarted(30000));
    // This connection keeps writing, one committed row at a time, until the backup is done.
    const qint64 before = written;
    while (!backup.waitForFinished(1))
        REQUIRE(db.exec(insertTick, {Database::nowMs(), ++written}));
    const QString err = QString::fromUtf8(backup.readAllStandardError());
    INFO("backup stderr: " << err.toStdString());
    REQUIRE(backup.exitCode() == 0);
    REQUIRE(QFileInfo::exists(file));
    INFO("rows written before the backup started: " << before << ", when it ended: " << written);

    const QString ticks = u"SELECT COUNT(*), MIN(record_id), MAX(record_id) FROM audit WHERE action = 'tick'"_s;
    qint64 inBackup = -1;
    if (backend == Backend::SQLite) {
        // The backup is a plain SQLite file: count its rows directly, read-only.
        const QString name = u"backup-reader"_s;
        {
            QSqlDatabase reader = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            reader.setDatabaseName(file);
            reader.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            REQUIRE(reader.open());
            QSqlQuery q(reader);
            REQUIRE(q.exec(ticks));
            REQUIRE(q.next());
            inBackup = q.value(0).toLongLong();
            CHECK(q.value(2).toLongLong() == inBackup); // a snapshot: rows 1..N, no gaps
            q.finish();
            reader.close();
        }
        QSqlDatabase::removeDatabase(name);
        CHECK(inBackup >= before);
        CHECK(inBackup <= written);
    }

    FreshDatabase target(backend);
    const CtlRun restore = ctl({u"--database"_s, target.url(), u"--json"_s, u"restore"_s, file});
    REQUIRE(restore.exitCode == 0);
    CHECK(restore.json().value(u"schema_version"_s).toInt() == latestSchemaVersion());

    auto q = target.db().exec(ticks);
    REQUIRE(q);
    REQUIRE(q->next());
    const qint64 restored = q->value(0).toLongLong();
    CHECK(q->value(1).toLongLong() == 1);
    CHECK(q->value(2).toLongLong() == restored); // consistent: exactly rows 1..N
    q->finish();
    CHECK(restored >= before);
    CHECK(restored <= written);
    if (inBackup >= 0)
        CHECK(restored == inBackup);
    // The restored database is usable: the administrator of the backup logs in.
    CHECK(AuthService(target.db()).login(u"admin"_s, sd::test::testPassword()));

    // A second restore over it now needs an administrator, and works with one.
    const CtlRun anonymous = ctl({u"--database"_s, target.url(), u"restore"_s, file});
    CHECK(anonymous.exitCode == 4);
    requireOneErrorLine(anonymous);
    const CtlRun again = ctl({u"--database"_s, target.url(), u"--as"_s, u"admin"_s, u"restore"_s, file},
                             {{u"SD_PASSWORD"_s, sd::test::testPassword()}});
    REQUIRE(again.exitCode == 0);
    CHECK(count(target.db(), u"SELECT COUNT(*) FROM audit WHERE action = 'tick'"_s) == restored);
}

TEST_CASE("backup never overwrites a file and restore refuses what is not a backup of ours", "[cli]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backend);
    if (backend == Backend::PostgreSQL && !postgresToolsAvailable())
        return;
    TestDatabase t = TestDatabase::create(backend);
    QTemporaryDir dir;
    const QString existing = dir.filePath(u"existing.bak"_s);
    writeFile(existing, "precious");
    const CtlRun overwrite = ctlAs(t, u"admin"_s, {u"backup"_s, existing});
    CHECK(overwrite.exitCode == 1);
    requireOneErrorLine(overwrite);
    CHECK(overwrite.err.contains(u"already exists"_s));
    CHECK(readAll(existing) == "precious");

    const Session engineer = t.sessionWith({Role::ServiceEngineer});
    CHECK(ctlAs(t, engineer.login, {u"backup"_s, dir.filePath(u"mine.bak"_s)}).exitCode == 4);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"mine.bak"_s)));

    // Not a backup at all: refused, and the database keeps its data.
    const qint64 staff = count(t.db(), u"SELECT COUNT(*) FROM staff"_s);
    const CtlRun garbage = ctlAs(t, u"admin"_s, {u"restore"_s, existing});
    CHECK(garbage.exitCode == 1);
    requireOneErrorLine(garbage);
    CHECK(count(t.db(), u"SELECT COUNT(*) FROM staff"_s) == staff);

    if (backend == Backend::SQLite) {
        // A SQLite file that is not a Service Center Desk database.
        const QString other = dir.filePath(u"other.sqlite"_s);
        {
            QSqlDatabase o = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            o.setDatabaseName(other);
            REQUIRE(o.open());
            QSqlQuery(o).exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s);
            o.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        const CtlRun foreign = ctlAs(t, u"admin"_s, {u"restore"_s, other});
        CHECK(foreign.exitCode == 1);
        CHECK(foreign.err.contains(u"not a Service Center Desk database"_s));

        // A backup of a newer schema: exit 3, nothing restored.
        const QString newer = dir.filePath(u"newer.sdb"_s);
        REQUIRE(ctlAs(t, u"admin"_s, {u"backup"_s, newer}).exitCode == 0);
        {
            QSqlDatabase n = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            n.setDatabaseName(newer);
            REQUIRE(n.open());
            QSqlQuery q(n);
            REQUIRE(q.exec(u"INSERT INTO schema_version (version, applied_at) VALUES (%1, 0)"_s
                               .arg(latestSchemaVersion() + 1)));
            n.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        const CtlRun tooNew = ctlAs(t, u"admin"_s, {u"restore"_s, newer});
        CHECK(tooNew.exitCode == 3);
        requireOneErrorLine(tooNew);
        CHECK(count(t.db(), u"SELECT MAX(version) FROM schema_version"_s) == latestSchemaVersion());
    }
}

// ---------------------------------------------------------------- demo

TEST_CASE("demo initialises a fresh database, loads the customers and prints the demo logins", "[cli]")
{
    FreshDatabase fresh(Backend::SQLite);
    const CtlRun run = ctl({u"--database"_s, fresh.url(), u"--json"_s, u"demo"_s, u"--customers"_s, u"30"_s,
                            u"--seed"_s, u"7"_s});
    REQUIRE(run.exitCode == 0);
    const QJsonObject j = run.json();
    CHECK(j.value(u"customers"_s).toInt() == 30);
    CHECK(j.value(u"staff"_s).toInt() > 0);
    const QJsonArray logins = j.value(u"logins"_s).toArray();
    REQUIRE_FALSE(logins.isEmpty());
    const QJsonObject first = logins.first().toObject();
    CHECK(AuthService(fresh.db()).login(first.value(u"login"_s).toString(), first.value(u"password"_s).toString()));
    CHECK(count(fresh.db(), u"SELECT COUNT(*) FROM customers"_s) == 30);
    CHECK(count(fresh.db(), u"SELECT COUNT(*) FROM sla_policies"_s) > 0);

    // The database now has staff: again without an administrator is refused.
    const CtlRun again = ctl({u"--database"_s, fresh.url(), u"demo"_s, u"--customers"_s, u"30"_s});
    CHECK(again.exitCode == 4);
    requireOneErrorLine(again);
    // An administrator of the demo database: refused because it already has customers.
    const CtlRun byAdmin = ctl({u"--database"_s, fresh.url(), u"--as"_s, u"admin"_s, u"demo"_s, u"--customers"_s, u"30"_s},
                               {{u"SD_PASSWORD"_s, first.value(u"password"_s).toString()}});
    CHECK(byAdmin.exitCode == 1);
    requireOneErrorLine(byAdmin);
    CHECK(count(fresh.db(), u"SELECT COUNT(*) FROM customers"_s) == 30);
    CHECK(ctl({u"--database"_s, fresh.url(), u"demo"_s, u"--customers"_s, u"many"_s}).exitCode == 2);
}

TEST_CASE("check finds a database whole, and names what is wrong when it is not", "[cli][check]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backend);
    FreshDatabase fresh(backend);
    const CtlRun demo = ctl({u"--database"_s, fresh.url(), u"--json"_s, u"demo"_s, u"--customers"_s, u"40"_s});
    REQUIRE(demo.exitCode == 0);
    const QList<std::pair<QString, QString>> asAdmin = {{u"SD_PASSWORD"_s, u"demo1234"_s}};

    const CtlRun whole = ctl({u"--database"_s, fresh.url(), u"--json"_s, u"--as"_s, u"admin"_s, u"check"_s}, asAdmin);
    REQUIRE(whole.exitCode == 0);
    CHECK(whole.json().value(u"ok"_s).toBool());
    QStringList names;
    for (const QJsonValue &c : whole.json().value(u"checks"_s).toArray()) {
        names << c.toObject().value(u"name"_s).toString();
        CHECK(c.toObject().value(u"ok"_s).toBool());
    }
    CHECK(names == QStringList{u"integrity"_s, u"foreign_keys"_s, u"schema"_s, u"audit_protected"_s,
                               u"number_sequences"_s, u"customer_name_keys"_s});

    // Someone edits a name with another tool, and a sequence falls behind its numbers.
    REQUIRE(fresh.db().exec(u"UPDATE customers SET name = '被外部工具改名的客户' WHERE id = (SELECT MIN(id) FROM customers)"_s));
    const QString lastCall = fresh.db().scalar(u"SELECT MAX(call_no) FROM hotline_calls"_s)->toString();
    REQUIRE(lastCall.startsWith(u"RX"_s));
    REQUIRE(fresh.db().exec(u"INSERT INTO number_sequences (name, value) VALUES (?, 0)"_s,
                            {u"hotline:"_s + lastCall.section(u'-', 0, 0) + u"-"_s}));
    const CtlRun broken = ctl({u"--database"_s, fresh.url(), u"--json"_s, u"--as"_s, u"admin"_s, u"check"_s}, asAdmin);
    CHECK(broken.exitCode == 1);
    CHECK_FALSE(broken.json().value(u"ok"_s).toBool());
    QStringList failed;
    for (const QJsonValue &c : broken.json().value(u"checks"_s).toArray())
        if (!c.toObject().value(u"ok"_s).toBool())
            failed << c.toObject().value(u"name"_s).toString();
    CHECK(failed == QStringList{u"number_sequences"_s, u"customer_name_keys"_s});
    // Human form: one row per check.
    const CtlRun human = ctl({u"--database"_s, fresh.url(), u"--as"_s, u"admin"_s, u"check"_s}, asAdmin);
    CHECK(human.exitCode == 1);
    CHECK(human.out.contains(u"customer_name_keys"_s));
    CHECK(human.out.contains(u"FAILED"_s));

    // Not an administrator: refused.
    CHECK(ctl({u"--database"_s, fresh.url(), u"--as"_s, u"hotline1"_s, u"check"_s}, asAdmin).exitCode == 4);
    CHECK(ctl({u"--database"_s, fresh.url(), u"check"_s}).exitCode == 2);
}

TEST_CASE("demo never puts a known password into a database that is already set up", "[cli][security]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    INFO(backend);
    FreshDatabase fresh(backend);
    REQUIRE(ctl({u"--database"_s, fresh.url(), u"init"_s, u"--admin"_s, u"boss"_s, u"--admin-password"_s,
                 u"first-boss-pw"_s})
                .exitCode == 0);
    const qint64 staffBefore = count(fresh.db(), u"SELECT COUNT(*) FROM staff"_s);

    // Right after init, nobody logged in: refused, nothing written, no "admin" account.
    const CtlRun anonymous = ctl({u"--database"_s, fresh.url(), u"demo"_s, u"--customers"_s, u"5"_s});
    CHECK(anonymous.exitCode == 4);
    requireOneErrorLine(anonymous);
    CHECK(anonymous.err.contains(u"--as"_s));
    CHECK(count(fresh.db(), u"SELECT COUNT(*) FROM staff"_s) == staffBefore);
    CHECK(count(fresh.db(), u"SELECT COUNT(*) FROM customers"_s) == 0);
    CHECK_FALSE(AuthService(fresh.db()).login(u"admin"_s, demoPassword()));

    // A staff member who is not an administrator: refused and audited.
    auto boss = AuthService(fresh.db()).login(u"boss"_s, u"first-boss-pw"_s);
    REQUIRE(boss);
    Staff clerk;
    clerk.login = u"clerk"_s;
    clerk.displayName = u"张敏"_s;
    clerk.roles = {Role::HotlineOperator};
    REQUIRE(StaffRepository(fresh.db()).create(*boss, clerk, u"clerk-pw-123"_s));
    const CtlRun notAdmin = ctl({u"--database"_s, fresh.url(), u"--as"_s, u"clerk"_s, u"demo"_s, u"--customers"_s, u"5"_s},
                                {{u"SD_PASSWORD"_s, u"clerk-pw-123"_s}});
    CHECK(notAdmin.exitCode == 4);
    CHECK(count(fresh.db(), u"SELECT COUNT(*) FROM customers"_s) == 0);
    CHECK(count(fresh.db(), u"SELECT COUNT(*) FROM audit WHERE action LIKE 'forbidden:%' AND actor_login = 'clerk'"_s) == 1);

    // The administrator may: the demo accounts get a random password shown once, not the
    // published one, and the login screen does not offer them.
    const CtlRun loaded = ctl({u"--database"_s, fresh.url(), u"--json"_s, u"--as"_s, u"boss"_s, u"demo"_s,
                               u"--customers"_s, u"5"_s},
                              {{u"SD_PASSWORD"_s, u"first-boss-pw"_s}});
    REQUIRE(loaded.exitCode == 0);
    const QJsonObject first = loaded.json().value(u"logins"_s).toArray().first().toObject();
    const QString password = first.value(u"password"_s).toString();
    CHECK(password.size() >= 16);
    CHECK(password != demoPassword());
    CHECK_FALSE(AuthService(fresh.db()).login(first.value(u"login"_s).toString(), demoPassword()));
    CHECK(AuthService(fresh.db()).login(first.value(u"login"_s).toString(), password));
    CHECK(count(fresh.db(), u"SELECT COUNT(*) FROM customers"_s) == 5);
    CHECK_FALSE(*sd::core::demo::offersDemoLogins(fresh.db()));
    // The real administrator is untouched.
    CHECK(AuthService(fresh.db()).login(u"boss"_s, u"first-boss-pw"_s));
}
