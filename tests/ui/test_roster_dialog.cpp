// The duty roster's shift dialog: a refused shift (it overlaps one already there) is said in
// the dialog, which stays open with what was typed; corrected, the same dialog saves.
#include "core/hotline/dutyroster.h"
#include "tests/core/test_hotline_fixture.h"
#include "ui/common/format.h"
#include "ui/hotline/dutyrosterpage.h"

#include <catch2/catch.hpp>

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::HotlineFixture;

TEST_CASE("a refused shift keeps the roster dialog open with the note, and the corrected one saves", "[ui][hotline][roster]")
{
    HotlineFixture f(Backend::SQLite);
    sd::ui::DutyRosterPage page(f.t.db(), f.manager);
    page.resize(1280, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *grid = page.findChild<QTableWidget *>(u"rosterGrid"_s);
    REQUIRE(grid);
    REQUIRE(grid->rowCount() > 0);

    // The person in the first row already works 08:30–17:30 on this week's Monday.
    auto people = DutyRoster(f.t.db()).operators();
    REQUIRE(people);
    REQUIRE_FALSE(people->isEmpty());
    const qint64 staffId = people->first().first;
    const QDate today = sd::ui::centerToday();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    REQUIRE(DutyRoster(f.t.db()).add(f.manager, {0, 0, staffId, {}, monday, QTime(8, 30), QTime(17, 30), false, {}}));
    auto count = [&] { return DutyRoster(f.t.db()).between(monday, monday, staffId)->size(); };
    REQUIRE(count() == 1);

    bool refusedKeptOpen = false;
    bool noteKept = false;
    QString errorText;
    QTimer::singleShot(0, &page, [&] {
        auto *dialog = page.findChild<QDialog *>(u"shiftDialog"_s);
        REQUIRE(dialog);
        auto *note = dialog->findChild<QLineEdit *>(u"shiftNote"_s);
        REQUIRE(note);
        note->setText(u"替王芳顶班"_s);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ok->click();   // the same hours again: overlaps
        refusedKeptOpen = dialog->isVisible();
        noteKept = note->text() == u"替王芳顶班"_s;
        errorText = dialog->findChild<QLabel *>(u"shiftError"_s)->text();
        // Corrected: the evening after the day shift.
        dialog->findChild<QTimeEdit *>(u"shiftStarts"_s)->setTime(QTime(18, 0));
        dialog->findChild<QTimeEdit *>(u"shiftEnds"_s)->setTime(QTime(21, 0));
        ok->click();
    });
    grid->setFocus();
    grid->setCurrentCell(0, 0);
    QTest::keyClick(grid, Qt::Key_Return);   // opens the dialog (modal) for row 0, Monday

    CHECK(refusedKeptOpen);
    CHECK(noteKept);
    CAPTURE(errorText.toStdString());
    CHECK(errorText.contains(u"overlaps"_s));
    CHECK(count() == 2);
    auto shifts = DutyRoster(f.t.db()).between(monday, monday, staffId);
    REQUIRE(shifts);
    bool evening = false;
    for (const DutyShift &s : *shifts)
        evening |= s.starts == QTime(18, 0) && s.note == u"替王芳顶班"_s;
    CHECK(evening);
}
