#include "cli.h"

#include "prompt.h"

#include "core/auth/staffrepository.h"
#include "core/common/logging.h"
#include "core/db/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ctl {

namespace {


const QStringList kUserCommands = {u"add"_s, u"passwd"_s, u"disable"_s, u"enable"_s, u"list"_s};
const QStringList kCustomerCommands = {u"import"_s, u"export"_s};
const QStringList kCalendarCommands = {u"import"_s, u"hours"_s, u"due"_s, u"show"_s};
const QStringList kReportCommands = {u"hotline"_s, u"complaints"_s};
const QStringList kDbCommands = {u"init"_s, u"migrate"_s, u"backup"_s, u"restore"_s, u"demo"_s, u"digest"_s, u"check"_s};

} // namespace

Cli::Cli(const QStringList &arguments)
    : m_arguments(arguments),
      m_databaseOption(u"database"_s,
                       QCoreApplication::translate("servicedeskctl", "The database: a SQLite file, or postgresql://user@host[:port]/dbname[?sslmode=…] "
                          "(password from PGPASSWORD, or asked on a terminal). Default: the desk "
                          "client's SQLite file in the user's data folder."),
                       QCoreApplication::translate("servicedeskctl", "path-or-url")),
      m_jsonOption(u"json"_s, QCoreApplication::translate("servicedeskctl", "Print the result (and errors) as JSON on standard output.")),
      m_asOption(u"as"_s,
                 QCoreApplication::translate("servicedeskctl", "The staff member acting (password from SD_PASSWORD, or asked on a terminal). "
                    "Every command that reads or changes records needs it; its permissions are checked."),
                 QCoreApplication::translate("servicedeskctl", "login")),
      m_helpOption(QStringList{u"h"_s, u"help"_s}, QCoreApplication::translate("servicedeskctl", "Show the help (of a command, after its name).")),
      m_verboseOption(u"verbose"_s, QCoreApplication::translate("servicedeskctl", "Log what the program does on standard error (statements and their time, actions, "
                                                                  "logins; never values or passwords). Finer: QT_LOGGING_RULES=\"sd.db.debug=true\".")),
      m_versionOption(QStringList{u"v"_s, u"version"_s}, QCoreApplication::translate("servicedeskctl", "Show the version."))
{
    m_parser.setApplicationDescription(globalHelp());
    m_parser.addOptions({m_databaseOption, m_jsonOption, m_asOption, m_helpOption, m_verboseOption});
}

Cli::~Cli()
{
    if (m_db)
        m_db->close();
}

QString Cli::globalHelp() const
{
    return QCoreApplication::translate("servicedeskctl", "Service Center Desk administration.\n\n"
              "Commands:\n"
              "  init [--admin LOGIN --admin-password PW]   create or migrate the schema, seed defaults,\n"
              "                                             create the first administrator\n"
              "  migrate                                    bring the schema to this version\n"
              "  backup FILE                                consistent online backup (--as)\n"
              "  restore FILE                               replace the data with a backup\n"
              "  check                                      integrity and the program's invariants (--as)\n"
              "  demo --customers N [--seed S]              load demo data into an empty database\n"
              "  user add|passwd|disable|enable|list        staff accounts (--as an administrator)\n"
              "  customer import|export FILE                customer files, CSV (--as)\n"
              "  calendar import|hours|due|show             the business calendar\n"
              "  digest --date YYYY-MM-DD [--csv F --pdf F] the first-visit needs digest of a day (--as)\n"
              "  report hotline|complaints                  reports (--as)\n"
              "  WORKFLOW list|show|actions|new|act|fields  records of a workflow (--as; fields without):\n"
              "                                             firstvisit, call, dispatch, returnvisit,\n"
              "                                             complaint, problem, project, training\n\n"
              "Commands that read or change records act as the staff member named by --as, with\n"
              "that person's permissions.\n"
              "Run 'servicedeskctl COMMAND --help' for a command's options, and\n"
              "'servicedeskctl GROUP --help' for the subcommands of user, customer, calendar, report\n"
              "and of each workflow.\n"
              "Exit codes: 0 ok, 1 error (an invalid field, no such record …), 2 usage, 3 database\n"
              "schema too new, 4 not allowed, 5 stale version (someone saved since), 6 not possible\n"
              "in the record's state.");
}

QString Cli::groupHelp(const QString &group) const
{
    const QString usage = QCoreApplication::translate("servicedeskctl", "Usage: servicedeskctl [--database DB] [--json] [--as LOGIN] %1 SUBCOMMAND [options]")
                              .arg(group);
    QString body;
    if (group == u"user"_s)
        body = QCoreApplication::translate("servicedeskctl", "Staff accounts. Every subcommand needs --as (an administrator; passwd also "
                  "the account's owner).\n\n"
                  "Subcommands:\n"
                  "  add LOGIN --name NAME --roles R1,R2 [--department D] [--password PW]\n"
                  "      [--phone P] [--email E]\n"
                  "                                  create an account\n"
                  "  passwd LOGIN [--password PW]    set a new password\n"
                  "  disable LOGIN                   disable an account\n"
                  "  enable LOGIN                    enable a disabled account\n"
                  "  list [--active-only]            list the accounts");
    else if (group == u"customer"_s)
        body = QCoreApplication::translate("servicedeskctl", "Customer files (CSV). Every subcommand needs --as.\n\n"
                  "Subcommands:\n"
                  "  import FILE                     import customers from a CSV file\n"
                  "  export FILE [--chinese-header] [--encoding E]\n"
                  "                                  export every customer as CSV");
    else if (group == u"calendar"_s)
        body = QCoreApplication::translate("servicedeskctl", "The business calendar (working hours, holidays, make-up working days).\n\n"
                  "Subcommands:\n"
                  "  import FILE                     import holidays and make-up days (--as an administrator)\n"
                  "  hours HH:MM-HH:MM[,...]         set the working hours (--as an administrator)\n"
                  "  due --from MOMENT --working-minutes N\n"
                  "                                  when N working minutes after a moment end\n"
                  "  show [--year Y]                 the calendar and its exception days");
    else if (group == u"report"_s)
        body = QCoreApplication::translate("servicedeskctl", "Reports. Every subcommand needs --as; the acting person's permission is checked.\n\n"
                  "Subcommands:\n"
                  "  hotline --customer CODE-OR-NAME --from YYYY-MM-DD --to YYYY-MM-DD [--csv F] [--pdf F]\n"
                  "                                  a customer's record of hotline service\n"
                  "  complaints --month YYYY-MM [--csv F] [--pdf F]\n"
                  "                                  the monthly complaint analysis report");
    else
        body = workflowHelp(group);
    return usage + u"\n\n"_s + body + u"\n\n"_s
           + QCoreApplication::translate("servicedeskctl", "Run 'servicedeskctl %1 SUBCOMMAND --help' for a subcommand's options.").arg(group)
           + u'\n';
}

QString Cli::helpText() const
{
    QString text = m_parser.helpText();
    const QString program = m_arguments.value(0);
    if (const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program); at >= 0)
        text.replace(at, program.size(), u"servicedeskctl"_s);
    return text;
}

int Cli::run()
{
    {
        // "WORKFLOW act … --version N" takes the record's version; everywhere else --version
        // asks for the program's.
        QCommandLineParser probe;
        probe.addOptions({m_databaseOption, m_jsonOption, m_asOption, m_helpOption, m_versionOption, m_verboseOption});
        (void)probe.parse(m_arguments);
        const QStringList words = probe.positionalArguments();
        m_versionIsRecords = words.size() >= 2 && workflowNames().contains(words.at(0)) && words.at(1) == u"act"_s;
        if (!m_versionIsRecords)
            m_parser.addOption(m_versionOption);
    }
    (void)m_parser.parse(m_arguments); // command options are not known yet: errors come later
    m_out.setJson(m_parser.isSet(m_jsonOption));
    if (m_parser.isSet(m_verboseOption))
        sd::core::logging::enableVerbose();
    if (!m_versionIsRecords && m_parser.isSet(m_versionOption)) {
        Output::writeStdout(QCoreApplication::applicationName() + u"ctl "_s +
                            QCoreApplication::applicationVersion() + u'\n');
        return ExitOk;
    }
    QStringList words = m_parser.positionalArguments();
    QHash<QString, QStringList> groups = {
        {u"user"_s, kUserCommands}, {u"customer"_s, kCustomerCommands}, {u"calendar"_s, kCalendarCommands},
        {u"report"_s, kReportCommands}};
    for (const QString &workflow : workflowNames())
        groups.insert(workflow, workflowSubcommands());
    if (!words.isEmpty() && words.first() == u"help"_s && words.size() > 1) {
        // "help GROUP [SUB]" is "GROUP [SUB] --help".
        if (words.size() == 2 && groups.contains(words.at(1))) {
            Output::writeStdout(groupHelp(words.at(1)));
            return ExitOk;
        }
        m_arguments.removeOne(u"help"_s);
        m_arguments.append(u"--help"_s);
        (void)m_parser.parse(m_arguments);
        words = m_parser.positionalArguments();
    }
    if (words.isEmpty() || words.first() == u"help"_s) {
        if (m_parser.isSet(m_helpOption) || !words.isEmpty()) {
            Output::writeStdout(helpText());
            return ExitOk;
        }
        if (!m_parser.unknownOptionNames().isEmpty())
            return m_out.usage(m_parser.errorText());
        return m_out.usage(QCoreApplication::translate("servicedeskctl", "No command given; see servicedeskctl --help."));
    }
    const QString command = words.first();
    if (groups.contains(command)) {
        const QStringList &subs = groups.value(command);
        if (words.size() < 2 || !subs.contains(words.at(1))) {
            if (m_parser.isSet(m_helpOption) && words.size() < 2) {
                Output::writeStdout(groupHelp(command));
                return ExitOk;
            }
            return m_out.usage(words.size() < 2
                                   ? QCoreApplication::translate("servicedeskctl", "%1: name a subcommand: %2.").arg(command, subs.join(u", "_s))
                                   : QCoreApplication::translate("servicedeskctl", "%1: unknown subcommand \"%2\"; use one of: %3.")
                                         .arg(command, words.at(1), subs.join(u", "_s)));
        }
        m_commandWords = words.mid(0, 2);
    } else if (kDbCommands.contains(command)) {
        m_commandWords = {command};
    } else {
        return m_out.usage(QCoreApplication::translate("servicedeskctl", "Unknown command \"%1\"; see servicedeskctl --help.").arg(command));
    }
    return dispatch();
}

int Cli::dispatch()
{
    const QString command = m_commandWords.first();
    if (command == u"user"_s)
        return runUserCommand(*this, m_commandWords.at(1));
    if (command == u"customer"_s)
        return runCustomerCommand(*this, m_commandWords.at(1));
    if (command == u"calendar"_s)
        return runCalendarCommand(*this, m_commandWords.at(1));
    if (command == u"report"_s)
        return m_commandWords.at(1) == u"hotline"_s ? runReportHotline(*this) : runReportComplaints(*this);
    if (command == u"digest"_s)
        return runDigestCommand(*this);
    if (workflowNames().contains(command))
        return runWorkflowCommand(*this, command, m_commandWords.at(1));
    return runDbCommand(*this, command);
}

std::optional<int> Cli::parseCommand(const QString &description, const QList<QCommandLineOption> &options,
                                     const QList<Positional> &positionals)
{
    m_parser.addOptions(options);
    m_parser.clearPositionalArguments();
    m_parser.setApplicationDescription(description);
    m_parser.addPositionalArgument(m_commandWords.join(u' '), QCoreApplication::translate("servicedeskctl", "The command."), m_commandWords.join(u' '));
    for (const Positional &p : positionals)
        m_parser.addPositionalArgument(p.name, p.description, p.syntax);
    if (!m_parser.parse(m_arguments))
        return m_out.usage(m_parser.errorText());
    if (m_parser.isSet(m_helpOption)) {
        Output::writeStdout(helpText());
        return ExitOk;
    }
    return std::nullopt;
}

QStringList Cli::arguments() const
{
    return m_parser.positionalArguments().mid(m_commandWords.size());
}

std::optional<int> Cli::expectArguments(qsizetype count)
{
    const QStringList args = arguments();
    if (args.size() == count)
        return std::nullopt;
    const QString command = m_commandWords.join(u' ');
    if (args.size() < count)
        return m_out.usage(QCoreApplication::translate("servicedeskctl", "%1: missing argument (see servicedeskctl %1 --help).").arg(command));
    return m_out.usage(QCoreApplication::translate("servicedeskctl", "%1: unexpected argument \"%2\".").arg(command, args.at(count)));
}

Result<Database> Cli::database(SchemaCheck check)
{
    if (!m_db) {
        auto spec = ConnectionSpec::parse(m_parser.value(m_databaseOption));
        if (!spec)
            return std::unexpected(spec.error());
        if (spec->dialect == Dialect::SQLite && check == SchemaCheck::Current && !QFileInfo::exists(spec->sqlitePath))
            return fail(ErrorCode::NotFound,
                        QCoreApplication::translate("servicedeskctl", "There is no database at %1 (create one with: servicedeskctl init).")
                            .arg(QDir::toNativeSeparators(spec->sqlitePath)));
        auto db = Database::open(*spec);
        // Like psql: ask for the password only when the server wants one.
        if (!db && spec->needsPassword() && stdinIsTerminal()
            && db.error().message.contains(u"password"_s, Qt::CaseInsensitive)) {
            if (auto password = askHidden(QCoreApplication::translate("servicedeskctl", "PostgreSQL password for %1@%2: ").arg(spec->user, spec->host))) {
                spec->password = *password;
                db = Database::open(*spec);
            }
        }
        if (!db)
            return std::unexpected(db.error());
        m_db = *db;
    }
    if (check == SchemaCheck::Current) {
        if (auto ok = checkSchemaCurrent(*m_db); !ok)
            return std::unexpected(ok.error());
    }
    return *m_db;
}

bool Cli::hasActor() const { return m_parser.isSet(m_asOption); }

std::optional<int> Cli::requireActor()
{
    if (hasActor())
        return std::nullopt;
    return m_out.usage(QCoreApplication::translate("servicedeskctl", "%1 needs --as LOGIN (the staff member acting).").arg(m_commandWords.join(u' ')));
}

Result<Session> Cli::actor(const Database &db)
{
    const QString login = m_parser.value(m_asOption).trimmed();
    auto password = secret("SD_PASSWORD", QCoreApplication::translate("servicedeskctl", "Password for %1: ").arg(login),
                           QCoreApplication::translate("servicedeskctl", "--as %1 needs a password: set SD_PASSWORD or run on a terminal.").arg(login));
    if (!password)
        return std::unexpected(password.error());
    auto session = AuthService(db).login(login, *password);
    if (!session) {
        Error e = session.error();
        e.message = QCoreApplication::translate("servicedeskctl", "--as %1: %2").arg(login, e.message);
        return std::unexpected(e);
    }
    m_actorPassword = *password;
    return session;
}

Result<QString> Cli::newPassword(const QString &given, const QString &login)
{
    if (!given.isEmpty())
        return given;
    auto password = secret("SD_NEW_PASSWORD", QCoreApplication::translate("servicedeskctl", "New password for %1: ").arg(login),
                           QCoreApplication::translate("servicedeskctl", "No password for %1: use --password, set SD_NEW_PASSWORD, or run on a "
                              "terminal.").arg(login),
                           true);
    if (!password) {
        Error e = password.error();
        e.code = ErrorCode::Invalid;
        return std::unexpected(e);
    }
    return password;
}

std::expected<Acting, int> loginAs(Cli &cli)
{
    if (auto bad = cli.requireActor())
        return std::unexpected(*bad);
    auto db = cli.database(Cli::SchemaCheck::Current);
    if (!db)
        return std::unexpected(cli.out().fail(db.error()));
    auto who = cli.actor(*db);
    if (!who)
        return std::unexpected(cli.out().fail(who.error()));
    return Acting{*db, *who};
}

} // namespace sd::ctl
