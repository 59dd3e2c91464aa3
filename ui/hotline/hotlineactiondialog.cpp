#include "ui/hotline/hotlineactiondialog.h"
#include "ui/common/format.h"

#include "core/db/database.h"
#include "core/hotline/hotlinecall.h"
#include "core/hotline/hotlineworkflow.h"
#include "ui/common/errors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

HotlineActionDialog::HotlineActionDialog(const QString &action, const QVariantMap &call, QWidget *parent)
    : QDialog(parent), m_action(action)
{
    using namespace sd::core::hotline;
    setObjectName(u"hotlineActionDialog"_s);
    setWindowTitle(actionTitle(action) + u" – "_s + call.value(u"call_no"_s).toString());
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    const QList<QPair<QString, QString>> answers = {{u"yes"_s, tr("Yes")}, {u"no"_s, tr("No")}, {u"unknown"_s, tr("Not known yet")}};
    if (action == Solve) {
        addField(u"solution"_s, tr("Solution"), Kind::Text);
        addField(u"cause"_s, tr("Cause"), Kind::Line);
        // Not pre-ticked: the operator decides that a solution is worth a standard entry.
        addField(u"add_to_problem_base"_s, tr("Add to the problem base"), Kind::Check, false);
        addField(u"entry_phenomenon"_s, tr("Phenomenon for the base"), Kind::Text, call.value(u"description"_s));
        addField(u"entry_tags"_s, tr("Tags"), Kind::Line, call.value(u"module"_s));
    } else if (action == Hold) {
        addField(u"hold_reason"_s, tr("What is being consulted"), Kind::Line);
        addField(u"callback_due_at"_s, tr("Call back by"), Kind::DateTime,
                 toEditTime(sd::core::Database::nowMs() + 3600 * 1000));
    } else if (action == ToRemote) {
        addField(u"remote_note"_s, tr("Remote session (tool, ID)"), Kind::Line);
    } else if (action == RequestOnsite) {
        addField(u"onsite_reason"_s, tr("Why on-site"), Kind::Text);
    } else if (action == RouteRequirement) {
        addField(u"req_wanted_date"_s, tr("Wanted by"), Kind::Date, centerToday().addMonths(1));
    } else if (action == Evaluate || action == Decide) {
        addField(u"req_other_way"_s, tr("Possible another way"), Kind::Answer, call.value(u"req_other_way"_s), answers);
        addField(u"req_custom_agreed"_s, tr("Customer agrees to custom development"), Kind::Answer,
                 call.value(u"req_custom_agreed"_s), answers);
        addField(u"req_feasible"_s, tr("Feasible"), Kind::Answer, call.value(u"req_feasible"_s), answers);
        addField(u"req_by_date"_s, tr("Can be done by the wanted date"), Kind::Answer, call.value(u"req_by_date"_s), answers);
        addField(u"req_man_days"_s, tr("Man-days"), Kind::Number, call.value(u"req_man_days"_s));
        addField(u"req_fee"_s, tr("Fee (CNY)"), Kind::Number, call.value(u"req_fee"_s));
        addField(u"req_customer_accepts"_s, tr("Customer accepts"), Kind::Answer, call.value(u"req_customer_accepts"_s),
                 answers);
        if (action == Decide) {
            QList<QPair<QString, QString>> d;
            for (const QString &k : decisions())
                d.append({k, decisionTitle(k)});
            addField(u"req_decision"_s, tr("Decision"), Kind::Choice, {}, d);
            addField(u"req_decided_on"_s, tr("Decision date"), Kind::Date, centerToday());
        }
    } else if (action == SubmitHq) {
        addField(u"hq_kind"_s, tr("Submitted as"), Kind::Choice, {},
                 {{u"bug"_s, tr("Software bug")}, {u"optimisation"_s, tr("Optimisation request")}});
        addField(u"hq_reference"_s, tr("HQ reference"), Kind::Line);
    } else if (action == HqAnswer) {
        addField(u"hq_answer"_s, tr("HQ answer or patch"), Kind::Text);
    } else if (action == OpenComplaint) {
        addField(u"complaint_note"_s, tr("The complaint"), Kind::Text);
    } else if (action == SuggestRetraining) {
        addField(u"retraining_note"_s, tr("Re-training note"), Kind::Line);
    } else if (action == Confirm || action == Close) {
        addField(u"closing_note"_s, tr("Closing note"), Kind::Line);
    } else if (action == Reopen) {
        addField(u"reason"_s, tr("Reason"), Kind::Line);
    } else {
        addField(u"note"_s, tr("Note"), Kind::Line);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(u"dialogError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #c62828; font-weight: bold; }"_s);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(actionTitle(action));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &HotlineActionDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    auto *confirm1 = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(confirm1, &QShortcut::activated, this, &HotlineActionDialog::confirm);
    auto *confirm2 = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(confirm2, &QShortcut::activated, this, &HotlineActionDialog::confirm);
    resize(520, sizeHint().height());
}

void HotlineActionDialog::addField(const QString &key, const QString &label, Kind kind, const QVariant &value,
                                   const QList<QPair<QString, QString>> &choices)
{
    QWidget *w = nullptr;
    switch (kind) {
    case Kind::Line: {
        auto *e = new QLineEdit(value.toString(), this);
        w = e;
        break;
    }
    case Kind::Text: {
        auto *e = new QPlainTextEdit(value.toString(), this);
        e->setTabChangesFocus(true);
        e->setFixedHeight(72);
        w = e;
        break;
    }
    case Kind::DateTime: {
        auto *e = new QDateTimeEdit(value.toDateTime(), this);
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        w = e;
        break;
    }
    case Kind::Date: {
        auto *e = new QDateEdit(value.toDate(), this);
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd"_s);
        w = e;
        break;
    }
    case Kind::Answer:
    case Kind::Choice: {
        auto *e = new QComboBox(this);
        if (kind == Kind::Answer)
            e->addItem(tr("(not answered)"), QString());
        for (const auto &[k, t] : choices)
            e->addItem(t, k);
        const int at = e->findData(value.toString());
        e->setCurrentIndex(at >= 0 ? at : 0);
        w = e;
        break;
    }
    case Kind::Number: {
        auto *e = new QDoubleSpinBox(this);
        e->setRange(0, 10'000'000);
        e->setDecimals(1);
        e->setValue(value.toDouble());
        w = e;
        break;
    }
    case Kind::Check: {
        auto *e = new QCheckBox(this);
        e->setChecked(value.toBool());
        w = e;
        break;
    }
    }
    w->setObjectName(key);
    m_form->addRow(label, w);
    m_labels.insert(key, label);
    m_editors.insert(key, w);
    m_kinds.insert(key, kind);
}

QString HotlineActionDialog::fieldLabel(const QString &field) const
{
    QString label = m_labels.value(field);
    label.remove(u'&');
    while (label.endsWith(u':') || label.endsWith(u'：'))
        label.chop(1);
    return label;
}

QString HotlineActionDialog::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

void HotlineActionDialog::showFieldError(const sd::core::Error &error)
{
    for (QWidget *w : std::as_const(m_editors))
        w->setStyleSheet({});
    QString text = describeError(error);
    // Name the field as this dialog labels it, unless the message already does.
    const QString label = fieldLabel(error.field);
    if (!label.isEmpty() && !error.message.contains(label))
        text = label + u": "_s + text;
    m_error->setText(text);
    m_error->show();
    if (QWidget *w = m_editors.value(error.field)) {
        w->setStyleSheet(u"border: 1px solid #c62828;"_s);
        w->setFocus();
    }
    adjustSize();
}

void HotlineActionDialog::confirm()
{
    if (m_submit) {
        if (auto ok = m_submit(fields()); !ok) {
            showFieldError(ok.error());
            return;
        }
    }
    accept();
}

QVariantMap HotlineActionDialog::fields() const
{
    QVariantMap out;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const Kind kind = m_kinds.value(it.key());
        QWidget *w = it.value();
        switch (kind) {
        case Kind::Line:
            out.insert(it.key(), static_cast<QLineEdit *>(w)->text());
            break;
        case Kind::Text:
            out.insert(it.key(), static_cast<QPlainTextEdit *>(w)->toPlainText());
            break;
        case Kind::DateTime:
            out.insert(it.key(), fromEditTime(static_cast<QDateTimeEdit *>(w)->dateTime()));
            break;
        case Kind::Date:
            out.insert(it.key(), static_cast<QDateEdit *>(w)->date().toString(Qt::ISODate));
            break;
        case Kind::Answer:
        case Kind::Choice: {
            const QString v = static_cast<QComboBox *>(w)->currentData().toString();
            if (!v.isEmpty())
                out.insert(it.key(), v);
            break;
        }
        case Kind::Number:
            out.insert(it.key(), static_cast<QDoubleSpinBox *>(w)->value());
            break;
        case Kind::Check:
            out.insert(it.key(), static_cast<QCheckBox *>(w)->isChecked());
            break;
        }
    }
    return out;
}

} // namespace sd::ui
