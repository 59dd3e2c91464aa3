// The administrator's "Service center" tab: typed details and a logo file end up on the form.
#include "core/records/centerinfo.h"
#include "core/sla/due.h"
#include "tests/support/testdb.h"
#include "ui/admin/centertab.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

TEST_CASE("Service center tab saves the details and the logo for printed forms", "[ui][admin][center]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    sd::ui::CenterTab tab(t.db(), t.admin());
    tab.show();
    auto *name = tab.findChild<QLineEdit *>(u"centerName"_s);
    auto *phone = tab.findChild<QLineEdit *>(u"centerPhone"_s);
    REQUIRE(name);
    REQUIRE(phone);
    // Chinese arrives through the input method, as on a desk with Pinyin input.
    name->setFocus();
    QInputMethodEvent ime;
    ime.setCommitString(u"天津畅捷服务中心"_s);
    QApplication::sendEvent(name, &ime);
    QTest::keyClicks(phone, u"022-5888 6666"_s);
    CHECK_FALSE(tab.setLogoFile(QStringLiteral(SD_SOURCE_DIR) + u"/README.md"_s));
    REQUIRE(tab.setLogoFile(QStringLiteral(SD_SOURCE_DIR) + u"/resources/demo/center-logo.png"_s));
    REQUIRE(tab.save());
    auto info = CenterInfo::load(t.db());
    REQUIRE(info);
    CHECK(info->name == u"天津畅捷服务中心"_s);
    CHECK(info->phone == u"022-5888 6666"_s);
    CHECK(info->logoPng.startsWith("\x89PNG"));
}

TEST_CASE("Service center tab sets when deadlines count as due soon, within its limits", "[ui][admin][center][due]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(CenterInfo::save(t.db(), t.admin(), CenterInfo{u"北京用友软件服务中心"_s, {}, {}, {}, {}, 60}));
    sd::ui::CenterTab tab(t.db(), t.admin());
    tab.show();
    auto *soon = tab.findChild<QSpinBox *>(u"dueSoonMinutes"_s);
    REQUIRE(soon);
    CHECK(soon->value() == kDueSoonMinutes);
    CHECK(soon->minimum() == kDueSoonMinMinutes);
    CHECK(soon->maximum() == kDueSoonMaxMinutes);
    // Typed as a user does: select the number, type another.
    soon->setFocus();
    soon->selectAll();
    QTest::keyClicks(soon, u"90"_s);
    QTest::keyClick(soon, Qt::Key_Tab);
    CHECK(soon->value() == 90);
    REQUIRE(tab.save());
    CHECK(dueSoonMinutes(t.db()) == 90);
    // The name typed earlier is kept alongside.
    CHECK(CenterInfo::load(t.db())->name == u"北京用友软件服务中心"_s);
    // Past the limit the box stops at it: nothing out of range reaches core.
    soon->selectAll();
    QTest::keyClicks(soon, u"9999"_s);
    QTest::keyClick(soon, Qt::Key_Tab);
    CHECK(soon->value() <= kDueSoonMaxMinutes);
}
