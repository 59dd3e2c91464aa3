// The project desk with real widgets: the implementation manager opens a project and assigns
// it (each candidate's load shown), the project manager plans it from the product's template
// and starts it, a consultant confirms a day of the log and delivers the first stage, the
// project manager accepts it — asserting what the widgets show and what core stored. Then the
// acceptance report as PDF, the approvals inbox and the customer card's project section.
#include "core/demo/demodata.h"
#include "core/calendar/calendarrepository.h"
#include "core/handoff/handoff.h"
#include "core/projects/projectservice.h"
#include "core/records/customerrepository.h"
#include "core/sla/slarepository.h"
#include "render/acceptancereport.h"
#include "tests/support/testdb.h"
#include "ui/common/searchline.h"
#include "ui/firstvisit/firstvisitworkwidget.h"
#include "ui/projects/projectdialogs.h"
#include "ui/projects/projectspage.h"
#include "ui/projects/stagetimeline.h"
#include "ui/records/customercardwidget.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;
using namespace sd::ui;

namespace {

qint64 at(int y, int mo, int d, int h = 10)
{
    return QDateTime(QDate(y, mo, d), QTime(h, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}

void clickOk(QDialog *dialog)
{
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    REQUIRE(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QApplication::processEvents();
}

QString cellText(QTableWidget *t, int row, int column)
{
    auto *item = t->item(row, column);
    return item ? item->text() : QString();
}

struct Desk {
    TestDatabase t = TestDatabase::create(Backend::SQLite);
    BusinessCalendar calendar;
    Session im, pm, consultant;
    qint64 customerId = 0;
    qint64 productId = 0;

    Desk()
    {
        REQUIRE(SlaRepository::seedDefaults(t.db()));
        im = t.sessionWith({Role::ImplementationManager}, u"高峰"_s);
        pm = t.sessionWith({Role::ProjectManager}, u"林涛"_s);
        consultant = t.sessionWith({Role::Consultant}, u"郑洁"_s);
        Customer c;
        c.name = u"天津宏达机械制造有限公司"_s;
        c.address = u"天津市西青区"_s;
        PurchasedProduct p;
        p.product = u"用友U8+"_s;
        p.productVersion = u"16.0"_s;
        p.modules = u"总账,供应链"_s;
        c.products = {p};
        auto id = CustomerRepository(t.db()).create(t.admin(), c);
        REQUIRE(id);
        customerId = *id;
        productId = CustomerRepository(t.db()).get(customerId)->products.first().productId;
        REQUIRE(service().addTemplate(im, productId, u"U8+ 标准实施"_s,
                                      {{1, u"需求调研"_s, 2, u"业务调研"_s, {}, {}, u"调研报告"_s},
                                       {2, u"系统配置"_s, 3, u"基础档案"_s, {}, {}, u"配置清单"_s}}));
    }
    ProjectService service() const { return ProjectService(t.db(), calendar); }
    QString state(qint64 id) const { return service().get(id)->value(u"state"_s).toString(); }
};

} // namespace

TEST_CASE("Project desk: apply, assign, plan from a template, log a day, deliver and accept a stage", "[ui][projects]")
{
    Desk d;
    ScopedClock pin(at(2026, 9, 21));   // a Monday

    // The implementation manager opens the project for the customer found by name.
    ProjectsPage imPage(d.t.db(), d.calendar, d.im);
    imPage.resize(1280, 760);
    imPage.show();
    CHECK_FALSE(imPage.mineOnly()->isChecked());
    auto *apply = qobject_cast<ApplyProjectDialog *>(imPage.newProject());
    REQUIRE(apply);
    apply->customerSearch()->insert(u"宏达"_s);   // typed (keyClicks takes ASCII only)
    apply->customerSearch()->flush();
    REQUIRE(apply->customerList()->count() == 1);
    CHECK(apply->productBox()->currentText() == u"用友U8+ 16.0");
    CHECK(apply->titleEdit()->text().contains(u"天津宏达"_s));
    apply->budgetEdit()->setValue(0);
    clickOk(apply);
    CHECK(apply->isVisible());   // refused: budgeted days, named
    CHECK(apply->errorText().contains(project::fieldTitle(u"budgeted_days"_s)));
    apply->budgetEdit()->setValue(30);
    clickOk(apply);
    REQUIRE(imPage.model()->rowCount() == 1);
    const qint64 id = imPage.currentId();
    REQUIRE(id > 0);
    CHECK(d.state(id) == QString(project::Applied));
    CHECK(imPage.countLabel()->text().contains(u'1'));
    const QString number = d.service().get(id)->value(u"project_no"_s).toString();
    CHECK(imPage.detail()->header()->text().contains(number));
    CHECK(imPage.detail()->header()->text().contains(u"30"_s));

    // Assign: every candidate shown with the load to choose by.
    REQUIRE(imPage.detail()->projectActions().contains(QString(project::Assign)));
    auto *assign = qobject_cast<ProjectActionDialog *>(imPage.detail()->takeAction(project::Assign));
    REQUIRE(assign);
    auto *pmBox = qobject_cast<QComboBox *>(assign->fieldWidget(u"project_manager_id"_s));
    REQUIRE(pmBox);
    const int linTao = pmBox->findData(d.pm.staffId);   // the test's administrator is a candidate too
    REQUIRE(linTao >= 0);
    CHECK(pmBox->itemText(linTao).contains(u"林涛"_s));
    CHECK(pmBox->itemText(linTao).contains(u'0'));
    clickOk(assign);
    CHECK(assign->isVisible());   // no project manager chosen yet
    CHECK_FALSE(assign->errorText().isEmpty());
    pmBox->setCurrentIndex(linTao);
    bool found = false;
    for (int i = 0; i < assign->consultantList()->count(); ++i)
        if (assign->consultantList()->item(i)->data(Qt::UserRole).toLongLong() == d.consultant.staffId) {
            assign->consultantList()->item(i)->setCheckState(Qt::Checked);
            found = true;
        }
    REQUIRE(found);
    clickOk(assign);
    CHECK(d.state(id) == QString(project::Assigned));
    CHECK(imPage.detail()->header()->text().contains(u"林涛"_s));
    CHECK(imPage.detail()->header()->text().contains(u"郑洁"_s));

    // The project manager sees it among their projects and plans it from the template.
    ProjectsPage pmPage(d.t.db(), d.calendar, d.pm);
    pmPage.resize(1280, 760);
    pmPage.show();
    CHECK(pmPage.mineOnly()->isChecked());
    REQUIRE(pmPage.model()->rowCount() == 1);
    ProjectDetailWidget *detail = pmPage.detail();
    CHECK(detail->projectActions() == QStringList{QString(project::StartPlanning)});
    clickOk(detail->takeAction(project::StartPlanning));
    REQUIRE(detail->projectActions().contains(QString(project::PlanFromTemplate)));
    auto *plan = qobject_cast<ProjectActionDialog *>(detail->takeAction(project::PlanFromTemplate));
    REQUIRE(plan);
    auto *templates = qobject_cast<QComboBox *>(plan->fieldWidget(u"template_id"_s));
    REQUIRE(templates);
    CHECK(templates->currentText() == u"U8+ 标准实施");
    auto *preview = plan->findChild<QLabel *>(u"templatePreview"_s);
    CHECK(preview->text().contains(u"需求调研"_s));
    auto *start = qobject_cast<QDateEdit *>(plan->fieldWidget(u"start_date"_s));
    start->setDate(QDate(2026, 9, 21));
    clickOk(plan);
    REQUIRE(detail->stageTable()->rowCount() == 2);
    CHECK(cellText(detail->stageTable(), 0, 1) == u"需求调研");
    CHECK(cellText(detail->stageTable(), 0, 3) == u"2026-09-21 – 2026-09-22");
    CHECK(cellText(detail->stageTable(), 1, 3) == u"2026-09-23 – 2026-09-25");
    CHECK(detail->timeline()->range().first == QDate(2026, 9, 21));
    CHECK(detail->timeline()->range().second == QDate(2026, 9, 25));
    clickOk(detail->takeAction(project::Start));
    CHECK(d.state(id) == QString(project::InProgress));
    CHECK(cellText(detail->stageTable(), 0, 2) == stage::stateTitle(stage::Active));
    CHECK(cellText(detail->stageTable(), 0, 4).startsWith(u"2026-09-21"_s));

    // The consultant confirms the day; a blank "work done" is refused, naming the field.
    ProjectsPage cPage(d.t.db(), d.calendar, d.consultant);
    cPage.show();
    REQUIRE(cPage.model()->rowCount() == 1);
    ProjectDetailWidget *mine = cPage.detail();
    CHECK(mine->projectActions().contains(QString(project::RequestSuspend)));
    auto *log = qobject_cast<LogDayDialog *>(mine->logDay());
    REQUIRE(log);
    CHECK(log->dayEdit()->date() == QDate(2026, 9, 21));
    log->contactEdit()->insert(u"王丽"_s);
    clickOk(log);
    CHECK(log->isVisible());
    CHECK(log->errorText().contains(project::fieldTitle(u"work_done"_s)));
    log->workDoneEdit()->insertPlainText(u"调研财务和采购流程"_s);
    log->hoursEdit()->setValue(7.5);
    clickOk(log);
    REQUIRE(mine->logTable()->rowCount() == 1);
    CHECK(cellText(mine->logTable(), 0, 0) == u"2026-09-21");
    CHECK(cellText(mine->logTable(), 0, 2) == u"郑洁");
    CHECK(cellText(mine->logTable(), 0, 4) == u"王丽");
    auto logs = d.service().logs(id);
    REQUIRE(logs);
    REQUIRE(logs->size() == 1);
    CHECK(logs->first().hours == 7.5);
    CHECK(logs->first().workDone == u"调研财务和采购流程");

    // Next day: the 21st is logged, nothing is missing; the consultant delivers the stage.
    ScopedClock tuesday(at(2026, 9, 22));
    mine->reload();
    CHECK(mine->missingLabel()->text() == ProjectDetailWidget::tr("No working day is missing from the log."));
    REQUIRE(mine->stageActions().contains(QString(stage::Deliver)));
    auto *deliver = qobject_cast<ProjectActionDialog *>(mine->takeStageAction(stage::Deliver));
    REQUIRE(deliver);
    qobject_cast<QPlainTextEdit *>(deliver->fieldWidget(u"delivery_note"_s))->insertPlainText(u"调研报告已交客户"_s);
    clickOk(deliver);
    CHECK(d.service().stages(id)->first().state == QString(stage::Delivered));

    // The project manager accepts it: the next stage starts; the evaluation is kept.
    detail->reload();
    detail->selectStage(0);
    REQUIRE(detail->stageActions().contains(QString(stage::Pass)));
    CHECK(detail->stageActions().contains(QString(stage::FailIncomplete)));
    auto *pass = qobject_cast<ProjectActionDialog *>(detail->takeStageAction(stage::Pass));
    qobject_cast<QPlainTextEdit *>(pass->fieldWidget(u"evaluation_note"_s))->insertPlainText(u"客户签字确认"_s);
    clickOk(pass);
    auto stages = d.service().stages(id);
    REQUIRE(stages);
    CHECK(stages->at(0).state == QString(stage::Accepted));
    CHECK(stages->at(1).state == QString(stage::Active));
    CHECK(cellText(detail->stageTable(), 0, 2) == stage::stateTitle(stage::Accepted));
    CHECK(pmPage.model()->rowAt(0)->stagesAccepted == 1);
    detail->selectStage(0);
    CHECK(detail->findChild<QLabel *>(u"stageEvaluations"_s)->text().contains(u"客户签字确认"_s));
    auto evaluations = d.service().evaluations(id);
    REQUIRE(evaluations);
    REQUIRE(evaluations->size() == 1);
    CHECK(evaluations->first().result == u"passed");

    // The customer card lists the project with its state.
    CustomerCardWidget card;
    card.setCustomer(*CustomerRepository(d.t.db()).get(d.customerId));
    ProjectFilter f;
    f.customerId = d.customerId;
    card.setProjects(*d.service().list(f));
    auto *section = card.findChild<QLabel *>(u"cardProjects"_s);
    REQUIRE(section);
    CHECK(section->text().contains(number));
    CHECK(section->text().contains(project::stateTitle(project::InProgress).toHtmlEscaped()));
}

TEST_CASE("Project desk: approvals inbox, documents past the limit, acceptance report PDF with the project number", "[ui][projects]")
{
    Desk d;
    ScopedClock pin(at(2026, 9, 21));
    ProjectService svc = d.service();
    ProjectApplication a;
    a.customerId = d.customerId;
    a.title = u"宏达 U8+ 实施"_s;
    a.productId = d.productId;
    a.budgetedDays = 12;
    const qint64 id = *svc.apply(d.im, a);
    auto step = [&](const Session &who, const QString &action, const QVariantMap &fields = {}) {
        auto r = svc.act(who, id, svc.get(id)->value(u"version"_s).toInt(), action, fields);
        INFO(action.toStdString() << ": " << (r ? std::string() : r.error().message.toStdString()));
        REQUIRE(r);
    };
    step(d.im, project::Assign, {{u"project_manager_id"_s, d.pm.staffId}, {u"consultant_ids"_s, QVariantList{d.consultant.staffId}}});
    step(d.pm, project::StartPlanning);
    step(d.pm, project::PlanFromTemplate, {{u"start_date"_s, u"2026-09-21"_s}});
    step(d.pm, project::Start);
    step(d.consultant, project::RequestSuspend, {{u"reason"_s, u"客户财务人员调整"_s}});

    ProjectsPage page(d.t.db(), d.calendar, d.im);
    page.resize(1280, 760);
    page.show();
    REQUIRE(page.inbox());
    REQUIRE(page.inbox()->table()->rowCount() == 1);
    CHECK(cellText(page.inbox()->table(), 0, 3) == u"客户财务人员调整");
    CHECK(cellText(page.inbox()->table(), 0, 4) == u"郑洁");
    // Opening the request shows the project with the implementation manager's decisions.
    emit page.inbox()->openProject(id);
    CHECK(page.currentId() == id);
    CHECK(page.detail()->projectActions().contains(QString(project::ImApproveSuspend)));
    CHECK(page.detail()->projectActions().contains(QString(project::RejectSuspend)));
    auto *reject = qobject_cast<ProjectActionDialog *>(page.detail()->takeAction(project::RejectSuspend));
    qobject_cast<QPlainTextEdit *>(reject->fieldWidget(u"decision_note"_s))->insertPlainText(u"先完成配置阶段"_s);
    clickOk(reject);
    CHECK(d.state(id) == QString(project::InProgress));
    CHECK(page.inbox()->table()->rowCount() == 0);

    // A document of a type the project does not keep: core's message, nothing stored.
    QTemporaryDir dir;
    const QString exe = dir.filePath(u"setup.exe"_s);
    {
        QFile f(exe);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("MZ....");
    }
    page.detail()->addDocument(exe);
    QApplication::processEvents();
    CHECK(svc.documents(id)->isEmpty());
    const QString doc = dir.filePath(u"调研报告.txt"_s);
    {
        QFile f(doc);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("需求调研报告");
    }
    page.detail()->addDocument(doc);
    REQUIRE(page.detail()->documentTable()->rowCount() == 1);
    CHECK(cellText(page.detail()->documentTable(), 0, 0) == u"调研报告.txt");

    // Every stage accepted, final inspection, filed: the acceptance report prints.
    auto *report = page.detail()->findChild<QPushButton *>(u"acceptanceReport"_s);
    CHECK_FALSE(report->isEnabled());
    for (int i = 0; i < 2; ++i) {
        Stage s;
        const auto stages = svc.stages(id);   // kept alive: the loop reads into it
        REQUIRE(stages);
        for (const Stage &x : *stages)
            if (x.state == stage::Active)
                s = x;
        REQUIRE(svc.actOnStage(d.consultant, s.id, s.version, stage::Deliver, {{u"delivery_note"_s, u"已交付"_s}}));
        s = svc.stages(id)->at(i);
        REQUIRE(svc.actOnStage(d.pm, s.id, s.version, stage::Pass, {{u"evaluation_note"_s, u"通过"_s}}));
    }
    step(d.pm, project::BeginInspection);
    step(d.pm, project::SubmitForFiling, {{u"review_note"_s, u"文档齐全"_s}});
    step(d.im, project::File);
    page.detail()->reload();
    CHECK(report->isEnabled());
    const QString number = svc.get(id)->value(u"project_no"_s).toString();
    for (bool chinese : {true, false}) {
        const QString path = dir.filePath(chinese ? u"zh.pdf"_s : u"en.pdf"_s);
        REQUIRE(page.detail()->exportAcceptanceReport(path, chinese));
        QFile pdf(path);
        REQUIRE(pdf.open(QIODevice::ReadOnly));
        CHECK(pdf.read(5) == QByteArray("%PDF-"));
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
        if (pdftotext.isEmpty() || pdfinfo.isEmpty())
            continue;
        QProcess p;
        p.start(pdftotext, {path, u"-"_s});
        REQUIRE(p.waitForFinished(30000));
        // Qt's PDF writer maps some glyphs of the CJK font back to compatibility characters
        // (目 as the radical ⽬) and loses digits in Latin runs: compare the text normalised, and
        // the number through the document's title, which is stored as text.
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        INFO(text.toStdString());
        CHECK(text.contains(chinese ? u"实施项目验收报告"_s : u"Acceptance Report"_s));
        QProcess info;
        info.start(pdfinfo, {path});
        REQUIRE(info.waitForFinished(30000));
        CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(number));
        CHECK(text.contains(u"需求调研"_s));
        CHECK(text.contains(u"调研报告.txt"_s));
    }
}

TEST_CASE("Project desk: the application names the first visit's implementation need only when chosen, and the need shows the project",
          "[ui][projects][firstvisit]")
{
    Desk d;
    ScopedClock pin(at(2026, 9, 21));
    const Database &db = d.t.db();
    auto dept = db.insertReturningId(u"INSERT INTO departments (name, version, created_at, updated_at) VALUES (?, 1, 0, 0)"_s,
                                     {u"实施部"_s});
    REQUIRE(dept);
    auto fv = db.insertReturningId(u"INSERT INTO first_visits (customer_id, state, submitted_at, version, created_at, updated_at) "
                                   "VALUES (?, 'needs_recorded', 0, 1, 0, 0)"_s,
                                   {d.customerId});
    REQUIRE(fv);
    auto need = db.insertReturningId(u"INSERT INTO first_visit_needs (first_visit_id, customer_id, need_type, description, "
                                     "department_id, state, recorded_at, version, created_at, updated_at) "
                                     "VALUES (?, ?, 'implementation', ?, ?, 'open', 1, 1, 0, 0)"_s,
                                     {*fv, d.customerId, u"年底前上线供应链和总账"_s, *dept});
    REQUIRE(need);

    ProjectsPage page(db, d.calendar, d.im);
    page.show();
    auto *apply = qobject_cast<ApplyProjectDialog *>(page.newProject(d.customerId));
    REQUIRE(apply);
    QComboBox *needs = apply->needBox();
    REQUIRE(needs->count() == 2);
    // Nothing is taken up unless chosen: "none" first, saying one need waits.
    CHECK(needs->currentData().toLongLong() == 0);
    CHECK(needs->currentText().contains(u'1'));
    CHECK(needs->itemText(1).contains(u"年底前上线供应链和总账"_s));
    needs->setCurrentIndex(1);
    // The need's description becomes the goals (nothing was typed there).
    CHECK(apply->findChild<QPlainTextEdit *>(u"goals"_s)->toPlainText() == u"年底前上线供应链和总账"_s);
    clickOk(apply);
    const qint64 id = page.currentId();
    REQUIRE(id > 0);
    CHECK(d.service().get(id)->value(u"need_id"_s).toLongLong() == *need);
    auto taken = db.scalar(u"SELECT state FROM first_visit_needs WHERE id = ?"_s, {*need});
    CHECK(taken->toString() == u"taken_up"_s);
    CHECK(handoff::takenUpBy(db, u"projects"_s, id).contains(d.service().get(id)->value(u"project_no"_s).toString()));
    // A second application for the customer offers no need any more.
    auto *again = qobject_cast<ApplyProjectDialog *>(page.newProject(d.customerId));
    REQUIRE(again);
    CHECK(again->needBox()->count() == 1);
    again->reject();
}

TEST_CASE("First visit: a need taken up by a project shows the project's number as a link that opens it",
          "[ui][projects][firstvisit]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(generateDemo(t.db(), {120, 11}));
    auto q = t.db().exec(u"SELECT n.id, n.first_visit_id, n.taken_up_id, p.project_no FROM first_visit_needs n "
                         "JOIN projects p ON p.id = n.taken_up_id WHERE n.state = 'taken_up' AND n.taken_up_type = 'projects' "
                         "ORDER BY n.id LIMIT 1"_s);
    REQUIRE(q);
    REQUIRE(q->next());   // the demo opens a project from a first visit's need
    const qint64 needId = q->value(0).toLongLong();
    const qint64 visitId = q->value(1).toLongLong();
    const qint64 projectId = q->value(2).toLongLong();
    const QString number = q->value(3).toString();
    q->finish();
    auto calendar = CalendarRepository(t.db()).load();
    REQUIRE(calendar);
    sd::ui::FirstVisitWorkWidget work(t.db(), t.admin(), *calendar);
    work.resize(1280, 760);
    work.show();
    REQUIRE(work.load(visitId));
    auto *needs = work.findChild<QTableWidget *>(u"needList"_s);
    REQUIRE(needs);
    int row = -1;
    for (int r = 0; r < needs->rowCount(); ++r)
        if (needs->item(r, 0)->data(Qt::UserRole).toLongLong() == needId)
            row = r;
    REQUIRE(row >= 0);
    QTableWidgetItem *state = needs->item(row, 3);
    CHECK(state->text().contains(number));
    CHECK(state->font().underline());
    CHECK(state->toolTip().contains(number));
    QSignalSpy opened(&work, &sd::ui::FirstVisitWorkWidget::openProject);
    // From the keyboard: the need's row, Enter.
    needs->setCurrentItem(state);
    needs->setFocus();
    QTest::keyClick(needs, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().first().toLongLong() == projectId);
}
