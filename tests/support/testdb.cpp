#include "tests/support/testdb.h"

#include "core/auth/password.h"
#include "core/db/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QUuid>

#include <cstdlib>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::test {

std::ostream &operator<<(std::ostream &os, Backend b)
{
    return os << (b == Backend::SQLite ? "SQLite" : "PostgreSQL");
}

QString testPassword() { return u"correct horse 42"_s; }

namespace {

[[noreturn]] void die(const QString &what) { throw std::runtime_error(what.toStdString()); }

QString cachedHash()
{
    static const QString h = *password::hash(testPassword());
    return h;
}

// A server this process started itself (when no CTest fixture provided one); stopped at exit.
QString g_ownServerDir;
void stopOwnServer()
{
    if (!g_ownServerDir.isEmpty())
        QProcess::execute(QStringLiteral(SD_SOURCE_DIR "/scripts/pg-test-server.sh"),
                          {u"stop"_s, g_ownServerDir});
}

} // namespace

QString postgresServerUrl()
{
    static QString url = [] {
        if (qEnvironmentVariableIsSet("SD_TEST_PG_URL"))
            return qEnvironmentVariable("SD_TEST_PG_URL");
        const QString fixtureFile = qEnvironmentVariable("SD_TEST_PG_URL_FILE");
        if (!fixtureFile.isEmpty()) {
            QFile f(fixtureFile);
            if (f.open(QIODevice::ReadOnly))
                return QString::fromUtf8(f.readAll()).trimmed();
        }
        g_ownServerDir = QDir::tempPath() + u"/sd-pg-"_s + QString::number(QCoreApplication::applicationPid());
        QProcess p;
        p.start(QStringLiteral(SD_SOURCE_DIR "/scripts/pg-test-server.sh"), {u"start"_s, g_ownServerDir});
        p.waitForFinished(120000);
        if (p.exitCode() != 0)
            die(u"could not start the throwaway PostgreSQL server: "_s + QString::fromUtf8(p.readAllStandardError()));
        std::atexit(stopOwnServer);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }();
    return url;
}

TestDatabase TestDatabase::create(Backend backend)
{
    TestDatabase t;
    t.m_backend = backend;
    ConnectionSpec spec;
    if (backend == Backend::SQLite) {
        t.m_dir = std::make_unique<QTemporaryDir>();
        if (!t.m_dir->isValid())
            die(u"no temp dir"_s);
        spec.sqlitePath = t.m_dir->filePath(u"test.sqlite"_s);
    } else {
        auto server = ConnectionSpec::parse(postgresServerUrl());
        if (!server)
            die(server.error().message);
        auto admin = Database::open(*server);
        if (!admin)
            die(admin.error().message);
        t.m_pgName = u"sdtest_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (auto ok = admin->execRaw(u"CREATE DATABASE "_s + t.m_pgName); !ok)
            die(ok.error().message);
        admin->close();
        spec = *server;
        spec.dbName = t.m_pgName;
    }
    auto db = Database::open(spec);
    if (!db)
        die(db.error().message);
    t.m_db = *db;
    if (auto ok = migrate(t.m_db); !ok)
        die(ok.error().message);
    const qint64 now = Database::nowMs();
    auto id = t.m_db.insertReturningId(
        u"INSERT INTO staff (login, display_name, password_hash, active, created_at, updated_at) "
        "VALUES ('admin', 'Test Administrator', ?, 1, ?, ?)"_s,
        {cachedHash(), now, now});
    if (!id)
        die(id.error().message);
    RoleSet all;
    for (Role r : allRoles()) {
        all.insert(r);
        (void)t.m_db.exec(u"INSERT INTO staff_roles (staff_id, role) VALUES (?, ?)"_s, {*id, roleKey(r)});
    }
    t.m_admin = Session{*id, u"admin"_s, u"Test Administrator"_s, all};
    return t;
}

TestDatabase::TestDatabase(TestDatabase &&o) noexcept
    : m_backend(o.m_backend), m_db(o.m_db), m_dir(std::move(o.m_dir)), m_pgName(o.m_pgName),
      m_admin(o.m_admin), m_users(o.m_users)
{
    o.m_db = Database();
    o.m_pgName.clear();
}

TestDatabase::~TestDatabase()
{
    if (m_db.isValid())
        m_db.close();
    if (!m_pgName.isEmpty()) {
        if (auto server = ConnectionSpec::parse(postgresServerUrl())) {
            if (auto admin = Database::open(*server)) {
                (void)admin->execRaw(u"DROP DATABASE IF EXISTS "_s + m_pgName + u" WITH (FORCE)"_s);
                admin->close();
            }
        }
    }
}

QString TestDatabase::url() const
{
    const ConnectionSpec &s = m_db.spec();
    if (s.dialect == Dialect::SQLite)
        return s.sqlitePath;
    return u"postgresql://%1@%2:%3/%4"_s.arg(s.user, s.host).arg(s.port).arg(s.dbName);
}

Session TestDatabase::sessionWith(const RoleSet &roles, const QString &displayName)
{
    const QString login = u"u"_s + QString::number(++m_users);
    const qint64 now = Database::nowMs();
    auto id = m_db.insertReturningId(
        u"INSERT INTO staff (login, display_name, password_hash, active, created_at, updated_at) "
        "VALUES (?, ?, ?, 1, ?, ?)"_s,
        {login, displayName.isEmpty() ? login : displayName, cachedHash(), now, now});
    if (!id)
        die(id.error().message);
    for (Role r : roles)
        (void)m_db.exec(u"INSERT INTO staff_roles (staff_id, role) VALUES (?, ?)"_s, {*id, roleKey(r)});
    return Session{*id, login, displayName.isEmpty() ? login : displayName, roles};
}

} // namespace sd::test
