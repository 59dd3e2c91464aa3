#pragma once

#include "core/common/error.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sd::ctl {

/// servicedeskctl's exit codes (documented in --help).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitSchemaTooNew = 3,
    ExitForbidden = 4,
    ExitStale = 5,            ///< someone saved the record since the version given
    ExitNotAllowedInState = 6,///< the action is not possible in the record's state
};

/// Everything the tool prints goes through here, so that --json and the human form stay in step:
/// a command builds both, and the mode decides which one is written.
class Output final
{
public:
    explicit Output(bool json = false) : m_json(json) {}

    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }

    /// A command's result: the JSON object with --json, otherwise the human text (if any).
    void result(const QJsonObject &json, const QString &human) const;
    /// Aligned "key   value" lines (human form).
    static QString keyValues(const QList<QPair<QString, QString>> &rows);
    /// An aligned table with a header row (human form); CJK characters count two columns.
    static QString table(const QStringList &headers, const QList<QStringList> &rows);

    /// Reports the error (one line on stderr; the JSON object on stdout too) and returns the
    /// exit code for its class.
    int fail(const sd::core::Error &error) const;
    /// A usage error: exit code 2.
    int usage(const QString &message) const;
    /// A line for the operator that is not the result (a warning, a note) on stderr.
    void note(const QString &text) const;

    static int exitCodeFor(sd::core::ErrorCode code);
    /// Stable key of an error class in JSON output, e.g. "schema_too_new".
    static QString codeKey(sd::core::ErrorCode code);
    /// Columns a terminal uses for the text (wide East Asian characters take two).
    static int displayWidth(const QString &text);

    static void writeStdout(const QString &text);
    static void writeStderr(const QString &text);

private:
    void reportError(const QString &message, const QString &code, const sd::core::Error *error) const;

    bool m_json = false;
};

} // namespace sd::ctl
