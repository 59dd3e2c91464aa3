#pragma once

// The training roster's dialogs: a course, a session's plan, registering a student, the
// attendance of a day and an exam score. Each hands its input to core (TrainingService) and
// shows core's refusal next to the field it names; nothing is decided here.
#include "core/auth/roles.h"
#include "core/db/database.h"
#include "core/training/trainingservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace sd::ui {

/// Shows core's error in `label` (red, word-wrapped) and focuses the widget named by the error's
/// field in `fields` (field key → widget).
void showFieldError(QLabel *label, const sd::core::Error &error, const QHash<QString, QWidget *> &fields);

/// A course of the catalogue, new or edited: title, kind, product, modules, outline, duration,
/// pass mark.
class CourseDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `course.id == 0`: a new course.
    CourseDialog(const sd::core::TrainingService &service, const sd::core::Session &session,
                 const sd::core::TrainingCourse &course, QWidget *parent = nullptr);
    qint64 courseId() const { return m_course.id; }

    void accept() override;

private:
    sd::core::TrainingService m_service;
    sd::core::Session m_session;
    sd::core::TrainingCourse m_course;
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_product = nullptr;
    QLineEdit *m_modules = nullptr;
    QPlainTextEdit *m_outline = nullptr;
    QSpinBox *m_hours = nullptr;
    QSpinBox *m_passMark = nullptr;
    QLabel *m_error = nullptr;
};

/// Plans a session, or changes the plan of one (update_plan): course, dates and daily hours,
/// teacher, room or online link, capacity, notes. A day off or time outside working hours is
/// named at once and must be confirmed; a clash comes back from core naming the teacher or room.
class PlanSessionDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `existing` set: changing that session's plan (the course stays).
    PlanSessionDialog(const sd::core::Database &db, const sd::core::TrainingService &service,
                      const sd::core::Session &session, const std::optional<sd::core::TrainingSession> &existing = {},
                      QWidget *parent = nullptr);
    /// The session planned or changed (after accept).
    qint64 sessionId() const { return m_sessionId; }

    void setCourse(qint64 courseId);
    void setTeacher(qint64 staffId);
    void setTimes(const QDate &first, const QDate &last, const QTime &from, const QTime &to);
    void setRoom(const QString &room);
    void setOnlineLink(const QString &link);
    void setCapacity(int seats);
    /// The working-hours problem shown (empty when none).
    QString offHoursText() const;
    QString errorText() const;

    void accept() override;

private:
    sd::core::SessionPlan plan() const;
    void updateOffHours();

    sd::core::Database m_db;
    sd::core::TrainingService m_service;
    sd::core::Session m_session;
    std::optional<sd::core::TrainingSession> m_existing;
    qint64 m_sessionId = 0;
    QComboBox *m_course = nullptr;
    QComboBox *m_teacher = nullptr;
    QDateEdit *m_firstDay = nullptr;
    QDateEdit *m_lastDay = nullptr;
    QTimeEdit *m_from = nullptr;
    QTimeEdit *m_to = nullptr;
    QLineEdit *m_room = nullptr;
    QLineEdit *m_link = nullptr;
    QSpinBox *m_capacity = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_offHours = nullptr;
    QCheckBox *m_confirm = nullptr;
    QLabel *m_error = nullptr;
};

/// Registers a student on a session: a customer found by name, code or phone, then one of its
/// contacts, or a new student (name, phone) whom core creates and links to the customer.
class RegisterStudentDialog final : public QDialog
{
    Q_OBJECT
public:
    RegisterStudentDialog(const sd::core::Database &db, const sd::core::TrainingService &service,
                          const sd::core::Session &session, const sd::core::TrainingSession &trainingSession,
                          QWidget *parent = nullptr);

    /// Looks the text up and selects the first customer found; false when none.
    bool findCustomer(const QString &text);
    /// Chooses the customer's contact with this name (false: none); or a new student.
    bool chooseContact(const QString &name);
    void setNewStudent(const QString &name, const QString &phone);
    QString errorText() const;

    void accept() override;

private:
    void customerChosen();
    void contactChosen();

    sd::core::Database m_db;
    sd::core::TrainingService m_service;
    sd::core::Session m_session;
    sd::core::TrainingSession m_trainingSession;
    QLineEdit *m_search = nullptr;
    QListWidget *m_customers = nullptr;
    QComboBox *m_contact = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_error = nullptr;
};

/// The attendance of one day: a box per student holding a seat.
class AttendanceDialog final : public QDialog
{
    Q_OBJECT
public:
    AttendanceDialog(const sd::core::TrainingService &service, const sd::core::Session &session, qint64 sessionId,
                     QWidget *parent = nullptr);
    void setDay(const QDate &day);
    void setPresent(qint64 registrationId, bool present);
    QString errorText() const;

    void accept() override;

private:
    sd::core::TrainingService m_service;
    sd::core::Session m_session;
    qint64 m_sessionId = 0;
    QComboBox *m_day = nullptr;
    QTableWidget *m_students = nullptr;
    QLabel *m_error = nullptr;
};

/// An exam score (0–100) for one student, a first attempt or a re-sit.
class ScoreDialog final : public QDialog
{
    Q_OBJECT
public:
    ScoreDialog(const sd::core::TrainingService &service, const sd::core::Session &session,
                const sd::core::TrainingSession &trainingSession, const sd::core::TrainingRegistration &student,
                QWidget *parent = nullptr);
    void setScore(int score);
    QString errorText() const;

    void accept() override;

private:
    sd::core::TrainingService m_service;
    sd::core::Session m_session;
    sd::core::TrainingSession m_trainingSession;
    sd::core::TrainingRegistration m_student;
    QSpinBox *m_score = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace sd::ui
