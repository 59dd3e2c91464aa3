#include "ui/admin/centertab.h"

#include "core/records/centerinfo.h"
#include "core/sla/due.h"
#include "ui/common/errors.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

CenterTab::CenterTab(const Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    setObjectName(u"centerTab"_s);
    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"centerName"_s);
    m_nameEn = new QLineEdit(this);
    m_nameEn->setObjectName(u"centerNameEn"_s);
    m_address = new QLineEdit(this);
    m_address->setObjectName(u"centerAddress"_s);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"centerPhone"_s);
    m_nameLabel = new QLabel(this);
    m_nameEnLabel = new QLabel(this);
    m_addressLabel = new QLabel(this);
    m_phoneLabel = new QLabel(this);
    m_logoLabel = new QLabel(this);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_nameEnLabel, m_nameEn);
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_phoneLabel, m_phone);
    auto *logoRow = new QHBoxLayout;
    m_logo = new QLabel(this);
    m_logo->setFixedSize(72, 72);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_logo->setAlignment(Qt::AlignCenter);
    m_chooseLogo = new QPushButton(this);
    m_clearLogo = new QPushButton(this);
    logoRow->addWidget(m_logo);
    logoRow->addWidget(m_chooseLogo);
    logoRow->addWidget(m_clearLogo);
    logoRow->addStretch(1);
    form->addRow(m_logoLabel, logoRow);
    m_dueSoon = new QSpinBox(this);
    m_dueSoon->setObjectName(u"dueSoonMinutes"_s);
    m_dueSoon->setRange(kDueSoonMinMinutes, kDueSoonMaxMinutes);
    m_dueSoon->setSingleStep(5);
    m_dueSoonLabel = new QLabel(this);
    m_dueSoonLabel->setBuddy(m_dueSoon);
    m_dueSoonHint = new QLabel(this);
    m_dueSoonHint->setWordWrap(true);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_dueSoon);
    dueRow->addWidget(m_dueSoonHint, 1);
    form->addRow(m_dueSoonLabel, dueRow);
    layout->addLayout(form);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"saveCenter"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the center's logo"), {}, tr("PNG images (*.png)"));
        if (!path.isEmpty())
            setLogoFile(path);
    });
    connect(m_clearLogo, &QPushButton::clicked, this, [this] {
        m_logoPng.clear();
        showLogo();
    });
    retranslateUi();
    refresh();
}

void CenterTab::refresh()
{
    auto info = CenterInfo::load(m_db);
    if (!info)
        return;
    m_name->setText(info->name);
    m_nameEn->setText(info->nameEn);
    m_address->setText(info->address);
    m_phone->setText(info->phone);
    m_logoPng = info->logoPng;
    m_dueSoon->setValue(info->dueSoonMinutes);
    showLogo();
}

void CenterTab::showLogo()
{
    QPixmap pixmap;
    if (!m_logoPng.isEmpty() && pixmap.loadFromData(m_logoPng, "PNG"))
        m_logo->setPixmap(pixmap.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_logo->setText(tr("No logo"));
}

bool CenterTab::setLogoFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(this, Error::make(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString())));
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (QImage::fromData(bytes, "PNG").isNull()) {
        showError(this, Error::invalid(u"logo"_s, tr("%1 is not a PNG image.").arg(path)));
        return false;
    }
    m_logoPng = bytes;
    showLogo();
    return true;
}

bool CenterTab::save()
{
    CenterInfo info;
    info.name = m_name->text();
    info.nameEn = m_nameEn->text();
    info.address = m_address->text();
    info.phone = m_phone->text();
    info.logoPng = m_logoPng;
    info.dueSoonMinutes = m_dueSoon->value();
    if (auto ok = CenterInfo::save(m_db, m_session, info); !ok) {
        showError(this, ok.error());
        return false;
    }
    refresh();
    return true;
}

void CenterTab::retranslateUi()
{
    m_hint->setText(tr("The name, address, hotline and logo are printed on the forms the center hands to customers, such as the Service Dispatch Form."));
    m_nameLabel->setText(tr("Center name (Chinese)"));
    m_nameEnLabel->setText(tr("Center name (English)"));
    m_addressLabel->setText(tr("Address"));
    m_phoneLabel->setText(tr("Service hotline"));
    m_logoLabel->setText(tr("Logo"));
    m_dueSoonLabel->setText(tr("Due soon within"));
    m_dueSoon->setSuffix(tr(" min"));
    m_dueSoon->setAccessibleName(tr("Due soon within (minutes)"));
    m_dueSoonHint->setText(tr("Deadlines and promised call-backs this close are shown as due soon on every desk."));
    m_chooseLogo->setText(tr("Choose PNG…"));
    m_clearLogo->setText(tr("Remove"));
    m_save->setText(tr("Save"));
    showLogo();
}

} // namespace sd::ui
