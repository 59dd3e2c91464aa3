#include "ui/training/trainingpage.h"

#include "core/calendar/calendarrepository.h"
#include "core/common/privatefiles.h"
#include "core/reports/trainingnotice.h"
#include "render/trainingnotice.h"
#include "ui/common/allowedactions.h"
#include "ui/common/errors.h"
#include "ui/common/format.h"
#include "ui/training/trainingdialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
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

constexpr int kIdRole = Qt::UserRole + 1;
/// The list shows this many sessions of the filter at most (the count says how many match).
constexpr int kListLimit = 500;

/// "11-10 09:00–16:30" or "11-10 – 11-11 09:00–16:30", with the year when not this year's.
QString sessionDates(const TrainingSession &s)
{
    const QDateTime a = centerDateTime(s.startsAt);
    const QDateTime b = centerDateTime(s.endsAt);
    const QString dayFormat = a.date().year() == centerToday().year() ? u"MM-dd ddd"_s : u"yyyy-MM-dd ddd"_s;
    const QLocale locale;
    QString days = locale.toString(a.date(), dayFormat);
    if (b.date() != a.date())
        days += u" – "_s + locale.toString(b.date(), dayFormat);
    return days + u" "_s + a.time().toString(u"HH:mm"_s) + u"–"_s + b.time().toString(u"HH:mm"_s);
}

QString place(const TrainingSession &s)
{
    if (!s.room.isEmpty() && !s.onlineLink.isEmpty())
        return s.room + u" + "_s + TrainingSessionModel::tr("online");
    return !s.room.isEmpty() ? s.room : TrainingSessionModel::tr("Online: %1").arg(s.onlineLink);
}

QColor stateColour(const QString &state)
{
    if (state == training::Open)
        return QColor(0xd9, 0xef, 0xdc);
    if (state == training::Full)
        return QColor(0xfb, 0xe3, 0xb4);
    if (state == training::Held || state == training::Scored)
        return QColor(0xdc, 0xe8, 0xf6);
    if (state == training::Cancelled)
        return QColor(0xee, 0xee, 0xee);
    return {};
}

QTableWidget *makeTable(QWidget *parent, const QString &name, int columns)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    return t;
}

QString sourceTitle(const QString &source)
{
    if (source == u"need")
        return TrainingSessionDetail::tr("First-visit need");
    if (source == u"call")
        return TrainingSessionDetail::tr("Hotline call");
    return TrainingSessionDetail::tr("Direct");
}

/// The actions with their own buttons (a student's row, or the roster's own moves).
bool perStudent(const QString &action)
{
    return action == training::Register || action == training::CancelRegistration || action == training::RecordAttendance
        || action == training::RecordScore || action == training::MarkFull || action == training::Reopen;
}

} // namespace

// ------------------------------------------------------------------------------ model

void TrainingSessionModel::setRows(const QList<TrainingSession> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void TrainingSessionModel::updateRow(const TrainingSession &session)
{
    const int row = rowOf(session.id);
    if (row < 0)
        return;
    m_rows[row] = session;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const TrainingSession *TrainingSessionModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int TrainingSessionModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

int TrainingSessionModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int TrainingSessionModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TrainingSessionModel::data(const QModelIndex &index, int role) const
{
    const TrainingSession *s = rowAt(index.row());
    if (!s)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case No: return s->sessionNo;
        case Course: return s->courseTitle;
        case Dates: return sessionDates(*s);
        case Teacher: return s->teacherName;
        case Place: return place(*s);
        case Seats: return u"%1 / %2"_s.arg(s->registered).arg(s->capacity);
        case Waiting: return s->waiting > 0 ? QString::number(s->waiting) : QString();
        case State: return training::stateTitle(s->state);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Course)
            return u"%1\n%2 · %3"_s.arg(s->courseTitle, training::courseKindTitle(s->courseKind), s->product);
        if (index.column() == Place)
            return QStringList{s->room, s->onlineLink}.join(u'\n').trimmed();
        if (index.column() == Dates)
            return formatStamp(s->startsAt) + u" – "_s + formatStamp(s->endsAt);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Seats || index.column() == Waiting))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && index.column() == State) {
        const QColor c = stateColour(s->state);
        return c.isValid() ? QVariant(c) : QVariant();
    }
    if (role == Qt::ForegroundRole && s->state == training::Cancelled)
        return QColor(0x75, 0x75, 0x75);
    if (role == Qt::UserRole)
        return s->id;
    return {};
}

QVariant TrainingSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case No: return tr("No.");
    case Course: return tr("Course");
    case Dates: return tr("Dates");
    case Teacher: return tr("Teacher");
    case Place: return tr("Room / link");
    case Seats: return tr("Registered");
    case Waiting: return tr("Waiting");
    case State: return tr("State");
    }
    return {};
}

// ------------------------------------------------------------------------------ detail

TrainingSessionDetail::TrainingSessionDetail(const Database &db, const TrainingService &service, const Session &session,
                                             QWidget *parent)
    : QWidget(parent), m_db(db), m_service(service), m_session(session)
{
    m_header = new QLabel(this);
    m_header->setObjectName(u"trainingHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(u"trainingStatus"_s);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(u"color: #1b5e20;"_s);
    m_status->hide();
    m_actionBox = new QWidget(this);
    m_actionLayout = new QHBoxLayout(m_actionBox);
    m_actionLayout->setContentsMargins(0, 0, 0, 0);

    m_students = makeTable(this, u"trainingStudents"_s, 8);
    m_candidates = makeTable(this, u"trainingCandidates"_s, 5);
    m_notices = new QListWidget(this);
    m_notices->setObjectName(u"trainingNotices"_s);
    m_notices->setWordWrap(true);
    m_register = new QPushButton(this);
    m_register->setObjectName(u"registerStudent"_s);
    m_cancelRegistration = new QPushButton(this);
    m_cancelRegistration->setObjectName(u"cancelRegistration"_s);
    m_attendance = new QPushButton(this);
    m_attendance->setObjectName(u"recordAttendance"_s);
    m_score = new QPushButton(this);
    m_score->setObjectName(u"recordScore"_s);
    m_takeCandidate = new QPushButton(this);
    m_takeCandidate->setObjectName(u"registerCandidate"_s);
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(u"noticePdf"_s);
    m_csv = new QPushButton(this);
    m_csv->setObjectName(u"studentsCsv"_s);

    auto *studentsPage = new QWidget(this);
    auto *studentButtons = new QHBoxLayout;
    for (QPushButton *b : {m_register, m_cancelRegistration, m_attendance, m_score})
        studentButtons->addWidget(b);
    studentButtons->addStretch();
    auto *studentsLayout = new QVBoxLayout(studentsPage);
    studentsLayout->setContentsMargins(4, 4, 4, 4);
    studentsLayout->addLayout(studentButtons);
    studentsLayout->addWidget(m_students, 1);
    auto *candidatesPage = new QWidget(this);
    auto *candidatesLayout = new QVBoxLayout(candidatesPage);
    candidatesLayout->setContentsMargins(4, 4, 4, 4);
    auto *candidateButtons = new QHBoxLayout;
    candidateButtons->addWidget(m_takeCandidate);
    candidateButtons->addStretch();
    candidatesLayout->addLayout(candidateButtons);
    candidatesLayout->addWidget(m_candidates, 1);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"trainingDetailTabs"_s);
    m_tabs->addTab(studentsPage, QString());
    m_tabs->addTab(candidatesPage, QString());
    m_tabs->addTab(m_notices, QString());

    auto *exports = new QHBoxLayout;
    exports->addStretch();
    exports->addWidget(m_pdf);
    exports->addWidget(m_csv);
    auto *actionScroll = new QScrollArea(this);
    actionScroll->setWidget(m_actionBox);
    actionScroll->setWidgetResizable(true);
    actionScroll->setFrameShape(QFrame::NoFrame);
    actionScroll->setMaximumHeight(44);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(actionScroll);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(exports);

    connect(m_register, &QPushButton::clicked, this, [this] { registerStudent(); });
    connect(m_cancelRegistration, &QPushButton::clicked, this, [this] {
        const qint64 id = currentRegistrationId();
        if (id <= 0)
            return;
        auto *dialog = new QInputDialog(this);
        dialog->setObjectName(u"cancelRegistrationDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Cancel a registration"));
        dialog->setLabelText(tr("Why does the student not come? (optional)"));
        connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &reason) { cancelRegistration(id, reason); });
        dialog->open();
    });
    connect(m_attendance, &QPushButton::clicked, this, [this] { recordAttendance(); });
    connect(m_score, &QPushButton::clicked, this, [this] { recordScore(currentRegistrationId()); });
    connect(m_students, &QTableWidget::itemSelectionChanged, this, [this] { updateRowButtons(); });
    connect(m_students, &QTableWidget::itemDoubleClicked, this, [this] {
        if (m_score->isEnabled())
            recordScore(currentRegistrationId());
    });
    connect(m_candidates, &QTableWidget::itemSelectionChanged, this, [this] { updateRowButtons(); });
    connect(m_takeCandidate, &QPushButton::clicked, this, [this] { registerCandidate(m_candidates->currentRow()); });
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the student list"),
                                                          m_current ? m_current->sessionNo + u".csv"_s : QString(),
                                                          tr("CSV (*.csv)"));
        if (!path.isEmpty() && exportStudentsCsv(path))
            done(tr("Student list saved to %1.").arg(path));
    });
    auto *pdfMenu = new QMenu(m_pdf);
    connect(pdfMenu->addAction(u"中文"_s), &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the notice"),
                                                          m_current ? m_current->sessionNo + u".pdf"_s : QString(),
                                                          tr("PDF (*.pdf)"));
        if (!path.isEmpty() && exportNoticePdf(path, true))
            done(tr("Notice saved to %1.").arg(path));
    });
    connect(pdfMenu->addAction(u"English"_s), &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the notice"),
                                                          m_current ? m_current->sessionNo + u"-en.pdf"_s : QString(),
                                                          tr("PDF (*.pdf)"));
        if (!path.isEmpty() && exportNoticePdf(path, false))
            done(tr("Notice saved to %1.").arg(path));
    });
    m_pdf->setMenu(pdfMenu);
    retranslateUi();
    setSessionId(0);
}

void TrainingSessionDetail::setSessionId(qint64 id)
{
    if (id != m_id)
        m_status->hide();
    m_id = id;
    reload();
}

void TrainingSessionDetail::reload()
{
    m_current.reset();
    m_registrations.clear();
    m_candidateRows.clear();
    if (m_id > 0) {
        auto s = m_service.get(m_id);
        if (s)
            m_current = *s;
        else
            m_header->setText(s.error().message.toHtmlEscaped());
    }
    if (m_current) {
        const TrainingSession &s = *m_current;
        m_registrations = m_service.registrations(s.id).value_or(QList<TrainingRegistration>{});
        QStringList places;
        if (!s.room.isEmpty())
            places << tr("Room %1").arg(s.room).toHtmlEscaped();
        if (!s.onlineLink.isEmpty())
            places << tr("Online: %1").arg(s.onlineLink).toHtmlEscaped();
        QString h = u"<span style=\"font-size:13pt; font-weight:bold;\">%1</span> &nbsp; <span style=\"color:#555;\">%2</span>"
                    " &nbsp; <span style=\"background:#1f4e79; color:white;\">&nbsp;%3&nbsp;</span><br/>"_s
                        .arg(s.courseTitle.toHtmlEscaped(), s.sessionNo.toHtmlEscaped(),
                             training::stateTitle(s.state).toHtmlEscaped());
        h += tr("%1 · teacher %2").arg(sessionDates(s), s.teacherName).toHtmlEscaped() + u"<br/>"_s;
        h += places.join(u" · "_s) + u"<br/>"_s;
        h += tr("%1 of %2 seats taken · %3 waiting · exam pass mark %4")
                 .arg(s.registered)
                 .arg(s.capacity)
                 .arg(s.waiting)
                 .arg(s.passMark)
                 .toHtmlEscaped();
        if (s.offHoursConfirmed)
            h += u"<br/><span style=\"color:#b26a00;\">%1</span>"_s.arg(tr("Held outside working hours (confirmed)").toHtmlEscaped());
        if (s.state == training::Cancelled && !s.cancelReason.isEmpty())
            h += u"<br/><span style=\"color:#b00020;\">%1</span>"_s.arg(tr("Cancelled: %1").arg(s.cancelReason).toHtmlEscaped());
        m_header->setText(h);
        if (training::registrationStates().contains(s.state) && m_session.hasAny(training::registrarRoles()))
            m_candidateRows = m_service.candidates(s.id, 100).value_or(QList<TrainingCandidate>{});
    } else if (m_id <= 0) {
        m_header->setText(u"<span style=\"color:#757575;\">%1</span>"_s.arg(tr("Choose a session in the list.").toHtmlEscaped()));
    }
    m_actions.clear();
    if (m_current)
        for (const auto &t : allowedActions(m_db, m_session, training::table(), m_current->id))
            if (!m_actions.contains(t.action))
                m_actions << t.action;
    fillStudents();
    fillCandidates();
    fillNotices();
    rebuildActions();
    updateRowButtons();
    m_pdf->setEnabled(m_current.has_value());
    m_csv->setEnabled(m_current.has_value());
}

void TrainingSessionDetail::fillStudents()
{
    m_students->setRowCount(0);
    m_students->setRowCount(int(m_registrations.size()));
    for (int i = 0; i < m_registrations.size(); ++i) {
        const TrainingRegistration &r = m_registrations.at(i);
        QString status = training::registrationStatusTitle(r.status);
        if (r.status == training::Waiting)
            status = tr("Waiting, no. %1").arg(r.waitingPosition);
        QString result;
        if (r.attempts > 0)
            result = r.passed ? tr("Passed") : tr("Failed");
        if (r.attempts > 1)
            result += u" "_s + tr("(%1 attempts)").arg(r.attempts);
        const QStringList cells{r.studentName,
                                r.customerName,
                                r.phone,
                                status,
                                sourceTitle(r.source),
                                r.daysPresent > 0 ? QString::number(r.daysPresent) : QString(),
                                r.lastScore >= 0 ? QString::number(r.lastScore) : QString(),
                                result};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(kIdRole, r.id);
            if (r.status == training::RegistrationCancelled)
                item->setForeground(QColor(0x9e, 0x9e, 0x9e));
            else if (r.status == training::Waiting && c == 3)
                item->setBackground(QColor(0xfb, 0xe3, 0xb4));
            else if (r.status == training::Promoted && c == 3)
                item->setBackground(QColor(0xd9, 0xef, 0xdc));
            if (c == 7 && r.attempts > 0)
                item->setForeground(r.passed ? QColor(0x2e, 0x7d, 0x32) : QColor(0xb0, 0x00, 0x20));
            m_students->setItem(i, c, item);
        }
    }
    m_students->resizeColumnsToContents();
    m_tabs->setTabText(0, tr("Students (%1)").arg(m_registrations.size()));
}

void TrainingSessionDetail::fillCandidates()
{
    m_candidates->setRowCount(0);
    m_candidates->setRowCount(int(m_candidateRows.size()));
    for (int i = 0; i < m_candidateRows.size(); ++i) {
        const TrainingCandidate &c = m_candidateRows.at(i);
        const QStringList cells{sourceTitle(c.source), c.customerName, c.contactName, formatStamp(c.at).left(10),
                                c.text.simplified()};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == 4)
                item->setToolTip(c.text);
            m_candidates->setItem(i, col, item);
        }
    }
    m_candidates->resizeColumnsToContents();
    m_tabs->setTabText(1, tr("Asking for training (%1)").arg(m_candidateRows.size()));
}

void TrainingSessionDetail::fillNotices()
{
    m_notices->clear();
    if (!m_current)
        return;
    const QList<TrainingNotice> notices = m_service.notices(m_current->id).value_or(QList<TrainingNotice>{});
    for (const TrainingNotice &n : notices)
        m_notices->addItem(u"%1  %2"_s.arg(formatStamp(n.createdAt), n.message));
    m_tabs->setTabText(2, tr("Notices sent (%1)").arg(notices.size()));
}

void TrainingSessionDetail::rebuildActions()
{
    while (QLayoutItem *item = m_actionLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int n = 0;
    for (const QString &a : std::as_const(m_actions)) {
        if (perStudent(a))
            continue;
        auto *b = new QPushButton(training::actionTitle(a), m_actionBox);
        b->setObjectName(u"action_"_s + a);
        if (++n <= 9) {
            b->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + n)));
            b->setToolTip(tr("Alt+%1").arg(n));
        }
        connect(b, &QPushButton::clicked, this, [this, a] { takeAction(a); });
        m_actionLayout->addWidget(b);
    }
    m_actionLayout->addStretch();
}

qint64 TrainingSessionDetail::currentRegistrationId() const
{
    const QTableWidgetItem *item = m_students->item(m_students->currentRow(), 0);
    return item && m_students->selectionModel()->hasSelection() ? item->data(kIdRole).toLongLong() : 0;
}

void TrainingSessionDetail::updateRowButtons()
{
    const qint64 id = currentRegistrationId();
    const TrainingRegistration *r = nullptr;
    for (const TrainingRegistration &g : std::as_const(m_registrations))
        if (g.id == id)
            r = &g;
    const bool live = r && r->status != training::RegistrationCancelled;
    const bool seated = r && (r->status == training::Registered || r->status == training::Promoted);
    m_register->setEnabled(m_actions.contains(training::Register));
    m_cancelRegistration->setEnabled(live && m_actions.contains(training::CancelRegistration));
    m_attendance->setEnabled(m_actions.contains(training::RecordAttendance));
    m_score->setEnabled(seated && m_actions.contains(training::RecordScore));
    m_score->setText(r && r->attempts > 0 ? tr("Record a re-sit score…") : tr("Record exam score…"));
    m_takeCandidate->setEnabled(m_candidates->currentRow() >= 0 && m_actions.contains(training::Register));
}

void TrainingSessionDetail::done(const QString &message)
{
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

QString TrainingSessionDetail::headerText() const { return m_header->text(); }
QString TrainingSessionDetail::statusText() const { return m_status->isVisible() ? m_status->text() : QString(); }

bool TrainingSessionDetail::act(const QString &action, const QVariantMap &fields)
{
    if (!m_current)
        return false;
    // The version as stored now: an earlier step of this desk (or another desk's) moved it.
    auto now = m_service.get(m_current->id);
    if (!now) {
        showError(this, now.error());
        return false;
    }
    auto s = m_service.act(m_session, now->id, now->version, action, fields);
    if (!s) {
        showError(this, s.error());
        reload();
        return false;
    }
    return true;
}

QDialog *TrainingSessionDetail::takeAction(const QString &action)
{
    if (!m_current)
        return nullptr;
    if (action == training::UpdatePlan) {
        auto *dialog = new PlanSessionDialog(m_db, m_service, m_session, m_current, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            reload();
            done(tr("The plan is changed."));
            emit changed(m_id);
        });
        dialog->open();
        return dialog;
    }
    if (action == training::Cancel) {
        auto *dialog = new QInputDialog(this);
        dialog->setObjectName(u"cancelSessionDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(training::actionTitle(action));
        dialog->setLabelText(tr("Why is the session cancelled? Everyone registered or waiting is notified."));
        connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &reason) {
            if (act(QString(training::Cancel), {{u"cancel_reason"_s, reason}})) {
                reload();
                done(tr("The session is cancelled; students notified: %1.").arg(
                        int(std::count_if(m_registrations.cbegin(), m_registrations.cend(), [](const TrainingRegistration &r) {
                            return r.status != training::RegistrationCancelled;
                        }))));
                emit changed(m_id);
            }
        });
        dialog->open();
        return dialog;
    }
    if (act(action)) {
        reload();
        done(tr("Done: %1.").arg(training::actionTitle(action)));
        emit changed(m_id);
    }
    return nullptr;
}

QDialog *TrainingSessionDetail::registerStudent()
{
    if (!m_current)
        return nullptr;
    auto *dialog = new RegisterStudentDialog(m_db, m_service, m_session, *m_current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        const TrainingRegistration *last = nullptr;
        for (const TrainingRegistration &r : std::as_const(m_registrations))
            if (!last || r.id > last->id)
                last = &r;
        if (last && last->status == training::Waiting)
            done(tr("%1 is on the waiting list, no. %2.").arg(last->studentName).arg(last->waitingPosition));
        else if (last)
            done(tr("%1 is registered.").arg(last->studentName));
        emit changed(m_id);
    });
    dialog->open();
    return dialog;
}

bool TrainingSessionDetail::cancelRegistration(qint64 registrationId, const QString &reason)
{
    QHash<qint64, QString> waitingBefore;
    QString who;
    for (const TrainingRegistration &r : std::as_const(m_registrations)) {
        if (r.status == training::Waiting)
            waitingBefore.insert(r.id, r.studentName);
        if (r.id == registrationId)
            who = r.studentName;
    }
    QVariantMap f{{u"registration_id"_s, registrationId}};
    if (!reason.trimmed().isEmpty())
        f.insert(u"reason"_s, reason);
    if (!act(QString(training::CancelRegistration), f))
        return false;
    reload();
    // Whom core moved up from the waiting list, said in words.
    QStringList promoted;
    for (const TrainingRegistration &r : std::as_const(m_registrations))
        if (waitingBefore.contains(r.id) && r.status == training::Promoted)
            promoted << r.studentName;
    done(promoted.isEmpty() ? tr("%1's registration is cancelled.").arg(who)
                            : tr("%1's registration is cancelled; %2 moves up from the waiting list and is notified.")
                                  .arg(who, promoted.join(u", "_s)));
    emit changed(m_id);
    return true;
}

bool TrainingSessionDetail::registerCandidate(int row)
{
    if (row < 0 || row >= m_candidateRows.size() || !m_current)
        return false;
    const TrainingCandidate c = m_candidateRows.at(row);
    QVariantMap f{{u"student_name"_s, c.contactName}, {u"customer_id"_s, c.customerId}, {u"source"_s, c.source}};
    if (!c.phone.isEmpty())
        f.insert(u"student_phone"_s, c.phone);
    if (c.contactId > 0)
        f.insert(u"contact_id"_s, c.contactId);
    f.insert(c.source == u"need"_s ? u"need_id"_s : u"call_id"_s, c.id);
    if (!act(QString(training::Register), f))
        return false;
    reload();
    done(tr("%1 (%2) is registered from the %3.")
             .arg(c.contactName, c.customerName,
                  c.source == u"need"_s ? tr("first-visit need, which is now taken up") : tr("hotline call")));
    emit changed(m_id);
    return true;
}

QDialog *TrainingSessionDetail::recordAttendance()
{
    if (!m_current)
        return nullptr;
    auto *dialog = new AttendanceDialog(m_service, m_session, m_current->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        done(tr("Attendance recorded."));
        emit changed(m_id);
    });
    dialog->open();
    return dialog;
}

QDialog *TrainingSessionDetail::recordScore(qint64 registrationId)
{
    if (!m_current)
        return nullptr;
    for (const TrainingRegistration &r : std::as_const(m_registrations)) {
        if (r.id != registrationId)
            continue;
        auto *dialog = new ScoreDialog(m_service, m_session, *m_current, r, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, registrationId] {
            reload();
            for (const TrainingRegistration &g : std::as_const(m_registrations))
                if (g.id == registrationId)
                    done(tr("%1: %2 points — %3.").arg(g.studentName).arg(g.lastScore).arg(g.passed ? tr("passed") : tr("not passed")));
            emit changed(m_id);
        });
        dialog->open();
        return dialog;
    }
    return nullptr;
}

bool TrainingSessionDetail::exportNoticePdf(const QString &path, bool chinese)
{
    auto data = reports::buildTrainingNotice(m_db, m_service, m_id);
    if (!data) {
        showError(this, data.error());
        return false;
    }
    if (auto ok = render::writeTrainingNoticePdf(*data, chinese ? render::FormLanguage::Chinese : render::FormLanguage::English,
                                                 path);
        !ok) {
        showError(this, ok.error());
        return false;
    }
    return true;
}

bool TrainingSessionDetail::exportStudentsCsv(const QString &path)
{
    auto data = reports::buildTrainingNotice(m_db, m_service, m_id);
    if (!data) {
        showError(this, data.error());
        return false;
    }
    if (auto ok = privatefiles::write(path, reports::trainingStudentsCsv(*data)); !ok) {
        showError(this, ok.error());
        return false;
    }
    return true;
}

void TrainingSessionDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void TrainingSessionDetail::retranslateUi()
{
    m_students->setHorizontalHeaderLabels({tr("Student"), tr("Company"), tr("Phone"), tr("Status"), tr("From"),
                                           tr("Days present"), tr("Score"), tr("Result")});
    m_candidates->setHorizontalHeaderLabels({tr("From"), tr("Company"), tr("Contact"), tr("Recorded"), tr("What they need")});
    m_register->setText(tr("Register a student…"));
    m_cancelRegistration->setText(tr("Cancel registration…"));
    m_attendance->setText(tr("Attendance…"));
    m_score->setText(tr("Record exam score…"));
    m_takeCandidate->setText(tr("Register the selected one"));
    m_takeCandidate->setToolTip(tr("Registers the person and marks the first-visit need taken up"));
    m_pdf->setText(tr("Notice as PDF"));
    m_csv->setText(tr("Student list as CSV…"));
    m_tabs->setTabText(0, tr("Students"));
    m_tabs->setTabText(1, tr("Asking for training"));
    m_tabs->setTabText(2, tr("Notices sent"));
}

// ------------------------------------------------------------------------------ courses

TrainingCourseCatalog::TrainingCourseCatalog(const TrainingService &service, const Session &session, QWidget *parent)
    : QWidget(parent), m_service(service), m_session(session)
{
    m_table = makeTable(this, u"courseTable"_s, 7);
    m_retired = new QCheckBox(this);
    m_retired->setObjectName(u"showRetiredCourses"_s);
    m_new = new QPushButton(this);
    m_new->setObjectName(u"newCourse"_s);
    m_edit = new QPushButton(this);
    m_edit->setObjectName(u"editCourse"_s);
    m_retire = new QPushButton(this);
    m_retire->setObjectName(u"retireCourse"_s);
    m_delete = new QPushButton(this);
    m_delete->setObjectName(u"deleteCourse"_s);
    m_hint = new QLabel(this);
    m_hint->setStyleSheet(u"color: #616161;"_s);
    m_hint->setWordWrap(true);
    const bool teacher = session.hasAny(training::plannerRoles());
    for (QPushButton *b : {m_new, m_edit, m_retire, m_delete})
        b->setVisible(teacher);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_retire);
    bar->addWidget(m_delete);
    bar->addStretch();
    bar->addWidget(m_retired);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    connect(m_retired, &QCheckBox::toggled, this, &TrainingCourseCatalog::refresh);
    connect(m_new, &QPushButton::clicked, this, [this] { newCourse(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editCourse(); });
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] {
        if (m_edit->isVisible())
            editCourse();
    });
    connect(m_retire, &QPushButton::clicked, this, [this] { retireCourse(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCourse(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const TrainingCourse *c = current();
        m_edit->setEnabled(c != nullptr);
        m_retire->setEnabled(c && !c->retired);
        m_delete->setEnabled(c != nullptr);
    });
    retranslateUi();
    refresh();
}

const TrainingCourse *TrainingCourseCatalog::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_courses.size() && m_table->selectionModel()->hasSelection() ? &m_courses[row] : nullptr;
}

void TrainingCourseCatalog::refresh()
{
    const qint64 keep = current() ? current()->id : 0;
    m_courses = m_service.courses(m_retired->isChecked()).value_or(QList<TrainingCourse>{});
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_courses.size()));
    for (int i = 0; i < m_courses.size(); ++i) {
        const TrainingCourse &c = m_courses.at(i);
        const QStringList cells{c.title,
                                training::courseKindTitle(c.kind),
                                c.product,
                                c.modules,
                                tr("%1 h").arg(c.durationHours),
                                QString::number(c.passMark),
                                c.retired ? tr("Retired") : c.outline.simplified()};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (c.retired)
                item->setForeground(QColor(0x9e, 0x9e, 0x9e));
            if (col == 6 && !c.retired)
                item->setToolTip(c.outline);
            m_table->setItem(i, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 320));
    m_table->setColumnWidth(3, std::min(m_table->columnWidth(3), 220));
    if (keep)
        selectCourse(keep);
    emit m_table->itemSelectionChanged();
}

void TrainingCourseCatalog::selectCourse(qint64 id)
{
    for (int i = 0; i < m_courses.size(); ++i)
        if (m_courses.at(i).id == id)
            m_table->selectRow(i);
}

QDialog *TrainingCourseCatalog::newCourse()
{
    auto *dialog = new CourseDialog(m_service, m_session, TrainingCourse{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        refresh();
        selectCourse(dialog->courseId());
        emit coursesChanged();
    });
    dialog->open();
    return dialog;
}

QDialog *TrainingCourseCatalog::editCourse()
{
    const TrainingCourse *c = current();
    if (!c)
        return nullptr;
    auto *dialog = new CourseDialog(m_service, m_session, *c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        emit coursesChanged();
    });
    dialog->open();
    return dialog;
}

bool TrainingCourseCatalog::retireCourse()
{
    const TrainingCourse *c = current();
    if (!c)
        return false;
    if (auto ok = m_service.retireCourse(m_session, c->id, c->version); !ok) {
        showError(this, ok.error());
        refresh();
        return false;
    }
    refresh();
    emit coursesChanged();
    return true;
}

bool TrainingCourseCatalog::deleteCourse()
{
    const TrainingCourse *c = current();
    if (!c)
        return false;
    // Core refuses a course with sessions (retire it instead) and says so.
    if (auto ok = m_service.deleteCourse(m_session, c->id, c->version); !ok) {
        showError(this, ok.error());
        return false;
    }
    refresh();
    emit coursesChanged();
    return true;
}

void TrainingCourseCatalog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

void TrainingCourseCatalog::retranslateUi()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Course"), tr("Kind"), tr("Product"), tr("Modules"), tr("Duration"), tr("Pass mark"), tr("Outline")});
    m_retired->setText(tr("Show retired courses"));
    m_new->setText(tr("&New course…"));
    m_edit->setText(tr("&Edit…"));
    m_retire->setText(tr("&Retire"));
    m_retire->setToolTip(tr("No new sessions from it; its sessions and scores stay"));
    m_delete->setText(tr("&Delete"));
    m_delete->setToolTip(tr("Only a course no session uses can be deleted"));
    m_hint->setText(tr("A course with sessions is retired, not deleted: its sessions and scores stay in the record."));
}

// ------------------------------------------------------------------------------ page

TrainingPage::TrainingPage(const Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session),
      m_service(db, CalendarRepository(db).load().value_or(BusinessCalendar()))
{
    setObjectName(u"trainingPage"_s);
    m_model = new TrainingSessionModel(this);
    m_state = new QComboBox(this);
    m_state->setObjectName(u"trainingStateFilter"_s);
    m_useDates = new QCheckBox(this);
    m_useDates->setObjectName(u"trainingUseDates"_s);
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"trainingFrom"_s);
    m_to = new QDateEdit(this);
    m_to->setObjectName(u"trainingTo"_s);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd"_s);
        e->setEnabled(false);
    }
    m_from->setDate(centerToday().addMonths(-1));
    m_to->setDate(centerToday().addMonths(2));
    m_count = new QLabel(this);
    m_count->setObjectName(u"trainingCount"_s);
    m_plan = new QPushButton(this);
    m_plan->setObjectName(u"planSession"_s);
    m_plan->setVisible(session.hasAny(training::plannerRoles()));
    m_table = new QTableView(this);
    m_table->setObjectName(u"trainingSessions"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_detail = new TrainingSessionDetail(db, m_service, session, this);
    m_catalog = new TrainingCourseCatalog(m_service, session, this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_state);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(u"–"_s, this));
    filters->addWidget(m_to);
    filters->addWidget(m_count, 1);
    filters->addWidget(m_plan);
    auto *sessions = new QWidget(this);
    auto *left = new QWidget(sessions);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(Qt::Vertical, sessions);
    split->addWidget(left);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({280, 420});
    split->setChildrenCollapsible(false);
    auto *sessionsLayout = new QVBoxLayout(sessions);
    sessionsLayout->setContentsMargins(4, 4, 4, 4);
    sessionsLayout->addWidget(split);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"trainingTabs"_s);
    m_tabs->addTab(sessions, QString());
    m_tabs->addTab(m_catalog, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_state, &QComboBox::activated, this, &TrainingPage::refresh);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        refresh();
    });
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, [this] {
            if (m_useDates->isChecked())
                refresh();
        });
    connect(m_plan, &QPushButton::clicked, this, [this] { planSession(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TrainingPage::showCurrent);
    connect(m_detail, &TrainingSessionDetail::changed, this, [this](qint64 id) {
        // The list's seats and state follow; the detail keeps its message.
        if (auto s = m_service.get(id))
            m_model->updateRow(*s);
    });
    connect(m_catalog, &TrainingCourseCatalog::coursesChanged, this, &TrainingPage::refresh);
    auto *reload = new QShortcut(QKeySequence::Refresh, this, [this] { refresh(); });
    reload->setContext(Qt::WidgetWithChildrenShortcut);
    auto *plan = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] { planSession(); });
    plan->setContext(Qt::WidgetWithChildrenShortcut);
    retranslateUi();
    refresh();
}

void TrainingPage::setStateFilter(const QString &state)
{
    m_state->setCurrentIndex(std::max(0, m_state->findData(state)));
    refresh();
}

void TrainingPage::setDateFilter(const QDate &from, const QDate &to)
{
    const QSignalBlocker a(m_from), b(m_to), c(m_useDates);
    const bool on = from.isValid() || to.isValid();
    m_useDates->setChecked(on);
    m_from->setEnabled(on);
    m_to->setEnabled(on);
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    refresh();
}

void TrainingPage::refresh()
{
    const qint64 keep = currentSessionId();
    const QString state = m_state->currentData().toString();
    qint64 from = 0;
    qint64 to = 0;
    if (m_useDates->isChecked()) {
        from = fromEditTime(QDateTime(m_from->date(), QTime(0, 0)));
        to = fromEditTime(QDateTime(m_to->date().addDays(1), QTime(0, 0)));
    }
    auto rows = m_service.list(state, from, to, kListLimit);
    if (!rows) {
        m_count->setText(rows.error().message);
        return;
    }
    m_model->setRows(*rows);
    const int total = m_service.count(state, from, to).value_or(int(rows->size()));
    m_count->setText(total > rows->size() ? tr("%1 of %2 sessions shown (latest first)").arg(rows->size()).arg(total)
                                          : tr("Sessions: %1").arg(total));
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(TrainingSessionModel::Course, std::min(m_table->columnWidth(TrainingSessionModel::Course), 300));
    m_table->setColumnWidth(TrainingSessionModel::Place, std::min(m_table->columnWidth(TrainingSessionModel::Place), 180));
    if (keep <= 0 || !selectRow(keep)) {
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    }
    // The same session reloads too: time or another desk may have changed what it allows.
    m_detail->setSessionId(currentSessionId());
}

bool TrainingPage::selectRow(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    return row >= 0;
}

void TrainingPage::selectSession(qint64 id)
{
    if (id <= 0 || selectRow(id))
        return;
    // Not in the filtered list (a session just planned): show every state and date again.
    m_state->setCurrentIndex(0);
    {
        const QSignalBlocker block(m_useDates);
        m_useDates->setChecked(false);
        m_from->setEnabled(false);
        m_to->setEnabled(false);
    }
    refresh();
    selectRow(id);
}

qint64 TrainingPage::currentSessionId() const
{
    const TrainingSession *s = m_model->rowAt(m_table->currentIndex().row());
    return s ? s->id : 0;
}

void TrainingPage::showCurrent()
{
    const qint64 id = currentSessionId();
    if (id != m_detail->sessionId())
        m_detail->setSessionId(id);
}

QDialog *TrainingPage::planSession()
{
    if (!m_session.hasAny(training::plannerRoles()))
        return nullptr;
    auto *dialog = new PlanSessionDialog(m_db, m_service, m_session, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->sessionId();
        refresh();
        selectSession(id);
    });
    dialog->open();
    return dialog;
}

void TrainingPage::showCourses() { m_tabs->setCurrentWidget(m_catalog); }
void TrainingPage::showSessions() { m_tabs->setCurrentIndex(0); }
QString TrainingPage::countText() const { return m_count->text(); }

void TrainingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

void TrainingPage::retranslateUi()
{
    const int index = std::max(0, m_state->currentIndex());
    m_state->clear();
    m_state->addItem(tr("All states"), QString());
    for (const QString &s : training::allStates())
        m_state->addItem(training::stateTitle(s), s);
    m_state->setCurrentIndex(std::min(index, m_state->count() - 1));
    m_useDates->setText(tr("Running between"));
    m_plan->setText(tr("&Plan a session…"));
    m_plan->setToolTip(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText));
    m_tabs->setTabText(0, tr("Sessions"));
    m_tabs->setTabText(1, tr("Course catalogue"));
}

} // namespace sd::ui
