#include "ui/hotline/hotlinerecorddialog.h"

#include "core/common/privatefiles.h"
#include "ui/common/format.h"

#include "core/hotline/hotlinereport.h"
#include "render/hotlinerecord.h"
#include "render/pdf.h"
#include "ui/common/errors.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

HotlineRecordDialog::HotlineRecordDialog(const Database &db, qint64 customerId, QWidget *parent)
    : QDialog(parent), m_db(db), m_customerId(customerId)
{
    setObjectName(u"hotlineRecordDialog"_s);
    setWindowTitle(tr("Record of hotline service"));
    auto *layout = new QVBoxLayout(this);
    auto *period = new QHBoxLayout;
    const QDate today = centerToday();
    // The seeds promise the record once or twice a year: the last half year by default.
    m_from = new QDateEdit(today.addMonths(-6), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd"_s);
        connect(e, &QDateEdit::dateChanged, this, [this] { refresh(); });
    }
    period->addWidget(new QLabel(tr("From:"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("To:"), this));
    period->addWidget(m_to);
    period->addStretch();
    layout->addLayout(period);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);
    m_preview = new QTextBrowser(this);
    m_preview->document()->setDefaultStyleSheet(sd::render::baseStyleSheet());
    layout->addWidget(m_preview, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *pdf = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    auto *csv = buttons->addButton(tr("Save as CSV…"), QDialogButtonBox::ActionRole);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), tr("hotline-record.pdf"), u"PDF (*.pdf)"_s);
        if (!path.isEmpty())
            savePdf(path);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save as CSV"), tr("hotline-record.csv"), u"CSV (*.csv)"_s);
        if (!path.isEmpty())
            saveCsv(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1000, 680);
    refresh();
}

int HotlineRecordDialog::refresh()
{
    auto record = hotlineServiceRecord(m_db, m_customerId, m_from->date(), m_to->date());
    if (!record) {
        m_summary->setText(record.error().message);
        m_preview->clear();
        return 0;
    }
    m_summary->setText(tr("%1: %n calls", nullptr, int(record->calls.size())).arg(record->customerName));
    m_preview->setHtml(sd::render::hotlineServiceRecordHtml(*record));
    return int(record->calls.size());
}

bool HotlineRecordDialog::savePdf(const QString &path)
{
    auto record = hotlineServiceRecord(m_db, m_customerId, m_from->date(), m_to->date());
    if (!record) {
        showError(this, record.error());
        return false;
    }
    if (auto ok = sd::render::writeHotlineServiceRecordPdf(*record, path); !ok) {
        showError(this, ok.error());
        return false;
    }
    return true;
}

bool HotlineRecordDialog::saveCsv(const QString &path)
{
    auto record = hotlineServiceRecord(m_db, m_customerId, m_from->date(), m_to->date());
    if (!record) {
        showError(this, record.error());
        return false;
    }
    if (auto ok = privatefiles::write(path, hotlineServiceRecordCsv(*record)); !ok) {
        showError(this, ok.error());
        return false;
    }
    return true;
}

} // namespace sd::ui
