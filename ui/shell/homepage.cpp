#include "ui/shell/homepage.h"

#include "core/calendar/calendarrepository.h"
#include "core/records/customerrepository.h"
#include "ui/common/format.h"

#include <QColor>
#include <QDateTime>
#include <QEvent>
#include "core/alerts/alertstore.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

QString recordTypeTitle(const QString &recordType)
{
    if (recordType == sla::HotlineCall)
        return HomePage::tr("Hotline call");
    if (recordType == sla::RemoteSession)
        return HomePage::tr("Remote session");
    if (recordType == sla::OnsiteDispatch)
        return HomePage::tr("On-site dispatch");
    if (recordType == sla::Complaint)
        return HomePage::tr("Complaint");
    if (recordType == sla::ComplaintReport)
        return HomePage::tr("Monthly complaint report");
    if (recordType == u"first_visit"_s)
        return HomePage::tr("First visit");
    if (recordType == u"return_visit"_s)
        return HomePage::tr("Return visit");
    return recordType;
}

QString dueLevelTitle(DueLevel level)
{
    switch (level) {
    case DueLevel::Overdue: return HomePage::tr("Overdue");
    case DueLevel::DueNow: return HomePage::tr("Due now");
    case DueLevel::DueSoon: return HomePage::tr("Due soon");
    case DueLevel::Later: break;
    }
    return HomePage::tr("Later");
}

QColor dueLevelColor(DueLevel level)
{
    switch (level) {
    case DueLevel::Overdue: return QColor(0xb0, 0x00, 0x20);
    case DueLevel::DueNow: return QColor(0x1f, 0x5f, 0xa8);
    case DueLevel::DueSoon: return QColor(0xc0, 0x60, 0x00);
    case DueLevel::Later: break;
    }
    return {};
}

HomePage::HomePage(const Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    setObjectName(u"homePage"_s);

    m_greeting = new QLabel(this);
    m_greeting->setObjectName(u"greeting"_s);
    QFont big = m_greeting->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_greeting->setFont(big);
    m_roles = new QLabel(this);
    m_roles->setWordWrap(true);

    auto *dueBox = new QGroupBox(this);
    m_dueTitle = new QLabel(dueBox);
    QFont bold = m_dueTitle->font();
    bold.setBold(true);
    m_dueTitle->setFont(bold);
    m_dueList = new QTreeWidget(dueBox);
    m_dueList->setObjectName(u"dueSoonList"_s);
    m_dueList->setRootIsDecorated(false);
    m_dueList->setColumnCount(6);
    // Activating a deadline (double-click, Enter) opens its record on its desk.
    connect(m_dueList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString type = item->data(0, Qt::UserRole).toString();
        const qint64 id = item->data(0, Qt::UserRole + 1).toLongLong();
        if (!type.isEmpty() && id > 0)
            emit openRecord(type, id);
    });
    m_dueList->header()->setStretchLastSection(true);
    m_nothingDue = new QLabel(dueBox);
    m_nothingDue->setObjectName(u"nothingDue"_s);
    auto *dueLayout = new QVBoxLayout(dueBox);
    dueLayout->addWidget(m_dueTitle);
    dueLayout->addWidget(m_nothingDue);
    dueLayout->addWidget(m_dueList, 1);
    dueLayout->addStretch(0);
    dueLayout->setAlignment(Qt::AlignTop);

    auto *customersBox = new QGroupBox(this);
    m_customersTitle = new QLabel(customersBox);
    m_customersTitle->setFont(bold);
    m_customers = new QLabel(customersBox);
    m_customers->setObjectName(u"customerCount"_s);
    m_openCustomers = new QPushButton(customersBox);
    connect(m_openCustomers, &QPushButton::clicked, this, &HomePage::showCustomersRequested);
    m_lookupHint = new QLabel(customersBox);
    m_lookupHint->setWordWrap(true);
    m_lookupButton = new QPushButton(customersBox);
    connect(m_lookupButton, &QPushButton::clicked, this, &HomePage::callerLookupRequested);
    auto *customersLayout = new QGridLayout(customersBox);
    customersLayout->addWidget(m_customersTitle, 0, 0, 1, 2);
    customersLayout->addWidget(m_customers, 1, 0);
    customersLayout->addWidget(m_openCustomers, 1, 1);
    customersLayout->addWidget(m_lookupHint, 2, 0);
    customersLayout->addWidget(m_lookupButton, 2, 1);
    customersLayout->setColumnStretch(0, 1);

    auto *alertBox = new QWidget(this);
    alertBox->setObjectName(u"alerts"_s);
    alertBox->setAttribute(Qt::WA_StyledBackground);
    alertBox->setStyleSheet(u"#alerts { background: #fff4e0; border: 1px solid #e6b866; }"_s);
    m_alertsTitle = new QLabel(alertBox);
    m_alertsTitle->setFont(bold);
    m_alerts = new QListWidget(alertBox);
    m_alerts->setObjectName(u"alertList"_s);
    m_alerts->setWordWrap(true);
    m_alerts->setFrameShape(QFrame::NoFrame);
    m_alerts->setStyleSheet(u"QListWidget { background: transparent; }"_s);
    m_alerts->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_alerts->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Activating an alert (double-click, Enter) opens the record it is about.
    connect(m_alerts, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString type = item->data(Qt::UserRole).toString();
        const qint64 id = item->data(Qt::UserRole + 1).toLongLong();
        if (!type.isEmpty() && id > 0)
            emit openRecord(type, id);
    });
    m_alertsRead = new QPushButton(alertBox);
    m_alertsRead->setObjectName(u"alertsRead"_s);
    connect(m_alertsRead, &QPushButton::clicked, this, [this] {
        (void)AlertStore(m_db).markAllRead(m_session);
        refresh();
    });
    auto *alertRow = new QGridLayout(alertBox);
    alertRow->addWidget(m_alertsTitle, 0, 0);
    alertRow->addWidget(m_alertsRead, 0, 1, Qt::AlignRight);
    alertRow->addWidget(m_alerts, 1, 0, 1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_greeting);
    layout->addWidget(m_roles);
    layout->addWidget(alertBox);
    layout->addSpacing(8);
    layout->addWidget(customersBox);
    layout->addWidget(dueBox, 1);

    refresh();
    retranslateUi();
}

void HomePage::refresh()
{
    auto count = CustomerRepository(m_db).count(QString());
    m_customerCount = count ? *count : -1;
    m_alertItems.clear();
    if (auto alerts = AlertStore(m_db).forRecipient(m_session.staffId, true, 5))
        m_alertItems = *alerts;
    if (!m_alertZone.isValid())
        if (auto calendar = CalendarRepository(m_db).load())
            m_alertZone = calendar->timeZone();
    retranslateUi();
}

void HomePage::setDueSoon(const QList<DueItem> &entries)
{
    m_due = entries;
    fillDueList();
}

void HomePage::fillDueList()
{
    m_dueList->clear();
    m_dueList->setVisible(!m_due.isEmpty());
    m_nothingDue->setVisible(m_due.isEmpty());
    for (const DueItem &e : std::as_const(m_due)) {
        auto *item = new QTreeWidgetItem(m_dueList);
        item->setText(0, dueLevelTitle(e.level));
        item->setText(1, e.scope == DueScope::Mine ? tr("Mine") : tr("Team"));
        item->setText(2, formatDateTime(e.dueAt));
        item->setText(3, e.text());
        item->setText(4, recordTypeTitle(e.recordType) + u" #"_s + QString::number(e.recordId));
        item->setText(5, e.title);
        item->setForeground(0, dueLevelColor(e.level));
        item->setData(0, Qt::UserRole, e.recordType);
        item->setData(0, Qt::UserRole + 1, e.recordId);
    }
    for (int c = 0; c < 5; ++c)
        m_dueList->resizeColumnToContents(c);
}

void HomePage::fillAlertList()
{
    m_alerts->clear();
    const QLocale locale;
    const QTimeZone zone = m_alertZone.isValid() ? m_alertZone : QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
    for (const Alert &a : std::as_const(m_alertItems)) {
        const QString when = locale.toString(QDateTime::fromMSecsSinceEpoch(a.createdAt, zone), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(u"%1  %2"_s.arg(when, AlertStore::text(a)), m_alerts);
        item->setData(Qt::UserRole, a.recordType);
        item->setData(Qt::UserRole + 1, a.recordId);
        if (!a.recordType.isEmpty() && a.recordId > 0)
            item->setToolTip(tr("Double-click to open the record."));
    }
    const bool any = !m_alertItems.isEmpty();
    m_alerts->parentWidget()->setVisible(any);
}

void HomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HomePage::retranslateUi()
{
    const int hour = centerNow().time().hour();
    const QString name = m_session.displayName.isEmpty() ? m_session.login : m_session.displayName;
    if (hour < 12)
        m_greeting->setText(tr("Good morning, %1").arg(name));
    else if (hour < 18)
        m_greeting->setText(tr("Good afternoon, %1").arg(name));
    else
        m_greeting->setText(tr("Good evening, %1").arg(name));

    QStringList roles;
    for (Role role : allRoles())
        if (m_session.has(role))
            roles << roleTitle(role);
    m_roles->setText(roles.isEmpty() ? tr("You hold no role yet; ask the administrator.")
                                     : tr("Your roles: %1").arg(QLocale().createSeparatedList(roles)));

    m_dueTitle->setText(tr("Deadlines that need attention — mine, and my team's"));
    m_nothingDue->setText(tr("Nothing due — no deadline of yours or your team's is overdue, due now or due within the hour."));
    m_dueList->setHeaderLabels({tr("State"), tr("Whose"), tr("Due"), tr("Time left"), tr("Record"), tr("Subject")});
    fillDueList();

    m_customersTitle->setText(tr("Customers"));
    m_customers->setText(m_customerCount < 0 ? tr("The customer count is not available.")
                                             : tr("%1 customers on file").arg(formatCount(m_customerCount)));
    m_openCustomers->setText(tr("Open the customer list"));
    m_lookupHint->setText(tr("A customer is calling? Type any part of the phone number or the company "
                             "name into the caller lookup (Ctrl+L)."));
    m_lookupButton->setText(tr("Caller lookup"));
    m_alertsTitle->setText(tr("Alerts for you"));
    m_alertsRead->setText(tr("Mark as read"));
    fillAlertList();
}

} // namespace sd::ui
