// calendar import | hours | due | show: the business calendar the SLA clocks run on.
#include "cli.h"

#include "core/calendar/calendarcoverage.h"
#include "core/calendar/calendarrepository.h"
#include "core/calendar/holidaycsv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ctl {

namespace {


QString isoWithOffset(const QDateTime &at) { return at.toString(Qt::ISODate); }

QString weekdaysText(const QList<int> &days)
{
    QStringList names;
    for (int d : days)
        names << QLocale::c().dayName(d, QLocale::ShortFormat);
    return names.join(u", "_s);
}

int runImport(Cli &cli)
{
    if (auto done = cli.parseCommand(QCoreApplication::translate("servicedeskctl", "Imports holidays and make-up working days (调休) from a CSV file of "
                                        "date,kind,name (kind: holiday or workday); all or nothing. Needs --as."),
                                     {}, {{u"file"_s, QCoreApplication::translate("servicedeskctl", "The CSV file (UTF-8)."), u"FILE"_s}}))
        return *done;
    if (auto bad = cli.expectArguments(1))
        return *bad;
    const QString path = cli.arguments().first();
    auto days = HolidayCsv::readFile(path);
    if (!days)
        return cli.out().fail(days.error());
    auto a = loginAs(cli);
    if (!a)
        return a.error();
    auto summary = CalendarRepository(a->db).importDays(a->who, *days);
    if (!summary)
        return cli.out().fail(summary.error());
    const QString file = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    cli.out().result({{u"file"_s, file},
                      {u"days"_s, int(days->size())},
                      {u"inserted"_s, summary->inserted},
                      {u"updated"_s, summary->updated},
                      {u"unchanged"_s, summary->unchanged}},
                     QCoreApplication::translate("servicedeskctl", "Imported %1 days from %2: %3 new, %4 changed, %5 unchanged.")
                         .arg(days->size())
                         .arg(file)
                         .arg(summary->inserted)
                         .arg(summary->updated)
                         .arg(summary->unchanged));
    return ExitOk;
}

int runHours(Cli &cli)
{
    if (auto done = cli.parseCommand(QCoreApplication::translate("servicedeskctl", "Sets the working hours of a working day, e.g. 08:30-12:00,13:30-17:30. "
                                        "Needs --as."),
                                     {}, {{u"hours"_s, QCoreApplication::translate("servicedeskctl", "Intervals HH:MM-HH:MM, comma-separated."),
                                           u"HH:MM-HH:MM[,…]"_s}}))
        return *done;
    if (auto bad = cli.expectArguments(1))
        return *bad;
    const QString text = cli.arguments().first();
    // Checked before logging in: a typo is a usage error whoever types it.
    if (auto parsed = BusinessCalendar::parseHours(text); !parsed)
        return cli.out().fail(parsed.error());
    auto a = loginAs(cli);
    if (!a)
        return a.error();
    CalendarRepository repo(a->db);
    if (auto ok = repo.setHours(a->who, text); !ok)
        return cli.out().fail(ok.error());
    auto calendar = repo.load();
    if (!calendar)
        return cli.out().fail(calendar.error());
    cli.out().result({{u"hours"_s, calendar->hoursText()},
                      {u"minutes_per_day"_s, calendar->minutesPerWorkingDay()}},
                     QCoreApplication::translate("servicedeskctl", "Working hours: %1 (%2 working minutes a day).")
                         .arg(calendar->hoursText())
                         .arg(calendar->minutesPerWorkingDay()));
    return ExitOk;
}

int runDue(Cli &cli)
{
    const QCommandLineOption fromOption(u"from"_s,
                                        QCoreApplication::translate("servicedeskctl", "The start, ISO 8601 (2025-09-30T16:00:00+08:00; without an offset, "
                                           "the calendar's time zone)."),
                                        QCoreApplication::translate("servicedeskctl", "time"));
    const QCommandLineOption minutesOption(u"working-minutes"_s, QCoreApplication::translate("servicedeskctl", "Working minutes to add (negative: back)."),
                                           QCoreApplication::translate("servicedeskctl", "N"));
    if (auto done = cli.parseCommand(QCoreApplication::translate("servicedeskctl", "Prints when N working minutes after a moment end, by the business "
                                        "calendar stored in the database (hours, weekends, holidays, 调休)."),
                                     {fromOption, minutesOption}))
        return *done;
    if (auto bad = cli.expectArguments(0))
        return *bad;
    const QCommandLineParser &p = cli.parser();
    if (!p.isSet(fromOption) || !p.isSet(minutesOption))
        return cli.out().usage(QCoreApplication::translate("servicedeskctl", "calendar due needs --from TIME and --working-minutes N."));
    bool ok = false;
    const qint64 minutes = p.value(minutesOption).toLongLong(&ok);
    if (!ok)
        return cli.out().usage(QCoreApplication::translate("servicedeskctl", "--working-minutes takes a whole number, not \"%1\".").arg(p.value(minutesOption)));
    QDateTime from = QDateTime::fromString(p.value(fromOption).trimmed(), Qt::ISODateWithMs);
    if (!from.isValid())
        return cli.out().usage(QCoreApplication::translate("servicedeskctl", "--from takes an ISO 8601 time such as 2025-09-30T16:00:00+08:00, not \"%1\".")
                                   .arg(p.value(fromOption)));
    auto db = cli.database(Cli::SchemaCheck::Current);
    if (!db)
        return cli.out().fail(db.error());
    auto calendar = CalendarRepository(*db).load();
    if (!calendar)
        return cli.out().fail(calendar.error());
    if (from.timeSpec() == Qt::LocalTime) // no offset given: the service center's wall clock
        from = QDateTime(from.date(), from.time(), calendar->timeZone());
    const QDateTime due = calendar->addWorkingMinutes(from, minutes);
    if (!due.isValid())
        return cli.out().fail(Error::make(ErrorCode::Invalid, QCoreApplication::translate("servicedeskctl", "The calendar has no working time after %1.")
                                                                  .arg(isoWithOffset(from))));
    const QDateTime fromLocal = from.toTimeZone(calendar->timeZone());
    // A deadline in a year without holidays says so, instead of a silent guess.
    const QString note = deadlineHolidayNote(*calendar, due.toMSecsSinceEpoch());
    cli.out().result({{u"from"_s, isoWithOffset(fromLocal)},
                      {u"working_minutes"_s, minutes},
                      {u"due"_s, isoWithOffset(due)},
                      {u"timezone"_s, QString::fromUtf8(calendar->timeZone().id())},
                      {u"hours"_s, calendar->hoursText()},
                      {u"holidays_known"_s, note.isEmpty()},
                      {u"note"_s, note.isEmpty() ? QJsonValue() : QJsonValue(note)}},
                     note.isEmpty() ? isoWithOffset(due) : isoWithOffset(due) + u"  ("_s + note + u')');
    return ExitOk;
}

int runShow(Cli &cli)
{
    const QCommandLineOption yearOption(u"year"_s, QCoreApplication::translate("servicedeskctl", "Only the exception days of this year."), QCoreApplication::translate("servicedeskctl", "Y"));
    if (auto done = cli.parseCommand(QCoreApplication::translate("servicedeskctl", "Shows the working hours, week, time zone and the holidays and make-up "
                                        "working days."),
                                     {yearOption}))
        return *done;
    if (auto bad = cli.expectArguments(0))
        return *bad;
    int year = 0;
    if (cli.parser().isSet(yearOption)) {
        bool ok = false;
        year = cli.parser().value(yearOption).toInt(&ok);
        if (!ok || year < 1900 || year > 9999)
            return cli.out().usage(QCoreApplication::translate("servicedeskctl", "--year takes a year such as 2026, not \"%1\".").arg(cli.parser().value(yearOption)));
    }
    auto db = cli.database(Cli::SchemaCheck::Current);
    if (!db)
        return cli.out().fail(db.error());
    CalendarRepository repo(*db);
    auto calendar = repo.load();
    if (!calendar)
        return cli.out().fail(calendar.error());
    auto days = repo.days(year);
    if (!days)
        return cli.out().fail(days.error());
    QJsonArray dayArray;
    QList<QStringList> rows;
    for (const CalendarDay &d : *days) {
        dayArray.append(QJsonObject{{u"date"_s, d.date.toString(Qt::ISODate)},
                                    {u"kind"_s, dayKindKey(d.kind)},
                                    {u"name"_s, d.name}});
        rows.append({d.date.toString(Qt::ISODate), QLocale::c().dayName(d.date.dayOfWeek(), QLocale::ShortFormat),
                     dayKindKey(d.kind), d.name});
    }
    QJsonArray weekdays;
    for (int d : calendar->workingWeekdays())
        weekdays.append(d);
    const QString zone = QString::fromUtf8(calendar->timeZone().id());
    const CalendarCoverage coverage = calendarCoverage(*calendar, QDateTime::fromMSecsSinceEpoch(Database::nowMs(), calendar->timeZone()).date());
    QString human = Output::keyValues({{QCoreApplication::translate("servicedeskctl", "Hours"), calendar->hoursText()},
                                       {QCoreApplication::translate("servicedeskctl", "Minutes a day"), QString::number(calendar->minutesPerWorkingDay())},
                                       {QCoreApplication::translate("servicedeskctl", "Working week"), weekdaysText(calendar->workingWeekdays())},
                                       {QCoreApplication::translate("servicedeskctl", "Time zone"), zone}});
    human += u'\n';
    human += rows.isEmpty() ? QCoreApplication::translate("servicedeskctl", "No holidays or make-up working days.\n")
                            : Output::table({QCoreApplication::translate("servicedeskctl", "DATE"), QCoreApplication::translate("servicedeskctl", "DAY"), QCoreApplication::translate("servicedeskctl", "KIND"), QCoreApplication::translate("servicedeskctl", "NAME")}, rows);
    if (coverage.needsImport())
        human += u"\n"_s + calendarCoverageWarning(coverage) + u'\n';
    cli.out().result({{u"hours"_s, calendar->hoursText()},
                      {u"holidays_through"_s, coverage.lastYear > 0 ? QJsonValue(coverage.lastYear) : QJsonValue()},
                      {u"holidays_missing_for"_s, coverage.needsImport() ? QJsonValue(coverage.missingYear) : QJsonValue()},
                      {u"warning"_s, coverage.needsImport() ? QJsonValue(calendarCoverageWarning(coverage)) : QJsonValue()},
                      {u"minutes_per_day"_s, calendar->minutesPerWorkingDay()},
                      {u"working_weekdays"_s, weekdays},
                      {u"timezone"_s, zone},
                      {u"year"_s, year > 0 ? QJsonValue(year) : QJsonValue()},
                      {u"days"_s, dayArray}},
                     human);
    return ExitOk;
}

} // namespace

int runCalendarCommand(Cli &cli, const QString &sub)
{
    if (sub == u"import"_s)
        return runImport(cli);
    if (sub == u"hours"_s)
        return runHours(cli);
    if (sub == u"due"_s)
        return runDue(cli);
    return runShow(cli);
}

} // namespace sd::ctl
