#include "ui/complaints/complaintspage.h"

#include "core/common/privatefiles.h"
#include "ui/common/format.h"

#include "core/alerts/alertstore.h"
#include "core/auth/permissions.h"
#include "core/workflow/can.h"
#include "render/complaintreportpdf.h"
#include "ui/common/errors.h"
#include "ui/common/searchline.h"
#include "ui/complaints/complaintdialogs.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using namespace sd::core;
namespace cpl = sd::core::complaints;
namespace rep = sd::core::reports;

namespace sd::ui {

namespace {
QString when(qint64 ms)
{
    // In the center's time zone (the calendar's), not the machine's.
    static const QTimeZone zone = BusinessCalendar::defaultTimeZone();
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, zone).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString targetTitle(const QString &target)
{
    if (target == u"complaint_reply")
        return ComplaintListModel::tr("Reply");
    if (target == u"complaint_follow_up")
        return ComplaintListModel::tr("Follow-up");
    if (target == u"hq_feedback")
        return ComplaintListModel::tr("HQ feedback");
    return target;
}
} // namespace

// ---------------------------------------------------------------------------------------------

void ComplaintListModel::setRows(const QList<cpl::ComplaintRow> &rows, const QHash<qint64, cpl::ComplaintDeadline> &deadlines)
{
    beginResetModel();
    m_rows = rows;
    m_deadlines = deadlines;
    endResetModel();
}

const cpl::ComplaintRow *ComplaintListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ComplaintListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

int ComplaintListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplaintListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintListModel::data(const QModelIndex &index, int role) const
{
    const cpl::ComplaintRow *r = rowAt(index.row());
    if (!r)
        return {};
    const auto dl = m_deadlines.value(r->id);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case No: return r->complaintNo;
        case Received: return when(r->receivedAt);
        case Customer: return r->keyCustomer ? r->customerName + u" ★"_s : r->customerName;
        case Description: return r->description.simplified();
        case Complainant: return r->complainant;
        case Source: return cpl::sourceTitle(r->source);
        case Class: return cpl::problemClassTitle(r->problemClass);
        case State: return cpl::stateTitle(r->state);
        case Department: return r->departmentName;
        case Responsible: return r->responsibleName;
        case Deadline:
            if (dl.target.isEmpty())
                return QString();
            return u"%1: %2"_s.arg(targetTitle(dl.target), dl.text());
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Deadline && !dl.target.isEmpty())
        return tr("Due %1").arg(when(dl.dueAt));
    if (role == Qt::ToolTipRole && index.column() == Customer)
        return r->keyCustomer ? tr("%1 (key customer)").arg(r->customerName) : r->customerName;
    if (role == Qt::ToolTipRole && index.column() == Description && !r->description.isEmpty())
        return r->description;   // the whole text; the cell is elided at the right
    if (role == Qt::BackgroundRole && index.column() == Deadline && !dl.target.isEmpty()) {
        if (dl.level == DueLevel::Overdue)
            return QColor(0xf6, 0xc9, 0xc9);
        if (dl.level == DueLevel::DueSoon)
            return QColor(0xfb, 0xe3, 0xb4);
        return QColor(0xd9, 0xef, 0xdc);
    }
    if (role == Qt::ForegroundRole && index.column() == Deadline && dl.level == DueLevel::Overdue)
        return QColor(0x9b, 0x1c, 0x1c);
    if (role == Qt::UserRole)
        return r->id;
    return {};
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case No: return tr("No.");
    case Received: return tr("Received");
    case Customer: return tr("Customer");
    case Description: return tr("What happened");
    case Complainant: return tr("Complainant");
    case Source: return tr("Source");
    case Class: return tr("Class");
    case State: return tr("State");
    case Department: return tr("Department");
    case Responsible: return tr("Responsible");
    case Deadline: return tr("Deadline");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

ComplaintRegisterWidget::ComplaintRegisterWidget(const Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    if (auto svc = cpl::ComplaintService::open(db))
        m_svc.emplace(*svc);
    m_search = new SearchLine(this);
    m_search->setObjectName(u"complaintSearch"_s);
    m_state = new QComboBox(this);
    m_state->setObjectName(u"stateFilter"_s);
    m_source = new QComboBox(this);
    m_validity = new QComboBox(this);
    m_keyOnly = new QCheckBox(this);
    m_count = new QLabel(this);
    m_new = new QPushButton(this);
    m_new->setObjectName(u"newComplaint"_s);
    m_new->setEnabled(session.hasAny(cpl::acceptRoles()));
    m_print = new QPushButton(this);
    m_print->setObjectName(u"printForm"_s);
    m_model = new ComplaintListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"complaintTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->installEventFilter(this);
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(u"complaintDetail"_s);
    // Break lines between words only: "Accountability" must never come out as "Accountabilit y".
    m_detail->setWordWrapMode(QTextOption::WordWrap);
    m_actionsTitle = new QLabel(this);
    m_actionBox = new QWidget(this);
    m_actionLayout = new QHBoxLayout(m_actionBox);
    m_actionLayout->setContentsMargins(0, 0, 0, 0);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_state);
    filters->addWidget(m_source);
    filters->addWidget(m_validity);
    filters->addWidget(m_keyOnly);
    filters->addWidget(m_count, 1);
    filters->addWidget(m_new);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addWidget(m_actionsTitle);
    auto *actionScroll = new QScrollArea(right);
    actionScroll->setWidget(m_actionBox);
    actionScroll->setWidgetResizable(true);
    actionScroll->setFrameShape(QFrame::NoFrame);
    actionScroll->setMaximumHeight(48);
    rightLayout->addWidget(actionScroll);
    rightLayout->addWidget(m_print, 0, Qt::AlignRight);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(right);
    // The list gets the larger part: number, countdown, customer and what happened must show.
    // At 1280 px that leaves the form about 360 px, enough for its two-column table.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({680, 360});
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_search, &SearchLine::searchChanged, this, &ComplaintRegisterWidget::refresh);
    for (QComboBox *box : {m_state, m_source, m_validity})
        connect(box, &QComboBox::activated, this, &ComplaintRegisterWidget::refresh);
    connect(m_keyOnly, &QCheckBox::toggled, this, &ComplaintRegisterWidget::refresh);
    connect(m_new, &QPushButton::clicked, this, [this] { newComplaint(); });
    connect(m_print, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the registration form"),
                                                          m_model->rowAt(m_table->currentIndex().row())
                                                              ? m_model->rowAt(m_table->currentIndex().row())->complaintNo + u".pdf"_s
                                                              : QString(),
                                                          tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportForm(path);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ComplaintRegisterWidget::showCurrent);
    // Not Ctrl+N: the main window gives that to "new hotline call" everywhere.
    auto *newShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] { newComplaint(); });
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    auto *find = new QShortcut(QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setContext(Qt::WidgetWithChildrenShortcut);
    auto *reload = new QShortcut(QKeySequence::Refresh, this, [this] { refresh(); });
    reload->setContext(Qt::WidgetWithChildrenShortcut);
    auto *print = new QShortcut(QKeySequence::Print, this, [this] { m_print->click(); });
    print->setContext(Qt::WidgetWithChildrenShortcut);
    setTabOrder(m_search, m_state);
    setTabOrder(m_state, m_source);
    setTabOrder(m_source, m_validity);
    setTabOrder(m_validity, m_keyOnly);
    setTabOrder(m_keyOnly, m_table);
    // Countdowns tick.
    m_timer = new QTimer(this);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_timer->start();
    retranslateUi();
    m_state->setCurrentIndex(1);   // open complaints first
    refresh();
}

void ComplaintRegisterWidget::refresh()
{
    if (!m_svc)
        return;
    const qint64 keep = currentId();
    cpl::ComplaintFilter f;
    f.text = m_search->text();
    const QString state = m_state->currentData().toString();
    if (state == u"@open")
        f.openOnly = true;
    else if (!state.isEmpty())
        f.states = {state};
    f.source = m_source->currentData().toString();
    f.validity = m_validity->currentData().toString();
    f.keyCustomerOnly = m_keyOnly->isChecked();
    f.limit = 1000;
    auto rows = m_svc->list(f);
    if (!rows) {
        m_count->setText(rows.error().message);
        return;
    }
    QList<qint64> ids;
    for (const auto &r : *rows)
        ids << r.id;
    auto deadlines = m_svc->deadlines(ids, Database::nowMs());
    m_model->setRows(*rows, deadlines ? *deadlines : QHash<qint64, cpl::ComplaintDeadline>{});
    auto total = m_svc->count(f);
    m_count->setText(tr("%n complaint(s)", nullptr, total ? *total : int(rows->size())));
    fitColumns();
    if (keep > 0)
        selectComplaint(keep);
    if (currentId() == 0 && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    showCurrent();
}

void ComplaintRegisterWidget::fitColumns()
{
    // Number and countdown whole; the customer up to a sensible width; what happened takes the
    // rest of the visible width (elided at the right, the whole text in its tooltip); the other
    // columns follow and scroll.
    m_table->resizeColumnsToContents();
    const int view = m_table->viewport()->width();
    const int customer = std::min(m_table->columnWidth(ComplaintListModel::Customer), std::max(120, view / 4));
    m_table->setColumnWidth(ComplaintListModel::Customer, customer);
    const int used = m_table->columnWidth(ComplaintListModel::No) + m_table->columnWidth(ComplaintListModel::Deadline) + customer;
    const int rest = view - used - 2;
    m_table->setColumnWidth(ComplaintListModel::Description,
                            std::clamp(rest, 80, std::max(80, m_table->columnWidth(ComplaintListModel::Description))));
}

bool ComplaintRegisterWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, [this] { fitColumns(); });
    return QWidget::eventFilter(watched, event);
}

void ComplaintRegisterWidget::selectComplaint(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

qint64 ComplaintRegisterWidget::currentId() const
{
    const auto *r = m_model->rowAt(m_table->currentIndex().row());
    return r ? r->id : 0;
}

void ComplaintRegisterWidget::showCurrent()
{
    const qint64 id = currentId();
    m_print->setEnabled(id > 0);
    if (id <= 0) {
        m_detail->clear();
        m_currentState.clear();
        rebuildActions();
        return;
    }
    auto form = rep::buildComplaintForm(m_db, id);
    m_detail->setHtml(form ? render::complaintFormHtml(*form) : form.error().message.toHtmlEscaped());
    auto row = m_svc->load(id);
    m_currentState = row ? row->value(u"state"_s).toString() : QString();
    m_currentVersion = row ? row->value(u"version"_s).toInt() : 0;
    rebuildActions();
}

QStringList ComplaintRegisterWidget::availableActions() const
{
    QStringList out;
    if (m_currentState.isEmpty() || !m_svc)
        return out;
    auto row = m_svc->load(currentId());
    if (!row)
        return out;
    // Roles, the row's conditions (feedback to HQ only for what HQ forwarded) and guards.
    for (const auto &t : workflow::allowedTransitions(m_session, cpl::transitionTable(), *row))
        out << t.action;
    return out;
}

void ComplaintRegisterWidget::rebuildActions()
{
    while (QLayoutItem *item = m_actionLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList actions = availableActions();
    int n = 0;
    for (const QString &a : actions) {
        auto *b = new QPushButton(cpl::actionTitle(a), m_actionBox);
        b->setObjectName(u"action_"_s + a);
        if (++n <= 9) {
            b->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + n)));
            b->setToolTip(tr("Alt+%1").arg(n));
        }
        connect(b, &QPushButton::clicked, this, [this, a] { takeAction(a); });
        m_actionLayout->addWidget(b);
    }
    m_actionLayout->addStretch();
    m_actionsTitle->setVisible(!actions.isEmpty());
}

QDialog *ComplaintRegisterWidget::newComplaint()
{
    if (!m_session.hasAny(cpl::acceptRoles()))
        return nullptr;
    auto *dialog = new ComplaintAcceptDialog(m_db, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->acceptedId();
        m_state->setCurrentIndex(1);
        refresh();
        selectComplaint(id);
    });
    dialog->open();
    return dialog;
}

QDialog *ComplaintRegisterWidget::takeAction(const QString &action)
{
    const qint64 id = currentId();
    if (id <= 0)
        return nullptr;
    auto *dialog = new ComplaintActionDialog(m_db, m_session, id, m_currentVersion, action, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] {
        refresh();
        selectComplaint(id);
    });
    dialog->open();
    return dialog;
}

bool ComplaintRegisterWidget::exportForm(const QString &path)
{
    auto form = rep::buildComplaintForm(m_db, currentId());
    if (!form) {
        showError(this, form.error());
        return false;
    }
    if (auto ok = render::writeComplaintFormPdf(*form, path); !ok) {
        showError(this, ok.error());
        return false;
    }
    return true;
}

void ComplaintRegisterWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->setRows({}, {});
        refresh();
    }
    QWidget::changeEvent(event);
}

void ComplaintRegisterWidget::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search number, customer, complainant, what happened (Ctrl+F)"));
    auto refill = [](QComboBox *box, const QList<std::pair<QString, QString>> &items) {
        const int index = std::max(0, box->currentIndex());
        box->clear();
        for (const auto &[key, title] : items)
            box->addItem(title, key);
        box->setCurrentIndex(std::min(index, box->count() - 1));
    };
    QList<std::pair<QString, QString>> states{{QString(), tr("All states")}, {u"@open"_s, tr("Open")}};
    for (const QString &s : cpl::transitionTable().states())
        states.append({s, cpl::stateTitle(s)});
    refill(m_state, states);
    QList<std::pair<QString, QString>> sources{{QString(), tr("All sources")}};
    for (const QString &s : cpl::sourceKeys())
        sources.append({s, cpl::sourceTitle(s)});
    refill(m_source, sources);
    QList<std::pair<QString, QString>> validity{{QString(), tr("Any validity")}, {u"unconfirmed"_s, cpl::validityTitle({})}};
    for (const QString &s : cpl::validityKeys())
        validity.append({s, cpl::validityTitle(s)});
    refill(m_validity, validity);
    m_keyOnly->setText(tr("Key customers"));
    m_new->setText(tr("&New complaint…"));
    m_new->setToolTip(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText));
    m_print->setText(tr("Registration form as &PDF…"));
    m_print->setToolTip(tr("Ctrl+P"));
    m_actionsTitle->setText(tr("Next step:"));
}

// ---------------------------------------------------------------------------------------------

ComplaintReportWidget::ComplaintReportWidget(const Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    m_monthLabel = new QLabel(this);
    m_month = new QDateEdit(this);
    m_month->setObjectName(u"reportMonth"_s);
    m_month->setDisplayFormat(u"yyyy-MM"_s);
    m_month->setCalendarPopup(true);
    m_monthLabel->setBuddy(m_month);
    const QDate today = centerToday();
    m_month->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
    m_status = new QLabel(this);
    m_status->setObjectName(u"reportStatus"_s);
    m_status->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"reportSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pdf = new QPushButton(this);
    m_csv = new QPushButton(this);
    m_issue = new QPushButton(this);
    m_issue->setObjectName(u"issueReport"_s);
    m_issue->setVisible(session.hasAny(cpl::ComplaintReportReminder::issueRoles()));
    auto makeView = [this](const QString &name) {
        auto *chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto *view = new QChartView(chart, this);
        view->setObjectName(name);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
        return view;
    };
    m_trend = makeView(u"trendChart"_s);
    m_timeliness = makeView(u"timelinessChart"_s);
    m_sources = makeView(u"sourceChart"_s);
    m_classes = makeView(u"classChart"_s);
    m_departments = makeView(u"departmentChart"_s);
    m_classes->setMinimumHeight(320);
    m_departments->setMinimumHeight(320);
    m_sources->setMinimumHeight(320);
    m_open = new QTableView(this);
    m_open->setObjectName(u"openItems"_s);
    m_open->setModel(new QStandardItemModel(this));
    m_open->verticalHeader()->hide();
    m_open->horizontalHeader()->setStretchLastSection(true);
    m_open->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *top = new QHBoxLayout;
    top->addWidget(m_monthLabel);
    top->addWidget(m_month);
    top->addWidget(m_status, 1);
    top->addWidget(m_issue);
    top->addWidget(m_pdf);
    top->addWidget(m_csv);
    auto *grid = new QGridLayout;
    grid->addWidget(m_summary, 0, 0);
    grid->addWidget(m_timeliness, 0, 1);
    grid->addWidget(m_trend, 1, 0, 1, 2);
    grid->addWidget(m_sources, 2, 0);
    grid->addWidget(m_classes, 2, 1);
    grid->addWidget(m_departments, 3, 0);
    grid->addWidget(m_open, 3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *inner = new QWidget(this);
    inner->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(m_month, &QDateEdit::dateChanged, this, &ComplaintReportWidget::refresh);
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, m_pdf->text(), u"complaints-%1.pdf"_s.arg(rep::monthLabel(month())),
                                                          tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, m_csv->text(), u"complaints-%1.csv"_s.arg(rep::monthLabel(month())),
                                                          tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_issue, &QPushButton::clicked, this, [this] { issue(); });
    retranslateUi();
    refresh();
}

void ComplaintReportWidget::setMonth(int yyyymm)
{
    m_month->setDate(QDate(yyyymm / 100, yyyymm % 100, 1));
    refresh();
}

int ComplaintReportWidget::month() const
{
    return m_month->date().year() * 100 + m_month->date().month();
}

QList<QChartView *> ComplaintReportWidget::chartViews() const
{
    return {m_timeliness, m_trend, m_sources, m_classes, m_departments};
}

void ComplaintReportWidget::refresh()
{
    auto svc = cpl::ComplaintService::open(m_db);
    if (!svc) {
        m_status->setText(svc.error().message);
        return;
    }
    auto r = rep::buildComplaintReport(m_db, svc->calendar(), month(), Database::nowMs());
    if (!r) {
        m_status->setText(r.error().message);
        return;
    }
    m_report = *r;
    const Status over = cpl::ComplaintReportReminder(m_db, svc->calendar()).monthOver(m_report.month, Database::nowMs());
    m_issueRefusal = over ? QString() : over.error().message;
    fill();
}

void ComplaintReportWidget::fill()
{
    const auto &r = m_report;
    auto pct = [](double p) { return p < 0 ? u"—"_s : QString::number(p, 'f', 1) + u" %"_s; };
    m_status->setText(r.issuedAt > 0 ? tr("Due by %1 · issued %2").arg(when(r.reportDueAt), when(r.issuedAt))
                                     : (Database::nowMs() > r.reportDueAt
                                            ? tr("Due by %1 · <b style='color:#b42318'>overdue, not issued</b>").arg(when(r.reportDueAt))
                                            : tr("Due by %1 · not issued yet").arg(when(r.reportDueAt))));
    // Core says whether the month is over (ComplaintReportReminder::monthOver); its words are the tip.
    m_issue->setEnabled(r.issuedAt == 0 && m_issueRefusal.isEmpty());
    m_issue->setToolTip(m_issueRefusal.isEmpty() ? issueTip() : m_issueRefusal);
    QString s = u"<h3>%1</h3><table cellspacing='4'>"_s.arg(tr("Complaints in %1").arg(rep::monthLabel(r.month)).toHtmlEscaped());
    auto row = [&s](const QString &k, const QString &v) {
        s += u"<tr><td>%1</td><td align='right'><b>%2</b></td></tr>"_s.arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    row(tr("Received"), QString::number(r.received));
    row(tr("From key customers"), QString::number(r.keyCustomer));
    for (const auto &c : r.byValidity)
        row(c.label, QString::number(c.count));
    row(tr("Replies on time (3 h)"), u"%1 / %2 · %3"_s.arg(r.reply.onTime).arg(r.reply.onTime + r.reply.late + r.reply.overdue).arg(pct(r.reply.onTimePercent())));
    row(tr("Follow-ups on time"), u"%1 / %2 · %3"_s.arg(r.followUp.onTime).arg(r.followUp.onTime + r.followUp.late + r.followUp.overdue).arg(pct(r.followUp.onTimePercent())));
    row(tr("Feedback to HQ on time"), u"%1 / %2 · %3"_s.arg(r.hqFeedback.onTime).arg(r.hqFeedback.onTime + r.hqFeedback.late + r.hqFeedback.overdue).arg(pct(r.hqFeedback.onTimePercent())));
    row(tr("Satisfied after follow-up"), u"%1 / %2 · %3"_s.arg(r.satisfied).arg(r.followedUp).arg(pct(r.satisfactionPercent())));
    row(tr("Open"), QString::number(r.openCount));
    row(tr("Escalated to HQ"), QString::number(r.escalatedCount));
    s += u"</table>"_s;
    m_summary->setText(s);

    auto reset = [](QChartView *view, const QString &title) {
        QChart *chart = view->chart();
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis);
        chart->setTitle(title);
        return chart;
    };
    // Trend: received and valid per month.
    {
        QChart *chart = reset(m_trend, tr("Complaints in the last 13 months"));
        auto *received = new QBarSet(tr("Received"));
        auto *valid = new QBarSet(tr("Valid"));
        QStringList months;
        int max = 1;
        for (const auto &p : r.trend) {
            *received << p.received;
            *valid << p.valid;
            months << rep::monthLabel(p.month).mid(2);
            max = std::max(max, p.received);
        }
        auto *series = new QBarSeries;
        series->append(received);
        series->append(valid);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(months);
        auto *y = new QValueAxis;
        y->setRange(0, max);
        y->setTickType(QValueAxis::TicksDynamic);
        y->setTickAnchor(0);
        y->setTickInterval(std::max(1, (max + 4) / 5));
        y->setLabelFormat(u"%d"_s);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    // Timeliness: stacked on time / late / overdue / not due yet.
    {
        QChart *chart = reset(m_timeliness, tr("Timeliness against the deadlines"));
        auto *onTime = new QBarSet(tr("On time"));
        auto *late = new QBarSet(tr("Late"));
        auto *overdue = new QBarSet(tr("Overdue"));
        auto *pending = new QBarSet(tr("Not due yet"));
        onTime->setColor(QColor(0x3f, 0x9b, 0x5a));
        late->setColor(QColor(0xe0, 0x8a, 0x3c));
        overdue->setColor(QColor(0xc8, 0x3e, 0x3e));
        pending->setColor(QColor(0xb0, 0xb7, 0xc0));
        for (const auto *t : {&r.hqFeedback, &r.followUp, &r.reply}) {
            *onTime << t->onTime;
            *late << t->late;
            *overdue << t->overdue;
            *pending << t->pending;
        }
        auto *series = new QHorizontalStackedBarSeries;
        series->append({onTime, late, overdue, pending});
        chart->addSeries(series);
        auto *y = new QBarCategoryAxis;
        y->append({tr("HQ feedback"), tr("Follow-up"), tr("Reply")});
        auto *x = new QValueAxis;
        int most = 1;
        for (const auto *t : {&r.hqFeedback, &r.followUp, &r.reply})
            most = std::max(most, t->onTime + t->late + t->overdue + t->pending);
        x->setRange(0, most);
        x->setTickType(QValueAxis::TicksDynamic);
        x->setTickAnchor(0);
        x->setTickInterval(std::max(1, (most + 4) / 5));
        x->setLabelFormat(u"%d"_s);
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(y);
        series->attachAxis(x);
    }
    // Source: pie.
    {
        QChart *chart = reset(m_sources, tr("By source"));
        auto *pie = new QPieSeries;
        for (const auto &c : r.bySource)
            if (c.count > 0)
                pie->append(u"%1 %2"_s.arg(c.label).arg(c.count), c.count);
        pie->setLabelsVisible(true);
        chart->addSeries(pie);
        chart->legend()->hide();
    }
    auto bars = [&reset](QChartView *view, const QString &title, const QList<rep::ComplaintCount> &counts, const QColor &color) {
        QChart *chart = reset(view, title);
        auto *set = new QBarSet(title);
        set->setColor(color);
        QStringList labels;
        int max = 1;
        for (auto it = counts.crbegin(); it != counts.crend(); ++it) {
            *set << it->count;
            labels << (it->label.isEmpty() ? u"—"_s : it->label);
            max = std::max(max, it->count);
        }
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        chart->addSeries(series);
        auto *y = new QBarCategoryAxis;
        y->append(labels);
        auto *x = new QValueAxis;
        x->setRange(0, max);
        x->setTickType(QValueAxis::TicksDynamic);
        x->setTickAnchor(0);
        x->setTickInterval(std::max(1, (max + 4) / 5));
        x->setLabelFormat(u"%d"_s);
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(y);
        series->attachAxis(x);
        chart->legend()->hide();
    };
    bars(m_classes, tr("By complaint class"), r.byClass, QColor(0xe0, 0x8a, 0x3c));
    bars(m_departments, tr("Valid complaints by department"), r.byDepartment, QColor(0x3f, 0x9b, 0x5a));

    auto *model = static_cast<QStandardItemModel *>(m_open->model());
    model->clear();
    model->setHorizontalHeaderLabels({tr("No."), tr("Received"), tr("Customer"), tr("Department"), tr("State")});
    for (const auto &o : r.openItems) {
        QList<QStandardItem *> items{new QStandardItem(o.complaintNo), new QStandardItem(when(o.receivedAt).left(10)),
                                     new QStandardItem(o.keyCustomer ? o.customer + u" ★"_s : o.customer),
                                     new QStandardItem(o.department), new QStandardItem(cpl::stateTitle(o.state))};
        if (o.escalated)
            for (auto *i : items)
                i->setForeground(QColor(0xb4, 0x23, 0x18));
        model->appendRow(items);
    }
    m_open->resizeColumnsToContents();
}

bool ComplaintReportWidget::exportPdf(const QString &path)
{
    if (auto ok = render::writeComplaintReportPdf(m_report, path); !ok) {
        showError(this, ok.error());
        return false;
    }
    return true;
}

bool ComplaintReportWidget::exportCsv(const QString &path)
{
    const QByteArray bytes = rep::complaintReportCsv(m_report);
    if (auto ok = privatefiles::write(path, bytes); !ok) {
        showError(this, ok.error());
        return false;
    }
    return true;
}

bool ComplaintReportWidget::issue()
{
    auto cal = cpl::ComplaintService::open(m_db);
    if (!cal) {
        showError(this, cal.error());
        return false;
    }
    cpl::ComplaintReportReminder reminder(m_db, cal->calendar());
    if (auto ok = reminder.issue(m_session, month()); !ok) {
        showError(this, ok.error());
        return false;
    }
    refresh();
    return true;
}

void ComplaintReportWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

QString ComplaintReportWidget::issueTip()
{
    return tr("Sent to all department managers and the general manager: stops the reminder.");
}

void ComplaintReportWidget::retranslateUi()
{
    m_monthLabel->setText(tr("&Month:"));
    m_pdf->setText(tr("Export &PDF…"));
    m_csv->setText(tr("Export C&SV…"));
    m_issue->setText(tr("Mark as &issued"));
    m_issue->setToolTip(m_issueRefusal.isEmpty() ? issueTip() : m_issueRefusal);
}

// ---------------------------------------------------------------------------------------------

ComplaintsPage::ComplaintsPage(const Database &db, const Session &session, QWidget *parent) : QWidget(parent)
{
    setObjectName(u"complaintsPage"_s);
    m_tabs = new QTabWidget(this);
    m_register = new ComplaintRegisterWidget(db, session, m_tabs);
    m_report = new ComplaintReportWidget(db, session, m_tabs);
    m_tabs->addTab(m_register, QString());
    m_tabs->addTab(m_report, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslateUi();
}

void ComplaintsPage::showReport()
{
    m_tabs->setCurrentWidget(m_report);
}

void ComplaintsPage::showRegister()
{
    m_tabs->setCurrentWidget(m_register);
}

void ComplaintsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ComplaintsPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("Complaint register"));
    m_tabs->setTabText(1, tr("Monthly report"));
}

} // namespace sd::ui
