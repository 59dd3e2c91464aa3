#pragma once

// The training roster (SPEC §3.5, issue 13): the sessions with their students, the course
// catalogue, and the notices. Every rule is core's (core/training/); this only shows and asks.
#include "core/auth/roles.h"
#include "core/db/database.h"
#include "core/training/trainingservice.h"

#include <QAbstractTableModel>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace sd::ui {

/// The sessions as a table: number, course, dates, teacher, place, seats, waiting, state.
class TrainingSessionModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { No, Course, Dates, Teacher, Place, Seats, Waiting, State, ColumnCount };
    explicit TrainingSessionModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setRows(const QList<sd::core::TrainingSession> &rows);
    /// Replaces the row of that session (seats, state after an action) without a reset.
    void updateRow(const sd::core::TrainingSession &session);
    const sd::core::TrainingSession *rowAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<sd::core::TrainingSession> m_rows;
};

/// One session: what, when, where, who teaches; the engine's allowed actions as buttons; its
/// students (seats, waiting list with positions, cancelled), the candidates from demand, the
/// notices sent; the notice as PDF (zh/en) and the student list as CSV.
class TrainingSessionDetail final : public QWidget
{
    Q_OBJECT
public:
    TrainingSessionDetail(const sd::core::Database &db, const sd::core::TrainingService &service,
                          const sd::core::Session &session, QWidget *parent = nullptr);

    void setSessionId(qint64 id);
    qint64 sessionId() const { return m_id; }
    void reload();
    /// The actions core allows now (keys, table order).
    QStringList availableActions() const { return m_actions; }
    /// Takes a whole-session action (open, hold, finish scoring, close; cancel asks a reason,
    /// change the plan opens the plan dialog). Returns the dialog when one opens (shown, not exec'd).
    QDialog *takeAction(const QString &action);
    QDialog *registerStudent();
    /// Cancels the registration (a waiting student moves up in core); false with the error shown.
    bool cancelRegistration(qint64 registrationId, const QString &reason = {});
    /// Registers the candidate (a first-visit need or a call) in one step; the need is taken up.
    bool registerCandidate(int row);
    QDialog *recordAttendance();
    QDialog *recordScore(qint64 registrationId);
    bool exportNoticePdf(const QString &path, bool chinese);
    bool exportStudentsCsv(const QString &path);
    QTableWidget *studentsTable() const { return m_students; }
    QTableWidget *candidatesTable() const { return m_candidates; }
    QString headerText() const;
    /// The last message (an action's result, a promotion) shown under the header.
    QString statusText() const;

signals:
    void changed(qint64 sessionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillStudents();
    void fillCandidates();
    void fillNotices();
    void rebuildActions();
    void updateRowButtons();
    void done(const QString &message);
    qint64 currentRegistrationId() const;
    bool act(const QString &action, const QVariantMap &fields = {});

    sd::core::Database m_db;
    sd::core::TrainingService m_service;
    sd::core::Session m_session;
    qint64 m_id = 0;
    std::optional<sd::core::TrainingSession> m_current;
    QList<sd::core::TrainingRegistration> m_registrations;
    QList<sd::core::TrainingCandidate> m_candidateRows;
    QStringList m_actions;
    QLabel *m_header = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_actionBox = nullptr;
    QHBoxLayout *m_actionLayout = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_students = nullptr;
    QTableWidget *m_candidates = nullptr;
    QListWidget *m_notices = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_cancelRegistration = nullptr;
    QPushButton *m_attendance = nullptr;
    QPushButton *m_score = nullptr;
    QPushButton *m_takeCandidate = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
};

/// The course catalogue: every course (retired ones on request), new / edit / retire / delete.
class TrainingCourseCatalog final : public QWidget
{
    Q_OBJECT
public:
    TrainingCourseCatalog(const sd::core::TrainingService &service, const sd::core::Session &session,
                          QWidget *parent = nullptr);
    void refresh();
    QTableWidget *table() const { return m_table; }
    QDialog *newCourse();
    QDialog *editCourse();
    bool retireCourse();
    bool deleteCourse();
    void selectCourse(qint64 id);

signals:
    void coursesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    const sd::core::TrainingCourse *current() const;

    sd::core::TrainingService m_service;
    sd::core::Session m_session;
    QList<sd::core::TrainingCourse> m_courses;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_retired = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_hint = nullptr;
};

/// The page "Training" (用户培训): sessions (filter by state and dates, plan a session, the
/// selected session's detail) and the course catalogue.
class TrainingPage final : public QWidget
{
    Q_OBJECT
public:
    TrainingPage(const sd::core::Database &db, const sd::core::Session &session, QWidget *parent = nullptr);

    void refresh();
    void selectSession(qint64 id);
    qint64 currentSessionId() const;
    QDialog *planSession();
    void setStateFilter(const QString &state);
    /// Sessions running in [from, to] (null dates: open ends).
    void setDateFilter(const QDate &from, const QDate &to);
    void showCourses();
    void showSessions();
    TrainingSessionModel *model() const { return m_model; }
    TrainingSessionDetail *detail() const { return m_detail; }
    TrainingCourseCatalog *catalog() const { return m_catalog; }
    QString countText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCurrent();
    /// Selects the session's row if the list holds it.
    bool selectRow(qint64 id);

    sd::core::Database m_db;
    sd::core::Session m_session;
    sd::core::TrainingService m_service;
    QTabWidget *m_tabs = nullptr;
    TrainingSessionModel *m_model = nullptr;
    QComboBox *m_state = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_plan = nullptr;
    QTableView *m_table = nullptr;
    TrainingSessionDetail *m_detail = nullptr;
    TrainingCourseCatalog *m_catalog = nullptr;
};

} // namespace sd::ui
