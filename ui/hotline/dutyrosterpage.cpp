#include "ui/hotline/dutyrosterpage.h"
#include "ui/common/format.h"

#include "ui/common/errors.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

namespace {
/// The grid hands Enter and Delete to the page.
class RosterGrid final : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;
    std::function<void(int, int)> onEnter;
    std::function<void(int, int)> onDelete;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onEnter) {
            onEnter(currentRow(), currentColumn());
            return;
        }
        if (event->key() == Qt::Key_Delete && onDelete) {
            onDelete(currentRow(), currentColumn());
            return;
        }
        QTableWidget::keyPressEvent(event);
    }
};
} // namespace

DutyRosterPage::DutyRosterPage(const Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    setObjectName(u"dutyRosterPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_prev = new QPushButton(this);
    m_today = new QPushButton(this);
    m_next = new QPushButton(this);
    m_week = new QLabel(this);
    QFont bold = m_week->font();
    bold.setBold(true);
    m_week->setFont(bold);
    m_copy = new QPushButton(this);
    m_required = new QCheckBox(this);
    m_required->setObjectName(u"dutyRequired"_s);
    m_copy->setObjectName(u"copyWeek"_s);
    bar->addWidget(m_prev);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(m_week, 1);
    layout->addLayout(bar);
    // The setting and the copy button on a row of their own: beside the week's title they
    // were squeezed (and the button's text clipped) at 1280 px, more so in Chinese.
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_required, 1);
    tools->addWidget(m_copy);
    m_copy->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    layout->addLayout(tools);
    auto *grid = new RosterGrid(0, 7, this);
    m_grid = grid;
    m_grid->setObjectName(u"rosterGrid"_s);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->setWordWrap(true);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_grid, 1);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    const bool manager = m_session.hasAny(DutyRoster::editRoles());
    m_copy->setVisible(manager);
    m_required->setEnabled(manager);
    if (manager) {
        grid->onEnter = [this](int r, int c) { addShift(r, c); };
        grid->onDelete = [this](int r, int c) { removeShift(r, c); };
        connect(m_grid, &QTableWidget::cellDoubleClicked, this, &DutyRosterPage::addShift);
    }
    connect(m_prev, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(-7)); });
    connect(m_next, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(7)); });
    connect(m_today, &QPushButton::clicked, this, [this] { showWeek(centerToday()); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        auto n = DutyRoster(m_db).copyWeek(m_session, m_monday, m_monday.addDays(7));
        if (!n) {
            showError(this, n.error());
            return;
        }
        m_hint->setText(tr("%n shifts copied to the next week.", nullptr, *n));
    });
    connect(m_required, &QCheckBox::toggled, this, [this](bool on) {
        if (auto ok = DutyRoster(m_db).setDutyRequired(m_session, on); !ok)
            showError(this, ok.error());
    });
    auto shortcut = [this](const QKeySequence &keys, auto fn) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, fn);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { showWeek(m_monday.addDays(-7)); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), [this] { showWeek(m_monday.addDays(7)); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Home), [this] { showWeek(centerToday()); });

    m_monday = centerToday().addDays(1 - centerToday().dayOfWeek());
    retranslateUi();
}

void DutyRosterPage::retranslateUi()
{
    m_prev->setText(tr("◀ Previous week (Alt+←)"));
    m_today->setText(tr("This week"));
    m_next->setText(tr("Next week (Alt+→) ▶"));
    m_copy->setText(tr("Copy this week to the next"));
    m_required->setText(tr("Only staff on duty (or a manager) take calls"));
    m_hint->setText(m_session.hasAny(DutyRoster::editRoles())
                        ? tr("Enter or double-click on a cell adds a shift; Delete removes the cell's last shift. "
                             "☎ marks after-hours on-call duty.")
                        : tr("Your shifts are marked. ☎ marks after-hours on-call duty; the service manager "
                             "arranges the roster."));
    reload();
}

void DutyRosterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_grid)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DutyRosterPage::showWeek(const QDate &anyDay)
{
    m_monday = anyDay.addDays(1 - anyDay.dayOfWeek());
    reload();
}

QList<DutyShift> DutyRosterPage::shiftsAt(int row, int column) const { return m_cells.value({row, column}); }

void DutyRosterPage::reload()
{
    DutyRoster roster(m_db);
    auto people = roster.operators();
    if (!people)
        return;
    m_people = *people;
    {
        const QSignalBlocker block(m_required);
        m_required->setChecked(roster.dutyRequired().value_or(false));
    }
    const QLocale locale;
    m_week->setText(tr("Week of %1 – %2").arg(m_monday.toString(Qt::ISODate), m_monday.addDays(6).toString(Qt::ISODate)));
    QStringList days;
    for (int d = 0; d < 7; ++d) {
        const QDate day = m_monday.addDays(d);
        days << locale.dayName(day.dayOfWeek(), QLocale::ShortFormat) + u" "_s + day.toString(u"MM-dd"_s);
    }
    m_grid->setHorizontalHeaderLabels(days);
    m_grid->setRowCount(int(m_people.size()));
    QStringList names;
    QHash<qint64, int> rowOf;
    for (int r = 0; r < m_people.size(); ++r) {
        names << m_people.at(r).second + (m_people.at(r).first == m_session.staffId ? tr(" (me)") : QString());
        rowOf.insert(m_people.at(r).first, r);
    }
    m_grid->setVerticalHeaderLabels(names);
    m_cells.clear();
    auto shifts = roster.between(m_monday, m_monday.addDays(6));
    if (!shifts)
        return;
    for (const DutyShift &s : *shifts)
        if (rowOf.contains(s.staffId))
            m_cells[{rowOf.value(s.staffId), int(m_monday.daysTo(s.day))}] << s;
    const QDate today = centerToday();
    for (int r = 0; r < m_people.size(); ++r) {
        const bool me = m_people.at(r).first == m_session.staffId;
        for (int c = 0; c < 7; ++c) {
            QStringList lines;
            for (const DutyShift &s : m_cells.value({r, c}))
                lines << (s.onCall ? u"☎ "_s : QString()) + s.starts.toString(u"HH:mm"_s) + u"–"_s +
                             s.ends.toString(u"HH:mm"_s) + (s.note.isEmpty() ? QString() : u"\n"_s + s.note);
            auto *item = new QTableWidgetItem(lines.join(u"\n"_s));
            if (me && !lines.isEmpty())
                item->setBackground(QColor(0xd7, 0xea, 0xfb));
            else if (m_monday.addDays(c) == today)
                item->setBackground(QColor(0xff, 0xf8, 0xe1));
            m_grid->setItem(r, c, item);
        }
    }
}

void DutyRosterPage::addShift(int row, int column)
{
    if (row < 0 || row >= m_people.size() || column < 0)
        return;
    QDialog dialog(this);
    dialog.setObjectName(u"shiftDialog"_s);
    const QDate day = m_monday.addDays(column);
    dialog.setWindowTitle(tr("Shift for %1 on %2").arg(m_people.at(row).second, day.toString(Qt::ISODate)));
    auto *form = new QFormLayout(&dialog);
    auto *starts = new QTimeEdit(QTime(8, 30), &dialog);
    auto *ends = new QTimeEdit(QTime(17, 30), &dialog);
    starts->setDisplayFormat(u"HH:mm"_s);
    ends->setDisplayFormat(u"HH:mm"_s);
    auto *onCall = new QCheckBox(tr("After-hours on-call"), &dialog);
    connect(onCall, &QCheckBox::toggled, &dialog, [starts, ends](bool on) {
        starts->setTime(on ? QTime(17, 30) : QTime(8, 30));
        ends->setTime(on ? QTime(8, 30) : QTime(17, 30));
    });
    auto *note = new QLineEdit(&dialog);
    note->setObjectName(u"shiftNote"_s);
    starts->setObjectName(u"shiftStarts"_s);
    ends->setObjectName(u"shiftEnds"_s);
    form->addRow(tr("From:"), starts);
    form->addRow(tr("To:"), ends);
    form->addRow(QString(), onCall);
    form->addRow(tr("Note:"), note);
    // A refused shift (an overlap, equal times …) is said here, and the dialog keeps what was typed.
    auto *error = new QLabel(&dialog);
    error->setObjectName(u"shiftError"_s);
    error->setWordWrap(true);
    error->setStyleSheet(u"QLabel { color: #b00020; }"_s);
    error->hide();
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    const qint64 staffId = m_people.at(row).first;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&, staffId] {
        DutyShift s{0, 0, staffId, {}, day, starts->time(), ends->time(), onCall->isChecked(), note->text()};
        if (auto id = DutyRoster(m_db).add(m_session, s); !id) {
            const QString field = id.error().field == u"time"_s ? tr("From / To") : id.error().field == u"note"_s ? tr("Note") : QString();
            error->setText(field.isEmpty() ? id.error().message : tr("%1: %2").arg(field, id.error().message));
            error->show();
            (id.error().field == u"note"_s ? static_cast<QWidget *>(note) : starts)->setFocus();
            return;
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_grid->setCurrentCell(row, column);
}

void DutyRosterPage::removeShift(int row, int column)
{
    const QList<DutyShift> shifts = shiftsAt(row, column);
    if (shifts.isEmpty())
        return;
    const DutyShift &s = shifts.last();
    if (auto ok = DutyRoster(m_db).remove(m_session, s.id, s.version); !ok) {
        showError(this, ok.error());
        return;
    }
    reload();
    m_grid->setCurrentCell(row, column);
}

} // namespace sd::ui
