#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"
#include "core/sla/due.h"

#include <QWidget>

class QColor;
class QLabel;
class QTreeWidget;
class QPushButton;

namespace sd::ui {

/// The title of a record type key for lists ("hotline_call" → "Hotline call").
QString recordTypeTitle(const QString &recordType);
/// "Overdue" / "Due now" / "Due soon" (core's one definition, sd::core::DueLevel).
QString dueLevelTitle(sd::core::DueLevel level);
/// The colour of a level in lists and badges (invalid for Later).
QColor dueLevelColor(sd::core::DueLevel level);

/// The desk overview: who is logged in with which roles, my deadlines that need attention,
/// and how many customers the center serves.
class HomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)
public:
    HomePage(const sd::core::Database &db, const sd::core::Session &session, QWidget *parent = nullptr);

    /// Re-reads the counts.
    void refresh();
    /// Shows the due-soon list (fed by the main window's SLA timer).
    void setDueSoon(const QList<sd::core::DueItem> &entries);

signals:
    void showCustomersRequested();
    void callerLookupRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillDueList();

    sd::core::Database m_db;
    sd::core::Session m_session;
    QList<sd::core::DueItem> m_due;
    qint64 m_customerCount = -1;

    QLabel *m_greeting = nullptr;
    QLabel *m_roles = nullptr;
    QLabel *m_dueTitle = nullptr;
    QTreeWidget *m_dueList = nullptr;
    QLabel *m_nothingDue = nullptr;
    QLabel *m_customersTitle = nullptr;
    QLabel *m_customers = nullptr;
    QPushButton *m_openCustomers = nullptr;
    QLabel *m_lookupHint = nullptr;
    QPushButton *m_lookupButton = nullptr;
    // My unread alerts (core/alerts; issue 6): key-customer complaints, report reminders …
    QStringList m_alertTexts;
    QLabel *m_alerts = nullptr;
    QPushButton *m_alertsRead = nullptr;
};

} // namespace sd::ui
