#pragma once

#include "core/auth/roles.h"
#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"
#include "core/firstvisit/firstvisit.h"

#include <QKeySequence>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDialog;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sd::ui {

/// The verification screen of one first visit: every submitted field with verified / corrected,
/// call attempts with the suggested next time, the informing checklist, the needs, and the
/// workflow's actions. Keyboard first:
///   Space verifies the current field, F2 (or typing) corrects it, Enter saves the correction;
///   Ctrl+Shift+L logs the call attempt (Ctrl+L is the main window's caller lookup); Alt+1…Alt+4 tick the checklist; Ctrl+D goes to a new need
///   (Enter adds it); Ctrl+Enter takes the next step (finish verification, record needs,
///   retry); Esc goes back to the queue.
class FirstVisitWorkWidget final : public QWidget
{
    Q_OBJECT
public:
    FirstVisitWorkWidget(const sd::core::Database &db, const sd::core::Session &session,
                         const sd::core::BusinessCalendar &calendar, QWidget *parent = nullptr);

    /// Shows a first visit; false (error shown) when it cannot be read.
    bool load(qint64 id);
    qint64 currentId() const { return m_fv.id; }
    const sd::core::firstvisit::FirstVisit &record() const { return m_fv; }
    /// The withdraw dialog while it is open (tests).
    QDialog *withdrawDialog() const { return m_withdrawDialog; }
    /// The key that logs the call attempt.
    static QKeySequence logAttemptShortcut();

signals:
    /// Esc or Back.
    void closed();
    /// Something was saved on the record.
    void changed(qint64 id);
    /// A need taken up by an implementation project was opened (double click or Enter).
    void openProject(qint64 projectId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void populate();
    void updateSuggestion();
    void verifyCurrentField();
    void correctField(int row, const QString &value);
    void logAttempt();
    void saveChecklist(int index);
    void addNeed();
    void removeCurrentNeed();
    void act(const QString &action);
    void primaryAction();
    void needTypeChanged();
    bool report(const sd::core::Status &status);
    QString note(int index) const;

    sd::core::Database m_db;
    sd::core::Session m_session;
    sd::core::BusinessCalendar m_calendar;
    sd::core::firstvisit::FirstVisit m_fv;
    QList<std::pair<qint64, QString>> m_departments;
    bool m_populating = false;

    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_warning = nullptr;
    QGroupBox *m_fieldsBox = nullptr;
    QTableWidget *m_fields = nullptr;
    QPushButton *m_verifyField = nullptr;
    QLabel *m_fieldsHint = nullptr;
    QGroupBox *m_attemptBox = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_note = nullptr;
    QDateTimeEdit *m_nextAt = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLabel *m_nextLabel = nullptr;
    QPushButton *m_log = nullptr;
    QTableWidget *m_attempts = nullptr;
    QGroupBox *m_checkBox = nullptr;
    QList<QCheckBox *> m_checks;
    QList<QLineEdit *> m_checkNotes;
    QGroupBox *m_needsBox = nullptr;
    QComboBox *m_needType = nullptr;
    QComboBox *m_needDept = nullptr;
    QLineEdit *m_needText = nullptr;
    QPushButton *m_addNeed = nullptr;
    QTableWidget *m_needs = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_withdraw = nullptr;
    QDialog *m_withdrawDialog = nullptr;
};

} // namespace sd::ui
