// The complaint register and monthly report pages on a demo database (SQLite, offscreen):
// countdowns in the list, actions by role, the step dialogs carrying out transitions, the
// acceptance dialog, the report's Qt Charts and its PDF / CSV exports.
#include "core/auth/staffrepository.h"
#include "core/complaints/complaintservice.h"
#include "core/demo/demodata.h"
#include "core/reports/complaintreport.h"
#include "tests/support/testdb.h"
#include "ui/complaints/complaintdialogs.h"
#include "ui/complaints/complaintspage.h"

#include <catch2/catch.hpp>

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QApplication>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;
using namespace sd::ui;

namespace {
struct Desk {
    TestDatabase t = TestDatabase::create(Backend::SQLite);
    Session quality;
    Session gm;
};

Session login(const Database &db, const QString &login)
{
    auto s = AuthService(db).login(login, demoPassword());
    REQUIRE(s);
    return *s;
}

const qint64 kNow = QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toMSecsSinceEpoch();
} // namespace

TEST_CASE("Complaint register lists countdowns and offers the steps by role", "[complaints][ui]")
{
    ScopedClock pin(kNow);
    Desk d;
    REQUIRE(generateDemo(d.t.db(), {200, 11}));
    d.quality = login(d.t.db(), u"quality"_s);
    d.gm = login(d.t.db(), u"gm"_s);

    ComplaintsPage page(d.t.db(), d.quality);
    page.resize(1200, 700);
    page.show();
    ComplaintRegisterWidget *reg = page.registerWidget();
    ComplaintListModel *model = reg->model();
    const int open = d.t.db().scalar(u"SELECT COUNT(*) FROM complaints WHERE state <> 'filed'"_s)->toInt();
    REQUIRE(open > 0);
    CHECK(model->rowCount() == open);   // the page opens on the open complaints

    // Every running reply clock shows its countdown in the list.
    auto confirmedId = d.t.db().scalar(u"SELECT MIN(id) FROM complaints WHERE state = 'confirmed'"_s)->toLongLong();
    REQUIRE(confirmedId > 0);
    const int row = model->rowOf(confirmedId);
    REQUIRE(row >= 0);
    const QString countdown = model->data(model->index(row, ComplaintListModel::Deadline), Qt::DisplayRole).toString();
    CHECK(countdown.startsWith(u"Reply: "_s));
    CHECK((countdown.contains(u"left"_s) || countdown.contains(u"overdue"_s)));

    // An accepted complaint: the quality supervisor may confirm it (three ways).
    const qint64 acceptedId = d.t.db().scalar(u"SELECT MIN(id) FROM complaints WHERE state = 'accepted'"_s)->toLongLong();
    reg->selectComplaint(acceptedId);
    CHECK(reg->currentId() == acceptedId);
    CHECK(reg->availableActions() == QStringList{u"confirm_valid"_s, u"confirm_out_of_scope"_s, u"confirm_not_true"_s});
    CHECK(reg->findChild<QPushButton *>(u"action_confirm_valid"_s) != nullptr);

    // The GM (department head) may not confirm.
    ComplaintsPage gmPage(d.t.db(), d.gm);
    gmPage.registerWidget()->refresh();
    gmPage.registerWidget()->selectComplaint(acceptedId);
    CHECK(gmPage.registerWidget()->availableActions().isEmpty());

    // Confirm as valid through the dialog: the contract scope is beside it, a missing field keeps
    // the dialog, then the reply countdown starts at 3 working hours.
    auto *dialog = qobject_cast<ComplaintActionDialog *>(reg->takeAction(u"confirm_valid"_s));
    REQUIRE(dialog);
    CHECK(dialog->findChild<QWidget *>(u"contractScope"_s) != nullptr);
    dialog->setField(u"detail"_s, QString());
    // A refusal shows a message box: close it as it appears.
    QTimer::singleShot(200, [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->inherits("QMessageBox"))
                w->close();
    });
    CHECK_FALSE(dialog->save());
    CHECK(dialog->isVisible());
    dialog->setField(u"detail"_s, u"核实属实：工程师未按约定上门"_s);
    dialog->setField(u"department_id"_s, d.t.db().scalar(u"SELECT id FROM departments WHERE name = '现场服务部'"_s)->toLongLong());
    REQUIRE(dialog->save());
    dialog->accept();
    QApplication::processEvents();
    auto svc = complaints::ComplaintService::open(d.t.db());
    CHECK(svc->load(acceptedId)->value(u"state"_s).toString() == u"confirmed"_s);
    const int newRow = model->rowOf(acceptedId);
    REQUIRE(newRow >= 0);
    CHECK(model->data(model->index(newRow, ComplaintListModel::Deadline), Qt::DisplayRole).toString() == u"Reply: 3 h 00 min left (working time)"_s);
    // Investigating is a department manager's: the demo quality supervisor heads her department.
    CHECK(reg->availableActions() == QStringList{u"investigate"_s});

    // The registration form prints to PDF.
    QTemporaryDir dir;
    CHECK(reg->exportForm(dir.filePath(u"form.pdf"_s)));
    CHECK(QFileInfo(dir.filePath(u"form.pdf"_s)).size() > 1000);
}

TEST_CASE("Complaint acceptance dialog registers a complaint", "[complaints][ui]")
{
    ScopedClock pin(kNow);
    Desk d;
    REQUIRE(generateDemo(d.t.db(), {200, 11}));
    const Session hotline = login(d.t.db(), u"hotline1"_s);
    ComplaintRegisterWidget reg(d.t.db(), hotline);
    auto *dialog = qobject_cast<ComplaintAcceptDialog *>(reg.newComplaint());
    REQUIRE(dialog);
    const auto name = d.t.db().scalar(u"SELECT name FROM customers WHERE id = 5"_s)->toString();
    // Typing part of the name finds the customer.
    auto *search = dialog->findChild<QLineEdit *>(u"customerSearch"_s);
    search->setText(name.left(4));   // QTest cannot type Chinese
    QTest::keyClick(search, Qt::Key_Return);
    auto *customer = dialog->findChild<QComboBox *>(u"customer"_s);
    REQUIRE(customer->count() > 0);
    customer->setCurrentIndex(std::max(0, customer->findData(5LL)));
    dialog->findChild<QLineEdit *>(u"complainant"_s)->setText(u"王会计"_s);
    dialog->findChild<QPlainTextEdit *>(u"description"_s)->setPlainText(u"月结时系统报错，热线两小时无人回电"_s);
    REQUIRE(dialog->save());
    auto svc = complaints::ComplaintService::open(d.t.db());
    auto row = svc->load(dialog->acceptedId());
    REQUIRE(row);
    CHECK(row->value(u"state"_s).toString() == u"accepted"_s);
    CHECK(row->value(u"complainant"_s).toString() == u"王会计"_s);
    CHECK(row->value(u"received_by"_s).toLongLong() == hotline.staffId);
    dialog->reject();
}

TEST_CASE("Monthly complaint report page shows the figures in charts and exports them", "[complaints][ui]")
{
    ScopedClock pin(kNow);
    Desk d;
    REQUIRE(generateDemo(d.t.db(), {200, 11}));
    d.quality = login(d.t.db(), u"quality"_s);
    ComplaintReportWidget page(d.t.db(), d.quality);
    page.resize(1200, 900);
    page.show();
    page.setMonth(202610);
    auto svc = complaints::ComplaintService::open(d.t.db());
    auto expected = reports::buildComplaintReport(d.t.db(), svc->calendar(), 202610, kNow);
    REQUIRE(expected);
    CHECK(page.report().received == expected->received);
    CHECK(page.report().reply.onTime == expected->reply.onTime);
    // The trend chart: received and valid for 13 months, the same numbers.
    QChartView *trend = page.findChild<QChartView *>(u"trendChart"_s);
    REQUIRE(trend);
    auto *series = qobject_cast<QBarSeries *>(trend->chart()->series().value(0));
    REQUIRE(series);
    REQUIRE(series->barSets().size() == 2);
    REQUIRE(series->barSets()[0]->count() == 13);
    for (int i = 0; i < 13; ++i)
        CHECK(int(series->barSets()[0]->at(i)) == expected->trend[i].received);
    CHECK(page.chartViews().size() == 5);
    for (QChartView *v : page.chartViews())
        CHECK_FALSE(v->chart()->series().isEmpty());

    QTemporaryDir dir;
    REQUIRE(page.exportPdf(dir.filePath(u"r.pdf"_s)));
    CHECK(QFileInfo(dir.filePath(u"r.pdf"_s)).size() > 5000);
    REQUIRE(page.exportCsv(dir.filePath(u"r.csv"_s)));
    QFile csv(dir.filePath(u"r.csv"_s));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(csv.readAll()).contains(u"summary,received,"_s + QString()));

    // Issuing October's report (November is under way) stops the reminder.
    CHECK(page.report().issuedAt == 0);
    REQUIRE(page.issue());
    CHECK(page.report().issuedAt == kNow);
}
