#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sd::ui {

class LanguageManager;

/// Logging in: login and password, the database it goes to, the UI language, and on a demo
/// database the demo accounts (a click fills the fields, a double click logs in).
/// Accepted only once AuthService::login succeeded; session() is then valid.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)
public:
    LoginDialog(const sd::core::Database &db, LanguageManager *language, QWidget *parent = nullptr);

    /// The logged-in session (valid after the dialog was accepted).
    const sd::core::Session &session() const { return m_session; }
    /// Pre-fills the login (e.g. the last one used) and puts the cursor in the password.
    void setLogin(const QString &login);
    /// True when the database offers demo accounts (the table is shown).
    bool offersDemoAccounts() const { return m_demoOffered; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillDemoTable();
    void demoClicked(int row);
    void languageChosen(int index);
    void showError(const QString &message);

    sd::core::Database m_db;
    LanguageManager *m_language = nullptr;
    sd::core::Session m_session;
    bool m_demoOffered = false;

    QLabel *m_title = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLineEdit *m_login = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_database = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_error = nullptr;
    QGroupBox *m_demoBox = nullptr;
    QLabel *m_demoHint = nullptr;
    QTableWidget *m_demoTable = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_loginButton = nullptr;
};

} // namespace sd::ui
