#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"
#include "core/hotline/dutyroster.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sd::ui {

/// The duty roster (值班表) as a week grid: one row per operator, one column per day, each
/// cell the person's shifts. The service manager adds a shift with Enter (or a double click)
/// on a cell and removes it with Delete; copies the week to the next; and sets whether only
/// staff on duty may take calls. Operators see the grid with their own row marked.
/// Alt+Left / Alt+Right change the week, Alt+Home goes to this week.
class DutyRosterPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DutyRosterPage)

public:
    DutyRosterPage(const sd::core::Database &db, const sd::core::Session &session, QWidget *parent = nullptr);

    void showWeek(const QDate &anyDay);
    QDate monday() const { return m_monday; }
    void reload();
    /// The shifts shown in a cell.
    QList<sd::core::DutyShift> shiftsAt(int row, int column) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addShift(int row, int column);
    void removeShift(int row, int column);

    sd::core::Database m_db;
    sd::core::Session m_session;
    QDate m_monday;
    QList<QPair<qint64, QString>> m_people;
    QHash<QPair<int, int>, QList<sd::core::DutyShift>> m_cells;

    QPushButton *m_prev = nullptr;
    QPushButton *m_today = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_week = nullptr;
    QPushButton *m_copy = nullptr;
    QCheckBox *m_required = nullptr;
    QTableWidget *m_grid = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace sd::ui
