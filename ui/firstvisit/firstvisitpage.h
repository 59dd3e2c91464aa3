#pragma once

#include "core/auth/roles.h"
#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace sd::ui {

class FirstVisitDigestsWidget;
class FirstVisitQueueModel;
class FirstVisitWorkWidget;

/// The "First visit" (首访) page: the agent's queue, the verification screen, a sales person's
/// own submissions, and the daily digests. Alt+Q / Alt+M / Alt+G switch the tabs; F5 reloads;
/// Enter opens the selected first visit.
class FirstVisitPage final : public QWidget
{
    Q_OBJECT
public:
    FirstVisitPage(const sd::core::Database &db, const sd::core::Session &session, QWidget *parent = nullptr);

    void refresh();
    /// Opens the verification screen of a first visit.
    bool openFirstVisit(qint64 id);
    enum class Tab { Queue, Submissions, Digests };
    void showTab(Tab tab);

    FirstVisitWorkWidget *workWidget() const { return m_work; }
    FirstVisitDigestsWidget *digestsWidget() const { return m_digests; }
    QTableView *queueView() const { return m_queueView; }

signals:
    /// The project that took up one of the record's needs, to be shown (FirstVisitWorkWidget).
    void openProject(qint64 projectId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateCounts();
    void openCurrent(QTableView *view, FirstVisitQueueModel *model);
    void backToList();
    void newSubmission();
    void importCsv();

    sd::core::Database m_db;
    sd::core::Session m_session;
    sd::core::BusinessCalendar m_calendar;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_queueTab = nullptr;
    QWidget *m_submissionsTab = nullptr;
    FirstVisitDigestsWidget *m_digests = nullptr;
    FirstVisitQueueModel *m_queue = nullptr;
    FirstVisitQueueModel *m_mine = nullptr;
    QTableView *m_queueView = nullptr;
    QTableView *m_mineView = nullptr;
    QLabel *m_queueCount = nullptr;
    QLabel *m_mineCount = nullptr;
    QPushButton *m_openQueue = nullptr;
    QPushButton *m_openMine = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_import = nullptr;
    FirstVisitWorkWidget *m_work = nullptr;
};

} // namespace sd::ui
