#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"

#include <QTemporaryDir>
#include <memory>
#include <ostream>

namespace sd::test {

enum class Backend { SQLite, PostgreSQL };
std::ostream &operator<<(std::ostream &os, Backend b);

/// A fresh, migrated database for one test: a temp SQLite file, or a new database on the
/// throwaway PostgreSQL server (started by the CTest fixture, or by the first test that needs
/// it when the binary runs alone, and stopped at exit). Dropped when destroyed.
class TestDatabase
{
public:
    static TestDatabase create(Backend backend);
    TestDatabase(TestDatabase &&) noexcept;
    ~TestDatabase();

    const sd::core::Database &db() const { return m_db; }
    Backend backend() const { return m_backend; }
    /// A connection spec for the same database (for a second connection or a CLI run).
    sd::core::ConnectionSpec spec() const { return m_db.spec(); }
    /// The --database argument for this database.
    QString url() const;

    /// A staff member holding every role (created with the database).
    const sd::core::Session &admin() const { return m_admin; }
    /// A new staff member (login "u<N>") holding exactly `roles`.
    sd::core::Session sessionWith(const sd::core::RoleSet &roles, const QString &displayName = {});

private:
    TestDatabase() = default;
    Backend m_backend = Backend::SQLite;
    sd::core::Database m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pgName;
    sd::core::Session m_admin;
    int m_users = 0;
};

/// The URL of the throwaway PostgreSQL server's maintenance database, starting it if needed.
QString postgresServerUrl();
/// The password used for every account created by TestDatabase.
QString testPassword();

} // namespace sd::test

#include <catch2/catch.hpp>
#include <QString>

namespace Catch {
/// Failing checks show QString values in readable UTF-8 instead of "{?}".
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
