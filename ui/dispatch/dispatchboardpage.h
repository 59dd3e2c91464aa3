#pragma once

#include "core/calendar/businesscalendar.h"
#include "core/dispatch/dispatchservice.h"
#include "core/returnvisits/returnvisitservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QHBoxLayout;

namespace sd::ui {

class JobColumnModel;
class JobCardDelegate;

/// The service manager's dispatch board (SPEC §3.4) and the engineer's jobs: one column per
/// stage (waiting for verification → archived), overdue and due-soon first; the engineers with
/// their open jobs, region and skills on the right (drop a card on one to dispatch); the chosen
/// job's details with the steps the user may take, and the Service Dispatch Form (print / PDF,
/// Chinese or English). A second tab lists the return visits that are due.
///
/// Keyboard: arrows move within a column, Left/Right between columns, Enter takes the job's
/// next step, Ctrl+D dispatches or reassigns, Ctrl+P prints the form, F5 refreshes.
class DispatchBoardPage final : public QWidget
{
    Q_OBJECT
public:
    DispatchBoardPage(const sd::core::Database &db, const sd::core::Session &session,
                      QWidget *parent = nullptr);

    void refresh();
    /// Selects the job's card (true when it is on the board).
    bool selectJob(qint64 jobId);
    qint64 currentJobId() const;
    /// The columns, in board order (for tests).
    QList<QListView *> columns() const { return m_columns; }
    JobColumnModel *columnModel(int column) const;
    /// Takes `action` on the current job. With `ask`, opens the action's dialog (window-modal)
    /// and takes the step when it is accepted; otherwise takes it at once with `fields`.
    bool takeAction(const QString &action, const QVariantMap &fields = {}, bool ask = true);
    /// Writes the current job's Service Dispatch Form as a PDF.
    bool saveFormPdf(const QString &path, bool chinese);
    /// The visible text of the selected job's details (for tests and screenshots).
    QString detailsText() const;
    QTableWidget *visitsTable() const { return m_visits; }
    /// The number of the complaint last opened from a return visit (for tests).
    QString lastComplaintNo() const { return m_lastComplaintNo; }
    /// Opens the return-visit dialog for the selected row of the visits tab.
    void recordVisit();
    /// Milliseconds the last refresh took (query + models).
    qint64 lastRefreshMs() const { return m_lastRefreshMs; }

signals:
    void jobsChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void buildBoard(QWidget *board);
    void buildVisits(QWidget *visits);
    void refreshEngineers();
    void refreshVisits();
    void showJob(qint64 jobId);
    void updateActions();
    void printForm();
    void exportForm();
    void newRequest();
    void focusColumn(int column);
    int columnOf(const QObject *view) const;
    bool dropOnEngineer(qint64 jobId, int version, qint64 engineerId);
    bool applyAction(qint64 jobId, int version, const QString &action, const QVariantMap &fields);
    void afterAction(const sd::core::DispatchJob &done);
    void updateColumnWidths();
    void offerComplaint(const sd::core::ReturnVisit &done);

    sd::core::Database m_db;
    sd::core::Session m_session;
    sd::core::BusinessCalendar m_calendar;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_engineerFilter = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_new = nullptr;
    QList<QLabel *> m_columnTitles;
    QList<QListView *> m_columns;
    QList<JobColumnModel *> m_models;
    JobCardDelegate *m_delegate = nullptr;
    QScrollArea *m_scroll = nullptr;
    bool m_mayDispatch = false;   ///< dispatch or reassign: the engineers panel takes drops
    QLabel *m_engineersTitle = nullptr;
    QListWidget *m_engineers = nullptr;
    QTextBrowser *m_details = nullptr;
    QHBoxLayout *m_actionRow = nullptr;
    QList<QPushButton *> m_actionButtons;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QComboBox *m_formLanguage = nullptr;
    QTableWidget *m_visits = nullptr;
    QPushButton *m_recordVisit = nullptr;
    QPushButton *m_quarterly = nullptr;
    QLabel *m_visitsSummary = nullptr;
    qint64 m_currentJob = 0;
    qint64 m_lastRefreshMs = 0;
    QString m_lastComplaintNo;
    QStringList m_engineerNames;
};

} // namespace sd::ui
