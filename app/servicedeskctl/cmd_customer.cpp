// customer import | export: customer files through core/csv (all-or-nothing import, permission
// checks and audit in the core).
#include "cli.h"

#include "core/common/privatefiles.h"

#include "core/csv/csv.h"
#include "core/csv/customerimport.h"
#include "core/csv/textdecoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ctl {

namespace {


QString shown(const QString &path) { return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()); }

int runImport(Cli &cli)
{
    if (auto done = cli.parseCommand(
            QCoreApplication::translate("servicedeskctl", "Imports a customer CSV file (UTF-8, UTF-8 with BOM, UTF-16 or GBK/GB18030, detected). "
               "Every row is checked first: one bad row and nothing is imported. Rows already in the registry "
               "(same service code, or same company name) are skipped, so the same file can be run again "
               "safely, also to finish an import that stopped. Written in batches of 500 rows, so other "
               "desks keep working. Needs --as."),
            {}, {{u"file"_s, QCoreApplication::translate("servicedeskctl", "The CSV file."), u"FILE"_s}}))
        return *done;
    if (auto bad = cli.expectArguments(1))
        return *bad;
    const QString path = cli.arguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cli.out().fail(Error::make(ErrorCode::Io, QCoreApplication::translate("servicedeskctl", "Cannot read %1: %2").arg(shown(path), file.errorString())));
    const QByteArray bytes = file.readAll();
    file.close();
    auto a = loginAs(cli);
    if (!a)
        return a.error();
    auto report = importCustomers(a->db, a->who, bytes);
    if (!report)
        return cli.out().fail(report.error());
    for (const QString &w : report->warnings)
        cli.out().note(QCoreApplication::translate("servicedeskctl", "warning: %1").arg(w));
    QString human = QCoreApplication::translate("servicedeskctl", "Imported %1 customers from %2 (encoding: %3).")
                        .arg(report->imported)
                        .arg(shown(path), textEncodingTitle(report->encoding));
    if (report->alreadyPresent > 0)
        human += u" "_s + QCoreApplication::translate("servicedeskctl", "%1 rows were in the registry already and were skipped.")
                              .arg(report->alreadyPresent);
    cli.out().result({{u"file"_s, shown(path)},
                      {u"imported"_s, report->imported},
                      {u"already_present"_s, report->alreadyPresent},
                      {u"batches"_s, report->batches},
                      {u"encoding"_s, textEncodingKey(report->encoding)},
                      {u"warnings"_s, QJsonArray::fromStringList(report->warnings)}},
                     human);
    return ExitOk;
}

/// Rows in an exported file (the header row not counted).
int countRows(const QByteArray &bytes)
{
    auto text = decodeText(bytes);
    if (!text)
        return -1;
    auto records = parseCsv(text->text);
    return records ? int(qMax<qsizetype>(0, records->size() - 1)) : -1;
}

int runExport(Cli &cli)
{
    const QCommandLineOption chineseOption(u"chinese-header"_s, QCoreApplication::translate("servicedeskctl", "Write the header row in Chinese (公司名称, 联系人 …)."));
    const QCommandLineOption encodingOption(u"encoding"_s,
                                            QCoreApplication::translate("servicedeskctl", "utf-8-bom (default, what Excel opens correctly) or gb18030."),
                                            QCoreApplication::translate("servicedeskctl", "encoding"), u"utf-8-bom"_s);
    if (auto done = cli.parseCommand(QCoreApplication::translate("servicedeskctl", "Exports every customer as CSV in the import format. Needs --as."),
                                     {chineseOption, encodingOption},
                                     {{u"file"_s, QCoreApplication::translate("servicedeskctl", "The CSV file to write (replaced if it exists)."), u"FILE"_s}}))
        return *done;
    if (auto bad = cli.expectArguments(1))
        return *bad;
    const QString encodingName = cli.parser().value(encodingOption).toLower();
    ExportEncoding encoding = ExportEncoding::Utf8Bom;
    if (encodingName == u"gb18030"_s || encodingName == u"gbk"_s)
        encoding = ExportEncoding::Gb18030;
    else if (encodingName != u"utf-8-bom"_s && encodingName != u"utf-8"_s && encodingName != u"utf8"_s)
        return cli.out().usage(QCoreApplication::translate("servicedeskctl", "--encoding takes utf-8-bom or gb18030, not \"%1\".").arg(encodingName));
    auto a = loginAs(cli);
    if (!a)
        return a.error();
    auto bytes = exportCustomers(a->db, a->who, cli.parser().isSet(chineseOption), encoding);
    if (!bytes)
        return cli.out().fail(bytes.error());
    const QString path = cli.arguments().first();
    // Written whole or not at all: a half-written export would look like a short customer list.
    if (auto ok = privatefiles::write(path, *bytes); !ok)
        return cli.out().fail(ok.error());
    const int rows = countRows(*bytes);
    cli.out().result({{u"file"_s, shown(path)},
                      {u"exported"_s, rows},
                      {u"bytes"_s, qint64(bytes->size())},
                      {u"encoding"_s, encoding == ExportEncoding::Gb18030 ? u"gb18030"_s : u"utf-8-bom"_s},
                      {u"chinese_header"_s, cli.parser().isSet(chineseOption)}},
                     QCoreApplication::translate("servicedeskctl", "Exported %1 customers to %2.").arg(rows).arg(shown(path)));
    return ExitOk;
}

} // namespace

int runCustomerCommand(Cli &cli, const QString &sub)
{
    if (sub == u"import"_s)
        return runImport(cli);
    return runExport(cli);
}

} // namespace sd::ctl
