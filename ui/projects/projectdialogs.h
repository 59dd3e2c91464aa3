#pragma once

#include "core/projects/projectservice.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace sd::ui {

class DialogErrorLine;
class SearchLine;

/// One step of the project's or a stage's workflow: asks for what the action records (its
/// required fields, the team with each person's load, the plan template and first day …) and
/// takes it through core on OK. A refusal keeps the dialog open, the input intact, the field
/// named and focused.
class ProjectActionDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class On { Project, Stage };
    ProjectActionDialog(const sd::core::ProjectService &service, const sd::core::Session &session, On on,
                        qint64 recordId, int version, const QString &action, const QVariantMap &project,
                        QWidget *parent = nullptr);

    QVariantMap fields() const;
    QString errorText() const;
    QWidget *fieldWidget(const QString &key) const { return m_widgets.value(key); }
    QListWidget *consultantList() const { return m_consultants; }
    QString action() const { return m_action; }
    void accept() override;

private:
    void addText(const QString &key, bool multiLine, bool required);
    void addDate(const QString &key, const QDate &value);
    void addTeam(const QVariantMap &project);
    void addTemplates(const QVariantMap &project);

    sd::core::ProjectService m_service;
    sd::core::Session m_session;
    On m_on;
    qint64 m_id;
    int m_version;
    QString m_action;
    QFormLayout *m_form = nullptr;
    QHash<QString, QWidget *> m_widgets;
    QComboBox *m_pm = nullptr;
    QListWidget *m_consultants = nullptr;
    QComboBox *m_template = nullptr;
    DialogErrorLine *m_error = nullptr;
};

/// A consultant confirms a day of the implementation log (work done, hours, issues, who at
/// the customer confirmed it) for one of the project's stages being worked on.
class LogDayDialog final : public QDialog
{
    Q_OBJECT
public:
    LogDayDialog(const sd::core::ProjectService &service, const sd::core::Session &session,
                 const QList<sd::core::Stage> &stages, const QDate &day, QWidget *parent = nullptr);

    QComboBox *stageBox() const { return m_stage; }
    QDateEdit *dayEdit() const { return m_day; }
    QPlainTextEdit *workDoneEdit() const { return m_workDone; }
    QDoubleSpinBox *hoursEdit() const { return m_hours; }
    QLineEdit *contactEdit() const { return m_contact; }
    QString errorText() const;
    qint64 savedId() const { return m_saved; }
    void accept() override;

private:
    sd::core::ProjectService m_service;
    sd::core::Session m_session;
    QComboBox *m_stage = nullptr;
    QDateEdit *m_day = nullptr;
    QPlainTextEdit *m_workDone = nullptr;
    QDoubleSpinBox *m_hours = nullptr;
    QPlainTextEdit *m_issues = nullptr;
    QLineEdit *m_contact = nullptr;
    DialogErrorLine *m_error = nullptr;
    qint64 m_saved = 0;
};

/// The implementation manager opens a project: the customer (found by name, code or phone),
/// the implementation need from the customer's first visit it takes up (or none), the name, one
/// of the customer's products (its plan template), modules, goals, budgeted days.
class ApplyProjectDialog final : public QDialog
{
    Q_OBJECT
public:
    ApplyProjectDialog(const sd::core::Database &db, const sd::core::ProjectService &service,
                       const sd::core::Session &session, qint64 customerId = 0, QWidget *parent = nullptr);

    SearchLine *customerSearch() const { return m_search; }
    QListWidget *customerList() const { return m_customers; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *productBox() const { return m_product; }
    QSpinBox *budgetEdit() const { return m_budget; }
    /// The first visit's implementation need the project takes up (0: none, by hand).
    QComboBox *needBox() const { return m_need; }
    QString errorText() const;
    qint64 projectId() const { return m_saved; }
    void accept() override;

private:
    void findCustomers(const QString &text);
    void customerChosen();

    sd::core::Database m_db;
    sd::core::ProjectService m_service;
    sd::core::Session m_session;
    SearchLine *m_search = nullptr;
    QListWidget *m_customers = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_product = nullptr;
    QComboBox *m_need = nullptr;
    QLineEdit *m_modules = nullptr;
    QPlainTextEdit *m_goals = nullptr;
    QSpinBox *m_budget = nullptr;
    DialogErrorLine *m_error = nullptr;
    qint64 m_saved = 0;
};

} // namespace sd::ui
