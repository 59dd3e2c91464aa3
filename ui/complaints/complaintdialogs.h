#pragma once

#include "core/auth/roles.h"
#include "core/complaints/complaintservice.h"
#include "core/db/database.h"

#include <QDialog>
#include <QHash>
#include <QVariantMap>

class QComboBox;
class QDateTimeEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QDialogButtonBox;
class QFormLayout;

namespace sd::ui {

/// Registers a complaint (acceptance): customer, source (direct with its channel, or forwarded
/// by HQ with HQ's reference and deadline), complainant, class, what happened, what they want.
class ComplaintAcceptDialog final : public QDialog
{
    Q_OBJECT
public:
    ComplaintAcceptDialog(const sd::core::Database &db, const sd::core::Session &session, QWidget *parent = nullptr);

    /// The new complaint's id after a successful save (0 before).
    qint64 acceptedId() const { return m_acceptedId; }
    /// Fills the intake (for tests and for desks that open the dialog with a customer).
    void setCustomer(qint64 customerId, const QString &name);
    /// Saves (as OK does); false and an error shown when refused.
    bool save();
    /// The label of a field's row (tests: every row is labelled).
    QLabel *labelFor(QWidget *buddy) const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    QWidget *fieldWidget(const QString &field) const;
    void findCustomers();
    void updateSource();

    sd::core::Database m_db;
    sd::core::Session m_session;
    qint64 m_acceptedId = 0;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_customerSearch = nullptr;
    QComboBox *m_customer = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_hqReference = nullptr;
    QCheckBox *m_hasHqDeadline = nullptr;
    QDateTimeEdit *m_hqDeadline = nullptr;
    QLineEdit *m_complainant = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_class = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QWidget *, QLabel *> m_labels;
};

/// Takes one workflow action on a complaint: the fields that action records (text, department,
/// responsible person, measures …), the contract scope beside a confirmation. The save goes
/// through ComplaintService; a refusal keeps the dialog open with everything typed.
class ComplaintActionDialog final : public QDialog
{
    Q_OBJECT
public:
    ComplaintActionDialog(const sd::core::Database &db, const sd::core::Session &session, qint64 complaintId,
                          int version, const QString &action, QWidget *parent = nullptr);

    /// Sets a field's value in its editor (tests; keys as in the transition table).
    void setField(const QString &key, const QVariant &value);
    QVariantMap fields() const;
    /// Carries out the action; false (and the error shown) when refused.
    bool save();

private:
    enum class Kind { Line, Text, Department, Staff, Measures, Class };
    struct Field {
        QString key;
        Kind kind;
        bool required;
    };
    static QList<Field> fieldsOf(const QString &action);

    sd::core::Database m_db;
    sd::core::Session m_session;
    qint64 m_id = 0;
    int m_version = 0;
    QString m_action;
    QList<Field> m_spec;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QCheckBox *> m_measures;
};

} // namespace sd::ui
