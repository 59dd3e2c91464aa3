// The SQLite WAL-reset race (issue 15): Debian 12's SQLite 3.40.1 predates the fix (3.51.3).
// Our mitigation: no connection checkpoints automatically; Database::checkpoint() holds the
// write lock through a second connection while it copies, so no commit can reset the WAL beside
// it. These tests pin the discipline and hammer checkpoints while writers and readers run.
#include "core/db/database.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

void createProbe(const Database &db)
{
    REQUIRE(db.execRaw(u"CREATE TABLE wal_probe (id INTEGER PRIMARY KEY, writer INTEGER NOT NULL, "
                       "n INTEGER NOT NULL, pad BLOB NOT NULL)"_s));
}

QByteArray pad(int bytes) { return QByteArray(bytes, 'x'); }

} // namespace

TEST_CASE("SQLite connections never checkpoint on their own and count the WAL's frames", "[db][wal]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    CHECK(t.db().scalar(u"PRAGMA wal_autocheckpoint"_s)->toInt() == 0);
    createProbe(t.db());
    // Autocommit writes never pass Transaction::commit: with SQLite's automatic checkpoint off,
    // the WAL only grows.
    for (int i = 0; i < 300; ++i)
        REQUIRE(t.db().exec(u"INSERT INTO wal_probe (writer, n, pad) VALUES (0, ?, ?)"_s, {i, pad(8000)}));
    const int frames = t.db().walFrames();
    CHECK(frames > Database::CheckpointFrames / 2);

    auto done = t.db().checkpoint();
    REQUIRE(done);
    CHECK_FALSE(done->busy);
    CHECK(done->walFrames >= frames);
    CHECK(done->copiedFrames == done->walFrames);
    CHECK(t.db().walFrames() == 0);
    CHECK(t.db().scalar(u"SELECT count(*) FROM wal_probe"_s)->toInt() == 300);
}

TEST_CASE("a checkpoint gives up at once while another desk holds the write lock", "[db][wal]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    createProbe(t.db());
    REQUIRE(t.db().exec(u"INSERT INTO wal_probe (writer, n, pad) VALUES (0, 1, ?)"_s, {pad(100)}));

    auto other = t.db().openAnother(u"wal-other"_s);
    REQUIRE(other);
    {
        auto tx = Transaction::begin(*other);
        REQUIRE(tx);
        REQUIRE(other->exec(u"INSERT INTO wal_probe (writer, n, pad) VALUES (1, 1, ?)"_s, {pad(100)}));
        auto skipped = t.db().checkpoint(50);
        REQUIRE(skipped);
        CHECK(skipped->busy);
        CHECK(skipped->copiedFrames == 0);
        REQUIRE(tx->commit());
    }
    auto done = t.db().checkpoint(50);
    REQUIRE(done);
    CHECK_FALSE(done->busy);
    CHECK(done->copiedFrames == done->walFrames);
    other->close();

    SECTION("inside a transaction it is refused, nothing changed")
    {
        auto tx = Transaction::begin(t.db());
        REQUIRE(tx);
        auto refused = t.db().checkpoint();
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(u"transaction"_s));
    }
}

TEST_CASE("a commit that leaves a thousand frames in the WAL checkpoints it", "[db][wal]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    createProbe(t.db());
    auto tx = Transaction::begin(t.db());
    REQUIRE(tx);
    for (int i = 0; i < 600; ++i)
        REQUIRE(t.db().exec(u"INSERT INTO wal_probe (writer, n, pad) VALUES (0, ?, ?)"_s, {i, pad(8000)}));
    REQUIRE(tx->commit());
    // 600 rows of 8 kB are well over 1,000 pages: the commit checkpointed, nothing is left.
    CHECK(t.db().walFrames() == 0);
    auto again = t.db().checkpoint();
    REQUIRE(again);
    CHECK(again->copiedFrames == again->walFrames);
}

TEST_CASE("checkpoints hammered while writers and readers run lose no acknowledged write", "[db][wal][concurrency]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    createProbe(t.db());
    constexpr int kWriters = 4;
    constexpr int kCommits = 150;

    std::mutex lock;
    QSet<qint64> acknowledged;
    QStringList errors;
    std::atomic<int> writersLeft{kWriters};
    std::atomic<int> checkpoints{0};
    std::atomic<int> copied{0};

    std::vector<std::thread> threads;
    for (int w = 0; w < kWriters; ++w) {
        threads.emplace_back([&, w] {
            auto db = t.db().openAnother(u"wal-writer-%1"_s.arg(w));
            if (!db) {
                std::lock_guard g(lock);
                errors << db.error().message;
                --writersLeft;
                return;
            }
            for (int i = 0; i < kCommits; ++i) {
                auto tx = Transaction::begin(*db);
                if (!tx) {
                    std::lock_guard g(lock);
                    errors << tx.error().message;
                    continue;
                }
                // Varying sizes: some commits are small, some push the WAL over the threshold.
                auto id = db->insertReturningId(u"INSERT INTO wal_probe (writer, n, pad) VALUES (?, ?, ?)"_s,
                                                {w, i, pad(500 + (i % 7) * 3000)});
                if (!id) {
                    std::lock_guard g(lock);
                    errors << id.error().message;
                    continue;
                }
                if (auto ok = tx->commit(); !ok) {
                    std::lock_guard g(lock);
                    errors << ok.error().message;
                    continue;
                }
                std::lock_guard g(lock);
                acknowledged.insert(*id);
            }
            db->close();
            --writersLeft;
        });
    }
    // Two checkpointers on their own connections, as two idle desks would be.
    for (int c = 0; c < 2; ++c) {
        threads.emplace_back([&, c] {
            auto db = t.db().openAnother(u"wal-checkpointer-%1"_s.arg(c));
            if (!db)
                return;
            while (writersLeft.load() > 0) {
                if (auto r = db->checkpoint(0)) {
                    ++checkpoints;
                    copied += r->copiedFrames;
                } else {
                    std::lock_guard g(lock);
                    errors << r.error().message;
                }
            }
            db->close();
        });
    }
    // A reader keeping snapshots open while the WAL is copied and reset.
    threads.emplace_back([&] {
        auto db = t.db().openAnother(u"wal-reader"_s);
        if (!db)
            return;
        while (writersLeft.load() > 0) {
            auto rows = db->scalar(u"SELECT count(*) FROM wal_probe"_s);
            if (!rows) {
                std::lock_guard g(lock);
                errors << rows.error().message;
            }
        }
        db->close();
    });
    for (auto &th : threads)
        th.join();

    INFO(errors.join(u'\n').toStdString());
    CHECK(errors.isEmpty());
    CHECK(acknowledged.size() == kWriters * kCommits);
    CHECK(checkpoints.load() > 0);
    CHECK(copied.load() > 0);

    // Every acknowledged row is there, through a fresh connection after a final checkpoint.
    REQUIRE(t.db().checkpoint(1000));
    auto fresh = t.db().openAnother(u"wal-verify"_s);
    REQUIRE(fresh);
    auto q = fresh->exec(u"SELECT id FROM wal_probe"_s);
    REQUIRE(q);
    QSet<qint64> present;
    while (q->next())
        present.insert(q->value(0).toLongLong());
    CHECK(present == acknowledged);
    CHECK(fresh->scalar(u"PRAGMA integrity_check"_s)->toString() == u"ok"_s);
    fresh->close();
}

TEST_CASE("a checkpoint on PostgreSQL has nothing to do", "[db][wal]")
{
    auto t = TestDatabase::create(Backend::PostgreSQL);
    auto r = t.db().checkpoint();
    REQUIRE(r);
    CHECK(r->walFrames == 0);
    CHECK(t.db().walFrames() == 0);
}
