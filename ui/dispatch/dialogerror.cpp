#include "ui/dispatch/dialogerror.h"

#include "ui/common/errors.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace sd::ui {

DialogErrorLine::DialogErrorLine(QWidget *parent) : QLabel(parent)
{
    setObjectName(u"dialogError"_s);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(u"QLabel { color: #c62828; font-weight: bold; }"_s);
    hide();
}

void DialogErrorLine::showError(const sd::core::Error &error, QWidget *field, const QString &fieldTitle)
{
    clearError();
    QString text = describeError(error);
    // The message names the field even when the core's words do not.
    if (!fieldTitle.isEmpty() && !text.contains(fieldTitle))
        text = fieldTitle + u": "_s + text;
    setText(text);
    show();
    if (field) {
        m_marked = field;
        field->setProperty("sdInvalid", true);
        field->setStyleSheet(u"border: 2px solid #c62828;"_s);
        field->setFocus(Qt::OtherFocusReason);
    }
}

void DialogErrorLine::clearError()
{
    if (m_marked) {
        m_marked->setStyleSheet(QString());
        m_marked->setProperty("sdInvalid", QVariant());
        m_marked = nullptr;
    }
    clear();
    hide();
}

} // namespace sd::ui
