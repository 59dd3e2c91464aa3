#include "ui/admin/admintabs.h"

#include "core/calendar/calendarcoverage.h"
#include "ui/common/format.h"

#include "core/audit/audit.h"
#include "core/auth/permissions.h"
#include "core/calendar/calendarrepository.h"
#include "core/calendar/holidaycsv.h"
#include "core/records/customer.h"
#include "core/sla/slarepository.h"
#include "ui/common/errors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &objectName)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, const QVariant &data = {})
{
    auto *item = new QTableWidgetItem(text);
    if (data.isValid())
        item->setData(Qt::UserRole, data);
    return item;
}

QString rolesText(const RoleSet &roles)
{
    QStringList names;
    for (Role r : allRoles())
        if (roles.contains(r))
            names << roleTitle(r);
    return names.join(QCoreApplication::translate("sd::ui::UsersTab", ", "));
}

// Add or edit an account. New accounts get a password (typed twice).
class StaffDialog final : public QDialog
{
public:
    StaffDialog(const QList<Department> &departments, const Staff *existing, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(existing ? UsersTab::tr("Edit staff account") : UsersTab::tr("New staff account"));
        auto *form = new QFormLayout;
        m_login = new QLineEdit(this);
        m_login->setObjectName(u"staffLogin"_s);
        m_name = new QLineEdit(this);
        m_name->setObjectName(u"staffName"_s);
        m_department = new QComboBox(this);
        m_department->addItem(UsersTab::tr("(none)"), 0);
        for (const Department &d : departments)
            m_department->addItem(d.nameEn.isEmpty() || QLocale().language() == QLocale::Chinese
                                      ? d.name : d.nameEn, d.id);
        m_phone = new QLineEdit(this);
        m_email = new QLineEdit(this);
        m_region = new QLineEdit(this);
        m_skills = new QLineEdit(this);
        m_skills->setPlaceholderText(UsersTab::tr("Products and modules, comma-separated"));
        form->addRow(UsersTab::tr("Login:"), m_login);
        form->addRow(UsersTab::tr("Name:"), m_name);
        form->addRow(UsersTab::tr("Department:"), m_department);
        form->addRow(UsersTab::tr("Phone:"), m_phone);
        form->addRow(UsersTab::tr("E-mail:"), m_email);
        form->addRow(UsersTab::tr("Region:"), m_region);
        form->addRow(UsersTab::tr("Skills:"), m_skills);
        if (!existing) {
            m_password = new QLineEdit(this);
            m_password->setEchoMode(QLineEdit::Password);
            m_password->setObjectName(u"staffPassword"_s);
            m_password2 = new QLineEdit(this);
            m_password2->setEchoMode(QLineEdit::Password);
            m_password2->setObjectName(u"staffPassword2"_s);
            form->addRow(UsersTab::tr("Password:"), m_password);
            form->addRow(UsersTab::tr("Repeat password:"), m_password2);
        }
        auto *rolesBox = new QGroupBox(UsersTab::tr("Roles"), this);
        auto *grid = new QGridLayout(rolesBox);
        int i = 0;
        for (Role r : allRoles()) {
            auto *box = new QCheckBox(roleTitle(r), rolesBox);
            box->setObjectName(u"role_"_s + roleKey(r));
            m_roles.append({r, box});
            grid->addWidget(box, i / 2, i % 2);
            ++i;
        }
        m_error = new QLabel(this);
        m_error->setStyleSheet(u"color: #b00020"_s);
        m_error->setWordWrap(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, [this] {
            if (m_password && m_password->text() != m_password2->text()) {
                m_error->setText(UsersTab::tr("The two passwords differ."));
                return;
            }
            accept();
        });
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(rolesBox);
        layout->addWidget(m_error);
        layout->addWidget(buttons);
        if (existing) {
            m_staff = *existing;
            m_login->setText(existing->login);
            m_login->setReadOnly(true);
            m_name->setText(existing->displayName);
            m_department->setCurrentIndex(std::max(0, m_department->findData(existing->departmentId)));
            m_phone->setText(existing->phone);
            m_email->setText(existing->email);
            m_region->setText(existing->region);
            m_skills->setText(existing->skills);
            for (auto &[role, box] : m_roles)
                box->setChecked(existing->roles.contains(role));
        }
    }

    Staff staff() const
    {
        Staff s = m_staff;
        s.login = m_login->text().trimmed();
        s.displayName = m_name->text().trimmed();
        s.departmentId = m_department->currentData().toLongLong();
        s.phone = m_phone->text().trimmed();
        s.email = m_email->text().trimmed();
        s.region = m_region->text().trimmed();
        s.skills = m_skills->text().trimmed();
        s.roles.clear();
        for (const auto &[role, box] : m_roles)
            if (box->isChecked())
                s.roles.insert(role);
        return s;
    }
    QString password() const { return m_password ? m_password->text() : QString(); }

private:
    Staff m_staff;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_department = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_skills = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_password2 = nullptr;
    QLabel *m_error = nullptr;
    QList<std::pair<Role, QCheckBox *>> m_roles;
};

} // namespace

// ---------------------------------------------------------------- UsersTab

UsersTab::UsersTab(const Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    m_table = makeTable(this, u"staffTable"_s);
    m_add = new QPushButton(this);
    m_add->setObjectName(u"addStaffButton"_s);
    m_edit = new QPushButton(this);
    m_toggle = new QPushButton(this);
    m_toggle->setObjectName(u"toggleStaffButton"_s);
    m_reset = new QPushButton(this);
    const bool allowed = can(session, Action::StaffManage);
    for (QPushButton *b : {m_add, m_edit, m_toggle, m_reset})
        b->setEnabled(allowed);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"staffSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textChanged, this, &UsersTab::fillTable);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"staffSummary"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    buttons->addWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    layout->addWidget(m_summary);
    connect(m_add, &QPushButton::clicked, this, &UsersTab::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersTab::editUser);
    connect(m_table, &QTableWidget::doubleClicked, this, &UsersTab::editUser);
    connect(m_toggle, &QPushButton::clicked, this, &UsersTab::toggleActive);
    connect(m_reset, &QPushButton::clicked, this, &UsersTab::resetPassword);
    retranslateUi(); // fills the tables too
}

void UsersTab::retranslateUi()
{
    m_add->setText(tr("&New account…"));
    m_edit->setText(tr("&Edit…"));
    m_toggle->setText(tr("Disable / enable"));
    m_reset->setText(tr("Reset password…"));
    m_search->setPlaceholderText(tr("Search login, name or department"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Department"), tr("Roles"),
                                        tr("Region / skills"), tr("Status")});
    refresh();
}

void UsersTab::refresh()
{
    StaffRepository repo(m_db);
    auto staff = repo.list(true); // by name, pinyin collation
    if (!staff)
        return;
    m_staff = *staff;
    m_departments = repo.departments().value_or(QList<Department>{});
    fillTable();
}

void UsersTab::fillTable()
{
    const QString needle = m_search->text().trimmed();
    QHash<qint64, QString> departmentEn;
    for (const Department &d : std::as_const(m_departments))
        departmentEn.insert(d.id, d.nameEn);
    QList<Staff> shown;
    for (const Staff &s : std::as_const(m_staff))
        if (needle.isEmpty() || s.login.contains(needle, Qt::CaseInsensitive)
            || s.displayName.contains(needle, Qt::CaseInsensitive) || s.department.contains(needle, Qt::CaseInsensitive)
            || departmentEn.value(s.departmentId).contains(needle, Qt::CaseInsensitive))
            shown << s;
    const qint64 keep = selectedId();
    m_table->clearSelection();
    m_table->setRowCount(int(shown.size()));
    for (int r = 0; r < shown.size(); ++r) {
        const Staff &s = shown.at(r);
        m_table->setItem(r, 0, cell(s.login, s.id));
        m_table->setItem(r, 1, cell(s.displayName));
        m_table->setItem(r, 2, cell(s.department));
        m_table->setItem(r, 3, cell(rolesText(s.roles)));
        QStringList where{s.region, s.skills};
        where.removeAll(QString());
        m_table->setItem(r, 4, cell(where.join(u" · "_s)));
        auto *status = cell(s.active ? tr("active") : tr("disabled"));
        if (!s.active)
            status->setForeground(QColor(0xb0, 0x00, 0x20));
        m_table->setItem(r, 5, status);
        if (s.id == keep)
            m_table->selectRow(r);
    }
    m_table->resizeColumnsToContents();
    const QString departments = tr("%n department(s)", nullptr, int(m_departments.size()));
    m_summary->setText(needle.isEmpty()
                           ? tr("%1 in %2").arg(tr("%n account(s)", nullptr, int(m_staff.size())), departments)
                           : tr("%n of %1 accounts shown", nullptr, int(shown.size())).arg(m_staff.size()));
}

qint64 UsersTab::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void UsersTab::addUser()
{
    StaffRepository repo(m_db);
    StaffDialog dialog(repo.departments().value_or(QList<Department>{}), nullptr, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto id = repo.create(m_session, dialog.staff(), dialog.password());
        if (id) {
            refresh();
            return;
        }
        showError(this, id.error());
    }
}

void UsersTab::editUser()
{
    StaffRepository repo(m_db);
    auto current = repo.get(selectedId());
    if (!current)
        return;
    StaffDialog dialog(repo.departments().value_or(QList<Department>{}), &*current, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto saved = repo.save(m_session, dialog.staff());
        if (saved) {
            refresh();
            return;
        }
        showError(this, saved.error());
        if (saved.error().code == ErrorCode::Conflict)
            return;
    }
}

void UsersTab::toggleActive()
{
    StaffRepository repo(m_db);
    auto current = repo.get(selectedId());
    if (!current)
        return;
    if (current->active
        && QMessageBox::question(this, tr("Disable account"),
                                 tr("Disable the account of %1? They can no longer log in; their records stay.")
                                     .arg(current->displayName))
               != QMessageBox::Yes)
        return;
    if (auto ok = repo.setActive(m_session, current->id, !current->active); !ok)
        showError(this, ok.error());
    refresh();
}

void UsersTab::resetPassword()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    bool ok = false;
    const QString pw = QInputDialog::getText(this, tr("Reset password"),
                                             tr("New password (at least 8 characters):"),
                                             QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    if (auto done = StaffRepository(m_db).resetPassword(m_session, id, pw); !done)
        showError(this, done.error());
    else
        QMessageBox::information(this, tr("Reset password"), tr("The password was changed."));
}

// ---------------------------------------------------------------- CalendarTab

CalendarTab::CalendarTab(const Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    m_coverage = new QLabel(this);
    m_coverage->setObjectName(u"calendarCoverage"_s);
    m_coverage->setWordWrap(true);
    m_coverage->setStyleSheet(u"QLabel { background: #fff4e5; color: #8a4b00; border: 1px solid #f0b060; padding: 6px; }"_s);
    m_hoursLabel = new QLabel(this);
    m_hours = new QLineEdit(this);
    m_hours->setObjectName(u"calendarHours"_s);
    m_applyHours = new QPushButton(this);
    m_yearLabel = new QLabel(this);
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(centerToday().year());
    m_days = makeTable(this, u"calendarDays"_s);
    m_import = new QPushButton(this);
    m_addDay = new QPushButton(this);
    m_removeDay = new QPushButton(this);
    const bool allowed = can(session, Action::CalendarEdit);
    for (QWidget *w : {static_cast<QWidget *>(m_applyHours), static_cast<QWidget *>(m_import),
                       static_cast<QWidget *>(m_addDay), static_cast<QWidget *>(m_removeDay)})
        w->setEnabled(allowed);
    m_hours->setReadOnly(!allowed);

    m_calcLabel = new QLabel(this);
    m_from = new QDateTimeEdit(toEditTime(Database::nowMs()), this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(0, 100000);
    m_minutes->setValue(480);
    m_due = new QLabel(this);
    m_due->setObjectName(u"calendarDue"_s);
    m_due->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *hoursRow = new QHBoxLayout;
    hoursRow->addWidget(m_hoursLabel);
    hoursRow->addWidget(m_hours, 1);
    hoursRow->addWidget(m_applyHours);
    auto *dayButtons = new QHBoxLayout;
    dayButtons->addWidget(m_yearLabel);
    dayButtons->addWidget(m_year);
    dayButtons->addStretch();
    dayButtons->addWidget(m_addDay);
    dayButtons->addWidget(m_removeDay);
    dayButtons->addWidget(m_import);
    auto *calc = new QHBoxLayout;
    calc->addWidget(m_calcLabel);
    calc->addWidget(m_from);
    calc->addWidget(m_minutes);
    calc->addWidget(m_due, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_coverage);
    layout->addLayout(hoursRow);
    layout->addLayout(dayButtons);
    layout->addWidget(m_days, 1);
    layout->addLayout(calc);

    connect(m_applyHours, &QPushButton::clicked, this, &CalendarTab::applyHours);
    connect(m_hours, &QLineEdit::returnPressed, this, &CalendarTab::applyHours);
    connect(m_year, &QSpinBox::valueChanged, this, &CalendarTab::refresh);
    connect(m_import, &QPushButton::clicked, this, &CalendarTab::importFile);
    connect(m_addDay, &QPushButton::clicked, this, &CalendarTab::addDay);
    connect(m_removeDay, &QPushButton::clicked, this, &CalendarTab::removeDay);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &CalendarTab::recompute);
    connect(m_minutes, &QSpinBox::valueChanged, this, &CalendarTab::recompute);
    retranslateUi(); // fills the tables too
}

void CalendarTab::retranslateUi()
{
    m_hoursLabel->setText(tr("Working hours (e.g. 08:30-12:00,13:30-17:30):"));
    m_applyHours->setText(tr("Apply"));
    m_yearLabel->setText(tr("Year:"));
    m_import->setText(tr("Import CSV…"));
    m_addDay->setText(tr("Add day…"));
    m_removeDay->setText(tr("Remove day"));
    m_calcLabel->setText(tr("Deadline calculator: from"));
    m_minutes->setSuffix(tr(" working min"));
    m_days->setColumnCount(4);
    m_days->setHorizontalHeaderLabels({tr("Date"), tr("Weekday"), tr("Kind"), tr("Name")});
    refresh();
}

void CalendarTab::refresh()
{
    auto cal = CalendarRepository(m_db).load();
    if (cal)
        m_calendar = *cal;
    m_hours->setText(m_calendar.hoursText());
    const QString warning = calendarCoverageWarning(calendarCoverage(m_calendar, centerToday()));
    m_coverage->setText(u"⚠ "_s + warning);
    m_coverage->setVisible(!warning.isEmpty());
    auto days = CalendarRepository(m_db).days(m_year->value());
    const QList<CalendarDay> list = days.value_or(QList<CalendarDay>{});
    m_days->setRowCount(int(list.size()));
    const QLocale locale;
    for (int r = 0; r < list.size(); ++r) {
        const CalendarDay &d = list.at(r);
        m_days->setItem(r, 0, cell(d.date.toString(Qt::ISODate), d.date));
        m_days->setItem(r, 1, cell(locale.dayName(d.date.dayOfWeek())));
        auto *kind = cell(d.kind == DayKind::Holiday ? tr("Holiday") : tr("Make-up working day"));
        kind->setForeground(d.kind == DayKind::Holiday ? QColor(0xb0, 0x00, 0x20) : QColor(0x1b, 0x5e, 0x20));
        m_days->setItem(r, 2, kind);
        m_days->setItem(r, 3, cell(d.name));
    }
    m_days->resizeColumnsToContents();
    recompute();
}

void CalendarTab::recompute()
{
    // The edit holds the center's wall-clock time; the answer is told in the same zone.
    const QDateTime from(m_from->date(), m_from->time(), m_calendar.timeZone());
    const QDateTime due = m_calendar.addWorkingMinutes(from, m_minutes->value()).toTimeZone(m_calendar.timeZone());
    const QString note = deadlineHolidayNote(m_calendar, due.toMSecsSinceEpoch());
    m_due->setText(note.isEmpty() ? tr("→ due %1").arg(QLocale().toString(due, QLocale::LongFormat))
                                  : tr("→ due %1 (%2)").arg(QLocale().toString(due, QLocale::LongFormat), note));
}

void CalendarTab::applyHours()
{
    if (auto ok = CalendarRepository(m_db).setHours(m_session, m_hours->text()); !ok)
        showError(this, ok.error());
    refresh();
}

void CalendarTab::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import holidays"), {},
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    auto days = HolidayCsv::readFile(path);
    if (!days) {
        showError(this, days.error());
        return;
    }
    auto summary = CalendarRepository(m_db).importDays(m_session, *days);
    if (!summary) {
        showError(this, summary.error());
        return;
    }
    QMessageBox::information(this, tr("Import holidays"),
                             tr("%1 days added, %2 changed, %3 unchanged.")
                                 .arg(summary->inserted).arg(summary->updated).arg(summary->unchanged));
    refresh();
}

void CalendarTab::addDay()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add day"));
    auto *date = new QDateEdit(centerToday(), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(u"yyyy-MM-dd"_s);
    auto *kind = new QComboBox(&dialog);
    kind->addItem(tr("Holiday"), int(DayKind::Holiday));
    kind->addItem(tr("Make-up working day"), int(DayKind::Workday));
    auto *name = new QLineEdit(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Date:"), date);
    form->addRow(tr("Kind:"), kind);
    form->addRow(tr("Name:"), name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CalendarDay day{date->date(), DayKind(kind->currentData().toInt()), name->text().trimmed()};
    if (auto ok = CalendarRepository(m_db).setDay(m_session, day); !ok)
        showError(this, ok.error());
    refresh();
}

void CalendarTab::removeDay()
{
    const int row = m_days->currentRow();
    if (row < 0)
        return;
    const QDate day = m_days->item(row, 0)->data(Qt::UserRole).toDate();
    if (auto ok = CalendarRepository(m_db).removeDay(m_session, day); !ok)
        showError(this, ok.error());
    refresh();
}

// ---------------------------------------------------------------- SlaTab

SlaTab::SlaTab(const Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    m_table = makeTable(this, u"slaTable"_s);
    m_edit = new QPushButton(this);
    m_edit->setEnabled(can(session, Action::SlaPolicyEdit));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    connect(m_edit, &QPushButton::clicked, this, &SlaTab::editPolicy);
    connect(m_table, &QTableWidget::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editPolicy();
    });
    retranslateUi();
}

void SlaTab::retranslateUi()
{
    m_edit->setText(tr("&Edit target…"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Policy"), tr("Record type"), tr("Target"), tr("Applies to"),
                                        tr("Time"), tr("Measured in"), tr("Warn at"), tr("Active")});
    refresh();
}

void SlaTab::refresh()
{
    auto policies = SlaRepository(m_db).list(true);
    if (!policies)
        return;
    m_policies = *policies;
    m_table->setRowCount(int(m_policies.size()));
    for (int r = 0; r < m_policies.size(); ++r) {
        const SlaPolicy &p = m_policies.at(r);
        QStringList scope;
        if (p.severity)
            scope << tr("fault level %1").arg(*p.severity);
        if (!p.customerClass.isEmpty())
            scope << (p.customerClass == QLatin1String(sla::KeyCustomer) ? tr("key customers") : tr("VIP channel"));
        if (!p.contractType.isEmpty())
            scope << tr("contract %1").arg(p.contractType);
        if (!p.regionClass.isEmpty())
            if (auto region = regionFromKey(p.regionClass))
                scope << regionTitle(*region);
        const QString time = p.minutes % 60 == 0 ? tr("%n h", nullptr, p.minutes / 60) : tr("%n min", nullptr, p.minutes);
        m_table->setItem(r, 0, cell(p.name, p.id));
        m_table->setItem(r, 1, cell(p.recordType));
        m_table->setItem(r, 2, cell(p.target));
        m_table->setItem(r, 3, cell(scope.isEmpty() ? tr("all") : scope.join(u", "_s)));
        m_table->setItem(r, 4, cell(time));
        m_table->setItem(r, 5, cell(p.measure == SlaMeasure::Working ? tr("working time") : tr("wall-clock time")));
        m_table->setItem(r, 6, cell(u"%1 %"_s.arg(p.warnPercent)));
        m_table->setItem(r, 7, cell(p.active ? tr("yes") : tr("no")));
    }
    m_table->resizeColumnsToContents();
}

void SlaTab::editPolicy()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_policies.size())
        return;
    SlaPolicy p = m_policies.at(row);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("SLA target: %1").arg(p.name));
    auto *minutes = new QSpinBox(&dialog);
    minutes->setRange(1, 100000);
    minutes->setValue(p.minutes);
    minutes->setSuffix(tr(" min"));
    auto *measure = new QComboBox(&dialog);
    measure->addItem(tr("working time"), int(SlaMeasure::Working));
    measure->addItem(tr("wall-clock time"), int(SlaMeasure::Wall));
    measure->setCurrentIndex(p.measure == SlaMeasure::Working ? 0 : 1);
    auto *warn = new QSpinBox(&dialog);
    warn->setRange(1, 100);
    warn->setValue(p.warnPercent);
    warn->setSuffix(u" %"_s);
    auto *active = new QCheckBox(tr("Active"), &dialog);
    active->setChecked(p.active);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Target time:"), minutes);
    form->addRow(tr("Measured in:"), measure);
    form->addRow(tr("Warn at:"), warn);
    form->addRow(active);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    p.minutes = minutes->value();
    p.measure = SlaMeasure(measure->currentData().toInt());
    p.warnPercent = warn->value();
    p.active = active->isChecked();
    if (auto saved = SlaRepository(m_db).save(m_session, p); !saved)
        showError(this, saved.error());
    refresh();
}

// ---------------------------------------------------------------- AuditTab

AuditTab::AuditTab(const Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    m_table = makeTable(this, u"auditTable"_s);
    m_reload = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reload);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    connect(m_reload, &QPushButton::clicked, this, &AuditTab::refresh);
    retranslateUi();
}

void AuditTab::retranslateUi()
{
    m_reload->setText(tr("Reload"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Record"), tr("Action"), tr("Field"),
                                        tr("Old value"), tr("New value")});
}

void AuditTab::refresh()
{
    auto entries = audit::recent(m_db, 500);
    if (!entries)
        return;
    m_table->setRowCount(int(entries->size()));
    const QLocale locale;
    for (int r = 0; r < entries->size(); ++r) {
        const AuditEntry &e = entries->at(r);
        m_table->setItem(r, 0, cell(formatDateTime(e.at)));
        m_table->setItem(r, 1, cell(e.actorLogin));
        m_table->setItem(r, 2, cell(u"%1 #%2"_s.arg(e.table).arg(e.recordId)));
        auto *action = cell(e.action);
        if (e.action.startsWith(u"forbidden:"_s))
            action->setForeground(QColor(0xb0, 0x00, 0x20));
        m_table->setItem(r, 3, action);
        m_table->setItem(r, 4, cell(e.field));
        m_table->setItem(r, 5, cell(e.oldValue.left(200)));
        m_table->setItem(r, 6, cell(e.newValue.left(200)));
    }
    m_table->resizeColumnsToContents();
}

} // namespace sd::ui
