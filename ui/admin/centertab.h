#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"

#include <QByteArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sd::ui {

/// The service center's own details as printed on forms handed to customers (the Service
/// Dispatch Form): name in Chinese and English, address, hotline, logo (PNG); and when the
/// desks count a deadline as due soon.
class CenterTab final : public QWidget
{
    Q_OBJECT
public:
    CenterTab(const sd::core::Database &db, const sd::core::Session &session, QWidget *parent = nullptr);
    void refresh();
    void retranslateUi();
    /// Saves the fields (false with the error shown when refused).
    bool save();
    /// Uses the PNG file as the logo (false when it is not a readable PNG).
    bool setLogoFile(const QString &path);

private:
    void showLogo();
    sd::core::Database m_db;
    sd::core::Session m_session;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_nameEnLabel = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLabel *m_logoLabel = nullptr;
    QLabel *m_dueSoonLabel = nullptr;
    QLabel *m_dueSoonHint = nullptr;
    QSpinBox *m_dueSoon = nullptr;
    QLabel *m_hint = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_logo = nullptr;
    QPushButton *m_chooseLogo = nullptr;
    QPushButton *m_clearLogo = nullptr;
    QPushButton *m_save = nullptr;
    QByteArray m_logoPng;
};

} // namespace sd::ui
