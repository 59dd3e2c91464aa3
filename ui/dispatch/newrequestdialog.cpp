#include "ui/dispatch/newrequestdialog.h"

#include "core/records/customerrepository.h"
#include "ui/dispatch/dialogerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

NewRequestDialog::NewRequestDialog(const Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(u"newRequestDialog"_s);
    setWindowTitle(tr("New on-site request"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_find = new QLineEdit(this);
    m_find->setObjectName(u"customerFind"_s);
    m_find->setPlaceholderText(tr("Phone digits or company name"));
    m_matches = new QListWidget(this);
    m_matches->setObjectName(u"customerMatches"_s);
    m_matches->setMaximumHeight(fontMetrics().height() * 6);
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(u"contactName"_s);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"contactPhone"_s);
    m_level = new QComboBox(this);
    m_level->setObjectName(u"faultLevel"_s);
    m_level->addItem(tr("1 — system down / service interrupted"), 1);
    m_level->addItem(tr("2 — risk of going down"), 2);
    m_level->addItem(tr("3 — degraded or partial service"), 3);
    m_level->addItem(tr("4 — intermittent or indirect"), 4);
    m_level->setCurrentIndex(2);
    m_product = new QComboBox(this);
    m_product->setObjectName(u"product"_s);
    m_product->setEditable(true);
    m_module = new QLineEdit(this);
    m_module->setObjectName(u"module"_s);
    m_problem = new QPlainTextEdit(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setTabChangesFocus(true);
    m_problem->setFixedHeight(fontMetrics().height() * 5 + 12);
    form->addRow(tr("Customer"), m_find);
    form->addRow(QString(), m_matches);
    form->addRow(tr("Contact"), m_contact);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Fault level"), m_level);
    form->addRow(tr("Product"), m_product);
    form->addRow(tr("Module"), m_module);
    form->addRow(tr("Problem"), m_problem);
    layout->addLayout(form);
    m_error = new DialogErrorLine(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send to the dispatch board"));
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_find, &QLineEdit::textEdited, this, &NewRequestDialog::search);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (m_matches->count() > 0) {
            if (!m_matches->currentItem())
                m_matches->setCurrentRow(0);
            chooseCustomer();
        }
    });
    connect(m_matches, &QListWidget::itemActivated, this, &NewRequestDialog::chooseCustomer);
    resize(560, sizeHint().height());
}

QString NewRequestDialog::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

void NewRequestDialog::accept()
{
    if (m_submit) {
        auto created = m_submit(request());
        if (!created) {
            const QString key = created.error().field;
            QWidget *field = key == u"customer_id"_s ? static_cast<QWidget *>(m_find)
                : key == u"contact_id"_s || key == u"contact_name"_s ? static_cast<QWidget *>(m_contact)
                : key == u"contact_phone"_s                          ? static_cast<QWidget *>(m_phone)
                : key == u"fault_level"_s                            ? static_cast<QWidget *>(m_level)
                : key == u"product"_s                                ? static_cast<QWidget *>(m_product)
                : key == u"module"_s                                 ? static_cast<QWidget *>(m_module)
                : key == u"problem"_s                                ? static_cast<QWidget *>(m_problem)
                                                                     : nullptr;
            QString title;
            if (field)
                if (auto *form = qobject_cast<QFormLayout *>(layout()->itemAt(0)->layout()))
                    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
                        title = label->text();
            m_error->showError(created.error(), field, title);
            return;
        }
        m_created = *created;
    }
    QDialog::accept();
}

void NewRequestDialog::search(const QString &text)
{
    m_matches->clear();
    if (text.trimmed().size() < 2)
        return;
    auto rows = CustomerRepository(m_db).lookup(text.trimmed(), 20);
    if (!rows)
        return;
    for (const CustomerRow &r : std::as_const(*rows)) {
        auto *item = new QListWidgetItem(u"%1  ·  %2 %3"_s.arg(r.name, r.firstContact, r.firstPhone), m_matches);
        item->setData(Qt::UserRole, r.id);
    }
    if (m_matches->count() > 0)
        m_matches->setCurrentRow(0);
}

void NewRequestDialog::chooseCustomer()
{
    if (QListWidgetItem *item = m_matches->currentItem()) {
        setCustomer(item->data(Qt::UserRole).toLongLong());
        m_contact->setFocus();
    }
}

void NewRequestDialog::setCustomer(qint64 customerId)
{
    auto customer = CustomerRepository(m_db).get(customerId);
    if (!customer)
        return;
    m_customerId = customerId;
    m_find->setText(customer->name);
    m_matches->clear();
    if (!customer->contacts.isEmpty()) {
        m_contact->setText(customer->contacts.first().name);
        if (!customer->contacts.first().phones.isEmpty())
            m_phone->setText(customer->contacts.first().phones.first().phone);
    }
    m_product->clear();
    for (const PurchasedProduct &p : std::as_const(customer->products))
        m_product->addItem(p.product);
}

void NewRequestDialog::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && (event->modifiers() & Qt::ControlModifier)) {
        accept();
        return;
    }
    if ((event->key() == Qt::Key_Down || event->key() == Qt::Key_Up) && m_find->hasFocus() && m_matches->count() > 0) {
        const int row = qBound(0, m_matches->currentRow() + (event->key() == Qt::Key_Down ? 1 : -1), m_matches->count() - 1);
        m_matches->setCurrentRow(row);
        return;
    }
    // Enter in a line edit moves on instead of sending the request half-filled.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && focusWidget() != m_find) {
        focusNextChild();
        return;
    }
    QDialog::keyPressEvent(event);
}

OnsiteRequest NewRequestDialog::request() const
{
    OnsiteRequest r;
    r.customerId = m_customerId;
    r.contactName = m_contact->text().trimmed();
    r.contactPhone = m_phone->text().trimmed();
    r.faultLevel = m_level->currentData().toInt();
    r.product = m_product->currentText().trimmed();
    r.module = m_module->text().trimmed();
    r.problem = m_problem->toPlainText().trimmed();
    return r;
}

} // namespace sd::ui
