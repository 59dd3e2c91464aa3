#include "ui/records/customerlistmodel.h"

#include "ui/common/format.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QEvent>
#include <QFont>

using namespace Qt::StringLiterals;

namespace sd::ui {

using sd::core::CustomerRow;

CustomerListModel::CustomerListModel(const sd::core::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repo(db)
{
    // The language can change at run time; headers and region names follow it.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerListModel::contractText(const CustomerRow &row) const
{
    if (row.contractType.isEmpty() && !row.contractEnds.isValid())
        return {};
    if (!row.contractEnds.isValid())
        return row.contractType;
    return tr("%1 until %2").arg(row.contractType, formatDate(row.contractEnds));
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CustomerRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    const bool expired = r.contractEnds.isValid() && r.contractEnds < centerToday();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return r.name;
        case Contact: return r.firstContact;
        case Phone: return r.firstPhone;
        case ServiceCode: return r.serviceCode;
        case Region: return sd::core::regionTitle(r.region);
        case Contract: return contractText(r);
        case Flags: {
            QStringList flags;
            if (r.keyCustomer)
                flags << u"★"_s;
            if (r.vipChannel)
                flags << u"VIP"_s;
            return flags.join(u' ');
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Contract && expired)
            return tr("The service contract has expired");
        if (index.column() == Flags) {
            QStringList words;
            if (r.keyCustomer)
                words << tr("Key customer");
            if (r.vipChannel)
                words << tr("VIP channel");
            return words.isEmpty() ? QVariant() : QVariant(words.join(u", "_s));
        }
        if (index.column() == Name && !r.address.isEmpty())
            return r.address;
        break;
    case Qt::ForegroundRole:
        if (index.column() == Contract && expired)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == Flags && r.keyCustomer)
            return QBrush(QColor(0xd4, 0x8a, 0x00));
        break;
    case Qt::FontRole:
        if (index.column() == Flags && (r.keyCustomer || r.vipChannel)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Customer");
    case Contact: return tr("Contact");
    case Phone: return tr("Phone");
    case ServiceCode: return tr("Service code");
    case Region: return tr("Region");
    case Contract: return tr("Contract");
    case Flags: return tr("Flags");
    }
    return {};
}

bool CustomerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CustomerListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    auto page = m_repo.list({m_filter, m_sort, PageSize, int(m_rows.size())});
    if (!page) {
        m_atEnd = true;
        emit loadFailed(page.error());
        return;
    }
    m_atEnd = page->size() < PageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const auto sort = order == Qt::AscendingOrder ? sd::core::CustomerSort::NameAsc
                                                  : sd::core::CustomerSort::NameDesc;
    if (sort == m_sort && !m_rows.isEmpty())
        return;
    m_sort = sort;
    reload();
}

void CustomerListModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    reload();
}

void CustomerListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    auto total = m_repo.count(m_filter);
    auto page = m_repo.list({m_filter, m_sort, PageSize, 0});
    if (total && page) {
        m_total = *total;
        m_rows = *page;
        m_atEnd = page->size() < PageSize;
    } else {
        m_total = 0;
        m_atEnd = true;
    }
    endResetModel();
    emit totalCountChanged(m_total);
    if (!total)
        emit loadFailed(total.error());
    else if (!page)
        emit loadFailed(page.error());
}

qint64 CustomerListModel::customerId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CustomerListModel::rowOf(qint64 customerId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == customerId)
            return i;
    return -1;
}

bool CustomerListModel::eventFilter(QObject *watched, QEvent *event)
{
    // Installed on the application, so this sees every event: test the cheap part first.
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

} // namespace sd::ui
