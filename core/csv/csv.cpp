#include "core/csv/csv.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace sd::core {

Result<QList<CsvRecord>> parseCsv(const QString &text)
{
    QList<CsvRecord> records;
    const QChar *p = text.constData();
    const qsizetype n = text.size();
    qsizetype i = 0;
    if (n > 0 && p[0] == QChar(0xFEFF))
        ++i;

    int line = 1;          // physical line of p[i]
    int recordLine = 1;    // where the current record started
    int quoteLine = 0;     // where the open quote was, for the error
    bool inQuotes = false;
    bool fieldQuoted = false;   // the current field began with a quote
    bool recordStarted = false; // anything of the current record has been read
    QStringList fields;
    QString field;

    auto endRecord = [&] {
        fields.append(std::exchange(field, {}));
        records.append({recordLine, std::exchange(fields, {})});
        fieldQuoted = false;
        recordStarted = false;
    };

    while (i < n) {
        const QChar c = p[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && p[i + 1] == u'"') {
                    field.append(u'"');
                    i += 2;
                } else {
                    inQuotes = false;
                    ++i;
                }
            } else if (c == u'\r' || c == u'\n') {
                // CRLF, LF and CR inside a field all become '\n'.
                i += (c == u'\r' && i + 1 < n && p[i + 1] == u'\n') ? 2 : 1;
                field.append(u'\n');
                ++line;
            } else {
                field.append(c);
                ++i;
            }
            continue;
        }
        if (c == u',') {
            fields.append(std::exchange(field, {}));
            fieldQuoted = false;
            recordStarted = true;
            ++i;
        } else if (c == u'\r' || c == u'\n') {
            i += (c == u'\r' && i + 1 < n && p[i + 1] == u'\n') ? 2 : 1;
            endRecord();
            recordLine = ++line;
        } else if (c == u'"' && field.isEmpty() && !fieldQuoted) {
            inQuotes = true;
            fieldQuoted = true;
            recordStarted = true;
            quoteLine = line;
            ++i;
        } else {
            // Lenient about stray quotes (a"b, "a"b): kept as text, as Excel does.
            field.append(c);
            recordStarted = true;
            ++i;
        }
    }
    if (inQuotes) {
        Error e = Error::make(ErrorCode::Invalid,
                              QCoreApplication::translate(
                                  "sd::core::Csv",
                                  "A quoted field starts here but its closing quote (\") is missing."));
        e.line = quoteLine;
        return std::unexpected(e);
    }
    if (recordStarted)
        endRecord();
    return records;
}

bool looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

namespace {
// True for "'…'=x": apostrophes followed by something a spreadsheet would run.
bool needsGuard(const QString &cell)
{
    qsizetype k = 0;
    while (k < cell.size() && cell.at(k) == u'\'')
        ++k;
    return k < cell.size() && looksLikeFormula(cell.sliced(k));
}
} // namespace

QString guardFormula(const QString &cell)
{
    return needsGuard(cell) ? u'\'' + cell : cell;
}

QString unguardFormula(const QString &cell)
{
    if (cell.startsWith(u'\'') && needsGuard(cell.sliced(1)))
        return cell.sliced(1);
    return cell;
}

QString CsvWriter::encodeCell(const QString &cell, FormulaGuard guard)
{
    QString value = guard == FormulaGuard::On ? guardFormula(cell) : cell;
    const bool mustQuote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
                           || value.contains(u'\r');
    if (!mustQuote)
        return value;
    value.replace(u"\""_s, u"\"\""_s);
    return u'"' + value + u'"';
}

void CsvWriter::addRow(const QStringList &cells)
{
    for (qsizetype k = 0; k < cells.size(); ++k) {
        if (k > 0)
            m_text.append(u',');
        m_text.append(encodeCell(cells.at(k), m_guard));
    }
    m_text.append(u"\r\n");
}

} // namespace sd::core
