#pragma once

#include "core/db/database.h"
#include "core/dispatch/dispatchjob.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace sd::ui {

/// A new on-site request: find the customer (phone digits or name), the contact, fault level,
/// product / module and the problem. Enter moves on; Ctrl+Enter sends it.
class NewRequestDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewRequestDialog(const sd::core::Database &db, QWidget *parent = nullptr);
    sd::core::OnsiteRequest request() const;
    /// Prefills the dialog for a customer (e.g. from a hotline call).
    void setCustomer(qint64 customerId);

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
    qint64 m_customerId = 0;
};

} // namespace sd::ui
