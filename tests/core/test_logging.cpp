// The program's log (core/common/logging.h): quiet by default, one category per area, and
// never a bound value or a password in it.
#include "core/auth/staffrepository.h"
#include "core/common/logging.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

#include <QMutex>
#include <QStringList>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

QMutex g_lock;
QStringList g_lines;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_lock);
    g_lines << QString::fromLatin1(context.category) + u": "_s + message;
}

/// Collects every message while alive, with the given filter rules; restores both after.
struct CapturedLog {
    explicit CapturedLog(const QString &rules)
    {
        g_lines.clear();
        previous = qInstallMessageHandler(capture);
        QLoggingCategory::setFilterRules(rules);
    }
    ~CapturedLog()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(previous);
    }
    QStringList lines() const
    {
        QMutexLocker lock(&g_lock);
        return g_lines.filter(u"sd."_s);
    }
    QtMessageHandler previous = nullptr;
};

} // namespace

TEST_CASE("the log is quiet by default and, switched on, names what ran without the values or passwords",
          "[logging]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    Staff s;
    s.login = u"hotline9"_s;
    s.displayName = u"赵磊"_s;
    s.roles = {Role::HotlineOperator};
    REQUIRE(StaffRepository(t.db()).create(t.admin(), s, u"secret password 9"_s));
    {
        CapturedLog log(u""_s);
        REQUIRE(AuthService(t.db()).login(u"hotline9"_s, u"secret password 9"_s));
        CHECK(log.lines().isEmpty());
    }
    {
        CapturedLog log(u"sd.*=true"_s);
        REQUIRE(AuthService(t.db()).login(u"hotline9"_s, u"secret password 9"_s));
        CHECK_FALSE(AuthService(t.db()).login(u"hotline9"_s, u"wrong password 9"_s));
        const QStringList lines = log.lines();
        CHECK_FALSE(lines.filter(u"sd.auth: logged in: hotline9"_s).isEmpty());
        CHECK_FALSE(lines.filter(u"sd.auth: wrong password for hotline9"_s).isEmpty());
        CHECK_FALSE(lines.filter(u"sd.db: "_s).isEmpty());   // the statements and their time
        for (const QString &line : lines) {
            CHECK_FALSE(line.contains(u"secret password"_s));
            CHECK_FALSE(line.contains(u"wrong password 9"_s));
            CHECK_FALSE(line.contains(u"$argon2id$"_s));
        }
    }
    {
        // One area only.
        CapturedLog log(u"sd.auth.info=true"_s);
        REQUIRE(AuthService(t.db()).login(u"hotline9"_s, u"secret password 9"_s));
        const QStringList lines = log.lines();
        CHECK_FALSE(lines.isEmpty());
        CHECK(lines.filter(u"sd.db: "_s).isEmpty());
    }
}
