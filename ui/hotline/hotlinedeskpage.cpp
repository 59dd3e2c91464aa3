#include "ui/training/customertraining.h"
#include "ui/hotline/hotlinedeskpage.h"
#include "ui/common/format.h"

#include "core/complaints/complaintservice.h"
#include "core/dispatch/dispatchjob.h"
#include "core/hotline/hotlineworkflow.h"
#include "core/problembase/problembaserepository.h"
#include "core/problembase/problemclass.h"
#include "core/records/customerrepository.h"
#include "ui/common/allowedactions.h"
#include "ui/common/errors.h"
#include "ui/hotline/hotlineactiondialog.h"
#include "ui/hotline/hotlinerecorddialog.h"
#include "ui/records/customercardwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

namespace {

QColor badgeColorOf(SlaState state);

// The colour of core's due levels (core/sla/due.h), as the badges show SLA states.
QColor dueColor(DueLevel level)
{
    switch (level) {
    case DueLevel::Overdue: return badgeColorOf(SlaState::Breached);
    case DueLevel::DueSoon:
    case DueLevel::DueNow: return badgeColorOf(SlaState::Warning);
    case DueLevel::Later: break;
    }
    return badgeColorOf(SlaState::Running);
}

QColor badgeColorOf(SlaState state)
{
    switch (state) {
    case SlaState::Breached: return QColor(0xd3, 0x2f, 0x2f);
    case SlaState::Warning: return QColor(0xef, 0x8a, 0x00);
    case SlaState::Paused: return QColor(0x78, 0x78, 0x78);
    default: return QColor(0x2e, 0x7d, 0x32);
    }
}

QString targetTitle(const QString &target)
{
    if (target == QString(sla::EscalateToRemote))
        return HotlineDeskPage::tr("to remote");
    if (target == QString(sla::EscalateToOnsite))
        return HotlineDeskPage::tr("to on-site");
    if (target == QString(sla::FirstResponse))
        return HotlineDeskPage::tr("feedback");
    if (target == QString(sla::Resolution) || target == QString(sla::ComplexResolution))
        return HotlineDeskPage::tr("solve");
    if (target == u"call_back"_s)
        return HotlineDeskPage::tr("call back");
    return target;
}

QString fkey(const QString &action)
{
    using namespace hotline;
    if (action == Solve) return u"F2"_s;
    if (action == Hold) return u"F3"_s;
    if (action == ToRemote) return u"F4"_s;
    if (action == RequestOnsite) return u"F6"_s;
    if (action == RouteRequirement || action == Evaluate) return u"F7"_s;
    if (action == SubmitHq || action == HqAnswer) return u"F8"_s;
    if (action == OpenComplaint) return u"F9"_s;
    return {};
}

} // namespace

HotlineDeskPage::HotlineDeskPage(const Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    setObjectName(u"hotlineDeskPage"_s);
    auto service = HotlineService::open(db);
    if (service)
        m_service.emplace(*service);
    buildUi();
    retranslateUi();
    startNewCall();
    refresh();
}

void HotlineDeskPage::buildUi()
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(split);

    // ---- queue: open calls and due soon
    auto *queue = new QWidget(split);
    auto *ql = new QVBoxLayout(queue);
    m_queueTitle = new QLabel(queue);
    m_calls = new QTableWidget(0, 5, queue);
    m_calls->setObjectName(u"openCalls"_s);
    m_calls->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calls->setSelectionMode(QAbstractItemView::SingleSelection);
    m_calls->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calls->verticalHeader()->hide();
    // Call, deadline and customer always show; the customer takes the room left, and when the
    // panel is narrow the level, then the state give way (they stay in the row's tooltip).
    m_calls->horizontalHeader()->setStretchLastSection(false);
    m_calls->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_calls->setTextElideMode(Qt::ElideRight);
    m_calls->setWordWrap(false);
    m_calls->viewport()->installEventFilter(this);
    connect(m_calls, &QTableWidget::cellActivated, this,
            [this](int row, int) { openCall(m_calls->item(row, 0)->data(Qt::UserRole).toLongLong()); });
    m_dueTitle = new QLabel(queue);
    m_due = new QListWidget(queue);
    m_due->setObjectName(u"dueSoon"_s);
    // Each line whole: wrapped to the panel's width, never elided.
    m_due->setWordWrap(true);
    m_due->setTextElideMode(Qt::ElideNone);
    m_due->setUniformItemSizes(false);
    m_due->setResizeMode(QListView::Adjust);
    m_due->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_due->setMaximumHeight(230);
    connect(m_due, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openCall(item->data(Qt::UserRole).toLongLong()); });
    ql->addWidget(m_queueTitle);
    ql->addWidget(m_calls, 1);
    ql->addWidget(m_dueTitle);
    ql->addWidget(m_due);

    // ---- the call in hand
    auto *form = new QWidget(split);
    auto *fl = new QVBoxLayout(form);
    m_title = new QLabel(form);
    m_title->setObjectName(u"callTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    fl->addWidget(m_title);
    auto *grid = new QFormLayout;
    m_callerLabel = new QLabel(form);
    m_caller = new QLineEdit(form);
    m_caller->setObjectName(u"deskCallerLookup"_s);
    m_caller->setClearButtonEnabled(true);
    connect(m_caller, &QLineEdit::returnPressed, this, &HotlineDeskPage::lookup);
    grid->addRow(m_callerLabel, m_caller);
    m_matches = new QListWidget(form);
    m_matches->setObjectName(u"callerMatches"_s);
    m_matches->setMaximumHeight(90);
    m_matches->hide();
    connect(m_matches, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { chooseCustomer(item->data(Qt::UserRole).toLongLong()); });
    grid->addRow(QString(), m_matches);
    m_contractBanner = new QLabel(form);
    m_contractBanner->setObjectName(u"contractBanner"_s);
    m_contractBanner->setWordWrap(true);
    grid->addRow(QString(), m_contractBanner);
    m_nameLabel = new QLabel(form);
    m_callerName = new QLineEdit(form);
    m_callerName->setObjectName(u"callerName"_s);
    grid->addRow(m_nameLabel, m_callerName);
    m_phoneLabel = new QLabel(form);
    m_callerPhone = new QLineEdit(form);
    m_callerPhone->setObjectName(u"callerPhone"_s);
    grid->addRow(m_phoneLabel, m_callerPhone);
    m_channelLabel = new QLabel(form);
    m_channel = new QComboBox(form);
    m_channel->setObjectName(u"deskChannel"_s);
    grid->addRow(m_channelLabel, m_channel);
    m_classLabel = new QLabel(form);
    m_class = new QComboBox(form);
    m_class->setObjectName(u"deskProblemClass"_s);
    grid->addRow(m_classLabel, m_class);
    m_levelLabel = new QLabel(form);
    m_level = new QComboBox(form);
    m_level->setObjectName(u"deskFaultLevel"_s);
    grid->addRow(m_levelLabel, m_level);
    m_productLabel = new QLabel(form);
    m_product = new QLineEdit(form);
    m_product->setObjectName(u"deskProduct"_s);
    grid->addRow(m_productLabel, m_product);
    m_moduleLabel = new QLabel(form);
    m_module = new QLineEdit(form);
    m_module->setObjectName(u"deskModule"_s);
    grid->addRow(m_moduleLabel, m_module);
    m_billingLabel = new QLabel(form);
    m_billing = new QComboBox(form);
    m_billing->setObjectName(u"billing"_s);
    m_complex = new QCheckBox(form);
    m_complex->setObjectName(u"complex"_s);
    m_billingHint = new QLabel(form);
    m_billingHint->setObjectName(u"billingHint"_s);
    m_billingHint->setStyleSheet(u"color: #616161;"_s);
    m_billingHint->setWordWrap(true);
    auto *billingRow = new QHBoxLayout;
    billingRow->addWidget(m_billing, 1);
    billingRow->addWidget(m_complex);
    grid->addRow(m_billingLabel, billingRow);
    grid->addRow(QString(), m_billingHint);
    // The operator's own choice ends the suggestion.
    connect(m_billing, &QComboBox::activated, this, [this] { m_billingHint->clear(); });
    m_descriptionLabel = new QLabel(form);
    m_description = new QPlainTextEdit(form);
    m_description->setObjectName(u"deskDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    grid->addRow(m_descriptionLabel, m_description);
    fl->addLayout(grid);
    m_suggestTitle = new QLabel(form);
    fl->addWidget(m_suggestTitle);
    m_suggestions = new QTableWidget(0, 4, form);
    m_suggestions->setObjectName(u"suggestions"_s);
    m_suggestions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_suggestions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_suggestions->verticalHeader()->hide();
    m_suggestions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_suggestions->setWordWrap(true);
    connect(m_suggestions, &QTableWidget::cellActivated, this, [this](int row, int) { applySuggestion(row); });
    fl->addWidget(m_suggestions, 1);
    m_status = new QLabel(form);
    m_status->setObjectName(u"deskStatus"_s);
    m_status->setWordWrap(true);
    fl->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    m_newButton = new QPushButton(form);
    m_newButton->setObjectName(u"newCall"_s);
    connect(m_newButton, &QPushButton::clicked, this, [this] { startNewCall(); });
    m_logButton = new QPushButton(form);
    m_logButton->setObjectName(u"logCall"_s);
    m_logButton->setDefault(false);
    connect(m_logButton, &QPushButton::clicked, this, &HotlineDeskPage::logCall);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_logButton);
    buttons->addStretch();
    fl->addLayout(buttons);
    m_actionBar = new QWidget(form);
    m_actionLayout = new QHBoxLayout(m_actionBar);
    m_actionLayout->setContentsMargins(0, 0, 0, 0);
    fl->addWidget(m_actionBar);

    // ---- the caller: card, contract, calls
    auto *context = new QWidget(split);
    auto *cl = new QVBoxLayout(context);
    m_card = new CustomerCardWidget(context);
    cl->addWidget(m_card, 2);
    m_historyTitle = new QLabel(context);
    cl->addWidget(m_historyTitle);
    m_history = new QListWidget(context);
    m_history->setObjectName(u"callerHistory"_s);
    m_history->setWordWrap(true);
    connect(m_history, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openCall(item->data(Qt::UserRole).toLongLong()); });
    cl->addWidget(m_history, 1);
    m_recordButton = new QPushButton(context);
    m_recordButton->setObjectName(u"hotlineRecord"_s);
    connect(m_recordButton, &QPushButton::clicked, this, [this] {
        if (m_customerId <= 0)
            return;
        auto *dialog = new HotlineRecordDialog(m_db, m_customerId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    cl->addWidget(m_recordButton);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 3);
    split->setSizes({460, 480, 340});

    setTabOrder(m_caller, m_matches);
    setTabOrder(m_matches, m_callerName);
    setTabOrder(m_callerName, m_callerPhone);
    setTabOrder(m_callerPhone, m_channel);
    setTabOrder(m_channel, m_class);
    setTabOrder(m_class, m_level);
    setTabOrder(m_level, m_product);
    setTabOrder(m_product, m_module);
    setTabOrder(m_module, m_billing);
    setTabOrder(m_billing, m_complex);
    setTabOrder(m_complex, m_description);
    setTabOrder(m_description, m_suggestions);
    setTabOrder(m_suggestions, m_logButton);

    m_suggestTimer = new QTimer(this);
    m_suggestTimer->setSingleShot(true);
    m_suggestTimer->setInterval(300);   // debounce: search once typing pauses
    connect(m_suggestTimer, &QTimer::timeout, this, &HotlineDeskPage::updateSuggestions);
    connect(m_description, &QPlainTextEdit::textChanged, m_suggestTimer, qOverload<>(&QTimer::start));
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(30'000);   // countdowns move
    connect(m_refreshTimer, &QTimer::timeout, this, &HotlineDeskPage::refresh);
    m_refreshTimer->start();

    auto shortcut = [this](const QKeySequence &keys, auto fn) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, fn);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_S), [this] { logCall(); });
    shortcut(QKeySequence(Qt::Key_F5), [this] { refresh(); });
    using namespace hotline;
    for (const QString &a : {Solve, Hold, ToRemote, RequestOnsite, RouteRequirement, Evaluate, SubmitHq, HqAnswer,
                             OpenComplaint}) {
        const QString key = fkey(a);
        shortcut(QKeySequence(key), [this, a] {
            if (!m_call)
                return;
            // The F-key takes whichever of its actions the state allows.
            if (hotline::transitionTable().find(m_call->state, a))
                startAction(a);
        });
    }
}

void HotlineDeskPage::fillCombos()
{
    const QString channel = m_channel->currentData().toString();
    const QString cls = m_class->currentData().toString();
    const int level = m_level->currentData().toInt();
    const QString billing = m_billing->currentData().toString();
    m_channel->clear();
    for (const QString &k : hotline::channels())
        m_channel->addItem(hotline::channelTitle(k), k);
    m_class->clear();
    // No class and no billing until the operator (or the caller's contract) says so.
    m_class->addItem(tr("— choose —"), QString());
    for (const QString &k : problemclass::all())
        m_class->addItem(problemclass::title(k), k);
    m_level->clear();
    for (int l = 1; l <= 4; ++l)
        m_level->addItem(faultlevel::title(l), l);
    m_billing->clear();
    m_billing->addItem(tr("— choose —"), QString());
    for (const QString &k : hotline::billings())
        m_billing->addItem(hotline::billingTitle(k), k);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(channel)));
    m_class->setCurrentIndex(qMax(0, m_class->findData(cls)));
    m_level->setCurrentIndex(qMax(0, m_level->findData(level ? level : 3)));
    m_billing->setCurrentIndex(qMax(0, m_billing->findData(billing)));
}

void HotlineDeskPage::retranslateUi()
{
    fillCombos();
    m_queueTitle->setText(tr("<b>Open calls</b> (Enter opens)"));
    m_dueTitle->setText(tr("<b>Due soon</b>"));
    m_calls->setHorizontalHeaderLabels({tr("Call"), tr("Deadline"), tr("Customer"), tr("State"), tr("Level")});
    m_callerLabel->setText(tr("&Caller:"));
    m_callerLabel->setBuddy(m_caller);
    m_caller->setPlaceholderText(tr("Phone (any part) or company, then Enter"));
    m_nameLabel->setText(tr("Contact:"));
    m_phoneLabel->setText(tr("Phone:"));
    m_channelLabel->setText(tr("C&hannel:"));
    m_channelLabel->setBuddy(m_channel);
    m_classLabel->setText(tr("Problem c&lass:"));
    m_classLabel->setBuddy(m_class);
    m_levelLabel->setText(tr("Fault le&vel:"));
    m_levelLabel->setBuddy(m_level);
    m_productLabel->setText(tr("Product:"));
    m_moduleLabel->setText(tr("Module:"));
    m_billingLabel->setText(tr("Billing:"));
    m_complex->setText(tr("Complex problem"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_descriptionLabel->setBuddy(m_description);
    m_suggestTitle->setText(tr("<b>Problem base</b> – matching entries (Enter applies)"));
    m_suggestions->setHorizontalHeaderLabels({tr("Phenomenon"), tr("Solution"), tr("Used"), QString()});
    m_newButton->setText(tr("New call (Ctrl+N)"));
    m_logButton->setText(tr("Log call (Ctrl+S)"));
    m_historyTitle->setText(tr("<b>The caller's calls</b>"));
    m_recordButton->setText(tr("Record of hotline service…"));
    if (m_call)
        m_title->setText(tr("Call %1 – %2").arg(m_call->callNo, hotline::stateTitle(m_call->state)));
    else
        m_title->setText(tr("New call"));
    updateActions();
    showContext();
    updateSuggestions();
    refresh();
}

void HotlineDeskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_title)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HotlineDeskPage::startNewCall(const QString &lookupText, qint64 customerId)
{
    m_call.reset();
    m_customerId = 0;
    m_pendingEntries.clear();
    m_caller->setText(lookupText);
    m_matches->clear();
    m_matches->hide();
    m_callerName->clear();
    m_callerPhone->clear();
    m_product->clear();
    m_module->clear();
    m_description->clear();
    m_complex->setChecked(false);
    m_channel->setCurrentIndex(0);
    m_class->setCurrentIndex(0);
    m_level->setCurrentIndex(m_level->findData(3));
    m_billing->setCurrentIndex(0);
    m_billingHint->clear();
    m_status->clear();
    m_status->setStyleSheet({});
    for (QWidget *w : std::initializer_list<QWidget *>{m_caller, m_callerName, m_callerPhone, m_channel, m_class,
                                                       m_level, m_product, m_module, m_billing, m_complex})
        w->setEnabled(true);
    m_description->setReadOnly(false);
    m_logButton->setEnabled(true);
    m_title->setText(tr("New call"));
    updateActions();
    if (customerId > 0)
        chooseCustomer(customerId);
    else {
        showContext();
        if (!lookupText.isEmpty())
            lookup();
    }
    updateSuggestions();
    if (customerId <= 0 && lookupText.isEmpty())
        m_caller->setFocus();
}

bool HotlineDeskPage::hasUnsavedDraft() const
{
    return !m_call && !m_description->toPlainText().trimmed().isEmpty();
}

void HotlineDeskPage::lookup()
{
    const QString text = m_caller->text().trimmed();
    m_status->setStyleSheet({});
    m_matches->clear();
    if (text.size() < 2) {
        m_matches->hide();
        return;
    }
    auto rows = CustomerRepository(m_db).lookup(text, 20);
    if (!rows) {
        showError(this, rows.error());
        return;
    }
    for (const CustomerRow &r : *rows) {
        auto *item = new QListWidgetItem(u"%1 · %2 %3"_s.arg(r.name, r.firstContact, r.firstPhone), m_matches);
        item->setData(Qt::UserRole, r.id);
    }
    if (rows->isEmpty()) {
        m_matches->hide();
        m_status->setText(tr("Nobody found for “%1”: log the call as consultation or paid service.").arg(text));
        m_callerPhone->setText(text);
        m_billing->setCurrentIndex(m_billing->findData(u"consultation"_s));
        m_billingHint->setText(tr("Suggested: consultation (unknown caller). Paid service is the other choice."));
        m_callerName->setFocus();
        return;
    }
    m_matches->show();
    m_matches->setCurrentRow(0);
    m_matches->setFocus();
    if (rows->size() == 1)
        m_status->setText(tr("One match: Enter takes it."));
    else
        m_status->setText(tr("%1 matches: choose with the arrow keys and Enter.").arg(rows->size()));
}

void HotlineDeskPage::chooseCustomer(qint64 customerId)
{
    m_customerId = customerId;
    m_matches->hide();
    auto customer = CustomerRepository(m_db).get(customerId);
    if (customer) {
        // The caller is the contact whose phone matched, else the first contact.
        const QString digits = CustomerRepository::phoneDigits(m_caller->text());
        const Contact *who = customer->contacts.isEmpty() ? nullptr : &customer->contacts.first();
        QString phone = who && !who->phones.isEmpty() ? who->phones.first().phone : QString();
        for (const Contact &c : customer->contacts)
            for (const ContactPhone &p : c.phones)
                if (digits.size() >= 3 && CustomerRepository::phoneDigits(p.phone).contains(digits)) {
                    who = &c;
                    phone = p.phone;
                }
        m_callerName->setText(who ? who->name : QString());
        m_callerPhone->setText(phone);
        if (!customer->products.isEmpty() && m_product->text().isEmpty())
            m_product->setText(customer->products.first().product);
    }
    showContext();
    m_status->clear();
    m_class->setFocus();
}

void HotlineDeskPage::showContext()
{
    m_history->clear();
    m_recordButton->setEnabled(m_customerId > 0);
    if (m_customerId <= 0 || !m_service) {
        m_card->clear();
        m_contractBanner->clear();
        m_contractBanner->hide();
        return;
    }
    auto ctx = m_service->callerContext(m_customerId, centerToday(), 8);
    if (!ctx) {
        showError(this, ctx.error());
        return;
    }
    m_card->setCustomer(ctx->customer);
    // An operation problem may call for re-training: what this customer's people have taken.
    m_card->setTrainingRecord(customerTrainingLines(m_db, ctx->customer.id, 10));
    m_contractBanner->show();
    if (ctx->contractValid) {
        m_contractBanner->setText(tr("Contract %1 valid until %2.").arg(ctx->contract->type,
                                                                      ctx->contract->endsOn.toString(Qt::ISODate)));
        m_contractBanner->setStyleSheet(u"color: #2e7d32;"_s);
    } else {
        m_contractBanner->setText(
            ctx->lastContract.endsOn.isValid()
                ? tr("No valid contract: it expired on %1. Log the call as paid service or consultation.")
                      .arg(ctx->lastContract.endsOn.toString(Qt::ISODate))
                : tr("No service contract. Log the call as paid service or consultation."));
        m_contractBanner->setStyleSheet(u"color: #d32f2f; font-weight: bold;"_s);
    }
    if (!m_call && (m_billing->currentData().toString().isEmpty() || !m_billingHint->text().isEmpty())) {
        // Suggested from the contract now that the caller is known; the operator may change it.
        const QString suggested = HotlineService::suggestedBilling(*ctx);
        m_billing->setCurrentIndex(qMax(0, m_billing->findData(suggested)));
        m_billingHint->setText(ctx->contractValid
                                   ? tr("Suggested from the caller's contract %1.").arg(ctx->contract->type)
                                   : tr("Suggested: paid service (no valid contract). Consultation is the other choice."));
    }
    showRecentRecords();
    const QTimeZone zone = m_service->slaEngine().calendar().timeZone();
    auto add = [&](const HotlineCall &c, bool open) {
        auto *item = new QListWidgetItem(
            u"%1%2 %3 · %4\n%5"_s.arg(open ? u"● "_s : QString(), c.callNo,
                                      QDateTime::fromMSecsSinceEpoch(c.openedAt, zone).toString(u"MM-dd HH:mm"_s),
                                      hotline::stateTitle(c.state), c.description),
            m_history);
        item->setData(Qt::UserRole, c.id);
        if (open)
            item->setForeground(QColor(0xb2, 0x3c, 0x00));
    };
    QSet<qint64> shown;
    for (const HotlineCall &c : ctx->openCalls) {
        add(c, true);
        shown.insert(c.id);
    }
    for (const HotlineCall &c : ctx->lastCalls)
        if (!shown.contains(c.id))
            add(c, false);
}

void HotlineDeskPage::showRecentRecords()
{
    if (!m_service || m_customerId <= 0) {
        m_card->setRecentRecords({});
        return;
    }
    auto records = m_service->recentRecords(m_customerId, 8);
    if (!records) {
        m_card->setRecentRecords({});
        return;
    }
    const QTimeZone zone = m_service->slaEngine().calendar().timeZone();
    QStringList lines;
    for (const RecentRecord &r : *records) {
        QString kind;
        QString state;
        if (r.kind == u"call"_s) {
            kind = tr("Call");
            state = hotline::stateTitle(r.state);
        } else if (r.kind == u"complaint"_s) {
            kind = tr("Complaint");
            state = complaints::stateTitle(r.state);
        } else {
            kind = tr("On-site job");
            state = dispatch::stateTitle(r.state);
        }
        lines << u"%1 <b>%2</b> · %3 · %4"_s.arg(kind.toHtmlEscaped(), r.number.toHtmlEscaped(), state.toHtmlEscaped(),
                                                 QDateTime::fromMSecsSinceEpoch(r.at, zone).toString(u"yyyy-MM-dd"_s));
    }
    m_card->setRecentRecords(lines);
}

void HotlineDeskPage::updateSuggestions()
{
    m_suggestions->setRowCount(0);
    m_suggestionIds.clear();
    const QString text = m_description->toPlainText();
    if (text.trimmed().size() < 2)
        return;
    auto list = ProblemBaseRepository(m_db).suggest(text, 8);
    if (!list)
        return;
    QSet<qint64> applied(m_pendingEntries.begin(), m_pendingEntries.end());
    if (m_call)
        if (auto done = ProblemBaseRepository(m_db).appliedToCall(m_call->id))
            for (const ProblemEntry &e : *done)
                applied.insert(e.id);
    for (const ProblemEntry &e : *list) {
        const int row = m_suggestions->rowCount();
        m_suggestions->insertRow(row);
        m_suggestions->setItem(row, 0, new QTableWidgetItem(e.phenomenon));
        m_suggestions->setItem(row, 1, new QTableWidgetItem(e.solution));
        m_suggestions->setItem(row, 2, new QTableWidgetItem(QString::number(e.timesUsed)));
        auto *apply = new QPushButton(applied.contains(e.id) ? tr("Applied") : tr("Apply"), m_suggestions);
        apply->setEnabled(!applied.contains(e.id));
        apply->setFocusPolicy(Qt::NoFocus);
        connect(apply, &QPushButton::clicked, this, [this, row] { applySuggestion(row); });
        m_suggestions->setCellWidget(row, 3, apply);
        m_suggestionIds << e.id;
    }
    m_suggestions->resizeRowsToContents();
}

void HotlineDeskPage::showIntakeError(const Error &error)
{
    // What was typed stays; the message names the field and the field gets the focus.
    if (error.code != ErrorCode::Invalid) {
        showError(this, error);
        return;
    }
    const QHash<QString, std::pair<QLabel *, QWidget *>> fields{
        {u"caller_name"_s, {m_nameLabel, m_callerName}}, {u"caller_phone"_s, {m_phoneLabel, m_callerPhone}},
        {u"channel"_s, {m_channelLabel, m_channel}},     {u"problem_class"_s, {m_classLabel, m_class}},
        {u"fault_level"_s, {m_levelLabel, m_level}},     {u"product"_s, {m_productLabel, m_product}},
        {u"module"_s, {m_moduleLabel, m_module}},        {u"billing"_s, {m_billingLabel, m_billing}},
        {u"description"_s, {m_descriptionLabel, m_description}}};
    QString text = error.message;
    const auto it = fields.constFind(error.field);
    if (it != fields.cend()) {
        QString label = it->first->text();
        label.remove(u'&');
        while (label.endsWith(u':') || label.endsWith(u'：'))
            label.chop(1);
        if (!text.contains(label))
            text = label + u": "_s + text;
        it->second->setFocus();
    }
    m_status->setStyleSheet(u"color: #c62828; font-weight: bold;"_s);
    m_status->setText(text);
}

int HotlineDeskPage::suggestionCount() const { return int(m_suggestionIds.size()); }

void HotlineDeskPage::applySuggestion(int row)
{
    if (row < 0 || row >= m_suggestionIds.size())
        return;
    const qint64 entry = m_suggestionIds.at(row);
    if (m_call) {
        auto r = ProblemBaseRepository(m_db).applyToCall(m_session, entry, m_call->id);
        if (!r) {
            showError(this, r.error());
            return;
        }
    } else if (!m_pendingEntries.contains(entry)) {
        m_pendingEntries << entry;
    }
    m_status->setText(tr("Standard solution applied: %1").arg(m_suggestions->item(row, 1)->text()));
    updateSuggestions();
}

void HotlineDeskPage::logCall()
{
    if (m_call || !m_service)
        return;
    NewCall n;
    n.customerId = m_customerId;
    n.callerName = m_callerName->text();
    n.callerPhone = m_callerPhone->text();
    n.channel = m_channel->currentData().toString();
    n.problemClass = m_class->currentData().toString();
    n.faultLevel = m_level->currentData().toInt();
    n.product = m_product->text();
    n.module = m_module->text();
    n.description = m_description->toPlainText();
    n.billing = m_billing->currentData().toString();
    n.complex = m_complex->isChecked();
    auto call = m_service->create(m_session, n);
    if (!call) {
        showIntakeError(call.error());
        return;
    }
    for (qint64 entry : std::as_const(m_pendingEntries))
        (void)ProblemBaseRepository(m_db).applyToCall(m_session, entry, call->id);
    m_pendingEntries.clear();
    m_status->setStyleSheet({});
    openCall(call->id);
    m_status->setText(tr("Call %1 logged. F2 solved · F3 on hold · F4 remote · F6 on-site.").arg(call->callNo));
    refresh();
}

void HotlineDeskPage::openCall(qint64 callId)
{
    if (!m_service || callId <= 0)
        return;
    auto call = m_service->get(callId);
    if (!call) {
        showError(this, call.error());
        return;
    }
    m_call = *call;
    m_customerId = call->customerId;
    m_caller->setText(call->callerPhone);
    m_matches->hide();
    m_callerName->setText(call->callerName);
    m_callerPhone->setText(call->callerPhone);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(call->channel)));
    m_class->setCurrentIndex(qMax(0, m_class->findData(call->problemClass)));
    m_level->setCurrentIndex(qMax(0, m_level->findData(call->faultLevel)));
    m_product->setText(call->product);
    m_module->setText(call->module);
    m_billing->setCurrentIndex(qMax(0, m_billing->findData(call->billing)));
    m_complex->setChecked(call->complex);
    {
        const QSignalBlocker block(m_description);
        m_description->setPlainText(call->description);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_caller, m_callerName, m_callerPhone, m_channel, m_class,
                                                       m_level, m_product, m_module, m_billing, m_complex})
        w->setEnabled(false);
    m_description->setReadOnly(true);
    m_logButton->setEnabled(false);
    m_title->setText(tr("Call %1 – %2").arg(call->callNo, hotline::stateTitle(call->state)));
    QStringList facts;
    if (!call->solution.isEmpty())
        facts << tr("Solution: %1").arg(call->solution);
    if (!call->holdReason.isEmpty() && call->state == hotline::OnHold)
        facts << tr("On hold: %1, call back by %2")
                     .arg(call->holdReason, centerDateTime(call->callbackDueAt).toString(u"MM-dd HH:mm"_s));
    if (!call->hqReference.isEmpty())
        facts << tr("HQ reference %1").arg(call->hqReference);
    if (!call->onsiteReason.isEmpty())
        facts << tr("On-site: %1").arg(call->onsiteReason);
    if (call->retrainingSuggested)
        facts << tr("Re-training suggested: %1").arg(call->retrainingNote);
    if (call->problemEntryId > 0)
        facts << tr("In the problem base as entry %1").arg(call->problemEntryId);
    m_status->setStyleSheet({});
    m_status->setText(facts.join(u"\n"_s));
    updateActions();
    showContext();
    updateSuggestions();
}

void HotlineDeskPage::updateActions()
{
    while (QLayoutItem *item = m_actionLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_call)
        return;
    for (const workflow::Transition &t : allowedActions(m_db, m_session, hotline::transitionTable(), m_call->id)) {
        if (t.action == hotline::Update)
            continue;
        const QString key = fkey(t.action);
        auto *b = new QPushButton(key.isEmpty() ? hotline::actionTitle(t.action)
                                                : u"%1 (%2)"_s.arg(hotline::actionTitle(t.action), key),
                                  m_actionBar);
        b->setObjectName(u"action_"_s + t.action);
        const QString action = t.action;
        connect(b, &QPushButton::clicked, this, [this, action] { startAction(action); });
        m_actionLayout->addWidget(b);
    }
    m_actionLayout->addStretch();
}

QVariantMap HotlineDeskPage::callMap() const
{
    if (!m_call)
        return {};
    QVariantMap m{{u"call_no"_s, m_call->callNo},
                  {u"description"_s, m_call->description},
                  {u"module"_s, m_call->module},
                  {u"req_other_way"_s, m_call->reqOtherWay},
                  {u"req_custom_agreed"_s, m_call->reqCustomAgreed},
                  {u"req_feasible"_s, m_call->reqFeasible},
                  {u"req_by_date"_s, m_call->reqByDate},
                  {u"req_man_days"_s, m_call->reqManDays},
                  {u"req_fee"_s, m_call->reqFee},
                  {u"req_customer_accepts"_s, m_call->reqCustomerAccepts}};
    auto applied = ProblemBaseRepository(m_db).appliedToCall(m_call->id);
    m.insert(u"applied_entries"_s, applied && !applied->isEmpty());
    return m;
}

HotlineActionDialog *HotlineDeskPage::startAction(const QString &action)
{
    if (!m_call)
        return nullptr;
    auto *dialog = new HotlineActionDialog(action, callMap(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog saves itself, so a refused save leaves it open with what was typed.
    const qint64 callId = m_call->id;
    const int version = m_call->version;
    dialog->setSubmit([this, callId, version, action](const QVariantMap &fields) -> Status {
        if (!m_service)
            return fail(ErrorCode::Database, tr("The hotline service is not available."));
        auto r = m_service->act(m_session, callId, version, action, fields);
        if (!r)
            return std::unexpected(r.error());
        m_actedCallId = r->id;
        return {};
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { finishAction(dialog); });
    dialog->open();
    return dialog;
}

void HotlineDeskPage::finishAction(HotlineActionDialog *dialog)
{
    Q_UNUSED(dialog);
    if (m_actedCallId <= 0)
        return;
    openCall(std::exchange(m_actedCallId, 0));
    refresh();
}

bool HotlineDeskPage::eventFilter(QObject *watched, QEvent *event)
{
    if (m_calls && watched == m_calls->viewport() && event->type() == QEvent::Resize)
        layoutCallColumns();
    return QWidget::eventFilter(watched, event);
}

void HotlineDeskPage::layoutCallColumns()
{
    enum { CallNo, Deadline, Customer, State, Level };
    QHeaderView *header = m_calls->horizontalHeader();
    auto wanted = [&](int col) {
        return qMax(static_cast<const QAbstractItemView *>(m_calls)->sizeHintForColumn(col), header->sectionSizeHint(col));
    };
    const int available = m_calls->viewport()->width();
    const int minCustomer = fontMetrics().horizontalAdvance(u"北京华信达科技"_s);
    int used = wanted(CallNo) + wanted(Deadline);
    m_calls->setColumnWidth(CallNo, wanted(CallNo));
    m_calls->setColumnWidth(Deadline, wanted(Deadline));
    const bool showLevel = available - used - wanted(State) - wanted(Level) >= minCustomer;
    const bool showState = available - used - wanted(State) - (showLevel ? wanted(Level) : 0) >= minCustomer;
    m_calls->setColumnHidden(Level, !showLevel);
    m_calls->setColumnHidden(State, !showState);
    if (showState) {
        m_calls->setColumnWidth(State, wanted(State));
        used += wanted(State);
    }
    if (showLevel) {
        m_calls->setColumnWidth(Level, wanted(Level));
        used += wanted(Level);
    }
    m_calls->setColumnWidth(Customer, qMax(minCustomer, available - used));
}

int HotlineDeskPage::openCallCount() const { return m_calls->rowCount(); }

void HotlineDeskPage::refresh()
{
    if (!m_service)
        return;
    const qint64 now = Database::nowMs();
    auto calls = m_service->openCalls();
    if (!calls)
        return;
    // Each call's badge: its soonest running clock (or the promised call-back); the calls
    // with the nearest deadline come first, those waiting on others (HQ, account manager) last.
    struct Row {
        const HotlineCall *call;
        qint64 soonest;
        QString badge;
        QString badgeTip;
        QColor color;
    };
    std::vector<Row> rows;
    const int soon = m_service->dueSoonWindow();
    for (const HotlineCall &c : *calls) {
        Row r{&c, std::numeric_limits<qint64>::max(), {}, {}, {}};
        if (auto clocks = m_service->clocks(c.id)) {
            for (const SlaClock &k : *clocks) {
                if (k.state != SlaClock::Stored::Running)
                    continue;
                const SlaStatus st = m_service->slaEngine().status(k, now);
                if (st.remainingMs < r.soonest) {
                    // Core's words and levels (core/sla/due.h), as on every screen.
                    r.soonest = st.remainingMs;
                    r.badge = targetTitle(k.target) + u" "_s + dueTextShort(st.remainingMinutes, k.measure);
                    r.badgeTip = targetTitle(k.target) + u" "_s + dueText(st.remainingMinutes, k.measure);
                    r.color = dueColor(dueLevel(k, st, soon));
                }
            }
        }
        if (c.state == hotline::OnHold && c.callbackDueAt > 0 && c.callbackDueAt - now < r.soonest) {
            // The promised call-back's countdown and level are core's (core/sla/due.h).
            r.soonest = c.callbackDueAt - now;
            const qint64 minutes = wallMinutesLeft(c.callbackDueAt, now);
            r.badge = targetTitle(u"call_back"_s) + u" "_s + dueTextShort(minutes, SlaMeasure::Wall);
            r.badgeTip = targetTitle(u"call_back"_s) + u" "_s + dueText(minutes, SlaMeasure::Wall);
            r.color = dueColor(callBackDueLevel(c.callbackDueAt, now, soon));
        }
        rows.push_back(r);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.soonest < b.soonest; });
    m_calls->setRowCount(0);
    for (const Row &r : rows) {
        const HotlineCall &c = *r.call;
        const int row = m_calls->rowCount();
        m_calls->insertRow(row);
        auto *no = new QTableWidgetItem(c.callNo);
        no->setData(Qt::UserRole, c.id);
        m_calls->setItem(row, 0, no);
        const QString who = c.customerName.isEmpty() ? c.callerName : c.customerName;
        const QString tip = u"%1 · %2 · %3\n%4"_s.arg(c.callNo, who, hotline::stateTitle(c.state),
                                                      faultlevel::title(c.faultLevel));
        m_calls->setItem(row, 2, new QTableWidgetItem(who));
        m_calls->setItem(row, 3, new QTableWidgetItem(hotline::stateTitle(c.state)));
        m_calls->setItem(row, 4, new QTableWidgetItem(QString::number(c.faultLevel)));
        for (int col : {0, 2, 3, 4})
            m_calls->item(row, col)->setToolTip(tip);
        auto *b = new QTableWidgetItem(r.badge);
        b->setToolTip(r.badgeTip);
        if (!r.badge.isEmpty()) {
            b->setForeground(Qt::white);
            b->setBackground(r.color);
        }
        m_calls->setItem(row, 1, b);
        if (m_call && m_call->id == c.id)
            m_calls->selectRow(row);
    }
    layoutCallColumns();
    m_due->clear();
    auto due = m_service->dueSoon(now, soon);
    if (due) {
        for (const DeskAlert &a : *due) {
            // Two lines: when and which call, then what is due for whom.
            QString line = u"%1  %2\n%3"_s.arg(a.countdown, a.callNo, a.title);
            if (!a.customerName.isEmpty())
                line += u" · "_s + a.customerName;
            auto *item = new QListWidgetItem(line, m_due);
            item->setToolTip(line);
            item->setData(Qt::UserRole, a.callId);
            item->setForeground(dueColor(a.level));
        }
    }
}

} // namespace sd::ui
