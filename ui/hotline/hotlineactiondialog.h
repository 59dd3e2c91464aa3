#pragma once

#include "core/common/error.h"

#include <QDialog>
#include <QVariantMap>

#include <functional>

class QFormLayout;
class QLabel;

namespace sd::ui {

/// Asks for what an outcome of a call records (the solution, the call-back time, the HQ
/// reference …) and returns the fields for HotlineService::act. Keyboard: Tab between
/// fields, Ctrl+Enter (or Enter on a one-line field) to confirm, Esc to cancel.
/// With a submit function the dialog saves itself: a refused save keeps it open with the
/// input intact, the error shown under the fields and the offending field focused.
class HotlineActionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotlineActionDialog)

public:
    /// `call` gives defaults (the description pre-fills the problem-base phenomenon).
    HotlineActionDialog(const QString &action, const QVariantMap &call, QWidget *parent = nullptr);
    QString action() const { return m_action; }
    QVariantMap fields() const;
    /// The editor of a field (for tests), or nullptr.
    QWidget *editor(const QString &field) const { return m_editors.value(field); }
    /// Saves the fields; the dialog closes (accepted) only when it succeeds.
    using Submit = std::function<sd::core::Status(const QVariantMap &fields)>;
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    /// The error shown after a refused save (empty when none).
    QString errorText() const;
    /// Shows a refused save: the message naming the field, the field marked and focused.
    void showFieldError(const sd::core::Error &error);

    /// Confirms: runs the submit function (if any) and closes only when it succeeds.
    void confirm();

private:
    enum class Kind { Line, Text, DateTime, Date, Answer, Number, Check, Choice };
    void addField(const QString &key, const QString &label, Kind kind, const QVariant &value = {},
                  const QList<QPair<QString, QString>> &choices = {});

    QString fieldLabel(const QString &field) const;

    QString m_action;
    Submit m_submit;
    QLabel *m_error = nullptr;
    QHash<QString, QString> m_labels;
    QFormLayout *m_form = nullptr;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, Kind> m_kinds;
};

} // namespace sd::ui
