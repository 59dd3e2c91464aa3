// Customer list, card and dialog driven like an operator would: keys and clicks on real widgets,
// against a fresh SQLite database. Dialogs are shown with show()/open(), never exec().
#include "core/auth/permissions.h"
#include "core/records/customerrepository.h"
#include "tests/support/testdb.h"
#include "ui/common/format.h"
#include "ui/records/customercardwidget.h"
#include "ui/records/customerdialog.h"
#include "ui/records/customerlistmodel.h"
#include "ui/records/customerlistpage.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;
using sd::ui::CustomerCardWidget;
using sd::ui::CustomerDialog;
using sd::ui::CustomerListModel;
using sd::ui::CustomerListPage;

namespace {

Customer demoCustomer(const QString &name, const QString &phone, const QDate &contractEnds = sd::ui::centerToday().addYears(1))
{
    Customer c;
    c.name = name;
    c.address = u"北京市海淀区中关村大街27号"_s;
    c.serviceCode = u"SC"_s + CustomerRepository::phoneDigits(phone).right(6);
    c.dongleNo = u"8A3F"_s + CustomerRepository::phoneDigits(phone).right(4);
    c.region = RegionClass::SameCity;
    Contact t;
    t.name = u"王丽"_s;
    t.title = u"财务经理"_s;
    t.email = u"wangli@example.cn"_s;
    t.im = u"QQ 77"_s + CustomerRepository::phoneDigits(phone).right(4);
    t.isAdmin = true;
    t.phones = {{0, phone, u"office"_s}};
    c.contacts = {t};
    Contract k;
    k.contractNo = u"HT-2025-"_s + CustomerRepository::phoneDigits(phone).right(3);
    k.type = u"SPS"_s;
    k.endsOn = contractEnds;
    k.startsOn = contractEnds.addYears(-1).addDays(1);
    k.freeUpgrade = true;
    c.contracts = {k};
    PurchasedProduct p;
    p.product = u"用友U8+"_s;
    p.productVersion = u"V16.0"_s;
    p.modules = u"总账, 应收款管理, 应付款管理"_s;
    p.licences = 5;
    c.products = {p};
    return c;
}

qint64 createCustomer(const TestDatabase &t, const Customer &c)
{
    auto id = CustomerRepository(t.db()).create(t.admin(), c);
    REQUIRE(id);
    return *id;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 3000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

template <typename T>
T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    REQUIRE(w != nullptr);
    return w;
}

QStringList namesIn(const QAbstractItemModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, CustomerListModel::Name).data().toString();
    return names;
}

void activate(QWidget *window)
{
    window->show();
    QApplication::setActiveWindow(window);
    REQUIRE(QTest::qWaitForWindowActive(window));
}

/// Types like an operator: ASCII as key presses, Chinese as the input method commits it.
void typeText(QWidget *w, const QString &text)
{
    for (QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClick(w, char(ch.unicode()));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(ch));
            QCoreApplication::sendEvent(w, &commit);
        }
    }
}

void pressCtrlS(QWidget *w) { QTest::keyClick(w, Qt::Key_S, Qt::ControlModifier); }

/// Edits the address in an open dialog like an operator: Edit, select the field, type.
void editAddress(CustomerDialog &dialog, const QString &address)
{
    QTest::mouseClick(child<QPushButton>(&dialog, u"editButton"_s), Qt::LeftButton);
    auto *edit = child<QLineEdit>(&dialog, u"addressEdit"_s);
    REQUIRE(edit->isVisible());
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, address);
    REQUIRE(edit->text() == address);
}

} // namespace

TEST_CASE("the customer list shows names in pinyin order and filters by a typed phone fragment", "[ui][customers]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    createCustomer(t, demoCustomer(u"张家口机械厂"_s, u"0313-5550 1001"_s));
    createCustomer(t, demoCustomer(u"安徽商贸有限公司"_s, u"0551-6234 5678"_s));
    createCustomer(t, demoCustomer(u"北京食品集团"_s, u"010-8888 2002"_s));
    createCustomer(t, demoCustomer(u"重庆物流"_s, u"023-6777 3003"_s));

    CustomerListPage page(t.db(), t.admin());
    activate(&page);
    auto *table = child<QTableView>(&page, u"customerTable"_s);
    const QAbstractItemModel *model = table->model();
    CHECK(namesIn(model) == QStringList{u"安徽商贸有限公司"_s, u"北京食品集团"_s, u"重庆物流"_s, u"张家口机械厂"_s});
    CHECK(child<QLabel>(&page, u"customerCount"_s)->text() == u"4 customers"_s);
    CHECK(child<QPushButton>(&page, u"newCustomerButton"_s)->isEnabled());

    auto *search = child<QLineEdit>(&page, u"customerSearch"_s);
    page.focusSearch();
    QTest::keyClicks(search, u"2345"_s); // part of 0551-6234 5678, split by a space in the record
    CHECK(model->rowCount() == 4);        // nothing happens before the typing pauses
    REQUIRE(waitFor([&] { return model->rowCount() == 1; }));
    CHECK(model->index(0, CustomerListModel::Name).data().toString() == u"安徽商贸有限公司"_s);
    CHECK(model->index(0, CustomerListModel::Phone).data().toString() == u"0551-6234 5678"_s);
    CHECK(child<QLabel>(&page, u"customerCount"_s)->text() == u"1 customer"_s);

    // A 2-character fragment goes through the LIKE path of the repository.
    search->clear();
    QTest::keyClicks(search, u"88"_s);
    auto *listModel = static_cast<const CustomerListModel *>(model);
    REQUIRE(waitFor([&] { return listModel->filterText() == u"88"_s && model->rowCount() == 1; }));
    CHECK(model->index(0, CustomerListModel::Name).data().toString() == u"北京食品集团"_s);

    // Enter on the single hit opens it; Esc clears the search at once.
    QSignalSpy opened(&page, &CustomerListPage::openCustomer);
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    CHECK(model->rowCount() == 4);

    // Header click on the name sorts descending, in the database.
    table->horizontalHeader()->setSortIndicator(CustomerListModel::Name, Qt::DescendingOrder);
    CHECK(namesIn(model).first() == u"张家口机械厂"_s);
    // The other columns cannot be sorted in the database: the name order stays.
    table->horizontalHeader()->setSortIndicator(CustomerListModel::Phone, Qt::AscendingOrder);
    CHECK(table->horizontalHeader()->sortIndicatorSection() == CustomerListModel::Name);
    CHECK(table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(namesIn(model).first() == u"张家口机械厂"_s);
    // Enter on a row opens that customer.
    table->setFocus();
    table->selectRow(1);
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.count() == 2);
    CHECK(opened.last().at(0).toLongLong() == model->index(1, 0).data(CustomerListModel::IdRole).toLongLong());
}

TEST_CASE("the customer list fetches pages of 200 beyond the first as the view scrolls", "[ui][customers]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    {
        // One transaction around the creates keeps the test fast (each create joins it).
        auto tx = Transaction::begin(t.db());
        REQUIRE(tx);
        CustomerRepository repo(t.db());
        for (int i = 0; i < 450; ++i) {
            Customer c = demoCustomer(u"客户%1"_s.arg(i, 4, 10, QChar(u'0')), u"021-5000 %1"_s.arg(i, 4, 10, QChar(u'0')));
            REQUIRE(repo.create(t.admin(), c));
        }
        REQUIRE(tx->commit());
    }
    CustomerListModel model(t.db());
    model.reload();
    CHECK(model.totalCount() == 450);
    CHECK(model.rowCount() == 200);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 400);
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.index(449, CustomerListModel::Name).data().toString() == u"客户0449"_s);

    // The page's view pulls the next page when scrolled to the bottom.
    CustomerListPage page(t.db(), t.admin());
    page.resize(900, 500);
    activate(&page);
    auto *table = child<QTableView>(&page, u"customerTable"_s);
    CHECK(table->model()->rowCount() == 200);
    CHECK(child<QLabel>(&page, u"customerCount"_s)->text() == u"450 customers"_s);
    table->scrollToBottom();
    REQUIRE(waitFor([&] { return table->model()->rowCount() == 400; }));
}

TEST_CASE("the customer card warns about an expired contract and one about to expire", "[ui][customers]")
{
    CustomerCardWidget card;
    card.resize(800, 600);
    card.show();
    Customer c = demoCustomer(u"河北鼎盛印务有限公司"_s, u"0311-6666 1234"_s, sd::ui::centerToday().addDays(-10));
    c.keyCustomer = true;
    card.setCustomer(c);
    auto *status = child<QLabel>(&card, u"contractStatus"_s);
    CHECK(status->text().contains(u"expired"_s, Qt::CaseInsensitive));
    CHECK(status->text().contains(u"#c62828"_s)); // red
    CHECK(child<QLabel>(&card, u"cardName"_s)->text() == u"河北鼎盛印务有限公司"_s);
    CHECK(child<QLabel>(&card, u"keyCustomerBadge"_s)->isVisible());
    CHECK_FALSE(child<QLabel>(&card, u"vipBadge"_s)->isVisible());
    auto *contacts = child<QTableWidget>(&card, u"cardContacts"_s);
    REQUIRE(contacts->rowCount() == 1);
    CHECK(contacts->item(0, 2)->text() == u"0311-6666 1234"_s);

    card.setCustomer(demoCustomer(u"重庆物流"_s, u"023-6777 3003"_s, sd::ui::centerToday().addDays(10)));
    CHECK(status->text().contains(u"expires in 10 days"_s));
    CHECK_FALSE(status->text().contains(u"expired"_s, Qt::CaseInsensitive));
    CHECK_FALSE(child<QLabel>(&card, u"keyCustomerBadge"_s)->isVisible());
    CHECK(child<QLabel>(&card, u"cardEntitlements"_s)->text().contains(u"Free upgrade"_s));

    card.clear();
    CHECK_FALSE(status->isVisible());
}

TEST_CASE("editing the address in the customer dialog and pressing Ctrl+S saves it", "[ui][customers]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    const qint64 id = createCustomer(t, demoCustomer(u"北京食品集团"_s, u"010-8888 2002"_s));
    const int before = CustomerRepository(t.db()).get(id)->version;

    CustomerDialog dialog(t.db(), t.admin(), id);
    QSignalSpy saved(&dialog, &CustomerDialog::customerSaved);
    activate(&dialog);
    CHECK(dialog.customerId() == id);
    editAddress(dialog, u"北京市朝阳区建国路88号"_s);
    pressCtrlS(child<QLineEdit>(&dialog, u"addressEdit"_s));

    REQUIRE(saved.count() == 1);
    auto reloaded = CustomerRepository(t.db()).get(id);
    REQUIRE(reloaded);
    CHECK(reloaded->address == u"北京市朝阳区建国路88号"_s);
    CHECK(reloaded->version == before + 1);
    CHECK(reloaded->contacts.size() == 1); // the rest of the card went through untouched
    CHECK(reloaded->contacts.first().phones.first().kind == u"office"_s);
    CHECK(child<QPushButton>(&dialog, u"editButton"_s)->isVisible()); // back on the card
    CHECK(child<QLabel>(&dialog, u"cardAddress"_s)->text() == u"北京市朝阳区建国路88号"_s);
}

TEST_CASE("a colleague's save in between opens the merge view — keeping my address keeps their other change",
          "[ui][customers][conflict]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    const qint64 id = createCustomer(t, demoCustomer(u"安徽商贸有限公司"_s, u"0551-6234 5678"_s));
    const int before = CustomerRepository(t.db()).get(id)->version;
    const Session colleague = t.sessionWith({Role::HotlineOperator}, u"李娜"_s);

    CustomerDialog dialog(t.db(), t.admin(), id);
    activate(&dialog);
    editAddress(dialog, u"合肥市蜀山区长江西路100号"_s);

    // Meanwhile the colleague changes the address and the dongle number and saves first.
    {
        CustomerRepository repo(t.db());
        Customer theirs = *repo.get(id);
        theirs.address = u"合肥市包河区马鞍山路1号"_s;
        theirs.dongleNo = u"DG-77120"_s;
        REQUIRE(repo.save(colleague, theirs));
    }

    pressCtrlS(child<QLineEdit>(&dialog, u"addressEdit"_s));
    auto *merge = child<QWidget>(&dialog, u"mergeView"_s);
    REQUIRE(merge->isVisible());
    CHECK(dialog.findChild<QMessageBox *>(u"errorMessage"_s) == nullptr);
    CHECK(child<QLabel>(&dialog, u"mergeReason"_s)->text().contains(u"李娜"_s));
    auto *mineAddress = child<QRadioButton>(&dialog, u"mine_address"_s);
    auto *theirsAddress = child<QRadioButton>(&dialog, u"theirs_address"_s);
    CHECK(theirsAddress->text() == u"合肥市包河区马鞍山路1号"_s);
    CHECK(mineAddress->text() == u"合肥市蜀山区长江西路100号"_s);
    CHECK_FALSE(mineAddress->isChecked()); // both changed it: the operator decides
    CHECK_FALSE(theirsAddress->isChecked());
    CHECK(child<QRadioButton>(&dialog, u"theirs_dongleNo"_s)->isChecked()); // only they changed it
    CHECK(dialog.findChild<QRadioButton *>(u"mine_name"_s) == nullptr);   // nobody changed it
    auto *save = child<QPushButton>(&dialog, u"saveButton"_s);
    CHECK_FALSE(save->isEnabled());

    QTest::mouseClick(mineAddress, Qt::LeftButton);
    REQUIRE(mineAddress->isChecked());
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    auto reloaded = CustomerRepository(t.db()).get(id);
    REQUIRE(reloaded);
    CHECK(reloaded->address == u"合肥市蜀山区长江西路100号"_s);
    CHECK(reloaded->dongleNo == u"DG-77120"_s);
    CHECK(reloaded->version == before + 2);
    CHECK_FALSE(merge->isVisible());
    CHECK(child<QPushButton>(&dialog, u"editButton"_s)->isVisible());
}

TEST_CASE("a trainer sees Edit disabled and a direct save is refused by the repository", "[ui][customers][permissions]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    const qint64 id = createCustomer(t, demoCustomer(u"重庆物流"_s, u"023-6777 3003"_s));
    const Session trainer = t.sessionWith({Role::Trainer}, u"赵老师"_s);
    REQUIRE_FALSE(can(trainer, Action::CustomerEdit));

    CustomerDialog dialog(t.db(), trainer, id);
    activate(&dialog);
    auto *edit = child<QPushButton>(&dialog, u"editButton"_s);
    CHECK(edit->isVisible());
    CHECK_FALSE(edit->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_F2);
    CHECK_FALSE(child<QLineEdit>(&dialog, u"addressEdit"_s)->isVisible());

    CustomerListPage page(t.db(), trainer);
    CHECK_FALSE(child<QPushButton>(&page, u"newCustomerButton"_s)->isEnabled());

    CustomerRepository repo(t.db());
    Customer c = *repo.get(id);
    const int version = c.version;
    c.address = u"重庆市渝中区解放碑1号"_s;
    auto refused = repo.save(trainer, c);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Forbidden);
    CHECK(repo.get(id)->version == version);
    CHECK(repo.get(id)->address == u"北京市海淀区中关村大街27号"_s);
}

TEST_CASE("a new customer with a known phone is flagged as a possible duplicate before it is saved",
          "[ui][customers]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    createCustomer(t, demoCustomer(u"河北鼎盛印务有限公司"_s, u"0311-6666 1234"_s));

    CustomerDialog dialog(t.db(), t.admin(), 0);
    activate(&dialog);
    CHECK(dialog.customerId() == 0);
    auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
    REQUIRE(name->isVisible()); // a new customer opens on the form

    // First without a name: refused by the repository, the dialog stays open with the data.
    QTest::keyClicks(child<QLineEdit>(&dialog, u"serviceCodeEdit"_s), u"SC990001"_s);
    pressCtrlS(name);
    auto *error = dialog.findChild<QMessageBox *>(u"errorMessage"_s);
    REQUIRE(error != nullptr);
    CHECK(error->isVisible());
    error->close();
    CHECK(name->isVisible());
    CHECK(child<QLineEdit>(&dialog, u"serviceCodeEdit"_s)->text() == u"SC990001"_s);

    typeText(name, u"鼎盛印务（石家庄）"_s);
    auto *contacts = child<QTableWidget>(&dialog, u"contactsTable"_s);
    REQUIRE(contacts->rowCount() == 1);
    contacts->item(0, 0)->setText(u"张强"_s);
    contacts->item(0, 2)->setText(u"0311 66661234；13912345678"_s);
    pressCtrlS(name);
    auto *warning = dialog.findChild<QMessageBox *>(u"duplicateWarning"_s);
    REQUIRE(warning != nullptr);
    CHECK(warning->text().contains(u"河北鼎盛印务有限公司"_s));
    CHECK(CustomerRepository(t.db()).count({}).value() == 1);

    QTest::mouseClick(child<QPushButton>(warning, u"saveAnywayButton"_s), Qt::LeftButton);
    REQUIRE(waitFor([&] { return dialog.customerId() > 0; }));
    auto created = CustomerRepository(t.db()).get(dialog.customerId());
    REQUIRE(created);
    CHECK(created->name == u"鼎盛印务（石家庄）"_s);
    REQUIRE(created->contacts.size() == 1);
    CHECK(created->contacts.first().phones.size() == 2);
    CHECK(CustomerRepository(t.db()).count({}).value() == 2);
}

TEST_CASE("the customer list retitles its columns when the language changes", "[ui][customers]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    CustomerListModel model(t.db());
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    CHECK(headers.count() == 1);
    CHECK(model.headerData(CustomerListModel::Contract, Qt::Horizontal).toString() == u"Contract"_s);
}

// Not run by default: `sd_ui_tests "[.screenshot]"` writes /tmp/ui1-*.png to look at.
TEST_CASE("pictures of the customer card, dialog and list", "[.screenshot]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    Customer c = demoCustomer(u"北京华夏建龙矿业科技有限公司"_s, u"010-6543 2100"_s, sd::ui::centerToday().addDays(21));
    c.keyCustomer = true;
    c.vipChannel = true;
    c.region = RegionClass::Nearby;
    Contact t2;
    t2.name = u"陈建国"_s;
    t2.title = u"信息中心主任"_s;
    t2.phones = {{0, u"139 1024 8866"_s, u"mobile"_s}, {0, u"010-6543 2101"_s, u"office"_s}};
    t2.email = u"chenjg@hxjl.com.cn"_s;
    t2.im = u"微信 chen_jg"_s;
    c.contacts.append(t2);
    PurchasedProduct p2;
    p2.product = u"畅捷通T+"_s;
    p2.productVersion = u"V17.0"_s;
    p2.modules = u"存货核算, 库存管理"_s;
    p2.licences = 3;
    c.products.append(p2);
    const qint64 id = createCustomer(t, c);
    createCustomer(t, demoCustomer(u"安徽商贸有限公司"_s, u"0551-6234 5678"_s, sd::ui::centerToday().addDays(-40)));
    createCustomer(t, demoCustomer(u"重庆物流"_s, u"023-6777 3003"_s));

    CustomerCardWidget card;
    card.resize(820, 520);
    card.setCustomer(*CustomerRepository(t.db()).get(id));
    card.show();
    QTest::qWait(50);
    CHECK(card.grab().save(u"/tmp/ui1-card.png"_s));

    CustomerDialog dialog(t.db(), t.admin(), id);
    activate(&dialog);
    CHECK(dialog.grab().save(u"/tmp/ui1-dialog-view.png"_s));
    QTest::mouseClick(child<QPushButton>(&dialog, u"editButton"_s), Qt::LeftButton);
    QTest::qWait(50);
    CHECK(dialog.grab().save(u"/tmp/ui1-dialog-edit.png"_s));
    auto *tabs = dialog.findChild<QTabWidget *>();
    tabs->setCurrentIndex(1);
    QTest::qWait(50);
    CHECK(dialog.grab().save(u"/tmp/ui1-dialog-contacts.png"_s));
    tabs->setCurrentIndex(2);
    QTest::qWait(50);
    CHECK(dialog.grab().save(u"/tmp/ui1-dialog-contracts.png"_s));
    tabs->setCurrentIndex(0);
    editAddress(dialog, u"河北省廊坊市广阳区新华路8号"_s); // editAddress clicks Edit, which is hidden now: harmless
    {
        CustomerRepository repo(t.db());
        Customer theirs = *repo.get(id);
        theirs.address = u"北京市丰台区南四环西路188号"_s;
        theirs.dongleNo = u"DG-77120"_s;
        REQUIRE(repo.save(t.sessionWith({Role::HotlineOperator}, u"李娜"_s), theirs));
    }
    pressCtrlS(child<QLineEdit>(&dialog, u"addressEdit"_s));
    QTest::qWait(50);
    CHECK(dialog.grab().save(u"/tmp/ui1-dialog-merge.png"_s));

    CustomerListPage page(t.db(), t.admin());
    page.resize(1100, 400);
    activate(&page);
    CHECK(page.grab().save(u"/tmp/ui1-list.png"_s));
}
