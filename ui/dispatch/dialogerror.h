#pragma once

#include "core/common/error.h"

#include <QLabel>
#include <QVariantMap>

#include <functional>

namespace sd::ui {

/// What a dispatch dialog does with its input when the user saves: the core step, whose
/// refusal keeps the dialog open with everything typed.
using DialogSubmit = std::function<sd::core::Status(const QVariantMap &fields)>;

/// The red line at the foot of a dialog that says why a save was refused and names the field;
/// the field is marked and focused so the user corrects it in place.
class DialogErrorLine final : public QLabel
{
    Q_OBJECT
public:
    explicit DialogErrorLine(QWidget *parent);
    /// Shows `error`; `field` (may be null) is the widget of error.field, `fieldTitle` its name.
    void showError(const sd::core::Error &error, QWidget *field, const QString &fieldTitle);
    void clearError();

private:
    QWidget *m_marked = nullptr;
};

} // namespace sd::ui
