#pragma once

#include "core/projects/projectservice.h"

#include <QAbstractTableModel>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace sd::ui {

class SearchLine;
class StageTimeline;

/// The project list: number, customer, name, state, project manager, stage progress, health.
/// Pages of rows come from core as the view scrolls (filtered, searched and sorted in SQL).
class ProjectListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { No, Customer, Title, State, Manager, Progress, Health, ColumnCount };
    ProjectListModel(const sd::core::ProjectService &service, QObject *parent = nullptr);

    /// Starts over with `filter` (its first page; limit is the page size).
    void setFilter(const sd::core::ProjectFilter &filter);
    const sd::core::ProjectRow *rowAt(int row) const;
    int rowOf(qint64 id) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// The health of a row in words ("2 late stages · 3 missing log days · 1 approval pending").
    static QString healthText(const sd::core::ProjectRow &row);

private:
    sd::core::ProjectService m_service;
    sd::core::ProjectFilter m_filter;
    QList<sd::core::ProjectRow> m_rows;
    bool m_more = false;
    QString m_error;
};

/// One project: header, the actions core allows now, the stages (table, timeline, the stage's
/// actions and evaluations), the daily log book with missing days, documents, approvals.
class ProjectDetailWidget final : public QWidget
{
    Q_OBJECT
public:
    ProjectDetailWidget(const sd::core::Database &db, const sd::core::BusinessCalendar &calendar,
                        const sd::core::Session &session, QWidget *parent = nullptr);

    void setProject(qint64 id);
    qint64 projectId() const { return m_id; }
    void reload();
    /// The project's actions offered now (keys, in table order), and the selected stage's.
    QStringList projectActions() const { return m_projectActions; }
    QStringList stageActions() const { return m_stageActions; }
    /// Opens the action's dialog (shown, not exec'd); nullptr when not offered.
    QDialog *takeAction(const QString &action);
    QDialog *takeStageAction(const QString &action);
    QDialog *logDay();
    QDialog *addDocument(const QString &path);
    void selectStage(int row);
    bool exportAcceptanceReport(const QString &path, bool chinese);

    QLabel *header() const { return m_header; }
    QTableWidget *stageTable() const { return m_stages; }
    QTableWidget *logTable() const { return m_logs; }
    QTableWidget *documentTable() const { return m_documents; }
    QLabel *missingLabel() const { return m_missing; }
    StageTimeline *timeline() const { return m_timeline; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void changed(qint64 projectId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildProjectActions();
    void rebuildStageActions();
    void fillStages();
    void fillLogs();
    void fillDocuments();
    void fillApprovals();
    void afterChange();
    void saveDocument();
    QList<sd::core::Stage> loggableStages() const;

    sd::core::Database m_db;
    sd::core::BusinessCalendar m_calendar;
    sd::core::Session m_session;
    sd::core::ProjectService m_service;
    qint64 m_id = 0;
    QVariantMap m_row;
    QList<sd::core::Stage> m_stageList;
    QStringList m_projectActions;
    QStringList m_stageActions;
    QLabel *m_header = nullptr;
    QWidget *m_actionBox = nullptr;
    QHBoxLayout *m_actionLayout = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_stages = nullptr;
    StageTimeline *m_timeline = nullptr;
    QWidget *m_stageActionBox = nullptr;
    QHBoxLayout *m_stageActionLayout = nullptr;
    QLabel *m_evaluations = nullptr;
    QTableWidget *m_logs = nullptr;
    QLabel *m_missing = nullptr;
    QPushButton *m_logDay = nullptr;
    QTableWidget *m_documents = nullptr;
    QPushButton *m_addDocument = nullptr;
    QPushButton *m_saveDocument = nullptr;
    QLabel *m_documentLimits = nullptr;
    QTableWidget *m_approvals = nullptr;
    QPushButton *m_report = nullptr;
};

/// The implementation manager's (and a project manager's) approvals inbox: suspend and
/// terminate requests waiting for their decision, oldest first.
class ApprovalsInbox final : public QWidget
{
    Q_OBJECT
public:
    ApprovalsInbox(const sd::core::ProjectService &service, const sd::core::Session &session, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *table() const { return m_table; }
    int pendingCount() const { return m_count; }

signals:
    void openProject(qint64 projectId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    sd::core::ProjectService m_service;
    sd::core::Session m_session;
    QLabel *m_hint = nullptr;
    QTableWidget *m_table = nullptr;
    int m_count = 0;
};

/// The page "Projects" (实施项目): the list with health and the selected project; the
/// approvals inbox for those who decide.
class ProjectsPage final : public QWidget
{
    Q_OBJECT
public:
    ProjectsPage(const sd::core::Database &db, const sd::core::BusinessCalendar &calendar,
                 const sd::core::Session &session, QWidget *parent = nullptr);

    void refresh();
    void selectProject(qint64 id);
    qint64 currentId() const;
    ProjectListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ProjectDetailWidget *detail() const { return m_detail; }
    ApprovalsInbox *inbox() const { return m_inbox; }
    SearchLine *search() const { return m_search; }
    QComboBox *stateFilter() const { return m_state; }
    QCheckBox *mineOnly() const { return m_mine; }
    QLabel *countLabel() const { return m_count; }
    void showInbox();
    /// Opens the apply dialog (implementation managers), optionally for a customer.
    QDialog *newProject(qint64 customerId = 0);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCurrent();

    sd::core::Database m_db;
    sd::core::BusinessCalendar m_calendar;
    sd::core::Session m_session;
    sd::core::ProjectService m_service;
    QTabWidget *m_tabs = nullptr;
    SearchLine *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_sort = nullptr;
    QCheckBox *m_mine = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    ProjectListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    ProjectDetailWidget *m_detail = nullptr;
    ApprovalsInbox *m_inbox = nullptr;
};

} // namespace sd::ui
