#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sd::ui {

class CustomerListModel;
class SearchLine;

/// The customer list: search, count, a sortable table paged from the database, New and Open.
class CustomerListPage final : public QWidget
{
    Q_OBJECT
public:
    CustomerListPage(const sd::core::Database &db, const sd::core::Session &session, QWidget *parent = nullptr);

    /// Reloads the list (keeping the search text and the sort).
    void refresh();
    /// Puts the cursor in the search box, its text selected.
    void focusSearch();

signals:
    /// The operator opened a customer (Enter, double-click or the Open button).
    void openCustomer(qint64 customerId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateCount();
    void updateButtons();
    void openCurrent();
    void newCustomer();
    void selectCustomer(qint64 id);

    sd::core::Database m_db;
    sd::core::Session m_session;
    CustomerListModel *m_model = nullptr;
    SearchLine *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QString m_loadError;
    Qt::SortOrder m_nameOrder = Qt::AscendingOrder;
};

} // namespace sd::ui
