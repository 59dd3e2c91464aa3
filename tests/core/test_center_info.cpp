// The center's details for printed forms: administrators only, checked, audited.
#include "core/audit/audit.h"
#include "core/records/centerinfo.h"
#include "tests/support/testdb.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

TEST_CASE("Center details: saved by administrators, refused to others and when malformed", "[center][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    QFile logo(QStringLiteral(SD_SOURCE_DIR) + u"/resources/demo/center-logo.png"_s);
    REQUIRE(logo.open(QIODevice::ReadOnly));
    CenterInfo info;
    info.name = u"北京用友软件 4S 服务中心"_s;
    info.nameEn = u"Beijing Yonyou Software 4S Service Center"_s;
    info.address = u"北京市朝阳区望京东路 8 号"_s;
    info.phone = u"400-810-6688"_s;
    info.logoPng = logo.readAll();

    auto refused = CenterInfo::save(t.db(), t.sessionWith({Role::ServiceManager}), info);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Forbidden);
    CenterInfo bad = info;
    bad.logoPng = QByteArray("GIF89a");
    auto notPng = CenterInfo::save(t.db(), t.admin(), bad);
    REQUIRE_FALSE(notPng);
    CHECK(notPng.error().field == u"logo"_s);
    bad = info;
    bad.name = u"  "_s;
    auto noName = CenterInfo::save(t.db(), t.admin(), bad);
    REQUIRE_FALSE(noName);
    CHECK(noName.error().field == u"name"_s);
    auto empty = CenterInfo::load(t.db());
    REQUIRE(empty);
    CHECK(empty->name.isEmpty());

    REQUIRE(CenterInfo::save(t.db(), t.admin(), info));
    auto loaded = CenterInfo::load(t.db());
    REQUIRE(loaded);
    CHECK(loaded->name == info.name);
    CHECK(loaded->nameEn == info.nameEn);
    CHECK(loaded->address == info.address);
    CHECK(loaded->phone == info.phone);
    CHECK(loaded->logoPng == info.logoPng);
    auto trail = audit::recent(t.db(), 50);
    REQUIRE(trail);
    bool audited = false;
    for (const AuditEntry &e : *trail)
        audited |= e.table == u"settings"_s && e.field == u"center.name"_s && e.newValue == info.name;
    CHECK(audited);
}
