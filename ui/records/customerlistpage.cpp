#include "ui/records/customerlistpage.h"

#include "core/auth/permissions.h"
#include "ui/common/errors.h"
#include "ui/common/format.h"
#include "ui/common/searchline.h"
#include "ui/records/customerdialog.h"
#include "ui/records/customerlistmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

CustomerListPage::CustomerListPage(const sd::core::Database &db, const sd::core::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_session(session)
    , m_model(new CustomerListModel(db, this))
    , m_search(new SearchLine(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(this))
    , m_open(new QPushButton(this))
{
    m_search->setObjectName(u"customerSearch"_s);
    m_count->setObjectName(u"customerCount"_s);
    m_table->setObjectName(u"customerTable"_s);
    m_new->setObjectName(u"newCustomerButton"_s);
    m_open->setObjectName(u"openCustomerButton"_s);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->setColumnWidth(CustomerListModel::Name, 280);
    m_table->setColumnWidth(CustomerListModel::Contact, 90);
    m_table->setColumnWidth(CustomerListModel::Phone, 130);
    m_table->setColumnWidth(CustomerListModel::ServiceCode, 110);
    m_table->setColumnWidth(CustomerListModel::Region, 90);
    m_table->setColumnWidth(CustomerListModel::Contract, 160);
    m_table->horizontalHeader()->setSortIndicator(CustomerListModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);
    m_search->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_new->setEnabled(sd::core::can(m_session, sd::core::Action::CustomerCreate));

    connect(m_search, &SearchLine::searchChanged, m_model, &CustomerListModel::setFilterText);
    connect(m_model, &CustomerListModel::totalCountChanged, this, [this] {
        m_loadError.clear();
        updateCount();
    });
    connect(m_model, &CustomerListModel::loadFailed, this, [this](const sd::core::Error &e) {
        m_loadError = describeError(e);
        updateCount();
    });
    // Only the name sorts in the database; a click on another header keeps the current order.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder order) {
                if (CustomerListModel::isSortable(section)) {
                    m_nameOrder = order;
                    return;
                }
                QSignalBlocker block(m_table->horizontalHeader());
                m_table->horizontalHeader()->setSortIndicator(CustomerListModel::Name, m_nameOrder);
            });
    connect(m_table, &QAbstractItemView::activated, this, &CustomerListPage::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomerListPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerListPage::updateButtons);
    connect(m_open, &QPushButton::clicked, this, &CustomerListPage::openCurrent);
    connect(m_new, &QPushButton::clicked, this, &CustomerListPage::newCustomer);

    retranslateUi();
    m_model->reload();
    updateButtons();
}

void CustomerListPage::refresh()
{
    const qint64 current = m_model->customerId(m_table->currentIndex().row());
    m_model->reload();
    if (current > 0)
        selectCustomer(current);
}

void CustomerListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CustomerListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::LocaleChange)
        updateCount();
    QWidget::changeEvent(event);
}

bool CustomerListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_table && enter && key->modifiers() == Qt::NoModifier) {
            openCurrent();
            return true;
        }
        // From the search box, Down moves into the results and Enter opens a single hit.
        if (watched == m_search && enter) {
            m_search->flush();
            if (m_model->rowCount() == 1) {
                m_table->selectRow(0);
                emit openCustomer(m_model->customerId(0));
                return true;
            }
            return false;
        }
        if (watched == m_search && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_table->setFocus();
            if (!m_table->currentIndex().isValid())
                m_table->selectRow(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerListPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search name, phone, contact, service code…"));
    m_search->setToolTip(tr("Type any part of a name, phone number, contact or code. Esc clears."));
    m_new->setText(tr("&New customer"));
    m_new->setToolTip(m_new->isEnabled() ? QString() : tr("Your role cannot create customers."));
    m_open->setText(tr("&Open"));
    updateCount();
}

void CustomerListPage::updateCount()
{
    if (!m_loadError.isEmpty()) {
        m_count->setText(tr("List not loaded"));
        m_count->setToolTip(m_loadError);
        m_count->setStyleSheet(u"color: #c62828;"_s);
        return;
    }
    m_count->setStyleSheet({});
    m_count->setToolTip({});
    const qint64 n = m_model->totalCount();
    m_count->setText(n == 1 ? tr("1 customer") : tr("%1 customers").arg(formatCount(n)));
}

void CustomerListPage::updateButtons()
{
    m_open->setEnabled(m_table->selectionModel()->hasSelection());
}

void CustomerListPage::openCurrent()
{
    QModelIndex index = m_table->currentIndex();
    if (!index.isValid() && m_table->selectionModel()->hasSelection())
        index = m_table->selectionModel()->selectedRows().value(0);
    const qint64 id = m_model->customerId(index.row());
    if (id > 0)
        emit openCustomer(id);
}

void CustomerListPage::newCustomer()
{
    auto *dialog = new CustomerDialog(m_db, m_session, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerDialog::customerSaved, this, [this](qint64 id) {
        m_model->reload();
        selectCustomer(id);
    });
    dialog->open();
}

void CustomerListPage::selectCustomer(qint64 id)
{
    // The customer may be beyond the loaded pages; fetch a few more before giving up.
    int row = m_model->rowOf(id);
    for (int i = 0; row < 0 && i < 5 && m_model->canFetchMore({}); ++i) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

} // namespace sd::ui
