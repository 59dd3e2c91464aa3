#include "ui/training/trainingdialogs.h"

#include "core/auth/staffrepository.h"
#include "core/records/customerrepository.h"
#include "ui/common/errors.h"
#include "ui/common/format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"dialogError"_s);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b00020;"_s);
    label->hide();
    return label;
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

void showFieldError(QLabel *label, const Error &error, const QHash<QString, QWidget *> &fields)
{
    label->setText(error.code == ErrorCode::Invalid ? error.message : describeError(error));
    label->show();
    if (QWidget *w = fields.value(error.field))
        w->setFocus(Qt::OtherFocusReason);
}

// ------------------------------------------------------------------------------ course

CourseDialog::CourseDialog(const TrainingService &service, const Session &session, const TrainingCourse &course,
                           QWidget *parent)
    : QDialog(parent), m_service(service), m_session(session), m_course(course)
{
    setObjectName(u"courseDialog"_s);
    setWindowTitle(course.id ? tr("Edit course") : tr("New course"));
    m_title = new QLineEdit(course.title, this);
    m_title->setObjectName(u"courseTitle"_s);
    m_title->setMaxLength(200);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"courseKind"_s);
    for (const QString &k : training::courseKinds())
        m_kind->addItem(training::courseKindTitle(k), k);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(course.kind)));
    // The products courses are given for so far; any other can be typed.
    m_product = new QComboBox(this);
    m_product->setObjectName(u"courseProduct"_s);
    m_product->setEditable(true);
    QStringList products;
    for (const TrainingCourse &c : m_service.courses(true).value_or(QList<TrainingCourse>{}))
        if (!products.contains(c.product))
            products << c.product;
    m_product->addItems(products);
    m_product->setCurrentText(course.product);
    m_modules = new QLineEdit(course.modules, this);
    m_modules->setObjectName(u"courseModules"_s);
    m_outline = new QPlainTextEdit(course.outline, this);
    m_outline->setObjectName(u"courseOutline"_s);
    m_outline->setTabChangesFocus(true);
    m_hours = new QSpinBox(this);
    m_hours->setObjectName(u"courseHours"_s);
    m_hours->setRange(1, 200);
    m_hours->setValue(course.durationHours > 0 ? course.durationHours : 7);
    m_passMark = new QSpinBox(this);
    m_passMark->setObjectName(u"coursePassMark"_s);
    m_passMark->setRange(0, 100);
    m_passMark->setValue(course.id ? course.passMark : 60);
    m_error = errorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&Modules:"), m_modules);
    form->addRow(tr("&Outline:"), m_outline);
    form->addRow(tr("&Duration (hours):"), m_hours);
    form->addRow(tr("Exam &pass mark:"), m_passMark);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, course.id ? tr("Save") : tr("Create course")));
    resize(560, 460);
}

void CourseDialog::accept()
{
    TrainingCourse c = m_course;
    c.title = m_title->text();
    c.kind = m_kind->currentData().toString();
    c.product = m_product->currentText();
    c.modules = m_modules->text();
    c.outline = m_outline->toPlainText();
    c.durationHours = m_hours->value();
    c.passMark = m_passMark->value();
    const QHash<QString, QWidget *> fields{{u"title"_s, m_title},     {u"kind"_s, m_kind},
                                           {u"product"_s, m_product}, {u"modules"_s, m_modules},
                                           {u"outline"_s, m_outline}, {u"duration_hours"_s, m_hours},
                                           {u"pass_mark"_s, m_passMark}};
    if (c.id == 0) {
        auto id = m_service.createCourse(m_session, c);
        if (!id)
            return showFieldError(m_error, id.error(), fields);
        m_course.id = *id;
    } else if (auto ok = m_service.updateCourse(m_session, c); !ok) {
        return showFieldError(m_error, ok.error(), fields);
    }
    QDialog::accept();
}

// ------------------------------------------------------------------------------ plan

PlanSessionDialog::PlanSessionDialog(const Database &db, const TrainingService &service, const Session &session,
                                     const std::optional<TrainingSession> &existing, QWidget *parent)
    : QDialog(parent), m_db(db), m_service(service), m_session(session), m_existing(existing)
{
    setObjectName(u"planSessionDialog"_s);
    setWindowTitle(existing ? tr("Change the plan of %1").arg(existing->sessionNo) : tr("Plan a training session"));
    m_course = new QComboBox(this);
    m_course->setObjectName(u"planCourse"_s);
    if (existing) {
        m_course->addItem(existing->courseTitle, existing->courseId);
        m_course->setEnabled(false);   // a session keeps its course; plan another one instead
    } else {
        for (const TrainingCourse &c : m_service.courses(false).value_or(QList<TrainingCourse>{}))
            m_course->addItem(u"%1 (%2)"_s.arg(c.title, c.product), c.id);
    }
    m_teacher = new QComboBox(this);
    m_teacher->setObjectName(u"planTeacher"_s);
    for (const Staff &s : StaffRepository(db).withRole(Role::Trainer).value_or(QList<Staff>{}))
        if (s.active)
            m_teacher->addItem(s.displayName, s.id);
    m_teacher->setCurrentIndex(std::max(0, m_teacher->findData(existing ? existing->teacherId : session.staffId)));

    // Dates and the hours of each day, on the center's clock.
    const QDate next = centerToday().addDays(7);
    m_firstDay = new QDateEdit(this);
    m_firstDay->setObjectName(u"planFirstDay"_s);
    m_lastDay = new QDateEdit(this);
    m_lastDay->setObjectName(u"planLastDay"_s);
    for (QDateEdit *e : {m_firstDay, m_lastDay}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd ddd"_s);
    }
    m_from = new QTimeEdit(QTime(9, 0), this);
    m_from->setObjectName(u"planFrom"_s);
    m_to = new QTimeEdit(QTime(16, 30), this);
    m_to->setObjectName(u"planTo"_s);
    for (QTimeEdit *e : {m_from, m_to})
        e->setDisplayFormat(u"HH:mm"_s);
    m_firstDay->setDate(next);
    m_lastDay->setDate(next);
    m_room = new QLineEdit(this);
    m_room->setObjectName(u"planRoom"_s);
    m_room->setMaxLength(100);
    m_link = new QLineEdit(this);
    m_link->setObjectName(u"planLink"_s);
    m_link->setMaxLength(500);
    m_link->setPlaceholderText(tr("For a session held online: the meeting link"));
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(u"planCapacity"_s);
    m_capacity->setRange(1, 500);
    m_capacity->setValue(20);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"planNotes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    if (existing) {
        const QDateTime s = centerDateTime(existing->startsAt);
        const QDateTime e = centerDateTime(existing->endsAt);
        setTimes(s.date(), e.date(), s.time(), e.time());
        m_room->setText(existing->room);
        m_link->setText(existing->onlineLink);
        m_capacity->setValue(existing->capacity);
        m_notes->setPlainText(existing->notes);
    }
    m_offHours = new QLabel(this);
    m_offHours->setObjectName(u"planOffHours"_s);
    m_offHours->setWordWrap(true);
    m_offHours->setStyleSheet(u"color: #b26a00; font-weight: bold;"_s);
    m_confirm = new QCheckBox(tr("Hold it at that time anyway (confirmed)"), this);
    m_confirm->setObjectName(u"planConfirmOffHours"_s);
    m_error = errorLabel(this);

    auto *days = new QHBoxLayout;
    days->addWidget(m_firstDay);
    days->addWidget(new QLabel(tr("to"), this));
    days->addWidget(m_lastDay);
    days->addStretch();
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_from);
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_to);
    hours->addWidget(new QLabel(tr("each day"), this));
    hours->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Course:"), m_course);
    form->addRow(tr("&Teacher:"), m_teacher);
    form->addRow(tr("&Days:"), days);
    form->addRow(tr("&Hours:"), hours);
    form->addRow(tr("&Room:"), m_room);
    form->addRow(tr("Online &link:"), m_link);
    form->addRow(tr("C&apacity (seats):"), m_capacity);
    form->addRow(tr("&Notes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_offHours);
    layout->addWidget(m_confirm);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(okCancel(this, existing ? tr("Save the plan") : tr("Plan session")));

    for (QDateEdit *e : {m_firstDay, m_lastDay})
        connect(e, &QDateEdit::dateChanged, this, [this] { updateOffHours(); });
    for (QTimeEdit *e : {m_from, m_to})
        connect(e, &QTimeEdit::timeChanged, this, [this] { updateOffHours(); });
    connect(m_firstDay, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (m_lastDay->date() < d)
            m_lastDay->setDate(d);
    });
    updateOffHours();
    resize(600, 520);
}

void PlanSessionDialog::setCourse(qint64 courseId) { m_course->setCurrentIndex(m_course->findData(courseId)); }
void PlanSessionDialog::setTeacher(qint64 staffId) { m_teacher->setCurrentIndex(m_teacher->findData(staffId)); }
void PlanSessionDialog::setRoom(const QString &room) { m_room->setText(room); }
void PlanSessionDialog::setOnlineLink(const QString &link) { m_link->setText(link); }
void PlanSessionDialog::setCapacity(int seats) { m_capacity->setValue(seats); }
QString PlanSessionDialog::offHoursText() const { return m_offHours->isHidden() ? QString() : m_offHours->text(); }
QString PlanSessionDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void PlanSessionDialog::setTimes(const QDate &first, const QDate &last, const QTime &from, const QTime &to)
{
    m_firstDay->setDate(first);
    m_lastDay->setDate(last);
    m_from->setTime(from);
    m_to->setTime(to);
}

SessionPlan PlanSessionDialog::plan() const
{
    SessionPlan p;
    p.courseId = m_course->currentData().toLongLong();
    p.teacherId = m_teacher->currentData().toLongLong();
    p.startsAt = fromEditTime(QDateTime(m_firstDay->date(), m_from->time()));
    p.endsAt = fromEditTime(QDateTime(m_lastDay->date(), m_to->time()));
    p.room = m_room->text();
    p.onlineLink = m_link->text();
    p.capacity = m_capacity->value();
    p.confirmOffHours = !m_confirm->isHidden() && m_confirm->isChecked();
    p.notes = m_notes->toPlainText();
    return p;
}

void PlanSessionDialog::updateOffHours()
{
    // Core's reading of the business calendar, shown while the dates are chosen.
    const SessionPlan p = plan();
    const QString problem = p.endsAt > p.startsAt ? training::offHoursProblem(m_service.calendar(), p.startsAt, p.endsAt)
                                                  : QString();
    m_offHours->setText(problem.isEmpty() ? QString() : u"⚠ "_s + problem);
    m_offHours->setVisible(!problem.isEmpty());
    m_confirm->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        m_confirm->setChecked(false);
}

void PlanSessionDialog::accept()
{
    const SessionPlan p = plan();
    const QHash<QString, QWidget *> fields{{u"course_id"_s, m_course}, {u"teacher_id"_s, m_teacher},
                                           {u"starts_at"_s, m_firstDay}, {u"ends_at"_s, m_lastDay},
                                           {u"room"_s, m_room},         {u"online_link"_s, m_link},
                                           {u"capacity"_s, m_capacity}, {u"notes"_s, m_notes},
                                           {u"confirm_off_hours"_s, m_confirm}};
    if (!m_confirm->isHidden() && !m_confirm->isChecked()) {
        m_error->setText(tr("The session falls outside working hours: tick “Hold it at that time anyway” to plan it so."));
        m_error->show();
        m_confirm->setFocus();
        return;
    }
    if (!m_existing) {
        auto s = m_service.plan(m_session, p);
        if (!s)
            return showFieldError(m_error, s.error(), fields);
        m_sessionId = s->id;
    } else {
        const QVariantMap change{{u"teacher_id"_s, p.teacherId}, {u"starts_at"_s, p.startsAt},
                                 {u"ends_at"_s, p.endsAt},       {u"room"_s, p.room},
                                 {u"online_link"_s, p.onlineLink}, {u"capacity"_s, p.capacity},
                                 {u"notes"_s, p.notes},          {u"confirm_off_hours"_s, p.confirmOffHours ? 1 : 0}};
        auto s = m_service.act(m_session, m_existing->id, m_existing->version, QString(training::UpdatePlan), change);
        if (!s)
            return showFieldError(m_error, s.error(), fields);
        m_sessionId = s->id;
    }
    QDialog::accept();
}

// ------------------------------------------------------------------------------ register

RegisterStudentDialog::RegisterStudentDialog(const Database &db, const TrainingService &service,
                                             const Session &session, const TrainingSession &trainingSession,
                                             QWidget *parent)
    : QDialog(parent), m_db(db), m_service(service), m_session(session), m_trainingSession(trainingSession)
{
    setObjectName(u"registerStudentDialog"_s);
    setWindowTitle(tr("Register a student — %1").arg(trainingSession.sessionNo));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(trainingSession.state == training::Full
                       ? tr("Every seat of “%1” is taken: the student goes onto the waiting list.").arg(trainingSession.courseTitle)
                       : tr("“%1”: %2 of %3 seats taken.")
                             .arg(trainingSession.courseTitle)
                             .arg(trainingSession.registered)
                             .arg(trainingSession.capacity));
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"registerCustomerSearch"_s);
    m_search->setPlaceholderText(tr("Company name, service code or phone — Enter to search"));
    m_customers = new QListWidget(this);
    m_customers->setObjectName(u"registerCustomers"_s);
    m_customers->setMaximumHeight(120);
    m_contact = new QComboBox(this);
    m_contact->setObjectName(u"registerContact"_s);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"registerName"_s);
    m_name->setMaxLength(100);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"registerPhone"_s);
    m_phone->setMaxLength(50);
    m_error = errorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Customer:"), m_search);
    form->addRow(QString(), m_customers);
    form->addRow(tr("S&tudent:"), m_contact);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, trainingSession.state == training::Full ? tr("Put on the waiting list") : tr("Register")));

    connect(m_search, &QLineEdit::returnPressed, this, [this] { findCustomer(m_search->text()); });
    connect(m_customers, &QListWidget::currentRowChanged, this, [this] { customerChosen(); });
    connect(m_contact, &QComboBox::currentIndexChanged, this, [this] { contactChosen(); });
    customerChosen();
    resize(520, 420);
}

QString RegisterStudentDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

bool RegisterStudentDialog::findCustomer(const QString &text)
{
    m_search->setText(text);
    m_customers->clear();
    for (const CustomerRow &c : CustomerRepository(m_db).lookup(text, 20).value_or(QList<CustomerRow>{})) {
        auto *item = new QListWidgetItem(c.firstContact.isEmpty() ? c.name : u"%1 — %2"_s.arg(c.name, c.firstContact),
                                         m_customers);
        item->setData(kIdRole, c.id);
    }
    if (m_customers->count() == 0) {
        m_error->setText(tr("No customer matches “%1”.").arg(text));
        m_error->show();
        return false;
    }
    m_error->hide();
    m_customers->setCurrentRow(0);
    return true;
}

void RegisterStudentDialog::customerChosen()
{
    m_contact->clear();
    QListWidgetItem *item = m_customers->currentItem();
    if (item) {
        if (auto c = CustomerRepository(m_db).get(item->data(kIdRole).toLongLong())) {
            for (const Contact &k : c->contacts) {
                const QString phone = k.phones.isEmpty() ? QString() : k.phones.first().phone;
                m_contact->addItem(phone.isEmpty() ? k.name : u"%1 (%2)"_s.arg(k.name, phone),
                                   QVariantList{k.id, k.name, phone});
            }
        }
    }
    m_contact->addItem(tr("A new student of this customer…"), QVariantList{0LL, QString(), QString()});
    m_contact->setEnabled(item != nullptr);
    contactChosen();
}

void RegisterStudentDialog::contactChosen()
{
    const QVariantList v = m_contact->currentData().toList();
    const bool isNew = v.isEmpty() || v.at(0).toLongLong() == 0;
    m_name->setText(isNew ? QString() : v.at(1).toString());
    m_phone->setText(isNew ? QString() : v.at(2).toString());
    m_name->setReadOnly(!isNew);
    m_phone->setReadOnly(!isNew);
}

bool RegisterStudentDialog::chooseContact(const QString &name)
{
    for (int i = 0; i < m_contact->count(); ++i) {
        const QVariantList v = m_contact->itemData(i).toList();
        if (v.size() == 3 && v.at(0).toLongLong() > 0 && v.at(1).toString() == name) {
            m_contact->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void RegisterStudentDialog::setNewStudent(const QString &name, const QString &phone)
{
    m_contact->setCurrentIndex(m_contact->count() - 1);
    m_name->setText(name);
    m_phone->setText(phone);
}

void RegisterStudentDialog::accept()
{
    QListWidgetItem *item = m_customers->currentItem();
    const QHash<QString, QWidget *> fields{{u"customer_id"_s, m_search}, {u"contact_id"_s, m_contact},
                                           {u"student_name"_s, m_name},  {u"student_phone"_s, m_phone},
                                           {u"student_id"_s, m_name}};
    QVariantMap f{{u"student_name"_s, m_name->text()},
                  {u"student_phone"_s, m_phone->text()},
                  {u"customer_id"_s, item ? item->data(kIdRole).toLongLong() : 0LL},
                  {u"source"_s, u"direct"_s}};
    const QVariantList v = m_contact->currentData().toList();
    if (v.size() == 3 && v.at(0).toLongLong() > 0)
        f.insert(u"contact_id"_s, v.at(0).toLongLong());
    // Core reads the session again: its version may have moved since the page showed it.
    auto now = m_service.get(m_trainingSession.id);
    if (!now)
        return showFieldError(m_error, now.error(), fields);
    auto s = m_service.act(m_session, now->id, now->version, QString(training::Register), f);
    if (!s)
        return showFieldError(m_error, s.error(), fields);
    QDialog::accept();
}

// ------------------------------------------------------------------------------ attendance

AttendanceDialog::AttendanceDialog(const TrainingService &service, const Session &session, qint64 sessionId,
                                   QWidget *parent)
    : QDialog(parent), m_service(service), m_session(session), m_sessionId(sessionId)
{
    setObjectName(u"attendanceDialog"_s);
    setWindowTitle(tr("Attendance"));
    m_day = new QComboBox(this);
    m_day->setObjectName(u"attendanceDay"_s);
    if (auto s = m_service.get(sessionId)) {
        const QDate first = centerDateTime(s->startsAt).date();
        const QDate last = centerDateTime(s->endsAt).date();
        for (QDate d = first; d <= last; d = d.addDays(1))
            m_day->addItem(QLocale().toString(d, QLocale::ShortFormat) + u" "_s + QLocale().dayName(d.dayOfWeek(), QLocale::ShortFormat),
                           d.toString(Qt::ISODate));
        // Today's day when the session runs today.
        m_day->setCurrentIndex(std::max(0, m_day->findData(centerToday().toString(Qt::ISODate))));
    }
    m_students = new QTableWidget(0, 2, this);
    m_students->setObjectName(u"attendanceStudents"_s);
    m_students->setHorizontalHeaderLabels({tr("Student"), tr("Company")});
    m_students->verticalHeader()->hide();
    m_students->horizontalHeader()->setStretchLastSection(true);
    m_students->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (const TrainingRegistration &r : m_service.registrations(sessionId).value_or(QList<TrainingRegistration>{})) {
        if (r.status != training::Registered && r.status != training::Promoted)
            continue;
        const int row = m_students->rowCount();
        m_students->insertRow(row);
        auto *name = new QTableWidgetItem(r.studentName);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Checked);
        name->setData(kIdRole, r.id);
        m_students->setItem(row, 0, name);
        m_students->setItem(row, 1, new QTableWidgetItem(r.customerName));
    }
    m_students->resizeColumnToContents(0);
    m_error = errorLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Day:"), m_day);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Tick who was present:"), this));
    layout->addWidget(m_students, 1);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("Record attendance")));
    resize(480, 420);
}

void AttendanceDialog::setDay(const QDate &day) { m_day->setCurrentIndex(m_day->findData(day.toString(Qt::ISODate))); }

void AttendanceDialog::setPresent(qint64 registrationId, bool present)
{
    for (int row = 0; row < m_students->rowCount(); ++row)
        if (m_students->item(row, 0)->data(kIdRole).toLongLong() == registrationId)
            m_students->item(row, 0)->setCheckState(present ? Qt::Checked : Qt::Unchecked);
}

QString AttendanceDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void AttendanceDialog::accept()
{
    for (int row = 0; row < m_students->rowCount(); ++row) {
        const QTableWidgetItem *item = m_students->item(row, 0);
        auto now = m_service.get(m_sessionId);
        if (!now)
            return showFieldError(m_error, now.error(), {});
        auto s = m_service.act(m_session, m_sessionId, now->version, QString(training::RecordAttendance),
                               {{u"registration_id"_s, item->data(kIdRole).toLongLong()},
                                {u"day"_s, m_day->currentData().toString()},
                                {u"present"_s, item->checkState() == Qt::Checked ? 1 : 0}});
        if (!s)
            return showFieldError(m_error, s.error(), {{u"day"_s, m_day}});
    }
    QDialog::accept();
}

// ------------------------------------------------------------------------------ score

ScoreDialog::ScoreDialog(const TrainingService &service, const Session &session, const TrainingSession &trainingSession,
                         const TrainingRegistration &student, QWidget *parent)
    : QDialog(parent), m_service(service), m_session(session), m_trainingSession(trainingSession), m_student(student)
{
    setObjectName(u"scoreDialog"_s);
    setWindowTitle(student.attempts > 0 ? tr("Re-sit score — %1").arg(student.studentName)
                                        : tr("Exam score — %1").arg(student.studentName));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    QString text = tr("“%1”: %2 points pass.").arg(trainingSession.courseTitle).arg(trainingSession.passMark);
    if (student.attempts > 0)
        text += u" "_s + tr("Attempt %1; last score %2.").arg(student.attempts + 1).arg(student.lastScore);
    intro->setText(text);
    m_score = new QSpinBox(this);
    m_score->setObjectName(u"scoreValue"_s);
    m_score->setRange(0, 100);
    m_score->setValue(trainingSession.passMark);
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"scoreNote"_s);
    m_note->setMaxLength(200);
    m_error = errorLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Score (0–100):"), m_score);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("Record score")));
}

void ScoreDialog::setScore(int score) { m_score->setValue(score); }
QString ScoreDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void ScoreDialog::accept()
{
    auto now = m_service.get(m_trainingSession.id);
    if (!now)
        return showFieldError(m_error, now.error(), {});
    QVariantMap f{{u"registration_id"_s, m_student.id}, {u"score"_s, m_score->value()}};
    if (!m_note->text().trimmed().isEmpty())
        f.insert(u"note"_s, m_note->text());
    auto s = m_service.act(m_session, now->id, now->version, QString(training::RecordScore), f);
    if (!s)
        return showFieldError(m_error, s.error(), {{u"score"_s, m_score}, {u"note"_s, m_note}});
    QDialog::accept();
}

} // namespace sd::ui
