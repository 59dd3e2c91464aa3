#include "ui/projects/projectspage.h"

#include "core/records/customerrepository.h"
#include "render/acceptancereport.h"
#include "ui/common/allowedactions.h"
#include "ui/common/errors.h"
#include "ui/common/format.h"
#include "ui/common/searchline.h"
#include "ui/projects/projectdialogs.h"
#include "ui/projects/stagetimeline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

namespace {

constexpr int kPageSize = 100;

QString dateText(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

QString span(const QDate &from, const QDate &to)
{
    if (!from.isValid())
        return {};
    return dateText(from) + u" – "_s + (to.isValid() ? dateText(to) : QString());
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return ProjectDetailWidget::tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return ProjectDetailWidget::tr("%1 KB").arg(double(bytes) / 1024, 0, 'f', 1);
    return ProjectDetailWidget::tr("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

QString resultTitle(const QString &result)
{
    if (result == u"passed")
        return ProjectDetailWidget::tr("passed");
    if (result == u"failed_incomplete")
        return ProjectDetailWidget::tr("failed, work incomplete");
    if (result == u"failed_commitment")
        return ProjectDetailWidget::tr("failed, presales commitment or product gap");
    return result;
}

QString decisionTitle(const QString &d)
{
    if (d == u"approved")
        return ProjectDetailWidget::tr("approved");
    if (d == u"rejected")
        return ProjectDetailWidget::tr("rejected");
    if (d == u"pending")
        return ProjectDetailWidget::tr("pending");
    return ProjectDetailWidget::tr("—");
}

QString kindTitle(const QString &kind)
{
    return kind == u"suspend" ? ProjectDetailWidget::tr("Suspend") : ProjectDetailWidget::tr("Terminate");
}

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    t->setAlternatingRowColors(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, const QVariant &data = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (data.isValid())
        item->setData(Qt::UserRole, data);
    return item;
}

void clearLayout(QHBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------

ProjectListModel::ProjectListModel(const ProjectService &service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

void ProjectListModel::setFilter(const ProjectFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.limit = kPageSize;
    m_filter.offset = 0;
    m_rows.clear();
    m_error.clear();
    auto rows = m_service.list(m_filter);
    if (rows)
        m_rows = *rows;
    else
        m_error = rows.error().message;
    m_more = rows && rows->size() == kPageSize;
    endResetModel();
}

bool ProjectListModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && m_more; }

void ProjectListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    ProjectFilter next = m_filter;
    next.offset = int(m_rows.size());
    auto rows = m_service.list(next);
    if (!rows || rows->isEmpty()) {
        m_more = false;
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(*rows);
    endInsertRows();
    m_more = rows->size() == kPageSize;
}

const ProjectRow *ProjectListModel::rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }

int ProjectListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

int ProjectListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ProjectListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ProjectListModel::healthText(const ProjectRow &r)
{
    QStringList parts;
    if (r.lateStages > 0)
        parts << tr("%n late stage(s)", nullptr, r.lateStages);
    if (r.missingLogs > 0)
        parts << tr("%n missing log day(s)", nullptr, r.missingLogs);
    if (r.pendingApprovals > 0)
        parts << tr("%n approval(s) pending", nullptr, r.pendingApprovals);
    return parts.isEmpty() ? tr("On track") : parts.join(u" · "_s);
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    const ProjectRow *r = rowAt(index.row());
    if (!r)
        return {};
    const bool troubled = r->lateStages > 0 || r->missingLogs > 0 || r->pendingApprovals > 0;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case No: return r->projectNo;
        case Customer: return r->customerName;
        case Title: return r->title;
        case State: return project::stateTitle(r->state);
        case Manager: return r->projectManagerName;
        case Progress:
            if (r->stagesTotal == 0)
                return QString();
            return u"%1/%2 %3"_s.arg(r->stagesAccepted).arg(r->stagesTotal).arg(r->currentStage);
        case Health: return healthText(*r);
        }
    }
    if (role == Qt::BackgroundRole && index.column() == Health && troubled)
        return r->lateStages > 0 ? QColor(0xf6, 0xc9, 0xc9) : QColor(0xfb, 0xe3, 0xb4);
    if (role == Qt::ForegroundRole && index.column() == Health && r->lateStages > 0)
        return QColor(0x9b, 0x1c, 0x1c);
    if (role == Qt::UserRole)
        return r->id;
    return {};
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case No: return tr("No.");
    case Customer: return tr("Customer");
    case Title: return tr("Project");
    case State: return tr("State");
    case Manager: return tr("Project manager");
    case Progress: return tr("Stages");
    case Health: return tr("Health");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

ProjectDetailWidget::ProjectDetailWidget(const Database &db, const BusinessCalendar &calendar, const Session &session,
                                         QWidget *parent)
    : QWidget(parent), m_db(db), m_calendar(calendar), m_session(session), m_service(db, calendar)
{
    m_header = new QLabel(this);
    m_header->setObjectName(u"projectHeader"_s);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionBox = new QWidget(this);
    m_actionLayout = new QHBoxLayout(m_actionBox);
    m_actionLayout->setContentsMargins(0, 0, 0, 0);
    auto *actionScroll = new QScrollArea(this);
    actionScroll->setWidget(m_actionBox);
    actionScroll->setWidgetResizable(true);
    actionScroll->setFrameShape(QFrame::NoFrame);
    actionScroll->setMaximumHeight(44);
    actionScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    actionScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"projectTabs"_s);

    // Stages: the table, the timeline, the selected stage's actions and evaluations.
    auto *stagesTab = new QWidget(m_tabs);
    m_stages = makeTable(stagesTab, u"stageTable"_s);
    m_stages->setColumnCount(6);
    m_timeline = new StageTimeline(stagesTab);
    m_stageActionBox = new QWidget(stagesTab);
    m_stageActionLayout = new QHBoxLayout(m_stageActionBox);
    m_stageActionLayout->setContentsMargins(0, 0, 0, 0);
    m_evaluations = new QLabel(stagesTab);
    m_evaluations->setObjectName(u"stageEvaluations"_s);
    m_evaluations->setWordWrap(true);
    m_evaluations->setTextFormat(Qt::RichText);
    auto *stagesLayout = new QVBoxLayout(stagesTab);
    m_stages->setMinimumHeight(80);
    stagesLayout->addWidget(m_stages, 1);
    stagesLayout->addWidget(m_timeline, 3);
    stagesLayout->addWidget(m_stageActionBox);
    stagesLayout->addWidget(m_evaluations);
    m_tabs->addTab(stagesTab, QString());

    // The log book.
    auto *logTab = new QWidget(m_tabs);
    m_logs = makeTable(logTab, u"logTable"_s);
    m_logs->setColumnCount(6);
    m_missing = new QLabel(logTab);
    m_missing->setObjectName(u"missingLogs"_s);
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::RichText);
    m_logDay = new QPushButton(logTab);
    m_logDay->setObjectName(u"logDay"_s);
    auto *logButtons = new QHBoxLayout;
    logButtons->addWidget(m_missing, 1);
    logButtons->addWidget(m_logDay, 0, Qt::AlignTop);
    auto *logLayout = new QVBoxLayout(logTab);
    logLayout->addLayout(logButtons);
    logLayout->addWidget(m_logs, 1);
    m_tabs->addTab(logTab, QString());

    // Documents.
    auto *docTab = new QWidget(m_tabs);
    m_documents = makeTable(docTab, u"documentTable"_s);
    m_documents->setColumnCount(5);
    m_addDocument = new QPushButton(docTab);
    m_addDocument->setObjectName(u"addDocument"_s);
    m_saveDocument = new QPushButton(docTab);
    m_saveDocument->setObjectName(u"saveDocument"_s);
    m_documentLimits = new QLabel(docTab);
    m_documentLimits->setWordWrap(true);
    auto *docButtons = new QHBoxLayout;
    docButtons->addWidget(m_documentLimits, 1);
    docButtons->addWidget(m_addDocument);
    docButtons->addWidget(m_saveDocument);
    auto *docLayout = new QVBoxLayout(docTab);
    docLayout->addLayout(docButtons);
    docLayout->addWidget(m_documents, 1);
    m_tabs->addTab(docTab, QString());

    // Suspend / terminate requests.
    m_approvals = makeTable(m_tabs, u"approvalTable"_s);
    m_approvals->setColumnCount(5);
    m_tabs->addTab(m_approvals, QString());

    m_report = new QPushButton(this);
    m_report->setObjectName(u"acceptanceReport"_s);
    auto *reportMenu = new QMenu(m_report);
    reportMenu->addAction(u"中文 PDF…"_s, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, m_report->text(), m_row.value(u"project_no"_s).toString() + u".pdf"_s, tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportAcceptanceReport(path, true);
    });
    reportMenu->addAction(u"English PDF…"_s, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, m_report->text(), m_row.value(u"project_no"_s).toString() + u"-en.pdf"_s, tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportAcceptanceReport(path, false);
    });
    m_report->setMenu(reportMenu);

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_report, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(actionScroll);
    layout->addWidget(m_tabs, 1);

    connect(m_stages, &QTableWidget::currentCellChanged, this, [this] { rebuildStageActions(); });
    connect(m_logDay, &QPushButton::clicked, this, [this] { logDay(); });
    connect(m_addDocument, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, m_addDocument->text());
        if (!path.isEmpty())
            addDocument(path);
    });
    connect(m_saveDocument, &QPushButton::clicked, this, &ProjectDetailWidget::saveDocument);
    retranslateUi();
    setProject(0);
}

void ProjectDetailWidget::setProject(qint64 id)
{
    m_id = id;
    reload();
}

void ProjectDetailWidget::reload()
{
    m_row.clear();
    m_stageList.clear();
    if (m_id > 0)
        if (auto row = m_service.get(m_id))
            m_row = *row;
    setEnabled(!m_row.isEmpty());
    if (m_row.isEmpty()) {
        m_header->setText(tr("Choose a project in the list."));
        clearLayout(m_actionLayout);
        m_stages->setRowCount(0);
        m_logs->setRowCount(0);
        m_documents->setRowCount(0);
        m_approvals->setRowCount(0);
        m_missing->clear();
        m_timeline->setStages({}, centerToday());
        rebuildStageActions();
        return;
    }
    // The header: number, customer, state, project manager, consultants, budgeted days.
    QString customer;
    if (auto c = CustomerRepository(m_db).get(m_row.value(u"customer_id"_s).toLongLong()))
        customer = c->name;
    const qint64 pmId = m_row.value(u"project_manager_id"_s).toLongLong();
    QString pm;
    QStringList consultants;
    const auto team = m_service.consultants(m_id).value_or(QList<qint64>{});
    if (auto pms = m_service.candidates(Role::ProjectManager))
        for (const StaffLoad &s : *pms)
            if (s.staffId == pmId)
                pm = s.name;
    if (auto people = m_service.candidates(Role::Consultant))
        for (const StaffLoad &s : *people)
            if (team.contains(s.staffId))
                consultants << s.name;
    const QString none = tr("not yet assigned");
    m_header->setText(
        u"<span style=\"font-size:13pt;\"><b>%1</b> %2</span><br/>"
        "%3: <b>%4</b> · %5: <b>%6</b><br/>%7: %8 · %9: %10 · %11: %12"_s
            .arg(m_row.value(u"project_no"_s).toString().toHtmlEscaped(), m_row.value(u"title"_s).toString().toHtmlEscaped(),
                 tr("Customer"), customer.toHtmlEscaped(), tr("State"),
                 project::stateTitle(m_row.value(u"state"_s).toString()).toHtmlEscaped(), tr("Project manager"),
                 (pm.isEmpty() ? none : pm).toHtmlEscaped(), tr("Consultants"),
                 (consultants.isEmpty() ? none : consultants.join(u", "_s)).toHtmlEscaped(), tr("Budgeted days"))
            .arg(m_row.value(u"budgeted_days"_s).toInt()));
    rebuildProjectActions();
    fillStages();
    fillLogs();
    fillDocuments();
    fillApprovals();
    auto report = m_service.acceptanceReport(m_id);
    m_report->setEnabled(report.has_value());
    m_report->setToolTip(report ? tr("The acceptance report, to print or send to the customer") : report.error().message);
}

void ProjectDetailWidget::rebuildProjectActions()
{
    clearLayout(m_actionLayout);
    m_projectActions.clear();
    for (const auto &t : allowedActions(m_db, m_session, project::table(), m_id))
        if (!m_projectActions.contains(t.action))
            m_projectActions << t.action;
    int n = 0;
    for (const QString &a : std::as_const(m_projectActions)) {
        auto *b = new QPushButton(project::actionTitle(a), m_actionBox);
        b->setObjectName(u"action_"_s + a);
        if (++n <= 9) {
            b->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + n)));
            b->setToolTip(tr("Alt+%1").arg(n));
        }
        connect(b, &QPushButton::clicked, this, [this, a] { takeAction(a); });
        m_actionLayout->addWidget(b);
    }
    if (m_projectActions.isEmpty()) {
        auto *none = new QLabel(tr("No step for you on this project now."), m_actionBox);
        none->setEnabled(false);
        m_actionLayout->addWidget(none);
    }
    m_actionLayout->addStretch();
}

void ProjectDetailWidget::fillStages()
{
    auto list = m_service.stages(m_id);
    m_stageList = list ? *list : QList<Stage>{};
    const int keep = std::max(0, m_stages->currentRow());
    m_stages->setRowCount(int(m_stageList.size()));
    const QDate today = centerToday();
    for (int i = 0; i < m_stageList.size(); ++i) {
        const Stage &s = m_stageList.at(i);
        m_stages->setItem(i, 0, cell(QString::number(s.seq), s.id));
        m_stages->setItem(i, 1, cell(s.name));
        auto *state = cell(stage::stateTitle(s.state));
        const bool late = s.state != stage::Accepted && s.plannedEnd.isValid() && s.plannedEnd < today;
        if (late) {
            state->setBackground(QColor(0xf6, 0xc9, 0xc9));
            state->setText(tr("%1 (late)").arg(state->text()));
        }
        m_stages->setItem(i, 2, state);
        m_stages->setItem(i, 3, cell(span(s.plannedStart, s.plannedEnd)));
        m_stages->setItem(i, 4, cell(span(s.actualStart, s.actualEnd)));
        m_stages->setItem(i, 5, cell(QString::number(s.attempt)));
    }
    m_stages->resizeColumnsToContents();
    m_timeline->setStages(m_stageList, today);
    if (!m_stageList.isEmpty()) {
        // The stage being worked on, else the one selected before.
        int current = std::min(keep, int(m_stageList.size()) - 1);
        for (int i = 0; i < m_stageList.size(); ++i)
            if (m_stageList.at(i).state != stage::Accepted && m_stageList.at(i).state != stage::Planned) {
                current = i;
                break;
            }
        m_stages->setCurrentCell(current, 1);
    }
    rebuildStageActions();
}

void ProjectDetailWidget::selectStage(int row) { m_stages->setCurrentCell(row, 1); }

void ProjectDetailWidget::rebuildStageActions()
{
    clearLayout(m_stageActionLayout);
    m_stageActions.clear();
    const int row = m_stages->currentRow();
    if (row < 0 || row >= m_stageList.size()) {
        m_evaluations->clear();
        return;
    }
    const Stage &s = m_stageList.at(row);
    for (const auto &t : allowedActions(m_db, m_session, stage::table(), s.id))
        if (t.action != stage::LogDay && !m_stageActions.contains(t.action))
            m_stageActions << t.action;
    auto *title = new QLabel(tr("Stage “%1”:").arg(s.name), m_stageActionBox);
    m_stageActionLayout->addWidget(title);
    for (const QString &a : std::as_const(m_stageActions)) {
        auto *b = new QPushButton(stage::actionTitle(a), m_stageActionBox);
        b->setObjectName(u"stage_"_s + a);
        connect(b, &QPushButton::clicked, this, [this, a] { takeStageAction(a); });
        m_stageActionLayout->addWidget(b);
    }
    m_stageActionLayout->addStretch();
    // Every attempt's evaluation, kept when the stage is re-implemented.
    QStringList lines;
    if (auto evals = m_service.evaluations(m_id))
        for (const Evaluation &e : *evals)
            if (e.stageId == s.id)
                lines << tr("Attempt %1: <b>%2</b> %3 (%4)")
                             .arg(e.attempt)
                             .arg(resultTitle(e.result).toHtmlEscaped(), e.note.toHtmlEscaped(), formatStamp(e.evaluatedAt));
    QString text = lines.join(u"<br/>"_s);
    if (!s.deliverables.isEmpty())
        text = tr("Deliverables: %1").arg(s.deliverables.toHtmlEscaped()) + (text.isEmpty() ? QString() : u"<br/>"_s + text);
    m_evaluations->setText(text);
}

QList<Stage> ProjectDetailWidget::loggableStages() const
{
    QList<Stage> out;
    for (const Stage &s : m_stageList) {
        if (s.state != stage::Active && s.state != stage::Delivered)
            continue;
        for (const auto &t : allowedActions(m_db, m_session, stage::table(), s.id, workflow::InPlace::Include))
            if (t.action == stage::LogDay) {
                out << s;
                break;
            }
    }
    return out;
}

void ProjectDetailWidget::fillLogs()
{
    auto entries = m_service.logs(m_id);
    const QList<LogEntry> list = entries ? *entries : QList<LogEntry>{};
    QHash<qint64, QString> stageNames;
    for (const Stage &s : std::as_const(m_stageList))
        stageNames.insert(s.id, s.name);
    // Newest first: the days a project manager checks are the recent ones.
    m_logs->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const LogEntry &e = list.at(list.size() - 1 - i);
        m_logs->setItem(i, 0, cell(dateText(e.workDate), e.id));
        m_logs->setItem(i, 1, cell(stageNames.value(e.stageId)));
        m_logs->setItem(i, 2, cell(e.consultantName));
        m_logs->setItem(i, 3, cell(QLocale().toString(e.hours, 'f', 1)));
        m_logs->setItem(i, 4, cell(e.customerContact));
        m_logs->setItem(i, 5, cell(e.workDone.simplified() + (e.issues.isEmpty() ? QString() : u" · "_s + e.issues.simplified())));
    }
    m_logs->resizeColumnsToContents();
    m_logs->setColumnWidth(5, std::max(m_logs->columnWidth(5), 200));
    auto missing = m_service.missingLogs(m_id);
    if (missing && !missing->isEmpty()) {
        QStringList days;
        for (int i = 0; i < std::min<qsizetype>(12, missing->size()); ++i) {
            const MissingLog &m = missing->at(i);
            days << u"%1 %2 (%3)"_s.arg(dateText(m.day), m.consultantName.toHtmlEscaped(), m.stageName.toHtmlEscaped());
        }
        if (missing->size() > 12)
            days << tr("and %n more", nullptr, int(missing->size() - 12));
        m_missing->setText(u"<span style=\"color:#9b1c1c;\"><b>%1</b></span> %2"_s.arg(
            tr("%n working day(s) without a log entry:", nullptr, int(missing->size())), days.join(u"; "_s)));
    } else {
        m_missing->setText(tr("No working day is missing from the log."));
    }
    const bool canLog = !loggableStages().isEmpty();
    m_logDay->setEnabled(canLog);
    m_logDay->setToolTip(canLog ? QString() : tr("Consultants of the project log the days of a stage being worked on."));
}

void ProjectDetailWidget::fillDocuments()
{
    auto docs = m_service.documents(m_id);
    const QList<ProjectDocument> list = docs ? *docs : QList<ProjectDocument>{};
    m_documents->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const ProjectDocument &d = list.at(i);
        m_documents->setItem(i, 0, cell(d.fileName, d.id));
        m_documents->setItem(i, 1, cell(sizeText(d.sizeBytes)));
        m_documents->setItem(i, 2, cell(d.addedByName));
        m_documents->setItem(i, 3, cell(formatStamp(d.addedAt)));
        m_documents->setItem(i, 4, cell(d.note));
    }
    m_documents->resizeColumnsToContents();
    m_saveDocument->setEnabled(!list.isEmpty());
}

void ProjectDetailWidget::fillApprovals()
{
    auto list = m_service.approvals(m_id);
    const QList<Approval> rows = list ? *list : QList<Approval>{};
    m_approvals->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Approval &a = rows.at(i);
        m_approvals->setItem(i, 0, cell(kindTitle(a.kind)));
        m_approvals->setItem(i, 1, cell(a.reason.simplified()));
        m_approvals->setItem(i, 2, cell(decisionTitle(a.pmDecision)));
        m_approvals->setItem(i, 3, cell(decisionTitle(a.imDecision)));
        m_approvals->setItem(i, 4, cell(decisionTitle(a.outcome)));
    }
    m_approvals->resizeColumnsToContents();
}

void ProjectDetailWidget::afterChange()
{
    reload();
    emit changed(m_id);
}

QDialog *ProjectDetailWidget::takeAction(const QString &action)
{
    if (m_id <= 0 || !m_projectActions.contains(action))
        return nullptr;
    auto *dialog = new ProjectActionDialog(m_service, m_session, ProjectActionDialog::On::Project, m_id,
                                           m_row.value(u"version"_s).toInt(), action, m_row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ProjectDetailWidget::afterChange);
    dialog->open();
    return dialog;
}

QDialog *ProjectDetailWidget::takeStageAction(const QString &action)
{
    const int row = m_stages->currentRow();
    if (row < 0 || row >= m_stageList.size() || !m_stageActions.contains(action))
        return nullptr;
    const Stage &s = m_stageList.at(row);
    auto *dialog = new ProjectActionDialog(m_service, m_session, ProjectActionDialog::On::Stage, s.id, s.version,
                                           action, m_row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ProjectDetailWidget::afterChange);
    dialog->open();
    return dialog;
}

QDialog *ProjectDetailWidget::logDay()
{
    const QList<Stage> stages = loggableStages();
    if (stages.isEmpty())
        return nullptr;
    auto *dialog = new LogDayDialog(m_service, m_session, stages, centerToday(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        afterChange();
        m_tabs->setCurrentIndex(1);
    });
    dialog->open();
    return dialog;
}

QDialog *ProjectDetailWidget::addDocument(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(this, Error::make(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString())));
        return nullptr;
    }
    // One byte past the limit is enough for core to say the file is too big.
    const QByteArray content = file.read(ProjectService::kMaxDocumentBytes + 1);
    const int row = m_stages->currentRow();
    const qint64 stageId = row >= 0 && row < m_stageList.size() ? m_stageList.at(row).id : 0;
    auto id = m_service.addDocument(m_session, m_id, QFileInfo(path).fileName(), content, {}, stageId);
    if (!id) {
        showError(this, id.error());
        return nullptr;
    }
    afterChange();
    m_tabs->setCurrentIndex(2);
    return nullptr;
}

void ProjectDetailWidget::saveDocument()
{
    const int row = m_documents->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_documents->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString path = QFileDialog::getSaveFileName(this, m_saveDocument->text(), m_documents->item(row, 0)->text());
    if (path.isEmpty())
        return;
    auto content = m_service.documentContent(id);
    if (!content) {
        showError(this, content.error());
        return;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*content) != content->size() || !out.commit())
        showError(this, Error::make(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, out.errorString())));
}

bool ProjectDetailWidget::exportAcceptanceReport(const QString &path, bool chinese)
{
    auto report = m_service.acceptanceReport(m_id);
    if (!report) {
        showError(this, report.error());
        return false;
    }
    if (auto ok = render::writeAcceptanceReportPdf(*report, chinese ? render::FormLanguage::Chinese : render::FormLanguage::English, path);
        !ok) {
        showError(this, ok.error());
        return false;
    }
    return true;
}

void ProjectDetailWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void ProjectDetailWidget::retranslateUi()
{
    m_tabs->setTabText(0, tr("Stages and timeline"));
    m_tabs->setTabText(1, tr("Log book"));
    m_tabs->setTabText(2, tr("Documents"));
    m_tabs->setTabText(3, tr("Suspend / terminate requests"));
    m_stages->setHorizontalHeaderLabels({tr("#"), tr("Stage"), tr("State"), tr("Planned"), tr("Actual"), tr("Attempt")});
    m_logs->setHorizontalHeaderLabels({tr("Day"), tr("Stage"), tr("Consultant"), tr("Hours"), tr("Confirmed by"), tr("Work done")});
    m_documents->setHorizontalHeaderLabels({tr("Document"), tr("Size"), tr("Added by"), tr("Added"), tr("Note")});
    m_approvals->setHorizontalHeaderLabels({tr("Request"), tr("Reason"), tr("Project manager"), tr("Implementation manager"), tr("Outcome")});
    m_logDay->setText(tr("Confirm a &day…"));
    m_addDocument->setText(tr("Add a document…"));
    m_saveDocument->setText(tr("Save a copy…"));
    m_documentLimits->setText(tr("Kept in the database: at most %1 MB a file; %2.")
                                  .arg(ProjectService::kMaxDocumentBytes / (1024 * 1024))
                                  .arg(ProjectService::documentTypes().join(u", "_s)));
    m_report->setText(tr("Acceptance report"));
}

// ---------------------------------------------------------------------------------------------

ApprovalsInbox::ApprovalsInbox(const ProjectService &service, const Session &session, QWidget *parent)
    : QWidget(parent), m_service(service), m_session(session)
{
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_table = makeTable(this, u"approvalsInbox"_s);
    m_table->setColumnCount(7);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (auto *item = m_table->item(row, 0))
            emit openProject(item->data(Qt::UserRole).toLongLong());
    });
    retranslateUi();
    refresh();
}

void ApprovalsInbox::refresh()
{
    auto list = m_service.pendingApprovals(m_session);
    const QList<PendingApproval> rows = list ? *list : QList<PendingApproval>{};
    m_count = int(rows.size());
    m_table->setRowCount(m_count);
    for (int i = 0; i < rows.size(); ++i) {
        const PendingApproval &a = rows.at(i);
        QString waiting;
        if (a.pmDecision.isEmpty() && a.imDecision.isEmpty())
            waiting = tr("both approvals");
        else if (a.pmDecision.isEmpty())
            waiting = tr("the project manager");
        else
            waiting = tr("the implementation manager");
        m_table->setItem(i, 0, cell(a.projectNo, a.projectId));
        m_table->setItem(i, 1, cell(a.customerName));
        m_table->setItem(i, 2, cell(kindTitle(a.kind)));
        m_table->setItem(i, 3, cell(a.reason.simplified()));
        m_table->setItem(i, 4, cell(a.requestedByName));
        m_table->setItem(i, 5, cell(formatStamp(a.requestedAt)));
        m_table->setItem(i, 6, cell(waiting));
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(3, std::min(m_table->columnWidth(3), 360));
}

void ApprovalsInbox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ApprovalsInbox::retranslateUi()
{
    m_hint->setText(tr("Suspend and terminate requests waiting for your decision, oldest first. Enter or a double click "
                       "opens the project, where you approve or reject."));
    m_table->setHorizontalHeaderLabels({tr("Project"), tr("Customer"), tr("Request"), tr("Reason"), tr("Requested by"),
                                        tr("Requested"), tr("Waiting for")});
}

// ---------------------------------------------------------------------------------------------

ProjectsPage::ProjectsPage(const Database &db, const BusinessCalendar &calendar, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_calendar(calendar), m_session(session), m_service(db, calendar)
{
    setObjectName(u"projectsPage"_s);
    m_tabs = new QTabWidget(this);
    auto *listTab = new QWidget(m_tabs);
    m_search = new SearchLine(listTab);
    m_search->setObjectName(u"projectSearch"_s);
    m_state = new QComboBox(listTab);
    m_state->setObjectName(u"projectStateFilter"_s);
    m_sort = new QComboBox(listTab);
    m_sort->setObjectName(u"projectSort"_s);
    m_mine = new QCheckBox(listTab);
    m_mine->setObjectName(u"mineOnly"_s);
    // Project managers and consultants start on their own projects; the implementation
    // manager on every one.
    m_mine->setChecked(!session.has(Role::ImplementationManager));
    m_count = new QLabel(listTab);
    m_count->setObjectName(u"projectCount"_s);
    m_new = new QPushButton(listTab);
    m_new->setObjectName(u"newProject"_s);
    m_new->setVisible(session.has(Role::ImplementationManager));
    m_model = new ProjectListModel(m_service, this);
    m_table = new QTableView(listTab);
    m_table->setObjectName(u"projectTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_detail = new ProjectDetailWidget(db, calendar, session, listTab);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_state);
    filters->addWidget(m_sort);
    filters->addWidget(m_mine);
    filters->addWidget(m_count, 1);
    filters->addWidget(m_new);
    auto *split = new QSplitter(Qt::Vertical, listTab);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({200, 520});
    split->setChildrenCollapsible(false);
    auto *listLayout = new QVBoxLayout(listTab);
    listLayout->addLayout(filters);
    listLayout->addWidget(split, 1);
    m_tabs->addTab(listTab, QString());
    if (session.hasAny({Role::ImplementationManager, Role::ProjectManager})) {
        m_inbox = new ApprovalsInbox(m_service, session, m_tabs);
        m_tabs->addTab(m_inbox, QString());
        connect(m_inbox, &ApprovalsInbox::openProject, this, [this](qint64 id) {
            m_tabs->setCurrentIndex(0);
            selectProject(id);
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_search, &SearchLine::searchChanged, this, &ProjectsPage::refresh);
    connect(m_state, &QComboBox::activated, this, &ProjectsPage::refresh);
    connect(m_sort, &QComboBox::activated, this, &ProjectsPage::refresh);
    connect(m_mine, &QCheckBox::toggled, this, &ProjectsPage::refresh);
    connect(m_new, &QPushButton::clicked, this, [this] { newProject(); });
    connect(m_detail, &ProjectDetailWidget::changed, this, [this](qint64 id) {
        refresh();
        selectProject(id);
    });
    auto *find = new QShortcut(QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setContext(Qt::WidgetWithChildrenShortcut);
    auto *reload = new QShortcut(QKeySequence::Refresh, this, [this] { refresh(); });
    reload->setContext(Qt::WidgetWithChildrenShortcut);
    retranslateUi();
    refresh();
}

void ProjectsPage::refresh()
{
    const qint64 keep = currentId();
    ProjectFilter f;
    f.text = m_search->text();
    f.state = m_state->currentData().toString();
    f.sort = ProjectFilter::Sort(m_sort->currentData().toInt());
    f.memberId = m_mine->isChecked() ? m_session.staffId : 0;
    m_model->setFilter(f);
    if (!m_model->lastError().isEmpty())
        m_count->setText(m_model->lastError());
    else if (auto total = m_service.count(f))
        m_count->setText(tr("%n project(s)", nullptr, *total));
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(ProjectListModel::Customer, std::min(m_table->columnWidth(ProjectListModel::Customer), 200));
    m_table->setColumnWidth(ProjectListModel::Title, std::min(m_table->columnWidth(ProjectListModel::Title), 220));
    m_table->setColumnWidth(ProjectListModel::State, std::min(m_table->columnWidth(ProjectListModel::State), 180));
    m_table->setColumnWidth(ProjectListModel::Progress, std::min(m_table->columnWidth(ProjectListModel::Progress), 160));
    disconnect(m_table->selectionModel(), nullptr, this, nullptr);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProjectsPage::showCurrent);
    if (keep > 0)
        selectProject(keep);
    if (currentId() == 0 && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    showCurrent();
    if (m_inbox) {
        m_inbox->refresh();
        m_tabs->setTabText(1, m_inbox->pendingCount() > 0 ? tr("Approvals (%1)").arg(m_inbox->pendingCount()) : tr("Approvals"));
    }
}

void ProjectsPage::selectProject(qint64 id)
{
    int row = m_model->rowOf(id);
    if (row < 0) {
        // Not on the list as filtered: show it by its number, whatever the filters.
        if (auto p = m_service.get(id)) {
            const QSignalBlocker b1(m_search), b2(m_mine);
            m_search->setText(p->value(u"project_no"_s).toString());
            m_mine->setChecked(false);
            m_state->setCurrentIndex(1);   // every state
            ProjectFilter f;
            f.text = m_search->text();
            m_model->setFilter(f);
            disconnect(m_table->selectionModel(), nullptr, this, nullptr);
            connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProjectsPage::showCurrent);
            row = m_model->rowOf(id);
        }
    }
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

qint64 ProjectsPage::currentId() const
{
    const auto *r = m_model->rowAt(m_table->currentIndex().row());
    return r ? r->id : 0;
}

void ProjectsPage::showCurrent()
{
    const qint64 id = currentId();
    if (id != m_detail->projectId())
        m_detail->setProject(id);
}

void ProjectsPage::showInbox()
{
    if (m_inbox)
        m_tabs->setCurrentWidget(m_inbox);
}

QDialog *ProjectsPage::newProject(qint64 customerId)
{
    if (!m_session.has(Role::ImplementationManager))
        return nullptr;
    auto *dialog = new ApplyProjectDialog(m_db, m_service, m_session, customerId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->projectId();
        refresh();
        selectProject(id);
    });
    dialog->open();
    return dialog;
}

void ProjectsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ProjectsPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("Projects"));
    if (m_inbox)
        m_tabs->setTabText(1, tr("Approvals"));
    m_search->setPlaceholderText(tr("Search number, project or customer (Ctrl+F)"));
    const int state = std::max(0, m_state->currentIndex());
    m_state->clear();
    m_state->addItem(tr("Open projects"), u"@open"_s);
    m_state->addItem(tr("All states"), QString());
    for (const QString &s : project::allStates())
        m_state->addItem(project::stateTitle(s), s);
    m_state->setCurrentIndex(state);
    const int sort = std::max(0, m_sort->currentIndex());
    m_sort->clear();
    m_sort->addItem(tr("Last changed first"), int(ProjectFilter::Sort::LastChanged));
    m_sort->addItem(tr("Late stages first"), int(ProjectFilter::Sort::LateFirst));
    m_sort->addItem(tr("By number"), int(ProjectFilter::Sort::Number));
    m_sort->addItem(tr("By customer"), int(ProjectFilter::Sort::Customer));
    m_sort->setCurrentIndex(sort);
    m_mine->setText(tr("My projects"));
    m_new->setText(tr("&New project…"));
}

} // namespace sd::ui
