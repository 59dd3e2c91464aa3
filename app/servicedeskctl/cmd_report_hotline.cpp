// report hotline --customer ID --from YYYY-MM-DD --to YYYY-MM-DD [--csv FILE] [--pdf FILE]:
// a customer's record of hotline service (core/hotline/hotlinereport, render/hotlinerecord).
#include "cli.h"

#include "core/hotline/hotlineworkflow.h"
#include "core/hotline/hotlinereport.h"
#include "core/problembase/problemclass.h"
#include "render/hotlinerecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ctl {

namespace {
QString shown(const QString &path) { return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()); }
} // namespace

int runReportHotline(Cli &cli)
{
    const QCommandLineOption customerOption(u"customer"_s, QCoreApplication::translate("servicedeskctl", "The customer's id."), u"ID"_s);
    const QCommandLineOption fromOption(u"from"_s, QCoreApplication::translate("servicedeskctl", "First day of the period (YYYY-MM-DD)."), u"DATE"_s);
    const QCommandLineOption toOption(u"to"_s, QCoreApplication::translate("servicedeskctl", "Last day of the period (YYYY-MM-DD)."), u"DATE"_s);
    const QCommandLineOption csvOption(u"csv"_s, QCoreApplication::translate("servicedeskctl", "Also write the record as CSV to FILE."), u"FILE"_s);
    const QCommandLineOption pdfOption(u"pdf"_s, QCoreApplication::translate("servicedeskctl", "Also write the record as PDF to FILE."), u"FILE"_s);
    if (auto done = cli.parseCommand(QCoreApplication::translate("servicedeskctl", "A customer's record of hotline service: every call of the period with its "
                                        "problem, outcome and solution."),
                                     {customerOption, fromOption, toOption, csvOption, pdfOption}))
        return *done;
    if (auto bad = cli.expectArguments(0))
        return *bad;
    const auto &p = cli.parser();
    bool okId = false;
    const qint64 customerId = p.value(customerOption).toLongLong(&okId);
    if (!okId || customerId <= 0)
        return cli.out().usage(QCoreApplication::translate("servicedeskctl", "--customer ID is required (the customer's number)."));
    const QDate from = QDate::fromString(p.value(fromOption), Qt::ISODate);
    const QDate to = QDate::fromString(p.value(toOption), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return cli.out().usage(QCoreApplication::translate("servicedeskctl", "--from and --to are required as YYYY-MM-DD."));
    auto db = cli.database(Cli::SchemaCheck::Current);
    if (!db)
        return cli.out().fail(db.error());
    auto record = hotlineServiceRecord(*db, customerId, from, to);
    if (!record)
        return cli.out().fail(record.error());

    QJsonObject json{{u"customer_id"_s, customerId},
                     {u"customer"_s, record->customerName},
                     {u"from"_s, from.toString(Qt::ISODate)},
                     {u"to"_s, to.toString(Qt::ISODate)},
                     {u"calls"_s, int(record->calls.size())},
                     {u"solved"_s, record->solved},
                     {u"handed_on"_s, record->handedOn},
                     {u"open"_s, record->open}};
    if (p.isSet(csvOption)) {
        const QString path = p.value(csvOption);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(hotlineServiceRecordCsv(*record)) < 0 || !file.commit())
            return cli.out().fail(Error::make(ErrorCode::Io, QCoreApplication::translate("servicedeskctl", "Cannot write %1: %2").arg(shown(path), file.errorString())));
        json.insert(u"csv"_s, shown(path));
    }
    if (p.isSet(pdfOption)) {
        const QString path = p.value(pdfOption);
        if (auto ok = sd::render::writeHotlineServiceRecordPdf(*record, path); !ok)
            return cli.out().fail(ok.error());
        json.insert(u"pdf"_s, shown(path));
    }
    QJsonArray rows;
    QList<QStringList> table;
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    for (const HotlineCall &c : record->calls) {
        const QString opened = QDateTime::fromMSecsSinceEpoch(c.openedAt, zone).toString(u"yyyy-MM-dd HH:mm"_s);
        rows.append(QJsonObject{{u"call_no"_s, c.callNo},
                                {u"opened"_s, opened},
                                {u"problem_class"_s, c.problemClass},
                                {u"fault_level"_s, c.faultLevel},
                                {u"description"_s, c.description},
                                {u"state"_s, c.state},
                                {u"outcome"_s, hotlineOutcomeText(c)},
                                {u"solution"_s, c.solution}});
        QString problem = c.description;
        if (problem.size() > 28)
            problem = problem.left(27) + u"…"_s;
        table.append({c.callNo, opened, problemclass::title(c.problemClass), problem, hotline::stateTitle(c.state)});
    }
    json.insert(u"rows"_s, rows);
    QString human = Output::keyValues({{QCoreApplication::translate("servicedeskctl", "Customer"), u"%1 (%2)"_s.arg(record->customerName).arg(customerId)},
                                       {QCoreApplication::translate("servicedeskctl", "Period"), from.toString(Qt::ISODate) + u" – "_s + to.toString(Qt::ISODate)},
                                       {QCoreApplication::translate("servicedeskctl", "Calls"), QString::number(record->calls.size())},
                                       {QCoreApplication::translate("servicedeskctl", "Solved"), QString::number(record->solved)},
                                       {QCoreApplication::translate("servicedeskctl", "Handed on"), QString::number(record->handedOn)},
                                       {QCoreApplication::translate("servicedeskctl", "In hand"), QString::number(record->open)}});
    if (!table.isEmpty())
        human += u"\n"_s + Output::table({QCoreApplication::translate("servicedeskctl", "Call no."), QCoreApplication::translate("servicedeskctl", "Opened"), QCoreApplication::translate("servicedeskctl", "Class"), QCoreApplication::translate("servicedeskctl", "Problem"), QCoreApplication::translate("servicedeskctl", "State")}, table);
    if (json.contains(u"csv"_s))
        human += u"\n"_s + QCoreApplication::translate("servicedeskctl", "CSV written to %1").arg(json.value(u"csv"_s).toString());
    if (json.contains(u"pdf"_s))
        human += u"\n"_s + QCoreApplication::translate("servicedeskctl", "PDF written to %1").arg(json.value(u"pdf"_s).toString());
    cli.out().result(json, human);
    return ExitOk;
}

} // namespace sd::ctl
