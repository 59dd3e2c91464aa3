// report hotline --customer CODE-OR-NAME --from YYYY-MM-DD --to YYYY-MM-DD [--csv FILE] [--pdf FILE]:
// a customer's record of hotline service (core/hotline/hotlinereport, render/hotlinerecord).
#include "cli.h"

#include "core/common/privatefiles.h"

#include "core/auth/permissions.h"
#include "core/hotline/hotlineservice.h"
#include "core/hotline/hotlineworkflow.h"
#include "core/hotline/hotlinereport.h"
#include "core/problembase/problemclass.h"
#include "render/hotlinerecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ctl {

namespace {
QString shown(const QString &path) { return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()); }

/// The desks that see hotline calls (the desk client's Hotline desk page).
RoleSet hotlineRecordRoles()
{
    RoleSet roles = HotlineService::takeCallRoles();
    roles.unite({Role::ServiceEngineer, Role::AccountManager});
    return roles;
}

struct CustomerMatch {
    qint64 id = 0;
    QString name;
    QString serviceCode;
};

Result<QList<CustomerMatch>> customersWhere(const Database &db, const QString &where, const QVariantList &values)
{
    auto q = db.exec(u"SELECT id, name, service_code FROM customers WHERE %1 ORDER BY name, id LIMIT 11"_s.arg(where), values);
    if (!q)
        return std::unexpected(q.error());
    QList<CustomerMatch> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
    return out;
}

/// The customer named on the command line: by service code or name, exactly, else a unique
/// partial match. Ambiguous: a usage error listing the candidates.
std::expected<CustomerMatch, int> resolveCustomer(Cli &cli, const Database &db, const QString &given)
{
    const QString text = given.trimmed();
    QString like = text;
    like.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    like = u"%"_s + like.toLower() + u"%"_s;
    const QList<std::pair<QString, QVariantList>> steps = {
        {u"LOWER(service_code) = LOWER(?)"_s, {text}},
        {u"name = ?"_s, {text}},
        {u"LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(service_code) LIKE ? ESCAPE '\\'"_s, {like, like}},
    };
    for (const auto &[where, values] : steps) {
        auto found = customersWhere(db, where, values);
        if (!found)
            return std::unexpected(cli.out().fail(found.error()));
        if (found->size() == 1)
            return found->first();
        if (found->size() > 1) {
            QStringList candidates;
            for (const CustomerMatch &c : found->mid(0, 10))
                candidates << (c.serviceCode.isEmpty() ? c.name : u"%1 (%2)"_s.arg(c.name, c.serviceCode));
            if (found->size() > 10)
                candidates << u"…"_s;
            return std::unexpected(cli.out().usage(
                QCoreApplication::translate("servicedeskctl", "--customer \"%1\" matches more than one customer; give the service "
                                            "code or the full name of one of: %2")
                    .arg(text, candidates.join(u"; "_s))));
        }
    }
    return std::unexpected(cli.out().fail(Error::make(
        ErrorCode::NotFound,
        QCoreApplication::translate("servicedeskctl", "No customer has the service code or name \"%1\".").arg(text))));
}
} // namespace

int runReportHotline(Cli &cli)
{
    const QCommandLineOption customerOption(
        u"customer"_s,
        QCoreApplication::translate("servicedeskctl", "The customer: the service code, or the name (the full name, or a part "
                                    "that only one customer's name contains)."),
        u"CODE-OR-NAME"_s);
    const QCommandLineOption fromOption(u"from"_s, QCoreApplication::translate("servicedeskctl", "First day of the period (YYYY-MM-DD)."), u"DATE"_s);
    const QCommandLineOption toOption(u"to"_s, QCoreApplication::translate("servicedeskctl", "Last day of the period (YYYY-MM-DD)."), u"DATE"_s);
    const QCommandLineOption csvOption(u"csv"_s, QCoreApplication::translate("servicedeskctl", "Also write the record as CSV to FILE."), u"FILE"_s);
    const QCommandLineOption pdfOption(u"pdf"_s, QCoreApplication::translate("servicedeskctl", "Also write the record as PDF to FILE."), u"FILE"_s);
    if (auto done = cli.parseCommand(QCoreApplication::translate("servicedeskctl", "A customer's record of hotline service: every call of the period with its "
                                        "problem, outcome and solution. Needs --as (hotline operator, service "
                                        "manager, service engineer or account manager)."),
                                     {customerOption, fromOption, toOption, csvOption, pdfOption}))
        return *done;
    if (auto bad = cli.expectArguments(0))
        return *bad;
    const auto &p = cli.parser();
    if (p.value(customerOption).trimmed().isEmpty())
        return cli.out().usage(QCoreApplication::translate("servicedeskctl", "--customer is required (the customer's service code or name)."));
    const QDate from = QDate::fromString(p.value(fromOption), Qt::ISODate);
    const QDate to = QDate::fromString(p.value(toOption), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return cli.out().usage(QCoreApplication::translate("servicedeskctl", "--from and --to are required as YYYY-MM-DD."));
    auto a = loginAs(cli);
    if (!a)
        return a.error();
    if (auto ok = requireRoles(a->db, a->who, hotlineRecordRoles(),
                               QCoreApplication::translate("servicedeskctl", "Read a customer's record of hotline service"),
                               u"customers"_s);
        !ok)
        return cli.out().fail(ok.error());
    auto customer = resolveCustomer(cli, a->db, p.value(customerOption));
    if (!customer)
        return customer.error();
    const qint64 customerId = customer->id;
    const Database *db = &a->db;
    auto record = hotlineServiceRecord(*db, customerId, from, to);
    if (!record)
        return cli.out().fail(record.error());

    QJsonObject json{{u"customer_id"_s, customerId},
                     {u"customer"_s, record->customerName},
                     {u"service_code"_s, customer->serviceCode},
                     {u"from"_s, from.toString(Qt::ISODate)},
                     {u"to"_s, to.toString(Qt::ISODate)},
                     {u"calls"_s, int(record->calls.size())},
                     {u"solved"_s, record->solved},
                     {u"handed_on"_s, record->handedOn},
                     {u"open"_s, record->open}};
    if (p.isSet(csvOption)) {
        const QString path = p.value(csvOption);
        if (auto ok = privatefiles::write(path, hotlineServiceRecordCsv(*record)); !ok)
            return cli.out().fail(ok.error());
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
    QString human = Output::keyValues({{QCoreApplication::translate("servicedeskctl", "Customer"),
                                        customer->serviceCode.isEmpty() ? record->customerName
                                                                        : u"%1 (%2)"_s.arg(record->customerName, customer->serviceCode)},
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
