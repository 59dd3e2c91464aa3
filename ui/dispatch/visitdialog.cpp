#include "ui/dispatch/visitdialog.h"

#include "ui/common/format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

VisitDialog::VisitDialog(const ReturnVisit &visit, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"visitDialog"_s);
    setWindowTitle(tr("Return visit — %1").arg(visit.customerName));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<b>%1</b><br/>%2 · %3"_s.arg(visit.customerName.toHtmlEscaped(),
                                                                returnvisit::sourceTitle(visit.sourceType).toHtmlEscaped(),
                                                                formatDate(visit.dueOn)),
                                 this));
    auto *form = new QFormLayout;
    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"channel"_s);
    m_channel->addItem(tr("By phone"), u"phone"_s);
    m_channel->addItem(tr("On site"), u"visit"_s);
    form->addRow(returnvisit::fieldTitle(u"channel"_s), m_channel);
    const QStringList scores = {tr("5 — very good"), tr("4 — good"), tr("3 — fair"), tr("2 — poor"), tr("1 — very poor")};
    for (const QString &key : {u"attitude"_s, u"quality"_s, u"resolution"_s, u"score"_s}) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(key);
        for (int i = 0; i < scores.size(); ++i)
            combo->addItem(scores.at(i), 5 - i);
        form->addRow(returnvisit::fieldTitle(key), combo);
        m_scores.insert(key, combo);
    }
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(u"comment"_s);
    form->addRow(tr("What the customer said"), m_comment);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(returnvisit::actionTitle(returnvisit::Record));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QVariantMap VisitDialog::fields() const
{
    QVariantMap f{{u"channel"_s, m_channel->currentData()}, {u"comment"_s, m_comment->text().trimmed()}};
    for (auto it = m_scores.begin(); it != m_scores.end(); ++it)
        f.insert(it.key(), it.value()->currentData());
    return f;
}

} // namespace sd::ui
