#include "ui/shell/logindialog.h"

#include "core/auth/staffrepository.h"
#include "core/demo/demodata.h"
#include "core/demo/demopicks.h"
#include "ui/shell/language.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {
const QString kLastLoginKey = u"ui/lastLogin"_s;
enum DemoColumn { DemoLogin, DemoPassword, DemoName, DemoRole, DemoColumnCount };
} // namespace

LoginDialog::LoginDialog(const sd::core::Database &db, LanguageManager *language, QWidget *parent)
    : QDialog(parent), m_db(db), m_language(language)
{
    setObjectName(u"loginDialog"_s);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_login = new QLineEdit(this);
    m_login->setObjectName(u"loginEdit"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_loginLabel = new QLabel(this);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);

    m_database = new QLabel(m_db.spec().display(), this);
    m_database->setObjectName(u"databaseLabel"_s);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_database->setWordWrap(true);
    m_databaseLabel = new QLabel(this);

    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(u"languageCombo"_s);
    for (const QString &code : LanguageManager::availableLanguages())
        m_languageCombo->addItem(LanguageManager::nativeName(code), code);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_languageCombo);
    if (m_language) {
        const int current = m_languageCombo->findData(m_language->language());
        if (current >= 0)
            m_languageCombo->setCurrentIndex(current);
    } else {
        m_languageCombo->setEnabled(false);
    }
    connect(m_languageCombo, &QComboBox::activated, this, &LoginDialog::languageChosen);

    m_error = new QLabel(this);
    m_error->setObjectName(u"loginError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_languageLabel, m_languageCombo);

    // Demo accounts: only when the database says it is a demo (demo data loaded).
    m_demoOffered = sd::core::demo::offersDemoLogins(m_db).value_or(false) && !sd::core::demoLogins().isEmpty();
    m_demoBox = new QGroupBox(this);
    m_demoBox->setObjectName(u"demoAccountsBox"_s);
    m_demoHint = new QLabel(m_demoBox);
    m_demoHint->setWordWrap(true);
    m_demoTable = new QTableWidget(0, DemoColumnCount, m_demoBox);
    m_demoTable->setObjectName(u"demoAccounts"_s);
    m_demoTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_demoTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_demoTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_demoTable->verticalHeader()->hide();
    m_demoTable->horizontalHeader()->setStretchLastSection(true);
    m_demoTable->setAlternatingRowColors(true);
    auto *demoLayout = new QVBoxLayout(m_demoBox);
    demoLayout->addWidget(m_demoHint);
    demoLayout->addWidget(m_demoTable);
    m_demoBox->setVisible(m_demoOffered);
    if (m_demoOffered) {
        fillDemoTable();
        connect(m_demoTable, &QTableWidget::cellClicked, this, [this](int row, int) { demoClicked(row); });
        connect(m_demoTable, &QTableWidget::cellActivated, this, [this](int row, int) {
            demoClicked(row);
            accept();
        });
    }

    // A button of our own: the box would put its standard "OK" text back on a language change.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_loginButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(u"loginButton"_s);
    m_loginButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_demoBox, 1);
    layout->addWidget(m_buttons);

    // Hide the error as soon as the user corrects something.
    connect(m_login, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_password, &QLineEdit::textEdited, m_error, &QWidget::hide);

    const QString last = QSettings().value(kLastLoginKey).toString();
    if (!last.isEmpty())
        setLogin(last);

    retranslateUi();
    resize(m_demoOffered ? QSize(620, 560) : QSize(440, 260));
}

void LoginDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    m_password->setFocus();
}

void LoginDialog::fillDemoTable()
{
    const auto &logins = sd::core::demoLogins();
    m_demoTable->setRowCount(int(logins.size()));
    for (int row = 0; row < logins.size(); ++row) {
        const auto &d = logins.at(row);
        const QString cells[DemoColumnCount] = {d.login, d.password, d.displayName, sd::core::roleTitle(d.role)};
        for (int column = 0; column < DemoColumnCount; ++column)
            m_demoTable->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_demoTable->resizeColumnsToContents();
}

void LoginDialog::demoClicked(int row)
{
    const auto &logins = sd::core::demoLogins();
    if (row < 0 || row >= logins.size())
        return;
    m_login->setText(logins.at(row).login);
    m_password->setText(logins.at(row).password);
    m_error->hide();
}

void LoginDialog::languageChosen(int index)
{
    if (m_language)
        m_language->setLanguage(m_languageCombo->itemData(index).toString());
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void LoginDialog::accept()
{
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        showError(tr("Enter your login."));
        m_login->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        // Enter in the login field: go on to the password rather than count a failed login.
        m_password->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor); // the password hash is slow on purpose
    auto session = sd::core::AuthService(m_db).login(login, m_password->text());
    QApplication::restoreOverrideCursor();
    if (!session) {
        showError(session.error().message);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_session = *session;
    QSettings().setValue(kLastLoginKey, login);
    QDialog::accept();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Service Center Desk — Log in"));
    m_title->setText(tr("Service Center Desk"));
    m_loginLabel->setText(tr("&Login:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_databaseLabel->setText(tr("Database:"));
    m_languageLabel->setText(tr("Lan&guage:"));
    m_login->setPlaceholderText(tr("Your login, e.g. hotline1"));
    m_loginButton->setText(tr("Log in"));
    m_demoBox->setTitle(tr("Demo accounts"));
    m_demoHint->setText(tr("This is a demo database. Click an account to fill in the fields, "
                           "double-click to log in at once."));
    m_demoTable->setHorizontalHeaderLabels({tr("Login"), tr("Password"), tr("Name"), tr("Role")});
    if (m_language) {
        const int current = m_languageCombo->findData(m_language->language());
        if (current >= 0 && current != m_languageCombo->currentIndex())
            m_languageCombo->setCurrentIndex(current);
    }
}

} // namespace sd::ui
