// Files holding customer data are the owner's only (issue 15): the SQLite database with its
// -wal and -shm, CSV exports and PDFs, whatever the umask; an older database left readable by
// others is tightened when opened.
#include "core/common/privatefiles.h"
#include "core/db/database.h"
#include "core/db/migrations.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace {

/// The file's permission bits (-1 when it does not exist).
int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

/// Sets the process umask for a scope (a desk run with the usual 022).
struct ScopedUmask {
    explicit ScopedUmask(mode_t mask) : previous(::umask(mask)) {}
    ~ScopedUmask() { ::umask(previous); }
    mode_t previous;
};

} // namespace

TEST_CASE("a new SQLite database and its -wal and -shm are readable by their owner only", "[privacy][db]")
{
    ScopedUmask usual(022);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"center/servicedesk.db"_s);   // the folder does not exist yet
    auto spec = ConnectionSpec::parse(path);
    REQUIRE(spec);
    auto db = Database::open(*spec);
    REQUIRE(db);
    REQUIRE(migrate(*db));
    REQUIRE(db->exec(u"INSERT INTO settings (key, value, created_at, updated_at) VALUES ('center.name', '天津畅捷', 0, 0)"_s));
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(path + u"-wal"_s) == 0600);
    CHECK(modeOf(path + u"-shm"_s) == 0600);
    CHECK(modeOf(dir.filePath(u"center"_s)) == 0700);
    db->close();
}

TEST_CASE("an older database others could read is made private when opened", "[privacy][db]")
{
    ScopedUmask usual(022);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"old.db"_s);
    {
        auto db = Database::open(*ConnectionSpec::parse(path));
        REQUIRE(db);
        REQUIRE(migrate(*db));
        db->close();
    }
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    CHECK(modeOf(path) == 0644);
    auto db = Database::open(*ConnectionSpec::parse(path));
    REQUIRE(db);
    CHECK(modeOf(path) == 0600);
    // Still the same database: nothing was lost by tightening it.
    CHECK(db->scalar(u"SELECT COUNT(*) FROM schema_version"_s)->toInt() > 0);
    db->close();
}

TEST_CASE("exports are written whole and private, also over an older file others could read", "[privacy][export]")
{
    ScopedUmask usual(022);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"customers.csv"_s);
    REQUIRE(privatefiles::write(path, "编码,名称\r\nSC-1001,北京华信达\r\n"));
    CHECK(modeOf(path) == 0600);
    CHECK(privatefiles::isPrivate(path));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(f.readAll()) == u"编码,名称\r\nSC-1001,北京华信达\r\n"_s);
    f.close();

    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    REQUIRE(privatefiles::write(path, "x"));
    CHECK(modeOf(path) == 0600);

    // A PDF's file is reserved private before the writer fills it.
    const QString pdf = dir.filePath(u"form.pdf"_s);
    REQUIRE(privatefiles::ensure(pdf));
    CHECK(modeOf(pdf) == 0600);

    // A folder that cannot be written: a clear error naming the file, nothing created.
    QTemporaryDir locked;
    REQUIRE(::chmod(QFile::encodeName(locked.path()).constData(), 0500) == 0);
    const QString denied = locked.filePath(u"out.csv"_s);
    auto refused = privatefiles::write(denied, "x");
    if (::geteuid() != 0) {   // root writes anywhere
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Io);
        CHECK(refused.error().message.contains(denied));
        CHECK(modeOf(denied) == -1);
    }
    ::chmod(QFile::encodeName(locked.path()).constData(), 0700);
}
