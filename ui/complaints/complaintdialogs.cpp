#include "ui/complaints/complaintdialogs.h"
#include "ui/common/format.h"

#include "core/auth/staffrepository.h"
#include "core/records/customerrepository.h"
#include "ui/common/errors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;
namespace cpl = sd::core::complaints;

namespace sd::ui {

namespace {
/// The error with the field's label in front, so the operator knows which box to fix.
Error naming(Error e, QString title)
{
    title.remove(u'&');
    while (title.endsWith(u':') || title.endsWith(u'*') || title.endsWith(u' ') || title.endsWith(u'：'))
        title.chop(1);
    if (!title.isEmpty() && !e.message.contains(title, Qt::CaseInsensitive))
        e.message = QCoreApplication::translate("sd::ui::ComplaintAcceptDialog", "%1: %2").arg(title, e.message);
    return e;
}
} // namespace

ComplaintAcceptDialog::ComplaintAcceptDialog(const Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setObjectName(u"complaintAcceptDialog"_s);
    m_customerSearch = new QLineEdit(this);
    m_customerSearch->setObjectName(u"customerSearch"_s);
    m_customerSearch->setClearButtonEnabled(true);
    m_customer = new QComboBox(this);
    m_customer->setObjectName(u"customer"_s);
    m_customer->setMinimumWidth(360);
    m_source = new QComboBox(this);
    m_source->setObjectName(u"source"_s);
    m_channel = new QComboBox(this);
    m_hqReference = new QLineEdit(this);
    m_hqReference->setObjectName(u"hqReference"_s);
    m_hasHqDeadline = new QCheckBox(this);
    m_hqDeadline = new QDateTimeEdit(toEditTime(Database::nowMs() + 3LL * 24 * 3600 * 1000), this);
    m_hqDeadline->setCalendarPopup(true);
    m_hqDeadline->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_complainant = new QLineEdit(this);
    m_complainant->setObjectName(u"complainant"_s);
    m_phone = new QLineEdit(this);
    m_class = new QComboBox(this);
    m_class->setObjectName(u"problemClass"_s);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"description"_s);
    m_description->setTabChangesFocus(true);
    m_request = new QPlainTextEdit(this);
    m_request->setTabChangesFocus(true);
    m_description->setMinimumHeight(80);
    m_request->setMaximumHeight(70);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    // Enter in the search box searches; it must never reach the dialog's default button (Save).
    m_customerSearch->installEventFilter(this);

    auto *deadline = new QHBoxLayout;
    deadline->addWidget(m_hasHqDeadline);
    deadline->addWidget(m_hqDeadline, 1);
    m_form = new QFormLayout;
    const auto row = [this](QWidget *buddy, auto field) {
        auto *label = new QLabel(this);
        label->setBuddy(buddy);
        m_form->addRow(label, field);
        m_labels.insert(buddy, label);
    };
    row(m_customerSearch, m_customerSearch);
    row(m_customer, m_customer);
    row(m_source, m_source);
    row(m_channel, m_channel);
    row(m_hqReference, m_hqReference);
    row(m_hasHqDeadline, deadline);
    row(m_complainant, m_complainant);
    row(m_phone, m_phone);
    row(m_class, m_class);
    row(m_description, m_description);
    row(m_request, m_request);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);

    connect(m_customerSearch, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.trimmed().size() >= 2)
            findCustomers();
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, &ComplaintAcceptDialog::updateSource);
    connect(m_hasHqDeadline, &QCheckBox::toggled, m_hqDeadline, &QWidget::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    m_hqDeadline->setEnabled(false);
    updateSource();
    m_customerSearch->setFocus();
}

void ComplaintAcceptDialog::setCustomer(qint64 customerId, const QString &name)
{
    m_customer->clear();
    m_customer->addItem(name, customerId);
}

void ComplaintAcceptDialog::findCustomers()
{
    auto rows = CustomerRepository(m_db).lookup(m_customerSearch->text().trimmed(), 30);
    if (!rows)
        return;
    m_customer->clear();
    m_customer->setPlaceholderText(rows->isEmpty() ? tr("No customer matches “%1”").arg(m_customerSearch->text().trimmed())
                                                   : QString());
    for (const auto &r : *rows)
        m_customer->addItem(r.keyCustomer ? r.name + u" ★"_s : r.name, r.id);
}

void ComplaintAcceptDialog::updateSource()
{
    const bool hq = m_source->currentData().toString() == u"hq";
    const bool direct = m_source->currentData().toString() == u"direct";
    m_channel->setEnabled(direct);
    m_hqReference->setEnabled(hq);
    m_hasHqDeadline->setEnabled(hq);
    m_hqDeadline->setEnabled(hq && m_hasHqDeadline->isChecked());
}

bool ComplaintAcceptDialog::save()
{
    cpl::ComplaintIntake in;
    in.source = m_source->currentData().toString();
    in.channel = in.source == u"direct" ? m_channel->currentData().toString() : QString();
    in.hqReference = in.source == u"hq" ? m_hqReference->text().trimmed() : QString();
    if (in.source == u"hq" && m_hasHqDeadline->isChecked())
        in.hqDeadlineMs = fromEditTime(m_hqDeadline->dateTime());
    in.customerId = m_customer->currentData().toLongLong();
    in.complainant = m_complainant->text();
    in.complainantPhone = m_phone->text().trimmed();
    in.problemClass = m_class->currentData().toString();
    in.description = m_description->toPlainText();
    in.customerRequest = m_request->toPlainText().trimmed();
    auto svc = cpl::ComplaintService::open(m_db);
    if (!svc) {
        showError(this, svc.error());
        return false;
    }
    auto id = svc->accept(m_session, in);
    if (!id) {
        // The dialog stays open with everything typed; the field at fault is named and focused.
        QWidget *w = fieldWidget(id.error().field);
        const QLabel *l = labelFor(id.error().field == u"customer_id" ? m_customer : w == m_hqDeadline ? m_hasHqDeadline : w);
        showError(this, l ? naming(id.error(), l->text()) : id.error());
        if (w && w->isEnabled())
            w->setFocus();
        return false;
    }
    m_acceptedId = *id;
    return true;
}

QWidget *ComplaintAcceptDialog::fieldWidget(const QString &field) const
{
    if (field == u"customer_id")
        return m_customer->count() > 0 ? static_cast<QWidget *>(m_customer) : m_customerSearch;
    if (field == u"source")
        return m_source;
    if (field == u"channel")
        return m_channel;
    if (field == u"hq_reference")
        return m_hqReference;
    if (field == u"hq_deadline_at")
        return m_hqDeadline;
    if (field == u"complainant")
        return m_complainant;
    if (field == u"complainant_phone")
        return m_phone;
    if (field == u"problem_class")
        return m_class;
    if (field == u"description")
        return m_description;
    if (field == u"customer_request")
        return m_request;
    return nullptr;
}

bool ComplaintAcceptDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_customerSearch && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            findCustomers();
            // Found: the operator goes on with the customer list.
            if (m_customer->count() > 0)
                m_customer->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QLabel *ComplaintAcceptDialog::labelFor(QWidget *buddy) const
{
    return m_labels.value(buddy);
}

void ComplaintAcceptDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ComplaintAcceptDialog::retranslateUi()
{
    setWindowTitle(tr("Accept a complaint"));
    // Required fields carry " *" as in the step dialogs; mnemonics never take Alt+S (Save).
    auto label = [this](QWidget *buddy, const QString &text, bool required = false) {
        if (QLabel *l = m_labels.value(buddy))
            l->setText(required ? tr("%1 *:").arg(text) : tr("%1:").arg(text));
    };
    label(m_customerSearch, tr("Find &customer"));
    label(m_customer, tr("C&ustomer"), true);
    label(m_source, tr("Sou&rce"), true);
    label(m_channel, tr("C&hannel"));
    label(m_hqReference, tr("HQ re&ference"));
    label(m_hasHqDeadline, tr("HQ &deadline"));
    label(m_complainant, tr("Co&mplainant"), true);
    label(m_phone, tr("Complainant's &phone"));
    label(m_class, tr("Complaint c&lass"));
    label(m_description, tr("What happ&ened"), true);
    label(m_request, tr("What the customer &wants"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save the complaint (Alt+S)"));
    m_customerSearch->setPlaceholderText(tr("Name, phone or service code, then Enter"));
    m_hqReference->setPlaceholderText(tr("Only for complaints forwarded by HQ"));
    m_hasHqDeadline->setText(tr("HQ set one"));
    auto refill = [](QComboBox *box, const QStringList &keys, const std::function<QString(const QString &)> &title) {
        const QString current = box->currentData().toString();
        box->clear();
        for (const QString &k : keys)
            box->addItem(title(k), k);
        const int i = box->findData(current);
        if (i >= 0)
            box->setCurrentIndex(i);
    };
    refill(m_source, cpl::sourceKeys(), cpl::sourceTitle);
    refill(m_channel, cpl::channelKeys(), cpl::channelTitle);
    refill(m_class, cpl::problemClassKeys(), cpl::problemClassTitle);
}

// ---------------------------------------------------------------------------------------------

QList<ComplaintActionDialog::Field> ComplaintActionDialog::fieldsOf(const QString &a)
{
    using enum Kind;
    namespace act = cpl::action;
    if (a == act::ConfirmValid)
        return {{u"detail"_s, Text, true}, {u"department_id"_s, Department, true}, {u"problem_class"_s, Class, false}};
    if (a == act::ConfirmOutOfScope)
        return {{u"explanation"_s, Text, true}};
    if (a == act::ConfirmNotTrue)
        return {{u"reason"_s, Text, true}};
    if (a == act::Investigate)
        return {{u"cause"_s, Text, true}, {u"responsible_person_id"_s, Staff, true}, {u"accountability"_s, Line, true}};
    if (a == act::Reply)
        return {{u"measures"_s, Measures, true}, {u"reply_text"_s, Text, true}};
    if (a == act::ReturnResult)
        return {{u"result_text"_s, Text, true}};
    if (a == act::FollowUpSatisfied)
        return {{u"verification"_s, Line, true}, {u"customer_opinion"_s, Text, true}};
    if (a == act::FollowUpUnresolved)
        return {{u"verification"_s, Line, true}, {u"customer_opinion"_s, Text, true}, {u"escalation_note"_s, Text, true},
                {u"hq_dev_reference"_s, Line, false}};
    if (a == act::TrackEscalation)
        return {{u"progress"_s, Text, true}, {u"hq_dev_reference"_s, Line, false}};
    if (a == act::CloseEscalation)
        return {{u"hq_resolution"_s, Text, true}};
    if (a == act::FeedbackHq)
        return {{u"hq_feedback"_s, Text, true}};
    if (a == act::File)
        return {{u"corrective_measures"_s, Text, true}, {u"preventive_measures"_s, Text, true}};
    return {};
}

ComplaintActionDialog::ComplaintActionDialog(const Database &db, const Session &session, qint64 complaintId, int version,
                                             const QString &action, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_id(complaintId), m_version(version), m_action(action),
      m_spec(fieldsOf(action))
{
    setObjectName(u"complaintActionDialog"_s);
    setWindowTitle(cpl::actionTitle(action));
    auto *layout = new QVBoxLayout(this);
    auto svc = cpl::ComplaintService::open(db);
    auto row = svc ? svc->load(complaintId) : Result<QVariantMap>(std::unexpected(svc.error()));
    if (row) {
        auto *head = new QLabel(u"<b>%1</b> — %2"_s.arg(row->value(u"complaint_no"_s).toString().toHtmlEscaped(),
                                                       row->value(u"description"_s).toString().toHtmlEscaped()),
                                this);
        head->setWordWrap(true);
        layout->addWidget(head);
        // Confirmation: the customer's service commitment beside it.
        if (action.startsWith(u"confirm_"_s)) {
            const QDate day = centerDateTime(row->value(u"received_at"_s).toLongLong()).date();
            auto scope = svc->contractScope(row->value(u"customer_id"_s).toLongLong(), day);
            auto *scopeLabel = new QLabel(u"<b>%1</b><br/>%2"_s.arg(tr("Service commitment (contract):").toHtmlEscaped(),
                                                                   (scope ? *scope : scope.error().message).toHtmlEscaped()
                                                                       .replace(u"\n"_s, u"<br/>"_s)),
                                          this);
            scopeLabel->setObjectName(u"contractScope"_s);
            scopeLabel->setWordWrap(true);
            scopeLabel->setStyleSheet(u"QLabel { background: #f3f6fa; border: 1px solid #c9d3df; padding: 6px; }"_s);
            layout->addWidget(scopeLabel);
        }
    }
    auto *form = new QFormLayout;
    for (const Field &f : m_spec) {
        QWidget *editor = nullptr;
        switch (f.kind) {
        case Kind::Line:
            editor = new QLineEdit(this);
            break;
        case Kind::Text: {
            auto *t = new QPlainTextEdit(this);
            t->setTabChangesFocus(true);
            t->setMinimumHeight(70);
            editor = t;
            break;
        }
        case Kind::Department: {
            auto *box = new QComboBox(this);
            if (auto departments = StaffRepository(db).departmentsById())
                for (const Department &d : std::as_const(*departments))
                    box->addItem(d.name, d.id);
            editor = box;
            break;
        }
        case Kind::Staff: {
            // The responsible department's staff first, then everyone else.
            auto *box = new QComboBox(this);
            const qint64 dept = row ? row->value(u"department_id"_s).toLongLong() : 0;
            if (auto staff = StaffRepository(db).activeDepartmentFirst(dept))
                for (const Staff &p : std::as_const(*staff))
                    box->addItem(u"%1 (%2)"_s.arg(p.displayName, p.department), p.id);
            editor = box;
            break;
        }
        case Kind::Class: {
            auto *box = new QComboBox(this);
            for (const QString &k : cpl::problemClassKeys())
                box->addItem(cpl::problemClassTitle(k), k);
            if (row)
                box->setCurrentIndex(std::max(0, box->findData(row->value(u"problem_class"_s).toString())));
            editor = box;
            break;
        }
        case Kind::Measures: {
            auto *w = new QWidget(this);
            auto *h = new QHBoxLayout(w);
            h->setContentsMargins(0, 0, 0, 0);
            for (const QString &k : cpl::measureKeys()) {
                auto *c = new QCheckBox(cpl::measureTitle(k), w);
                c->setObjectName(u"measure_"_s + k);
                m_measures.insert(k, c);
                h->addWidget(c);
            }
            h->addStretch();
            editor = w;
            break;
        }
        }
        editor->setObjectName(f.key);
        m_editors.insert(f.key, editor);
        form->addRow(cpl::fieldTitle(f.key) + (f.required ? u" *:"_s : u":"_s), editor);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(cpl::actionTitle(action));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
    if (!m_spec.isEmpty())
        m_editors.value(m_spec.first().key)->setFocus();
}

void ComplaintActionDialog::setField(const QString &key, const QVariant &value)
{
    QWidget *w = m_editors.value(key);
    if (auto *l = qobject_cast<QLineEdit *>(w))
        l->setText(value.toString());
    else if (auto *t = qobject_cast<QPlainTextEdit *>(w))
        t->setPlainText(value.toString());
    else if (auto *b = qobject_cast<QComboBox *>(w))
        b->setCurrentIndex(std::max(0, b->findData(value)));
    else if (key == u"measures")
        for (auto it = m_measures.begin(); it != m_measures.end(); ++it)
            it.value()->setChecked(value.toString().split(u',').contains(it.key()));
}

QVariantMap ComplaintActionDialog::fields() const
{
    QVariantMap out;
    for (const Field &f : m_spec) {
        QWidget *w = m_editors.value(f.key);
        if (auto *l = qobject_cast<QLineEdit *>(w))
            out.insert(f.key, l->text());
        else if (auto *t = qobject_cast<QPlainTextEdit *>(w))
            out.insert(f.key, t->toPlainText());
        else if (auto *b = qobject_cast<QComboBox *>(w))
            out.insert(f.key, b->currentData());
        else if (f.kind == Kind::Measures) {
            QStringList keys;
            for (const QString &k : cpl::measureKeys())
                if (m_measures.value(k)->isChecked())
                    keys << k;
            out.insert(f.key, keys);
        }
    }
    return out;
}

bool ComplaintActionDialog::save()
{
    auto svc = cpl::ComplaintService::open(m_db);
    if (!svc) {
        showError(this, svc.error());
        return false;
    }
    auto r = svc->act(m_session, m_id, m_version, m_action, fields());
    if (!r) {
        // Stays open with everything typed; the error names the field and the field gets the focus.
        const bool ours = m_editors.contains(r.error().field);
        showError(this, ours ? naming(r.error(), cpl::fieldTitle(r.error().field)) : r.error());
        if (QWidget *w = m_editors.value(r.error().field))
            w->setFocus();
        return false;
    }
    return true;
}

} // namespace sd::ui
