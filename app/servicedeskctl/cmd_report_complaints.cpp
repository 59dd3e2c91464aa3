// servicedeskctl report complaints --month YYYY-MM [--pdf FILE] [--csv FILE]
#include "cli.h"

#include "core/common/privatefiles.h"

#include "core/auth/permissions.h"
#include "core/complaints/complaintservice.h"
#include "core/reports/complaintreport.h"
#include "render/complaintreportpdf.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ctl {

int runReportComplaints(Cli &cli)
{
    const QCommandLineOption monthOption(u"month"_s, QCoreApplication::translate("servicedeskctl", "The month, YYYY-MM."), u"YYYY-MM"_s);
    const QCommandLineOption pdfOption(u"pdf"_s, QCoreApplication::translate("servicedeskctl", "Write the report with its charts as a PDF."), u"FILE"_s);
    const QCommandLineOption csvOption(u"csv"_s, QCoreApplication::translate("servicedeskctl", "Write the report's figures as CSV (UTF-8 with BOM)."), u"FILE"_s);
    if (auto done = cli.parseCommand(
            QCoreApplication::translate("servicedeskctl",
                                        "The monthly complaint analysis report: counts by source, validity, class, department "
                                        "and person; reply, follow-up and HQ feedback timeliness; satisfaction; the trend over "
                                        "13 months; open and escalated complaints. Without a file the summary is printed "
                                        "(JSON with --json). Needs --as (quality supervisor or a department manager)."),
            {monthOption, pdfOption, csvOption}))
        return *done;
    if (auto bad = cli.expectArguments(0))
        return *bad;
    if (!cli.parser().isSet(monthOption))
        return cli.out().usage(QCoreApplication::translate("servicedeskctl", "--month YYYY-MM is required."));
    auto month = reports::parseReportMonth(cli.parser().value(monthOption));
    if (!month)
        return cli.out().usage(month.error().message);
    auto a = loginAs(cli);
    if (!a)
        return a.error();
    if (auto ok = requireRoles(a->db, a->who, complaints::reportRoles(),
                               QCoreApplication::translate("servicedeskctl", "Read the monthly complaint report"),
                               u"complaint_reports"_s, *month);
        !ok)
        return cli.out().fail(ok.error());
    auto svc = complaints::ComplaintService::open(a->db);
    if (!svc)
        return cli.out().fail(svc.error());
    auto report = reports::buildComplaintReport(a->db, svc->calendar(), *month, Database::nowMs());
    if (!report)
        return cli.out().fail(report.error());

    QJsonObject written;
    QStringList human;
    if (cli.parser().isSet(csvOption)) {
        const QString path = cli.parser().value(csvOption);
        const QByteArray bytes = reports::complaintReportCsv(*report);
        if (auto ok = privatefiles::write(path, bytes); !ok)
            return cli.out().fail(ok.error());
        written.insert(u"csv"_s, QDir::toNativeSeparators(path));
        human << QCoreApplication::translate("servicedeskctl", "Wrote the CSV to %1.").arg(QDir::toNativeSeparators(path));
    }
    if (cli.parser().isSet(pdfOption)) {
        const QString path = cli.parser().value(pdfOption);
        if (auto ok = render::writeComplaintReportPdf(*report, path); !ok)
            return cli.out().fail(ok.error());
        written.insert(u"pdf"_s, QDir::toNativeSeparators(path));
        human << QCoreApplication::translate("servicedeskctl", "Wrote the PDF to %1.").arg(QDir::toNativeSeparators(path));
    }
    QJsonObject json = QJsonDocument::fromJson(reports::complaintReportJson(*report)).object();
    for (auto it = written.begin(); it != written.end(); ++it)
        json.insert(it.key(), it.value());
    if (human.isEmpty())
        human << reports::complaintReportText(*report);
    cli.out().result(json, human.join(u'\n'));
    return ExitOk;
}

} // namespace sd::ctl
