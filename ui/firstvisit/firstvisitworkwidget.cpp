#include "ui/firstvisit/firstvisitworkwidget.h"

#include "core/handoff/handoff.h"

#include "core/auth/staffrepository.h"
#include "core/firstvisit/firstvisitservice.h"
#include "core/firstvisit/firstvisitworkflow.h"
#include "ui/common/allowedactions.h"
#include "ui/common/errors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;
using namespace sd::core::firstvisit;

namespace sd::ui {

namespace {
enum FieldColumn { FieldName, FieldSubmitted, FieldNow, FieldStatus };

// Times show in the business calendar's zone (the center's wall clock), whatever the machine's.
QTimeZone g_zone = BusinessCalendar::defaultTimeZone();

QString when(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, g_zone), QLocale::ShortFormat) : QString();
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}
} // namespace

QKeySequence FirstVisitWorkWidget::logAttemptShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
}

FirstVisitWorkWidget::FirstVisitWorkWidget(const Database &db, const Session &session, const BusinessCalendar &calendar,
                                           QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_calendar(calendar)
{
    setObjectName(u"firstVisitWork"_s);
    g_zone = m_calendar.timeZone();
    if (auto departments = StaffRepository(m_db).departmentsById())
        for (const Department &d : std::as_const(*departments))
            m_departments.append({d.id, d.name});

    m_title = new QLabel(this);
    m_title->setObjectName(u"firstVisitTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_meta = new QLabel(this);
    m_meta->setWordWrap(true);
    m_warning = new QLabel(this);
    m_warning->setStyleSheet(u"color: #a02020;"_s);
    m_warning->setWordWrap(true);

    // Fields: submitted value, the value now, verified / corrected.
    m_fieldsBox = new QGroupBox(this);
    m_fields = new QTableWidget(0, 4, m_fieldsBox);
    m_fields->setObjectName(u"firstVisitFields"_s);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fields->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed |
                              QAbstractItemView::DoubleClicked);
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setSectionResizeMode(FieldName, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(FieldSubmitted, QHeaderView::Stretch);
    // The submitted and current values are what is being verified: they wrap and show whole,
    // never elided (rows grow to fit them).
    m_fields->setWordWrap(true);
    m_fields->setTextElideMode(Qt::ElideNone);
    m_fields->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Wrapped rows follow the column widths (splitter moves, window resizes).
    connect(m_fields->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        QMetaObject::invokeMethod(m_fields, &QTableView::resizeRowsToContents, Qt::QueuedConnection);
    });
    m_fields->horizontalHeader()->setSectionResizeMode(FieldNow, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(FieldStatus, QHeaderView::ResizeToContents);
    m_fields->installEventFilter(this);
    connect(m_fields, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_populating && item->column() == FieldNow)
            correctField(item->row(), item->text());
    });
    m_verifyField = new QPushButton(m_fieldsBox);
    m_verifyField->setObjectName(u"verifyField"_s);
    connect(m_verifyField, &QPushButton::clicked, this, &FirstVisitWorkWidget::verifyCurrentField);
    m_fieldsHint = new QLabel(m_fieldsBox);
    m_fieldsHint->setWordWrap(true);
    m_fieldsHint->setStyleSheet(u"color: #555;"_s);
    auto *fieldsLayout = new QVBoxLayout(m_fieldsBox);
    fieldsLayout->addWidget(m_fields, 1);
    auto *fieldButtons = new QHBoxLayout;
    fieldButtons->addWidget(m_fieldsHint, 1);
    fieldButtons->addWidget(m_verifyField);
    fieldsLayout->addLayout(fieldButtons);

    // Call attempt.
    m_attemptBox = new QGroupBox(this);
    m_outcome = new QComboBox(m_attemptBox);
    m_outcome->setObjectName(u"attemptOutcome"_s);
    m_note = new QLineEdit(m_attemptBox);
    m_note->setObjectName(u"attemptNote"_s);
    m_nextAt = new QDateTimeEdit(m_attemptBox);
    m_nextAt->setObjectName(u"attemptNextAt"_s);
    m_nextAt->setCalendarPopup(true);
    m_nextAt->setSpecialValueText(u" "_s);
    m_nextAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_log = new QPushButton(m_attemptBox);
    m_log->setObjectName(u"logAttempt"_s);
    m_attempts = new QTableWidget(0, 4, m_attemptBox);
    m_attempts->setObjectName(u"attemptHistory"_s);
    m_attempts->verticalHeader()->hide();
    m_attempts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attempts->horizontalHeader()->setStretchLastSection(true);
    m_attempts->setMaximumHeight(120);
    m_attempts->setFocusPolicy(Qt::NoFocus);
    m_outcomeLabel = new QLabel(m_attemptBox);
    m_outcomeLabel->setBuddy(m_outcome);
    m_noteLabel = new QLabel(m_attemptBox);
    m_noteLabel->setBuddy(m_note);
    m_nextLabel = new QLabel(m_attemptBox);
    m_nextLabel->setBuddy(m_nextAt);
    auto *attemptForm = new QGridLayout(m_attemptBox);
    attemptForm->addWidget(m_outcomeLabel, 0, 0);
    attemptForm->addWidget(m_outcome, 0, 1);
    attemptForm->addWidget(m_nextLabel, 0, 2);
    attemptForm->addWidget(m_nextAt, 0, 3);
    attemptForm->addWidget(m_noteLabel, 1, 0);
    attemptForm->addWidget(m_note, 1, 1, 1, 2);
    attemptForm->addWidget(m_log, 1, 3);
    attemptForm->addWidget(m_attempts, 2, 0, 1, 4);
    attemptForm->setColumnStretch(1, 1);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &FirstVisitWorkWidget::updateSuggestion);
    connect(m_log, &QPushButton::clicked, this, &FirstVisitWorkWidget::logAttempt);
    connect(m_note, &QLineEdit::returnPressed, this, &FirstVisitWorkWidget::logAttempt);

    // Informing checklist.
    m_checkBox = new QGroupBox(this);
    auto *checkLayout = new QGridLayout(m_checkBox);
    for (int i = 0; i < checklistKeys().size(); ++i) {
        auto *check = new QCheckBox(m_checkBox);
        check->setObjectName(u"check_"_s + checklistKeys().at(i));
        auto *noteEdit = new QLineEdit(m_checkBox);
        noteEdit->setObjectName(u"checkNote_"_s + checklistKeys().at(i));
        checkLayout->addWidget(check, i, 0);
        checkLayout->addWidget(noteEdit, i, 1);
        m_checks << check;
        m_checkNotes << noteEdit;
        connect(check, &QCheckBox::toggled, this, [this, i] {
            if (!m_populating)
                saveChecklist(i);
        });
        connect(noteEdit, &QLineEdit::editingFinished, this, [this, i] {
            if (!m_populating && note(i) != m_fv.checklist.value(i).note)
                saveChecklist(i);
        });
        auto *tick = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        tick->setContext(Qt::WidgetWithChildrenShortcut);
        connect(tick, &QShortcut::activated, check, [check] {
            if (check->isEnabled())
                check->toggle();
        });
    }
    checkLayout->setColumnStretch(1, 1);

    // Needs.
    m_needsBox = new QGroupBox(this);
    m_needType = new QComboBox(m_needsBox);
    m_needType->setObjectName(u"needType"_s);
    m_needDept = new QComboBox(m_needsBox);
    m_needDept->setObjectName(u"needDepartment"_s);
    for (const auto &[id, name] : std::as_const(m_departments))
        m_needDept->addItem(name, id);
    m_needText = new QLineEdit(m_needsBox);
    m_needText->setObjectName(u"needDescription"_s);
    m_addNeed = new QPushButton(m_needsBox);
    m_addNeed->setObjectName(u"addNeed"_s);
    m_needs = new QTableWidget(0, 4, m_needsBox);
    m_needs->setObjectName(u"needList"_s);
    m_needs->verticalHeader()->hide();
    m_needs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_needs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_needs->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_needs->installEventFilter(this);
    // A need an implementation project took up leads to that project.
    connect(m_needs, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        if (!item || item->row() >= m_fv.needs.size())
            return;
        const Need &n = m_fv.needs.at(item->row());
        if (n.state == u"taken_up"_s && n.takenUpType == u"projects"_s && n.takenUpId > 0)
            emit openProject(n.takenUpId);
    });
    auto *needRow = new QHBoxLayout;
    needRow->addWidget(m_needType);
    needRow->addWidget(m_needDept);
    needRow->addWidget(m_needText, 1);
    needRow->addWidget(m_addNeed);
    auto *needsLayout = new QVBoxLayout(m_needsBox);
    needsLayout->addLayout(needRow);
    needsLayout->addWidget(m_needs, 1);
    connect(m_needType, &QComboBox::currentIndexChanged, this, &FirstVisitWorkWidget::needTypeChanged);
    connect(m_addNeed, &QPushButton::clicked, this, &FirstVisitWorkWidget::addNeed);
    connect(m_needText, &QLineEdit::returnPressed, this, &FirstVisitWorkWidget::addNeed);

    // Actions.
    m_back = new QPushButton(this);
    m_back->setObjectName(u"backToQueue"_s);
    m_verify = new QPushButton(this);
    m_verify->setObjectName(u"finishVerification"_s);
    m_record = new QPushButton(this);
    m_record->setObjectName(u"recordNeeds"_s);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(u"retryFirstVisit"_s);
    m_withdraw = new QPushButton(this);
    m_withdraw->setObjectName(u"withdrawFirstVisit"_s);
    connect(m_back, &QPushButton::clicked, this, &FirstVisitWorkWidget::closed);
    connect(m_verify, &QPushButton::clicked, this, [this] { act(u"verify"_s); });
    connect(m_record, &QPushButton::clicked, this, [this] { act(u"record_needs"_s); });
    connect(m_retry, &QPushButton::clicked, this, [this] { act(u"retry"_s); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { act(u"withdraw"_s); });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_attemptBox);
    rightLayout->addWidget(m_checkBox);
    rightLayout->addWidget(m_needsBox, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_fieldsBox);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({640, 600});
    split->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_withdraw);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_record);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_warning);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    // Not Ctrl+L: that is the main window's caller lookup, everywhere (an ambiguous shortcut
    // does nothing at all).
    shortcut(logAttemptShortcut(), [this] { logAttempt(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
        m_needText->setFocus();
        m_needText->selectAll();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { primaryAction(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { primaryAction(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { emit closed(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_O), [this] {
        m_outcome->setFocus();
        m_outcome->showPopup();
    });

    setTabOrder(m_fields, m_outcome);
    setTabOrder(m_outcome, m_nextAt);
    setTabOrder(m_nextAt, m_note);
    setTabOrder(m_note, m_log);
    retranslateUi();
}

bool FirstVisitWorkWidget::load(qint64 id)
{
    auto fv = FirstVisitService(m_db, m_calendar).get(id);
    if (!fv) {
        showError(this, fv.error());
        return false;
    }
    m_fv = *fv;
    populate();
    m_fields->setFocus();
    if (m_fields->rowCount() > 0) {
        int first = 0;
        for (int r = 0; r < m_fv.fields.size(); ++r)
            if (m_fv.fields.at(r).status.isEmpty()) {
                first = r;
                break;
            }
        m_fields->setCurrentCell(first, FieldNow);
    }
    return true;
}

void FirstVisitWorkWidget::reload()
{
    auto fv = FirstVisitService(m_db, m_calendar).get(m_fv.id);
    if (!fv) {
        showError(this, fv.error());
        return;
    }
    m_fv = *fv;
    populate();
    emit changed(m_fv.id);
}

QString FirstVisitWorkWidget::note(int index) const { return m_checkNotes.value(index) ? m_checkNotes.at(index)->text().trimmed() : QString(); }

void FirstVisitWorkWidget::populate()
{
    m_populating = true;
    const bool working = m_session.hasAny(workRoles());
    const bool verifying = m_fv.state == u"verifying"_s;
    const bool open = verifying || m_fv.state == u"verified"_s;

    m_title->setText(m_fv.customerName);
    QStringList meta;
    meta << tr("State: %1").arg(stateTitle(m_fv.state));
    meta << tr("submitted %1 by %2").arg(when(m_fv.submittedAt), m_fv.submittedByName);
    meta << tr("%n call attempt(s), %1 failed", nullptr, m_fv.attemptCount).arg(m_fv.failedAttempts);
    if (m_fv.nextAttemptAt > 0)
        meta << tr("next call %1").arg(when(m_fv.nextAttemptAt));
    m_meta->setText(meta.join(u" · "_s));
    m_warning->setText(m_fv.duplicateOf.isEmpty() ? QString()
                                                  : tr("Possible duplicate of %1 — check with the customer.").arg(m_fv.duplicateOf));
    m_warning->setVisible(!m_fv.duplicateOf.isEmpty());

    const int currentRow = m_fields->currentRow();
    m_fields->setRowCount(int(m_fv.fields.size()));
    for (int r = 0; r < m_fv.fields.size(); ++r) {
        const FieldCheck &f = m_fv.fields.at(r);
        m_fields->setItem(r, FieldName, readOnly(fieldTitle(f.field)));
        m_fields->setItem(r, FieldSubmitted, readOnly(f.submitted));
        auto *now = new QTableWidgetItem(f.current());
        if (!(working && verifying))
            now->setFlags(now->flags() & ~Qt::ItemIsEditable);
        m_fields->setItem(r, FieldNow, now);
        QString status = f.status == u"verified"_s ? tr("✓ verified")
                         : f.status == u"corrected"_s ? tr("✎ corrected")
                                                      : tr("to check");
        auto *statusItem = readOnly(status);
        statusItem->setForeground(f.status.isEmpty() ? QColor(0xa0, 0x60, 0x00)
                                  : f.status == u"corrected"_s ? QColor(0x1f, 0x5f, 0xa0)
                                                               : QColor(0x20, 0x80, 0x30));
        m_fields->setItem(r, FieldStatus, statusItem);
    }
    if (currentRow >= 0 && currentRow < m_fields->rowCount())
        m_fields->setCurrentCell(currentRow, FieldNow);
    m_verifyField->setEnabled(working && verifying);

    const bool canCall = working && (m_fv.state == u"submitted"_s || verifying);
    m_outcome->setEnabled(canCall);
    m_note->setEnabled(canCall);
    m_log->setEnabled(canCall);
    m_attempts->setRowCount(int(m_fv.attempts.size()));
    for (int r = 0; r < m_fv.attempts.size(); ++r) {
        const Attempt &a = m_fv.attempts.at(m_fv.attempts.size() - 1 - r); // newest first
        m_attempts->setItem(r, 0, readOnly(when(a.at)));
        m_attempts->setItem(r, 1, readOnly(outcomeTitle(a.outcome)));
        m_attempts->setItem(r, 2, readOnly(a.nextAt > 0 ? tr("next %1").arg(when(a.nextAt)) : QString()));
        m_attempts->setItem(r, 3, readOnly(a.byName + (a.note.isEmpty() ? QString() : u": "_s + a.note)));
    }
    m_attempts->resizeColumnsToContents();
    updateSuggestion();

    for (int i = 0; i < m_checks.size(); ++i) {
        const ChecklistItem item = m_fv.checklist.value(i);
        m_checks.at(i)->setChecked(item.done);
        m_checkNotes.at(i)->setText(item.note);
        m_checks.at(i)->setEnabled(working && open);
        m_checkNotes.at(i)->setEnabled(working && open);
    }

    m_needs->setRowCount(int(m_fv.needs.size()));
    for (int r = 0; r < m_fv.needs.size(); ++r) {
        const Need &n = m_fv.needs.at(r);
        m_needs->setItem(r, 0, readOnly(needTypeTitle(n.type)));
        m_needs->setItem(r, 1, readOnly(n.description));
        m_needs->setItem(r, 2, readOnly(n.departmentName));
        // Taken up: by which record (the project or the training registration).
        const QString by = n.state == u"taken_up"_s ? handoff::takenUpBy(m_db, n.takenUpType, n.takenUpId) : QString();
        m_needs->setItem(r, 3, readOnly(needStateTitle(n.state) + (by.isEmpty() ? QString() : u" · "_s + by)
                                        + (n.workDay.isValid()
                                               ? tr(" · digest %1").arg(QLocale().toString(n.workDay, QLocale::ShortFormat))
                                               : QString())));
        m_needs->item(r, 0)->setData(Qt::UserRole, n.id);
        if (n.state == u"taken_up"_s && n.takenUpType == u"projects"_s && !by.isEmpty()) {
            // Shown as a link: double click or Enter opens the project.
            QTableWidgetItem *state = m_needs->item(r, 3);
            QFont font = state->font();
            font.setUnderline(true);
            state->setFont(font);
            state->setForeground(palette().color(QPalette::Link));
            state->setToolTip(tr("Double-click or press Enter to open %1.").arg(by));
        }
    }
    m_needs->resizeColumnToContents(0);
    m_needs->resizeColumnToContents(2);
    for (QWidget *w : {static_cast<QWidget *>(m_needType), static_cast<QWidget *>(m_needDept),
                       static_cast<QWidget *>(m_needText), static_cast<QWidget *>(m_addNeed)})
        w->setEnabled(working && open);

    QStringList possible;
    for (const auto &t : allowedActions(m_db, m_session, transitionTable(), m_fv.id))
        possible << t.action;
    m_verify->setVisible(possible.contains(u"verify"_s));
    m_record->setVisible(possible.contains(u"record_needs"_s));
    m_retry->setVisible(possible.contains(u"retry"_s));
    m_withdraw->setVisible(possible.contains(u"withdraw"_s));
    m_populating = false;
}

void FirstVisitWorkWidget::updateSuggestion()
{
    const QString outcome = m_outcome->currentData().toString();
    const qint64 next = FirstVisitService(m_db, m_calendar).suggestNext(outcome, Database::nowMs());
    m_nextAt->setEnabled(next > 0 && m_outcome->isEnabled());
    if (next > 0) {
        // The edit shows the center's wall-clock time (QDateTimeEdit in Qt 6.4 has no zones).
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(next, m_calendar.timeZone());
        m_nextAt->setDateTime(QDateTime(local.date(), local.time()));
    } else {
        m_nextAt->setDateTime(m_nextAt->minimumDateTime());
    }
    m_nextAt->setToolTip(next > 0 ? tr("Suggested: %1 (another half-day, in working hours). You may change it.").arg(when(next))
                                  : QString());
}

void FirstVisitWorkWidget::verifyCurrentField()
{
    const int row = m_fields->currentRow();
    if (row < 0 || row >= m_fv.fields.size())
        return;
    if (report(FirstVisitService(m_db, m_calendar).checkField(m_session, m_fv.id, m_fv.fields.at(row).field, true))) {
        reload();
        if (row + 1 < m_fields->rowCount())
            m_fields->setCurrentCell(row + 1, FieldNow);
    }
}

void FirstVisitWorkWidget::correctField(int row, const QString &value)
{
    if (row < 0 || row >= m_fv.fields.size())
        return;
    const FieldCheck f = m_fv.fields.at(row);
    if (value.trimmed() == f.current()) {
        // Unchanged text: the operator confirmed it as it is.
        if (f.status.isEmpty())
            verifyCurrentField();
        return;
    }
    auto saved = FirstVisitService(m_db, m_calendar).checkField(m_session, m_fv.id, f.field, false, value);
    // Saved corrections show the new state. A refused one keeps what was typed, in the cell's
    // editor again, with the reason (naming the field) shown: nothing typed is lost.
    QMetaObject::invokeMethod(this, [this, saved, row, value] {
        reload();
        if (saved) {
            if (row + 1 < m_fields->rowCount())
                m_fields->setCurrentCell(row + 1, FieldNow);
            m_fields->setFocus();
            return;
        }
        Error e = saved.error();
        const QString title = fieldTitle(m_fv.fields.value(row).field);
        if (!e.message.contains(title, Qt::CaseInsensitive))
            e.message = tr("%1: %2").arg(title, e.message);
        if (QTableWidgetItem *item = m_fields->item(row, FieldNow)) {
            m_populating = true;
            item->setText(value);
            item->setForeground(QColor(0xa0, 0x20, 0x20));
            item->setToolTip(tr("Not saved: %1").arg(e.message));
            m_populating = false;
            m_fields->setCurrentCell(row, FieldNow);
            m_fields->setFocus();
            m_fields->editItem(item);
        }
        showError(this, e);
    }, Qt::QueuedConnection);
}

void FirstVisitWorkWidget::logAttempt()
{
    if (!m_log->isEnabled())
        return;
    const QString outcome = m_outcome->currentData().toString();
    std::optional<qint64> next;
    if (m_nextAt->isEnabled())
        next = QDateTime(m_nextAt->date(), m_nextAt->time(), m_calendar.timeZone()).toMSecsSinceEpoch();
    auto r = FirstVisitService(m_db, m_calendar).logAttempt(m_session, m_fv.id, m_fv.version, outcome, m_note->text(), next);
    if (!r) {
        // The note and the times stay as typed; the error names the field and focuses it.
        Error e = r.error();
        QLabel *label = e.field == u"next_at" ? m_nextLabel : e.field == u"note" ? m_noteLabel : e.field == u"outcome" ? m_outcomeLabel : nullptr;
        if (label) {
            if (!e.message.contains(label->text(), Qt::CaseInsensitive))
                e.message = tr("%1: %2").arg(label->text(), e.message);
            if (label->buddy())
                label->buddy()->setFocus();
        }
        showError(this, e);
        return;
    }
    m_note->clear();
    reload();
    m_fields->setFocus();
}

void FirstVisitWorkWidget::saveChecklist(int index)
{
    if (report(FirstVisitService(m_db, m_calendar)
                   .setChecklistItem(m_session, m_fv.id, checklistKeys().at(index), m_checks.at(index)->isChecked(),
                                     m_checkNotes.at(index)->text())))
        reload();
    else
        populate();
}

void FirstVisitWorkWidget::needTypeChanged()
{
    // Route the need to the department that does that kind of work (the agent may change it).
    static const QHash<QString, QStringList> hints{
        {u"implementation"_s, {u"实施"_s, u"Implementation"_s}},
        {u"training"_s, {u"培训"_s, u"Training"_s}},
        {u"support"_s, {u"热线"_s, u"Hotline"_s}},
        {u"upgrade"_s, {u"客户服务"_s, u"Service"_s}},
        {u"special_service"_s, {u"商务"_s, u"Business"_s}},
        {u"other"_s, {u"客户服务"_s, u"Service"_s}},
    };
    const QStringList words = hints.value(m_needType->currentData().toString());
    for (int i = 0; i < m_needDept->count(); ++i)
        for (const QString &w : words)
            if (m_needDept->itemText(i).contains(w)) {
                m_needDept->setCurrentIndex(i);
                return;
            }
}

void FirstVisitWorkWidget::addNeed()
{
    if (!m_addNeed->isEnabled())
        return;
    auto r = FirstVisitService(m_db, m_calendar)
                 .addNeed(m_session, m_fv.id, m_needType->currentData().toString(), m_needText->text(),
                          m_needDept->currentData().toLongLong());
    if (!r) {
        // What was typed stays; the error names the field.
        Error e = r.error();
        QWidget *w = e.field == u"description" ? static_cast<QWidget *>(m_needText)
                     : e.field == u"department_id" ? static_cast<QWidget *>(m_needDept)
                     : e.field == u"need_type" ? static_cast<QWidget *>(m_needType) : nullptr;
        if (w) {
            const QString title = e.field == u"description" ? tr("Need") : e.field == u"department_id" ? tr("Department") : tr("Kind");
            if (!e.message.contains(title, Qt::CaseInsensitive))
                e.message = tr("%1: %2").arg(title, e.message);
            w->setFocus();
        }
        showError(this, e);
        return;
    }
    m_needText->clear();
    reload();
}

void FirstVisitWorkWidget::removeCurrentNeed()
{
    const int row = m_needs->currentRow();
    if (row < 0 || !m_needs->item(row, 0))
        return;
    if (report(FirstVisitService(m_db, m_calendar).removeNeed(m_session, m_needs->item(row, 0)->data(Qt::UserRole).toLongLong())))
        reload();
}

void FirstVisitWorkWidget::act(const QString &action)
{
    FirstVisitService service(m_db, m_calendar);
    Result<FirstVisit> r;
    if (action == u"withdraw"_s) {
        // The reason is saved from the dialog itself: a refusal keeps it open with the text.
        QDialog dialog(this);
        dialog.setObjectName(u"withdrawDialog"_s);
        dialog.setWindowTitle(actionTitle(action));
        auto *label = new QLabel(tr("&Why is the submission withdrawn? *"), &dialog);
        auto *reason = new QLineEdit(&dialog);
        reason->setObjectName(u"withdrawReason"_s);
        reason->setMinimumWidth(360);
        label->setBuddy(reason);
        auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        box->button(QDialogButtonBox::Ok)->setText(actionTitle(action));
        auto *v = new QVBoxLayout(&dialog);
        v->addWidget(label);
        v->addWidget(reason);
        v->addWidget(box);
        connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
            r = service.withdraw(m_session, m_fv.id, m_fv.version, reason->text());
            if (r) {
                dialog.accept();
                return;
            }
            Error e = r.error();
            if (e.field == u"reason" && !e.message.contains(tr("Reason"), Qt::CaseInsensitive))
                e.message = tr("%1: %2").arg(tr("Reason"), e.message);
            showError(&dialog, e);
            reason->setFocus();
        });
        m_withdrawDialog = &dialog;
        const int answer = dialog.exec();
        m_withdrawDialog = nullptr;
        if (answer != QDialog::Accepted)
            return;
    } else {
        r = service.act(m_session, m_fv.id, m_fv.version, action, {});
    }
    if (!r) {
        showError(this, r.error());
        return;
    }
    reload();
    if (action == u"verify"_s) {
        m_needText->setFocus();
    }
}

void FirstVisitWorkWidget::primaryAction()
{
    if (m_fv.state == u"verifying"_s && m_verify->isVisible())
        act(u"verify"_s);
    else if (m_fv.state == u"verified"_s && m_record->isVisible())
        act(u"record_needs"_s);
    else if (m_fv.state == u"unreachable"_s && m_retry->isVisible())
        act(u"retry"_s);
}

bool FirstVisitWorkWidget::report(const Status &status)
{
    if (status)
        return true;
    showError(this, status.error());
    return false;
}

bool FirstVisitWorkWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_fields && key->key() == Qt::Key_Space &&
            key->modifiers() == Qt::NoModifier) {
            verifyCurrentField();
            return true;
        }
        if (watched == m_needs && key->key() == Qt::Key_Delete) {
            removeCurrentNeed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FirstVisitWorkWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FirstVisitWorkWidget::retranslateUi()
{
    m_fieldsBox->setTitle(tr("Submitted fields"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Submitted"), tr("Now"), tr("Check")});
    m_fieldsHint->setText(tr("Space: verified · F2 or type: correct, Enter saves"));
    m_verifyField->setText(tr("Verified (Space)"));
    const QString logKeys = logAttemptShortcut().toString(QKeySequence::NativeText);
    m_attemptBox->setTitle(tr("Call attempt (%1)").arg(logKeys));
    m_outcomeLabel->setText(tr("Outcome"));
    m_noteLabel->setText(tr("Note"));
    m_nextLabel->setText(tr("Next call"));
    m_outcome->setToolTip(tr("Alt+O"));
    m_log->setText(tr("Log attempt (%1)").arg(logKeys));
    m_log->setToolTip(tr("Log this call attempt: %1").arg(logKeys));
    m_attempts->setHorizontalHeaderLabels({tr("When"), tr("Outcome"), tr("Next"), tr("By / note")});
    const QString outcome = m_outcome->currentData().toString();
    m_outcome->blockSignals(true);
    m_outcome->clear();
    for (const QString &key : outcomeKeys())
        m_outcome->addItem(outcomeTitle(key), key);
    m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(outcome)));
    m_outcome->blockSignals(false);
    m_checkBox->setTitle(tr("Informing checklist (Alt+1 … Alt+4)"));
    for (int i = 0; i < m_checks.size(); ++i) {
        m_checks.at(i)->setText(checklistTitle(checklistKeys().at(i)));
        m_checkNotes.at(i)->setPlaceholderText(tr("Note when not ticked"));
    }
    m_needsBox->setTitle(tr("Service needs (Ctrl+D)"));
    const QString type = m_needType->currentData().toString();
    m_needType->blockSignals(true);
    m_needType->clear();
    for (const QString &key : needTypeKeys())
        m_needType->addItem(needTypeTitle(key), key);
    m_needType->setCurrentIndex(qMax(0, m_needType->findData(type)));
    m_needType->blockSignals(false);
    if (type.isEmpty())
        needTypeChanged();
    m_needText->setPlaceholderText(tr("What the customer needs — Enter adds it"));
    m_addNeed->setText(tr("Add need"));
    m_needs->setHorizontalHeaderLabels({tr("Kind"), tr("Description"), tr("Department"), tr("State")});
    m_back->setText(tr("Back to the list (Esc)"));
    m_verify->setText(tr("Finish verification (Ctrl+Enter)"));
    m_record->setText(tr("Record needs (Ctrl+Enter)"));
    m_retry->setText(tr("Retry (Ctrl+Enter)"));
    m_withdraw->setText(actionTitle(u"withdraw"_s));
    if (m_fv.id > 0)
        populate();
}

} // namespace sd::ui
