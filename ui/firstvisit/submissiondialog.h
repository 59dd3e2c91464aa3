#pragma once

#include "core/auth/roles.h"
#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace sd::ui {

/// Sales submit a new customer after a sale: company, contact, phones, address, software and
/// modules, codes, contract, sale date and details. A possible duplicate is shown before saving.
class SubmissionDialog final : public QDialog
{
    Q_OBJECT
public:
    SubmissionDialog(const sd::core::Database &db, const sd::core::Session &session,
                     const sd::core::BusinessCalendar &calendar, QWidget *parent = nullptr);

    /// The first visit created (after accept()).
    qint64 firstVisitId() const { return m_created; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    int rowOf(const QString &field) const;

    sd::core::Database m_db;
    sd::core::Session m_session;
    sd::core::BusinessCalendar m_calendar;
    qint64 m_created = 0;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_phones = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_products = nullptr;
    QLineEdit *m_modules = nullptr;
    QLineEdit *m_serviceCode = nullptr;
    QLineEdit *m_dongle = nullptr;
    QLineEdit *m_contractType = nullptr;
    QDateEdit *m_contractStart = nullptr;
    QDateEdit *m_contractEnd = nullptr;
    QDateEdit *m_saleDate = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sd::ui
