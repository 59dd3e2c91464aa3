// The dispatch board driven with the keyboard alone: a request verified, dispatched, confirmed,
// booked, checked in, its form returned and archived — manager and engineer at their desks.
#include "core/dispatch/dispatchservice.h"
#include "core/records/customerrepository.h"
#include "core/returnvisits/returnvisitservice.h"
#include "core/sla/slarepository.h"
#include "tests/support/testdb.h"
#include "ui/dispatch/actiondialog.h"
#include "ui/dispatch/dispatchboardpage.h"
#include "ui/dispatch/jobcolumnmodel.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QListView>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;
using sd::ui::ActionDialog;
using sd::ui::DispatchBoardPage;
using sd::ui::JobColumnModel;

namespace {

qint64 addCustomer(TestDatabase &t)
{
    Customer c;
    c.name = u"北京华信商贸有限公司"_s;
    c.address = u"北京市朝阳区建国路 88 号"_s;
    c.serviceCode = u"SC880001"_s;
    Contact p;
    p.name = u"王丽"_s;
    p.phones = {{0, u"010-6588 1234"_s, u"office"_s}};
    c.contacts = {p};
    auto id = CustomerRepository(t.db()).create(t.admin(), c);
    REQUIRE(id);
    return *id;
}

/// The action dialog the board opened (window-modal, shown with open()).
ActionDialog *openDialog(DispatchBoardPage &page)
{
    QApplication::processEvents();
    ActionDialog *found = nullptr;
    for (ActionDialog *d : page.findChildren<ActionDialog *>())
        if (d->isVisible())
            found = d;
    return found;
}

/// Enter on the focused card takes its next step; the dialog is accepted with Ctrl+Enter.
void enterAndAccept(DispatchBoardPage &page, QListView *column, const std::function<void(ActionDialog *)> &fill = {})
{
    QTest::keyClick(column, Qt::Key_Return);
    ActionDialog *dialog = openDialog(page);
    REQUIRE(dialog);
    QApplication::setActiveWindow(dialog);
    QApplication::processEvents();
    if (fill)
        fill(dialog);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : static_cast<QWidget *>(dialog),
                    Qt::Key_Return, Qt::ControlModifier);
    QApplication::processEvents();
    // The offscreen platform does not hand activation back to the board by itself.
    QApplication::setActiveWindow(&page);
    QApplication::processEvents();
}

QString stateOf(const TestDatabase &t, qint64 id)
{
    return t.db().scalar(u"SELECT state FROM dispatch_jobs WHERE id = ?"_s, {id})->toString();
}

} // namespace

TEST_CASE("Dispatch board: a job from request to archive with the keyboard alone", "[ui][dispatch]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(SlaRepository::seedDefaults(t.db()));
    const qint64 customer = addCustomer(t);
    Session manager = t.sessionWith({Role::ServiceManager}, u"李娜"_s);
    Session engineer = t.sessionWith({Role::ServiceEngineer}, u"孙浩"_s);
    Session hotline = t.sessionWith({Role::HotlineOperator}, u"张敏"_s);
    OnsiteRequest r;
    r.customerId = customer;
    r.faultLevel = 2;
    r.contactName = u"王丽"_s;
    r.contactPhone = u"010-6588 1234"_s;
    r.product = u"用友U8+"_s;
    r.problem = u"月末结账提示有未记账凭证"_s;
    auto job = DispatchService(t.db(), BusinessCalendar()).request(hotline, r);
    REQUIRE(job);

    DispatchBoardPage board(t.db(), manager);
    board.resize(1500, 850);
    board.show();
    REQUIRE(QTest::qWaitForWindowExposed(&board));
    QApplication::setActiveWindow(&board);
    QListView *requested = board.columns().at(0);
    requested->setFocus();
    QTest::keyClick(requested, Qt::Key_Home);
    CHECK(board.currentJobId() == job->id);
    CHECK(board.detailsText().contains(u"月末结账"_s));

    // Verify: coverage chosen with the arrow key (billable), accepted.
    enterAndAccept(board, requested, [](ActionDialog *d) {
        QWidget *coverage = d->fieldWidget(u"coverage"_s);
        REQUIRE(coverage);
        QTest::keyClick(coverage, Qt::Key_Down);
    });
    CHECK(stateOf(t, job->id) == dispatch::Verified);
    CHECK(t.db().scalar(u"SELECT coverage FROM dispatch_jobs WHERE id = ?"_s, {job->id})->toString() == u"billable"_s);

    // The card keeps the focus in its new column; Left and Right step between columns with jobs.
    QListView *verified = board.columns().at(1);
    CHECK(verified->hasFocus());
    QTest::keyClick(verified, Qt::Key_Left);
    CHECK(verified->hasFocus()); // nothing left of it any more
    // Ctrl+D dispatches to the engineer chosen in the list.
    QTest::keyClick(verified, Qt::Key_D, Qt::ControlModifier);
    ActionDialog *dispatchDialog = openDialog(board);
    REQUIRE(dispatchDialog);
    QApplication::setActiveWindow(dispatchDialog);
    QApplication::processEvents();
    // The list holds the administrator (every role) and 孙浩, fewest jobs first: pick 孙浩.
    QWidget *engineers = dispatchDialog->fieldWidget(u"engineer_id"_s);
    REQUIRE(engineers);
    CHECK(engineers->hasFocus());
    for (int i = 0; i < 5 && !dispatchDialog->fields().value(u"engineer_id"_s).toLongLong(); ++i)
        QTest::keyClick(engineers, Qt::Key_Down);
    while (dispatchDialog->fields().value(u"engineer_id"_s).toLongLong() != engineer.staffId) {
        const qint64 before = dispatchDialog->fields().value(u"engineer_id"_s).toLongLong();
        QTest::keyClick(engineers, Qt::Key_Down);
        if (dispatchDialog->fields().value(u"engineer_id"_s).toLongLong() == before)
            QTest::keyClick(engineers, Qt::Key_Home);
    }
    QTest::keyClick(engineers, Qt::Key_Return, Qt::ControlModifier);
    QApplication::processEvents();
    CHECK(stateOf(t, job->id) == dispatch::Dispatched);


    // The engineer's desk: their own jobs; confirm, book, check in, return the form.
    {
        DispatchBoardPage mine(t.db(), engineer);
        mine.resize(1500, 850);
        mine.show();
        REQUIRE(QTest::qWaitForWindowExposed(&mine));
        QApplication::setActiveWindow(&mine);
        QListView *dispatched = mine.columns().at(2);
        dispatched->setFocus();
        QTest::keyClick(dispatched, Qt::Key_Home);
        REQUIRE(mine.currentJobId() == job->id);
        enterAndAccept(mine, dispatched); // confirm
        CHECK(stateOf(t, job->id) == dispatch::Confirmed);
        CHECK(dispatched->hasFocus());
        enterAndAccept(mine, dispatched); // book (the proposed time)
        CHECK(stateOf(t, job->id) == dispatch::Booked);
        QListView *booked = mine.columns().at(3);
        CHECK(booked->hasFocus());
        enterAndAccept(mine, booked); // check in
        CHECK(stateOf(t, job->id) == dispatch::OnSite);
        QListView *onSite = mine.columns().at(4);
        CHECK(onSite->hasFocus());
        enterAndAccept(mine, onSite, [](ActionDialog *d) {
            QWidget *work = d->fieldWidget(u"work_done"_s);
            REQUIRE(work);
            CHECK(work->hasFocus());
            QTest::keyClicks(work, u"Rebuilt voucher index"_s);
            // The customer's satisfaction starts unanswered; the engineer asks and picks it.
            auto *satisfaction = qobject_cast<QComboBox *>(d->fieldWidget(u"satisfaction"_s));
            REQUIRE(satisfaction);
            CHECK_FALSE(satisfaction->currentData().isValid());
            satisfaction->setCurrentIndex(satisfaction->findData(5));
            // Tab on to the customer's name (prefilled with the contact) and back.
            for (int i = 0; i < 5; ++i)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            CHECK(QApplication::focusWidget() == d->fieldWidget(u"customer_signer"_s));
            CHECK(d->fields().value(u"customer_signer"_s).toString() == u"王丽"_s);
        });
        CHECK(stateOf(t, job->id) == dispatch::FormReturned);
        CHECK(t.db().scalar(u"SELECT work_done FROM dispatch_jobs WHERE id = ?"_s, {job->id})->toString()
              == u"Rebuilt voucher index"_s);
    }

    // Back at the manager's board: verify the form and archive.
    board.refresh();
    QApplication::setActiveWindow(&board);
    QListView *returned = board.columns().at(5);
    returned->setFocus();
    QTest::keyClick(returned, Qt::Key_Home);
    enterAndAccept(board, returned);
    CHECK(stateOf(t, job->id) == dispatch::Archived);
    // The solved problem went into the problem base (offered and checked by default).
    CHECK(t.db().scalar(u"SELECT COUNT(*) FROM problem_entries WHERE source_type = 'onsite_dispatch' AND source_id = ? "
                        "AND solution LIKE 'Rebuilt voucher index%'"_s,
                        {job->id})
              ->toInt()
          == 1);
    auto visits = ReturnVisitService(t.db(), BusinessCalendar()).forCustomer(customer);
    REQUIRE(visits);
    CHECK(visits->size() == 1);
    CHECK(board.columnModel(7)->indexOf(job->id) >= 0);

    // The form of the archived job as a PDF, in both languages.
    QTemporaryDir dir;
    CHECK(board.saveFormPdf(dir.filePath(u"zh.pdf"_s), true));
    CHECK(board.saveFormPdf(dir.filePath(u"en.pdf"_s), false));
    QFile pdf(dir.filePath(u"zh.pdf"_s));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    CHECK(pdf.size() > 10000);
}
