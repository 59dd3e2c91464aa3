#pragma once

#include "core/common/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace sd::core {

/// One CSV record and the 1-based physical line it starts on (a quoted field may span lines,
/// so records and lines differ).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

/// Reads RFC 4180 text: fields separated by commas, quoted with '"' when they contain commas,
/// quotes ("" inside quotes) or line breaks; records end with CRLF, LF or CR. Line breaks inside
/// quoted fields become '\n'. The line break after the last record does not make an empty
/// record; a blank line elsewhere is a record with one empty field. A leading U+FEFF is skipped.
/// A quote that is never closed is ErrorCode::Invalid with Error::line where it was opened.
Result<QList<CsvRecord>> parseCsv(const QString &text);

/// Formula injection (CWE-1236): Excel and LibreOffice run a cell that starts with = + - @
/// (and, via DDE, tab or CR) as a formula, so an exported customer name like
/// "=HYPERLINK(...)" would run on the desk of whoever opens the file. The guard puts an
/// apostrophe in front, which makes the spreadsheet show the text as text. A value that
/// already starts with apostrophes followed by such a character gets one more, so that
/// unguardFormula() gives back exactly the original.
QString guardFormula(const QString &cell);
/// Undoes guardFormula() on an imported cell: drops one leading apostrophe when what follows
/// would need the guard. Values that do not look guarded are returned unchanged.
QString unguardFormula(const QString &cell);
/// True when a spreadsheet would take `cell` as a formula (see guardFormula()).
bool looksLikeFormula(const QString &cell);

/// Builds CSV text row by row: quotes a cell only when it must, ends rows with CRLF (what
/// RFC 4180 and Excel expect), and guards formulas unless told not to.
class CsvWriter final
{
public:
    enum class FormulaGuard { On, Off };

    explicit CsvWriter(FormulaGuard guard = FormulaGuard::On) : m_guard(guard) {}

    /// Appends one row.
    void addRow(const QStringList &cells);
    /// The text so far.
    const QString &text() const { return m_text; }
    /// Hands over the text and leaves the writer empty.
    QString takeText() { return std::exchange(m_text, {}); }
    /// Reserves room for about `chars` characters.
    void reserve(qsizetype chars) { m_text.reserve(chars); }

    /// One cell as it is written: guarded (if asked), then quoted if it needs quotes.
    static QString encodeCell(const QString &cell, FormulaGuard guard = FormulaGuard::On);

private:
    QString m_text;
    FormulaGuard m_guard;
};

} // namespace sd::core
