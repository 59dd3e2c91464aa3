#pragma once

#include "core/dispatch/dispatchservice.h"
#include "ui/dispatch/dialogerror.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace sd::ui {

class SignaturePad;

/// Asks for what one dispatch action records (the fields of dispatch::table()) and returns
/// them as the service expects. Enter accepts (Ctrl+Enter inside multi-line fields). With a
/// submit step set, accepting runs it first: a refusal keeps the dialog open, the input
/// intact, and names the field.
class ActionDialog final : public QDialog
{
    Q_OBJECT
public:
    ActionDialog(const sd::core::DispatchService &service, const sd::core::DispatchJob &job, const QString &action,
                 QWidget *parent = nullptr);

    QVariantMap fields() const;
    /// The core step taken on OK (the dialog closes only when it succeeds).
    void setSubmit(DialogSubmit submit) { m_submit = std::move(submit); }
    /// The refusal shown in the dialog (empty when none).
    QString errorText() const;
    /// The response target shown for a dispatch (empty for other actions).
    QString responseTargetText() const;
    void accept() override;
    /// True when the action needs no input (it can be taken after a confirmation only).
    static bool needsInput(const QString &action);

    // For tests and keyboard users: the widgets by field key.
    QWidget *fieldWidget(const QString &key) const { return m_widgets.value(key); }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addText(const QString &key, const QString &label, bool multiLine, const QString &value = {});
    void addEngineers(bool optional);
    QFormLayout *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QWidget *> m_widgets;
    QListWidget *m_engineers = nullptr;
    SignaturePad *m_signature = nullptr;
    QLabel *m_target = nullptr;
    DialogErrorLine *m_error = nullptr;
    DialogSubmit m_submit;
    QString m_action;
};

/// The engineers ranked for a job (best match first), each with skills, region and open jobs.
void fillEngineerMatches(QListWidget *list, const QList<sd::core::EngineerMatch> &engineers, const sd::core::DispatchJob &job);

/// The engineers as the manager chooses among them: open jobs, region, skills; the job's
/// product is highlighted in the skills.
void fillEngineerList(QListWidget *list, const QList<sd::core::EngineerLoad> &engineers, const QString &product);

} // namespace sd::ui
