// The hotline desk driven with the keyboard alone: a call from the caller lookup to "solved,
// added to the problem base", with a matching problem-base entry applied on the way.
#include "core/hotline/hotlineworkflow.h"
#include "core/problembase/problembaserepository.h"
#include "core/problembase/problemclass.h"
#include "tests/core/test_hotline_fixture.h"
#include "ui/common/format.h"
#include "ui/hotline/dutyrosterpage.h"
#include "ui/hotline/hotlineactiondialog.h"
#include "ui/hotline/hotlinedeskpage.h"
#include "ui/hotline/hotlinerecorddialog.h"
#include "ui/problembase/problembasepage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::HotlineFixture;

namespace {

QWidget *focused()
{
    QWidget *w = QApplication::focusWidget();
    REQUIRE(w);
    return w;
}

/// Types like an operator: ASCII as key presses, Chinese as the input method commits it.
void type(const QString &text)
{
    for (QChar ch : text) {
        QWidget *w = focused();
        if (ch.unicode() < 0x80) {
            QTest::keyClick(w, char(ch.unicode()));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(ch));
            QCoreApplication::sendEvent(w, &commit);
        }
    }
}

void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) { QTest::keyClick(focused(), k, m); }

} // namespace

TEST_CASE("a call goes from caller lookup to solved and into the problem base by keyboard alone", "[ui][hotline]")
{
    HotlineFixture f(Backend::SQLite);
    ProblemEntry known;
    known.phenomenon = u"月末结账时提示存在未记账凭证"_s;
    known.solution = u"在总账中记账全部凭证后再结账"_s;
    known.product = u"U8+"_s;
    known.module = u"总账"_s;
    known.problemClass = problemclass::Operation;
    auto knownId = ProblemBaseRepository(f.t.db()).create(f.op, known);
    REQUIRE(knownId);

    sd::ui::HotlineDeskPage page(f.t.db(), f.op);
    page.resize(1400, 850);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.startNewCall();
    REQUIRE(focused()->objectName() == u"deskCallerLookup"_s);

    // Lookup by part of the phone number; Enter takes the one match.
    type(u"65432100"_s);
    key(Qt::Key_Return);
    REQUIRE(focused()->objectName() == u"callerMatches"_s);
    key(Qt::Key_Return);
    CHECK(page.currentCustomerId() == f.customer);
    REQUIRE(focused()->objectName() == u"deskProblemClass"_s);

    // Classify: "O" picks the operation problem; Tab on to product, module, description.
    key(Qt::Key_O);
    CHECK(qobject_cast<QComboBox *>(focused())->currentData().toString() == problemclass::Operation);
    key(Qt::Key_Tab);   // fault level stays 3
    key(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == u"deskProduct"_s);
    type(u"U8+"_s);
    key(Qt::Key_Tab);
    type(u"总账"_s);
    key(Qt::Key_Tab);   // billing: under contract
    key(Qt::Key_Tab);   // complex: no
    key(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == u"deskDescription"_s);
    type(u"月末结账提示有凭证未记账"_s);
    QTest::qWait(500);   // the debounced problem-base search
    REQUIRE(page.suggestionCount() >= 1);

    // Tab to the matching entries, Enter applies the first; Ctrl+S logs the call.
    key(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == u"suggestions"_s);
    key(Qt::Key_Down);
    key(Qt::Key_Return);
    key(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(page.currentCallId() > 0);
    auto svc = f.service();
    auto call = svc.get(page.currentCallId());
    REQUIRE(call);
    CHECK(call->state == hotline::Open);
    CHECK(call->problemClass == problemclass::Operation);
    CHECK(call->module == u"总账"_s);
    CHECK(call->description == u"月末结账提示有凭证未记账"_s);
    CHECK(call->billing == u"contract"_s);
    CHECK(ProblemBaseRepository(f.t.db()).get(*knownId)->timesUsed == 1);
    CHECK(page.openCallCount() == 1);

    // F2: solved. Type the solution, tick "add to the problem base" (never pre-ticked) with Tab
    // and Space, confirm with Ctrl+Enter.
    key(Qt::Key_F2);
    auto *dialog = page.findChild<sd::ui::HotlineActionDialog *>();
    REQUIRE(dialog);
    QApplication::setActiveWindow(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    REQUIRE(focused()->objectName() == u"solution"_s);
    type(u"先审核并记账本月凭证，再执行月末结账"_s);
    key(Qt::Key_Tab);
    type(u"本月有未记账凭证"_s);
    key(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == u"add_to_problem_base"_s);
    CHECK_FALSE(qobject_cast<QCheckBox *>(focused())->isChecked());
    key(Qt::Key_Space);
    CHECK(qobject_cast<QCheckBox *>(focused())->isChecked());
    key(Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(50);

    auto solved = svc.get(page.currentCallId());
    REQUIRE(solved);
    CHECK(solved->state == hotline::Solved);
    CHECK(solved->solution == u"先审核并记账本月凭证，再执行月末结账"_s);
    REQUIRE(solved->problemEntryId > 0);
    auto entry = ProblemBaseRepository(f.t.db()).get(solved->problemEntryId);
    REQUIRE(entry);
    CHECK(entry->phenomenon == u"月末结账提示有凭证未记账"_s);
    CHECK(entry->cause == u"本月有未记账凭证"_s);
    CHECK(entry->sourceType == u"hotline_call"_s);
    CHECK(entry->sourceId == solved->id);
    CHECK(entry->module == u"总账"_s);
    CHECK(page.openCallCount() == 0);   // solved is no longer the desk's open work

    // The customer's record of hotline service shows the call and saves PDF and CSV.
    sd::ui::HotlineRecordDialog record(f.t.db(), f.customer);
    CHECK(record.refresh() == 1);
    QTemporaryDir dir;
    REQUIRE(record.savePdf(dir.filePath(u"r.pdf"_s)));
    REQUIRE(record.saveCsv(dir.filePath(u"r.csv"_s)));
    QFile csv(dir.filePath(u"r.csv"_s));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(csv.readAll()).contains(u"先审核并记账本月凭证"_s));
    CHECK(QFileInfo(dir.filePath(u"r.pdf"_s)).size() > 2000);
}

TEST_CASE("the duty roster grid and the problem base page show the data", "[ui][hotline]")
{
    HotlineFixture f(Backend::SQLite);
    DutyRoster roster(f.t.db());
    const QDate today = sd::ui::centerToday();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    REQUIRE(roster.add(f.manager, {0, 0, f.op.staffId, {}, monday, QTime(8, 30), QTime(17, 30), false, {}}));
    REQUIRE(roster.add(f.manager, {0, 0, f.op.staffId, {}, monday.addDays(2), QTime(17, 30), QTime(8, 30), true, {}}));
    sd::ui::DutyRosterPage rosterPage(f.t.db(), f.op);
    int withShifts = 0;
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 7; ++c)
            withShifts += rosterPage.shiftsAt(r, c).isEmpty() ? 0 : 1;
    CHECK(withShifts == 2);
    rosterPage.showWeek(monday.addDays(7));
    CHECK(rosterPage.monday() == monday.addDays(7));

    ProblemBaseRepository repo(f.t.db());
    for (const QString &p : {u"加密狗检测不到"_s, u"凭证断号"_s, u"报表取数为零"_s}) {
        ProblemEntry e;
        e.phenomenon = p;
        e.solution = u"见处理步骤"_s;
        e.problemClass = problemclass::Environment;
        REQUIRE(repo.create(f.op, e));
    }
    sd::ui::ProblemBasePage pb(f.t.db(), f.manager);
    CHECK(pb.rowCount() == 3);
    pb.setSearchText(u"凭"_s);
    CHECK(pb.rowCount() == 1);
    pb.setSearchText(u"加密狗"_s);
    CHECK(pb.rowCount() == 1);
    pb.setSearchText({});
    CHECK(pb.rowCount() == 3);
}
