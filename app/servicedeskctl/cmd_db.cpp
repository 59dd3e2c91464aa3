// init, migrate, backup, restore, demo: the database as a whole.
#include "cli.h"
#include "prompt.h"

#include "core/auth/staffrepository.h"
#include "core/backup/backup.h"
#include "core/calendar/calendarrepository.h"
#include "core/db/dbcheck.h"
#include "core/db/migrations.h"
#include "core/demo/demodata.h"
#include "core/sla/slarepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ctl {

namespace {


struct Prepared {
    int schemaBefore = 0;
    int schemaAfter = 0;
    int slaPoliciesSeeded = 0;
};

/// The part of init that demo shares: schema, calendar defaults, SLA defaults.
Result<Prepared> prepareSchema(const Database &db)
{
    Prepared p;
    auto before = schemaVersion(db);
    if (!before)
        return std::unexpected(before.error());
    p.schemaBefore = *before;
    if (auto ok = migrate(db); !ok)
        return std::unexpected(ok.error());
    p.schemaAfter = latestSchemaVersion();
    if (auto ok = CalendarRepository::ensureDefaults(db); !ok)
        return std::unexpected(ok.error());
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return std::unexpected(calendar.error());
    auto seeded = SlaRepository::seedDefaults(db, calendar->minutesPerWorkingDay());
    if (!seeded)
        return std::unexpected(seeded.error());
    p.slaPoliciesSeeded = *seeded;
    return p;
}

QString schemaText(const Prepared &p)
{
    if (p.schemaBefore == p.schemaAfter)
        return QCoreApplication::translate("servicedeskctl", "%1 (already current)").arg(p.schemaAfter);
    return QCoreApplication::translate("servicedeskctl", "%1 → %2").arg(p.schemaBefore).arg(p.schemaAfter);
}

QString sizeText(qint64 bytes) { return QLocale::c().formattedDataSize(bytes); }

QJsonObject backupJson(const BackupInfo &info)
{
    return {{u"file"_s, info.file},
            {u"bytes"_s, info.bytes},
            {u"schema_version"_s, info.schemaVersion},
            {u"engine"_s, info.dialect == Dialect::SQLite ? u"sqlite"_s : u"postgresql"_s},
            {u"method"_s, info.method},
            {u"tool"_s, info.tool}};
}

QList<QPair<QString, QString>> backupRows(const BackupInfo &info)
{
    QList<QPair<QString, QString>> rows{{QCoreApplication::translate("servicedeskctl", "File"), QDir::toNativeSeparators(info.file)},
                                        {QCoreApplication::translate("servicedeskctl", "Size"), sizeText(info.bytes)},
                                        {QCoreApplication::translate("servicedeskctl", "Schema version"), QString::number(info.schemaVersion)},
                                        {QCoreApplication::translate("servicedeskctl", "Method"), info.method}};
    if (!info.tool.isEmpty())
        rows.append({QCoreApplication::translate("servicedeskctl", "Tool"), info.tool});
    return rows;
}

int runInit(Cli &cli)
{
    const QCommandLineOption adminOption(u"admin"_s, QCoreApplication::translate("servicedeskctl", "Login of the first administrator (default: admin)."),
                                         QCoreApplication::translate("servicedeskctl", "login"));
    const QCommandLineOption passwordOption(
        u"admin-password"_s,
        QCoreApplication::translate("servicedeskctl", "Password of the first administrator (else SD_NEW_PASSWORD, or asked on a terminal)."), QCoreApplication::translate("servicedeskctl", "password"));
    const QCommandLineOption nameOption(u"admin-name"_s, QCoreApplication::translate("servicedeskctl", "Display name of the first administrator."),
                                        QCoreApplication::translate("servicedeskctl", "name"));
    if (auto done = cli.parseCommand(QCoreApplication::translate("servicedeskctl", "Creates or migrates the schema, seeds the business calendar and "
                                        "the SLA defaults, and creates the first administrator when the "
                                        "database has no staff account. Safe to run again."),
                                     {adminOption, passwordOption, nameOption}))
        return *done;
    if (auto bad = cli.expectArguments(0))
        return *bad;
    const QCommandLineParser &p = cli.parser();
    auto db = cli.database(Cli::SchemaCheck::None);
    if (!db)
        return cli.out().fail(db.error());
    auto prepared = prepareSchema(*db);
    if (!prepared)
        return cli.out().fail(prepared.error());

    StaffRepository staff(*db);
    auto existing = staff.list(true);
    if (!existing)
        return cli.out().fail(existing.error());
    const QString login = p.isSet(adminOption) ? p.value(adminOption).trimmed() : u"admin"_s;
    bool created = false;
    if (existing->isEmpty()) {
        auto password = cli.newPassword(p.value(passwordOption), login);
        if (!password) {
            Error e = password.error();
            e.message = QCoreApplication::translate("servicedeskctl", "The first administrator needs a password: use --admin-password, set "
                           "SD_NEW_PASSWORD, or run on a terminal.");
            return cli.out().fail(e);
        }
        const QString name = p.isSet(nameOption) ? p.value(nameOption) : QCoreApplication::translate("servicedeskctl", "Administrator");
        auto id = staff.bootstrapAdministrator(login, name, *password);
        if (!id)
            return cli.out().fail(id.error());
        created = true;
    } else if (p.isSet(adminOption) || p.isSet(passwordOption)) {
        cli.out().note(QCoreApplication::translate("servicedeskctl", "note: the database already has staff accounts; no administrator was created "
                          "(add accounts with: servicedeskctl user add)."));
    }

    const QString where = db->spec().display();
    cli.out().result(
        {{u"database"_s, where},
         {u"schema_version_before"_s, prepared->schemaBefore},
         {u"schema_version"_s, prepared->schemaAfter},
         {u"sla_policies_seeded"_s, prepared->slaPoliciesSeeded},
         {u"administrator_created"_s, created},
         {u"administrator"_s, created ? QJsonValue(login) : QJsonValue()}},
        Output::keyValues({{QCoreApplication::translate("servicedeskctl", "Database"), where},
                           {QCoreApplication::translate("servicedeskctl", "Schema version"), schemaText(*prepared)},
                           {QCoreApplication::translate("servicedeskctl", "SLA policies seeded"), QString::number(prepared->slaPoliciesSeeded)},
                           {QCoreApplication::translate("servicedeskctl", "Administrator"), created ? QCoreApplication::translate("servicedeskctl", "%1 (created)").arg(login)
                                                         : QCoreApplication::translate("servicedeskctl", "staff accounts exist; none created")}}));
    return ExitOk;
}

int runMigrate(Cli &cli)
{
    if (auto done = cli.parseCommand(QCoreApplication::translate("servicedeskctl", "Brings the database schema to this program's version. A database "
                                        "of a newer version is refused and left untouched (exit code 3)."),
                                     {}))
        return *done;
    if (auto bad = cli.expectArguments(0))
        return *bad;
    auto db = cli.database(Cli::SchemaCheck::None);
    if (!db)
        return cli.out().fail(db.error());
    auto before = schemaVersion(*db);
    if (!before)
        return cli.out().fail(before.error());
    if (auto ok = migrate(*db); !ok)
        return cli.out().fail(ok.error());
    const Prepared p{*before, latestSchemaVersion(), 0};
    cli.out().result({{u"database"_s, db->spec().display()},
                      {u"schema_version_before"_s, p.schemaBefore},
                      {u"schema_version"_s, p.schemaAfter}},
                     Output::keyValues({{QCoreApplication::translate("servicedeskctl", "Database"), db->spec().display()},
                                        {QCoreApplication::translate("servicedeskctl", "Schema version"), schemaText(p)}}));
    return ExitOk;
}

int runBackup(Cli &cli)
{
    if (auto done = cli.parseCommand(
            QCoreApplication::translate("servicedeskctl", "Writes a consistent backup of the whole database while the desks keep working: "
               "SQLite via VACUUM INTO, PostgreSQL via pg_dump -Fc. An existing file is never overwritten."),
            {}, {{u"file"_s, QCoreApplication::translate("servicedeskctl", "The backup file to create."), u"FILE"_s}}))
        return *done;
    if (auto bad = cli.expectArguments(1))
        return *bad;
    if (auto bad = cli.requireActor())
        return *bad;
    auto db = cli.database(Cli::SchemaCheck::None);
    if (!db)
        return cli.out().fail(db.error());
    auto who = cli.actor(*db);
    if (!who)
        return cli.out().fail(who.error());
    auto info = BackupService(*db).backup(*who, cli.arguments().first());
    if (!info)
        return cli.out().fail(info.error());
    cli.out().result(backupJson(*info), QCoreApplication::translate("servicedeskctl", "Backup written.\n") + Output::keyValues(backupRows(*info)));
    return ExitOk;
}

int runRestore(Cli &cli)
{
    if (auto done = cli.parseCommand(
            QCoreApplication::translate("servicedeskctl", "Replaces the database's content with a backup, all or nothing, after checking that the "
               "file is a Service Center Desk backup this program can read. Needs --as an administrator "
               "unless the database has no staff account yet."),
            {}, {{u"file"_s, QCoreApplication::translate("servicedeskctl", "The backup file."), u"FILE"_s}}))
        return *done;
    if (auto bad = cli.expectArguments(1))
        return *bad;
    auto db = cli.database(Cli::SchemaCheck::None);
    if (!db)
        return cli.out().fail(db.error());
    Session who;
    if (cli.hasActor()) {
        auto session = cli.actor(*db);
        if (!session)
            return cli.out().fail(session.error());
        who = *session;
    }
    auto info = BackupService(*db).restore(who, cli.arguments().first());
    if (!info)
        return cli.out().fail(info.error());
    QJsonObject json = backupJson(*info);
    json.insert(u"database"_s, db->spec().display());
    auto rows = backupRows(*info);
    rows.prepend({QCoreApplication::translate("servicedeskctl", "Database"), db->spec().display()});
    cli.out().result(json, QCoreApplication::translate("servicedeskctl", "Restored.\n") + Output::keyValues(rows));
    return ExitOk;
}

int runDemo(Cli &cli)
{
    const QCommandLineOption customersOption(u"customers"_s, QCoreApplication::translate("servicedeskctl", "How many customers (default 2000)."), QCoreApplication::translate("servicedeskctl", "N"),
                                             u"2000"_s);
    const QCommandLineOption seedOption(u"seed"_s, QCoreApplication::translate("servicedeskctl", "Seed of the generator: the same seed gives the same data."),
                                        QCoreApplication::translate("servicedeskctl", "S"));
    if (auto done = cli.parseCommand(QCoreApplication::translate("servicedeskctl", "Initialises the database if needed and loads a demo service center "
                                        "(departments, staff in every role, products, customers). Refused "
                                        "when the database already has customers, and in a database that "
                                        "already has staff accounts unless an administrator runs it (--as); "
                                        "there the demo accounts get a random password, shown once."),
                                     {customersOption, seedOption}))
        return *done;
    if (auto bad = cli.expectArguments(0))
        return *bad;
    const QCommandLineParser &p = cli.parser();
    DemoOptions options;
    bool ok = false;
    options.customers = p.value(customersOption).toInt(&ok);
    if (!ok || options.customers < 0)
        return cli.out().usage(QCoreApplication::translate("servicedeskctl", "--customers takes a number of customers, not \"%1\".").arg(p.value(customersOption)));
    if (p.isSet(seedOption)) {
        options.seed = p.value(seedOption).toUInt(&ok);
        if (!ok)
            return cli.out().usage(QCoreApplication::translate("servicedeskctl", "--seed takes a whole number, not \"%1\".").arg(p.value(seedOption)));
    }
    auto db = cli.database(Cli::SchemaCheck::None);
    if (!db)
        return cli.out().fail(db.error());
    auto prepared = prepareSchema(*db);
    if (!prepared)
        return cli.out().fail(prepared.error());
    // Demo data only into a database made for it, or by an administrator (core decides).
    std::optional<Session> administrator;
    if (cli.hasActor()) {
        auto who = cli.actor(*db);
        if (!who)
            return cli.out().fail(who.error());
        administrator = *who;
    }
    auto allowed = demoOptionsFor(*db, administrator ? &*administrator : nullptr, options);
    if (!allowed)
        return cli.out().fail(allowed.error());
    options = *allowed;
    auto report = generateDemo(*db, options);
    if (!report)
        return cli.out().fail(report.error());

    QJsonArray logins;
    QList<QStringList> loginRows;
    for (const DemoLogin &l : demoLogins()) {
        logins.append(QJsonObject{{u"login"_s, l.login},
                                  {u"password"_s, options.password},
                                  {u"name"_s, l.displayName},
                                  {u"role"_s, roleTitle(l.role)}});
        loginRows.append({l.login, options.password, l.displayName, roleTitle(l.role)});
    }
    const QJsonObject json{{u"database"_s, db->spec().display()},
                           {u"schema_version"_s, prepared->schemaAfter},
                           {u"seed"_s, qint64(options.seed)},
                           {u"staff"_s, report->staff},
                           {u"departments"_s, report->departments},
                           {u"customers"_s, report->customers},
                           {u"contacts"_s, report->contacts},
                           {u"phones"_s, report->phones},
                           {u"contracts"_s, report->contracts},
                           {u"products"_s, report->products},
                           {u"customer_products"_s, report->customerProducts},
                           {u"elapsed_ms"_s, report->elapsedMs},
                           {u"logins"_s, logins}};
    const QString human =
        Output::keyValues({{QCoreApplication::translate("servicedeskctl", "Database"), db->spec().display()},
                           {QCoreApplication::translate("servicedeskctl", "Seed"), QString::number(options.seed)},
                           {QCoreApplication::translate("servicedeskctl", "Staff"), QString::number(report->staff)},
                           {QCoreApplication::translate("servicedeskctl", "Departments"), QString::number(report->departments)},
                           {QCoreApplication::translate("servicedeskctl", "Customers"), QString::number(report->customers)},
                           {QCoreApplication::translate("servicedeskctl", "Contacts"), QString::number(report->contacts)},
                           {QCoreApplication::translate("servicedeskctl", "Phones"), QString::number(report->phones)},
                           {QCoreApplication::translate("servicedeskctl", "Contracts"), QString::number(report->contracts)},
                           {QCoreApplication::translate("servicedeskctl", "Products"), QString::number(report->products)},
                           {QCoreApplication::translate("servicedeskctl", "Purchased products"), QString::number(report->customerProducts)},
                           {QCoreApplication::translate("servicedeskctl", "Time"), QCoreApplication::translate("servicedeskctl", "%1 ms").arg(report->elapsedMs)}})
        + u"\n"_s + QCoreApplication::translate("servicedeskctl", "Demo logins:\n")
        + Output::table({QCoreApplication::translate("servicedeskctl", "LOGIN"), QCoreApplication::translate("servicedeskctl", "PASSWORD"), QCoreApplication::translate("servicedeskctl", "NAME"), QCoreApplication::translate("servicedeskctl", "ROLE")}, loginRows);
    cli.out().result(json, human);
    return ExitOk;
}

} // namespace

int runCheck(Cli &cli)
{
    if (auto done = cli.parseCommand(
            QCoreApplication::translate("servicedeskctl", "Checks the database: the engine's integrity check, references, schema version, the "
                                        "audit trail's protection, number sequences and customers' sort keys. Reads only. "
                                        "Exit 0 when everything holds, 1 when something does not. Needs --as an administrator."),
            {}))
        return *done;
    if (auto bad = cli.expectArguments(0))
        return *bad;
    if (auto bad = cli.requireActor())
        return *bad;
    auto db = cli.database(Cli::SchemaCheck::None);
    if (!db)
        return cli.out().fail(db.error());
    auto who = cli.actor(*db);
    if (!who)
        return cli.out().fail(who.error());
    auto findings = checkDatabase(*db, *who);
    if (!findings)
        return cli.out().fail(findings.error());
    bool allOk = true;
    QJsonArray checks;
    QList<QStringList> rows;
    for (const CheckFinding &f : *findings) {
        allOk &= f.ok;
        checks.append(QJsonObject{{u"name"_s, f.name}, {u"ok"_s, f.ok}, {u"detail"_s, f.detail}});
        rows.append({f.name, f.ok ? QCoreApplication::translate("servicedeskctl", "ok") : QCoreApplication::translate("servicedeskctl", "FAILED"), f.detail});
    }
    cli.out().result(QJsonObject{{u"database"_s, db->spec().display()}, {u"ok"_s, allOk}, {u"checks"_s, checks}},
                     Output::table({QCoreApplication::translate("servicedeskctl", "CHECK"), QCoreApplication::translate("servicedeskctl", "RESULT"),
                                    QCoreApplication::translate("servicedeskctl", "DETAIL")},
                                   rows));
    return allOk ? ExitOk : ExitFailed;
}

int runDbCommand(Cli &cli, const QString &command)
{
    if (command == u"check"_s)
        return runCheck(cli);
    if (command == u"init"_s)
        return runInit(cli);
    if (command == u"migrate"_s)
        return runMigrate(cli);
    if (command == u"backup"_s)
        return runBackup(cli);
    if (command == u"restore"_s)
        return runRestore(cli);
    return runDemo(cli);
}

} // namespace sd::ctl
