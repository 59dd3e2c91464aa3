#include "ui/shell/mainwindow.h"

#include "ui/dispatch/dispatchboardpage.h"

#include "ui/admin/adminpage.h"
#include "ui/hotline/dutyrosterpage.h"   // issue 4
#include "ui/hotline/hotlinedeskpage.h"   // issue 4
#include "ui/problembase/problembasepage.h"   // issue 4
#include "core/alerts/scheduledwork.h"
#include "core/auth/areas.h"
#include "core/calendar/calendarrepository.h"
#include "core/db/migrations.h"
#include "core/records/customerrepository.h"
#include "core/sla/slaclockservice.h"
#include "core/sla/due.h"
#include "ui/common/format.h"
#include "ui/common/errors.h"
#include "ui/common/searchline.h"
#include "ui/firstvisit/firstvisitpage.h" // first visit (issue 3)
#include "ui/complaints/complaintspage.h"   // issue 6
#include "ui/projects/projectspage.h"   // issue 12
#include "core/projects/projectservice.h"
#include "ui/training/customertraining.h"   // issue 13
#include "ui/training/trainingpage.h"       // issue 13
#include "ui/records/customercardwidget.h"
#include "ui/records/customerdialog.h"
#include "ui/records/customerlistpage.h"
#include "ui/shell/language.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCompleter>
#include <QDateTime>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kLookupLimit = 20;
constexpr int kDueRefreshMs = 60 * 1000;
const QString kHomeId = u"home"_s;
const QString kCustomersId = u"customers"_s;
} // namespace

MainWindow::MainWindow(const Database &db, const Session &session, LanguageManager *language, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_session(session), m_language(language)
{
    setObjectName(u"mainWindow"_s);

    // Navigation on the left, the pages in a stack on the right.
    auto *central = new QWidget(this);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(u"navigation"_s);
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setSpacing(2);
    m_nav->setFixedWidth(180);
    m_nav->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(u"pages"_s);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size())
            m_stack->setCurrentWidget(m_pages.at(row).widget);
    });

    createActions();
    createLookup();
    createStatusBar();

    // The workflows that are built. A workflow module adds its page with one addPage() call.
    // Every time the desk shows is in the center's zone (the business calendar's), whatever
    // zone this machine is set to.
    if (auto calendar = CalendarRepository(m_db).load())
        m_calendar = *calendar;
    setCenterTimeZone(m_calendar.timeZone());

    m_home = new HomePage(m_db, m_session);
    connect(m_home, &HomePage::showCustomersRequested, this, [this] { showPage(kCustomersId); });
    connect(m_home, &HomePage::callerLookupRequested, m_lookupAction, &QAction::trigger);
    connect(m_home, &HomePage::openRecord, this, &MainWindow::openRecord);
    addPage(kHomeId, style()->standardIcon(QStyle::SP_DirHomeIcon), [] { return MainWindow::tr("Desk overview"); },
            m_home);

    m_customers = new CustomerListPage(m_db, m_session);
    connect(m_customers, &CustomerListPage::openCustomer, this, &MainWindow::openCustomer);
    addPage(kCustomersId, style()->standardIcon(QStyle::SP_FileDialogDetailedView),
            [] { return MainWindow::tr("Customers"); }, m_customers);

    // --- workflow pages: one block per workflow module, in this order ---
    // Which of them this session may open is core's to say (core/auth/areas.h).
    const QList<Area> areas = openableAreas(m_db, m_session).value_or(QList<Area>{Area::Home, Area::Customers});
    // first visit (issue 3)
    if (areas.contains(Area::FirstVisit)) {
        auto *firstVisit = new FirstVisitPage(m_db, m_session);
        addPage(areaKey(Area::FirstVisit), style()->standardIcon(QStyle::SP_DialogYesButton),
                [] { return MainWindow::tr("First visit"); }, firstVisit);
        // A need taken up by a project leads to it, for whoever may open the project tracker.
        connect(firstVisit, &FirstVisitPage::openProject, this, [this](qint64 projectId) {
            if (auto *projects = qobject_cast<ProjectsPage *>(page(areaKey(Area::Projects))); projects && showPage(areaKey(Area::Projects)))
                projects->selectProject(projectId);
            else
                statusBar()->showMessage(tr("The project tracker is not among your desks."), 5000);
        });
    }
    // hotline desk, duty roster, problem base (issue 4)
    if (areas.contains(Area::Hotline)) {
        auto *desk = new HotlineDeskPage(m_db, m_session);
        addPage(areaKey(Area::Hotline), style()->standardIcon(QStyle::SP_DialogHelpButton),
                [] { return MainWindow::tr("Hotline desk"); }, desk);
        // Ctrl+N anywhere: a new call for the caller on the card (or an empty one).
        auto *newCall = new QAction(this);
        newCall->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
        newCall->setShortcutContext(Qt::WindowShortcut);
        connect(newCall, &QAction::triggered, this, [this, desk] {
            showPage(areaKey(Area::Hotline));
            desk->startNewCall({}, m_cardCustomerId);
        });
        addAction(newCall);
    }
    if (areas.contains(Area::DutyRoster))
        addPage(areaKey(Area::DutyRoster), style()->standardIcon(QStyle::SP_FileDialogListView),
                [] { return MainWindow::tr("Duty roster"); }, new DutyRosterPage(m_db, m_session));
    if (areas.contains(Area::ProblemBase))
        addPage(areaKey(Area::ProblemBase), style()->standardIcon(QStyle::SP_FileDialogContentsView),
                [] { return MainWindow::tr("Problem base"); }, new ProblemBasePage(m_db, m_session));
    // complaint register, monthly report (issue 6)
    // on-site dispatch board and return visits (issue 5)
    if (areas.contains(Area::Dispatch))
        addPage(areaKey(Area::Dispatch), style()->standardIcon(QStyle::SP_DriveNetIcon),
                [] { return MainWindow::tr("On-site dispatch"); }, new DispatchBoardPage(m_db, m_session));
    if (areas.contains(Area::Complaints))
        addPage(areaKey(Area::Complaints), style()->standardIcon(QStyle::SP_MessageBoxWarning),
                [] { return MainWindow::tr("Complaints"); }, new ComplaintsPage(m_db, m_session));
    // implementation project tracker (issue 12)
    if (areas.contains(Area::Projects))
        addPage(areaKey(Area::Projects), style()->standardIcon(QStyle::SP_FileDialogNewFolder),
                [] { return MainWindow::tr("Projects"); }, new ProjectsPage(m_db, m_calendar, m_session));
    // training roster (issue 13)
    if (areas.contains(Area::Training))
        addPage(areaKey(Area::Training), style()->standardIcon(QStyle::SP_FileDialogContentsView),
                [] { return MainWindow::tr("Training"); }, new TrainingPage(m_db, m_session));
    // --- end of workflow pages ---

    if (areas.contains(Area::Administration))
        addPage(areaKey(Area::Administration), style()->standardIcon(QStyle::SP_FileDialogInfoView),
                [] { return MainWindow::tr("Administration"); }, new AdminPage(m_db, m_session));

    showPage(kHomeId);

    m_dueTimer = new QTimer(this);
    m_dueTimer->setInterval(kDueRefreshMs);
    connect(m_dueTimer, &QTimer::timeout, this, [this] {
        // As time passes (a month ends while the desk is open), core's scheduled work runs.
        (void)runScheduledWork(m_db, Database::nowMs());
        refreshDueSoon();
    });
    m_dueTimer->start();

    retranslateUi();
    refreshDueSoon();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &id, const QIcon &icon, TitleFunction title, QWidget *page)
{
    Q_ASSERT(page && title);
    page->setProperty("sdPageId", id);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(icon, title(), m_nav);
    item->setData(kIdRole, id);
    item->setSizeHint(QSize(0, 36));
    m_pages.append({id, std::move(title), page});

    // Keyboard-first: Ctrl+1 … Ctrl+9 jump to the pages in navigation order.
    const int index = int(m_pages.size());
    if (index <= 9) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + index)));
        go->setData(id);
        connect(go, &QAction::triggered, this, [this, id] { showPage(id); });
        addAction(go);
    }
}

bool MainWindow::showPage(const QString &id)
{
    for (int row = 0; row < m_pages.size(); ++row) {
        if (m_pages.at(row).id == id) {
            m_nav->setCurrentRow(row);
            m_stack->setCurrentWidget(m_pages.at(row).widget);
            if (id == kCustomersId)
                m_customers->focusSearch();
            else if (id == kHomeId)
                m_home->refresh();
            return true;
        }
    }
    return false;
}

QString MainWindow::currentPageId() const
{
    const int row = m_nav->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row).id : QString();
}

QWidget *MainWindow::page(const QString &id) const
{
    for (const PageEntry &p : m_pages)
        if (p.id == id)
            return p.widget;
    return nullptr;
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_logoutAction = m_fileMenu->addAction(QString(), this, &MainWindow::logOut);
    m_logoutAction->setObjectName(u"logoutAction"_s);
    m_logoutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_lookupAction = m_viewMenu->addAction(QString());
    m_lookupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lookupAction, &QAction::triggered, this, [this] {
        m_lookup->setFocus(Qt::ShortcutFocusReason);
        m_lookup->selectAll();
    });
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::availableLanguages()) {
        // The language's own name, never translated: anyone finds theirs.
        QAction *a = m_languageMenu->addAction(LanguageManager::nativeName(code));
        a->setCheckable(true);
        a->setData(code);
        a->setObjectName(u"language_"_s + code);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            if (m_language)
                m_language->setLanguage(code);
        });
    }
    m_languageMenu->setEnabled(m_language != nullptr);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::createLookup()
{
    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(u"mainToolbar"_s);
    m_toolbar->setMovable(false);
    m_lookupLabel = new QLabel(m_toolbar);
    m_lookupLabel->setContentsMargins(6, 0, 6, 0);
    m_lookup = new SearchLine(m_toolbar);
    m_lookup->setObjectName(u"callerLookup"_s);
    m_lookup->setDebounceInterval(250);
    m_lookup->setClearButtonEnabled(true);
    // Wide enough for a company name and a phone number, not the whole toolbar: the matches
    // pop up in a list as wide as the box.
    m_lookup->setMinimumWidth(420);
    m_lookup->setMaximumWidth(640);
    m_lookupLabel->setBuddy(m_lookup);
    m_toolbar->addWidget(m_lookupLabel);
    m_toolbar->addWidget(m_lookup);
    connect(m_lookup, &SearchLine::searchChanged, this, &MainWindow::lookupTextChanged);
    connect(m_lookup, &QLineEdit::returnPressed, this, &MainWindow::lookupReturnPressed);

    // The matches pop up under the box; the completer forwards typing to the box and lets
    // the arrow keys choose. It is not the box's own completer, so choosing does not
    // overwrite what the operator typed.
    m_lookupModel = new QStandardItemModel(this);
    m_completer = new QCompleter(m_lookupModel, this);
    m_completer->setWidget(m_lookup);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->popup()->setObjectName(u"callerLookupPopup"_s);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &MainWindow::lookupActivated);

    // The caller's card, in a side panel.
    m_cardDock = new QDockWidget(this);
    m_cardDock->setObjectName(u"lookupCard"_s);
    m_cardDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    auto *panel = new QWidget(m_cardDock);
    m_card = new CustomerCardWidget(panel);
    m_cardHint = new QLabel(panel);
    m_cardHint->setWordWrap(true);
    m_openRecordsTitle = new QLabel(panel);
    QFont bold = m_openRecordsTitle->font();
    bold.setBold(true);
    m_openRecordsTitle->setFont(bold);
    m_openRecords = new QLabel(panel);
    m_openRecords->setObjectName(u"openRecords"_s);
    m_openRecords->setWordWrap(true);
    m_openCustomerButton = new QPushButton(panel);
    m_openCustomerButton->setObjectName(u"openCustomerButton"_s);
    m_openCustomerButton->setEnabled(false);
    connect(m_openCustomerButton, &QPushButton::clicked, this, [this] {
        if (m_cardCustomerId)
            openCustomer(m_cardCustomerId);
    });
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(m_cardHint);
    panelLayout->addWidget(m_card, 1);
    panelLayout->addWidget(m_openRecordsTitle);
    panelLayout->addWidget(m_openRecords);
    panelLayout->addWidget(m_openCustomerButton);
    auto *scroll = new QScrollArea(m_cardDock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(panel);
    scroll->setMinimumWidth(440);
    m_cardDock->setWidget(scroll);
    addDockWidget(Qt::RightDockWidgetArea, m_cardDock);
    m_cardDock->hide();
}

void MainWindow::createStatusBar()
{
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"userLabel"_s);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_dueIndicator = new QToolButton(this);
    m_dueIndicator->setObjectName(u"dueSoonIndicator"_s);
    m_dueIndicator->setAutoRaise(true);
    m_dueIndicator->setPopupMode(QToolButton::InstantPopup);
    m_dueIndicator->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_dueMenu = new QMenu(m_dueIndicator);
    m_dueIndicator->setMenu(m_dueMenu);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_dueIndicator);
}

void MainWindow::lookupTextChanged(const QString &rawText)
{
    const QString text = rawText.trimmed();
    m_lookupText = text;
    m_lookupIds.clear();
    m_lookupModel->clear();
    // One character matches half the customers: wait for a second one.
    if (text.size() < 2) {
        m_completer->popup()->hide();
        return;
    }
    auto rows = CustomerRepository(m_db).lookup(text, kLookupLimit);
    if (!rows) {
        statusBar()->showMessage(rows.error().message, 8000);
        m_completer->popup()->hide();
        return;
    }
    for (const CustomerRow &row : std::as_const(*rows)) {
        QStringList parts{row.name};
        const QString contact = QStringList{row.firstContact, row.firstPhone}.join(u' ').trimmed();
        if (!contact.isEmpty())
            parts << contact;
        if (!row.serviceCode.isEmpty())
            parts << tr("service code %1").arg(row.serviceCode);
        auto *item = new QStandardItem(parts.join(u"  ·  "_s));
        item->setData(row.id, kIdRole);
        item->setToolTip(row.address);
        item->setEditable(false);
        m_lookupModel->appendRow(item);
        m_lookupIds.append(row.id);
    }
    if (rows->isEmpty()) {
        auto *item = new QStandardItem(tr("No customer matches “%1”").arg(text));
        item->setFlags(Qt::NoItemFlags);
        m_lookupModel->appendRow(item);
    }
    m_completer->complete();
}

void MainWindow::lookupReturnPressed()
{
    if (m_justActivated)
        return;
    const QString text = m_lookup->text().trimmed();
    // Enter on the card's own search opens the customer.
    if (m_cardCustomerId && m_cardDock->isVisible() && text == m_cardText) {
        m_completer->popup()->hide();
        openCustomer(m_cardCustomerId);
        return;
    }
    m_lookup->flush();
    if (m_lookupText != text)
        lookupTextChanged(text);
    qint64 id = 0;
    const QModelIndex current = m_completer->popup()->currentIndex();
    if (m_completer->popup()->isVisible() && current.isValid())
        id = current.data(kIdRole).toLongLong();
    if (!id && !m_lookupIds.isEmpty())
        id = m_lookupIds.first();
    if (!id)
        return;
    m_completer->popup()->hide();
    showCustomerCard(id);
}

void MainWindow::lookupActivated(const QModelIndex &index)
{
    const qint64 id = index.data(kIdRole).toLongLong();
    if (!id)
        return;
    showCustomerCard(id);
    // The same Enter may also reach the box: it must not open the dialog at once.
    m_justActivated = true;
    QTimer::singleShot(0, this, [this] { m_justActivated = false; });
}

int MainWindow::lookupCaller(const QString &text)
{
    m_lookup->setText(text);
    lookupTextChanged(text);
    return int(m_lookupIds.size());
}

bool MainWindow::showCustomerCard(qint64 customerId)
{
    auto customer = CustomerRepository(m_db).get(customerId);
    if (!customer) {
        showError(this, customer.error());
        return false;
    }
    m_card->setCustomer(*customer);
    // The customer's implementation projects with their health, newest first (a few).
    ProjectFilter projects;
    projects.customerId = customerId;
    projects.limit = 5;
    m_card->setProjects(ProjectService(m_db, m_calendar).list(projects).value_or(QList<ProjectRow>{}));
    m_card->setTrainingRecord(customerTrainingLines(m_db, customerId));
    m_cardCustomerId = customerId;
    m_cardText = m_lookup->text().trimmed();
    m_openCustomerButton->setEnabled(true);
    m_cardDock->show();
    m_cardDock->raise();
    return true;
}

void MainWindow::openCustomer(qint64 customerId)
{
    CustomerDialog dialog(m_db, m_session, customerId, this);
    dialog.exec();
    m_customers->refresh();
    m_home->refresh();
    if (m_cardCustomerId == customerId && m_cardDock->isVisible())
        showCustomerCard(customerId);
}

void MainWindow::refreshDueSoon()
{
    if (auto calendar = CalendarRepository(m_db).load())
        m_calendar = *calendar;
    const qint64 now = Database::nowMs();
    setCenterTimeZone(m_calendar.timeZone());
    auto due = deskDue(m_db, m_calendar, m_session, now);
    m_due.clear();
    m_dueFailed = !due;
    if (due)
        m_due = *due;
    m_home->setDueSoon(m_due);
    retranslateUi();
}

void MainWindow::fillDueMenu()
{
    m_dueMenu->clear();
    if (m_dueFailed) {
        m_dueMenu->addAction(tr("The deadlines could not be read"))->setEnabled(false);
    } else if (m_due.isEmpty()) {
        m_dueMenu->addAction(tr("Nothing due"))->setEnabled(false);
    } else {
        for (const DueItem &e : std::as_const(m_due)) {
            QString text = u"%1 · %2 — %3 #%4"_s.arg(dueLevelTitle(e.level),
                                                   e.scope == DueScope::Mine ? tr("mine") : tr("team"),
                                                   recordTypeTitle(e.recordType))
                               .arg(e.recordId);
            if (!e.title.isEmpty())
                text += u" — "_s + e.title;
            text += u" ("_s + e.text() + u')';
            const QString type = e.recordType;
            const qint64 id = e.recordId;
            m_dueMenu->addAction(text, this, [this, type, id] {
                if (!openRecord(type, id))
                    showPage(kHomeId);
            });
        }
    }
    m_dueMenu->addSeparator();
    m_dueMenu->addAction(tr("Show on the desk overview"), this, [this] { showPage(kHomeId); });
    m_dueMenu->addAction(tr("Check again now"), this, &MainWindow::refreshDueSoon);
}

void MainWindow::showAbout()
{
    auto version = schemaVersion(m_db);
    QMessageBox::about(
        this, tr("About Service Center Desk"),
        tr("<h3>Service Center Desk %1</h3>"
           "<p>Customers, hotline, on-site dispatch, projects, training and complaints of an "
           "after-sales service center.</p>"
           "<p>Database: %2<br>Schema version: %3<br>Logged in as: %4</p>"
           "<p>Built with Qt %5.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), m_db.spec().display().toHtmlEscaped(),
                 version ? QString::number(*version) : tr("unknown"),
                 (m_session.displayName + u" ("_s + m_session.login + u')').toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Service Center Desk — %1").arg(m_session.displayName));
    for (int row = 0; row < m_pages.size() && row < m_nav->count(); ++row)
        m_nav->item(row)->setText(m_pages.at(row).title());

    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_logoutAction->setText(tr("Log &out / switch user"));
    m_logoutAction->setToolTip(tr("Log out and let another person log in at this desk (%1)")
                                   .arg(m_logoutAction->shortcut().toString(QKeySequence::NativeText)));
    m_viewMenu->setTitle(tr("&View"));
    m_lookupAction->setText(tr("Caller &lookup"));
    m_languageMenu->setTitle(tr("&Language"));
    if (m_language)
        for (QAction *a : m_languageGroup->actions())
            a->setChecked(a->data().toString() == m_language->language());
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Service Center Desk"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_toolbar->setWindowTitle(tr("Caller lookup"));
    m_lookupLabel->setText(tr("Caller:"));
    m_lookup->setPlaceholderText(tr("Phone number (any part) or company name — Ctrl+L"));
    m_lookup->setToolTip(tr("Type any part of the caller's phone number or the company name, "
                            "pick a match and press Enter to see the customer's card; "
                            "Enter again opens the customer."));
    m_cardDock->setWindowTitle(tr("Caller card"));
    m_cardHint->setText(tr("Press Enter in the caller box or click the button below to open the customer."));
    m_openRecordsTitle->setText(tr("Open records"));
    m_openRecords->setText(tr("No open records"));
    m_openCustomerButton->setText(tr("Open customer"));

    QStringList roles;
    for (Role role : allRoles())
        if (m_session.has(role))
            roles << roleTitle(role);
    m_userLabel->setText(tr("Logged in: %1 (%2)").arg(m_session.displayName, m_session.login));
    m_userLabel->setToolTip(QLocale().createSeparatedList(roles));
    m_databaseLabel->setText(tr("Database: %1").arg(m_db.spec().display()));

    // The due-soon indicator.
    // Counted with core's one definition (sd::core::DueLevel), mine and my team's apart.
    const auto countsText = [this](const DueCounts &c) {
        QStringList parts;
        if (c.overdue)
            parts << tr("%n overdue", nullptr, c.overdue);
        if (c.dueNow)
            parts << tr("%n due now", nullptr, c.dueNow);
        if (c.dueSoon)
            parts << tr("%n due soon", nullptr, c.dueSoon);
        return parts.join(u" · "_s);
    };
    const DueCounts mine = countDue(m_due, DueScope::Mine);
    const DueCounts team = countDue(m_due, DueScope::Team);
    QStringList parts;
    if (!mine.isEmpty())
        parts << tr("Mine: %1").arg(countsText(mine));
    if (!team.isEmpty())
        parts << tr("Team: %1").arg(countsText(team));
    if (m_dueFailed)
        m_dueIndicator->setText(tr("Deadlines unavailable"));
    else
        m_dueIndicator->setText(parts.isEmpty() ? tr("Nothing due") : u"⚠ "_s + parts.join(u"  |  "_s));
    const int overdue = mine.overdue + team.overdue;
    m_dueIndicator->setStyleSheet(overdue ? u"QToolButton { color: #b00020; font-weight: bold; }"_s
                                  : !parts.isEmpty() ? u"QToolButton { color: #c06000; font-weight: bold; }"_s
                                                     : QString());
    m_dueIndicator->setToolTip(tr("Deadlines that need attention, checked every minute: mine (assigned to me) "
                                  "and my team's (the desks my roles oversee). Overdue: past the deadline; "
                                  "due now: a scheduled call whose time has come; due soon: past the warning "
                                  "or within the hour, in the clock's own working or calendar time. "
                                  "Click to list them."));
    fillDueMenu();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"mainwindow/geometry"_s).toByteArray());
    restoreState(settings.value(u"mainwindow/state"_s).toByteArray());
    m_cardDock->hide(); // no caller at start
    // Each user comes back to their own last page, never to the previous user's.
    const QString last = settings.value(u"mainwindow/page/"_s + m_session.login).toString();
    if (!last.isEmpty())
        showPage(last);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"mainwindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainwindow/state"_s, saveState());
    settings.setValue(u"mainwindow/page/"_s + m_session.login, currentPageId());
}

bool MainWindow::openRecord(const QString &recordType, qint64 recordId)
{
    // Clock record types (complaint …) and table names (complaints, from alerts) alike.
    if (recordType == u"complaint"_s || recordType == u"complaints"_s || recordType == u"complaint_report"_s) {
        if (!showPage(u"complaints"_s))
            return false;
        if (auto *complaints = qobject_cast<ComplaintsPage *>(page(u"complaints"_s))) {
            if (recordType == u"complaint_report"_s) {
                complaints->showReport();
            } else {
                complaints->showRegister();
                complaints->registerWidget()->selectComplaint(recordId);
            }
        }
        return true;
    }
    if (recordType == u"onsite_dispatch"_s || recordType == u"return_visit"_s) {
        if (!showPage(u"dispatch"_s))
            return false;
        if (auto *board = qobject_cast<DispatchBoardPage *>(page(u"dispatch"_s)); board && recordType == u"onsite_dispatch"_s)
            board->selectJob(recordId);
        return true;
    }
    if (recordType == u"hotline_call"_s || recordType == u"remote_session"_s) {
        if (!showPage(u"hotline"_s))
            return false;
        if (auto *desk = qobject_cast<HotlineDeskPage *>(page(u"hotline"_s)))
            desk->openCall(recordId);
        return true;
    }
    if (recordType == u"first_visit"_s)
        return showPage(u"firstvisit"_s);
    return false;
}

int MainWindow::showCaller(const QString &number)
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    int matches = 0;
    auto *desk = qobject_cast<HotlineDeskPage *>(page(u"hotline"_s));
    if (desk && !desk->hasUnsavedDraft() && showPage(u"hotline"_s)) {
        desk->startNewCall(number);
        matches = int(CustomerRepository(m_db).lookup(number, 20).value_or(QList<CustomerRow>{}).size());
        statusBar()->showMessage(tr("Incoming call from %1").arg(number), 15000);
    } else {
        matches = lookupCaller(number);
        statusBar()->showMessage(desk ? tr("Incoming call from %1 — the call being written on the hotline desk is kept; "
                                           "log it, then start the new call.")
                                            .arg(number)
                                      : tr("Incoming call from %1").arg(number),
                                 30000);
    }
    return matches;
}

void MainWindow::logOut()
{
    m_loggedOut = true;
    emit logoutRequested();
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace sd::ui
