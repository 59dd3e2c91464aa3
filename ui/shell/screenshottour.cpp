#include "ui/shell/screenshottour.h"

#include "core/auth/staffrepository.h"
#include "core/demo/demodata.h"
#include "core/demo/demopicks.h"
#include "core/records/customerrepository.h"
#include "core/calendar/calendarrepository.h"
#include "core/returnvisits/returnvisitservice.h"
#include "ui/common/format.h"
#include "ui/complaints/complaintdialogs.h"
#include "ui/dispatch/visitdialog.h"
#include "ui/dispatch/dispatchboardpage.h"
#include "ui/dispatch/jobcolumnmodel.h"
#include "ui/firstvisit/firstvisitdigestswidget.h" // first visit (issue 3)
#include "ui/firstvisit/firstvisitpage.h"          // first visit (issue 3)
#include "ui/complaints/complaintspage.h"   // issue 6
#include "ui/projects/projectspage.h"   // issue 12
#include "ui/projects/stagetimeline.h"
#include "ui/records/customerdialog.h"
#include "ui/hotline/hotlinedeskpage.h"   // issue 4
#include "ui/problembase/problembasepage.h"   // issue 4
#include "ui/shell/language.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/training/trainingpage.h"   // issue 13

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QCompleter>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

namespace {

void settle(int ms = 300)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

void complain(const QString &text) { std::fprintf(stderr, "servicedesk: %s\n", qPrintable(text)); }

bool save(const QPixmap &pixmap, const QDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    if (!pixmap.save(path, "PNG")) {
        complain(u"could not write "_s + path);
        return false;
    }
    std::fprintf(stdout, "%s\n", qPrintable(path));
    return true;
}

/// The window with its visible popups (the caller lookup's list) painted where they are.
QPixmap grabWithPopups(QWidget *window, const QList<QWidget *> &popups)
{
    QPixmap shot = window->grab();
    QPainter painter(&shot);
    for (QWidget *popup : popups) {
        if (!popup || !popup->isVisible())
            continue;
        const QPoint at = popup->mapToGlobal(QPoint(0, 0)) - window->mapToGlobal(QPoint(0, 0));
        painter.drawPixmap(at, popup->grab());
    }
    return shot;
}

/// A phone fragment that finds a customer: the middle digits of the first listed phone.
QString lookupSample(const Database &db)
{
    CustomerQuery query;
    query.limit = 50;
    auto rows = CustomerRepository(db).list(query);
    if (!rows)
        return {};
    for (const CustomerRow &row : std::as_const(*rows)) {
        const QString digits = CustomerRepository::phoneDigits(row.firstPhone);
        if (digits.size() >= 8)
            return digits.mid(digits.size() - 7, 4);
    }
    return rows->isEmpty() ? QString() : rows->first().name.left(2);
}

} // namespace

int runScreenshotTour(const Database &db, LanguageManager *language, const QString &directory)
{
    QDir dir(directory);
    if (!dir.mkpath(u"."_s)) {
        complain(u"cannot create "_s + directory);
        return 1;
    }
    const auto &demo = demoLogins();
    if (demo.isEmpty()) {
        complain(u"no demo accounts are known"_s);
        return 1;
    }
    auto session = AuthService(db).login(demo.first().login, demo.first().password);
    if (!session) {
        complain(u"cannot log in as the demo account "_s + demo.first().login + u": "_s + session.error().message
                 + u" (load the demo data first: servicedeskctl demo)"_s);
        return 1;
    }
    const QString sample = lookupSample(db);

    bool ok = true;
    for (const QString &code : {u"en"_s, u"zh_CN"_s}) {
        language->setLanguage(code, false);

        {
            LoginDialog login(db, language);
            login.setLogin(demo.first().login);
            login.show();
            settle();
            ok &= save(login.grab(), dir, u"login-%1.png"_s.arg(code));
        }

        MainWindow window(db, *session, language);
        window.resize(1280, 800);
        window.show();
        window.showPage(u"home"_s);
        settle(400);
        ok &= save(window.grab(), dir, u"home-%1.png"_s.arg(code));
        window.showPage(u"customers"_s);
        settle(600);
        ok &= save(window.grab(), dir, u"main-%1.png"_s.arg(code));
        if (window.showPage(u"admin"_s)) {
            settle(400);
            ok &= save(window.grab(), dir, u"admin-%1.png"_s.arg(code));
            // The center's own settings: its details for printed forms and the due-soon window.
            if (auto *center = window.findChild<QWidget *>(u"centerTab"_s)) {
                // A tab's page sits in the tab widget's stack: the stack's parent is the tab widget.
                if (auto *tabs = center->parentWidget() ? qobject_cast<QTabWidget *>(center->parentWidget()->parentWidget()) : nullptr)
                    tabs->setCurrentWidget(center);
                settle(300);
                ok &= save(window.grab(), dir, u"admin-center-%1.png"_s.arg(code));
            }
            window.showPage(u"customers"_s);
            settle(200);
        }

        qint64 customerId = 0;
        if (!sample.isEmpty() && window.lookupCaller(sample) > 0) {
            settle();
            auto *lookup = window.findChild<QLineEdit *>(u"callerLookup"_s);
            auto *completer = lookup ? window.findChild<QCompleter *>() : nullptr;
            QWidget *popup = completer ? completer->popup() : nullptr;
            auto rows = CustomerRepository(db).lookup(sample, 1);
            if (rows && !rows->isEmpty())
                customerId = rows->first().id;
            window.showCustomerCard(customerId);
            settle(600);
            ok &= save(grabWithPopups(&window, {popup}), dir, u"lookup-%1.png"_s.arg(code));
            if (popup)
                popup->hide();
        } else {
            complain(u"the caller lookup found nobody for \""_s + sample + u"\""_s);
            ok = false;
        }

        if (customerId) {
            CustomerDialog dialog(db, *session, customerId, &window);
            dialog.show();
            settle(600);
            ok &= save(dialog.grab(), dir, u"card-%1.png"_s.arg(code));
            dialog.close();
        }
        window.hide();
        settle(100);

        // --- workflow screenshots: one block per workflow module, each logging in as the demo
        // user who works that desk and saving <name>-<code>.png into `dir` ---
        // first visit (issue 3)
        {
            auto fvSession = AuthService(db).login(u"firstvisit1"_s, demoPassword());
            if (!fvSession) {
                complain(u"cannot log in as firstvisit1: "_s + fvSession.error().message);
                ok = false;
            } else {
                MainWindow fvWindow(db, *fvSession, language);
                fvWindow.resize(1280, 800);
                fvWindow.show();
                auto *page = fvWindow.findChild<FirstVisitPage *>();
                if (!page || !fvWindow.showPage(u"firstvisit"_s)) {
                    complain(u"the first-visit page is missing"_s);
                    ok = false;
                } else {
                    page->showTab(FirstVisitPage::Tab::Queue);
                    settle(500);
                    ok &= save(fvWindow.grab(), dir, u"firstvisit-queue-%1.png"_s.arg(code));
                    // A verified record shows every part of the screen filled in.
                    auto pick = sd::core::demo::showcaseFirstVisit(db);
                    if (pick && *pick > 0 && page->openFirstVisit(*pick)) {
                        settle(500);
                        ok &= save(fvWindow.grab(), dir, u"firstvisit-verify-%1.png"_s.arg(code));
                    } else {
                        complain(u"no first visit to show on the verification screen"_s);
                        ok = false;
                    }
                    page->showTab(FirstVisitPage::Tab::Digests);
                    auto day = sd::core::demo::latestDigestDay(db);
                    if (day && day->isValid())
                        page->digestsWidget()->showDay(*day);
                    settle(400);
                    ok &= save(fvWindow.grab(), dir, u"firstvisit-digest-%1.png"_s.arg(code));
                }
                fvWindow.hide();
                settle(100);
            }
        }
        // hotline desk, duty roster, problem base (issue 4)
        {
            auto operatorSession = AuthService(db).login(u"hotline1"_s, u"demo1234"_s);
            auto managerSession = AuthService(db).login(u"manager"_s, u"demo1234"_s);
            if (operatorSession && managerSession) {
                MainWindow desk(db, *operatorSession, language);
                desk.resize(1280, 800);   // the size operators work at
                desk.show();
                if (desk.showPage(u"hotline"_s)) {
                    auto *page = desk.findChild<HotlineDeskPage *>();
                    // A live call: the caller looked up, classified, the description typed and
                    // the problem base's matching entries beside it.
                    page->startNewCall(sample);
                    settle(300);
                    if (auto *matches = desk.findChild<QListWidget *>(u"callerMatches"_s); matches && matches->count() > 0)
                        emit matches->itemActivated(matches->item(0));
                    if (auto *cls = desk.findChild<QComboBox *>(u"deskProblemClass"_s))
                        cls->setCurrentIndex(cls->findData(u"operation_problem"_s));
                    if (auto *module = desk.findChild<QLineEdit *>(u"deskModule"_s))
                        module->setText(u"总账"_s);
                    if (auto *text = desk.findChild<QPlainTextEdit *>(u"deskDescription"_s))
                        text->setPlainText(u"月末结账时提示还有凭证未记账，无法结账"_s);
                    settle(900);
                    ok &= save(desk.grab(), dir, u"hotline-desk-%1.png"_s.arg(code));
                }
                if (desk.showPage(u"problembase"_s)) {
                    auto *page = desk.findChild<ProblemBasePage *>();
                    page->setSearchText(u"凭证"_s);
                    settle(300);
                    if (auto *list = desk.findChild<QTableWidget *>(u"problemList"_s); list && list->rowCount() > 0)
                        list->setCurrentCell(0, 0);
                    settle(400);
                    ok &= save(desk.grab(), dir, u"problem-base-%1.png"_s.arg(code));
                }
                desk.hide();
                MainWindow managerWindow(db, *managerSession, language);
                managerWindow.resize(1280, 800);
                managerWindow.show();
                if (managerWindow.showPage(u"roster"_s)) {
                    settle(500);
                    ok &= save(managerWindow.grab(), dir, u"duty-roster-%1.png"_s.arg(code));
                }
                managerWindow.hide();
                settle(100);
            } else {
                complain(u"cannot log in as hotline1 / manager for the hotline screenshots"_s);
                ok = false;
            }
        }
        // complaint register, monthly report (issue 6)
        // on-site dispatch board, a job's details, the Service Dispatch Form (issue 5)
        if (auto manager = AuthService(db).login(u"manager"_s, demoPassword())) {
            MainWindow managerWindow(db, *manager, language);
            managerWindow.resize(1280, 800);   // a manager's laptop; the board scrolls sideways
            managerWindow.show();
            if (managerWindow.showPage(u"dispatch"_s)) {
                auto *board = qobject_cast<DispatchBoardPage *>(managerWindow.page(u"dispatch"_s));
                settle(500);
                // The first overdue dispatched job, its details below the board.
                if (board && board->columnModel(2) && board->columnModel(2)->rowCount() > 0)
                    board->selectJob(board->columnModel(2)->rows().first().id);
                settle(300);
                ok &= save(managerWindow.grab(), dir, u"dispatch-board-%1.png"_s.arg(code));
                // The oldest return visit due, as the manager opens it.
                ReturnVisitService visits(db, CalendarRepository(db).load().value_or(BusinessCalendar()));
                if (auto due = visits.due(centerToday().addDays(14), 1); due && !due->isEmpty()) {
                    const ReturnVisit &v = due->first();
                    VisitDialog dialog(v, visits.context(v).value_or(ReturnVisitContext()),
                                       visits.forCustomer(v.customerId).value_or(QList<ReturnVisit>()), &managerWindow);
                    dialog.show();
                    settle(300);
                    ok &= save(dialog.grab(), dir, u"return-visit-%1.png"_s.arg(code));
                    dialog.hide();
                }
                // An archived job's form, as handed to the customer.
                if (board && board->columnModel(7) && board->columnModel(7)->rowCount() > 0) {
                    board->selectJob(board->columnModel(7)->rows().first().id);
                    const QString pdf = dir.filePath(u"dispatch-form-%1.pdf"_s.arg(code));
                    if (board->saveFormPdf(pdf, code == u"zh_CN"_s))
                        std::fprintf(stdout, "%s\n", qPrintable(pdf));
                    else
                        ok = false;
                }
            }
            managerWindow.hide();
        }
        // The same board as an engineer sees it: own jobs first, "new request" offered, and on
        // a job dispatched to them the engineer's buttons only (the rows' guard, from core).
        if (auto engineer = AuthService(db).login(u"engineer1"_s, demoPassword())) {
            MainWindow engineerWindow(db, *engineer, language);
            engineerWindow.resize(1280, 800);
            engineerWindow.show();
            if (engineerWindow.showPage(u"dispatch"_s)) {
                auto *board = qobject_cast<DispatchBoardPage *>(engineerWindow.page(u"dispatch"_s));
                settle(500);
                for (int column : {3, 2})
                    if (board && board->columnModel(column) && board->columnModel(column)->rowCount() > 0) {
                        board->selectJob(board->columnModel(column)->rows().first().id);
                        break;
                    }
                settle(300);
                ok &= save(engineerWindow.grab(), dir, u"dispatch-board-engineer-%1.png"_s.arg(code));
            }
            engineerWindow.hide();
        }
        if (auto quality = AuthService(db).login(u"quality"_s, demoPassword()); quality) {
            MainWindow desk(db, *quality, language);
            desk.resize(1280, 800);
            desk.show();
            if (desk.showPage(u"complaints"_s)) {
                auto *page = desk.findChild<ComplaintsPage *>();
                page->showRegister();
                page->registerWidget()->refresh();
                settle(600);
                ok &= save(desk.grab(), dir, u"complaints-%1.png"_s.arg(code));
                {
                    // Accepting a complaint: the customer looked up, the complaint typed.
                    ComplaintAcceptDialog accept(db, *quality, &desk);
                    accept.show();
                    settle(300);
                    ok &= save(accept.grab(), dir, u"complaint-dialog-%1.png"_s.arg(code));
                    accept.hide();
                }
                page->showReport();
                settle(800);
                ok &= save(desk.grab(), dir, u"complaint-report-%1.png"_s.arg(code));
                // The report's PDF in this language too (rendered to PNG for the README).
                ok &= page->reportWidget()->exportPdf(QDir(dir).filePath(u"complaint-report-%1.pdf"_s.arg(code)));
            } else {
                complain(u"the quality supervisor has no complaints page"_s);
                ok = false;
            }
            desk.hide();
            settle(100);
        } else {
            complain(u"cannot log in as quality: "_s + quality.error().message);
            ok = false;
        }
        // implementation project tracker (issue 12): the project manager's list with health and a
        // running project's stages on the timeline; the implementation manager's approvals inbox.
        if (auto pm = AuthService(db).login(u"pm1"_s, demoPassword())) {
            MainWindow desk(db, *pm, language);
            desk.resize(1280, 800);
            desk.show();
            if (desk.showPage(u"projects"_s)) {
                auto *page = desk.findChild<ProjectsPage *>();
                page->refresh();
                // A project being implemented, the kind a project manager opens most.
                for (int row = 0; row < page->model()->rowCount(); ++row)
                    if (page->model()->rowAt(row)->state == u"in_progress"_s) {
                        page->selectProject(page->model()->rowAt(row)->id);
                        break;
                    }
                settle(500);
                ok &= save(desk.grab(), dir, u"projects-%1.png"_s.arg(code));
                page->detail()->tabs()->setCurrentIndex(1);
                settle(300);
                ok &= save(desk.grab(), dir, u"project-logbook-%1.png"_s.arg(code));
            } else {
                complain(u"pm1 has no projects page"_s);
                ok = false;
            }
            desk.hide();
        }
        if (auto im = AuthService(db).login(u"implmgr"_s, demoPassword())) {
            MainWindow desk(db, *im, language);
            desk.resize(1280, 800);
            desk.show();
            if (desk.showPage(u"projects"_s)) {
                auto *page = desk.findChild<ProjectsPage *>();
                page->refresh();
                page->showInbox();
                settle(400);
                ok &= save(desk.grab(), dir, u"project-approvals-%1.png"_s.arg(code));
            }
            desk.hide();
        }
        // training roster (issue 13): the roster on an open session with a waiting list, a
        // scored session's students, the course catalogue, and the session notice as PDF
        if (auto trainer = AuthService(db).login(u"trainer"_s, demoPassword())) {
            MainWindow desk(db, *trainer, language);
            desk.resize(1280, 800);
            desk.show();
            auto *page = qobject_cast<TrainingPage *>(desk.page(u"training"_s));
            if (page && desk.showPage(u"training"_s)) {
                // The session with the most people on its list in a state, or 0.
                auto busiest = [page](const QStringList &states) -> qint64 {
                    const TrainingSessionModel *m = page->model();
                    const TrainingSession *best = nullptr;
                    for (int row = 0; row < m->rowCount(); ++row) {
                        const TrainingSession *s = m->rowAt(row);
                        if (states.contains(s->state) && (!best || s->registered + s->waiting > best->registered + best->waiting))
                            best = s;
                    }
                    return best ? best->id : 0;
                };
                page->setStateFilter({});
                page->showSessions();
                const qint64 open = busiest({QString(training::Full), QString(training::Open)});
                if (open > 0)
                    page->selectSession(open);
                settle(500);
                ok &= save(desk.grab(), dir, u"training-roster-%1.png"_s.arg(code));
                const qint64 scored = busiest({QString(training::Scored), QString(training::Closed), QString(training::Held)});
                if (scored > 0) {
                    page->selectSession(scored);
                    settle(400);
                    ok &= save(desk.grab(), dir, u"training-session-%1.png"_s.arg(code));
                } else {
                    complain(u"no held or scored training session to show"_s);
                    ok = false;
                }
                page->showCourses();
                settle(300);
                ok &= save(desk.grab(), dir, u"training-courses-%1.png"_s.arg(code));
                page->showSessions();
                if (open > 0) {
                    page->selectSession(open);
                    const QString pdf = dir.filePath(u"training-notice-%1.pdf"_s.arg(code));
                    if (page->detail()->exportNoticePdf(pdf, code == u"zh_CN"_s))
                        std::fprintf(stdout, "%s\n", qPrintable(pdf));
                    else
                        ok = false;
                }
            } else {
                complain(u"the trainer has no training page"_s);
                ok = false;
            }
            desk.hide();
            settle(100);
        } else {
            complain(u"cannot log in as trainer: "_s + trainer.error().message);
            ok = false;
        }
        // --- end of workflow screenshots ---
    }
    return ok ? 0 : 1;
}

} // namespace sd::ui
