// What operators tripped over on the hotline desk at 1280x800 (en and zh_CN): the open-calls
// list must show the customer and the due-soon lines whole; every outcome dialog keeps what
// was typed when core refuses it and names the field; the intake starts with no class and no
// billing; bad input is refused with the field named; the caller card reads whole in the
// narrow side panel; the duty roster's copy button is not clipped.
#include "ui/common/format.h"
#include "core/hotline/hotlineworkflow.h"
#include "core/problembase/problembaserepository.h"
#include "core/problembase/problemclass.h"
#include "core/records/fieldrules.h"
#include "tests/core/test_hotline_fixture.h"
#include "ui/hotline/dutyrosterpage.h"
#include "ui/hotline/hotlineactiondialog.h"
#include "ui/hotline/hotlinedeskpage.h"
#include "ui/shell/language.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::HotlineFixture;
using sd::test::PinnedClock;
using sd::test::shanghai;

namespace {

template <typename T>
T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    REQUIRE(w);
    return w;
}

/// The desk as the main window hosts it: a 180 px navigation column beside the page.
struct DeskAt {
    QWidget frame;
    sd::ui::HotlineDeskPage *page = nullptr;
    DeskAt(const HotlineFixture &f, const Session &who, int width, int height)
    {
        auto *layout = new QHBoxLayout(&frame);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *nav = new QWidget(&frame);
        nav->setFixedWidth(180);
        layout->addWidget(nav);
        page = new sd::ui::HotlineDeskPage(f.t.db(), who, &frame);
        layout->addWidget(page, 1);
        frame.resize(width, height);
        frame.show();
        REQUIRE(QTest::qWaitForWindowExposed(&frame));
        QTest::qWait(20);
    }
};

/// The desk's hotline calls for the layout checks: two customers' calls and a call-back due.
void seedCalls(const HotlineFixture &f)
{
    auto svc = f.service();
    auto a = svc.create(f.op, f.newCall(problemclass::Operation));
    REQUIRE(a);
    NewCall other = f.newCall(problemclass::DataProblem, u"出库单审核后库存数量没有变化，月末无法结账"_s);
    other.customerId = f.expiredCustomer;
    other.billing = u"paid"_s;
    REQUIRE(svc.create(f.op, other));
    auto held = svc.create(f.op, f.newCall(problemclass::Consultation, u"咨询年结前需要做哪些准备"_s));
    REQUIRE(held);
    REQUIRE(svc.act(f.op, held->id, held->version, hotline::Hold,
                    {{u"hold_reason"_s, u"查询年结步骤"_s}, {u"callback_due_at"_s, Database::nowMs() + 20 * 60000}}));
}

void checkQueueLayout(sd::ui::HotlineDeskPage *page)
{
    page->refresh();
    QTest::qWait(20);
    auto *calls = child<QTableWidget>(page, u"openCalls"_s);
    REQUIRE(calls->rowCount() == 3);
    int customer = -1;
    for (int c = 0; c < calls->columnCount(); ++c)
        if (calls->horizontalHeaderItem(c)->text() == sd::ui::HotlineDeskPage::tr("Customer"))
            customer = c;
    REQUIRE(customer >= 0);
    CHECK_FALSE(calls->isColumnHidden(customer));
    const QFontMetrics fm(calls->font());
    CHECK(calls->columnWidth(customer) >= fm.horizontalAdvance(u"北京华信达科技"_s));
    // Visible without scrolling sideways.
    CHECK(calls->columnViewportPosition(customer) >= 0);
    CHECK(calls->columnViewportPosition(customer) + calls->columnWidth(customer) <= calls->viewport()->width());
    for (int r = 0; r < calls->rowCount(); ++r)
        CHECK_FALSE(calls->item(r, customer)->text().isEmpty());

    auto *due = child<QListWidget>(page, u"dueSoon"_s);
    REQUIRE(due->count() >= 2);
    const QFontMetrics dfm(due->font());
    for (int i = 0; i < due->count(); ++i) {
        QListWidgetItem *item = due->item(i);
        const QRect rect = due->visualItemRect(item);
        CAPTURE(item->text().toStdString(), rect.width(), rect.height());
        CHECK(rect.right() <= due->viewport()->width());
        // The whole text fits the item's box when wrapped to its width: nothing is elided.
        const QRect needed = dfm.boundingRect(QRect(0, 0, rect.width() - 8, 100000), Qt::TextWordWrap, item->text());
        CHECK(needed.height() <= rect.height());
    }
}

} // namespace

TEST_CASE("at 1280x800 and 1600x1000 the open calls show the customer and the due-soon lines whole",
          "[ui][hotline][layout]")
{
    HotlineFixture f(Backend::SQLite);
    PinnedClock clock(shanghai("2026-11-24 10:00"));
    seedCalls(f);
    {
        DeskAt desk(f, f.op, 1280, 800);
        checkQueueLayout(desk.page);
    }
    {
        DeskAt desk(f, f.op, 1600, 1000);
        checkQueueLayout(desk.page);
    }
}

TEST_CASE("a new call starts with no problem class and no billing — the contract suggests the billing",
          "[ui][hotline][intake]")
{
    HotlineFixture f(Backend::SQLite);
    PinnedClock clock(shanghai("2026-11-24 10:00"));
    DeskAt desk(f, f.op, 1280, 800);
    auto *cls = child<QComboBox>(desk.page, u"deskProblemClass"_s);
    auto *billing = child<QComboBox>(desk.page, u"billing"_s);
    auto *hint = child<QLabel>(desk.page, u"billingHint"_s);
    desk.page->startNewCall();
    CHECK(cls->currentData().toString().isEmpty());
    CHECK(billing->currentData().toString().isEmpty());
    CHECK(cls->currentText() == u"— choose —"_s);
    CHECK(billing->currentText() == u"— choose —"_s);

    desk.page->startNewCall({}, f.customer);
    CHECK(cls->currentData().toString().isEmpty());
    CHECK(billing->currentData().toString() == u"contract"_s);
    CHECK(hint->text().contains(u"SPS"_s));
    desk.page->startNewCall({}, f.expiredCustomer);
    CHECK(billing->currentData().toString() == u"paid"_s);
    CHECK_FALSE(hint->text().isEmpty());
    desk.page->startNewCall();
    CHECK(billing->currentData().toString().isEmpty());
    CHECK(hint->text().isEmpty());

    // "Add to the problem base" is never pre-ticked.
    auto call = f.service().create(f.op, f.newCall(problemclass::Operation));
    REQUIRE(call);
    desk.page->openCall(call->id);
    QPointer<sd::ui::HotlineActionDialog> dialog = desk.page->startAction(hotline::Solve);
    REQUIRE(dialog);
    CHECK_FALSE(qobject_cast<QCheckBox *>(dialog->editor(u"add_to_problem_base"_s))->isChecked());
    dialog->reject();
}

TEST_CASE("the intake refuses a bad phone, a missing class and an over-long description, naming the field and "
          "keeping the input",
          "[ui][hotline][intake][validation]")
{
    HotlineFixture f(Backend::SQLite);
    PinnedClock clock(shanghai("2026-11-24 10:00"));
    DeskAt desk(f, f.op, 1280, 800);
    auto *cls = child<QComboBox>(desk.page, u"deskProblemClass"_s);
    auto *phone = child<QLineEdit>(desk.page, u"callerPhone"_s);
    auto *description = child<QPlainTextEdit>(desk.page, u"deskDescription"_s);
    auto *status = child<QLabel>(desk.page, u"deskStatus"_s);
    auto *log = child<QPushButton>(desk.page, u"logCall"_s);

    desk.page->startNewCall({}, f.customer);
    description->setPlainText(u"月末结账提示有凭证未记账"_s);
    QTest::mouseClick(log, Qt::LeftButton);
    CHECK(desk.page->currentCallId() == 0);
    CHECK(status->text().contains(u"Problem class"_s));
    CHECK(description->toPlainText() == u"月末结账提示有凭证未记账"_s);

    cls->setCurrentIndex(cls->findData(problemclass::Operation));
    phone->setText(u"138abc0000"_s);
    QTest::mouseClick(log, Qt::LeftButton);
    CHECK(desk.page->currentCallId() == 0);
    CHECK(status->text().contains(u"Phone"_s));
    CHECK(status->text().contains(u"138abc0000"_s));
    CHECK(phone->text() == u"138abc0000"_s);
    CHECK(cls->currentData().toString() == problemclass::Operation);

    phone->setText(u"010-6543 2100"_s);
    const QString tooLong = QString(5006, u'账') + u"😀"_s;
    description->setPlainText(tooLong);
    QTest::mouseClick(log, Qt::LeftButton);
    CHECK(desk.page->currentCallId() == 0);
    CHECK(status->text().contains(u"Description"_s));
    CHECK(description->toPlainText() == tooLong);
    CHECK(f.service().openCalls()->isEmpty());

    description->setPlainText(u"月末结账提示有凭证未记账"_s);
    QTest::mouseClick(log, Qt::LeftButton);
    REQUIRE(desk.page->currentCallId() > 0);
    // The caller card lists the call among the customer's recent records.
    auto call = f.service().get(desk.page->currentCallId());
    REQUIRE(call);
    auto *recent = child<QLabel>(desk.page, u"cardRecent"_s);
    CHECK(recent->isVisible());
    CHECK(recent->text().contains(call->callNo));
}

namespace {

struct DialogCase {
    QString action;
    QString problemClass;
    QString field;        ///< the editor given the bad value
    QString value;        ///< what is typed into it
    QString refusedField; ///< the field core names (the error names its label when it is in the dialog)
};

void setText(QWidget *editor, const QString &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(value);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        text->setPlainText(value);
    else
        FAIL("not a text editor");
}

QString textOf(QWidget *editor)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        return text->toPlainText();
    return {};
}

QString labelOf(sd::ui::HotlineActionDialog *dialog, QWidget *editor)
{
    auto *form = dialog->findChild<QFormLayout *>();
    REQUIRE(form);
    auto *label = qobject_cast<QLabel *>(form->labelForField(editor));
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("every hotline outcome dialog stays open with the input intact and the field named when core refuses it",
          "[ui][hotline][dialogs][validation]")
{
    using namespace hotline;
    const QString longShort(fieldrules::ShortTextMax + 1, u'问');
    const QString longText(fieldrules::LongTextMax + 1, u'解');
    const QList<DialogCase> cases = {
        {Hold, problemclass::Operation, u"hold_reason"_s, QString(), u"hold_reason"_s},
        {Hold, problemclass::Operation, u"hold_reason"_s, longShort, u"hold_reason"_s},
        {Solve, problemclass::Operation, u"solution"_s, longText, u"solution"_s},
        {Solve, problemclass::Operation, u"entry_phenomenon"_s, QString(5007, u'象'), u"entry_phenomenon"_s},
        {ToRemote, problemclass::Operation, u"remote_note"_s, longShort, u"remote_note"_s},
        {RequestOnsite, problemclass::Operation, u"onsite_reason"_s, u"需要上门 😀"_s, u"onsite_reason"_s},
        {SubmitHq, problemclass::SoftwareBug, u"hq_reference"_s, QString(fieldrules::CodeMax + 1, u'H'), u"hq_reference"_s},
        {OpenComplaint, problemclass::Operation, u"complaint_note"_s, QString(), u"complaint_note"_s},
        {SuggestRetraining, problemclass::Operation, u"retraining_note"_s, QString(), u"retraining_note"_s},
        {RouteRequirement, problemclass::NewRequirement, QString(), QString(), u"account_manager_id"_s},
        {CallBack, problemclass::Operation, u"note"_s, longShort, u"note"_s},
        {HqAnswer, problemclass::SoftwareBug, u"hq_answer"_s, longText, u"hq_answer"_s},
        {Confirm, problemclass::Operation, u"closing_note"_s, longShort, u"closing_note"_s},
        {Reopen, problemclass::Operation, u"reason"_s, QString(), u"reason"_s},
    };
    HotlineFixture f(Backend::SQLite);
    PinnedClock clock(shanghai("2026-11-24 10:00"));
    DeskAt desk(f, f.op, 1280, 800);
    auto svc = f.service();
    for (const DialogCase &c : cases) {
        CAPTURE(c.action.toStdString(), c.field.toStdString());
        NewCall n = f.newCall(c.problemClass);
        if (c.action == RouteRequirement) {   // no account manager: core refuses the routing
            n.customerId = f.expiredCustomer;
            n.billing = u"paid"_s;
        }
        auto call = svc.create(f.op, n);
        REQUIRE(call);
        // Bring the call to the state the action starts from.
        if (c.action == CallBack)
            call = svc.act(f.op, call->id, call->version, Hold,
                           {{u"hold_reason"_s, u"请教顾问"_s}, {u"callback_due_at"_s, Database::nowMs() + 3600000}});
        if (c.action == HqAnswer)
            call = svc.act(f.op, call->id, call->version, SubmitHq, {{u"hq_kind"_s, u"bug"_s}, {u"hq_reference"_s, u"HQ-1"_s}});
        if (c.action == Confirm || c.action == Reopen)
            call = svc.act(f.op, call->id, call->version, Solve, {{u"solution"_s, u"重新登录后正常"_s}});
        REQUIRE(call);
        desk.page->openCall(call->id);
        QPointer<sd::ui::HotlineActionDialog> dialog = desk.page->startAction(c.action);
        REQUIRE(dialog);
        QTest::qWait(10);
        QWidget *editor = c.field.isEmpty() ? nullptr : dialog->editor(c.field);
        if (!c.field.isEmpty()) {
            REQUIRE(editor);
            setText(editor, c.value);
        }
        if (c.field == u"entry_phenomenon"_s) {   // a long phenomenon for the base: the entry is refused
            setText(dialog->editor(u"solution"_s), u"重新记账后结账"_s);
            qobject_cast<QCheckBox *>(dialog->editor(u"add_to_problem_base"_s))->setChecked(true);
        }
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTest::qWait(10);
        REQUIRE(dialog);
        CHECK(dialog->isVisible());
        CHECK(dialog->result() != QDialog::Accepted);
        const QString error = dialog->errorText();
        CHECK_FALSE(error.isEmpty());
        if (editor) {
            CHECK(textOf(editor) == c.value);
            if (QWidget *named = dialog->editor(c.refusedField))
                CHECK(error.contains(labelOf(dialog, named)));
        }
        auto after = svc.get(call->id);
        REQUIRE(after);
        CHECK(after->version == call->version);
        CHECK(after->state == call->state);
        dialog->reject();
        QTest::qWait(10);
    }

    // F3 with the call-back time in the past: refused, the reason stays, the field is named.
    auto call = svc.create(f.op, f.newCall(problemclass::Operation));
    REQUIRE(call);
    desk.page->openCall(call->id);
    QPointer<sd::ui::HotlineActionDialog> hold = desk.page->startAction(Hold);
    REQUIRE(hold);
    setText(hold->editor(u"hold_reason"_s), u"查询客户的年结数据"_s);
    auto *when = qobject_cast<QDateTimeEdit *>(hold->editor(u"callback_due_at"_s));
    REQUIRE(when);
    when->setDateTime(sd::ui::toEditTime(Database::nowMs() - 3600000)); // the edit holds the center's wall-clock time
    QTest::mouseClick(hold->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    REQUIRE(hold);
    CHECK(hold->isVisible());
    CHECK(hold->errorText().contains(labelOf(hold, when)));
    CHECK(textOf(hold->editor(u"hold_reason"_s)) == u"查询客户的年结数据"_s);
    // Corrected, the same dialog saves and closes.
    when->setDateTime(sd::ui::toEditTime(Database::nowMs() + 3600000));
    QTest::mouseClick(hold->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTest::qWait(10);
    CHECK((hold.isNull() || !hold->isVisible()));
    CHECK(svc.get(call->id)->state == OnHold);
    CHECK(desk.page->currentCallId() == call->id);
}

TEST_CASE("at 1280x800 the caller card shows the address and the e-mail whole", "[ui][hotline][card]")
{
    HotlineFixture f(Backend::SQLite);
    CustomerRepository repo(f.t.db());
    Customer c = *repo.get(f.customer);
    c.address = u"北京市海淀区中关村大街1号院2号楼15层1503室"_s;
    c.contacts[0].email = u"wang.kuaiji@huaxinda-tech.example.com"_s;
    REQUIRE(repo.save(f.t.admin(), c));
    DeskAt desk(f, f.op, 1280, 800);
    desk.page->startNewCall({}, f.customer);
    QTest::qWait(20);
    auto *card = desk.page->findChild<QWidget *>(u"customerCard"_s);
    REQUIRE(card);
    auto *address = child<QLabel>(card, u"cardAddress"_s);
    const QFontMetrics fm(address->font());
    CHECK(address->isVisible());
    CHECK(address->width() >= fm.horizontalAdvance(u"北京市海淀区中关村大"_s));   // at least 10 characters a line
    QLabel *mail = nullptr;
    for (QLabel *l : card->findChildren<QLabel *>())
        if (l->isVisible() && l->text().contains(u"wang.kuaiji@huaxinda-tech.example.com"_s))
            mail = l;
    REQUIRE(mail);
    // Not cut: the whole address is on screen inside the card's scroll area.
    CHECK(mail->visibleRegion().boundingRect().width()
          >= QFontMetrics(mail->font()).horizontalAdvance(u"wang.kuaiji@huaxinda-tech.example.com"_s));
}

TEST_CASE("the duty roster's copy button is not clipped at 1280x800 in English and Chinese", "[ui][hotline][roster]")
{
    HotlineFixture f(Backend::SQLite);
    sd::ui::LanguageManager language;
    for (const QString &code : {u"en"_s, u"zh_CN"_s}) {
        CAPTURE(code.toStdString());
        REQUIRE(language.setLanguage(code, false));
        QWidget frame;
        auto *layout = new QHBoxLayout(&frame);
        auto *nav = new QWidget(&frame);
        nav->setFixedWidth(180);
        layout->addWidget(nav);
        auto *page = new sd::ui::DutyRosterPage(f.t.db(), f.manager, &frame);
        layout->addWidget(page, 1);
        frame.resize(1280, 800);
        frame.show();
        REQUIRE(QTest::qWaitForWindowExposed(&frame));
        auto *copy = child<QPushButton>(page, u"copyWeek"_s);
        CHECK(copy->isVisible());
        CHECK(copy->width() >= copy->sizeHint().width());
        CHECK(copy->visibleRegion().boundingRect().width() >= copy->sizeHint().width());
        CHECK(copy->geometry().right() <= page->width());
    }
    REQUIRE(language.setLanguage(u"en"_s, false));
}

// Screenshots of the desk for review: run with SD_SHOTS=/dir and the tag [screenshots].
TEST_CASE("hotline desk screenshots at 1280x800 in English and Chinese", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("SD_SHOTS", u"/tmp"_s);
    QDir().mkpath(dir);
    HotlineFixture f(Backend::SQLite);
    PinnedClock clock(shanghai("2026-11-24 10:00"));
    CustomerRepository repo(f.t.db());
    Customer c = *repo.get(f.customer);
    c.address = u"北京市海淀区中关村大街1号院2号楼15层1503室"_s;
    c.contacts[0].email = u"wang.kuaiji@huaxinda-tech.example.com"_s;
    REQUIRE(repo.save(f.t.admin(), c));
    seedCalls(f);
    ProblemBaseRepository pb(f.t.db());
    for (int i = 0; i < 4; ++i) {
        ProblemEntry e;
        e.phenomenon = u"月末结账时提示有未记账凭证"_s;
        e.solution = i < 3 ? u"在总账中记账全部凭证后再结账"_s : u"检查是否有作废未删除的凭证"_s;
        e.problemClass = problemclass::Operation;
        REQUIRE(pb.create(f.op, e));
    }
    sd::ui::LanguageManager language;
    for (const QString &code : {u"en"_s, u"zh_CN"_s}) {
        REQUIRE(language.setLanguage(code, false));
        // The page as the main window hosts it (beside the 180 px navigation column).
        DeskAt desk(f, f.op, 1280, 800);
        auto *page = desk.page;
        page->startNewCall({}, f.customer);
        auto *cls = child<QComboBox>(page, u"deskProblemClass"_s);
        cls->setCurrentIndex(cls->findData(problemclass::Operation));
        child<QPlainTextEdit>(page, u"deskDescription"_s)->setPlainText(u"月末结账时提示还有凭证未记账，无法结账"_s);
        QTest::qWait(700);
        page->refresh();
        QTest::qWait(50);
        CHECK(desk.frame.grab().save(dir + u"/hotline-desk-"_s + (code == u"en"_s ? u"en"_s : u"zh"_s) + u".png"_s));
    }
    REQUIRE(language.setLanguage(u"en"_s, false));
}
