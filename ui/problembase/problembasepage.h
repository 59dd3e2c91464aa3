#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"
#include "core/problembase/problembaserepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace sd::ui {

class SearchLine;

/// The standardized problem base (标准化问题库): full-text search (Chinese and English, any
/// 1+ characters), browse by product / module / problem class, the entry editor with its
/// history, merge of duplicates, usage counts. Ctrl+F search, Ins new, Ctrl+S save,
/// Ctrl+H history, Ctrl+M merge the other selected entry into the current one.
class ProblemBasePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemBasePage)

public:
    ProblemBasePage(const sd::core::Database &db, const sd::core::Session &session, QWidget *parent = nullptr);

    void setSearchText(const QString &text);
    void reload();
    int rowCount() const;
    void selectEntry(qint64 id);
    qint64 currentEntryId() const { return m_entry.id; }
    bool saveEntry();
    void newEntry();
    /// Merges every other selected entry into the current one (asks first unless `confirm` is false).
    bool mergeSelected(bool confirm = true);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadTree();
    void loadPage(bool append);
    void showEntry(const sd::core::ProblemEntry &entry);
    void showHistory();

    sd::core::Database m_db;
    sd::core::Session m_session;
    sd::core::ProblemQuery m_query;
    sd::core::ProblemEntry m_entry;
    QList<qint64> m_ids;

    QTreeWidget *m_tree = nullptr;
    SearchLine *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableWidget *m_list = nullptr;
    QPushButton *m_more = nullptr;
    QLabel *m_editorTitle = nullptr;
    QLabel *m_phenomenonLabel = nullptr;
    QPlainTextEdit *m_phenomenon = nullptr;
    QLabel *m_causeLabel = nullptr;
    QPlainTextEdit *m_cause = nullptr;
    QLabel *m_solutionLabel = nullptr;
    QPlainTextEdit *m_solution = nullptr;
    QLabel *m_productLabel = nullptr;
    QLineEdit *m_product = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLineEdit *m_version = nullptr;
    QLabel *m_moduleLabel = nullptr;
    QLineEdit *m_module = nullptr;
    QLabel *m_classLabel = nullptr;
    QComboBox *m_class = nullptr;
    QLabel *m_tagsLabel = nullptr;
    QLineEdit *m_tags = nullptr;
    QLabel *m_meta = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_history = nullptr;
    QPushButton *m_merge = nullptr;
};

} // namespace sd::ui
