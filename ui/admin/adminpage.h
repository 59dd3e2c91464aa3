#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"

#include <QWidget>

class QTabWidget;

namespace sd::ui {

class UsersTab;
class CalendarTab;
class SlaTab;
class AuditTab;
class CenterTab;

/// The administrator's page: accounts, business calendar, SLA policies, audit trail, the
/// service center's details for printed forms.
/// Every change goes through the core services, which check the role again.
class AdminPage final : public QWidget
{
    Q_OBJECT
public:
    AdminPage(const sd::core::Database &db, const sd::core::Session &session, QWidget *parent = nullptr);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QTabWidget *m_tabs = nullptr;
    UsersTab *m_users = nullptr;
    CalendarTab *m_calendar = nullptr;
    SlaTab *m_sla = nullptr;
    AuditTab *m_audit = nullptr;
    CenterTab *m_center = nullptr;
};

} // namespace sd::ui
