#include "ui/problembase/problembasepage.h"
#include "ui/common/format.h"

#include "core/audit/audit.h"
#include "core/auth/permissions.h"
#include "core/problembase/problemclass.h"
#include "ui/common/errors.h"
#include "ui/common/searchline.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

namespace {
constexpr int kPage = 100;
enum TreeRole { ProductRole = Qt::UserRole, ModuleRole, ClassRole };
} // namespace

ProblemBasePage::ProblemBasePage(const Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    setObjectName(u"problemBasePage"_s);
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(split);

    m_tree = new QTreeWidget(split);
    m_tree->setObjectName(u"browseTree"_s);
    m_tree->setHeaderHidden(true);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        m_query.product = item->data(0, ProductRole).toString();
        m_query.module = item->data(0, ModuleRole).toString();
        m_query.problemClass = item->data(0, ClassRole).toString();
        loadPage(false);
    });

    auto *middle = new QWidget(split);
    auto *ml = new QVBoxLayout(middle);
    m_search = new SearchLine(middle);
    m_search->setObjectName(u"problemSearch"_s);
    connect(m_search, &SearchLine::searchChanged, this, [this](const QString &text) {
        m_query.text = text;
        loadPage(false);
    });
    m_count = new QLabel(middle);
    m_list = new QTableWidget(0, 5, middle);
    m_list->setObjectName(u"problemList"_s);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setWordWrap(false);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row, int, int, int) {
        if (row < 0 || row >= m_ids.size())
            return;
        if (auto e = ProblemBaseRepository(m_db).get(m_ids.at(row)))
            showEntry(*e);
    });
    m_more = new QPushButton(middle);
    connect(m_more, &QPushButton::clicked, this, [this] { loadPage(true); });
    ml->addWidget(m_search);
    ml->addWidget(m_count);
    ml->addWidget(m_list, 1);
    ml->addWidget(m_more);

    auto *editor = new QWidget(split);
    auto *el = new QVBoxLayout(editor);
    m_editorTitle = new QLabel(editor);
    QFont bold = m_editorTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_editorTitle->setFont(bold);
    el->addWidget(m_editorTitle);
    auto *form = new QFormLayout;
    auto text = [&](QLabel *&label, QPlainTextEdit *&edit, const QString &name, int height) {
        label = new QLabel(editor);
        edit = new QPlainTextEdit(editor);
        edit->setObjectName(name);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(height);
        form->addRow(label, edit);
    };
    auto line = [&](QLabel *&label, QLineEdit *&edit, const QString &name) {
        label = new QLabel(editor);
        edit = new QLineEdit(editor);
        edit->setObjectName(name);
        form->addRow(label, edit);
    };
    text(m_phenomenonLabel, m_phenomenon, u"phenomenon"_s, 70);
    text(m_causeLabel, m_cause, u"cause"_s, 60);
    text(m_solutionLabel, m_solution, u"solution"_s, 110);
    line(m_productLabel, m_product, u"product"_s);
    line(m_versionLabel, m_version, u"productVersion"_s);
    line(m_moduleLabel, m_module, u"module"_s);
    m_classLabel = new QLabel(editor);
    m_class = new QComboBox(editor);
    m_class->setObjectName(u"problemClass"_s);
    form->addRow(m_classLabel, m_class);
    line(m_tagsLabel, m_tags, u"tags"_s);
    el->addLayout(form);
    m_meta = new QLabel(editor);
    m_meta->setWordWrap(true);
    el->addWidget(m_meta);
    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(editor);
    m_save = new QPushButton(editor);
    m_save->setObjectName(u"saveEntry"_s);
    m_history = new QPushButton(editor);
    m_merge = new QPushButton(editor);
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    buttons->addWidget(m_history);
    buttons->addWidget(m_merge);
    el->addLayout(buttons);
    el->addStretch();
    connect(m_new, &QPushButton::clicked, this, &ProblemBasePage::newEntry);
    connect(m_save, &QPushButton::clicked, this, [this] { saveEntry(); });
    connect(m_history, &QPushButton::clicked, this, &ProblemBasePage::showHistory);
    connect(m_merge, &QPushButton::clicked, this, [this] { mergeSelected(); });
    const bool canEdit = m_session.hasAny(ProblemBaseRepository::editorRoles());
    m_save->setEnabled(canEdit);
    m_new->setEnabled(canEdit);
    m_merge->setVisible(m_session.hasAny(ProblemBaseRepository::mergeRoles()));
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 6);
    split->setStretchFactor(2, 4);
    split->setSizes({200, 640, 480});

    auto shortcut = [this](const QKeySequence &keys, auto fn) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, fn);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), [this] { m_search->setFocus(); m_search->selectAll(); });
    shortcut(QKeySequence(Qt::Key_Insert), [this] { newEntry(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_S), [this] { saveEntry(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_H), [this] { showHistory(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_M), [this] { mergeSelected(); });

    retranslateUi();
    newEntry();
}

void ProblemBasePage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search phenomenon, cause, solution, product, tags (Chinese or English) – Ctrl+F"));
    m_list->setHorizontalHeaderLabels({tr("Phenomenon"), tr("Product"), tr("Module"), tr("Class"), tr("Used")});
    m_more->setText(tr("More"));
    m_phenomenonLabel->setText(tr("Phenomenon:"));
    m_causeLabel->setText(tr("Cause:"));
    m_solutionLabel->setText(tr("Solution:"));
    m_productLabel->setText(tr("Product:"));
    m_versionLabel->setText(tr("Version:"));
    m_moduleLabel->setText(tr("Module:"));
    m_classLabel->setText(tr("Problem class:"));
    m_tagsLabel->setText(tr("Tags:"));
    m_new->setText(tr("New (Ins)"));
    m_save->setText(tr("Save (Ctrl+S)"));
    m_history->setText(tr("History (Ctrl+H)"));
    m_merge->setText(tr("Merge duplicates (Ctrl+M)"));
    const QString cls = m_class->currentData().toString();
    m_class->clear();
    for (const QString &k : problemclass::all())
        m_class->addItem(problemclass::title(k), k);
    m_class->setCurrentIndex(qMax(0, m_class->findData(cls)));
    showEntry(m_entry);
    loadTree();
    loadPage(false);
}

void ProblemBasePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_search)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProblemBasePage::loadTree()
{
    auto facets = ProblemBaseRepository(m_db).facets();
    if (!facets)
        return;
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    int total = 0;
    for (const ProblemFacet &f : *facets)
        total += f.count;
    auto *all = new QTreeWidgetItem(m_tree, {tr("All entries (%1)").arg(total)});
    QHash<QString, QTreeWidgetItem *> products;
    QHash<QString, QTreeWidgetItem *> modules;
    QHash<QTreeWidgetItem *, int> counts;
    for (const ProblemFacet &f : *facets) {
        QTreeWidgetItem *&p = products[f.product];
        if (!p) {
            p = new QTreeWidgetItem(all);
            p->setData(0, ProductRole, f.product);
        }
        QTreeWidgetItem *&m = modules[f.product + u'\x1f' + f.module];
        if (!m) {
            m = new QTreeWidgetItem(p);
            m->setData(0, ProductRole, f.product);
            m->setData(0, ModuleRole, f.module);
        }
        auto *c = new QTreeWidgetItem(m, {u"%1 (%2)"_s.arg(problemclass::title(f.problemClass)).arg(f.count)});
        c->setData(0, ProductRole, f.product);
        c->setData(0, ModuleRole, f.module);
        c->setData(0, ClassRole, f.problemClass);
        counts[p] += f.count;
        counts[m] += f.count;
    }
    for (auto it = products.cbegin(); it != products.cend(); ++it)
        it.value()->setText(0, u"%1 (%2)"_s.arg(it.key().isEmpty() ? tr("(no product)") : it.key()).arg(counts[it.value()]));
    for (auto it = modules.cbegin(); it != modules.cend(); ++it)
        it.value()->setText(0, u"%1 (%2)"_s
                                   .arg(it.value()->data(0, ModuleRole).toString().isEmpty()
                                            ? tr("(no module)")
                                            : it.value()->data(0, ModuleRole).toString())
                                   .arg(counts[it.value()]));
    all->setExpanded(true);
    m_tree->sortItems(0, Qt::AscendingOrder);
}

void ProblemBasePage::loadPage(bool append)
{
    ProblemBaseRepository repo(m_db);
    ProblemQuery q = m_query;
    q.limit = kPage;
    q.offset = append ? int(m_ids.size()) : 0;
    auto list = repo.search(q);
    if (!list) {
        showError(this, list.error());
        return;
    }
    if (!append) {
        m_list->setRowCount(0);
        m_ids.clear();
    }
    for (const ProblemEntry &e : *list) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        m_list->setItem(row, 0, new QTableWidgetItem(e.phenomenon));
        m_list->setItem(row, 1, new QTableWidgetItem(QStringList{e.product, e.productVersion}.join(u' ').trimmed()));
        m_list->setItem(row, 2, new QTableWidgetItem(e.module));
        m_list->setItem(row, 3, new QTableWidgetItem(problemclass::title(e.problemClass)));
        auto *used = new QTableWidgetItem(QString::number(e.timesUsed));
        used->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_list->setItem(row, 4, used);
        m_ids << e.id;
    }
    auto total = repo.count(m_query);
    m_count->setText(total ? tr("%1 entries").arg(*total) : QString());
    m_more->setEnabled(total && m_ids.size() < *total);
}

int ProblemBasePage::rowCount() const { return m_list->rowCount(); }

void ProblemBasePage::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_search->flush();
}

void ProblemBasePage::reload()
{
    loadTree();
    loadPage(false);
}

void ProblemBasePage::selectEntry(qint64 id)
{
    const int row = int(m_ids.indexOf(id));
    if (row >= 0)
        m_list->setCurrentCell(row, 0);
    else if (auto e = ProblemBaseRepository(m_db).get(id))
        showEntry(*e);
}

void ProblemBasePage::showEntry(const ProblemEntry &e)
{
    m_entry = e;
    m_editorTitle->setText(e.id > 0 ? tr("Entry %1").arg(e.id) : tr("New entry"));
    m_phenomenon->setPlainText(e.phenomenon);
    m_cause->setPlainText(e.cause);
    m_solution->setPlainText(e.solution);
    m_product->setText(e.product);
    m_version->setText(e.productVersion);
    m_module->setText(e.module);
    m_class->setCurrentIndex(qMax(0, m_class->findData(e.problemClass)));
    m_tags->setText(e.tags);
    if (e.id > 0)
        m_meta->setText(tr("Used %1 times · by %2 · %3 · changed %4")
                            .arg(e.timesUsed)
                            .arg(e.authorName.isEmpty() ? u"–"_s : e.authorName,
                                 e.sourceType == u"hotline_call"_s ? tr("from a hotline call")
                                     : e.sourceType == u"onsite_dispatch"_s ? tr("from an on-site job")
                                                                          : tr("entered by hand"),
                                 formatStamp(e.updatedAt)));
    else
        m_meta->setText(tr("A new entry: fill in phenomenon, solution and class, then Ctrl+S."));
    m_history->setEnabled(e.id > 0);
}

void ProblemBasePage::newEntry()
{
    ProblemEntry e;
    e.problemClass = problemclass::all().first();
    showEntry(e);
    m_phenomenon->setFocus();
}

bool ProblemBasePage::saveEntry()
{
    ProblemEntry e = m_entry;
    e.phenomenon = m_phenomenon->toPlainText();
    e.cause = m_cause->toPlainText();
    e.solution = m_solution->toPlainText();
    e.product = m_product->text();
    e.productVersion = m_version->text();
    e.module = m_module->text();
    e.problemClass = m_class->currentData().toString();
    e.tags = m_tags->text();
    ProblemBaseRepository repo(m_db);
    qint64 id = e.id;
    if (id > 0) {
        auto saved = repo.save(m_session, e);
        if (!saved) {
            showError(this, saved.error());
            return false;
        }
    } else {
        auto created = repo.create(m_session, e);
        if (!created) {
            showError(this, created.error());
            return false;
        }
        id = *created;
    }
    reload();
    if (auto fresh = repo.get(id))
        showEntry(*fresh);
    selectEntry(id);
    return true;
}

bool ProblemBasePage::mergeSelected(bool confirm)
{
    if (m_entry.id <= 0)
        return false;
    QList<qint64> others;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        if (index.row() < m_ids.size() && m_ids.at(index.row()) != m_entry.id)
            others << m_ids.at(index.row());
    if (others.isEmpty()) {
        QMessageBox::information(this, tr("Merge duplicates"),
                                 tr("Select the duplicates together with the entry to keep (Ctrl+click or "
                                    "Shift+arrows); the current entry keeps its text and gets their uses."));
        return false;
    }
    if (confirm && QMessageBox::question(this, tr("Merge duplicates"),
                                         tr("Merge %n entries into entry %1? Their uses and call links move to it.",
                                            nullptr, int(others.size()))
                                             .arg(m_entry.id)) != QMessageBox::Yes)
        return false;
    ProblemBaseRepository repo(m_db);
    const qint64 survivor = m_entry.id;
    for (qint64 other : others) {
        auto merged = repo.merge(m_session, survivor, other);
        if (!merged) {
            showError(this, merged.error());
            break;
        }
    }
    reload();
    selectEntry(survivor);
    return true;
}

void ProblemBasePage::showHistory()
{
    if (m_entry.id <= 0)
        return;
    auto trail = audit::forRecord(m_db, u"problem_entries"_s, m_entry.id);
    if (!trail) {
        showError(this, trail.error());
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("History of entry %1").arg(m_entry.id));
    auto *layout = new QVBoxLayout(dialog);
    auto *table = new QTableWidget(int(trail->size()), 6, dialog);
    table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Field"), tr("Before"), tr("After")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int i = 0; i < trail->size(); ++i) {
        const AuditEntry &a = trail->at(i);
        const QStringList cells = {formatStamp(a.at), a.actorLogin,
                                   a.action, a.field, a.oldValue, a.newValue};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(820, 420);
    dialog->open();
}

} // namespace sd::ui
