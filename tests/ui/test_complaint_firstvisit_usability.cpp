// What hotline operators tripped on in the complaint and first-visit screens (1280x800, en):
// unlabelled fields, Enter saving instead of searching, clashing shortcuts and mnemonics, refused
// saves that closed a dialog or lost the text, values cut in the middle, hidden columns, counts
// that disagreed.
#include "core/auth/staffrepository.h"
#include "core/complaints/complaintservice.h"
#include "core/demo/demodata.h"
#include "core/firstvisit/digestservice.h"
#include "core/firstvisit/firstvisitservice.h"
#include "tests/support/testdb.h"
#include "ui/complaints/complaintdialogs.h"
#include "ui/complaints/complaintspage.h"
#include "ui/firstvisit/firstvisitdigestswidget.h"
#include "ui/firstvisit/firstvisitpage.h"
#include "ui/firstvisit/firstvisitworkwidget.h"
#include "ui/firstvisit/submissiondialog.h"
#include "ui/records/customerdialog.h"
#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;
using namespace sd::ui;

namespace {

const qint64 kNow = QDateTime(QDate(2026, 11, 24), QTime(10, 0), BusinessCalendar::defaultTimeZone()).toMSecsSinceEpoch();

Session login(const Database &db, const QString &name)
{
    auto s = AuthService(db).login(name, demoPassword());
    REQUIRE(s);
    return *s;
}

/// A key that can fire on a screen, with where it lives (for the failure message).
struct Key {
    QKeySequence keys;
    QWidget *scope = nullptr;   ///< nullptr: the whole window
    QString what;
};

bool shown(const QWidget *w, const QWidget *window)
{
    return w && w->isVisibleTo(window) && w->isEnabled();
}

/// Every shortcut that may fire in `window` as it is shown now: the window's actions, QShortcut
/// objects, button shortcuts and mnemonics, labels' mnemonics (with a buddy), group boxes and tabs.
QList<Key> activeKeys(QWidget *window)
{
    QList<Key> out;
    for (QAction *a : window->findChildren<QAction *>()) {
        auto *owner = qobject_cast<QWidget *>(a->parent());
        if (owner && owner != window && !qobject_cast<QMenu *>(owner) && !shown(owner, window))
            continue;
        if (a->isEnabled() && !a->shortcut().isEmpty() && a->shortcutContext() != Qt::WidgetShortcut)
            for (const QKeySequence &k : a->shortcuts())
                out.append({k, nullptr, u"action “%1”"_s.arg(a->text())});
    }
    for (QMenuBar *bar : window->findChildren<QMenuBar *>())
        for (QAction *a : bar->actions())
            if (!QKeySequence::mnemonic(a->text()).isEmpty())
                out.append({QKeySequence::mnemonic(a->text()), nullptr, u"menu “%1”"_s.arg(a->text())});
    for (QShortcut *s : window->findChildren<QShortcut *>()) {
        auto *parent = qobject_cast<QWidget *>(s->parent());
        if (!s->isEnabled() || !shown(parent, window) || s->key().isEmpty())
            continue;
        out.append({s->key(), s->context() == Qt::WidgetWithChildrenShortcut ? parent : nullptr,
                    u"shortcut in %1"_s.arg(parent->objectName().isEmpty() ? QString::fromLatin1(parent->metaObject()->className())
                                                                           : parent->objectName())});
    }
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        if (shown(b, window) && !b->shortcut().isEmpty() && !qobject_cast<QTabBar *>(b->parentWidget()))
            out.append({b->shortcut(), nullptr, u"button “%1”"_s.arg(b->text())});
    for (QLabel *l : window->findChildren<QLabel *>())
        if (shown(l, window) && l->buddy() && !QKeySequence::mnemonic(l->text()).isEmpty())
            out.append({QKeySequence::mnemonic(l->text()), nullptr, u"label “%1”"_s.arg(l->text())});
    for (QGroupBox *g : window->findChildren<QGroupBox *>())
        if (shown(g, window) && !QKeySequence::mnemonic(g->title()).isEmpty())
            out.append({QKeySequence::mnemonic(g->title()), nullptr, u"group “%1”"_s.arg(g->title())});
    for (QTabBar *bar : window->findChildren<QTabBar *>())
        if (shown(bar, window))
            for (int i = 0; i < bar->count(); ++i)
                if (!QKeySequence::mnemonic(bar->tabText(i)).isEmpty())
                    out.append({QKeySequence::mnemonic(bar->tabText(i)), nullptr, u"tab “%1”"_s.arg(bar->tabText(i))});
    return out;
}

/// Pairs of equal keys that can both fire at once (a widget-with-children shortcut only competes
/// with window-wide keys and with shortcuts of its own ancestors or descendants).
QStringList clashes(QWidget *window)
{
    const QList<Key> keys = activeKeys(window);
    QStringList out;
    for (int i = 0; i < keys.size(); ++i)
        for (int j = i + 1; j < keys.size(); ++j) {
            const Key &a = keys.at(i);
            const Key &b = keys.at(j);
            if (a.keys != b.keys)
                continue;
            const bool overlap = !a.scope || !b.scope || a.scope == b.scope || a.scope->isAncestorOf(b.scope) ||
                                 b.scope->isAncestorOf(a.scope);
            if (overlap)
                out << u"%1: %2 / %3"_s.arg(a.keys.toString(), a.what, b.what);
        }
    return out;
}

/// The text of the error box a widget opened (window-modal QMessageBox), closed after reading.
QString takeErrorText(QWidget *parent)
{
    QApplication::processEvents();
    auto boxes = parent->findChildren<QMessageBox *>(u"errorMessage"_s);
    if (boxes.isEmpty())
        return {};
    const QString text = boxes.last()->text() + u" "_s + boxes.last()->informativeText();
    for (QMessageBox *b : boxes)
        b->close();
    QApplication::processEvents();
    return text;
}

qint64 at(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), BusinessCalendar::defaultTimeZone()).toMSecsSinceEpoch();
}

/// A first visit submitted by sales with a long address, in the admin's queue.
qint64 submitLong(TestDatabase &t)
{
    using namespace sd::core::firstvisit;
    Submission s;
    s.customer.name = u"北京恒信机械制造有限公司"_s;
    s.customer.address = u"北京市朝阳区建国路88号现代城SOHO二期B座十七层1703室（东门进，电梯到十七层右转，前台登记后找财务部王经理）"_s;
    Contact c;
    c.name = u"王经理"_s;
    c.phones = {{0, u"010-6588 1234"_s, {}}};
    s.customer.contacts = {c};
    s.saleDate = QDate(2026, 11, 16);
    auto id = FirstVisitService(t.db(), BusinessCalendar()).submit(t.sessionWith({Role::Sales}), s);
    REQUIRE(id);
    return *id;
}

} // namespace

// ------------------------------------------------------------------------------------------
// Complaint acceptance dialog

TEST_CASE("Every field of the complaint acceptance dialog has a label, required ones marked", "[complaints][ui][usability]")
{
    ScopedClock clock(kNow);
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(generateDemo(t.db(), {200, 11}));
    ComplaintAcceptDialog dialog(t.db(), login(t.db(), u"hotline1"_s));
    auto *form = dialog.findChild<QFormLayout *>();
    REQUIRE(form);
    REQUIRE(form->rowCount() == 11);
    for (int row = 0; row < form->rowCount(); ++row) {
        CAPTURE(row);
        QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
        REQUIRE(item);
        auto *label = qobject_cast<QLabel *>(item->widget());
        REQUIRE(label);
        CHECK_FALSE(label->text().remove(u'&').remove(u':').trimmed().isEmpty());
        CHECK(label->buddy() != nullptr);
    }
    for (const char *name : {"customer", "complainant", "description"})
        CHECK(dialog.labelFor(dialog.findChild<QWidget *>(QString::fromLatin1(name)))->text().contains(u'*'));
    CHECK_FALSE(dialog.labelFor(dialog.findChild<QWidget *>(u"customerSearch"_s))->text().contains(u'*'));
}

TEST_CASE("Enter in the acceptance dialog's customer search searches and saves nothing", "[complaints][ui][usability]")
{
    ScopedClock clock(kNow);
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(generateDemo(t.db(), {200, 11}));
    const int before = t.db().scalar(u"SELECT COUNT(*) FROM complaints"_s)->toInt();
    ComplaintRegisterWidget reg(t.db(), login(t.db(), u"hotline1"_s));
    auto *dialog = qobject_cast<ComplaintAcceptDialog *>(reg.newComplaint());
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    // Everything but the customer typed first: an Enter that pressed Save would save it.
    auto *customer = dialog->findChild<QComboBox *>(u"customer"_s);
    dialog->setCustomer(5, u"preset"_s);
    dialog->findChild<QLineEdit *>(u"complainant"_s)->setText(u"王会计"_s);
    dialog->findChild<QPlainTextEdit *>(u"description"_s)->setPlainText(u"月结时系统报错"_s);
    auto *search = dialog->findChild<QLineEdit *>(u"customerSearch"_s);
    const QString name = t.db().scalar(u"SELECT name FROM customers WHERE id = 7"_s)->toString();
    search->setFocus();
    search->setText(name);
    QTest::keyClick(search, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(dialog->isVisible());
    CHECK(dialog->acceptedId() == 0);
    CHECK(t.db().scalar(u"SELECT COUNT(*) FROM complaints"_s)->toInt() == before);
    CHECK(customer->findData(7LL) >= 0);   // the search ran
    CHECK(customer->findText(u"preset"_s) < 0);
    dialog->reject();
}

TEST_CASE("A refused complaint acceptance keeps the dialog and the text, and names the field", "[complaints][ui][usability]")
{
    ScopedClock clock(kNow);
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(generateDemo(t.db(), {200, 11}));
    ComplaintRegisterWidget reg(t.db(), login(t.db(), u"hotline1"_s));
    auto *dialog = qobject_cast<ComplaintAcceptDialog *>(reg.newComplaint());
    REQUIRE(dialog);
    dialog->setCustomer(5, u"x"_s);
    dialog->findChild<QPlainTextEdit *>(u"description"_s)->setPlainText(u"月结时系统报错"_s);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    buttons->button(QDialogButtonBox::Save)->click();
    const QString error = takeErrorText(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->findChild<QPlainTextEdit *>(u"description"_s)->toPlainText() == u"月结时系统报错"_s);
    CHECK(error.contains(u"Complainant"_s));
    CHECK(dialog->focusWidget() == dialog->findChild<QLineEdit *>(u"complainant"_s));

    // No customer: refused in core, named, still open.
    ComplaintAcceptDialog empty(t.db(), login(t.db(), u"hotline1"_s));
    empty.show();
    empty.findChild<QLineEdit *>(u"complainant"_s)->setText(u"王会计"_s);
    CHECK_FALSE(empty.save());
    CHECK(takeErrorText(&empty).contains(u"Customer"_s));
    CHECK(empty.isVisible());
    CHECK(empty.findChild<QLineEdit *>(u"complainant"_s)->text() == u"王会计"_s);
    dialog->reject();
}

TEST_CASE("A refused complaint step keeps its dialog open with the text and names the field", "[complaints][ui][usability]")
{
    ScopedClock clock(kNow);
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(generateDemo(t.db(), {200, 11}));
    const Session quality = login(t.db(), u"quality"_s);
    const qint64 id = t.db().scalar(u"SELECT MIN(id) FROM complaints WHERE state = 'accepted'"_s)->toLongLong();
    REQUIRE(id > 0);
    const int version = t.db().scalar(u"SELECT version FROM complaints WHERE id = ?"_s, {id})->toInt();
    ComplaintActionDialog dialog(t.db(), quality, id, version, QString(complaints::action::ConfirmValid));
    dialog.show();
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    buttons->button(QDialogButtonBox::Ok)->click();   // "detail" left empty
    const QString error = takeErrorText(&dialog);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() == 0);
    CHECK(error.contains(complaints::fieldTitle(u"detail"_s)));
    CHECK(t.db().scalar(u"SELECT state FROM complaints WHERE id = ?"_s, {id})->toString() == u"accepted"_s);

    // Accountability: a label never breaks a word in the complaint detail.
    ComplaintsPage page(t.db(), quality);
    auto *detail = page.findChild<QTextBrowser *>(u"complaintDetail"_s);
    REQUIRE(detail);
    CHECK(detail->wordWrapMode() == QTextOption::WordWrap);
}

TEST_CASE("The complaint acceptance dialog's mnemonics are unique and Alt+S saves", "[complaints][ui][usability]")
{
    ScopedClock clock(kNow);
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(generateDemo(t.db(), {200, 11}));
    ComplaintAcceptDialog dialog(t.db(), login(t.db(), u"hotline1"_s));
    dialog.show();
    CHECK(clashes(&dialog) == QStringList());
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    CHECK(save->shortcut() == QKeySequence(Qt::ALT | Qt::Key_S));
}

TEST_CASE("At 1280x800 the complaint register shows the customer and what happened", "[complaints][ui][usability]")
{
    ScopedClock clock(kNow);
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(generateDemo(t.db(), {200, 11}));
    MainWindow window(t.db(), login(t.db(), u"quality"_s), nullptr);
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.showPage(u"complaints"_s));
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(20);
    auto *table = window.findChild<QTableView *>(u"complaintTable"_s);
    REQUIRE(table);
    REQUIRE(table->model()->rowCount() > 0);
    const int viewport = table->viewport()->width();
    for (int column : {int(ComplaintListModel::Customer), int(ComplaintListModel::Description)}) {
        CAPTURE(column, viewport);
        CHECK_FALSE(table->isColumnHidden(column));
        CHECK(table->columnWidth(column) >= 80);
        CHECK(table->columnViewportPosition(column) >= 0);
        CHECK(table->columnViewportPosition(column) + table->columnWidth(column) <= viewport);
    }
    // What happened in full in the tooltip, elided at the right in the cell.
    const QModelIndex first = table->model()->index(0, ComplaintListModel::Description);
    CHECK_FALSE(first.data(Qt::ToolTipRole).toString().isEmpty());
    CHECK(table->textElideMode() == Qt::ElideRight);
}

// ------------------------------------------------------------------------------------------
// First visit

TEST_CASE("The first-visit call attempt shortcut works with the main window around it", "[firstvisit][ui][usability]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    ScopedClock clock(at(2026, 11, 18, 9, 30));
    const qint64 id = submitLong(t);
    MainWindow window(t.db(), t.admin(), nullptr);
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.showPage(u"firstvisit"_s));
    auto *page = qobject_cast<FirstVisitPage *>(window.page(u"firstvisit"_s));
    REQUIRE(page);
    REQUIRE(page->openFirstVisit(id));
    auto *work = page->workWidget();
    REQUIRE(work->isVisible());
    QApplication::processEvents();

    // No two keys that can fire on this screen are the same (Ctrl+L was the lookup's and the log's).
    CHECK(clashes(&window) == QStringList());
    // The shortcut is on the button for everyone to see, and it logs the attempt.
    auto *log = work->findChild<QPushButton *>(u"logAttempt"_s);
    CHECK(log->text().contains(FirstVisitWorkWidget::logAttemptShortcut().toString(QKeySequence::NativeText)));
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    REQUIRE(work->isAncestorOf(focus));
    QTest::keySequence(focus, FirstVisitWorkWidget::logAttemptShortcut());
    QApplication::processEvents();
    CHECK(work->record().attempts.size() == 1);
    CHECK(work->record().state == u"verifying"_s);

    // The first-visit lists and the complaint register clash nowhere either.
    work->findChild<QPushButton *>(u"backToQueue"_s)->click();
    for (const QString &pageId : {u"firstvisit"_s, u"complaints"_s}) {
        if (!window.showPage(pageId))
            continue;
        QApplication::processEvents();
        CAPTURE(pageId);
        CHECK(clashes(&window) == QStringList());
    }
}

TEST_CASE("At 1280x800 the first-visit values being verified show whole", "[firstvisit][ui][usability]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    ScopedClock clock(at(2026, 11, 18, 9, 30));
    const qint64 id = submitLong(t);
    MainWindow window(t.db(), t.admin(), nullptr);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.showPage(u"firstvisit"_s));
    auto *page = qobject_cast<FirstVisitPage *>(window.page(u"firstvisit"_s));
    REQUIRE(page->openFirstVisit(id));
    QTest::qWait(20);
    auto *fields = page->workWidget()->findChild<QTableWidget *>(u"firstVisitFields"_s);
    REQUIRE(fields);
    CHECK(fields->textElideMode() == Qt::ElideNone);
    CHECK(fields->wordWrap());
    const int addressRow = int(firstvisit::fieldKeys().indexOf(u"address"_s));
    for (int column : {1, 2}) {
        const QString text = fields->item(addressRow, column)->text();
        REQUIRE(text.size() > 40);
        const QFontMetrics fm(fields->font());
        const int width = fields->columnWidth(column) - 8;
        const int needed = fm.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text).height();
        CAPTURE(column, width, needed, fields->rowHeight(addressRow));
        CHECK(fields->rowHeight(addressRow) >= needed);
        CHECK(fields->columnViewportPosition(column) + fields->columnWidth(column) <= fields->viewport()->width());
    }
}

TEST_CASE("Refused first-visit entries keep what was typed and name the field", "[firstvisit][ui][usability]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    ScopedClock clock(at(2026, 11, 18, 9, 30));
    const qint64 id = submitLong(t);
    FirstVisitPage page(t.db(), t.admin());
    page.resize(1280, 800);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    REQUIRE(page.openFirstVisit(id));
    auto *work = page.workWidget();

    SECTION("call attempt: a next call in the past")
    {
        auto *note = work->findChild<QLineEdit *>(u"attemptNote"_s);
        auto *outcome = work->findChild<QComboBox *>(u"attemptOutcome"_s);
        outcome->setCurrentIndex(outcome->findData(u"no_answer"_s));
        auto *next = work->findChild<QDateTimeEdit *>(u"attemptNextAt"_s);
        REQUIRE(next->isEnabled());
        next->setDateTime(QDateTime(QDate(2026, 11, 1), QTime(10, 0)));
        note->setText(u"关机"_s);
        work->findChild<QPushButton *>(u"logAttempt"_s)->click();
        const QString error = takeErrorText(work);
        CHECK(work->record().attempts.isEmpty());
        CHECK(note->text() == u"关机"_s);
        CHECK(error.contains(u"Next call"_s));
    }
    SECTION("field correction: a sale date that is not a date")
    {
        work->findChild<QComboBox *>(u"attemptOutcome"_s)->setCurrentIndex(0);
        work->findChild<QPushButton *>(u"logAttempt"_s)->click();
        REQUIRE(work->record().state == u"verifying"_s);
        auto *fields = work->findChild<QTableWidget *>(u"firstVisitFields"_s);
        const int row = int(firstvisit::fieldKeys().indexOf(u"sale_date"_s));
        fields->item(row, 2)->setText(u"18/11/2026"_s);   // as the editor commits it
        QTest::qWait(20);
        const QString error = takeErrorText(work);
        QApplication::processEvents();
        CHECK(work->record().fields.at(row).status.isEmpty());
        CHECK(fields->item(row, 2)->text() == u"18/11/2026"_s);
        INFO(error.toStdString());
        CHECK(error.contains(firstvisit::fieldTitle(u"sale_date"_s), Qt::CaseInsensitive));
    }
    SECTION("withdraw: no reason")
    {
        bool checked = false;
        QTimer::singleShot(0, work, [&] {
            QDialog *d = work->withdrawDialog();
            if (!d)
                return;
            auto *box = d->findChild<QDialogButtonBox *>();
            box->button(QDialogButtonBox::Ok)->click();
            const QString error = takeErrorText(d);
            CHECK(d->isVisible());
            CHECK(error.contains(u"Reason"_s, Qt::CaseInsensitive));
            d->findChild<QLineEdit *>(u"withdrawReason"_s)->setText(u"客户取消"_s);
            checked = true;
            d->reject();
        });
        work->findChild<QPushButton *>(u"withdrawFirstVisit"_s)->click();
        CHECK(checked);
        CHECK(work->record().state == u"submitted"_s);
    }
}

TEST_CASE("A refused submission keeps the dialog and names the field — Alt+S submits", "[firstvisit][ui][usability]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    ScopedClock clock(at(2026, 11, 18, 9, 30));
    sd::ui::SubmissionDialog dialog(t.db(), t.sessionWith({Role::Sales}), BusinessCalendar());
    dialog.show();
    CHECK(clashes(&dialog) == QStringList());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK(ok->shortcut() == QKeySequence(Qt::ALT | Qt::Key_S));
    dialog.findChild<QLineEdit *>(u"submissionAddress"_s)->setText(u"北京市朝阳区建国路88号"_s);
    ok->click();
    const QString error = takeErrorText(&dialog);
    CHECK(dialog.isVisible());
    CHECK(dialog.firstVisitId() == 0);
    CHECK(error.contains(u"company"_s, Qt::CaseInsensitive));
    CHECK(dialog.findChild<QLineEdit *>(u"submissionAddress"_s)->text() == u"北京市朝阳区建国路88号"_s);
    CHECK(dialog.focusWidget() == dialog.findChild<QLineEdit *>(u"submissionCompany"_s));
}

TEST_CASE("The needs digest page and its toolbar give the same count, in plural forms", "[firstvisit][ui][usability]")
{
    ScopedClock clock(kNow);
    LanguageManager language;   // the English catalogue: plural forms come from it
    REQUIRE(language.setLanguage(u"en"_s, false));
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(generateDemo(t.db(), {200, 11}));
    const QString day = t.db().scalar(u"SELECT MAX(work_day) FROM first_visit_digests"_s)->toString();
    REQUIRE_FALSE(day.isEmpty());
    FirstVisitPage page(t.db(), t.admin());
    page.resize(1280, 800);
    page.show();
    page.showTab(FirstVisitPage::Tab::Digests);
    page.digestsWidget()->showDay(QDate::fromString(day, Qt::ISODate));
    QApplication::processEvents();
    const QString summary = page.digestsWidget()->findChild<QLabel *>(u"digestSummary"_s)->text();
    const QString view = page.digestsWidget()->findChild<QTextBrowser *>(u"digestView"_s)->toPlainText();
    auto digests = firstvisit::DigestService(t.db(), BusinessCalendar()).forDay(QDate::fromString(day, Qt::ISODate), 0, Database::nowMs());
    REQUIRE(digests);
    const QString words = firstvisit::digestDaySummary(*digests);
    CAPTURE(summary, words);
    CHECK(summary.startsWith(words));
    CHECK(view.contains(words));
    CHECK_FALSE(summary.contains(u"(s)"_s));
    CHECK_FALSE(QRegularExpression(u"\\b1 departments\\b"_s).match(summary + view).hasMatch());
    CHECK_FALSE(QRegularExpression(u"\\b1 needs\\b"_s).match(summary + view).hasMatch());
}

// ------------------------------------------------------------------------------------------
// New customer dialog

TEST_CASE("The new-customer dialog drops its error banner once the operator fixes the field — Alt+S saves", "[customers][ui][usability]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    CustomerDialog dialog(t.db(), t.admin(), 0);
    dialog.show();
    CHECK(clashes(&dialog) == QStringList());
    auto *save = dialog.findChild<QPushButton *>(u"saveButton"_s);
    CHECK(save->shortcut() == QKeySequence(Qt::ALT | Qt::Key_S));
    save->click();   // no company name
    takeErrorText(&dialog);
    auto *banner = dialog.findChild<QLabel *>(u"customerDialogStatus"_s);
    REQUIRE(banner->isVisibleTo(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(u"nameEdit"_s);
    name->setFocus();
    QTest::keyClicks(name, u"Hengxin Machinery"_s);
    CHECK_FALSE(banner->isVisibleTo(&dialog));
}

// ------------------------------------------------------------------------------------------
// Screenshots to look at (hidden: run with "[.shots]"; SD_SHOTS_DIR picks the folder).

TEST_CASE("Screenshots of the complaint dialog, the register and the first-visit work area", "[.shots]")
{
    const QString dir = qEnvironmentVariable("SD_SHOTS_DIR", u"/tmp/complaints-shots"_s);
    QDir().mkpath(dir);
    ScopedClock clock(kNow);
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(generateDemo(t.db(), {500, 11}));
    // A first visit in verification with a long address, as agents meet them.
    qint64 fv = 0;
    {
        ScopedClock at930(at(2026, 11, 24, 9, 30));
        fv = submitLong(t);
        REQUIRE(firstvisit::FirstVisitService(t.db(), BusinessCalendar()).logAttempt(t.admin(), fv, 1, u"reached"_s, QString(), std::nullopt));
    }
    for (const QString &lang : {u"en"_s, u"zh_CN"_s}) {
        LanguageManager language;
        REQUIRE(language.setLanguage(lang, false));
        const QString code = lang == u"en" ? u"en"_s : u"zh"_s;
        {
            MainWindow window(t.db(), login(t.db(), u"quality"_s), &language);
            window.resize(1280, 800);
            window.show();
            REQUIRE(window.showPage(u"complaints"_s));
            QTest::qWait(50);
            CHECK(window.grab().save(dir + u"/complaint-register-%1.png"_s.arg(code)));
        }
        {
            ComplaintAcceptDialog dialog(t.db(), login(t.db(), u"hotline1"_s));
            dialog.show();
            auto *search = dialog.findChild<QLineEdit *>(u"customerSearch"_s);
            search->setText(t.db().scalar(u"SELECT name FROM customers WHERE id = 5"_s)->toString());
            QTest::keyClick(search, Qt::Key_Return);
            QTest::qWait(50);
            CHECK(dialog.grab().save(dir + u"/complaint-dialog-%1.png"_s.arg(code)));
        }
        {
            MainWindow window(t.db(), t.admin(), &language);
            window.resize(1280, 800);
            window.show();
            REQUIRE(window.showPage(u"firstvisit"_s));
            auto *page = qobject_cast<FirstVisitPage *>(window.page(u"firstvisit"_s));
            REQUIRE(page->openFirstVisit(fv));
            QTest::qWait(50);
            CHECK(window.grab().save(dir + u"/firstvisit-work-%1.png"_s.arg(code)));
            page->workWidget()->findChild<QPushButton *>(u"backToQueue"_s)->click();
            page->showTab(FirstVisitPage::Tab::Digests);
            const QString day = t.db().scalar(u"SELECT MAX(work_day) FROM first_visit_digests"_s)->toString();
            page->digestsWidget()->showDay(QDate::fromString(day, Qt::ISODate));
            QTest::qWait(50);
            CHECK(window.grab().save(dir + u"/firstvisit-digest-%1.png"_s.arg(code)));
        }
        {
            const qint64 id = t.db().scalar(u"SELECT MIN(id) FROM complaints WHERE state = 'confirmed'"_s)->toLongLong();
            const int version = t.db().scalar(u"SELECT version FROM complaints WHERE id = ?"_s, {id})->toInt();
            ComplaintActionDialog dialog(t.db(), login(t.db(), u"quality"_s), id, version, QString(complaints::action::Investigate));
            dialog.show();
            QTest::qWait(50);
            CHECK(dialog.grab().save(dir + u"/complaint-step-%1.png"_s.arg(code)));
        }
    }
}
