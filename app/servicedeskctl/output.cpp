#include "output.h"

#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;
using sd::core::Error;
using sd::core::ErrorCode;

namespace sd::ctl {

namespace {

bool isWide(char32_t c)
{
    // East Asian Wide and Fullwidth ranges that matter for Chinese text.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString padded(const QString &text, int width)
{
    return text + QString(qMax(0, width - Output::displayWidth(text)), u' ');
}

} // namespace

int Output::displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

void Output::writeStdout(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Output::writeStderr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void Output::result(const QJsonObject &json, const QString &human) const
{
    if (m_json) {
        writeStdout(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        return;
    }
    if (human.isEmpty())
        return;
    writeStdout(human.endsWith(u'\n') ? human : human + u'\n');
}

QString Output::keyValues(const QList<QPair<QString, QString>> &rows)
{
    int width = 0;
    for (const auto &row : rows)
        width = qMax(width, displayWidth(row.first));
    QString text;
    for (const auto &row : rows)
        text += padded(row.first + u':', width + 3) + row.second + u'\n';
    return text;
}

QString Output::table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : headers)
        widths << displayWidth(h);
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], displayWidth(row.at(i)));
    auto line = [&](const QStringList &cells) {
        QString out;
        for (int i = 0; i < cells.size() && i < widths.size(); ++i)
            out += i + 1 < cells.size() ? padded(cells.at(i), widths.at(i) + 2) : cells.at(i);
        return out + u'\n';
    };
    QString text = line(headers);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

int Output::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::SchemaTooNew: return ExitSchemaTooNew;
    case ErrorCode::Forbidden: return ExitForbidden;
    case ErrorCode::Conflict: return ExitStale;
    case ErrorCode::NotAllowedInState: return ExitNotAllowedInState;
    default: return ExitFailed;
    }
}

QString Output::codeKey(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Invalid: return u"invalid"_s;
    case ErrorCode::NotFound: return u"not_found"_s;
    case ErrorCode::Conflict: return u"conflict"_s;
    case ErrorCode::Forbidden: return u"forbidden"_s;
    case ErrorCode::NotAllowedInState: return u"not_allowed_in_state"_s;
    case ErrorCode::Database: return u"database"_s;
    case ErrorCode::SchemaTooNew: return u"schema_too_new"_s;
    case ErrorCode::Io: return u"io"_s;
    case ErrorCode::Authentication: return u"authentication"_s;
    }
    return u"error"_s;
}

void Output::reportError(const QString &message, const QString &code, const Error *error) const
{
    // One line, whatever the message holds: scripts read the last line of stderr.
    QString oneLine = message.simplified();
    if (oneLine.isEmpty())
        oneLine = u"unknown error"_s;
    writeStderr(u"servicedeskctl: "_s + oneLine + u'\n');
    if (!m_json)
        return;
    QJsonObject json{{u"error"_s, oneLine}, {u"code"_s, code}};
    if (error && error->line > 0)
        json.insert(u"line"_s, error->line);
    if (error && !error->field.isEmpty())
        json.insert(u"field"_s, error->field);
    writeStdout(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) + u'\n');
}

int Output::fail(const Error &error) const
{
    reportError(error.describe(), codeKey(error.code), &error);
    return exitCodeFor(error.code);
}

int Output::usage(const QString &message) const
{
    reportError(message, u"usage"_s, nullptr);
    return ExitUsage;
}

void Output::note(const QString &text) const
{
    writeStderr(text.endsWith(u'\n') ? text : text + u'\n');
}

} // namespace sd::ctl
