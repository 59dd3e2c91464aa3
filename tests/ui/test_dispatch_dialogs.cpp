// What a manager reads on the dispatch board and in its dialogs, at 1280 px, in English and
// Chinese: whole job numbers and deadlines on every card; the best-matching engineer chosen
// with the response target in view; refused saves that keep the dialog and what was typed;
// return visits with whom to call, no assumed scores, the customer's history and the number
// of the complaint a low score opened.
#include "core/dispatch/dispatchservice.h"
#include "core/records/customerrepository.h"
#include "core/returnvisits/returnvisitservice.h"
#include "core/sla/slarepository.h"
#include "tests/support/testdb.h"
#include "ui/dispatch/actiondialog.h"
#include "ui/dispatch/dispatchboardpage.h"
#include "ui/dispatch/jobcolumnmodel.h"
#include "ui/dispatch/newrequestdialog.h"
#include "ui/dispatch/signaturepad.h"
#include "ui/dispatch/visitdialog.h"
#include "ui/shell/language.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;
using namespace sd::ui;

namespace {

qint64 at(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}

/// Where the screenshots go when SD_SHOTS_DIR is set (the manager's view, for review).
void saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SD_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(dir + u"/"_s + name);
}

struct Desk {
    TestDatabase t = TestDatabase::create(Backend::SQLite);
    Session manager;
    Session hotline;
    Session engineer;
    Session other;
    qint64 customer = 0;
    qint64 longCustomer = 0;

    Desk()
    {
        REQUIRE(SlaRepository::seedDefaults(t.db()));
        manager = t.sessionWith({Role::ServiceManager}, u"李娜"_s);
        hotline = t.sessionWith({Role::HotlineOperator}, u"张敏"_s);
        engineer = t.sessionWith({Role::ServiceEngineer}, u"孙浩"_s);
        other = t.sessionWith({Role::ServiceEngineer}, u"Alexander Montgomery"_s);
        REQUIRE(t.db().exec(u"UPDATE staff SET skills = ?, region = ? WHERE id = ?"_s,
                            {u"U8+ 财务,U8+ 供应链"_s, u"北京市朝阳区"_s, engineer.staffId}));
        REQUIRE(t.db().exec(u"UPDATE staff SET skills = ?, region = ? WHERE id = ?"_s,
                            {u"畅捷通T3"_s, u"天津"_s, other.staffId}));
        customer = addCustomer(u"北京华信商贸有限公司"_s);
        longCustomer = addCustomer(u"内蒙古鄂尔多斯市东胜区华远能源化工集团股份有限公司"_s);
    }

    qint64 addCustomer(const QString &name)
    {
        Customer c;
        c.name = name;
        c.address = u"北京市朝阳区建国路 88 号"_s;
        c.serviceCode = u"SC88%1"_s.arg(int(name.size()), 4, 10, QChar(u'0'));
        Contact p;
        p.name = u"王丽"_s;
        p.phones = {{0, u"010-6588 1234"_s, u"office"_s}};
        c.contacts = {p};
        Contract k;
        k.type = u"SPS"_s;
        k.startsOn = QDate(2026, 1, 1);
        k.endsOn = QDate(2026, 12, 31);
        c.contracts = {k};
        auto id = CustomerRepository(t.db()).create(t.admin(), c);
        REQUIRE(id);
        return *id;
    }

    DispatchService service() const { return DispatchService(t.db(), BusinessCalendar()); }

    DispatchJob request(qint64 who, int level = 2)
    {
        OnsiteRequest r;
        r.customerId = who;
        r.contactName = u"王丽"_s;
        r.contactPhone = u"010-6588 1234"_s;
        r.faultLevel = level;
        r.product = u"用友U8+"_s;
        r.module = u"总账"_s;
        r.problem = u"月末结账提示有未记账凭证，无法结账"_s;
        auto job = service().request(hotline, r);
        REQUIRE(job);
        return *job;
    }

    DispatchJob step(DispatchJob job, const Session &who, const QString &action, const QVariantMap &fields = {})
    {
        auto next = service().act(who, job.id, job.version, action, fields);
        INFO(action.toStdString() << ": " << (next ? std::string() : next.error().message.toStdString()));
        REQUIRE(next);
        return *next;
    }

    /// A job driven along the usual path to `state`, by `eng`.
    DispatchJob jobIn(const QString &state, qint64 who, const Session &eng)
    {
        DispatchJob j = request(who);
        if (state == dispatch::Requested)
            return j;
        j = step(j, manager, dispatch::Verify, {{u"coverage"_s, u"contract"_s}});
        if (state == dispatch::Verified)
            return j;
        j = step(j, manager, dispatch::Dispatch, {{u"engineer_id"_s, eng.staffId}});
        if (state == dispatch::Dispatched)
            return j;
        j = step(j, eng, dispatch::Confirm);
        j = step(j, eng, dispatch::Book, {{u"appointment_at"_s, Database::nowMs() + 3600000}});
        if (state == dispatch::Booked)
            return j;
        j = step(j, eng, dispatch::CheckIn);
        if (state == dispatch::OnSite)
            return j;
        if (state == dispatch::FormReturned || state == dispatch::Archived) {
            j = step(j, eng, dispatch::ReturnForm,
                     {{u"work_done"_s, u"重建凭证索引"_s}, {u"minutes_on_site"_s, 60}, {u"customer_signer"_s, u"王丽"_s},
                      {u"satisfaction"_s, 4}});
            if (state == dispatch::FormReturned)
                return j;
            return step(j, manager, dispatch::VerifyForm);
        }
        j = step(j, eng, dispatch::WriteOff, {{u"write_off_reason"_s, u"需总部出补丁"_s}});
        if (state == dispatch::WrittenOff)
            return j;
        if (state == dispatch::FollowedUp)
            return step(j, manager, dispatch::FollowUp, {{u"engineer_id"_s, eng.staffId}});
        j = step(j, manager, dispatch::HandToHq, {{u"hq_reference"_s, u"HQ-2026-11873"_s}});
        return j;
    }
};

template <typename T>
T *visibleDialog(QWidget *parent)
{
    QApplication::processEvents();
    T *found = nullptr;
    for (T *d : parent->findChildren<T *>())
        if (d->isVisible())
            found = d;
    return found;
}

void clickOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(box);
    box->button(QDialogButtonBox::Ok)->click();
    QApplication::processEvents();
}

/// Every card of every column: the number and the deadline fit their rectangles whole, and the
/// engineer's name is not cut.
void checkCards(DispatchBoardPage &board, const QString &language)
{
    CAPTURE(language.toStdString());
    int cards = 0;
    int deadlines = 0;
    for (int c = 0; c < board.columns().size(); ++c) {
        QListView *view = board.columns().at(c);
        JobColumnModel *model = board.columnModel(c);
        auto *delegate = qobject_cast<JobCardDelegate *>(view->itemDelegate());
        REQUIRE(delegate);
        for (int i = 0; i < model->rowCount(); ++i) {
            const BoardRow *row = model->row(i);
            QStyleOptionViewItem option;
            option.initFrom(view->viewport());
            option.font = view->font();
            option.fontMetrics = QFontMetrics(view->font());
            option.rect = view->visualRect(model->index(i));
            REQUIRE(option.rect.width() > 0);
            const JobCardLayout l = delegate->layout(option, *row);
            CAPTURE(c, row->jobNo.toStdString(), l.deadline.toStdString(), option.rect.width());
            CHECK(l.number.startsWith(row->jobNo));
            CHECK(QFontMetrics(l.numberFont).horizontalAdvance(l.number) <= l.numberRect.width());
            CHECK(l.card.contains(l.numberRect));
            if (!l.deadline.isEmpty()) {
                CHECK(QFontMetrics(l.deadlineFont).horizontalAdvance(l.deadline) <= l.deadlineRect.width());
                CHECK(l.card.contains(l.deadlineRect));
                ++deadlines;
            }
            if (!row->engineerName.isEmpty() && row->hqReference.isEmpty()) {
                CHECK(l.engineer == row->engineerName);
                CHECK(QFontMetrics(l.textFont).horizontalAdvance(l.engineer) <= l.engineerRect.width());
            }
            // No two parts of the card overlap.
            CHECK_FALSE(l.numberRect.intersects(l.deadlineRect));
            CHECK_FALSE(l.customerRect.intersects(l.chipRect));
            ++cards;
        }
    }
    CHECK(cards >= 8);
    CHECK(deadlines >= 5);
}

} // namespace

TEST_CASE("dispatch cards show the whole job number, deadline and engineer at 1280 px in English and Chinese",
          "[ui][dispatch]")
{
    Desk d;
    const qint64 start = at(2026, 11, 23, 9, 0);
    {
        sd::core::ScopedClock pin(start);
        for (const QString &state : {QString(dispatch::Requested), QString(dispatch::Verified), QString(dispatch::Dispatched),
                                     QString(dispatch::Booked), QString(dispatch::OnSite), QString(dispatch::FormReturned),
                                     QString(dispatch::WrittenOff), QString(dispatch::HqPending), QString(dispatch::Archived),
                                     QString(dispatch::FollowedUp)})
            d.jobIn(state, d.longCustomer, d.other);
        // Enough in one column for its scroll bar to show.
        for (int i = 0; i < 7; ++i)
            d.jobIn(dispatch::Dispatched, i % 2 ? d.customer : d.longCustomer, i % 2 ? d.engineer : d.other);
    }
    // A day and more later: the dispatched jobs are overdue by hours ("overdue 1 d 2 h").
    sd::core::ScopedClock later(start + qint64(27 * 60 + 28) * 60000);
    LanguageManager language;
    REQUIRE(language.setLanguage(u"en"_s, false));
    DispatchBoardPage board(d.t.db(), d.manager);
    board.resize(1280, 800);
    board.show();
    REQUIRE(QTest::qWaitForWindowExposed(&board));
    board.refresh();
    QApplication::processEvents();
    checkCards(board, u"en"_s);
    saveShot(&board, u"dispatch-board-en.png"_s);

    REQUIRE(language.setLanguage(u"zh_CN"_s, false));
    board.refresh();
    QApplication::processEvents();
    checkCards(board, u"zh_CN"_s);
    saveShot(&board, u"dispatch-board-zh.png"_s);
    REQUIRE(language.setLanguage(u"en"_s, false));
}

TEST_CASE("the dispatch dialog chooses the best-matching engineer and shows the response target", "[ui][dispatch]")
{
    Desk d;
    sd::core::ScopedClock pin(at(2026, 11, 24, 10, 0));
    // Alexander (no U8+ skill, far away) has no jobs; 孙浩 knows U8+ ledgers, is near, has one.
    d.jobIn(dispatch::Dispatched, d.customer, d.engineer);
    const DispatchJob job = d.jobIn(dispatch::Verified, d.customer, d.engineer);
    const DispatchService service = d.service();
    auto target = service.responseTarget(job);
    REQUIRE(target);
    ActionDialog dialog(service, job, dispatch::Dispatch);
    CHECK(dialog.fields().value(u"engineer_id"_s).toLongLong() == d.engineer.staffId);
    auto *list = qobject_cast<QListWidget *>(dialog.fieldWidget(u"engineer_id"_s));
    REQUIRE(list);
    const QString best = list->currentItem()->text();
    CHECK(best.contains(u"孙浩"_s));
    CHECK(best.contains(u"U8+ 财务"_s));      // skills
    CHECK(best.contains(u"北京市朝阳区"_s));   // region
    CHECK(best.contains(u"1"_s));              // open jobs
    const QString due = QDateTime::fromMSecsSinceEpoch(target->dueAt).toString(u"yyyy-MM-dd HH:mm"_s);
    CHECK(dialog.responseTargetText().contains(due));
}

TEST_CASE("refused dispatch steps keep the dialog open with what was typed and name the field", "[ui][dispatch]")
{
    Desk d;
    sd::core::ScopedClock pin(at(2026, 11, 24, 10, 0));
    const DispatchJob requested = d.jobIn(dispatch::Requested, d.customer, d.engineer);
    const DispatchJob onSite = d.jobIn(dispatch::OnSite, d.customer, d.engineer);
    DispatchBoardPage board(d.t.db(), d.manager);
    board.resize(1280, 800);
    board.show();
    REQUIRE(QTest::qWaitForWindowExposed(&board));

    SECTION("a rejection without a reason")
    {
        REQUIRE(board.selectJob(requested.id));
        REQUIRE(board.takeAction(dispatch::Reject));
        auto *dialog = visibleDialog<ActionDialog>(&board);
        REQUIRE(dialog);
        clickOk(dialog);
        CHECK(dialog->isVisible());
        CHECK(dialog->errorText().contains(dispatch::fieldTitle(u"close_reason"_s)));
        CHECK(d.t.db().scalar(u"SELECT state FROM dispatch_jobs WHERE id = ?"_s, {requested.id})->toString() == dispatch::Requested);
        // Typed now, saved on the second try.
        auto *reason = qobject_cast<QPlainTextEdit *>(dialog->fieldWidget(u"close_reason"_s));
        REQUIRE(reason);
        CHECK(dialog->focusWidget() == reason);
        reason->setPlainText(u"重复申请"_s);
        clickOk(dialog);
        QApplication::processEvents();
        CHECK(d.t.db().scalar(u"SELECT state FROM dispatch_jobs WHERE id = ?"_s, {requested.id})->toString() == dispatch::Rejected);
    }
    SECTION("a dispatch with no engineer chosen")
    {
        const DispatchJob verified = d.jobIn(dispatch::Verified, d.customer, d.engineer);
        board.refresh();
        REQUIRE(board.selectJob(verified.id));
        REQUIRE(board.takeAction(dispatch::Dispatch));
        auto *dialog = visibleDialog<ActionDialog>(&board);
        REQUIRE(dialog);
        auto *list = qobject_cast<QListWidget *>(dialog->fieldWidget(u"engineer_id"_s));
        REQUIRE(list);
        list->setCurrentItem(nullptr);
        auto *note = qobject_cast<QLineEdit *>(dialog->fieldWidget(u"dispatch_note"_s));
        REQUIRE(note);
        note->setText(u"带上加密狗"_s);
        clickOk(dialog);
        CHECK(dialog->isVisible());
        CHECK(dialog->errorText().contains(dispatch::fieldTitle(u"engineer_id"_s)));
        CHECK(note->text() == u"带上加密狗"_s);
    }
    SECTION("the engineer's form without the customer's satisfaction, and the signature kept")
    {
        DispatchBoardPage mine(d.t.db(), d.engineer);
        mine.resize(1280, 800);
        mine.show();
        REQUIRE(QTest::qWaitForWindowExposed(&mine));
        REQUIRE(mine.selectJob(onSite.id));
        REQUIRE(mine.takeAction(dispatch::ReturnForm));
        auto *dialog = visibleDialog<ActionDialog>(&mine);
        REQUIRE(dialog);
        auto *work = qobject_cast<QPlainTextEdit *>(dialog->fieldWidget(u"work_done"_s));
        REQUIRE(work);
        work->setPlainText(u"重建凭证索引，重新结账成功"_s);
        auto *pad = dialog->findChild<SignaturePad *>();
        REQUIRE(pad);
        QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(20, 20));
        for (const QPointF point : {QPointF(120, 60), QPointF(200, 40)}) {
            QMouseEvent move(QEvent::MouseMove, point, pad->mapToGlobal(point), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(pad, &move);
        }
        QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(200, 40));
        REQUIRE_FALSE(pad->isEmpty());
        auto *satisfaction = qobject_cast<QComboBox *>(dialog->fieldWidget(u"satisfaction"_s));
        REQUIRE(satisfaction);
        CHECK_FALSE(satisfaction->currentData().isValid()); // nothing assumed
        clickOk(dialog);
        CHECK(dialog->isVisible());
        CHECK(dialog->errorText().contains(dispatch::fieldTitle(u"satisfaction"_s)));
        CHECK(work->toPlainText() == u"重建凭证索引，重新结账成功"_s);
        CHECK_FALSE(pad->isEmpty());
        CHECK(d.t.db().scalar(u"SELECT state FROM dispatch_jobs WHERE id = ?"_s, {onSite.id})->toString() == dispatch::OnSite);
        satisfaction->setCurrentIndex(satisfaction->findData(4));
        clickOk(dialog);
        QApplication::processEvents();
        CHECK(d.t.db().scalar(u"SELECT state FROM dispatch_jobs WHERE id = ?"_s, {onSite.id})->toString() == dispatch::FormReturned);
        CHECK_FALSE(d.t.db().scalar(u"SELECT signature FROM dispatch_jobs WHERE id = ?"_s, {onSite.id})->toByteArray().isEmpty());
    }
    SECTION("a new request without the problem")
    {
        board.findChild<QPushButton *>(u"newOnsiteRequest"_s)->click();
        auto *dialog = visibleDialog<NewRequestDialog>(&board);
        REQUIRE(dialog);
        dialog->setCustomer(d.customer);
        auto *module = dialog->findChild<QLineEdit *>(u"module"_s);
        REQUIRE(module);
        module->setText(u"总账"_s);
        const int before = d.t.db().scalar(u"SELECT COUNT(*) FROM dispatch_jobs"_s)->toInt();
        clickOk(dialog);
        CHECK(dialog->isVisible());
        CHECK(dialog->errorText().contains(u"Problem"_s));
        CHECK(module->text() == u"总账"_s);
        CHECK(dialog->request().customerId == d.customer);
        CHECK(dialog->focusWidget() == dialog->findChild<QPlainTextEdit *>(u"problem"_s));
        CHECK(d.t.db().scalar(u"SELECT COUNT(*) FROM dispatch_jobs"_s)->toInt() == before);
        dialog->findChild<QPlainTextEdit *>(u"problem"_s)->setPlainText(u"加密狗无法识别"_s);
        clickOk(dialog);
        QApplication::processEvents();
        CHECK(d.t.db().scalar(u"SELECT COUNT(*) FROM dispatch_jobs"_s)->toInt() == before + 1);
    }
}

TEST_CASE("a return visit starts with no scores, shows whom to call and the history, and names the complaint it opens",
          "[ui][dispatch][returnvisit]")
{
    const QString languageCode = GENERATE(u"en"_s, u"zh_CN"_s);
    LanguageManager language;
    REQUIRE(language.setLanguage(languageCode, false));
    Desk d;
    const qint64 start = at(2026, 11, 23, 9, 0);
    sd::core::ScopedClock pin(start);
    const DispatchJob earlier = d.jobIn(dispatch::Archived, d.customer, d.engineer);
    const DispatchJob job = d.jobIn(dispatch::Archived, d.customer, d.engineer);
    ReturnVisitService visits(d.t.db(), BusinessCalendar());
    {
        auto all = visits.forCustomer(d.customer);
        REQUIRE(all);
        REQUIRE(all->size() == 2);
        // The earlier job's visit was made last week: a good score.
        for (const ReturnVisit &v : *all)
            if (v.sourceId == earlier.id)
                REQUIRE(visits.act(d.hotline, v.id, v.version, returnvisit::Record,
                                   {{u"channel"_s, u"phone"_s}, {u"attitude"_s, 5}, {u"quality"_s, 4}, {u"resolution"_s, 4},
                                    {u"score"_s, 4}, {u"comment"_s, u"响应及时"_s}}));
    }
    pin.set(start + 3 * 24 * 3600000LL);
    // The hotline desk makes the calls (and registers complaints).
    DispatchBoardPage board(d.t.db(), d.hotline);
    board.resize(1280, 800);
    board.show();
    REQUIRE(QTest::qWaitForWindowExposed(&board));
    QTableWidget *table = board.visitsTable();
    REQUIRE(table->rowCount() == 1);
    table->setCurrentCell(0, 0);
    board.recordVisit();
    auto *dialog = visibleDialog<VisitDialog>(&board);
    REQUIRE(dialog);

    // Whom to call, about which job.
    const QString header = dialog->headerText();
    CHECK(header.contains(u"010-6588 1234"_s));
    CHECK(header.contains(u"王丽"_s));
    CHECK(header.contains(job.jobNo));
    CHECK(header.contains(u"月末结账"_s));
    CHECK(header.contains(u"孙浩"_s));
    // The earlier visit, with what the customer said.
    REQUIRE(dialog->history()->count() == 1);
    CHECK(dialog->history()->item(0)->text().contains(u"响应及时"_s));
    // No score assumed.
    for (const QString &key : {u"attitude"_s, u"quality"_s, u"resolution"_s, u"score"_s}) {
        auto *combo = dialog->findChild<QComboBox *>(key);
        REQUIRE(combo);
        CHECK_FALSE(combo->currentData().isValid());
    }
    saveShot(dialog, languageCode == u"en"_s ? u"return-visit-en.png"_s : u"return-visit-zh.png"_s);

    // An unasked Enter records nothing: the dialog stays, the comment kept, the field named.
    auto *comment = dialog->findChild<QLineEdit *>(u"comment"_s);
    REQUIRE(comment);
    comment->setText(u"工程师迟到，问题反复出现"_s);
    QTest::keyClick(comment, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().contains(returnvisit::fieldTitle(u"attitude"_s)));
    CHECK(comment->text() == u"工程师迟到，问题反复出现"_s);
    CHECK(visits.due(QDate(2026, 12, 31))->size() == 1);

    for (const QString &key : {u"attitude"_s, u"quality"_s, u"resolution"_s, u"score"_s}) {
        auto *combo = dialog->findChild<QComboBox *>(key);
        combo->setCurrentIndex(combo->findData(2));
    }
    clickOk(dialog);
    QApplication::processEvents();
    // The low score offers a complaint; accepted, its number is shown.
    auto *offer = board.findChild<QMessageBox *>(u"offerComplaint"_s);
    REQUIRE(offer);
    offer->button(QMessageBox::Yes)->click();
    QApplication::processEvents();
    const QString number = d.t.db().scalar(u"SELECT complaint_no FROM complaints ORDER BY id DESC LIMIT 1"_s)->toString();
    REQUIRE_FALSE(number.isEmpty());
    CHECK(board.lastComplaintNo() == number);
    auto *opened = board.findChild<QMessageBox *>(u"complaintOpened"_s);
    REQUIRE(opened);
    CHECK(opened->text().contains(number));
    opened->close();
    REQUIRE(language.setLanguage(u"en"_s, false));
}
