#include "ui/dispatch/visitdialog.h"

#include "ui/common/format.h"
#include "ui/dispatch/dialogerror.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

namespace {
QString when(qint64 ms) { return formatStamp(ms); }
} // namespace

VisitDialog::VisitDialog(const ReturnVisit &visit, const ReturnVisitContext &context, const QList<ReturnVisit> &history,
                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"visitDialog"_s);
    setWindowTitle(tr("Return visit — %1").arg(visit.customerName));
    auto *layout = new QVBoxLayout(this);

    // Whom to call and what about, before any score.
    auto row = [](const QString &label, const QString &value) {
        return value.isEmpty() ? QString()
                               : u"<tr><td style=\"color:#555; padding-right:10px;\">%1</td><td>%2</td></tr>"_s.arg(
                                     label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString h = u"<b>%1</b><br/>%2 · %3<table>"_s.arg(visit.customerName.toHtmlEscaped(),
                                                       returnvisit::sourceTitle(visit.sourceType).toHtmlEscaped(),
                                                       tr("due %1").arg(formatDate(visit.dueOn)).toHtmlEscaped());
    h += row(tr("Contact"), context.contactName);
    h += row(tr("Phone"), context.contactPhone.isEmpty() ? tr("no phone on file") : context.contactPhone);
    h += row(tr("Job"), context.jobNo);
    h += row(tr("Problem"), context.problem);
    h += row(tr("Engineer"), context.engineerName);
    h += row(tr("Date"), when(context.jobDoneAt));
    if (!visit.period.isEmpty())
        h += row(tr("Quarter"), visit.period);
    h += u"</table>"_s;
    m_header = new QLabel(h, this);
    m_header->setObjectName(u"visitHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);

    auto *form = new QFormLayout;
    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"channel"_s);
    m_channel->addItem(tr("By phone"), u"phone"_s);
    m_channel->addItem(tr("On site"), u"visit"_s);
    form->addRow(returnvisit::fieldTitle(u"channel"_s), m_channel);
    // No score is assumed: each starts at "— choose —" so an unasked Enter records nothing.
    const QStringList scores = {tr("5 — very good"), tr("4 — good"), tr("3 — fair"), tr("2 — poor"), tr("1 — very poor")};
    for (const QString &key : {u"attitude"_s, u"quality"_s, u"resolution"_s, u"score"_s}) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(key);
        combo->addItem(tr("— choose —"), QVariant());
        for (int i = 0; i < scores.size(); ++i)
            combo->addItem(scores.at(i), 5 - i);
        form->addRow(returnvisit::fieldTitle(key), combo);
        m_scores.insert(key, combo);
    }
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(u"comment"_s);
    form->addRow(tr("What the customer said"), m_comment);
    layout->addLayout(form);

    // The customer's earlier visits: what they said last time, and any complaint it opened.
    auto *historyTitle = new QLabel(tr("Earlier return visits of this customer"), this);
    historyTitle->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    layout->addWidget(historyTitle);
    m_history = new QListWidget(this);
    m_history->setObjectName(u"visitHistory"_s);
    m_history->setWordWrap(true);
    m_history->setFocusPolicy(Qt::NoFocus);
    for (const ReturnVisit &v : history) {
        if (v.id == visit.id)
            continue;
        QString text = formatDate(v.visitedAt > 0 ? centerDateTime(v.visitedAt).date() : v.dueOn) + u" · "_s
            + returnvisit::sourceTitle(v.sourceType) + u" · "_s;
        if (v.state == returnvisit::Done) {
            text += tr("satisfaction %1/5 (attitude %2, quality %3, resolution %4)")
                        .arg(v.score)
                        .arg(v.attitude)
                        .arg(v.quality)
                        .arg(v.resolution);
            if (!v.comment.isEmpty())
                text += u" · “"_s + v.comment + u"”"_s;
            if (!v.complaintNo.isEmpty())
                text += u" · "_s + tr("complaint %1").arg(v.complaintNo);
        } else {
            text += returnvisit::stateTitle(v.state);
        }
        auto *item = new QListWidgetItem(text, m_history);
        item->setData(Qt::UserRole, v.id);
        if (v.isLowScore())
            item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    if (m_history->count() == 0)
        new QListWidgetItem(tr("None yet."), m_history);
    m_history->setMaximumHeight(fontMetrics().height() * 6 + 8);
    layout->addWidget(m_history);

    m_error = new DialogErrorLine(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(returnvisit::actionTitle(returnvisit::Record));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(qMax(520, sizeHint().width()), sizeHint().height());
}

QString VisitDialog::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

QString VisitDialog::headerText() const
{
    QTextDocument doc;
    doc.setHtml(m_header->text());
    return doc.toPlainText();
}

void VisitDialog::accept()
{
    if (m_submit) {
        auto done = m_submit(fields());
        if (!done) {
            QWidget *field = done.error().field == u"channel"_s ? static_cast<QWidget *>(m_channel)
                : done.error().field == u"comment"_s            ? static_cast<QWidget *>(m_comment)
                                                                : m_scores.value(done.error().field);
            m_error->showError(done.error(), field,
                               done.error().field.isEmpty() ? QString() : returnvisit::fieldTitle(done.error().field));
            return;
        }
        m_recorded = *done;
    }
    QDialog::accept();
}

QVariantMap VisitDialog::fields() const
{
    QVariantMap f{{u"channel"_s, m_channel->currentData()}, {u"comment"_s, m_comment->text().trimmed()}};
    for (auto it = m_scores.begin(); it != m_scores.end(); ++it)
        f.insert(it.key(), it.value()->currentData());
    return f;
}

} // namespace sd::ui
