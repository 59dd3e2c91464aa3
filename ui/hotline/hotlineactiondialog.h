#pragma once

#include <QDialog>
#include <QVariantMap>

class QFormLayout;

namespace sd::ui {

/// Asks for what an outcome of a call records (the solution, the call-back time, the HQ
/// reference …) and returns the fields for HotlineService::act. Keyboard: Tab between
/// fields, Ctrl+Enter (or Enter on a one-line field) to confirm, Esc to cancel.
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

private:
    enum class Kind { Line, Text, DateTime, Date, Answer, Number, Check, Choice };
    void addField(const QString &key, const QString &label, Kind kind, const QVariant &value = {},
                  const QList<QPair<QString, QString>> &choices = {});

    QString m_action;
    QFormLayout *m_form = nullptr;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, Kind> m_kinds;
};

} // namespace sd::ui
