#include "ui/dispatch/actiondialog.h"
#include "ui/common/format.h"

#include "ui/dispatch/signaturepad.h"

#include "core/problembase/problemclass.h"

#include <QCheckBox>
#include <QDateTime>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

void fillEngineerList(QListWidget *list, const QList<EngineerLoad> &engineers, const QString &product)
{
    list->clear();
    for (const EngineerLoad &e : engineers) {
        QString text = ActionDialog::tr("%1 — %n open job(s)", nullptr, e.openJobs).arg(e.name);
        QStringList details;
        if (!e.region.isEmpty())
            details << e.region;
        if (!e.skills.isEmpty())
            details << e.skills;
        if (!details.isEmpty())
            text += u"\n    "_s + details.join(u" · "_s);
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, e.id);
        // Engineers who know the job's product come out bold ("用友U8+" → "U8+" in their skills).
        QString key = product;
        key.remove(u"用友"_s).remove(u"畅捷通"_s);
        key = key.trimmed();
        if (!key.isEmpty() && e.skills.contains(key, Qt::CaseInsensitive)) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
            item->setToolTip(ActionDialog::tr("Knows %1").arg(product));
        }
    }
    if (list->count() > 0)
        list->setCurrentRow(0);
}

void fillEngineerMatches(QListWidget *list, const QList<EngineerMatch> &engineers, const DispatchJob &job)
{
    list->clear();
    const QString what = job.module.isEmpty() ? job.product : job.product + u" / "_s + job.module;
    for (const EngineerMatch &m : engineers) {
        const EngineerLoad &e = m.engineer;
        QString fit = m.skillMatch == 2 ? ActionDialog::tr("knows %1").arg(what)
                    : m.skillMatch == 1 ? ActionDialog::tr("knows part of %1").arg(what)
                                        : ActionDialog::tr("does not list %1").arg(what);
        if (m.regionMatch == 2)
            fit += ActionDialog::tr(", near the site");
        QString text = ActionDialog::tr("%1 — %n open job(s)", nullptr, e.openJobs).arg(e.name) + u" · "_s + fit;
        text += u"\n    "_s + ActionDialog::tr("Skills: %1").arg(e.skills.isEmpty() ? ActionDialog::tr("none listed") : e.skills);
        text += u"\n    "_s + ActionDialog::tr("Region: %1").arg(e.region.isEmpty() ? ActionDialog::tr("not set") : e.region);
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, e.id);
        if (m.skillMatch == 2) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        } else if (m.skillMatch == 0) {
            item->setForeground(list->palette().color(QPalette::PlaceholderText));
        }
    }
    // The best match first, chosen.
    if (list->count() > 0)
        list->setCurrentRow(0);
}

bool ActionDialog::needsInput(const QString &action)
{
    return action != dispatch::Confirm && action != dispatch::CheckIn && action != dispatch::VerifyForm;
}

ActionDialog::ActionDialog(const DispatchService &service, const DispatchJob &job, const QString &action, QWidget *parent)
    : QDialog(parent), m_action(action)
{
    setObjectName(u"dispatchActionDialog"_s);
    setWindowTitle(tr("%1 — %2").arg(dispatch::actionTitle(action), job.jobNo));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(u"<b>%1</b> · %2<br/>%3"_s.arg(job.jobNo.toHtmlEscaped(), job.customerName.toHtmlEscaped(),
                                                             job.problem.left(160).toHtmlEscaped()),
                               this);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    auto addSpin = [this](const QString &key, const QString &label, int min, int max, int value, const QString &suffix) {
        auto *spin = new QSpinBox(this);
        spin->setRange(min, max);
        spin->setValue(value);
        spin->setSuffix(suffix);
        spin->setObjectName(key);
        m_form->addRow(label, spin);
        m_widgets.insert(key, spin);
    };

    if (action == dispatch::Verify) {
        auto *coverage = new QComboBox(this);
        coverage->setObjectName(u"coverage"_s);
        coverage->addItem(tr("Covered by the contract"), u"contract"_s);
        coverage->addItem(tr("Billable service"), u"billable"_s);
        m_form->addRow(dispatch::fieldTitle(u"coverage"_s), coverage);
        m_widgets.insert(u"coverage"_s, coverage);
        addText(u"verify_note"_s, tr("Note"), false);
    } else if (action == dispatch::Reject || action == dispatch::Cancel) {
        addText(u"close_reason"_s, dispatch::fieldTitle(u"close_reason"_s), true);
    } else if (action == dispatch::Dispatch || action == dispatch::Reassign || action == dispatch::FollowUp) {
        addEngineers(action == dispatch::FollowUp);
        // Ranked in core: skills for the job's product/module, then region, then fewest open jobs.
        if (auto ranked = service.rankEngineers(job))
            fillEngineerMatches(m_engineers, *ranked, job);
        if (action != dispatch::FollowUp) {
            m_target = new QLabel(this);
            m_target->setObjectName(u"responseTarget"_s);
            m_target->setWordWrap(true);
            if (auto target = service.responseTarget(job)) {
                const QString due = formatStamp(target->dueAt);
                const QString span = target->minutes % 60 == 0 ? tr("%n h", nullptr, target->minutes / 60)
                                                               : tr("%n min", nullptr, target->minutes);
                m_target->setText(target->running
                                      ? tr("On site by %1 (the deadline already running; %2).").arg(due, target->policyName)
                                      : tr("On site by %1 if dispatched now: %2 for fault level %3 (%4).")
                                            .arg(due, span)
                                            .arg(job.faultLevel)
                                            .arg(target->policyName));
            } else {
                m_target->setText(target.error().message);
            }
            m_form->addRow(tr("Response target"), m_target);
        }
        if (action == dispatch::FollowUp) {
            auto *none = new QListWidgetItem(tr("Dispatch later"));
            none->setData(Qt::UserRole, 0);
            m_engineers->insertItem(0, none);
            m_engineers->setCurrentRow(0);
        } else if (action == dispatch::Reassign) {
            for (int i = 0; i < m_engineers->count(); ++i)
                if (m_engineers->item(i)->data(Qt::UserRole).toLongLong() == job.engineerId)
                    m_engineers->item(i)->setFlags(Qt::NoItemFlags);
            for (int i = 0; i < m_engineers->count(); ++i)
                if (m_engineers->item(i)->flags() != Qt::NoItemFlags) {
                    m_engineers->setCurrentRow(i);
                    break;
                }
        }
        addText(u"dispatch_note"_s, tr("Note for the engineer"), false);
    } else if (action == dispatch::SendBack) {
        addText(u"send_back_reason"_s, dispatch::fieldTitle(u"send_back_reason"_s), true);
    } else if (action == dispatch::Book) {
        auto *when = new QDateTimeEdit(this);
        when->setObjectName(u"appointment_at"_s);
        when->setCalendarPopup(true);
        when->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        const qint64 start = job.appointmentAt > 0 ? job.appointmentAt : Database::nowMs() + 3600000;
        when->setDateTime(toEditTime(start - start % 1800000 + 1800000));
        m_form->addRow(dispatch::fieldTitle(u"appointment_at"_s), when);
        m_widgets.insert(u"appointment_at"_s, when);
        addText(u"appointment_note"_s, tr("Agreed with"), false, job.contactName);
    } else if (action == dispatch::ReturnForm || action == dispatch::WriteOff) {
        if (action == dispatch::WriteOff)
            addText(u"write_off_reason"_s, dispatch::fieldTitle(u"write_off_reason"_s), true);
        addText(u"work_done"_s, dispatch::fieldTitle(u"work_done"_s), true);
        const int minutes = job.checkedInAt > 0 ? int(qMax<qint64>(1, (Database::nowMs() - job.checkedInAt) / 60000)) : 60;
        addSpin(u"minutes_on_site"_s, dispatch::fieldTitle(u"minutes_on_site"_s), 1, 20160, qMin(minutes, 20160),
                tr(" min"));
        if (action == dispatch::ReturnForm) {
            addText(u"parts_patches"_s, tr("Patches / parts"), false);
            auto *satisfaction = new QComboBox(this);
            satisfaction->setObjectName(u"satisfaction"_s);
            // Empty until the customer answers: Enter alone never records "very satisfied".
            satisfaction->addItem(tr("— choose —"), QVariant());
            const QStringList scores = {tr("5 — very satisfied"), tr("4 — satisfied"), tr("3 — neutral"),
                                        tr("2 — dissatisfied"), tr("1 — very dissatisfied")};
            for (int i = 0; i < scores.size(); ++i)
                satisfaction->addItem(scores.at(i), 5 - i);
            m_form->addRow(dispatch::fieldTitle(u"satisfaction"_s), satisfaction);
            m_widgets.insert(u"satisfaction"_s, satisfaction);
            addText(u"customer_comment"_s, tr("Customer's comments"), false);
            addText(u"customer_signer"_s, dispatch::fieldTitle(u"customer_signer"_s), false, job.contactName);
            m_signature = new SignaturePad(this);
            m_signature->setObjectName(u"signature"_s);
            auto *clear = new QPushButton(tr("Clear"), this);
            clear->setAutoDefault(false);
            connect(clear, &QPushButton::clicked, m_signature, &SignaturePad::clear);
            auto *row = new QHBoxLayout;
            row->addWidget(m_signature, 1);
            row->addWidget(clear, 0, Qt::AlignTop);
            m_form->addRow(tr("Customer's signature"), row);
        }
    } else if (action == dispatch::RejectForm) {
        addText(u"form_reject_reason"_s, dispatch::fieldTitle(u"form_reject_reason"_s), true);
    } else if (action == dispatch::HandToHq) {
        addText(u"hq_reference"_s, dispatch::fieldTitle(u"hq_reference"_s), false);
    } else if (action == dispatch::HqAnswer) {
        addText(u"hq_answer"_s, dispatch::fieldTitle(u"hq_answer"_s), true);
    } else if (action == dispatch::Resolve) {
        addText(u"resolution_note"_s, dispatch::fieldTitle(u"resolution_note"_s), true);
    } else if (action == dispatch::VerifyForm) {
        // Solved problems are offered to the problem base, checked by default.
        auto *offer = new QCheckBox(tr("Add the solution to the problem base"), this);
        offer->setObjectName(u"add_to_problem_base"_s);
        offer->setChecked(!job.workDone.isEmpty());
        m_form->addRow(offer);
        m_widgets.insert(u"add_to_problem_base"_s, offer);
        auto *cls = new QComboBox(this);
        cls->setObjectName(u"problem_class"_s);
        for (const QString &key : problemclass::all())
            cls->addItem(problemclass::title(key), key);
        cls->setCurrentIndex(qMax(0, cls->findData(problemclass::Environment)));
        m_form->addRow(tr("Problem class"), cls);
        m_widgets.insert(u"problem_class"_s, cls);
        addText(u"cause"_s, tr("Cause"), false);
    } else {
        m_form->addRow(new QLabel(tr("Take this step now?"), this));
    }

    m_error = new DialogErrorLine(this);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(dispatch::actionTitle(action));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(action == dispatch::ReturnForm ? 560 : 460, sizeHint().height());
}

void ActionDialog::addText(const QString &key, const QString &label, bool multiLine, const QString &value)
{
    QWidget *w = nullptr;
    if (multiLine) {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setPlainText(value);
        edit->setFixedHeight(fontMetrics().height() * 4 + 12);
        w = edit;
    } else {
        auto *edit = new QLineEdit(value, this);
        w = edit;
    }
    w->setObjectName(key);
    m_form->addRow(label, w);
    m_widgets.insert(key, w);
}

void ActionDialog::addEngineers(bool optional)
{
    Q_UNUSED(optional);
    m_engineers = new QListWidget(this);
    m_engineers->setObjectName(u"engineer_id"_s);
    m_engineers->setMinimumHeight(fontMetrics().height() * 10);
    m_engineers->setMinimumWidth(380);
    connect(m_engineers, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    m_form->addRow(dispatch::fieldTitle(u"engineer_id"_s), m_engineers);
    m_widgets.insert(u"engineer_id"_s, m_engineers);
}

QString ActionDialog::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

QString ActionDialog::responseTargetText() const { return m_target ? m_target->text() : QString(); }

void ActionDialog::accept()
{
    if (m_submit) {
        auto done = m_submit(fields());
        if (!done) {
            QWidget *field = m_widgets.value(done.error().field);
            if (!field && done.error().field == u"signature"_s)
                field = m_signature;
            QString title;
            if (field)
                if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
                    title = label->text();
            if (title.isEmpty() && !done.error().field.isEmpty())
                title = dispatch::fieldTitle(done.error().field);
            m_error->showError(done.error(), field, title);
            return;
        }
    }
    m_error->clearError();
    QDialog::accept();
}

void ActionDialog::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+Enter accepts from anywhere, multi-line fields included.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && (event->modifiers() & Qt::ControlModifier)) {
        accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

QVariantMap ActionDialog::fields() const
{
    QVariantMap f;
    for (auto it = m_widgets.begin(); it != m_widgets.end(); ++it) {
        QWidget *w = it.value();
        if (auto *line = qobject_cast<QLineEdit *>(w))
            f.insert(it.key(), line->text().trimmed());
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            f.insert(it.key(), text->toPlainText().trimmed());
        else if (auto *box = qobject_cast<QCheckBox *>(w))
            f.insert(it.key(), box->isChecked());
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            f.insert(it.key(), combo->currentData());
        else if (auto *spin = qobject_cast<QSpinBox *>(w))
            f.insert(it.key(), spin->value());
        else if (auto *when = qobject_cast<QDateTimeEdit *>(w))
            f.insert(it.key(), fromEditTime(when->dateTime()));
        else if (auto *list = qobject_cast<QListWidget *>(w)) {
            const QListWidgetItem *item = list->currentItem();
            const qint64 id = item && item->flags() != Qt::NoItemFlags ? item->data(Qt::UserRole).toLongLong() : 0;
            if (id > 0)
                f.insert(it.key(), id);
        }
    }
    if (m_signature && !m_signature->isEmpty())
        f.insert(u"signature"_s, m_signature->png());
    return f;
}

} // namespace sd::ui
