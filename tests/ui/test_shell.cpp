// The shell: logging in through the real dialog, the caller lookup, switching the language live.
#include "core/records/customerrepository.h"
#include "tests/support/testdb.h"
#include "ui/records/customerdialog.h"
#include "ui/shell/language.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 5000)
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

Customer customer(const QString &name, const QString &phone)
{
    Customer c;
    c.name = name;
    c.address = u"北京市海淀区中关村大街1号"_s;
    c.serviceCode = u"SC"_s + CustomerRepository::phoneDigits(phone).right(6);
    c.dongleNo = u"8A3F00C1"_s;
    Contact contact;
    contact.name = u"王丽"_s;
    contact.isAdmin = true;
    contact.phones = {{0, phone, u"office"_s}};
    c.contacts = {contact};
    Contract k;
    k.type = u"SPS"_s;
    k.startsOn = QDate::currentDate().addMonths(-1);
    k.endsOn = QDate::currentDate().addMonths(11);
    c.contracts = {k};
    return c;
}

/// Every label text under `root`, joined: what the operator can read there.
QString visibleText(const QWidget *root)
{
    QStringList texts;
    for (const QLabel *label : root->findChildren<QLabel *>())
        if (label->isVisible())
            texts << label->text();
    return texts.join(u'\n');
}

QString navText(const QListWidget *nav, const QString &id)
{
    for (int row = 0; row < nav->count(); ++row)
        if (nav->item(row)->data(Qt::UserRole + 1).toString() == id)
            return nav->item(row)->text();
    return {};
}

QString tr(const char *context, const char *text) { return QCoreApplication::translate(context, text); }

} // namespace

TEST_CASE("the login dialog shows the error for a wrong password, stays open, and accepts the right one",
          "[ui][shell]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    sd::ui::LoginDialog dialog(t.db(), nullptr);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    auto *login = dialog.findChild<QLineEdit *>(u"loginEdit"_s);
    auto *password = dialog.findChild<QLineEdit *>(u"passwordEdit"_s);
    auto *error = dialog.findChild<QLabel *>(u"loginError"_s);
    REQUIRE(login);
    REQUIRE(password);
    REQUIRE(error);
    REQUIRE(dialog.findChild<QPushButton *>(u"loginButton"_s));
    CHECK_FALSE(error->isVisible());
    // No demo data in this database: no demo accounts offered.
    CHECK_FALSE(dialog.offersDemoAccounts());

    login->clear();
    QTest::keyClicks(login, t.admin().login);
    QTest::keyClicks(password, u"not the password"_s);
    QTest::keyClick(password, Qt::Key_Return);

    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(password->text().isEmpty());   // cleared for the next try
    CHECK_FALSE(dialog.session().isValid());

    QTest::keyClicks(password, sd::test::testPassword());
    CHECK_FALSE(error->isVisible());      // hidden once the operator types again
    QTest::keyClick(password, Qt::Key_Return);

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.session().isValid());
    CHECK(dialog.session().login == t.admin().login);
}

TEST_CASE("the login dialog lists the demo accounts on a demo database and a click fills the fields",
          "[ui][shell]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(t.db().exec(u"INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, 0, 0)"_s,
                        {u"demo.logins"_s, u"1"_s}));
    sd::ui::LoginDialog dialog(t.db(), nullptr);
    dialog.show();
    REQUIRE(dialog.offersDemoAccounts());
    auto *table = dialog.findChild<QAbstractItemView *>(u"demoAccounts"_s);
    REQUIRE(table);
    REQUIRE(table->isVisible());
    REQUIRE(table->model()->rowCount() > 0);
    const QModelIndex first = table->model()->index(0, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    CHECK(dialog.findChild<QLineEdit *>(u"loginEdit"_s)->text() == first.data().toString());
    CHECK_FALSE(dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->text().isEmpty());
}

TEST_CASE("the caller lookup finds a customer by part of a phone number and shows the card — Enter again opens it",
          "[ui][shell]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    CustomerRepository repo(t.db());
    const auto wanted = repo.create(t.admin(), customer(u"北京华信达科技有限公司"_s, u"010-6543 2100"_s));
    REQUIRE(wanted);
    REQUIRE(repo.create(t.admin(), customer(u"上海申联贸易有限公司"_s, u"021-5888 7766"_s)));

    sd::ui::MainWindow window(t.db(), t.admin(), nullptr);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *lookup = window.findChild<QLineEdit *>(u"callerLookup"_s);
    auto *card = window.findChild<QDockWidget *>(u"lookupCard"_s);
    REQUIRE(lookup);
    REQUIRE(card);
    CHECK_FALSE(card->isVisible());

    // Ctrl+L puts the cursor in the box from anywhere.
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    lookup->setFocus();
    QTest::keyClicks(lookup, u"6543"_s);
    // Debounced: the matches pop up once typing pauses.
    auto *completer = window.findChild<QCompleter *>();
    REQUIRE(completer);
    QAbstractItemView *popup = completer->popup();
    REQUIRE(popup);
    REQUIRE(waitFor([&] { return popup->isVisible(); }));
    REQUIRE(popup->model()->rowCount() == 1);
    CHECK(popup->model()->index(0, 0).data().toString().contains(u"北京华信达科技有限公司"_s));

    QTest::keyClick(lookup, Qt::Key_Return);
    REQUIRE(waitFor([&] { return card->isVisible(); }));
    CHECK(window.cardCustomerId() == *wanted);
    const QString shown = visibleText(card);
    CHECK(shown.contains(u"北京华信达科技有限公司"_s));
    CHECK_FALSE(shown.contains(u"上海申联贸易有限公司"_s));
    CHECK(window.findChild<QLabel *>(u"openRecords"_s)->text()
          == tr("sd::ui::MainWindow", "No open records"));

    // Enter again opens the customer (a modal dialog: close it from a timer).
    bool opened = false;
    QTimer::singleShot(300, [&] {
        if (auto *dialog = qobject_cast<sd::ui::CustomerDialog *>(QApplication::activeModalWidget())) {
            opened = true;
            dialog->close();
        }
    });
    QTest::keyClick(lookup, Qt::Key_Return);
    CHECK(opened);

    // Another number, another customer.
    lookup->clear();
    QTest::keyClicks(lookup, u"58887"_s);
    REQUIRE(waitFor([&] { return popup->isVisible() && popup->model()->rowCount() == 1; }));
    QTest::keyClick(lookup, Qt::Key_Return);
    REQUIRE(waitFor([&] { return visibleText(card).contains(u"上海申联贸易有限公司"_s); }));
}

TEST_CASE("the due-soon indicator says nothing is due when no clock of mine needs attention", "[ui][shell]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    sd::ui::MainWindow window(t.db(), t.admin(), nullptr);
    auto *indicator = window.findChild<QToolButton *>(u"dueSoonIndicator"_s);
    REQUIRE(indicator);
    CHECK(indicator->text() == tr("sd::ui::MainWindow", "Nothing due"));
    CHECK(window.dueSoon().isEmpty());
}

TEST_CASE("switching the language retranslates the main window and Qt's own buttons live", "[ui][shell]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    sd::ui::LanguageManager language;
    REQUIRE(language.setLanguage(u"en"_s, false));

    sd::ui::MainWindow window(t.db(), t.admin(), &language);
    sd::ui::LoginDialog login(t.db(), &language);
    window.show();
    login.show();
    auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
    REQUIRE(nav);
    auto *fileMenu = window.menuBar()->actions().value(0);
    REQUIRE(fileMenu);
    auto *buttons = login.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    REQUIRE(cancel);

    CHECK(navText(nav, u"customers"_s) == u"Customers"_s);
    CHECK(fileMenu->text() == u"&File"_s);
    CHECK(cancel->text().remove(u'&') == u"Cancel"_s);
    CHECK(QLocale().language() == QLocale::English);

    REQUIRE(language.setLanguage(u"zh_CN"_s, false));
    CHECK(language.language() == u"zh_CN"_s);
    CHECK(QLocale().language() == QLocale::Chinese);
    // Our texts: whatever the zh_CN catalogue says now (filled in as translations arrive).
    CHECK(navText(nav, u"customers"_s) == tr("sd::ui::MainWindow", "Customers"));
    CHECK(navText(nav, u"customers"_s) == u"客户"_s); // our zh_CN catalogue, not the source text
    CHECK(fileMenu->text().startsWith(u"文件"_s));
    CHECK(fileMenu->text() == tr("sd::ui::MainWindow", "&File"));
    CHECK(login.findChild<QPushButton *>(u"loginButton"_s)->text() == tr("sd::ui::LoginDialog", "Log in"));
    // Qt's own catalogue is complete already: the standard buttons are Chinese at once.
    CHECK(cancel->text().contains(u"取消"_s));

    // And back, without a restart.
    REQUIRE(language.setLanguage(u"en"_s, false));
    CHECK(navText(nav, u"customers"_s) == u"Customers"_s);
    CHECK(cancel->text().remove(u'&') == u"Cancel"_s);
    CHECK(fileMenu->text() == u"&File"_s);
}

TEST_CASE("the language manager understands the usual spellings and remembers the choice", "[ui][shell]")
{
    using sd::ui::LanguageManager;
    CHECK(LanguageManager::normalize(u"zh"_s) == u"zh_CN"_s);
    CHECK(LanguageManager::normalize(u"zh-CN"_s) == u"zh_CN"_s);
    CHECK(LanguageManager::normalize(u"en_US"_s) == u"en"_s);
    CHECK(LanguageManager::normalize(u"fr"_s).isEmpty());

    LanguageManager language;
    CHECK_FALSE(language.setLanguage(u"fr"_s));
    REQUIRE(language.setLanguage(u"zh_CN"_s));
    CHECK(LanguageManager().rememberedLanguage() == u"zh_CN"_s);
    REQUIRE(language.setLanguage(u"en"_s));
    CHECK(LanguageManager().rememberedLanguage() == u"en"_s);
}
