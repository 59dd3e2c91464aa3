#include "ui/records/customerdialog.h"

#include "core/auth/permissions.h"
#include "core/records/customerrepository.h"
#include "ui/common/errors.h"
#include "ui/common/format.h"
#include "ui/records/customercardwidget.h"
#include "ui/training/customertraining.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

using sd::core::Contact;
using sd::core::ContactPhone;
using sd::core::Contract;
using sd::core::Customer;
using sd::core::PurchasedProduct;

namespace {

enum ContactCol { CName, CTitle, CPhones, CEmail, CIm, CAdmin, ContactCols };
enum ContractCol { KNo, KType, KStarts, KEnds, KWarranty, KOnsite, KUpgrade, KNotes, ContractCols };
enum ProductCol { PName, PVersion, PModules, PLicences, PPurchased, ProductCols };
constexpr int IdRole = Qt::UserRole + 1;
constexpr int VersionRole = Qt::UserRole + 2;
constexpr int ExtraRole = Qt::UserRole + 3;    // phone kinds / catalogue id
constexpr int OriginalRole = Qt::UserRole + 4; // product name as loaded

QTableWidgetItem *textItem(const QString &text)
{
    return new QTableWidgetItem(text);
}

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QTableWidgetItem *valueItem(const QVariant &value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);
    return item;
}

QString cellText(const QTableWidget *table, int row, int col)
{
    const QTableWidgetItem *item = table->item(row, col);
    return item ? item->text().trimmed() : QString();
}

bool cellChecked(const QTableWidget *table, int row, int col)
{
    const QTableWidgetItem *item = table->item(row, col);
    return item && item->checkState() == Qt::Checked;
}

QVariant cellData(const QTableWidget *table, int row, int col, int role = Qt::EditRole)
{
    const QTableWidgetItem *item = table->item(row, col);
    return item ? item->data(role) : QVariant();
}

bool rowIsBlank(const QTableWidget *table, int row, const QList<int> &textColumns)
{
    for (int col : textColumns)
        if (!cellText(table, row, col).isEmpty())
            return false;
    return true;
}

/// "010-1234 5678; 139 1234 5678" → the phones; also splits on Chinese punctuation.
QStringList splitPhones(const QString &text)
{
    static const QRegularExpression separators(u"[;；,，、\\n]"_s);
    QStringList phones;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            phones << part.trimmed();
    return phones;
}

QString yesNo(bool b)
{
    return b ? QCoreApplication::translate("sd::ui::CustomerDialog", "Yes")
             : QCoreApplication::translate("sd::ui::CustomerDialog", "No");
}

void removeSelectedRows(QTableWidget *table)
{
    QList<int> rows;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && table->currentRow() >= 0)
        rows << table->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        table->removeRow(row);
}

QTableWidget *makeTable(QWidget *parent, int columns, const QString &objectName)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    return table;
}

} // namespace

struct CustomerDialog::MergeRow {
    QString key;
    QLabel *title = nullptr;
    QLabel *note = nullptr;
    QButtonGroup *group = nullptr;
    QRadioButton *theirs = nullptr;
    QRadioButton *mine = nullptr;
    bool bothChanged = false;
    bool theyChanged = false;
};

CustomerDialog::CustomerDialog(const sd::core::Database &db, const sd::core::Session &session, qint64 customerId,
                               QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_session(session)
    , m_id(customerId)
{
    setObjectName(u"customerDialog"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"customerDialogStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    m_stack = new QStackedWidget(this);
    m_card = new CustomerCardWidget(m_stack);
    m_tabs = new QTabWidget(m_stack);
    m_stack->addWidget(m_card);
    m_stack->addWidget(m_tabs);
    buildForm();
    buildMergeView();

    m_edit = new QPushButton(this);
    m_edit->setObjectName(u"editButton"_s);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(false);
    m_save->setAutoDefault(false);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setAutoDefault(false);
    m_close = new QPushButton(this);
    m_close->setObjectName(u"closeButton"_s);
    m_close->setAutoDefault(false);
    // Enter in a form field must not save or close the dialog by accident.
    m_edit->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_edit, &QPushButton::clicked, this, &CustomerDialog::startEditing);
    connect(m_save, &QPushButton::clicked, this, &CustomerDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &CustomerDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &CustomerDialog::reject);
    for (QLineEdit *e : {m_name, m_address, m_code, m_dongle, m_industry})
        connect(e, &QLineEdit::textEdited, this, &CustomerDialog::clearErrorStatus);
    connect(m_region, &QComboBox::activated, this, &CustomerDialog::clearErrorStatus);
    for (QTableWidget *t : {m_contacts, m_contracts, m_products})
        connect(t, &QTableWidget::itemChanged, this, &CustomerDialog::clearErrorStatus);
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &CustomerDialog::save);
    auto *editKey = new QShortcut(QKeySequence(Qt::Key_F2), this);
    connect(editKey, &QShortcut::activated, this, &CustomerDialog::startEditing);

    resize(880, 640);
    if (m_id > 0) {
        load(m_id);
        setMode(Mode::View);
    } else {
        m_loaded = true;
        m_base = Customer{};
        fillForm(m_base);
        addContactRow({}); // a new customer nearly always comes with a contact and a phone
        setMode(Mode::Edit);
    }
    retranslateUi();
}

CustomerDialog::~CustomerDialog()
{
    qDeleteAll(m_mergeRows);
}

// ------------------------------------------------------------------ building

void CustomerDialog::buildForm()
{
    m_companyTab = new QWidget(m_tabs);
    m_nameLabel = new QLabel(m_companyTab);
    m_name = new QLineEdit(m_companyTab);
    m_name->setObjectName(u"nameEdit"_s);
    m_addressLabel = new QLabel(m_companyTab);
    m_address = new QLineEdit(m_companyTab);
    m_address->setObjectName(u"addressEdit"_s);
    m_regionLabel = new QLabel(m_companyTab);
    m_region = new QComboBox(m_companyTab);
    m_region->setObjectName(u"regionCombo"_s);
    for (auto r : {sd::core::RegionClass::SameCity, sd::core::RegionClass::Nearby, sd::core::RegionClass::OtherProvince})
        m_region->addItem(sd::core::regionTitle(r), sd::core::regionKey(r));
    m_key = new QCheckBox(m_companyTab);
    m_key->setObjectName(u"keyCustomerCheck"_s);
    m_vip = new QCheckBox(m_companyTab);
    m_vip->setObjectName(u"vipCheck"_s);
    m_codeLabel = new QLabel(m_companyTab);
    m_code = new QLineEdit(m_companyTab);
    m_code->setObjectName(u"serviceCodeEdit"_s);
    m_dongleLabel = new QLabel(m_companyTab);
    m_dongle = new QLineEdit(m_companyTab);
    m_dongle->setObjectName(u"dongleEdit"_s);
    m_industryLabel = new QLabel(m_companyTab);
    m_industry = new QLineEdit(m_companyTab);
    m_industry->setObjectName(u"industryEdit"_s);
    m_notesLabel = new QLabel(m_companyTab);
    m_notes = new QPlainTextEdit(m_companyTab);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);

    auto *flags = new QHBoxLayout;
    flags->addWidget(m_key);
    flags->addWidget(m_vip);
    flags->addStretch(1);
    auto *form = new QFormLayout(m_companyTab);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_regionLabel, m_region);
    form->addRow(QString(), flags);
    form->addRow(m_codeLabel, m_code);
    form->addRow(m_dongleLabel, m_dongle);
    form->addRow(m_industryLabel, m_industry);
    form->addRow(m_notesLabel, m_notes);
    m_nameLabel->setBuddy(m_name);
    m_addressLabel->setBuddy(m_address);
    m_regionLabel->setBuddy(m_region);
    m_codeLabel->setBuddy(m_code);
    m_dongleLabel->setBuddy(m_dongle);
    m_industryLabel->setBuddy(m_industry);
    m_notesLabel->setBuddy(m_notes);
    m_tabs->addTab(m_companyTab, QString());

    auto tableTab = [this](QWidget *&tab, QTableWidget *&table, int columns, const QString &name,
                           QPushButton *&add, QPushButton *&remove) {
        tab = new QWidget(m_tabs);
        table = makeTable(tab, columns, name);
        add = new QPushButton(tab);
        remove = new QPushButton(tab);
        add->setAutoDefault(false);
        remove->setAutoDefault(false);
        auto *row = new QHBoxLayout;
        row->addWidget(add);
        row->addWidget(remove);
        row->addStretch(1);
        auto *layout = new QVBoxLayout(tab);
        layout->addWidget(table, 1);
        layout->addLayout(row);
        m_tabs->addTab(tab, QString());
        return layout;
    };
    auto *contactsLayout = tableTab(m_contactsTab, m_contacts, ContactCols, u"contactsTable"_s, m_addContact,
                                    m_removeContact);
    m_phonesHint = new QLabel(m_contactsTab);
    m_phonesHint->setStyleSheet(u"color: #616161;"_s);
    m_phonesHint->setWordWrap(true);
    contactsLayout->insertWidget(1, m_phonesHint);
    tableTab(m_contractsTab, m_contracts, ContractCols, u"contractsTable"_s, m_addContract, m_removeContract);
    tableTab(m_productsTab, m_products, ProductCols, u"productsTable"_s, m_addProduct, m_removeProduct);

    m_contacts->setColumnWidth(CName, 100);
    m_contacts->setColumnWidth(CTitle, 90);
    m_contacts->setColumnWidth(CPhones, 240);
    m_contacts->setColumnWidth(CEmail, 170);
    m_contacts->setColumnWidth(CIm, 110);
    m_contracts->setColumnWidth(KNo, 110);
    m_contracts->setColumnWidth(KType, 80);
    m_contracts->setColumnWidth(KStarts, 100);
    m_contracts->setColumnWidth(KEnds, 100);
    m_contracts->setColumnWidth(KWarranty, 130);
    m_contracts->setColumnWidth(KOnsite, 120);
    m_contracts->setColumnWidth(KUpgrade, 110);
    m_products->setColumnWidth(PName, 180);
    m_products->setColumnWidth(PModules, 300);

    connect(m_addContact, &QPushButton::clicked, this, [this] {
        addContactRow({});
        m_contacts->setCurrentCell(m_contacts->rowCount() - 1, CName);
        m_contacts->editItem(m_contacts->item(m_contacts->rowCount() - 1, CName));
    });
    connect(m_removeContact, &QPushButton::clicked, this, [this] { removeSelectedRows(m_contacts); });
    connect(m_addContract, &QPushButton::clicked, this, [this] {
        Contract k;
        k.type = u"SPS"_s;
        k.startsOn = centerToday();
        k.endsOn = k.startsOn.addYears(1).addDays(-1);
        addContractRow(k);
        m_contracts->setCurrentCell(m_contracts->rowCount() - 1, KNo);
    });
    connect(m_removeContract, &QPushButton::clicked, this, [this] { removeSelectedRows(m_contracts); });
    connect(m_addProduct, &QPushButton::clicked, this, [this] {
        PurchasedProduct p;
        p.purchasedOn = centerToday();
        addProductRow(p);
        m_products->setCurrentCell(m_products->rowCount() - 1, PName);
        m_products->editItem(m_products->item(m_products->rowCount() - 1, PName));
    });
    connect(m_removeProduct, &QPushButton::clicked, this, [this] { removeSelectedRows(m_products); });
}

void CustomerDialog::buildMergeView()
{
    m_mergePage = new QWidget(m_stack);
    m_mergePage->setObjectName(u"mergeView"_s);
    m_mergeIntro = new QLabel(m_mergePage);
    m_mergeIntro->setWordWrap(true);
    QFont bold = m_mergeIntro->font();
    bold.setBold(true);
    m_mergeIntro->setFont(bold);
    m_mergeWhy = new QLabel(m_mergePage);
    m_mergeWhy->setObjectName(u"mergeReason"_s);
    m_mergeWhy->setWordWrap(true);
    auto *scroll = new QScrollArea(m_mergePage);
    scroll->setWidgetResizable(true);
    auto *grid = new QWidget(scroll);
    m_mergeGrid = new QGridLayout(grid);
    m_mergeGrid->setHorizontalSpacing(16);
    m_mergeGrid->setVerticalSpacing(10);
    m_mergeFieldHeader = new QLabel(grid);
    m_mergeTheirsHeader = new QLabel(grid);
    m_mergeMineHeader = new QLabel(grid);
    for (QLabel *l : {m_mergeFieldHeader, m_mergeTheirsHeader, m_mergeMineHeader})
        l->setFont(bold);
    m_mergeGrid->addWidget(m_mergeFieldHeader, 0, 0);
    m_mergeGrid->addWidget(m_mergeTheirsHeader, 0, 1);
    m_mergeGrid->addWidget(m_mergeMineHeader, 0, 2);
    m_mergeGrid->setColumnStretch(1, 1);
    m_mergeGrid->setColumnStretch(2, 1);
    scroll->setWidget(grid);
    auto *layout = new QVBoxLayout(m_mergePage);
    layout->addWidget(m_mergeIntro);
    layout->addWidget(m_mergeWhy);
    layout->addWidget(scroll, 1);
    m_stack->addWidget(m_mergePage);
}

void CustomerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CustomerDialog::retranslateUi()
{
    if (m_id == 0)
        setWindowTitle(tr("New customer"));
    else
        setWindowTitle(tr("Customer — %1").arg(m_base.name));
    m_tabs->setTabText(m_tabs->indexOf(m_companyTab), tr("Company"));
    m_tabs->setTabText(m_tabs->indexOf(m_contactsTab), tr("Contacts"));
    m_tabs->setTabText(m_tabs->indexOf(m_contractsTab), tr("Contracts"));
    m_tabs->setTabText(m_tabs->indexOf(m_productsTab), tr("Products"));

    m_nameLabel->setText(tr("Company &name:"));
    m_addressLabel->setText(tr("&Address:"));
    m_regionLabel->setText(tr("&Region:"));
    for (int i = 0; i < m_region->count(); ++i)
        if (auto r = sd::core::regionFromKey(m_region->itemData(i).toString()))
            m_region->setItemText(i, sd::core::regionTitle(*r));
    m_region->setToolTip(tr("Drives the on-site response target: same city 2 h, nearby 12 h, other provinces 48 h."));
    m_key->setText(tr("&Key customer"));
    m_vip->setText(tr("&VIP channel"));
    m_codeLabel->setText(tr("Service &code:"));   // Alt+S is Save
    m_dongleLabel->setText(tr("&Dongle no.:"));
    m_industryLabel->setText(tr("&Industry:"));
    m_notesLabel->setText(tr("N&otes:"));

    m_contacts->setHorizontalHeaderLabels(
        {tr("Name"), tr("Title"), tr("Phones"), tr("E-mail"), tr("QQ / WeChat"), tr("System admin")});
    m_phonesHint->setText(tr("Several phones in one cell, separated by semicolons: 010-1234 5678; 139 1234 5678. "
                             "Any of them may be the caller ID."));
    m_contracts->setHorizontalHeaderLabels({tr("Contract no."), tr("Type"), tr("Starts"), tr("Ends"),
                                            tr("Warranty (months)"), tr("On-site included"), tr("Free upgrade"),
                                            tr("Notes")});
    m_products->setHorizontalHeaderLabels(
        {tr("Product"), tr("Version"), tr("Modules"), tr("Licences"), tr("Purchased on")});
    for (QPushButton *b : {m_addContact, m_addContract, m_addProduct})
        b->setText(tr("Add"));
    for (QPushButton *b : {m_removeContact, m_removeContract, m_removeProduct})
        b->setText(tr("Remove"));

    m_mergeIntro->setText(tr("A colleague saved this customer while you were editing. Nothing is lost: "
                             "for each field that differs, choose which value to keep, then save."));
    m_mergeFieldHeader->setText(tr("Field"));
    m_mergeTheirsHeader->setText(tr("Their version (saved)"));
    m_mergeMineHeader->setText(tr("My version"));
    for (MergeRow *row : std::as_const(m_mergeRows)) {
        row->title->setText(fieldTitle(row->key));
        row->note->setText(row->bothChanged ? tr("both changed — choose one")
                                            : (row->theyChanged ? tr("changed by them") : tr("changed by me")));
    }

    m_edit->setText(tr("&Edit"));
    const bool mayEdit = sd::core::can(m_session, sd::core::Action::CustomerEdit);
    m_edit->setToolTip(mayEdit ? tr("Edit this customer (F2)") : tr("Your role cannot edit customers."));
    m_save->setText(m_mode == Mode::Merge ? tr("Save merged") : tr("&Save"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_cancel->setText(m_mode == Mode::Merge ? tr("Back to my edit") : tr("Cancel"));
    m_close->setText(tr("Close"));
}

// ------------------------------------------------------------------ modes and loading

void CustomerDialog::setMode(Mode mode)
{
    m_mode = mode;
    const bool mayEdit = m_loaded && sd::core::can(m_session, sd::core::Action::CustomerEdit);
    switch (mode) {
    case Mode::View:
        m_stack->setCurrentWidget(m_card);
        break;
    case Mode::Edit:
        m_stack->setCurrentWidget(m_tabs);
        break;
    case Mode::Merge:
        m_stack->setCurrentWidget(m_mergePage);
        break;
    }
    m_edit->setVisible(mode == Mode::View);
    m_edit->setEnabled(mayEdit);
    m_close->setVisible(mode == Mode::View);
    m_save->setVisible(mode != Mode::View);
    m_cancel->setVisible(mode != Mode::View);
    m_save->setEnabled(true);
    if (mode == Mode::Merge)
        updateMergeSaveButton();
    retranslateUi();
}

void CustomerDialog::load(qint64 id)
{
    auto c = sd::core::CustomerRepository(m_db).get(id);
    if (!c) {
        m_loaded = false;
        m_card->clear();
        setStatus(describeError(c.error()), true);
        return;
    }
    m_id = id;
    m_loaded = true;
    m_base = *c;
    m_card->setCustomer(m_base);
    m_card->setTrainingRecord(customerTrainingLines(m_db, m_base.id));
    fillForm(m_base);
}

void CustomerDialog::clearErrorStatus()
{
    // The banner reported the last refused save; once the operator edits the form it is stale.
    if (m_statusIsError)
        setStatus(QString());
}

void CustomerDialog::setStatus(const QString &text, bool error)
{
    m_statusIsError = error && !text.isEmpty();
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #c62828; font-weight: bold;"_s : u"color: #2e7d32;"_s);
    m_status->setVisible(!text.isEmpty());
}

void CustomerDialog::startEditing()
{
    if (m_mode != Mode::View || !m_edit->isEnabled())
        return;
    fillForm(m_base);
    setStatus({});
    setMode(Mode::Edit);
    m_tabs->setCurrentWidget(m_companyTab);
    m_name->setFocus();
}

void CustomerDialog::reject()
{
    if (m_mode == Mode::Merge) {
        setMode(Mode::Edit); // my values are still in the form
        return;
    }
    if (m_mode == Mode::Edit) {
        if (isDirty()) {
            const auto answer = QMessageBox::question(this, tr("Discard changes?"),
                                                      tr("Your changes to this customer are not saved. Discard them?"),
                                                      QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Discard)
                return;
        }
        if (m_id > 0) {
            fillForm(m_base);
            setMode(Mode::View);
            return;
        }
    }
    if (m_savedAny)
        QDialog::accept();
    else
        QDialog::reject();
}

// ------------------------------------------------------------------ form <-> customer

void CustomerDialog::addContactRow(const Contact &t)
{
    const int row = m_contacts->rowCount();
    m_contacts->insertRow(row);
    QStringList phones;
    QVariantMap kinds;
    for (const ContactPhone &p : t.phones) {
        phones << p.phone;
        if (!p.kind.isEmpty())
            kinds.insert(p.phone.trimmed(), p.kind);
    }
    auto *name = textItem(t.name);
    name->setData(IdRole, t.id);
    name->setData(VersionRole, t.version);
    name->setData(ExtraRole, kinds);
    m_contacts->setItem(row, CName, name);
    m_contacts->setItem(row, CTitle, textItem(t.title));
    m_contacts->setItem(row, CPhones, textItem(phones.join(u"; "_s)));
    m_contacts->setItem(row, CEmail, textItem(t.email));
    m_contacts->setItem(row, CIm, textItem(t.im));
    m_contacts->setItem(row, CAdmin, checkItem(t.isAdmin));
}

void CustomerDialog::addContractRow(const Contract &k)
{
    const int row = m_contracts->rowCount();
    m_contracts->insertRow(row);
    auto *no = textItem(k.contractNo);
    no->setData(IdRole, k.id);
    no->setData(VersionRole, k.version);
    m_contracts->setItem(row, KNo, no);
    m_contracts->setItem(row, KType, textItem(k.type));
    m_contracts->setItem(row, KStarts, valueItem(k.startsOn));
    m_contracts->setItem(row, KEnds, valueItem(k.endsOn));
    m_contracts->setItem(row, KWarranty, valueItem(k.warrantyMonths));
    m_contracts->setItem(row, KOnsite, checkItem(k.onsiteIncluded));
    m_contracts->setItem(row, KUpgrade, checkItem(k.freeUpgrade));
    m_contracts->setItem(row, KNotes, textItem(k.notes));
}

void CustomerDialog::addProductRow(const PurchasedProduct &p)
{
    const int row = m_products->rowCount();
    m_products->insertRow(row);
    auto *name = textItem(p.product);
    name->setData(IdRole, p.id);
    name->setData(ExtraRole, p.productId);
    name->setData(OriginalRole, p.product);
    m_products->setItem(row, PName, name);
    m_products->setItem(row, PVersion, textItem(p.productVersion));
    m_products->setItem(row, PModules, textItem(p.modules));
    m_products->setItem(row, PLicences, valueItem(p.licences));
    m_products->setItem(row, PPurchased, valueItem(p.purchasedOn.isValid() ? p.purchasedOn : QDate()));
}

void CustomerDialog::fillForm(const Customer &c)
{
    m_name->setText(c.name);
    m_address->setText(c.address);
    m_region->setCurrentIndex(std::max(0, m_region->findData(sd::core::regionKey(c.region))));
    m_key->setChecked(c.keyCustomer);
    m_vip->setChecked(c.vipChannel);
    m_code->setText(c.serviceCode);
    m_dongle->setText(c.dongleNo);
    m_industry->setText(c.industry);
    m_notes->setPlainText(c.notes);
    m_contacts->setRowCount(0);
    for (const Contact &t : c.contacts)
        addContactRow(t);
    m_contracts->setRowCount(0);
    for (const Contract &k : c.contracts)
        addContractRow(k);
    m_products->setRowCount(0);
    for (const PurchasedProduct &p : c.products)
        addProductRow(p);
}

Customer CustomerDialog::collect() const
{
    Customer c = m_base; // keeps id, version and what the form does not show
    c.name = m_name->text().trimmed();
    c.address = m_address->text().trimmed();
    c.region = sd::core::regionFromKey(m_region->currentData().toString()).value_or(sd::core::RegionClass::SameCity);
    c.keyCustomer = m_key->isChecked();
    c.vipChannel = m_vip->isChecked();
    c.serviceCode = m_code->text().trimmed();
    c.dongleNo = m_dongle->text().trimmed();
    c.industry = m_industry->text().trimmed();
    c.notes = m_notes->toPlainText();

    c.contacts.clear();
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        if (rowIsBlank(m_contacts, row, {CName, CTitle, CPhones, CEmail, CIm}))
            continue; // an empty row left over from "Add"
        Contact t;
        t.id = cellData(m_contacts, row, CName, IdRole).toLongLong();
        t.version = cellData(m_contacts, row, CName, VersionRole).toInt();
        t.customerId = c.id;
        t.name = cellText(m_contacts, row, CName);
        t.title = cellText(m_contacts, row, CTitle);
        t.email = cellText(m_contacts, row, CEmail);
        t.im = cellText(m_contacts, row, CIm);
        t.isAdmin = cellChecked(m_contacts, row, CAdmin);
        const QVariantMap kinds = cellData(m_contacts, row, CName, ExtraRole).toMap();
        for (const QString &phone : splitPhones(cellText(m_contacts, row, CPhones)))
            t.phones.append({0, phone, kinds.value(phone).toString()});
        c.contacts.append(t);
    }
    c.contracts.clear();
    for (int row = 0; row < m_contracts->rowCount(); ++row) {
        if (rowIsBlank(m_contracts, row, {KNo, KType, KNotes}))
            continue;
        Contract k;
        k.id = cellData(m_contracts, row, KNo, IdRole).toLongLong();
        k.version = cellData(m_contracts, row, KNo, VersionRole).toInt();
        k.customerId = c.id;
        k.contractNo = cellText(m_contracts, row, KNo);
        k.type = cellText(m_contracts, row, KType);
        k.startsOn = cellData(m_contracts, row, KStarts).toDate();
        k.endsOn = cellData(m_contracts, row, KEnds).toDate();
        k.warrantyMonths = cellData(m_contracts, row, KWarranty).toInt();
        k.onsiteIncluded = cellChecked(m_contracts, row, KOnsite);
        k.freeUpgrade = cellChecked(m_contracts, row, KUpgrade);
        k.notes = cellText(m_contracts, row, KNotes);
        c.contracts.append(k);
    }
    c.products.clear();
    for (int row = 0; row < m_products->rowCount(); ++row) {
        if (rowIsBlank(m_products, row, {PName, PVersion, PModules}))
            continue;
        PurchasedProduct p;
        p.id = cellData(m_products, row, PName, IdRole).toLongLong();
        p.product = cellText(m_products, row, PName);
        // A renamed product is looked up (or added) in the catalogue by its new name.
        if (p.product == cellData(m_products, row, PName, OriginalRole).toString())
            p.productId = cellData(m_products, row, PName, ExtraRole).toLongLong();
        p.productVersion = cellText(m_products, row, PVersion);
        p.modules = cellText(m_products, row, PModules);
        p.licences = cellData(m_products, row, PLicences).toInt();
        p.purchasedOn = cellData(m_products, row, PPurchased).toDate();
        c.products.append(p);
    }
    return c;
}

bool CustomerDialog::isDirty() const
{
    const Customer now = collect();
    for (const QString &key : fieldKeys())
        if (fieldValue(now, key) != fieldValue(m_base, key))
            return true;
    return false;
}

// ------------------------------------------------------------------ fields (for dirty check and merge)

QStringList CustomerDialog::fieldKeys()
{
    return {u"name"_s,     u"address"_s, u"region"_s,   u"keyCustomer"_s, u"vipChannel"_s, u"serviceCode"_s,
            u"dongleNo"_s, u"industry"_s, u"notes"_s,   u"contacts"_s,    u"contracts"_s,  u"products"_s};
}

QString CustomerDialog::fieldTitle(const QString &key)
{
    if (key == u"name") return tr("Company name");
    if (key == u"address") return tr("Address");
    if (key == u"region") return tr("Region");
    if (key == u"keyCustomer") return tr("Key customer");
    if (key == u"vipChannel") return tr("VIP channel");
    if (key == u"serviceCode") return tr("Service code");
    if (key == u"dongleNo") return tr("Dongle no.");
    if (key == u"industry") return tr("Industry");
    if (key == u"notes") return tr("Notes");
    if (key == u"contacts") return tr("Contacts");
    if (key == u"contracts") return tr("Contracts");
    if (key == u"products") return tr("Products");
    return key;
}

QString CustomerDialog::fieldValue(const Customer &c, const QString &key)
{
    if (key == u"name") return c.name.trimmed();
    if (key == u"address") return c.address.trimmed();
    if (key == u"region") return sd::core::regionTitle(c.region);
    if (key == u"keyCustomer") return yesNo(c.keyCustomer);
    if (key == u"vipChannel") return yesNo(c.vipChannel);
    if (key == u"serviceCode") return c.serviceCode.trimmed();
    if (key == u"dongleNo") return c.dongleNo.trimmed();
    if (key == u"industry") return c.industry.trimmed();
    if (key == u"notes") return c.notes;
    QStringList lines;
    if (key == u"contacts") {
        for (const Contact &t : c.contacts) {
            QStringList phones;
            for (const ContactPhone &p : t.phones)
                phones << p.phone.trimmed();
            QStringList parts{t.name.trimmed()};
            if (!t.title.isEmpty())
                parts.last() += u" ("_s + t.title + u")"_s;
            for (const QString &s : {phones.join(u"; "_s), t.email.trimmed(), t.im.trimmed()})
                if (!s.isEmpty())
                    parts << s;
            if (t.isAdmin)
                parts << tr("system admin");
            lines << parts.join(u" · "_s);
        }
    } else if (key == u"contracts") {
        for (const Contract &k : c.contracts) {
            QStringList parts{k.type, u"%1 – %2"_s.arg(formatDate(k.startsOn), formatDate(k.endsOn))};
            if (!k.contractNo.isEmpty())
                parts.prepend(k.contractNo);
            parts << tr("warranty %1 months").arg(k.warrantyMonths);
            if (k.onsiteIncluded)
                parts << tr("on-site included");
            if (k.freeUpgrade)
                parts << tr("free upgrade");
            if (!k.notes.isEmpty())
                parts << k.notes;
            lines << parts.join(u" · "_s);
        }
    } else if (key == u"products") {
        for (const PurchasedProduct &p : c.products) {
            QStringList parts{(p.product + u' ' + p.productVersion).trimmed()};
            if (!p.modules.isEmpty())
                parts << p.modules;
            parts << tr("%1 licences").arg(p.licences);
            if (p.purchasedOn.isValid())
                parts << formatDate(p.purchasedOn);
            lines << parts.join(u" · "_s);
        }
    }
    return lines.join(u'\n');
}

void CustomerDialog::copyField(Customer &to, const Customer &from, const QString &key)
{
    if (key == u"name") to.name = from.name;
    else if (key == u"address") to.address = from.address;
    else if (key == u"region") to.region = from.region;
    else if (key == u"keyCustomer") to.keyCustomer = from.keyCustomer;
    else if (key == u"vipChannel") to.vipChannel = from.vipChannel;
    else if (key == u"serviceCode") to.serviceCode = from.serviceCode;
    else if (key == u"dongleNo") to.dongleNo = from.dongleNo;
    else if (key == u"industry") to.industry = from.industry;
    else if (key == u"notes") to.notes = from.notes;
    else if (key == u"contacts") to.contacts = from.contacts;
    else if (key == u"contracts") to.contracts = from.contracts;
    else if (key == u"products") to.products = from.products;
}

// ------------------------------------------------------------------ saving

void CustomerDialog::save()
{
    if (m_mode == Mode::Merge) {
        saveMerged();
        return;
    }
    if (m_mode != Mode::Edit)
        return;
    // A cell still being edited holds its text in the editor: write it back before collecting.
    for (QTableWidget *t : {m_contacts, m_contracts, m_products})
        if (QWidget *editor = t->indexWidget(t->currentIndex()))
            QMetaObject::invokeMethod(t, "commitData", Q_ARG(QWidget *, editor));
    const Customer mine = collect();
    if (m_id == 0)
        createChecked(mine);
    else
        saveExisting(mine);
}

void CustomerDialog::createChecked(const Customer &c)
{
    sd::core::CustomerRepository repo(m_db);
    auto duplicates = repo.findDuplicates(c);
    if (!duplicates) {
        handleError(duplicates.error());
        return;
    }
    if (duplicates->isEmpty()) {
        create(c);
        return;
    }
    QStringList names;
    for (const sd::core::CustomerRow &r : std::as_const(*duplicates).mid(0, 5)) {
        QString line = r.name;
        if (!r.serviceCode.isEmpty())
            line += u" · "_s + tr("service code %1").arg(r.serviceCode);
        if (!r.firstPhone.isEmpty())
            line += u" · "_s + r.firstPhone;
        names << u"• "_s + line;
    }
    if (duplicates->size() > 5)
        names << tr("… and %1 more").arg(duplicates->size() - 5);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Possible duplicate"),
                                tr("This customer may already exist (same name, phone or service code):\n\n%1\n\n"
                                   "Save it as a new customer anyway?")
                                    .arg(names.join(u'\n')),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"duplicateWarning"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *saveAnyway = box->addButton(tr("Save as new"), QMessageBox::AcceptRole);
    saveAnyway->setObjectName(u"saveAnywayButton"_s);
    QPushButton *openExisting = box->addButton(tr("Open the existing one"), QMessageBox::ActionRole);
    openExisting->setObjectName(u"openExistingButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    const qint64 firstId = duplicates->first().id;
    connect(box, &QMessageBox::finished, this, [this, box, saveAnyway, openExisting, c, firstId] {
        if (box->clickedButton() == saveAnyway) {
            create(c);
        } else if (box->clickedButton() == openExisting) {
            m_id = firstId;
            load(firstId);
            setMode(Mode::View);
        }
    });
    box->open();
}

void CustomerDialog::create(const Customer &c)
{
    sd::core::CustomerRepository repo(m_db);
    auto id = repo.create(m_session, c);
    if (!id) {
        handleError(id.error());
        return;
    }
    auto fresh = repo.get(*id);
    if (!fresh) {
        handleError(fresh.error());
        return;
    }
    m_id = *id;
    saved(*fresh);
}

void CustomerDialog::saveExisting(const Customer &mine)
{
    sd::core::CustomerRepository repo(m_db);
    auto result = repo.save(m_session, mine);
    if (result) {
        saved(*result);
        return;
    }
    if (result.error().code != sd::core::ErrorCode::Conflict) {
        handleError(result.error());
        return;
    }
    auto theirs = repo.get(mine.id);
    if (!theirs) { // deleted meanwhile: say so, keep the form
        handleError(theirs.error());
        return;
    }
    showMerge(mine, *theirs, result.error().message);
}

void CustomerDialog::saved(const Customer &c)
{
    m_base = c;
    m_savedAny = true;
    m_card->setCustomer(c);
    fillForm(c);
    setMode(Mode::View);
    setStatus(tr("Saved at %1.").arg(QLocale().toString(centerNow().time(), QLocale::ShortFormat)));
    emit customerSaved(c.id);
}

void CustomerDialog::handleError(const sd::core::Error &error)
{
    setStatus(errorTitle(error) + u": "_s + error.message, true);
    showError(this, error);
    if (error.code != sd::core::ErrorCode::Invalid)
        return;
    // Take the operator to the field the repository complained about.
    const QString &f = error.field;
    if (f == u"name") {
        m_tabs->setCurrentWidget(m_companyTab);
        m_name->setFocus();
    } else if (f == u"contact" || f == u"phone") {
        m_tabs->setCurrentWidget(m_contactsTab);
    } else if (f.startsWith(u"contract")) {
        m_tabs->setCurrentWidget(m_contractsTab);
    } else if (f == u"product") {
        m_tabs->setCurrentWidget(m_productsTab);
    }
}

// ------------------------------------------------------------------ merge

void CustomerDialog::showMerge(const Customer &mine, const Customer &theirs, const QString &why)
{
    qDeleteAll(m_mergeRows);
    m_mergeRows.clear();
    // Remove the widgets of an earlier merge (row 0 holds the headers).
    for (int i = m_mergeGrid->count() - 1; i >= 0; --i) {
        QLayoutItem *item = m_mergeGrid->itemAt(i);
        QWidget *w = item->widget();
        if (w && w != m_mergeFieldHeader && w != m_mergeTheirsHeader && w != m_mergeMineHeader) {
            m_mergeGrid->removeWidget(w);
            delete w;
        }
    }
    m_mergeMine = mine;
    m_mergeTheirs = theirs;
    QWidget *grid = m_mergeFieldHeader->parentWidget();
    int gridRow = 1;
    for (const QString &key : fieldKeys()) {
        const QString base = fieldValue(m_base, key);
        const QString t = fieldValue(theirs, key);
        const QString m = fieldValue(mine, key);
        if (t == m)
            continue; // nothing to choose: equal on both sides
        auto *row = new MergeRow;
        row->key = key;
        row->theyChanged = t != base;
        row->bothChanged = t != base && m != base;
        auto *titleBox = new QWidget(grid);
        auto *titleLayout = new QVBoxLayout(titleBox);
        titleLayout->setContentsMargins(0, 0, 0, 0);
        row->title = new QLabel(titleBox);
        QFont f = row->title->font();
        f.setBold(row->bothChanged);
        row->title->setFont(f);
        row->note = new QLabel(titleBox);
        row->note->setStyleSheet(row->bothChanged ? u"color: #b26a00;"_s : u"color: #757575;"_s);
        titleLayout->addWidget(row->title);
        titleLayout->addWidget(row->note);
        row->theirs = new QRadioButton(t.isEmpty() ? tr("(empty)") : t, grid);
        row->theirs->setObjectName(u"theirs_"_s + key);
        row->mine = new QRadioButton(m.isEmpty() ? tr("(empty)") : m, grid);
        row->mine->setObjectName(u"mine_"_s + key);
        row->group = new QButtonGroup(grid);
        row->group->addButton(row->theirs);
        row->group->addButton(row->mine);
        // Only one side changed it: keep that change unless the operator says otherwise.
        // Both changed it: no default, the operator decides.
        if (!row->bothChanged)
            (row->theyChanged ? row->theirs : row->mine)->setChecked(true);
        connect(row->group, &QButtonGroup::buttonToggled, this, &CustomerDialog::updateMergeSaveButton);
        m_mergeGrid->addWidget(titleBox, gridRow, 0, Qt::AlignTop);
        m_mergeGrid->addWidget(row->theirs, gridRow, 1, Qt::AlignLeft | Qt::AlignTop);
        m_mergeGrid->addWidget(row->mine, gridRow, 2, Qt::AlignLeft | Qt::AlignTop);
        ++gridRow;
        m_mergeRows.append(row);
    }
    m_mergeGrid->setRowStretch(gridRow, 1);
    m_mergeWhy->setText(why);
    setStatus(errorTitle(sd::core::Error::make(sd::core::ErrorCode::Conflict, {})), true);
    setMode(Mode::Merge);
    for (MergeRow *row : std::as_const(m_mergeRows))
        if (row->bothChanged) {
            row->mine->setFocus();
            break;
        }
}

void CustomerDialog::updateMergeSaveButton()
{
    bool allChosen = true;
    for (const MergeRow *row : std::as_const(m_mergeRows))
        allChosen = allChosen && row->group->checkedButton() != nullptr;
    m_save->setEnabled(allChosen);
}

void CustomerDialog::saveMerged()
{
    for (const MergeRow *row : std::as_const(m_mergeRows))
        if (!row->group->checkedButton()) {
            setStatus(tr("Choose their value or yours for \"%1\" first.").arg(fieldTitle(row->key)), true);
            return;
        }
    // On top of the fresh version: their values, with mine wherever I chose mine.
    Customer merged = m_mergeTheirs;
    for (const MergeRow *row : std::as_const(m_mergeRows))
        if (row->mine->isChecked())
            copyField(merged, m_mergeMine, row->key);
    m_base = m_mergeTheirs;
    m_card->setCustomer(m_base);
    fillForm(merged); // if this save fails too, the form holds the merged values
    setMode(Mode::Edit);
    saveExisting(merged);
}

} // namespace sd::ui
