#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"
#include "core/records/customer.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace sd::ui {

class CustomerCardWidget;

/// One customer: the read-only card with an Edit button, or the form (Company, Contacts,
/// Contracts, Products) to edit or create one. Saving goes through CustomerRepository, which
/// checks the role and the version; when a colleague saved first, a merge view lets the
/// operator keep their value or mine field by field and saves again on top of theirs.
class CustomerDialog final : public QDialog
{
    Q_OBJECT
public:
    CustomerDialog(const sd::core::Database &db, const sd::core::Session &session, qint64 customerId /*0 = new*/,
                   QWidget *parent = nullptr);
    ~CustomerDialog() override;

    /// The customer shown (0 while a new one is not saved yet).
    qint64 customerId() const { return m_id; }

    /// Switches to the form (when the session may edit). Also bound to the Edit button and F2.
    void startEditing();
    /// Saves the form, or the merged values when the merge view is shown (Ctrl+S).
    void save();

signals:
    /// A save or a create went through; `id` is the customer's.
    void customerSaved(qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    /// Esc / Cancel: leaves the merge view, or the form (asking when there are unsaved
    /// changes), or closes the dialog.
    void reject() override;

private:
    enum class Mode { View, Edit, Merge };
    struct MergeRow;

    void buildForm();
    void buildMergeView();
    void retranslateUi();
    void setMode(Mode mode);
    void load(qint64 id);
    void fillForm(const sd::core::Customer &c);
    sd::core::Customer collect() const;
    bool isDirty() const;
    void clearErrorStatus();
    void setStatus(const QString &text, bool error = false);

    void createChecked(const sd::core::Customer &c);
    void create(const sd::core::Customer &c);
    void saveExisting(const sd::core::Customer &mine);
    void showMerge(const sd::core::Customer &mine, const sd::core::Customer &theirs, const QString &why);
    void saveMerged();
    void updateMergeSaveButton();
    void handleError(const sd::core::Error &error);
    void saved(const sd::core::Customer &c);

    void addContactRow(const sd::core::Contact &t);
    void addContractRow(const sd::core::Contract &k);
    void addProductRow(const sd::core::PurchasedProduct &p);

    static QStringList fieldKeys();
    static QString fieldTitle(const QString &key);
    static QString fieldValue(const sd::core::Customer &c, const QString &key);
    static void copyField(sd::core::Customer &to, const sd::core::Customer &from, const QString &key);

    sd::core::Database m_db;
    sd::core::Session m_session;
    qint64 m_id = 0;
    Mode m_mode = Mode::View;
    bool m_savedAny = false;
    bool m_loaded = false;
    /// The customer as last read from the database: the base of the form and of a merge.
    sd::core::Customer m_base;

    QLabel *m_status = nullptr;
    bool m_statusIsError = false;
    QStackedWidget *m_stack = nullptr;
    CustomerCardWidget *m_card = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_mergePage = nullptr;

    // Company tab
    QWidget *m_companyTab = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    QCheckBox *m_key = nullptr;
    QCheckBox *m_vip = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_dongleLabel = nullptr;
    QLineEdit *m_dongle = nullptr;
    QLabel *m_industryLabel = nullptr;
    QLineEdit *m_industry = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    // Contacts, contracts, products tabs
    QWidget *m_contactsTab = nullptr;
    QTableWidget *m_contacts = nullptr;
    QPushButton *m_addContact = nullptr;
    QPushButton *m_removeContact = nullptr;
    QLabel *m_phonesHint = nullptr;
    QWidget *m_contractsTab = nullptr;
    QTableWidget *m_contracts = nullptr;
    QPushButton *m_addContract = nullptr;
    QPushButton *m_removeContract = nullptr;
    QWidget *m_productsTab = nullptr;
    QTableWidget *m_products = nullptr;
    QPushButton *m_addProduct = nullptr;
    QPushButton *m_removeProduct = nullptr;

    // Merge view
    QLabel *m_mergeIntro = nullptr;
    QLabel *m_mergeWhy = nullptr;
    QGridLayout *m_mergeGrid = nullptr;
    QLabel *m_mergeFieldHeader = nullptr;
    QLabel *m_mergeTheirsHeader = nullptr;
    QLabel *m_mergeMineHeader = nullptr;
    QList<MergeRow *> m_mergeRows;
    sd::core::Customer m_mergeMine;
    sd::core::Customer m_mergeTheirs;

    QPushButton *m_edit = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace sd::ui
