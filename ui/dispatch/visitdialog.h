#pragma once

#include "core/returnvisits/returnvisitservice.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLineEdit;

namespace sd::ui {

/// Records a return visit: phone or on site, service attitude, quality, resolution and the
/// overall satisfaction score (1–5), and what the customer said.
class VisitDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit VisitDialog(const sd::core::ReturnVisit &visit, QWidget *parent = nullptr);
    QVariantMap fields() const;

private:
    QComboBox *m_channel = nullptr;
    QHash<QString, QComboBox *> m_scores;
    QLineEdit *m_comment = nullptr;
};

} // namespace sd::ui
