// The first-visit page worked with the keyboard alone (QTest key clicks, no mouse): a submission
// from the queue through verification, checklist and needs to a handed-off need.
#include "core/firstvisit/digestservice.h"
#include "core/firstvisit/firstvisitservice.h"
#include "tests/support/testdb.h"
#include "ui/firstvisit/firstvisitdigestswidget.h"
#include "ui/firstvisit/firstvisitpage.h"
#include "ui/firstvisit/firstvisitqueuemodel.h"
#include "ui/firstvisit/firstvisitworkwidget.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sd::core;
using namespace sd::core::firstvisit;
using sd::test::Backend;
using sd::test::TestDatabase;
using sd::ui::FirstVisitPage;

namespace {

qint64 at(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), BusinessCalendar::defaultTimeZone()).toMSecsSinceEpoch();
}

struct ClockGuard {
    explicit ClockGuard(qint64 ms) : pin(ms) {}
    void set(qint64 ms) { pin.set(ms); }
    ScopedClock pin;
};

/// Types like an operator: ASCII as key presses, Chinese as the input method commits it.
void typeText(QWidget *w, const QString &text)
{
    for (QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClick(w, char(ch.unicode()));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(ch));
            QCoreApplication::sendEvent(w, &commit);
        }
    }
}

QWidget *focused()
{
    QWidget *w = QApplication::focusWidget();
    REQUIRE(w != nullptr);
    return w;
}

void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QTest::keyClick(focused(), k, mods);
    QApplication::processEvents();
}

} // namespace

TEST_CASE("A submission is worked from the queue to a handed-off need with the keyboard alone", "[firstvisit][ui]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    auto t = TestDatabase::create(backend);
    const Database &db = t.db();
    const Session &admin = t.admin(); // agent, department head and administrator in one
    auto dept = db.insertReturningId(
        u"INSERT INTO departments (name, name_en, head_id, version, created_at, updated_at) VALUES (?, ?, ?, 1, 0, 0)"_s,
        {u"实施部"_s, u"Implementation"_s, admin.staffId});
    REQUIRE(dept);
    ClockGuard clock(at(2026, 11, 18, 9, 30));
    Submission s;
    s.customer.name = u"北京恒信机械制造有限公司"_s;
    s.customer.address = u"北京市朝阳区建国路88号"_s;
    Contact c;
    c.name = u"王经理"_s;
    c.phones = {{0, u"010-6588 1234"_s, {}}};
    s.customer.contacts = {c};
    s.saleDate = QDate(2026, 11, 16);
    auto id = FirstVisitService(db, BusinessCalendar()).submit(t.sessionWith({Role::Sales}), s);
    REQUIRE(id);

    FirstVisitPage page(db, admin);
    page.resize(1280, 800);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));

    // The queue: Alt+Q, the new submission first; Enter opens it.
    key(Qt::Key_Q, Qt::AltModifier);
    REQUIRE(focused() == page.queueView());
    REQUIRE(page.queueView()->model()->rowCount() == 1);
    CHECK(page.queueView()->currentIndex().row() == 0);
    key(Qt::Key_Return);
    auto *work = page.workWidget();
    REQUIRE(work->isVisible());
    CHECK(work->currentId() == *id);

    // The call reached the customer: the outcome is "Reached" already; Ctrl+Shift+L logs it
    // (Ctrl+L is the main window's caller lookup).
    auto *outcome = work->findChild<QComboBox *>(u"attemptOutcome"_s);
    CHECK(outcome->currentData().toString() == u"reached"_s);
    key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(work->record().state == u"verifying"_s);
    REQUIRE(work->record().attempts.size() == 1);

    // Fields: Space verifies the current one and moves on; the address is corrected (F2, type, Enter).
    auto *fields = work->findChild<QTableWidget *>(u"firstVisitFields"_s);
    REQUIRE(focused() == fields);
    const int addressRow = int(fieldKeys().indexOf(u"address"_s));
    for (int i = 0; i < addressRow; ++i)
        key(Qt::Key_Space);
    REQUIRE(fields->currentRow() == addressRow);
    key(Qt::Key_F2);
    QWidget *editor = focused();
    REQUIRE(editor != fields);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    typeText(editor, u"北京市朝阳区建国路99号"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(50);
    QApplication::processEvents();
    REQUIRE(work->record().fields.at(addressRow).status == u"corrected"_s);
    CHECK(work->record().fields.at(addressRow).submitted == u"北京市朝阳区建国路88号"_s);
    REQUIRE(focused() == fields);
    CHECK(fields->currentRow() == addressRow + 1);
    for (int i = addressRow + 1; i < fieldKeys().size(); ++i)
        key(Qt::Key_Space);
    CHECK(work->record().allFieldsChecked());

    // The informing checklist: Alt+1 … Alt+4.
    for (Qt::Key k : {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4})
        key(k, Qt::AltModifier);
    CHECK(work->record().checklistComplete());

    // A need: Ctrl+D, type, Enter (routed to the implementation department by its kind).
    key(Qt::Key_D, Qt::ControlModifier);
    typeText(focused(), u"总账上线实施"_s);
    key(Qt::Key_Return);
    REQUIRE(work->record().needs.size() == 1);
    CHECK(work->record().needs.first().departmentId == *dept);
    CHECK(work->record().needs.first().type == u"implementation"_s);

    // Ctrl+Enter: finish the verification, then record the needs.
    key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(work->record().state == u"verified"_s);
    key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(work->record().state == u"needs_recorded"_s);
    CHECK(work->record().needs.first().workDay == QDate(2026, 11, 18));

    // Esc: back to the queue, which is empty now.
    key(Qt::Key_Escape);
    CHECK_FALSE(work->isVisible());
    CHECK(page.queueView()->model()->rowCount() == 0);

    // After closing time the digest is there: Alt+G, the day's digest selected, Ctrl+H hands it off.
    clock.set(at(2026, 11, 18, 17, 35));
    key(Qt::Key_F5);
    key(Qt::Key_G, Qt::AltModifier);
    auto *digests = page.digestsWidget();
    REQUIRE(digests->isVisible());
    REQUIRE(digests->current() != nullptr);
    CHECK(digests->current()->state == u"ready"_s);
    CHECK(digests->current()->needs.size() == 1);
    key(Qt::Key_H, Qt::ControlModifier);
    REQUIRE(digests->current() != nullptr);
    CHECK(digests->current()->state == u"handed_off"_s);

    auto fv = FirstVisitService(db, BusinessCalendar()).get(*id);
    REQUIRE(fv);
    CHECK(fv->state == u"handed_off"_s);
    REQUIRE(fv->needs.size() == 1);
    auto digest = sd::core::firstvisit::DigestService(db, BusinessCalendar()).get(fv->needs.first().digestId);
    REQUIRE(digest);
    CHECK(digest->state == u"handed_off"_s);
    CHECK(digest->handedOffByName == admin.displayName);
}
