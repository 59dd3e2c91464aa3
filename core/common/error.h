#pragma once

#include <QCoreApplication>
#include <QString>
#include <expected>

namespace sd::core {

/// What went wrong, in classes the UI can react to differently.
enum class ErrorCode {
    Invalid,           ///< a field is missing or malformed (see Error::field)
    NotFound,          ///< the record does not exist
    Conflict,          ///< someone else saved the record since it was read
    Forbidden,         ///< the session lacks the role for the action (audited)
    NotAllowedInState, ///< the workflow has no such transition from the current state
    Database,          ///< the database refused or failed
    SchemaTooNew,      ///< the database was created by a newer version of the program
    Io,                ///< a file could not be read or written
    Authentication,    ///< wrong login or password, or a disabled account
};

/// An error a core service returns: a code and a message already translated for the user.
struct Error {
    ErrorCode code = ErrorCode::Database;
    QString message;
    QString field;   ///< for Invalid: the offending field
    int line = 0;    ///< for imports: the 1-based line of the input that failed

    static Error invalid(const QString &field, const QString &message)
    {
        return {ErrorCode::Invalid, message, field, 0};
    }
    static Error make(ErrorCode code, const QString &message) { return {code, message, {}, 0}; }

    /// The message with the line number in front, as a CLI prints it.
    QString describe() const;
};

template <typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, const QString &message)
{
    return std::unexpected(Error::make(code, message));
}
inline std::unexpected<Error> failInvalid(const QString &field, const QString &message)
{
    return std::unexpected(Error::invalid(field, message));
}

} // namespace sd::core
