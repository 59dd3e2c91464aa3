#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"
#include "core/hotline/hotlineservice.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;
class QHBoxLayout;

namespace sd::ui {

class CustomerCardWidget;
class HotlineActionDialog;

/// The hotline desk (热线): open calls with countdown badges and the due-soon list on the
/// left; the call in hand in the middle (caller lookup, classification, description with
/// matching problem-base entries, outcomes); the caller's card, contract and calls on the
/// right. Keyboard first: Ctrl+N new call, Enter looks the caller up, Ctrl+S logs the call,
/// F2 solved, F3 on hold, F4 remote, F6 on-site, F7 account manager, F8 vendor HQ,
/// F9 complaint, F5 refresh.
class HotlineDeskPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotlineDeskPage)

public:
    HotlineDeskPage(const sd::core::Database &db, const sd::core::Session &session, QWidget *parent = nullptr);

    /// Clears the form for a new call; with `lookup` the caller lookup runs at once, with a
    /// customer id that customer is the caller.
    void startNewCall(const QString &lookup = {}, qint64 customerId = 0);
    /// True while a new call is being written and not yet logged (its description has text):
    /// an incoming caller must not wipe it.
    bool hasUnsavedDraft() const;
    /// Loads an existing call into the form with the actions its state allows.
    void openCall(qint64 callId);
    /// Re-reads the open calls and the due-soon list.
    void refresh();
    /// Takes an action on the call in hand: asks for its fields in a dialog (shown with open(),
    /// the result handled when it closes). Returns the dialog (nullptr when nothing to do).
    HotlineActionDialog *startAction(const QString &action);

    qint64 currentCallId() const { return m_call ? m_call->id : 0; }
    qint64 currentCustomerId() const { return m_customerId; }
    int openCallCount() const;
    int suggestionCount() const;
    /// Applies the n-th suggestion to the call (counted and linked once the call is logged).
    void applySuggestion(int row);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void lookup();
    void chooseCustomer(qint64 customerId);
    void showContext();
    void updateSuggestions();
    void showRecentRecords();
    void showIntakeError(const sd::core::Error &error);
    void layoutCallColumns();
    void logCall();
    void finishAction(HotlineActionDialog *dialog);
    void updateActions();
    void fillCombos();
    QVariantMap callMap() const;

    sd::core::Database m_db;
    sd::core::Session m_session;
    std::optional<sd::core::HotlineService> m_service;
    std::optional<sd::core::HotlineCall> m_call;
    qint64 m_customerId = 0;
    QList<qint64> m_pendingEntries;   ///< applied before the call was logged
    QList<qint64> m_suggestionIds;
    qint64 m_actedCallId = 0;         ///< the call an action dialog just saved

    QLabel *m_queueTitle = nullptr;
    QTableWidget *m_calls = nullptr;
    QLabel *m_dueTitle = nullptr;
    QListWidget *m_due = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_callerLabel = nullptr;
    QLineEdit *m_caller = nullptr;
    QListWidget *m_matches = nullptr;
    QLabel *m_contractBanner = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_callerName = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_callerPhone = nullptr;
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_classLabel = nullptr;
    QComboBox *m_class = nullptr;
    QLabel *m_levelLabel = nullptr;
    QComboBox *m_level = nullptr;
    QLabel *m_productLabel = nullptr;
    QLineEdit *m_product = nullptr;
    QLabel *m_moduleLabel = nullptr;
    QLineEdit *m_module = nullptr;
    QLabel *m_billingLabel = nullptr;
    QComboBox *m_billing = nullptr;
    QLabel *m_billingHint = nullptr;
    QCheckBox *m_complex = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_suggestTitle = nullptr;
    QTableWidget *m_suggestions = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_logButton = nullptr;
    QWidget *m_actionBar = nullptr;
    QHBoxLayout *m_actionLayout = nullptr;
    CustomerCardWidget *m_card = nullptr;
    QLabel *m_historyTitle = nullptr;
    QListWidget *m_history = nullptr;
    QPushButton *m_recordButton = nullptr;
    QTimer *m_suggestTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace sd::ui
