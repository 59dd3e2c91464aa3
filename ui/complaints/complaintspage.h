#pragma once

#include "core/auth/roles.h"
#include "core/complaints/complaintservice.h"
#include "core/db/database.h"
#include "core/reports/complaintreport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QChartView;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace sd::ui {

class SearchLine;


/// The complaint register as a table: number, the countdown of the deadline that runs, customer
/// (★ key), what happened, state, received, complainant, source, class, department, responsible.
class ComplaintListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { No, Deadline, Customer, Description, State, Received, Complainant, Source, Class, Department, Responsible, ColumnCount };
    explicit ComplaintListModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setRows(const QList<sd::core::complaints::ComplaintRow> &rows,
                 const QHash<qint64, sd::core::complaints::ComplaintDeadline> &deadlines);
    const sd::core::complaints::ComplaintRow *rowAt(int row) const;
    int rowOf(qint64 id) const;
    sd::core::complaints::ComplaintDeadline deadlineOf(qint64 id) const { return m_deadlines.value(id); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<sd::core::complaints::ComplaintRow> m_rows;
    QHash<qint64, sd::core::complaints::ComplaintDeadline> m_deadlines;
};

/// The register: filters, the list with reply countdowns, the selected complaint with every
/// step (the registration form), the actions the session may take, print to PDF.
class ComplaintRegisterWidget final : public QWidget
{
    Q_OBJECT
public:
    ComplaintRegisterWidget(const sd::core::Database &db, const sd::core::Session &session, QWidget *parent = nullptr);

    void refresh();
    void selectComplaint(qint64 id);
    qint64 currentId() const;
    ComplaintListModel *model() const { return m_model; }
    /// The actions offered for the current complaint (action keys, in table order).
    QStringList availableActions() const;
    /// Opens the accept dialog (Ctrl+N) / an action's dialog; returns the dialog (shown, not exec'd).
    QDialog *newComplaint();
    QDialog *takeAction(const QString &action);
    /// Writes the current complaint's registration form as PDF.
    bool exportForm(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    void retranslateUi();
    void showCurrent();
    void rebuildActions();

    sd::core::Database m_db;
    sd::core::Session m_session;
    std::optional<sd::core::complaints::ComplaintService> m_svc;
    ComplaintListModel *m_model = nullptr;
    SearchLine *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_validity = nullptr;
    QCheckBox *m_keyOnly = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_print = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QWidget *m_actionBox = nullptr;
    QHBoxLayout *m_actionLayout = nullptr;
    QLabel *m_actionsTitle = nullptr;
    QTimer *m_timer = nullptr;
    QString m_currentState;
    int m_currentVersion = 0;
};

/// The monthly complaint analysis report with Qt Charts: summary, timeliness, trend, source,
/// class, department; export PDF (with charts) and CSV; the quality supervisor issues it.
class ComplaintReportWidget final : public QWidget
{
    Q_OBJECT
public:
    ComplaintReportWidget(const sd::core::Database &db, const sd::core::Session &session, QWidget *parent = nullptr);

    void setMonth(int yyyymm);
    int month() const;
    void refresh();
    const sd::core::reports::ComplaintMonthlyReport &report() const { return m_report; }
    bool exportPdf(const QString &path);
    bool exportCsv(const QString &path);
    bool issue();
    QList<QChartView *> chartViews() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    static QString issueTip();

    sd::core::Database m_db;
    sd::core::Session m_session;
    sd::core::reports::ComplaintMonthlyReport m_report;
    QString m_issueRefusal;   ///< core's reason why the month's report cannot be issued yet
    QDateEdit *m_month = nullptr;
    QLabel *m_monthLabel = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_issue = nullptr;
    QChartView *m_trend = nullptr;
    QChartView *m_timeliness = nullptr;
    QChartView *m_sources = nullptr;
    QChartView *m_classes = nullptr;
    QChartView *m_departments = nullptr;
    QTableView *m_open = nullptr;
};

/// The page "Complaints" (投诉登记): the register and the monthly report.
class ComplaintsPage final : public QWidget
{
    Q_OBJECT
public:
    ComplaintsPage(const sd::core::Database &db, const sd::core::Session &session, QWidget *parent = nullptr);

    ComplaintRegisterWidget *registerWidget() const { return m_register; }
    ComplaintReportWidget *reportWidget() const { return m_report; }
    void showReport();
    void showRegister();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QTabWidget *m_tabs = nullptr;
    ComplaintRegisterWidget *m_register = nullptr;
    ComplaintReportWidget *m_report = nullptr;
};

} // namespace sd::ui
