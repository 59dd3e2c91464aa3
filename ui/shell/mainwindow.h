#pragma once

#include "core/auth/roles.h"
#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"
#include "core/records/customer.h"
#include "ui/shell/homepage.h"

#include <QIcon>
#include <QMainWindow>

#include <functional>

class QAction;
class QActionGroup;
class QCompleter;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTimer;
class QToolBar;
class QToolButton;

namespace sd::ui {

class CustomerCardWidget;
class CustomerListPage;
class LanguageManager;
class SearchLine;

/// The desk: a navigation list with one entry per workflow that is built, the caller lookup
/// in the toolbar (Ctrl+L) with the caller's card in a side panel, and in the status bar who
/// is logged in, the database and my deadlines that need attention (refreshed every minute).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    /// Gives a page's title in the current language (called again on every language change).
    using TitleFunction = std::function<QString()>;

    MainWindow(const sd::core::Database &db, const sd::core::Session &session, LanguageManager *language,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Adds a workflow's page to the navigation (in call order). `id` is stable: it names the
    /// page in QSettings and in showPage(). The window takes ownership of `page`.
    void addPage(const QString &id, const QIcon &icon, TitleFunction title, QWidget *page);
    /// Shows the page with `id`; false when there is none.
    bool showPage(const QString &id);
    QString currentPageId() const;
    QWidget *page(const QString &id) const;

    /// Runs the caller lookup for `text` at once (as if typed and paused); returns the number
    /// of matches. The popup lists them.
    int lookupCaller(const QString &text);
    /// Shows the customer's card in the lookup panel.
    bool showCustomerCard(qint64 customerId);
    /// Opens the customer in the customer dialog (modal); refreshes list and card afterwards.
    void openCustomer(qint64 customerId);
    /// The customer whose card is shown (0 when none).
    qint64 cardCustomerId() const { return m_cardCustomerId; }

    /// Asks the SLA engine for my deadlines that need attention and updates the indicator.
    void refreshDueSoon();
    const QList<sd::core::DueItem> &dueSoon() const { return m_due; }

    /// Restores geometry, dock state and the user's own last page from QSettings.
    void restoreSettings();
    void saveSettings() const;

    /// Shows a record on its desk's page (complaint, on-site job, hotline call …); false when
    /// this session has no page for it.
    bool openRecord(const QString &recordType, qint64 recordId);

    /// A caller handed over by the phone system (`servicedesk --caller`): the window comes
    /// forward and the hotline desk starts a new call with the caller looked up (or, when a
    /// call is being written there, or this session has no hotline desk, the caller lookup in
    /// the toolbar runs so nothing typed is lost). Returns the number of customers matched.
    int showCaller(const QString &number);

    /// Ends this user's session: saves the settings and closes the window; the desk then asks
    /// for the next login (see loggedOut()).
    void logOut();
    /// True when the window was closed by "Log out / switch user" rather than by quitting.
    bool loggedOut() const { return m_loggedOut; }

signals:
    void logoutRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct PageEntry {
        QString id;
        TitleFunction title;
        QWidget *widget = nullptr;
    };

    void createActions();
    void createLookup();
    void createStatusBar();
    void retranslateUi();
    void lookupTextChanged(const QString &text);
    void lookupReturnPressed();
    void lookupActivated(const QModelIndex &index);
    void fillDueMenu();
    void showAbout();

    sd::core::Database m_db;
    sd::core::Session m_session;
    LanguageManager *m_language = nullptr;
    sd::core::BusinessCalendar m_calendar;

    QList<PageEntry> m_pages;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    HomePage *m_home = nullptr;
    CustomerListPage *m_customers = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_lookupAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QToolBar *m_toolbar = nullptr;

    // Caller lookup
    QLabel *m_lookupLabel = nullptr;
    SearchLine *m_lookup = nullptr;
    QStandardItemModel *m_lookupModel = nullptr;
    QCompleter *m_completer = nullptr;
    QList<qint64> m_lookupIds;      ///< the matches of m_lookupText, best first
    QString m_lookupText;           ///< the text the matches are for
    bool m_justActivated = false;   ///< Enter that picked from the popup must not open the dialog too
    QDockWidget *m_cardDock = nullptr;
    CustomerCardWidget *m_card = nullptr;
    QLabel *m_cardHint = nullptr;
    QLabel *m_openRecordsTitle = nullptr;
    QLabel *m_openRecords = nullptr;
    QPushButton *m_openCustomerButton = nullptr;
    qint64 m_cardCustomerId = 0;
    QString m_cardText;             ///< the lookup text when the card was shown

    // Status bar
    QLabel *m_userLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QToolButton *m_dueIndicator = nullptr;
    QMenu *m_dueMenu = nullptr;
    QTimer *m_dueTimer = nullptr;
    QList<sd::core::DueItem> m_due;
    bool m_loggedOut = false;
    QAction *m_logoutAction = nullptr;
    bool m_dueFailed = false;
};

} // namespace sd::ui
