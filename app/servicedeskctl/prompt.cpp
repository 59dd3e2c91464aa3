#include "prompt.h"

#include "output.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace sd::ctl {

namespace {

std::optional<std::string> readLine()
{
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::getchar()) != EOF) {
        any = true;
        if (c == '\n')
            break;
        if (c != '\r')
            line.push_back(char(c));
    }
    if (!any)
        return std::nullopt;
    return line;
}
} // namespace

bool stdinIsTerminal()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

std::optional<QString> askHidden(const QString &prompt)
{
    if (!stdinIsTerminal())
        return std::nullopt;
    Output::writeStderr(prompt);
#if defined(Q_OS_WIN)
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    SetConsoleMode(in, mode & ~ENABLE_ECHO_INPUT);
    const auto line = readLine();
    SetConsoleMode(in, mode);
#else
    termios saved{};
    const bool haveTerm = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerm) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const auto line = readLine();
    if (haveTerm)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    if (!line)
        return std::nullopt;
    return QString::fromLocal8Bit(line->c_str());
}

sd::core::Result<QString> secret(const char *envVar, const QString &prompt, const QString &missing, bool confirm)
{
    if (qEnvironmentVariableIsSet(envVar))
        return qEnvironmentVariable(envVar);
    auto first = askHidden(prompt);
    if (!first)
        return sd::core::fail(sd::core::ErrorCode::Authentication, missing);
    if (confirm) {
        auto second = askHidden(QCoreApplication::translate("servicedeskctl", "Repeat it: "));
        if (!second || *second != *first)
            return sd::core::fail(sd::core::ErrorCode::Authentication, QCoreApplication::translate("servicedeskctl", "The two passwords differ."));
    }
    return *first;
}

} // namespace sd::ctl
