#include "ui/admin/adminpage.h"

#include "ui/admin/admintabs.h"
#include "ui/admin/centertab.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sd::ui {

AdminPage::AdminPage(const sd::core::Database &db, const sd::core::Session &session, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("adminPage"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_users = new UsersTab(db, session, m_tabs);
    m_calendar = new CalendarTab(db, session, m_tabs);
    m_sla = new SlaTab(db, session, m_tabs);
    m_audit = new AuditTab(db, m_tabs);
    m_center = new CenterTab(db, session, m_tabs);
    m_tabs->addTab(m_users, QString());
    m_tabs->addTab(m_calendar, QString());
    m_tabs->addTab(m_sla, QString());
    m_tabs->addTab(m_audit, QString());
    m_tabs->addTab(m_center, QString());
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_audit)
            m_audit->refresh();
    });
    retranslateUi();
}

void AdminPage::refresh()
{
    m_users->refresh();
    m_calendar->refresh();
    m_sla->refresh();
    m_audit->refresh();
    m_center->refresh();
}

void AdminPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdminPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("Staff accounts"));
    m_tabs->setTabText(1, tr("Business calendar"));
    m_tabs->setTabText(2, tr("SLA policies"));
    m_tabs->setTabText(3, tr("Audit trail"));
    m_tabs->setTabText(4, tr("Service center"));
    m_users->retranslateUi();
    m_calendar->retranslateUi();
    m_sla->retranslateUi();
    m_audit->retranslateUi();
    m_center->retranslateUi();
}

} // namespace sd::ui
