#include "ui/firstvisit/firstvisitpage.h"

#include "core/calendar/calendarrepository.h"
#include "core/firstvisit/firstvisitservice.h"
#include "ui/common/errors.h"
#include "ui/firstvisit/firstvisitdigestswidget.h"
#include "ui/firstvisit/firstvisitqueuemodel.h"
#include "ui/firstvisit/firstvisitworkwidget.h"
#include "ui/firstvisit/submissiondialog.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;
using namespace sd::core::firstvisit;

namespace sd::ui {

FirstVisitPage::FirstVisitPage(const Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    setObjectName(u"firstVisitPage"_s);
    if (auto calendar = CalendarRepository(m_db).load())
        m_calendar = *calendar;

    const auto makeTable = [this](FirstVisitQueueModel *model) {
        auto *view = new QTableView(this);
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setSectionResizeMode(FirstVisitQueueModel::Customer, QHeaderView::Stretch);
        view->setAlternatingRowColors(true);
        view->installEventFilter(this);
        return view;
    };

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"firstVisitTabs"_s);

    // Queue (agents).
    m_queue = new FirstVisitQueueModel(m_db, FirstVisitQueueModel::Mode::Queue, 0, m_calendar.timeZone(), this);
    m_queueTab = new QWidget(this);
    m_queueView = makeTable(m_queue);
    m_queueView->setObjectName(u"firstVisitQueue"_s);
    m_queueCount = new QLabel(m_queueTab);
    m_openQueue = new QPushButton(m_queueTab);
    connect(m_openQueue, &QPushButton::clicked, this, [this] { openCurrent(m_queueView, m_queue); });
    connect(m_queueView, &QTableView::doubleClicked, this, [this] { openCurrent(m_queueView, m_queue); });
    auto *queueLayout = new QVBoxLayout(m_queueTab);
    auto *queueTop = new QHBoxLayout;
    queueTop->addWidget(m_queueCount, 1);
    queueTop->addWidget(m_openQueue);
    queueLayout->addLayout(queueTop);
    queueLayout->addWidget(m_queueView, 1);

    // My submissions (sales).
    m_mine = new FirstVisitQueueModel(m_db, FirstVisitQueueModel::Mode::Submissions, m_session.staffId, m_calendar.timeZone(), this);
    m_submissionsTab = new QWidget(this);
    m_mineView = makeTable(m_mine);
    m_mineView->setObjectName(u"firstVisitSubmissions"_s);
    m_mineCount = new QLabel(m_submissionsTab);
    m_openMine = new QPushButton(m_submissionsTab);
    m_new = new QPushButton(m_submissionsTab);
    m_new->setObjectName(u"newSubmission"_s);
    m_import = new QPushButton(m_submissionsTab);
    connect(m_openMine, &QPushButton::clicked, this, [this] { openCurrent(m_mineView, m_mine); });
    connect(m_mineView, &QTableView::doubleClicked, this, [this] { openCurrent(m_mineView, m_mine); });
    connect(m_new, &QPushButton::clicked, this, &FirstVisitPage::newSubmission);
    connect(m_import, &QPushButton::clicked, this, &FirstVisitPage::importCsv);
    auto *mineLayout = new QVBoxLayout(m_submissionsTab);
    auto *mineTop = new QHBoxLayout;
    mineTop->addWidget(m_mineCount, 1);
    mineTop->addWidget(m_new);
    mineTop->addWidget(m_import);
    mineTop->addWidget(m_openMine);
    mineLayout->addLayout(mineTop);
    mineLayout->addWidget(m_mineView, 1);

    m_digests = new FirstVisitDigestsWidget(m_db, m_session, m_calendar, this);
    connect(m_digests, &FirstVisitDigestsWidget::handedOff, this, [this] { refresh(); });

    if (m_session.hasAny(workRoles()))
        m_tabs->addTab(m_queueTab, QString());
    else
        m_queueTab->hide();
    if (m_session.hasAny(submitRoles()))
        m_tabs->addTab(m_submissionsTab, QString());
    else
        m_submissionsTab->hide();
    m_tabs->addTab(m_digests, QString());

    m_work = new FirstVisitWorkWidget(m_db, m_session, m_calendar, this);
    connect(m_work, &FirstVisitWorkWidget::closed, this, &FirstVisitPage::backToList);
    connect(m_work, &FirstVisitWorkWidget::openProject, this, &FirstVisitPage::openProject);
    connect(m_work, &FirstVisitWorkWidget::changed, this, [this] {
        m_queue->reload();
        m_mine->reload();
        m_digests->refresh();
        updateCounts();
    });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_work);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F5), [this] { refresh(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Q), [this] { showTab(Tab::Queue); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_M), [this] { showTab(Tab::Submissions); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_G), [this] { showTab(Tab::Digests); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] {
        if (m_session.hasAny(submitRoles()))
            newSubmission();
    });

    // The waiting times move on, retries fall due, and at closing time the day's digests are
    // built: the lists follow the clock (the open verification screen is left alone).
    auto *tick = new QTimer(this);
    tick->setInterval(60 * 1000);
    connect(tick, &QTimer::timeout, this, [this] {
        if (m_stack->currentWidget() == m_tabs && isVisible())
            refresh();
    });
    tick->start();

    retranslateUi();
    refresh();
}

void FirstVisitPage::refresh()
{
    const auto keep = [](QTableView *view, FirstVisitQueueModel *model, auto reload) {
        const QModelIndex cur = view->currentIndex();
        const qint64 id = cur.isValid() ? model->data(model->index(cur.row(), 0), FirstVisitQueueModel::IdRole).toLongLong() : 0;
        reload();
        int row = id ? model->rowOf(id) : -1;
        if (row < 0 && model->rowCount() > 0)
            row = 0;
        if (row >= 0)
            view->setCurrentIndex(model->index(row, 0));
    };
    keep(m_queueView, m_queue, [this] { m_queue->reload(); });
    keep(m_mineView, m_mine, [this] { m_mine->reload(); });
    if (!m_queue->lastError().isEmpty())
        showError(this, Error::make(ErrorCode::Database, m_queue->lastError()));
    m_digests->refresh();
    updateCounts();
}

void FirstVisitPage::showTab(Tab tab)
{
    if (m_stack->currentWidget() == m_work)
        backToList();
    QWidget *w = tab == Tab::Queue ? m_queueTab : tab == Tab::Submissions ? m_submissionsTab : m_digests;
    const int index = m_tabs->indexOf(w);
    if (index < 0)
        return;
    m_tabs->setCurrentIndex(index);
    if (tab == Tab::Queue)
        m_queueView->setFocus();
    else if (tab == Tab::Submissions)
        m_mineView->setFocus();
    else
        m_digests->findChild<QWidget *>(u"digestList"_s)->setFocus();
}

bool FirstVisitPage::openFirstVisit(qint64 id)
{
    if (!m_work->load(id))
        return false;
    m_stack->setCurrentWidget(m_work);
    return true;
}

void FirstVisitPage::openCurrent(QTableView *view, FirstVisitQueueModel *model)
{
    const QModelIndex cur = view->currentIndex();
    if (!cur.isValid())
        return;
    openFirstVisit(model->data(model->index(cur.row(), 0), FirstVisitQueueModel::IdRole).toLongLong());
}

void FirstVisitPage::backToList()
{
    const qint64 id = m_work->currentId();
    m_stack->setCurrentWidget(m_tabs);
    refresh();
    QTableView *view = m_tabs->currentWidget() == m_submissionsTab ? m_mineView : m_queueView;
    FirstVisitQueueModel *model = view == m_mineView ? m_mine : m_queue;
    const int row = model->rowOf(id);
    if (row >= 0)
        view->setCurrentIndex(model->index(row, 0));
    view->setFocus();
}

void FirstVisitPage::updateCounts()
{
    m_queueCount->setText(tr("%1 due now · %2 scheduled later").arg(m_queue->dueNowCount()).arg(m_queue->laterCount()));
    int unreachable = 0;
    for (int r = 0; r < m_mine->rowCount(); ++r)
        if (m_mine->rowAt(r)->state == u"unreachable"_s)
            ++unreachable;
    m_mineCount->setText(unreachable > 0 ? tr("%n submission(s) · %1 unreachable: call the customer or retry", nullptr, m_mine->rowCount())
                                               .arg(unreachable)
                                         : tr("%n submission(s)", nullptr, m_mine->rowCount()));
    m_mineCount->setStyleSheet(unreachable > 0 ? u"color: #a02020;"_s : QString());
}

void FirstVisitPage::newSubmission()
{
    SubmissionDialog dialog(m_db, m_session, m_calendar, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        const int row = m_mine->rowOf(dialog.firstVisitId());
        if (row >= 0)
            m_mineView->setCurrentIndex(m_mine->index(row, 0));
    }
}

void FirstVisitPage::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import submissions"), {}, tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(this, Error::make(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString())));
        return;
    }
    auto report = FirstVisitService(m_db, m_calendar).importCsv(m_session, file.readAll());
    if (!report) {
        showError(this, report.error());
        return;
    }
    refresh();
    QString text = tr("%n customer(s) submitted to the first-visit queue.", nullptr, report->imported);
    if (!report->warnings.isEmpty())
        text += u"\n\n"_s + report->warnings.join(u"\n"_s);
    QMessageBox::information(this, tr("Import submissions"), text);
}

bool FirstVisitPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_queueView) {
                openCurrent(m_queueView, m_queue);
                return true;
            }
            if (watched == m_mineView) {
                openCurrent(m_mineView, m_mine);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FirstVisitPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FirstVisitPage::retranslateUi()
{
    // The tabs have Alt+Q / Alt+M / Alt+G shortcuts of their own (no mnemonics: they would clash).
    if (int i = m_tabs->indexOf(m_queueTab); i >= 0) {
        m_tabs->setTabText(i, tr("Queue"));
        m_tabs->setTabToolTip(i, tr("Who is due now, then the calls scheduled later (Alt+Q)"));
    }
    if (int i = m_tabs->indexOf(m_submissionsTab); i >= 0) {
        m_tabs->setTabText(i, tr("My submissions"));
        m_tabs->setTabToolTip(i, tr("The customers I submitted and where they are (Alt+M)"));
    }
    m_tabs->setTabText(m_tabs->indexOf(m_digests), tr("Needs digests"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_digests), tr("The daily hand-off to the department heads (Alt+G)"));
    m_openQueue->setText(tr("Open (Enter)"));
    m_openMine->setText(tr("Open (Enter)"));
    m_new->setText(tr("New submission (Ctrl+Shift+N)"));
    m_import->setText(tr("Import CSV…"));
    m_queue->reload();
    m_mine->reload();
    updateCounts();
}

} // namespace sd::ui
