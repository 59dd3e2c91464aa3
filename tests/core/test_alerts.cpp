// Alerts keep their kind and arguments: each reader sees them in their own language, and
// alerts stored as text only (before schema 6) still show, on SQLite and PostgreSQL.
#include "core/alerts/alertstore.h"
#include "core/db/migrations.h"
#include "tests/core/test_complaints_fixture.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFileInfo>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sd::core;
using namespace sd::core::complaints;
using namespace sd::test::complaints;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

/// The desk's own translation of `code`, installed for the scope (as the desk's language switch
/// does: ui/shell/language.cpp). The .qm is embedded under :/i18n in sd_ui; core tests do not
/// link sd_ui, so they read the same file lrelease wrote into the build tree.
class ScopedLanguage final
{
public:
    explicit ScopedLanguage(const QString &code)
    {
        const QString file = u"servicedesk_"_s + code + u".qm"_s;
        const QString path = QFileInfo::exists(u":/i18n/"_s + file) ? u":/i18n/"_s + file
                                                                    : QStringLiteral(SD_BINARY_DIR) + u"/ui/"_s + file;
        INFO("translation file " << path.toStdString() << " (build sd_ui_lrelease)");
        // The English file holds no translations (the sources are English) and may not load.
        const bool loaded = m_translator.load(path);
        if (code != u"en"_s)
            REQUIRE(loaded);
        m_installed = loaded && QCoreApplication::installTranslator(&m_translator);
    }
    ~ScopedLanguage()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
    }
    Q_DISABLE_COPY_MOVE(ScopedLanguage)

private:
    QTranslator m_translator;
    bool m_installed = false;
};

} // namespace

TEST_CASE("A key-customer alert raised on an English desk reads in Chinese on a Chinese desk", "[alerts][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    sd::core::ScopedClock pin(shanghai(2026, 11, 24, 9, 30));
    auto t = TestDatabase::create(backend);
    seedDefaults(t.db());
    auto svc = ComplaintService::open(t.db());
    REQUIRE(svc);
    const Session gm = t.sessionWith({Role::DepartmentHead}, u"赵建国"_s);
    const qint64 office = addDepartment(t.db(), u"总经理办公室"_s, u"General Manager's Office"_s, gm.staffId);
    putInDepartment(t.db(), gm.staffId, office);
    const qint64 dept = addDepartment(t.db(), u"现场服务部"_s, u"On-site Service"_s);
    const qint64 key = addCustomer(t.db(), u"天津港务集团"_s, true);

    qint64 complaintId = 0;
    {
        // The quality supervisor's desk runs in English.
        ScopedLanguage english(u"en"_s);
        auto id = svc->accept(t.admin(), intake(key));
        REQUIRE(id);
        complaintId = *id;
        REQUIRE(svc->act(t.admin(), complaintId, 1, action::ConfirmValid,
                         {{u"detail"_s, u"核实：约定 9 点上门，工程师未到"_s}, {u"department_id"_s, dept}}));
    }
    AlertStore alerts(t.db());
    auto list = alerts.forRecipient(gm.staffId, true);
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    const Alert a = list->first();
    CHECK(a.kind == QString(alertkind::ComplaintKeyCustomer));
    CHECK(a.recordType == u"complaints"_s);
    CHECK(a.recordId == complaintId);
    CHECK(a.createdAt == shanghai(2026, 11, 24, 9, 30));
    REQUIRE(a.args.size() == 3);
    CHECK(a.args.at(1) == u"天津港务集团"_s);
    // Stored in the raiser's language (the fallback for older programs) …
    CHECK(a.text.startsWith(u"Valid complaint "_s));

    // … and worded in the reader's language when shown.
    {
        ScopedLanguage chinese(u"zh_CN"_s);
        const QString shown = AlertStore::text(a);
        CHECK(shown.startsWith(u"重点客户 天津港务集团 的有效投诉 "_s));
        CHECK(shown.contains(a.args.at(0)));
        CHECK_FALSE(shown.contains(u"Valid complaint"_s));
    }
    CHECK(AlertStore::text(a).startsWith(u"Valid complaint "_s));
}

TEST_CASE("The monthly report reminder is worded in the reader's language", "[alerts][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    sd::core::ScopedClock pin(shanghai(2026, 10, 1, 9));
    auto t = TestDatabase::create(backend);
    seedDefaults(t.db());
    const Session quality = t.sessionWith({Role::QualitySupervisor}, u"韩梅"_s);
    auto svc = ComplaintService::open(t.db());
    REQUIRE(svc);
    ComplaintReportReminder reminder(t.db(), svc->calendar());
    REQUIRE(reminder.ensure(Database::nowMs()));
    auto list = AlertStore(t.db()).forRecipient(quality.staffId, true);
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().args == QStringList{u"2026-09"_s, u"2026-10-10 17:30"_s});
    ScopedLanguage chinese(u"zh_CN"_s);
    CHECK(AlertStore::text(list->first()) == u"2026-09 的月度投诉分析报告应于 2026-10-10 17:30 前提交。"_s);
}

TEST_CASE("Alerts stored as text only still show their text", "[alerts][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    const Session gm = t.sessionWith({Role::DepartmentHead}, u"赵建国"_s);
    // As a program before schema 6 wrote it: no arguments.
    REQUIRE(t.db().exec(u"INSERT INTO alerts (recipient_id, kind, record_type, record_id, text, created_at) "
                        "VALUES (?, 'complaint.key_customer', 'complaints', 7, ?, 1000)"_s,
                        {gm.staffId, u"Valid complaint TS-0007 from key customer 天津港务集团: 未上门"_s}));
    // And a kind this program does not know, with arguments.
    REQUIRE(t.db().exec(u"INSERT INTO alerts (recipient_id, kind, text, args, created_at) "
                        "VALUES (?, 'future.kind', 'Something new', '[\"a\"]', 2000)"_s,
                        {gm.staffId}));
    auto list = AlertStore(t.db()).forRecipient(gm.staffId, false);
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    ScopedLanguage chinese(u"zh_CN"_s);
    CHECK(AlertStore::text(list->at(0)) == u"Something new"_s);
    CHECK(AlertStore::text(list->at(1)) == u"Valid complaint TS-0007 from key customer 天津港务集团: 未上门"_s);
    CHECK(list->at(1).args.isEmpty());
}

TEST_CASE("An alert of an unknown kind or with missing arguments is refused", "[alerts][db]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    const Session gm = t.sessionWith({Role::DepartmentHead});
    AlertStore alerts(t.db());
    CHECK(alerts.raise(t.admin(), gm.staffId, u"no.such.kind"_s, {}, 0, {u"x"_s}).error().code == ErrorCode::Invalid);
    CHECK(alerts.raise(t.admin(), gm.staffId, QString(alertkind::ComplaintReportDue), {}, 0, {u"2026-09"_s})
              .error().code == ErrorCode::Invalid);
    CHECK(*alerts.unreadCount(gm.staffId) == 0);
}
