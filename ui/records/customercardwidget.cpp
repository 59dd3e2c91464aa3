#include "ui/records/customercardwidget.h"

#include "ui/projects/projectspage.h"

#include "ui/common/format.h"

#include <QEvent>
#include <QResizeEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {

constexpr auto kRed = "#c62828";
constexpr auto kAmber = "#b26a00";
constexpr auto kGreen = "#2e7d32";
constexpr auto kGrey = "#757575";
// Below this width the contacts show as lines rather than a table.
constexpr int kNarrowWidth = 600;

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // operators copy codes from here
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QLabel *fieldLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    label->setStyleSheet(u"color: #616161;"_s);
    return label;
}

QLabel *badge(QWidget *parent, const QString &objectName, const QString &colour)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(u"QLabel { background: %1; color: white; font-weight: bold; border-radius: 4px; "
                         "padding: 2px 8px; }"_s.arg(colour));
    label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return label;
}

QString coloured(const QString &text, const char *colour, bool bold = false)
{
    return u"<span style=\"color:%1;%2\">%3</span>"_s.arg(QLatin1StringView(colour),
                                                          bold ? u"font-weight:bold;"_s : QString(),
                                                          text.toHtmlEscaped());
}

QString orDash(const QString &text) { return text.trimmed().isEmpty() ? u"—"_s : text; }

} // namespace

CustomerCardWidget::CustomerCardWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"customerCard"_s);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    m_body = new QWidget(scroll);
    scroll->setWidget(m_body);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_name = new QLabel(m_body);
    m_name->setObjectName(u"cardName"_s);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);

    m_keyBadge = badge(m_body, u"keyCustomerBadge"_s, u"#e08600"_s);
    m_vipBadge = badge(m_body, u"vipBadge"_s, u"#7b1fa2"_s);
    auto *badges = new QHBoxLayout;
    badges->setSpacing(6);
    badges->addWidget(m_keyBadge);
    badges->addWidget(m_vipBadge);
    badges->addStretch(1);

    m_regionLabel = fieldLabel(m_body);
    m_region = valueLabel(m_body, u"cardRegion"_s);
    m_addressLabel = fieldLabel(m_body);
    m_address = valueLabel(m_body, u"cardAddress"_s);
    m_codeLabel = fieldLabel(m_body);
    m_code = valueLabel(m_body, u"cardServiceCode"_s);
    m_dongleLabel = fieldLabel(m_body);
    m_dongle = valueLabel(m_body, u"cardDongle"_s);
    m_contractLabel = fieldLabel(m_body);
    m_contract = valueLabel(m_body, u"contractStatus"_s);
    m_contract->setTextFormat(Qt::RichText);
    m_entitlementsLabel = fieldLabel(m_body);
    m_entitlements = valueLabel(m_body, u"cardEntitlements"_s);
    m_entitlements->setTextFormat(Qt::RichText);
    m_productsLabel = fieldLabel(m_body);
    m_products = valueLabel(m_body, u"cardProducts"_s);

    // One label/value pair a row: the card often sits in a narrow side panel (the hotline
    // desk's is ~330 px at 1280 wide), where two pairs a row left the address two characters
    // a line.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);
    int row = 0;
    for (auto [label, value] : std::initializer_list<std::pair<QLabel *, QLabel *>>{
             {m_regionLabel, m_region}, {m_addressLabel, m_address}, {m_codeLabel, m_code},
             {m_dongleLabel, m_dongle}, {m_contractLabel, m_contract}, {m_entitlementsLabel, m_entitlements},
             {m_productsLabel, m_products}}) {
        grid->addWidget(label, row, 0);
        grid->addWidget(value, row++, 1);
    }
    grid->setColumnStretch(1, 1);
    m_address->setMinimumWidth(fontMetrics().horizontalAdvance(u"北京市朝阳区建国路八十八号"_s));

    m_contactsLabel = new QLabel(m_body);
    QFont bold = m_contactsLabel->font();
    bold.setBold(true);
    m_contactsLabel->setFont(bold);
    m_contacts = new QTableWidget(0, 6, m_body);
    m_contacts->setObjectName(u"cardContacts"_s);
    m_contacts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contacts->verticalHeader()->hide();
    m_contacts->horizontalHeader()->setStretchLastSection(true);
    m_contacts->setWordWrap(false);
    m_contacts->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // In a narrow panel the contacts read as lines (name, phones, e-mail whole) instead of a
    // six-column table that cuts the e-mail.
    m_contactLines = new QWidget(m_body);
    m_contactLines->setObjectName(u"cardContactLines"_s);
    m_contactLinesLayout = new QVBoxLayout(m_contactLines);
    m_contactLinesLayout->setContentsMargins(0, 0, 0, 0);
    m_contactLinesLayout->setSpacing(6);

    m_recentLabel = new QLabel(m_body);
    m_recentLabel->setFont(bold);
    m_recent = valueLabel(m_body, u"cardRecent"_s);
    m_recent->setTextFormat(Qt::RichText);

    m_trainingLabel = new QLabel(m_body);
    m_trainingLabel->setFont(bold);
    m_training = valueLabel(m_body, u"cardTraining"_s);
    m_training->setTextFormat(Qt::RichText);
    m_projectsLabel = new QLabel(m_body);
    m_projectsLabel->setFont(bold);
    m_projects = valueLabel(m_body, u"cardProjects"_s);
    m_projects->setTextFormat(Qt::RichText);

    auto *layout = new QVBoxLayout(m_body);
    layout->addWidget(m_name);
    layout->addLayout(badges);
    layout->addSpacing(4);
    layout->addLayout(grid);
    layout->addSpacing(4);
    layout->addWidget(m_contactsLabel);
    layout->addWidget(m_contacts);
    layout->addWidget(m_contactLines);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_recent);
    layout->addWidget(m_projectsLabel);
    layout->addWidget(m_projects);
    layout->addWidget(m_trainingLabel);
    layout->addWidget(m_training);
    layout->addStretch(1);
    m_recentLabel->hide();
    m_recent->hide();
    m_projectsLabel->hide();
    m_projects->hide();
    m_trainingLabel->hide();
    m_training->hide();

    retranslateUi();
}

void CustomerCardWidget::setCustomer(const sd::core::Customer &c)
{
    const bool other = !m_customer || m_customer->id != c.id;
    m_customer = c;
    render();
    if (other) {
        setRecentRecords({});   // another customer's records are not this one's
        setTrainingRecord({});
        setProjects({});
    }
}

void CustomerCardWidget::clear()
{
    m_customer.reset();
    render();
}

void CustomerCardWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::LocaleChange)
        render();
    QWidget::changeEvent(event);
}

void CustomerCardWidget::retranslateUi()
{
    m_regionLabel->setText(tr("Region:"));
    m_addressLabel->setText(tr("Address:"));
    m_codeLabel->setText(tr("Service code:"));
    m_dongleLabel->setText(tr("Dongle no.:"));
    m_contractLabel->setText(tr("Contract:"));
    m_entitlementsLabel->setText(tr("Entitlements:"));
    m_productsLabel->setText(tr("Products:"));
    m_contactsLabel->setText(tr("Contacts"));
    m_recentLabel->setText(tr("Recent records"));
    m_trainingLabel->setText(tr("Training record"));
    m_projectsLabel->setText(tr("Implementation projects"));
    renderProjects();
    m_keyBadge->setText(tr("★ Key customer"));
    m_vipBadge->setText(tr("VIP channel"));
    m_contacts->setHorizontalHeaderLabels(
        {tr("Name"), tr("Title"), tr("Phones"), tr("E-mail"), tr("QQ / WeChat"), tr("Administrator")});
    render(); // the values hold translated words too (region, contract status)
}

void CustomerCardWidget::render()
{
    const bool has = m_customer.has_value();
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_regionLabel, m_region, m_addressLabel, m_address, m_codeLabel, m_code, m_dongleLabel, m_dongle,
             m_contractLabel, m_contract, m_entitlementsLabel, m_entitlements, m_productsLabel, m_products,
             m_contactsLabel, m_contacts})
        w->setVisible(has);
    if (!has) {
        m_name->setText(tr("No customer selected"));
        m_name->setStyleSheet(u"color: %1;"_s.arg(QLatin1StringView(kGrey)));
        m_keyBadge->hide();
        m_vipBadge->hide();
        m_contacts->setRowCount(0);
        m_contactLines->hide();
        m_recentLabel->hide();
        m_recent->hide();
        m_recentLines.clear();
        m_trainingLabel->hide();
        m_training->hide();
        m_projectsLabel->hide();
        m_projects->hide();
        m_projectRows.clear();
        return;
    }
    const sd::core::Customer &c = *m_customer;
    m_name->setStyleSheet({});
    m_name->setText(c.name);
    m_keyBadge->setVisible(c.keyCustomer);
    m_vipBadge->setVisible(c.vipChannel);
    m_region->setText(sd::core::regionTitle(c.region));
    m_address->setText(orDash(c.address));
    m_code->setText(orDash(c.serviceCode));
    m_dongle->setText(orDash(c.dongleNo));
    renderContract(centerToday());

    QStringList products;
    for (const sd::core::PurchasedProduct &p : c.products) {
        QString line = p.productVersion.isEmpty() ? p.product : u"%1 %2"_s.arg(p.product, p.productVersion);
        if (!p.modules.trimmed().isEmpty())
            line += u" — "_s + p.modules;
        line += u" · "_s + (p.licences == 1 ? tr("1 licence") : tr("%1 licences").arg(formatCount(p.licences)));
        products << line;
    }
    m_products->setText(products.isEmpty() ? tr("none recorded") : products.join(u'\n'));

    m_contacts->setRowCount(int(c.contacts.size()));
    for (int i = 0; i < c.contacts.size(); ++i) {
        const sd::core::Contact &t = c.contacts.at(i);
        QStringList phones;
        for (const sd::core::ContactPhone &p : t.phones)
            phones << p.phone;
        const QStringList cells{t.name, t.title, phones.join(u"; "_s), t.email, t.im,
                                t.isAdmin ? tr("✓ system admin") : QString()};
        for (int col = 0; col < cells.size(); ++col)
            m_contacts->setItem(i, col, new QTableWidgetItem(cells.at(col)));
    }
    m_contacts->resizeColumnsToContents();
    // As tall as its rows (at least two), so the card does not end in an empty grey box.
    int height = m_contacts->horizontalHeader()->height() + 2 * m_contacts->frameWidth();
    for (int i = 0; i < std::max(2, int(c.contacts.size())); ++i)
        height += i < m_contacts->rowCount() ? m_contacts->rowHeight(i) : m_contacts->verticalHeader()->defaultSectionSize();
    // Room for the horizontal scroll bar, which a narrow panel shows only after layout.
    height += m_contacts->horizontalScrollBar()->sizeHint().height();
    m_contacts->setFixedHeight(height);

    // The same contacts as lines, for the narrow layout.
    while (QLayoutItem *item = m_contactLinesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < c.contacts.size(); ++i) {
        const sd::core::Contact &t = c.contacts.at(i);
        QStringList phones;
        for (const sd::core::ContactPhone &p : t.phones)
            phones << p.phone;
        QString head = u"<b>%1</b>"_s.arg(t.name.toHtmlEscaped());
        if (!t.title.isEmpty())
            head += u" · "_s + t.title.toHtmlEscaped();
        if (t.isAdmin)
            head += u" · "_s + tr("✓ system admin").toHtmlEscaped();
        auto *who = valueLabel(m_contactLines, u"cardContact%1"_s.arg(i));
        who->setTextFormat(Qt::RichText);
        who->setText(head + (phones.isEmpty() ? QString() : u"<br/>☎ "_s + phones.join(u"; "_s).toHtmlEscaped()));
        m_contactLinesLayout->addWidget(who);
        if (!t.email.isEmpty() || !t.im.isEmpty()) {
            auto *mail = valueLabel(m_contactLines, u"cardEmail%1"_s.arg(i));
            mail->setWordWrap(false);
            QStringList bits;
            if (!t.email.isEmpty())
                bits << t.email;
            if (!t.im.isEmpty())
                bits << tr("QQ/WeChat %1").arg(t.im);
            mail->setText(bits.join(u" · "_s));
            mail->setIndent(12);
            m_contactLinesLayout->addWidget(mail);
        }
    }
    updateContactLayout();
}

void CustomerCardWidget::setRecentRecords(const QStringList &lines)
{
    m_recentLines = lines;
    const bool any = m_customer.has_value() && !lines.isEmpty();
    m_recentLabel->setVisible(any);
    m_recent->setVisible(any);
    m_recent->setText(lines.join(u"<br/>"_s));
}

void CustomerCardWidget::setTrainingRecord(const QStringList &lines)
{
    const bool any = m_customer.has_value() && !lines.isEmpty();
    m_trainingLabel->setVisible(any);
    m_training->setVisible(any);
    m_training->setText(lines.join(u"<br/>"_s));
}

void CustomerCardWidget::setProjects(const QList<sd::core::ProjectRow> &projects)
{
    m_projectRows = projects;
    renderProjects();
}

void CustomerCardWidget::renderProjects()
{
    if (!m_projects)
        return;
    const bool any = m_customer.has_value() && !m_projectRows.isEmpty();
    m_projectsLabel->setVisible(any);
    m_projects->setVisible(any);
    QStringList lines;
    for (const sd::core::ProjectRow &p : std::as_const(m_projectRows)) {
        const bool troubled = p.lateStages > 0 || p.missingLogs > 0 || p.pendingApprovals > 0;
        const QString health = ProjectListModel::healthText(p).toHtmlEscaped();
        lines << u"<b>%1</b> %2 — %3 · %4"_s.arg(p.projectNo.toHtmlEscaped(), p.title.toHtmlEscaped(),
                                                  sd::core::project::stateTitle(p.state).toHtmlEscaped(),
                                                  troubled ? u"<span style=\"color:#9b1c1c;\">%1</span>"_s.arg(health) : health);
    }
    m_projects->setText(lines.join(u"<br/>"_s));
}

void CustomerCardWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateContactLayout();
}

void CustomerCardWidget::updateContactLayout()
{
    const bool has = m_customer.has_value();
    const bool narrow = width() < kNarrowWidth;
    m_contacts->setVisible(has && !narrow);
    m_contactLines->setVisible(has && narrow);
}

void CustomerCardWidget::renderContract(const QDate &today)
{
    const sd::core::Customer &c = *m_customer;
    const sd::core::Contract *current = c.currentContract(today);
    if (!current) {
        const sd::core::Contract *latest = nullptr;
        for (const sd::core::Contract &k : c.contracts)
            if (!latest || k.endsOn > latest->endsOn)
                latest = &k;
        if (!latest) {
            m_contract->setText(coloured(tr("No service contract"), kGrey));
        } else if (latest->startsOn > today) {
            m_contract->setText(coloured(tr("%1 contract starts on %2 — not in force yet")
                                             .arg(latest->type, formatDate(latest->startsOn)),
                                         kAmber, true));
        } else {
            m_contract->setText(coloured(tr("Contract expired on %2 (%1) — service is billable")
                                             .arg(latest->type, formatDate(latest->endsOn)),
                                         kRed, true));
        }
        m_entitlements->setText(coloured(tr("Paid service only"), kGrey));
        return;
    }

    QString status = tr("%1, valid until %2").arg(current->type, formatDate(current->endsOn)).toHtmlEscaped();
    const qint64 days = today.daysTo(current->endsOn);
    if (days == 0)
        status += u" "_s + coloured(tr("(expires today)"), kAmber, true);
    else if (days < 30)
        status += u" "_s + coloured(days == 1 ? tr("(expires tomorrow)") : tr("(expires in %1 days)").arg(days),
                                    kAmber, true);
    if (!current->contractNo.isEmpty())
        status += u" · "_s + tr("No. %1").arg(current->contractNo).toHtmlEscaped();
    m_contract->setText(status);

    QStringList rights;
    // Core's one definition of the warranty (the complaint form's contract scope uses it too).
    if (current->inWarrantyOn(today))
        rights << coloured(tr("Free maintenance until %1").arg(formatDate(current->warrantyLastDay())), kGreen);
    else
        rights << coloured(tr("Paid maintenance (warranty ended)"), kGrey);
    rights << (current->freeUpgrade ? coloured(tr("Free upgrade to the latest version"), kGreen)
                                    : coloured(tr("Upgrades billable"), kGrey));
    rights << (current->onsiteIncluded ? coloured(tr("On-site visits included"), kGreen)
                                       : coloured(tr("On-site visits billable"), kGrey));
    m_entitlements->setText(rights.join(u" · "_s));
}

} // namespace sd::ui
