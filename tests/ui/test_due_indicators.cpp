// Due indicators agree across screens (core's one definition, core/sla/due.h), and every time
// the desk shows is in the center's time zone whatever zone the machine is set to.
#include "core/auth/staffrepository.h"
#include "core/calendar/calendarrepository.h"
#include "core/demo/demodata.h"
#include "core/dispatch/dispatchservice.h"
#include "core/sla/due.h"
#include "tests/support/testdb.h"
#include "ui/common/format.h"
#include "ui/shell/mainwindow.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeWidget>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

const qint64 kNow = QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toMSecsSinceEpoch();

Session login(const Database &db, const QString &name)
{
    auto s = AuthService(db).login(name, demoPassword());
    REQUIRE(s);
    return *s;
}

QString tr(const char *context, const char *text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

/// Sets the process's time zone (TZ) while it lives, as if the machine were elsewhere.
struct MachineZone {
    explicit MachineZone(const QByteArray &tz) : m_had(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ"))
    {
        qputenv("TZ", tz);
        ::tzset();
    }
    ~MachineZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        ::tzset();
    }
    bool m_had;
    QByteArray m_old;
};

} // namespace

TEST_CASE("the manager's status bar counts the team's overdue on-site jobs the board shows", "[ui][due]")
{
    ScopedClock pin(kNow);
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(generateDemo(t.db(), {200, 11}));
    const Session manager = login(t.db(), u"manager"_s);
    auto calendar = CalendarRepository(t.db()).load();
    REQUIRE(calendar);
    auto boardOverdue = DispatchService(t.db(), *calendar).overdueCount(kNow);
    REQUIRE(boardOverdue);
    REQUIRE(*boardOverdue > 0);

    sd::ui::MainWindow window(t.db(), manager, nullptr);
    auto *indicator = window.findChild<QToolButton *>(u"dueSoonIndicator"_s);
    REQUIRE(indicator);
    const QString text = indicator->text();
    CAPTURE(text.toStdString());
    CHECK(text != tr("sd::ui::MainWindow", "Nothing due"));
    // The team's part names at least the board's overdue jobs (plus overdue hotline clocks).
    int onsite = 0;
    for (const DueItem &i : window.dueSoon())
        if (i.recordType == QString(sla::OnsiteDispatch) && i.level == DueLevel::Overdue)
            ++onsite;
    CHECK(onsite == *boardOverdue);
    const DueCounts team = countDue(window.dueSoon(), DueScope::Team);
    CHECK(text.contains(tr("sd::ui::MainWindow", "Team: %1").arg(QString())));
    CHECK(text.contains(tr("sd::ui::MainWindow", "%n overdue", team.overdue)));
}

TEST_CASE("the first-visit agent's status bar shows the queue's calls that are due now", "[ui][due]")
{
    ScopedClock pin(kNow);
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(generateDemo(t.db(), {200, 11}));
    const Session agent = login(t.db(), u"firstvisit1"_s);
    const int due = t.db().scalar(u"SELECT COUNT(*) FROM first_visits WHERE queue_due IS NOT NULL AND queue_due <= ?"_s,
                                  {kNow})->toInt();
    REQUIRE(due > 0);
    sd::ui::MainWindow window(t.db(), agent, nullptr);
    auto *indicator = window.findChild<QToolButton *>(u"dueSoonIndicator"_s);
    REQUIRE(indicator);
    CAPTURE(indicator->text().toStdString());
    CHECK(indicator->text().contains(tr("sd::ui::MainWindow", "%n due now", due)));
}

TEST_CASE("the desk shows deadlines in the center's time zone on a machine set to another zone", "[ui][due]")
{
    MachineZone zone("America/Los_Angeles");
    ScopedClock pin(kNow);
    auto t = TestDatabase::create(Backend::SQLite);
    REQUIRE(generateDemo(t.db(), {200, 11}));
    const Session quality = login(t.db(), u"quality"_s);
    sd::ui::MainWindow window(t.db(), quality, nullptr);
    REQUIRE_FALSE(window.dueSoon().isEmpty());
    CHECK(sd::ui::centerTimeZone().id() == QByteArrayLiteral("Asia/Shanghai"));
    CHECK(sd::ui::centerToday() == QDate(2026, 11, 24));

    auto *list = window.findChild<QTreeWidget *>(u"dueSoonList"_s);
    REQUIRE(list);
    REQUIRE(list->topLevelItemCount() == window.dueSoon().size());
    const DueItem &first = window.dueSoon().first();
    const QDateTime inShanghai = QDateTime::fromMSecsSinceEpoch(first.dueAt, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    const QString shown = list->topLevelItem(0)->text(2);
    CAPTURE(shown.toStdString());
    CHECK(shown == sd::ui::formatDateTime(first.dueAt));
    CHECK(shown.contains(QLocale().toString(inShanghai.time(), QLocale::ShortFormat)));
    // The machine's own zone would have shown another hour.
    CHECK(QDateTime::fromMSecsSinceEpoch(first.dueAt).time().hour() != inShanghai.time().hour());
    // The countdown says which time it counts.
    CHECK((list->topLevelItem(0)->text(3).contains(tr("sd::core::Due", "working time"))
           || list->topLevelItem(0)->text(3).contains(tr("sd::core::Due", "calendar time"))));
}
