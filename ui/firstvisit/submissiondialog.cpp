#include "ui/firstvisit/submissiondialog.h"
#include "ui/common/format.h"

#include "core/csv/customercsv.h"
#include "core/firstvisit/firstvisitservice.h"
#include "ui/common/errors.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;
using namespace sd::core::firstvisit;

namespace sd::ui {

SubmissionDialog::SubmissionDialog(const Database &db, const Session &session, const BusinessCalendar &calendar,
                                   QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_calendar(calendar)
{
    setObjectName(u"submissionDialog"_s);
    const QDate today = centerToday();
    m_company = new QLineEdit(this);
    m_contact = new QLineEdit(this);
    m_phones = new QLineEdit(this);
    m_email = new QLineEdit(this);
    m_address = new QLineEdit(this);
    m_products = new QLineEdit(this);
    m_modules = new QLineEdit(this);
    m_serviceCode = new QLineEdit(this);
    m_dongle = new QLineEdit(this);
    m_contractType = new QLineEdit(u"SPS"_s, this);
    m_contractStart = new QDateEdit(today, this);
    m_contractEnd = new QDateEdit(today.addYears(1).addDays(-1), this);
    m_saleDate = new QDateEdit(today, this);
    m_company->setObjectName(u"submissionCompany"_s);
    m_contact->setObjectName(u"submissionContact"_s);
    m_phones->setObjectName(u"submissionPhones"_s);
    m_address->setObjectName(u"submissionAddress"_s);
    for (QDateEdit *d : {m_contractStart, m_contractEnd, m_saleDate})
        d->setCalendarPopup(true);
    m_details = new QPlainTextEdit(this);
    m_details->setTabChangesFocus(true);
    m_details->setMaximumHeight(80);
    m_form = new QFormLayout;
    for (int i = 0; i < 14; ++i)
        m_form->addRow(new QLabel(this), static_cast<QWidget *>(nullptr));
    const QList<QWidget *> fields{m_company, m_contact, m_phones, m_email, m_address, m_products, m_modules,
                                  m_serviceCode, m_dongle, m_contractType, m_contractStart, m_contractEnd,
                                  m_saleDate, m_details};
    for (int i = 0; i < fields.size(); ++i) {
        m_form->setWidget(i, QFormLayout::FieldRole, fields.at(i));
        static_cast<QLabel *>(m_form->itemAt(i, QFormLayout::LabelRole)->widget())->setBuddy(fields.at(i));
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SubmissionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SubmissionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);
    retranslateUi();
    resize(560, sizeHint().height());
}

void SubmissionDialog::accept()
{
    Submission s;
    s.customer.name = m_company->text().trimmed();
    s.customer.address = m_address->text().trimmed();
    s.customer.serviceCode = m_serviceCode->text().trimmed();
    s.customer.dongleNo = m_dongle->text().trimmed();
    if (!m_contact->text().trimmed().isEmpty() || !m_phones->text().trimmed().isEmpty()) {
        Contact c;
        c.name = m_contact->text().trimmed();
        c.email = m_email->text().trimmed();
        for (QString p : m_phones->text().split(QRegularExpression(u"[;；/、，,]"_s), Qt::SkipEmptyParts))
            if (!p.trimmed().isEmpty())
                c.phones.append({0, p.trimmed(), {}});
        s.customer.contacts = {c};
    }
    for (QString item : m_products->text().split(QRegularExpression(u"[;；、]"_s), Qt::SkipEmptyParts)) {
        if (item.trimmed().isEmpty())
            continue;
        PurchasedProduct p = parsePurchasedProduct(item);
        p.modules = m_modules->text().trimmed();
        p.purchasedOn = m_saleDate->date();
        s.customer.products.append(p);
    }
    if (!m_contractType->text().trimmed().isEmpty()) {
        Contract k;
        k.type = m_contractType->text().trimmed();
        k.startsOn = m_contractStart->date();
        k.endsOn = m_contractEnd->date();
        s.customer.contracts = {k};
    }
    s.saleDate = m_saleDate->date();
    s.saleDetails = m_details->toPlainText().trimmed();

    FirstVisitService service(m_db, m_calendar);
    auto id = service.submit(m_session, s);
    if (!id && id.error().code == ErrorCode::Conflict) {
        const auto answer = QMessageBox::question(this, tr("Possible duplicate"),
                                                  id.error().message + u"\n\n"_s + tr("Submit it anyway (flagged as a possible duplicate)?"));
        if (answer != QMessageBox::Yes)
            return;
        id = service.submit(m_session, s, true);
    }
    if (!id) {
        // The dialog stays open with everything typed; the error names the field and focuses it.
        Error e = id.error();
        const int row = rowOf(e.field);
        if (row >= 0) {
            QString title = static_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget())->text();
            title.remove(u'&');
            if (title.endsWith(u" *"_s))
                title.chop(2);
            if (!e.message.contains(title, Qt::CaseInsensitive))
                e.message = tr("%1: %2").arg(title, e.message);
            if (QWidget *w = m_form->itemAt(row, QFormLayout::FieldRole)->widget())
                w->setFocus();
        }
        showError(this, e);
        return;
    }
    m_created = *id;
    QDialog::accept();
}

int SubmissionDialog::rowOf(const QString &field) const
{
    // Core's field keys (customer record and submission) to the rows of this form.
    static const QHash<QString, int> rows{
        {u"name"_s, 0},          {u"contact"_s, 1},       {u"phone"_s, 2},         {u"phones"_s, 2},
        {u"email"_s, 3},         {u"address"_s, 4},       {u"product"_s, 5},       {u"products"_s, 5},
        {u"modules"_s, 6},       {u"service_code"_s, 7},  {u"dongle_no"_s, 8},     {u"contract_type"_s, 9},
        {u"contract_dates"_s, 10}, {u"sale_date"_s, 12},  {u"sale_details"_s, 13},
    };
    return rows.value(field, -1);
}

void SubmissionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SubmissionDialog::retranslateUi()
{
    setWindowTitle(tr("Submit a new customer for the first visit"));
    // Alt+S is Submit: no field takes it.
    const QStringList labels{tr("&Company *"), tr("C&ontact"), tr("&Phones"), tr("&E-mail"), tr("&Address"),
                             tr("Soft&ware"), tr("&Modules"), tr("Service co&de"), tr("Do&ngle number"),
                             tr("Contract &type"), tr("Contract &from"), tr("Contract &until"), tr("Sa&le date"),
                             tr("Sale deta&ils")};
    for (int i = 0; i < labels.size(); ++i)
        static_cast<QLabel *>(m_form->itemAt(i, QFormLayout::LabelRole)->widget())->setText(labels.at(i));
    m_phones->setPlaceholderText(tr("several: separate with ;"));
    m_products->setPlaceholderText(tr("e.g. 用友U8+ 16.0; 畅捷通T+Cloud 18.0"));
    m_modules->setPlaceholderText(tr("e.g. 总账,UFO报表,应收应付"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Submit"));
}

} // namespace sd::ui
