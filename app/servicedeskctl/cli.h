#pragma once

#include "output.h"

#include "core/auth/roles.h"
#include "core/db/database.h"

#include <QCommandLineParser>
#include <QStringList>

#include <expected>
#include <optional>

namespace sd::ctl {

/// One positional argument of a command, for its --help.
struct Positional {
    QString name;
    QString description;
    QString syntax;
};

/// The state of one servicedeskctl run: the parser with the global options, the output mode,
/// and the database and acting staff member, opened when a command first asks for them.
class Cli final
{
public:
    explicit Cli(const QStringList &arguments);
    ~Cli();
    Q_DISABLE_COPY_MOVE(Cli)

    /// Parses the command line, runs the command and returns the exit code.
    int run();

    // ---- for the command groups (cmd_*.cpp)

    Output &out() { return m_out; }
    const QCommandLineParser &parser() const { return m_parser; }

    /// Adds the command's options and positionals, parses again, and handles --help and
    /// unknown options. Returns an exit code when the run should end here.
    std::optional<int> parseCommand(const QString &description, const QList<QCommandLineOption> &options,
                                    const QList<Positional> &positionals = {});
    /// The positional arguments after the command words.
    QStringList arguments() const;
    /// Usage error unless exactly `count` arguments follow the command words.
    std::optional<int> expectArguments(qsizetype count);

    enum class SchemaCheck {
        None,     ///< init, migrate, restore, demo: they bring the schema up themselves
        Current,  ///< everything else: a newer schema is refused (exit 3), an older one needs migrate
    };
    /// The database named by --database (opened once; PostgreSQL password asked if needed).
    sd::core::Result<sd::core::Database> database(SchemaCheck check);
    /// True when --as was given.
    bool hasActor() const;
    /// The staff member named by --as, logged in with the password from SD_PASSWORD or the
    /// terminal. A usage error (exit 2) when --as is missing is reported by requireActor().
    sd::core::Result<sd::core::Session> actor(const sd::core::Database &db);
    /// Usage error when --as is missing.
    std::optional<int> requireActor();
    /// The password actor() logged in with (for changing one's own password).
    QString actorPassword() const { return m_actorPassword; }

    /// A new password for an account: --password-like option value, SD_NEW_PASSWORD, or asked
    /// twice on the terminal.
    sd::core::Result<QString> newPassword(const QString &given, const QString &login);

private:
    int dispatch();
    void setCommandSyntax(const QString &description, const QList<Positional> &positionals);
    QString globalHelp() const;
    /// The usage and subcommands of a command group (user, customer, calendar, report).
    QString groupHelp(const QString &group) const;
    /// The parser's help with the program's plain name in the usage line.
    QString helpText() const;

    QStringList m_arguments;
    QCommandLineParser m_parser;
    Output m_out;
    QStringList m_commandWords;
    QCommandLineOption m_databaseOption;
    QCommandLineOption m_jsonOption;
    QCommandLineOption m_asOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_verboseOption;
    QCommandLineOption m_versionOption;
    /// "WORKFLOW act … --version N" names the record's version, not the program's.
    bool m_versionIsRecords = false;
    std::optional<sd::core::Database> m_db;
    QString m_actorPassword;
};

/// The database and the staff member acting, for commands that need --as.
struct Acting {
    sd::core::Database db;
    sd::core::Session who;
};
/// Opens the database (schema must be current) and logs in --as; on failure the error is
/// reported and the exit code returned.
std::expected<Acting, int> loginAs(Cli &cli);

// Command groups, one file each.
int runDbCommand(Cli &cli, const QString &command);   // init, migrate, backup, restore, demo
int runUserCommand(Cli &cli, const QString &sub);     // user add|passwd|disable|enable|list
int runCustomerCommand(Cli &cli, const QString &sub); // customer import|export
int runCalendarCommand(Cli &cli, const QString &sub); // calendar import|hours|due|show
int runDigestCommand(Cli &cli);                      // digest --date YYYY-MM-DD (cmd_digest.cpp, issue 3)
int runReportHotline(Cli &cli);                      // report hotline (cmd_report_hotline.cpp, issue 4)
int runReportComplaints(Cli &cli);                   // report complaints (cmd_report_complaints.cpp, issue 6)

// WORKFLOW list|show|actions|new|act|fields for every workflow of core's registry (cmd_workflow.cpp, issue 11).
QStringList workflowNames();
QStringList workflowSubcommands();
/// The body of `WORKFLOW --help` (subcommands and exit codes); empty for an unknown name.
QString workflowHelp(const QString &name);
int runWorkflowCommand(Cli &cli, const QString &name, const QString &sub);

} // namespace sd::ctl
