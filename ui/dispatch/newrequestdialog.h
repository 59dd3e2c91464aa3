#pragma once

#include "core/db/database.h"
#include "core/dispatch/dispatchjob.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace sd::ui {

class DialogErrorLine;

/// A new on-site request: find the customer (phone digits or name), the contact, fault level,
/// product / module and the problem. Enter moves on; Ctrl+Enter sends it. With a submit step
/// set, a refused request keeps the dialog open with everything typed and names the field.
class NewRequestDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewRequestDialog(const sd::core::Database &db, QWidget *parent = nullptr);
    sd::core::OnsiteRequest request() const;
    /// Prefills the dialog for a customer (e.g. from a hotline call).
    void setCustomer(qint64 customerId);
    using Submit = std::function<sd::core::Result<qint64>(const sd::core::OnsiteRequest &)>;
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    /// The job the submit step created (0 before).
    qint64 createdJobId() const { return m_created; }
    /// The refusal shown in the dialog (empty when none).
    QString errorText() const;
    void accept() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search(const QString &text);
    void chooseCustomer();
    sd::core::Database m_db;
    QLineEdit *m_find = nullptr;
    QListWidget *m_matches = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_product = nullptr;
    QLineEdit *m_module = nullptr;
    QPlainTextEdit *m_problem = nullptr;
    DialogErrorLine *m_error = nullptr;
    Submit m_submit;
    qint64 m_customerId = 0;
    qint64 m_created = 0;
};

} // namespace sd::ui
