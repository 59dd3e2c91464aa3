#pragma once

#include "core/returnvisits/returnvisitservice.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace sd::ui {

class DialogErrorLine;

/// Records a return visit: phone or on site, service attitude, quality, resolution and the
/// overall satisfaction score (1–5), and what the customer said. Whom to call (contact and
/// phone), the job the visit follows, and the customer's earlier visits are shown above.
/// Scores start unanswered: the caller chooses each one. With a submit step set, a refused
/// visit keeps the dialog open with everything chosen and names the field.
class VisitDialog final : public QDialog
{
    Q_OBJECT
public:
    VisitDialog(const sd::core::ReturnVisit &visit, const sd::core::ReturnVisitContext &context,
                const QList<sd::core::ReturnVisit> &history, QWidget *parent = nullptr);
    QVariantMap fields() const;

    using Submit = std::function<sd::core::Result<sd::core::ReturnVisit>(const QVariantMap &)>;
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    /// The visit as recorded by the submit step (after acceptance).
    const sd::core::ReturnVisit &recorded() const { return m_recorded; }
    /// The refusal shown in the dialog (empty when none).
    QString errorText() const;
    /// The caller's view of the dialog's header (contact, phone, job), for tests.
    QString headerText() const;
    QListWidget *history() const { return m_history; }
    void accept() override;

private:
    QComboBox *m_channel = nullptr;
    QHash<QString, QComboBox *> m_scores;
    QLineEdit *m_comment = nullptr;
    QListWidget *m_history = nullptr;
    QLabel *m_header = nullptr;
    DialogErrorLine *m_error = nullptr;
    Submit m_submit;
    sd::core::ReturnVisit m_recorded;
};

} // namespace sd::ui
