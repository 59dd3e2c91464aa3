#pragma once

#include "core/alerts/alertstore.h"
#include "core/auth/roles.h"
#include "core/db/database.h"
#include "core/sla/due.h"

#include <QTimeZone>
#include <QWidget>

class QColor;
class QLabel;
class QListWidget;
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
    /// An alert was activated: open the record it is about (table or SLA record type, id).
    void openRecord(const QString &recordType, qint64 recordId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillDueList();
    void fillAlertList();

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
    // Worded in the reader's language when shown, dated in the business calendar's zone.
    QList<sd::core::Alert> m_alertItems;
    QTimeZone m_alertZone;
    QLabel *m_alertsTitle = nullptr;
    QListWidget *m_alerts = nullptr;
    QPushButton *m_alertsRead = nullptr;
};

} // namespace sd::ui
