#pragma once

#include "core/auth/staffrepository.h"
#include "core/calendar/businesscalendar.h"
#include "core/sla/slapolicy.h"

#include <QWidget>

class QTableWidget;
class QPushButton;
class QLineEdit;
class QSpinBox;
class QLabel;
class QDateTimeEdit;

namespace sd::ui {

/// Accounts: list, add, enable/disable, reset password, edit roles.
class UsersTab final : public QWidget
{
    Q_OBJECT
public:
    UsersTab(const sd::core::Database &db, const sd::core::Session &session, QWidget *parent = nullptr);
    void refresh();
    void retranslateUi();

private:
    void addUser();
    void editUser();
    void toggleActive();
    void resetPassword();
    qint64 selectedId() const;
    /// Shows the accounts that match the search box (login, name or department).
    void fillTable();

    sd::core::Database m_db;
    sd::core::Session m_session;
    QList<sd::core::Staff> m_staff;          ///< every account, by name in pinyin order
    QList<sd::core::Department> m_departments;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_reset = nullptr;
};

/// Business calendar: working hours, holidays and make-up working days, a deadline calculator.
class CalendarTab final : public QWidget
{
    Q_OBJECT
public:
    CalendarTab(const sd::core::Database &db, const sd::core::Session &session, QWidget *parent = nullptr);
    void refresh();
    void retranslateUi();

private:
    void applyHours();
    void importFile();
    void addDay();
    void removeDay();
    void recompute();

    sd::core::Database m_db;
    sd::core::Session m_session;
    sd::core::BusinessCalendar m_calendar;
    QLabel *m_coverage = nullptr;   ///< no holidays for a coming year: what to do
    QLabel *m_hoursLabel = nullptr;
    QLineEdit *m_hours = nullptr;
    QPushButton *m_applyHours = nullptr;
    QLabel *m_yearLabel = nullptr;
    QSpinBox *m_year = nullptr;
    QTableWidget *m_days = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_addDay = nullptr;
    QPushButton *m_removeDay = nullptr;
    QLabel *m_calcLabel = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLabel *m_due = nullptr;
};

/// SLA policies: targets per record type and class, editable.
class SlaTab final : public QWidget
{
    Q_OBJECT
public:
    SlaTab(const sd::core::Database &db, const sd::core::Session &session, QWidget *parent = nullptr);
    void refresh();
    void retranslateUi();

private:
    void editPolicy();

    sd::core::Database m_db;
    sd::core::Session m_session;
    QList<sd::core::SlaPolicy> m_policies;
    QTableWidget *m_table = nullptr;
    QPushButton *m_edit = nullptr;
};

/// The latest entries of the audit trail.
class AuditTab final : public QWidget
{
    Q_OBJECT
public:
    AuditTab(const sd::core::Database &db, QWidget *parent = nullptr);
    void refresh();
    void retranslateUi();

private:
    sd::core::Database m_db;
    QTableWidget *m_table = nullptr;
    QPushButton *m_reload = nullptr;
};

} // namespace sd::ui
