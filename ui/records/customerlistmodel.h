#pragma once

#include "core/records/customerrepository.h"

#include <QAbstractTableModel>

namespace sd::ui {

/// The customer list, fetched page by page (200 rows) from CustomerRepository; filtering and
/// sorting run in SQL (names in pinyin order), never over the rows already loaded.
class CustomerListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListModel)
public:
    enum Column { Name, Contact, Phone, ServiceCode, Region, Contract, Flags, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;

    explicit CustomerListModel(const sd::core::Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Only the name column can be sorted (in the database); other columns are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Filters by any part of name, address, codes, contact or phone; reloads from the first page.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    /// Reloads the first page with the current filter and sort.
    void reload();
    /// The number of customers matching the filter (all pages).
    qint64 totalCount() const { return m_total; }
    /// True for the columns the database can sort.
    static bool isSortable(int column) { return column == Name; }

    qint64 customerId(int row) const;
    /// The row of the customer among those loaded, or -1.
    int rowOf(qint64 customerId) const;
    const sd::core::CustomerRow &rowAt(int row) const { return m_rows.at(row); }

signals:
    /// The database refused a query; the list keeps what it had.
    void loadFailed(const sd::core::Error &error);
    /// The total changed (after a reload or a filter change).
    void totalCountChanged(qint64 total);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString contractText(const sd::core::CustomerRow &row) const;

    sd::core::CustomerRepository m_repo;
    QList<sd::core::CustomerRow> m_rows;
    QString m_filter;
    sd::core::CustomerSort m_sort = sd::core::CustomerSort::NameAsc;
    qint64 m_total = 0;
    bool m_atEnd = true;
};

} // namespace sd::ui
