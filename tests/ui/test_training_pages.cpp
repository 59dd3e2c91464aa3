// The training roster's pages with real widgets (SQLite, offscreen): a teacher plans a session
// (clash and working-hours checks shown in the dialog), three students register on two seats
// (one waits), a cancellation moves the waiting student up, attendance and scores with a re-sit;
// the notice as PDF (zh, en) and the student list as CSV, both private to their owner; the
// customer card's training record.
#include "core/records/customerrepository.h"
#include "core/training/trainingservice.h"
#include "tests/support/testdb.h"
#include "ui/records/customercardwidget.h"
#include "ui/training/customertraining.h"
#include "ui/training/trainingdialogs.h"
#include "ui/training/trainingpage.h"

#include "core/csv/csv.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sd::core;
using namespace sd::ui;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

qint64 at(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}

const QString kCourse = u"U8+ 总账与报表操作培训"_s;

/// A training department: a teacher, a customer who bought 用友U8+ with two contacts, a course.
struct Desk {
    TestDatabase t = TestDatabase::create(Backend::SQLite);
    Session teacher;
    qint64 customerId = 0;
    qint64 courseId = 0;

    Desk()
    {
        teacher = t.sessionWith({Role::Trainer}, u"宋雪"_s);
        Customer c;
        c.name = u"北京华信商贸有限公司"_s;
        for (const auto &[name, phone] : {std::pair{u"王丽"_s, u"010-6588 1234"_s}, std::pair{u"赵刚"_s, u"13900001111"_s}}) {
            Contact k;
            k.name = name;
            k.phones = {{0, phone, u"office"_s}};
            c.contacts << k;
        }
        PurchasedProduct u8;
        u8.product = u"用友U8+"_s;
        u8.productVersion = u"16.0"_s;
        c.products = {u8};
        auto id = CustomerRepository(t.db()).create(t.admin(), c);
        REQUIRE(id);
        customerId = *id;
        TrainingCourse course{0, 0, kCourse, u"operation"_s, u"用友U8+"_s, u"总账、UFO报表"_s,
                              u"凭证、记账、结账、报表"_s, 14, 60, false};
        auto cid = service().createCourse(teacher, course);
        REQUIRE(cid);
        courseId = *cid;
    }

    TrainingService service() const { return TrainingService(t.db(), BusinessCalendar()); }

    QList<TrainingRegistration> roster(qint64 sessionId) const
    {
        auto r = service().registrations(sessionId);
        REQUIRE(r);
        return *r;
    }
};

template <typename T>
T *openDialog(QWidget *parent, const QString &name)
{
    // The one showing now (an earlier one may still wait for its deferred delete).
    for (T *d : parent->findChildren<T *>(name))
        if (d->isVisible())
            return d;
    FAIL("no open dialog " << name.toStdString());
    return nullptr;
}

void clickOk(QWidget *dialog)
{
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    REQUIRE(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

void clickAction(TrainingSessionDetail *detail, const QString &action)
{
    auto *b = detail->findChild<QPushButton *>(u"action_"_s + action);
    INFO(action.toStdString() << " offered: " << detail->availableActions().join(u", "_s).toStdString());
    REQUIRE(b);
    QTest::mouseClick(b, Qt::LeftButton);
}

int rowOf(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->text() == name)
            return row;
    return -1;
}

QString cell(QTableWidget *table, const QString &name, int column)
{
    const int row = rowOf(table, name);
    REQUIRE(row >= 0);
    return table->item(row, column)->text();
}

void selectStudent(TrainingSessionDetail *detail, const QString &name)
{
    const int row = rowOf(detail->studentsTable(), name);
    REQUIRE(row >= 0);
    detail->studentsTable()->selectRow(row);
}

QDialog *registerOne(TrainingSessionDetail *detail, const QString &contact, const QString &newName = {},
                     const QString &newPhone = {})
{
    auto *button = detail->findChild<QPushButton *>(u"registerStudent"_s);
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = openDialog<RegisterStudentDialog>(detail, u"registerStudentDialog"_s);
    REQUIRE(dialog->findCustomer(u"华信商贸"_s));
    if (!contact.isEmpty())
        REQUIRE(dialog->chooseContact(contact));
    else
        dialog->setNewStudent(newName, newPhone);
    clickOk(dialog);
    INFO(dialog->errorText().toStdString());
    return dialog;
}

} // namespace

TEST_CASE("Training roster page: plan a session, three students on two seats, a cancellation promotes the waiting one, scores and a re-sit",
          "[training][ui]")
{
    ScopedClock clock(at(2026, 11, 2, 9, 0));   // a Monday
    Desk d;
    TrainingPage page(d.t.db(), d.teacher);
    page.resize(1280, 800);
    page.show();
    CHECK(page.model()->rowCount() == 0);

    // Plan: Tuesday 2026-11-10, 09:00–16:30, room 培训一室, two seats.
    auto *plan = qobject_cast<PlanSessionDialog *>(page.planSession());
    REQUIRE(plan);
    plan->setCourse(d.courseId);
    plan->setTeacher(d.teacher.staffId);
    plan->setTimes(QDate(2026, 11, 10), QDate(2026, 11, 10), QTime(9, 0), QTime(16, 30));
    plan->setRoom(u"培训一室"_s);
    plan->setCapacity(2);
    CHECK(plan->offHoursText().isEmpty());
    clickOk(plan);
    INFO(plan->errorText().toStdString());
    QApplication::processEvents();
    REQUIRE(page.model()->rowCount() == 1);
    const qint64 id = page.currentSessionId();
    REQUIRE(id > 0);
    auto stored = d.service().get(id);
    REQUIRE(stored);
    CHECK(stored->state == training::Planned);
    CHECK(stored->capacity == 2);
    CHECK(stored->room == u"培训一室"_s);
    const QString sessionNo = stored->sessionNo;
    TrainingSessionDetail *detail = page.detail();
    CHECK(detail->sessionId() == id);
    CHECK(detail->headerText().contains(kCourse));
    CHECK(page.model()->data(page.model()->index(0, TrainingSessionModel::Seats), Qt::DisplayRole).toString() == u"0 / 2"_s);

    {
        // The same teacher at the same time: refused, naming the session; a Saturday asks first.
        auto *again = qobject_cast<PlanSessionDialog *>(page.planSession());
        REQUIRE(again);
        again->setCourse(d.courseId);
        again->setTimes(QDate(2026, 11, 10), QDate(2026, 11, 10), QTime(10, 0), QTime(12, 0));
        again->setRoom(u"培训二室"_s);
        clickOk(again);
        CHECK(again->isVisible());
        CHECK(again->errorText().contains(sessionNo));
        again->setTimes(QDate(2026, 11, 14), QDate(2026, 11, 14), QTime(9, 0), QTime(12, 0));
        CHECK(again->offHoursText().contains(u"2026-11-14"_s));
        clickOk(again);
        CHECK(again->isVisible());   // not confirmed: nothing planned
        CHECK(d.service().list()->size() == 1);
        again->reject();
    }

    // Open registration through the engine's button.
    CHECK(detail->availableActions().contains(QString(training::OpenRegistration)));
    clickAction(detail, training::OpenRegistration);
    CHECK(d.service().get(id)->state == training::Open);

    // Three students: a contact of the customer, a new student created on the fly, and one more
    // who goes onto the waiting list.
    registerOne(detail, u"王丽"_s);
    registerOne(detail, {}, u"陈晨"_s, u"13911112222"_s);
    CHECK(d.service().get(id)->state == training::Full);
    registerOne(detail, {}, u"刘洋"_s, u"13800001111"_s);
    CHECK(detail->statusText().contains(u"刘洋"_s));
    CHECK(detail->statusText().contains(u"waiting list"_s));
    QTableWidget *students = detail->studentsTable();
    REQUIRE(students->rowCount() == 3);
    CHECK(cell(students, u"王丽"_s, 3) == u"Registered"_s);
    CHECK(cell(students, u"刘洋"_s, 3) == u"Waiting, no. 1"_s);
    QList<TrainingRegistration> roster = d.roster(id);
    REQUIRE(roster.size() == 3);
    CHECK(roster.at(0).contactId > 0);   // 王丽 is the customer's contact
    CHECK(roster.at(1).customerId == d.customerId);
    CHECK(roster.at(2).status == training::Waiting);
    CHECK(page.model()->data(page.model()->index(0, TrainingSessionModel::Seats), Qt::DisplayRole).toString() == u"2 / 2"_s);
    CHECK(page.model()->data(page.model()->index(0, TrainingSessionModel::Waiting), Qt::DisplayRole).toString() == u"1"_s);

    // 王丽 cancels: 刘洋 moves up, and the page says so.
    selectStudent(detail, u"王丽"_s);
    auto *cancel = detail->findChild<QPushButton *>(u"cancelRegistration"_s);
    REQUIRE(cancel);
    REQUIRE(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    auto *reason = openDialog<QInputDialog>(detail, u"cancelRegistrationDialog"_s);
    reason->setTextValue(u"出差"_s);
    reason->accept();
    QApplication::processEvents();
    CHECK(detail->statusText().contains(u"刘洋 moves up"_s));
    CHECK(cell(students, u"刘洋"_s, 3) == u"Registered from the waiting list"_s);
    CHECK(cell(students, u"王丽"_s, 3) == u"Cancelled"_s);
    roster = d.roster(id);
    auto byName = [&roster](const QString &name) {
        for (const TrainingRegistration &r : roster)
            if (r.studentName == name)
                return r;
        FAIL("no student " << name.toStdString());
        return TrainingRegistration{};
    };
    CHECK(byName(u"刘洋"_s).status == training::Promoted);
    CHECK(byName(u"王丽"_s).status == training::RegistrationCancelled);
    CHECK(d.service().get(id)->waiting == 0);
    CHECK(d.service().notices(id)->size() == 1);

    // The day of the session: held, attendance, scores (陈晨 fails, 刘洋 passes).
    clock.set(at(2026, 11, 10, 16, 40));
    page.refresh();
    clickAction(detail, training::Start);
    CHECK(d.service().get(id)->state == training::Held);
    auto *attendanceButton = detail->findChild<QPushButton *>(u"recordAttendance"_s);
    REQUIRE(attendanceButton->isEnabled());
    QTest::mouseClick(attendanceButton, Qt::LeftButton);
    auto *attendance = openDialog<AttendanceDialog>(detail, u"attendanceDialog"_s);
    attendance->setDay(QDate(2026, 11, 10));
    clickOk(attendance);
    INFO(attendance->errorText().toStdString());
    CHECK(cell(students, u"陈晨"_s, 5) == u"1"_s);
    CHECK(d.roster(id).at(0).daysPresent == 1);

    auto score = [&](const QString &name, int value) {
        selectStudent(detail, name);
        auto *button = detail->findChild<QPushButton *>(u"recordScore"_s);
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = openDialog<ScoreDialog>(detail, u"scoreDialog"_s);
        dialog->setScore(value);
        clickOk(dialog);
        INFO(dialog->errorText().toStdString());
        QApplication::processEvents();
    };
    score(u"陈晨"_s, 55);
    score(u"刘洋"_s, 82);
    CHECK(cell(students, u"陈晨"_s, 6) == u"55"_s);
    CHECK(cell(students, u"陈晨"_s, 7) == u"Failed"_s);
    CHECK(cell(students, u"刘洋"_s, 7) == u"Passed"_s);
    roster = d.roster(id);
    CHECK(byName(u"陈晨"_s).lastScore == 55);
    CHECK_FALSE(byName(u"陈晨"_s).passed);
    CHECK(byName(u"刘洋"_s).passed);

    // Results out; 陈晨 re-sits and passes.
    clickAction(detail, training::FinishScoring);
    CHECK(d.service().get(id)->state == training::Scored);
    score(u"陈晨"_s, 71);
    CHECK(cell(students, u"陈晨"_s, 7).startsWith(u"Passed"_s));
    CHECK(cell(students, u"陈晨"_s, 7).contains(u"2 attempt"_s));
    roster = d.roster(id);
    CHECK(byName(u"陈晨"_s).attempts == 2);
    CHECK(byName(u"陈晨"_s).passed);

    // The customer card's training record.
    CustomerCardWidget card;
    card.setCustomer(*CustomerRepository(d.t.db()).get(d.customerId));
    card.setTrainingRecord(customerTrainingLines(d.t.db(), d.customerId));
    auto *record = card.findChild<QLabel *>(u"cardTraining"_s);
    REQUIRE(record);
    CHECK(record->text().contains(u"陈晨"_s));
    CHECK(record->text().contains(kCourse));
    CHECK(record->text().contains(u"passed (71)"_s));
    CHECK_FALSE(record->text().contains(u"王丽"_s));   // cancelled: not in the record
}

TEST_CASE("Training notice as PDF in Chinese and English and the student list as CSV, private to the owner",
          "[training][ui][export]")
{
    ScopedClock clock(at(2026, 11, 2, 9, 0));
    Desk d;
    SessionPlan p;
    p.courseId = d.courseId;
    p.teacherId = d.teacher.staffId;
    p.startsAt = at(2026, 11, 10, 9, 0);
    p.endsAt = at(2026, 11, 11, 16, 30);
    p.room = u"培训一室"_s;
    p.capacity = 1;
    auto s = d.service().plan(d.teacher, p);
    REQUIRE(s);
    s = d.service().act(d.teacher, s->id, s->version, QString(training::OpenRegistration));
    REQUIRE(s);
    for (const QString &name : {u"王丽"_s, u"=HYPERLINK(\"x\")"_s}) {
        s = d.service().act(d.teacher, s->id, s->version, QString(training::Register),
                            {{u"student_name"_s, name}, {u"customer_id"_s, d.customerId}});
        REQUIRE(s);
    }

    TrainingPage page(d.t.db(), d.teacher);
    page.show();
    page.selectSession(s->id);
    TrainingSessionDetail *detail = page.detail();
    REQUIRE(detail->sessionId() == s->id);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    for (const bool chinese : {true, false}) {
        const QString pdf = dir.filePath(chinese ? u"notice-zh.pdf"_s : u"notice-en.pdf"_s);
        REQUIRE(detail->exportNoticePdf(pdf, chinese));
        CHECK((QFile::permissions(pdf) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                          | QFileDevice::WriteOther)) == 0);
        CHECK((QFile::permissions(pdf) & ownerOnly) == ownerOnly);
        QProcess text;
        text.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        REQUIRE(text.waitForFinished(30000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        INFO(out.toStdString());
        // Qt's PDF writer loses the ToUnicode entries of digits in Latin runs of Noto Sans CJK
        // (pdftotext reads "U8+" as "U +", here and in every other PDF of the desk): the title's
        // words and the students are compared, the digits are not.
        CHECK(out.contains(kCourse.mid(kCourse.indexOf(u' ') + 1)));
        CHECK(out.contains(u"PX"_s));
        CHECK(out.contains(u"王丽"_s));
        CHECK(out.contains(chinese ? u"培训通知"_s : u"Training Notice"_s));
        CHECK(out.contains(chinese ? u"候补第"_s : u"Waiting, no."_s));
    }

    const QString csvPath = dir.filePath(u"students.csv"_s);
    REQUIRE(detail->exportStudentsCsv(csvPath));
    CHECK((QFile::permissions(csvPath) & ~(ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) == 0);
    QFile f(csvPath);
    REQUIRE(f.open(QIODevice::ReadOnly));
    auto rows = parseCsv(QString::fromUtf8(f.readAll()));
    REQUIRE(rows);
    const QList<TrainingRegistration> roster = d.roster(s->id);
    REQUIRE(rows->size() == roster.size() + 1);
    for (int i = 0; i < roster.size(); ++i) {
        const QStringList &cells = rows->at(i + 1).fields;
        REQUIRE(cells.size() == 14);
        CHECK(cells.at(0) == s->sessionNo);
        CHECK(cells.at(1) == kCourse);
        CHECK(unguardFormula(cells.at(5)) == roster.at(i).studentName);
        CHECK(cells.at(6) == roster.at(i).customerName);
    }
    CHECK(rows->at(2).fields.at(5).startsWith(u'\''));   // the formula is guarded
    CHECK(rows->at(2).fields.at(9) == u"1"_s);           // waiting position
}
