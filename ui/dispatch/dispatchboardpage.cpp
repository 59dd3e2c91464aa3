#include "ui/dispatch/dispatchboardpage.h"

#include "core/sla/due.h"
#include "core/sla/slaclockservice.h"

#include "core/calendar/calendarrepository.h"
#include "core/calendar/calendarcoverage.h"
#include "core/dispatch/dispatchaccess.h"
#include "core/workflow/can.h"
#include "core/records/customerrepository.h"
#include "core/returnvisits/returnvisitservice.h"
#include "render/dispatchform.h"
#include "ui/common/allowedactions.h"
#include "ui/common/errors.h"
#include "ui/common/format.h"
#include "ui/dispatch/actiondialog.h"
#include "ui/dispatch/jobcolumnmodel.h"
#include "ui/dispatch/newrequestdialog.h"
#include "ui/dispatch/visitdialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

namespace {

struct ColumnSpec {
    QStringList states;
    const char *title;
};

const QList<ColumnSpec> &columnSpecs()
{
    static const QList<ColumnSpec> specs = {
        {{dispatch::Requested}, QT_TRANSLATE_NOOP("sd::ui::DispatchBoardPage", "Waiting for verification")},
        {{dispatch::Verified}, QT_TRANSLATE_NOOP("sd::ui::DispatchBoardPage", "Waiting for dispatch")},
        {{dispatch::Dispatched, dispatch::Confirmed}, QT_TRANSLATE_NOOP("sd::ui::DispatchBoardPage", "Dispatched")},
        {{dispatch::Booked}, QT_TRANSLATE_NOOP("sd::ui::DispatchBoardPage", "Appointment booked")},
        {{dispatch::OnSite}, QT_TRANSLATE_NOOP("sd::ui::DispatchBoardPage", "On site")},
        {{dispatch::FormReturned}, QT_TRANSLATE_NOOP("sd::ui::DispatchBoardPage", "Form returned")},
        {{dispatch::WrittenOff, dispatch::HqPending, dispatch::HqAnswered},
         QT_TRANSLATE_NOOP("sd::ui::DispatchBoardPage", "Not solved / HQ")},
        {{dispatch::Archived}, QT_TRANSLATE_NOOP("sd::ui::DispatchBoardPage", "Verified and archived")},
    };
    return specs;
}

QString when(qint64 ms)
{
    return formatStamp(ms);
}

/// A list view that accepts nothing but shows cards and starts drags.
QListView *makeColumn(QWidget *parent, JobCardDelegate *delegate)
{
    auto *view = new QListView(parent);
    view->setItemDelegate(delegate);
    view->setUniformItemSizes(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setDragEnabled(true);
    view->setDragDropMode(QAbstractItemView::DragOnly);
    view->setDefaultDropAction(Qt::MoveAction);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Wide enough that every card shows its number and deadline whole (SPEC §3.4: the manager
    // reads them first); retranslateUi() widens it again for the language's countdown words.
    view->setMinimumWidth(JobCardDelegate::minimumColumnWidth(view->font()));
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setResizeMode(QListView::Adjust);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

} // namespace

DispatchBoardPage::DispatchBoardPage(const Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    setObjectName(u"dispatchBoardPage"_s);
    if (auto cal = CalendarRepository(db).load())
        m_calendar = *cal;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    auto *board = new QWidget(m_tabs);
    auto *visits = new QWidget(m_tabs);
    m_tabs->addTab(board, QString());
    m_tabs->addTab(visits, QString());
    layout->addWidget(m_tabs);
    buildBoard(board);
    buildVisits(visits);

    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &DispatchBoardPage::refresh);
    auto *dispatchKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this);
    dispatchKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(dispatchKey, &QShortcut::activated, this, [this] {
        auto job = DispatchService(m_db, m_calendar).get(m_currentJob);
        if (!job)
            return;
        if (dispatch::table().find(job->state, dispatch::Dispatch))
            takeAction(dispatch::Dispatch);
        else if (dispatch::table().find(job->state, dispatch::Reassign))
            takeAction(dispatch::Reassign);
    });
    auto *printKey = new QShortcut(QKeySequence::Print, this);
    printKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printKey, &QShortcut::activated, this, &DispatchBoardPage::printForm);

    retranslateUi();
    refresh();
}

void DispatchBoardPage::buildBoard(QWidget *board)
{
    auto *layout = new QVBoxLayout(board);
    auto *bar = new QHBoxLayout;
    m_engineerFilter = new QComboBox(board);
    m_engineerFilter->setObjectName(u"engineerFilter"_s);
    m_engineerFilter->setMinimumWidth(160);
    m_refresh = new QPushButton(board);
    m_new = new QPushButton(board);
    m_new->setObjectName(u"newOnsiteRequest"_s);
    m_summary = new QLabel(board);
    m_summary->setObjectName(u"boardSummary"_s);
    bar->addWidget(m_engineerFilter);
    bar->addWidget(m_refresh);
    bar->addWidget(m_new);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    layout->addLayout(bar);
    connect(m_refresh, &QPushButton::clicked, this, &DispatchBoardPage::refresh);
    connect(m_new, &QPushButton::clicked, this, &DispatchBoardPage::newRequest);
    connect(m_engineerFilter, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    // Whoever core lets ask for a visit (an engineer too: a remote session may need one).
    m_new->setVisible(m_session.hasAny(dispatch::requestRoles()));

    auto *split = new QSplitter(Qt::Vertical, board);
    auto *top = new QSplitter(Qt::Horizontal, split);
    auto *scroll = m_scroll = new QScrollArea(top);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *columnsHost = new QWidget(scroll);
    auto *columns = new QHBoxLayout(columnsHost);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(6);
    m_delegate = new JobCardDelegate(this);
    m_delegate->setCalendar(m_calendar);
    for (const ColumnSpec &spec : columnSpecs()) {
        auto *box = new QVBoxLayout;
        auto *title = new QLabel(columnsHost);
        title->setAlignment(Qt::AlignCenter);
        title->setStyleSheet(u"QLabel { font-weight: bold; padding: 4px; background: palette(midlight); }"_s);
        auto *view = makeColumn(columnsHost, m_delegate);
        view->setObjectName(u"column_"_s + spec.states.first());
        auto *model = new JobColumnModel(spec.states, this);
        view->setModel(model);
        view->installEventFilter(this);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) {
                    if (current.isValid())
                        showJob(current.data(JobColumnModel::JobIdRole).toLongLong());
                });
        connect(view, &QListView::activated, this, [this](const QModelIndex &index) {
            showJob(index.data(JobColumnModel::JobIdRole).toLongLong());
            if (!m_actionButtons.isEmpty())
                m_actionButtons.first()->click();
        });
        box->addWidget(title);
        box->addWidget(view, 1);
        columns->addLayout(box, 1);
        m_columnTitles << title;
        m_columns << view;
        m_models << model;
    }
    scroll->setWidget(columnsHost);

    auto *side = new QWidget(top);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_engineersTitle = new QLabel(side);
    m_engineersTitle->setStyleSheet(u"QLabel { font-weight: bold; padding: 4px; background: palette(midlight); }"_s);
    m_engineersTitle->setWordWrap(true); // the panel is narrow: the hint wraps instead of being cut
    m_engineers = new QListWidget(side);
    m_engineers->setObjectName(u"engineerLoads"_s);
    m_engineers->setAcceptDrops(true);
    m_engineers->viewport()->setAcceptDrops(true);
    m_engineers->viewport()->installEventFilter(this);
    m_engineers->setWordWrap(true);
    // Wide enough for "name — N open jobs" and a region on one line each at 1280 px; the
    // columns scroll sideways instead.
    side->setMinimumWidth(210);
    side->setMaximumWidth(260);
    sideLayout->addWidget(m_engineersTitle);
    sideLayout->addWidget(m_engineers, 1);
    top->addWidget(scroll);
    top->addWidget(side);
    // Whoever may not dispatch (an engineer) gets the board without the drop target.
    m_mayDispatch = workflow::can(m_session, dispatch::table(), dispatch::Dispatch)
        || workflow::can(m_session, dispatch::table(), dispatch::Reassign);
    side->setVisible(m_mayDispatch);
    top->setStretchFactor(0, 5);
    top->setStretchFactor(1, 1);

    auto *bottom = new QWidget(split);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QTextBrowser(bottom);
    m_details->setObjectName(u"jobDetails"_s);
    m_details->setFocusPolicy(Qt::NoFocus);
    m_actionRow = new QHBoxLayout;
    m_formLanguage = new QComboBox(bottom);
    m_formLanguage->addItem(u"中文"_s, true);
    m_formLanguage->addItem(u"English"_s, false);
    m_print = new QPushButton(bottom);
    m_pdf = new QPushButton(bottom);
    m_pdf->setObjectName(u"formPdfButton"_s);
    connect(m_print, &QPushButton::clicked, this, &DispatchBoardPage::printForm);
    connect(m_pdf, &QPushButton::clicked, this, &DispatchBoardPage::exportForm);
    auto *actions = new QHBoxLayout;
    actions->addLayout(m_actionRow);
    actions->addStretch(1);
    actions->addWidget(m_formLanguage);
    actions->addWidget(m_print);
    actions->addWidget(m_pdf);
    bottomLayout->addLayout(actions);
    bottomLayout->addWidget(m_details, 1);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
}

void DispatchBoardPage::buildVisits(QWidget *visits)
{
    auto *layout = new QVBoxLayout(visits);
    auto *bar = new QHBoxLayout;
    m_visitsSummary = new QLabel(visits);
    m_recordVisit = new QPushButton(visits);
    m_recordVisit->setObjectName(u"recordVisitButton"_s);
    m_quarterly = new QPushButton(visits);
    m_quarterly->setVisible(m_session.hasAny(returnvisit::schedulingRoles()));
    bar->addWidget(m_visitsSummary, 1);
    bar->addWidget(m_quarterly);
    bar->addWidget(m_recordVisit);
    layout->addLayout(bar);
    m_visits = new QTableWidget(visits);
    m_visits->setObjectName(u"returnVisits"_s);
    m_visits->setColumnCount(5);
    m_visits->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_visits->setSelectionMode(QAbstractItemView::SingleSelection);
    m_visits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_visits->verticalHeader()->hide();
    m_visits->horizontalHeader()->setStretchLastSection(true);
    m_visits->setColumnWidth(0, 110);
    m_visits->setColumnWidth(1, 300);
    m_visits->setColumnWidth(2, 160);
    m_visits->setColumnWidth(3, 110);
    layout->addWidget(m_visits, 1);
    connect(m_recordVisit, &QPushButton::clicked, this, &DispatchBoardPage::recordVisit);
    connect(m_visits, &QTableWidget::cellActivated, this, [this] { recordVisit(); });
    connect(m_quarterly, &QPushButton::clicked, this, [this] {
        const QDate today = QDateTime::fromMSecsSinceEpoch(Database::nowMs(), m_calendar.timeZone()).date();
        auto created = ReturnVisitService(m_db, m_calendar).scheduleQuarterly(m_session, today.year(), (today.month() - 1) / 3 + 1);
        if (!created) {
            showError(this, created.error());
            return;
        }
        QMessageBox::information(this, windowTitle(), tr("%n quarterly return visit(s) scheduled.", nullptr, *created));
        refreshVisits();
    });
}

void DispatchBoardPage::updateColumnWidths()
{
    // Every card's number, deadline and engineer whole, in the language in force.
    for (QListView *view : std::as_const(m_columns))
        view->setMinimumWidth(JobCardDelegate::minimumColumnWidth(view->font(), m_engineerNames));
}

JobColumnModel *DispatchBoardPage::columnModel(int column) const { return m_models.value(column); }

void DispatchBoardPage::refresh()
{
    QElapsedTimer timer;
    timer.start();
    DispatchService service(m_db, m_calendar);
    BoardQuery query;
    const QVariant filter = m_engineerFilter->currentData();
    if (filter.isValid())
        query.engineerId = filter.toLongLong();
    // Per column: a count, and the first page of cards (more as the column scrolls).
    auto counts = service.countsByState(query.engineerId);
    if (!counts) {
        m_summary->setText(describeError(counts.error()));
        return;
    }
    const qint64 now = Database::nowMs();
    int open = 0;
    for (int c = 0; c < m_models.size(); ++c) {
        const ColumnSpec &spec = columnSpecs().at(c);
        const bool archive = spec.states == QStringList{dispatch::Archived};
        int total = 0;
        for (const QString &state : spec.states)
            total += counts->value(state);
        if (!archive)
            open += total;
        BoardQuery page = query;
        page.states = spec.states;
        page.recentFirst = archive;
        if (archive)
            total = 100; // the archive column shows the latest hundred
        const Database db = m_db;
        const BusinessCalendar calendar = m_calendar;
        m_models.at(c)->setSource(
            [db, calendar, page](int offset, int limit) {
                BoardQuery q = page;
                q.offset = offset;
                q.limit = limit;
                return DispatchService(db, calendar).board(q);
            },
            total);
        m_columnTitles.at(c)->setText(u"%1 (%2)"_s.arg(tr(spec.title), formatCount(archive ? m_models.at(c)->rowCount() : total)));
    }
    const int overdue = service.overdueCount(now, query.engineerId).value_or(0);
    m_summary->setText(tr("%1 open on-site jobs, %2 overdue").arg(formatCount(open)).arg(overdue));
    m_summary->setStyleSheet(overdue > 0 ? u"QLabel { color: #c62828; font-weight: bold; }"_s : QString());
    refreshEngineers();
    if (m_currentJob > 0 && !selectJob(m_currentJob))
        showJob(m_currentJob);
    m_lastRefreshMs = timer.elapsed();
    refreshVisits();
}

void DispatchBoardPage::refreshEngineers()
{
    auto engineers = DispatchService(m_db, m_calendar).engineers();
    if (!engineers)
        return;
    const qint64 current = m_engineers->currentItem() ? m_engineers->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    fillEngineerList(m_engineers, *engineers, {});
    m_engineerNames.clear();
    for (const EngineerLoad &e : std::as_const(*engineers))
        m_engineerNames << e.name;
    updateColumnWidths();
    for (int i = 0; i < m_engineers->count(); ++i)
        if (m_engineers->item(i)->data(Qt::UserRole).toLongLong() == current)
            m_engineers->setCurrentRow(i);
    // The filter: everyone, unassigned, or one engineer (an engineer starts on their own jobs).
    const QVariant chosen = m_engineerFilter->currentData();
    const bool first = m_engineerFilter->count() == 0;
    QSignalBlocker block(m_engineerFilter);
    m_engineerFilter->clear();
    m_engineerFilter->addItem(tr("All engineers"));
    m_engineerFilter->addItem(tr("Not yet dispatched"), qint64(0));
    for (const EngineerLoad &e : std::as_const(*engineers))
        m_engineerFilter->addItem(e.name, e.id);
    int index = m_engineerFilter->findData(first && dispatch::boardStartsOnOwnJobs(m_session) ? QVariant(m_session.staffId)
                                                                                             : chosen);
    m_engineerFilter->setCurrentIndex(index >= 0 ? index : 0);
    if (first && index > 0) {
        block.unblock();
        refresh();
    }
}

void DispatchBoardPage::refreshVisits()
{
    const QDate horizon = QDateTime::fromMSecsSinceEpoch(Database::nowMs(), m_calendar.timeZone()).date().addDays(14);
    auto due = ReturnVisitService(m_db, m_calendar).due(horizon, 2000);
    if (!due)
        return;
    const QDate today = QDateTime::fromMSecsSinceEpoch(Database::nowMs(), m_calendar.timeZone()).date();
    m_visits->setRowCount(int(due->size()));
    int overdue = 0;
    for (int i = 0; i < due->size(); ++i) {
        const ReturnVisit &v = due->at(i);
        auto *dueItem = new QTableWidgetItem(formatDate(v.dueOn));
        dueItem->setData(Qt::UserRole, v.id);
        if (v.dueOn < today) {
            dueItem->setForeground(QColor(0xc6, 0x28, 0x28));
            ++overdue;
        }
        m_visits->setItem(i, 0, dueItem);
        m_visits->setItem(i, 1, new QTableWidgetItem(v.customerName));
        m_visits->setItem(i, 2, new QTableWidgetItem(returnvisit::sourceTitle(v.sourceType)));
        m_visits->setItem(i, 3, new QTableWidgetItem(v.period));
        m_visits->setItem(i, 4, new QTableWidgetItem(returnvisit::stateTitle(v.state)));
    }
    m_visitsSummary->setText(tr("%1 return visits due in the next two weeks, %2 overdue")
                                 .arg(formatCount(due->size()))
                                 .arg(overdue));
    m_recordVisit->setEnabled(!due->isEmpty() && workflow::can(m_session, returnvisit::table(), returnvisit::Record));
}

bool DispatchBoardPage::selectJob(qint64 jobId)
{
    for (int c = 0; c < m_models.size(); ++c) {
        const int row = m_models.at(c)->indexOf(jobId);
        if (row >= 0) {
            m_columns.at(c)->setCurrentIndex(m_models.at(c)->index(row));
            m_columns.at(c)->scrollTo(m_models.at(c)->index(row));
            if (m_scroll)
                m_scroll->ensureWidgetVisible(m_columns.at(c), 0, 0);
            showJob(jobId);
            return true;
        }
    }
    return false;
}

qint64 DispatchBoardPage::currentJobId() const { return m_currentJob; }

void DispatchBoardPage::showJob(qint64 jobId)
{
    m_currentJob = jobId;
    updateActions();
}

QString DispatchBoardPage::detailsText() const { return m_details->toPlainText(); }

void DispatchBoardPage::updateActions()
{
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    auto job = m_currentJob > 0 ? DispatchService(m_db, m_calendar).get(m_currentJob) : Result<DispatchJob>();
    const bool have = m_currentJob > 0 && job.has_value();
    m_print->setEnabled(have);
    m_pdf->setEnabled(have);
    if (!have) {
        m_details->setHtml(u"<p style=\"color:gray\">%1</p>"_s.arg(tr("Choose a job on the board (arrow keys, Enter).")));
        return;
    }
    const DispatchJob &j = *job;
    auto row = [](const QString &label, const QString &value) {
        return value.isEmpty() ? QString()
                               : u"<tr><td style=\"color:#555; padding-right:10px;\">%1</td><td>%2</td></tr>"_s.arg(
                                     label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString h = u"<h3>%1 · %2 <span style=\"color:#1565c0\">%3</span></h3><table>"_s.arg(
        j.jobNo.toHtmlEscaped(), j.customerName.toHtmlEscaped(), dispatch::stateTitle(j.state).toHtmlEscaped());
    h += row(tr("Problem"), j.problem);
    h += row(tr("Fault level"), QString::number(j.faultLevel));
    h += row(tr("Product"), j.module.isEmpty() ? j.product : j.product + u" / "_s + j.module);
    h += row(tr("Contact"), (j.contactName + u" "_s + j.contactPhone).trimmed());
    h += row(tr("Site"), j.siteAddress);
    h += row(tr("Requested"), when(j.requestedAt));
    h += row(tr("Charging"), j.coverage == u"contract"_s ? tr("Covered by the contract")
                             : j.coverage == u"billable"_s ? tr("Billable service") : QString());
    h += row(tr("Engineer"), j.engineerName);
    if (j.dueAt > 0) {
        // The countdown as every screen tells it: in the response clock's own measure.
        QString countdown;
        if (j.checkedInAt == 0) {
            SlaClockService clocks(m_db, m_calendar);
            auto clock = clocks.find(QString(sla::OnsiteDispatch), j.id, QString(sla::OnsiteResponse));
            if (clock && *clock) {
                countdown = u" ("_s + dueText(clocks.status(**clock, Database::nowMs()).remainingMinutes, (*clock)->measure) + u")"_s;
                if ((*clock)->measure == SlaMeasure::Working)
                    if (const QString note = deadlineHolidayNote(m_calendar, j.dueAt); !note.isEmpty())
                        countdown += u" ⚠ "_s + note;
            }
        }
        h += row(tr("Response due"), when(j.dueAt) + countdown);
    }
    h += row(tr("Appointment"), when(j.appointmentAt));
    h += row(tr("Arrived"), when(j.checkedInAt));
    h += row(tr("Sent back"), j.sendBackReason);
    h += row(tr("Work done"), j.workDone);
    h += row(tr("Time on site"), j.minutesOnSite > 0 ? tr("%1 min").arg(j.minutesOnSite) : QString());
    h += row(tr("Satisfaction"), j.satisfaction > 0 ? QString::number(j.satisfaction) + u" / 5"_s : QString());
    h += row(tr("Form returned for completion"), j.formRejectReason);
    h += row(tr("Not solved because"), j.writeOffReason);
    h += row(tr("HQ reference"), j.hqReference);
    h += row(tr("HQ's answer"), j.hqAnswer);
    h += row(tr("Solved"), j.resolutionNote);
    h += row(tr("Closed because"), j.closeReason);
    if (j.previousJobId > 0 || j.state == dispatch::FollowedUp) {
        if (auto chain = DispatchService(m_db, m_calendar).chain(j.id); chain && chain->size() > 1) {
            QStringList steps;
            for (const DispatchJob &c : std::as_const(*chain))
                steps << c.jobNo + u" ("_s + dispatch::stateTitle(c.state) + u")"_s;
            h += row(tr("Dispatch history"), steps.join(u" → "_s));
        }
    }
    h += u"</table>"_s;
    m_details->setHtml(h);

    for (const workflow::Transition &t : allowedActions(m_db, m_session, dispatch::table(), j.id)) {
        auto *button = new QPushButton(dispatch::actionTitle(t.action), this);
        button->setObjectName(u"action_"_s + t.action);
        const QString action = t.action;
        connect(button, &QPushButton::clicked, this, [this, action] { takeAction(action); });
        m_actionRow->addWidget(button);
        m_actionButtons << button;
    }
}

bool DispatchBoardPage::takeAction(const QString &action, const QVariantMap &given, bool ask)
{
    DispatchService service(m_db, m_calendar);
    auto job = service.get(m_currentJob);
    if (!job) {
        showError(this, job.error());
        return false;
    }
    if (!ask)
        return applyAction(job->id, job->version, action, given);
    // Window-modal, not exec(): the board keeps its event loop. The step is taken on OK; a
    // refusal keeps the dialog open with what was typed, the field named.
    auto *dialog = new ActionDialog(service, *job, action, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = job->id;
    const int version = job->version;
    dialog->setSubmit([this, id, version, action](const QVariantMap &fields) -> Status {
        auto done = DispatchService(m_db, m_calendar).act(m_session, id, version, action, fields);
        if (!done)
            return std::unexpected(done.error());
        // The board catches up once the dialog has closed.
        QMetaObject::invokeMethod(this, [this, done = *done] { afterAction(done); }, Qt::QueuedConnection);
        return {};
    });
    dialog->open();
    return true;
}

bool DispatchBoardPage::applyAction(qint64 jobId, int version, const QString &action, const QVariantMap &fields)
{
    auto done = DispatchService(m_db, m_calendar).act(m_session, jobId, version, action, fields);
    if (!done) {
        showError(this, done.error());
        refresh();
        return false;
    }
    afterAction(*done);
    return true;
}

void DispatchBoardPage::afterAction(const DispatchJob &done)
{
    m_currentJob = done.id;
    refresh();
    // The card keeps the keyboard focus in its new column, so the next step is one Enter away.
    if (selectJob(done.id))
        for (QListView *view : std::as_const(m_columns))
            if (view->currentIndex().isValid() && view->currentIndex().data(JobColumnModel::JobIdRole).toLongLong() == done.id)
                view->setFocus(Qt::OtherFocusReason);
    emit jobsChanged();
}

bool DispatchBoardPage::dropOnEngineer(qint64 jobId, int version, qint64 engineerId)
{
    auto job = DispatchService(m_db, m_calendar).get(jobId);
    if (!job)
        return false;
    const QString action = dispatch::table().find(job->state, dispatch::Dispatch) ? QString(dispatch::Dispatch)
                                                                                  : QString(dispatch::Reassign);
    return applyAction(jobId, version, action, {{u"engineer_id"_s, engineerId}});
}

bool DispatchBoardPage::saveFormPdf(const QString &path, bool chinese)
{
    auto data = reports::buildDispatchForm(m_db, m_currentJob);
    if (!data) {
        showError(this, data.error());
        return false;
    }
    auto ok = render::writeDispatchFormPdf(*data, chinese ? render::FormLanguage::Chinese : render::FormLanguage::English, path);
    if (!ok) {
        showError(this, ok.error());
        return false;
    }
    return true;
}

void DispatchBoardPage::printForm()
{
    if (m_currentJob <= 0)
        return;
    auto data = reports::buildDispatchForm(m_db, m_currentJob);
    if (!data) {
        showError(this, data.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    render::paintDispatchForm(*data, m_formLanguage->currentData().toBool() ? render::FormLanguage::Chinese
                                                                            : render::FormLanguage::English,
                              printer);
}

void DispatchBoardPage::exportForm()
{
    auto job = DispatchService(m_db, m_calendar).get(m_currentJob);
    if (!job)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Service Dispatch Form"),
                                                      job->jobNo + u".pdf"_s, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveFormPdf(path, m_formLanguage->currentData().toBool());
}

void DispatchBoardPage::newRequest()
{
    auto *dialog = new NewRequestDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmit([this](const OnsiteRequest &request) -> Result<qint64> {
        auto job = DispatchService(m_db, m_calendar).request(m_session, request);
        if (!job)
            return std::unexpected(job.error());
        return job->id;
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_currentJob = dialog->createdJobId();
        refresh();
        selectJob(m_currentJob);
        emit jobsChanged();
    });
    dialog->open();
}

void DispatchBoardPage::recordVisit()
{
    const int row = m_visits->currentRow();
    if (row < 0 || !m_visits->item(row, 0))
        return;
    auto visit = ReturnVisitService(m_db, m_calendar).get(m_visits->item(row, 0)->data(Qt::UserRole).toLongLong());
    if (!visit) {
        showError(this, visit.error());
        return;
    }
    ReturnVisitService service(m_db, m_calendar);
    auto *dialog = new VisitDialog(*visit, service.context(*visit).value_or(ReturnVisitContext()),
                                   service.forCustomer(visit->customerId).value_or(QList<ReturnVisit>()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = visit->id;
    const int version = visit->version;
    dialog->setSubmit([this, id, version](const QVariantMap &fields) -> Result<ReturnVisit> {
        return ReturnVisitService(m_db, m_calendar).act(m_session, id, version, returnvisit::Record, fields);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ReturnVisit done = dialog->recorded();
        refreshVisits();
        if (done.isLowScore())
            offerComplaint(done);
    });
    dialog->open();
}

void DispatchBoardPage::offerComplaint(const ReturnVisit &done)
{
    // Dissatisfaction can open a complaint directly (SPEC §3.7).
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Dissatisfied customer"),
                                tr("%1 gave a score of %2. Open a complaint in the complaint register now?")
                                    .arg(done.customerName)
                                    .arg(done.score),
                                QMessageBox::Yes | QMessageBox::No, this);
    ask->setObjectName(u"offerComplaint"_s);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::finished, this, [this, done](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        QString complainant = done.customerName;
        if (auto customer = CustomerRepository(m_db).get(done.customerId); customer && !customer->contacts.isEmpty())
            complainant = customer->contacts.first().name;
        auto opened = ReturnVisitService(m_db, m_calendar).openComplaint(m_session, done.id, done.version, complainant, done.comment);
        if (!opened) {
            showError(this, opened.error());
            return;
        }
        m_lastComplaintNo = opened->complaintNo;
        auto *info = new QMessageBox(QMessageBox::Information, tr("Complaint opened"),
                                     tr("Complaint %1 is registered for %2; the complaint desk takes it from here.")
                                         .arg(opened->complaintNo, opened->customerName),
                                     QMessageBox::Ok, this);
        info->setObjectName(u"complaintOpened"_s);
        info->setAttribute(Qt::WA_DeleteOnClose);
        info->open();
        refreshVisits();
    });
    ask->open();
}

int DispatchBoardPage::columnOf(const QObject *view) const
{
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_columns.at(c) == view)
            return c;
    return -1;
}

void DispatchBoardPage::focusColumn(int column)
{
    if (column < 0 || column >= m_columns.size())
        return;
    QListView *view = m_columns.at(column);
    view->setFocus(Qt::TabFocusReason);
    if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
    else if (view->currentIndex().isValid())
        showJob(view->currentIndex().data(JobColumnModel::JobIdRole).toLongLong());
}

bool DispatchBoardPage::eventFilter(QObject *watched, QEvent *event)
{
    const int column = columnOf(watched);
    if (column >= 0 && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right) {
            // Step over empty columns.
            const int step = key->key() == Qt::Key_Left ? -1 : 1;
            for (int c = column + step; c >= 0 && c < m_columns.size(); c += step)
                if (m_models.at(c)->rowCount() > 0) {
                    focusColumn(c);
                    return true;
                }
            return true;
        }
    }
    if (column >= 0 && event->type() == QEvent::FocusIn) {
        auto *view = m_columns.at(column);
        if (view->currentIndex().isValid())
            showJob(view->currentIndex().data(JobColumnModel::JobIdRole).toLongLong());
    }
    if (m_engineers && watched == m_engineers->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (drag->mimeData()->hasFormat(JobColumnModel::mimeType()) && m_mayDispatch) {
                drag->acceptProposedAction();
                if (QListWidgetItem *item = m_engineers->itemAt(drag->position().toPoint()))
                    m_engineers->setCurrentItem(item);
                return true;
            }
        }
        if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QList<QByteArray> parts = drop->mimeData()->data(JobColumnModel::mimeType()).split(' ');
            QListWidgetItem *item = m_engineers->itemAt(drop->position().toPoint());
            if (parts.size() == 2 && item) {
                drop->acceptProposedAction();
                dropOnEngineer(parts.at(0).toLongLong(), parts.at(1).toInt(), item->data(Qt::UserRole).toLongLong());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DispatchBoardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DispatchBoardPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("Dispatch board"));
    m_tabs->setTabText(1, tr("Return visits"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Reload the board (F5)"));
    m_new->setText(tr("New on-site request…"));
    m_engineersTitle->setText(tr("Engineers (drop a job to dispatch)"));
    m_print->setText(tr("Print form…"));
    m_print->setToolTip(tr("Print the Service Dispatch Form (Ctrl+P)"));
    m_pdf->setText(tr("Save form as PDF…"));
    m_formLanguage->setToolTip(tr("Language of the printed form"));
    m_recordVisit->setText(tr("Record visit…"));
    m_quarterly->setText(tr("Schedule this quarter's visits"));
    m_visits->setHorizontalHeaderLabels({tr("Due"), tr("Customer"), tr("Why"), tr("Quarter"), tr("State")});
    updateColumnWidths();
    if (!m_models.isEmpty()) {
        for (int c = 0; c < m_models.size(); ++c)
            m_columnTitles.at(c)->setText(
                u"%1 (%2)"_s.arg(tr(columnSpecs().at(c).title), formatCount(m_models.at(c)->total())));
        if (m_engineerFilter->count() >= 2) {
            m_engineerFilter->setItemText(0, tr("All engineers"));
            m_engineerFilter->setItemText(1, tr("Not yet dispatched"));
        }
        updateActions();
        refreshVisits();
    }
}

} // namespace sd::ui
