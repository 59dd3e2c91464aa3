#include "core/problembase/textsearch.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sd::core::textsearch {

namespace {
bool hasAsciiLetter(const QString &text)
{
    for (QChar ch : text)
        if ((ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z'))
            return true;
    return false;
}

bool isCjk(QChar ch)
{
    const char16_t u = ch.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
}

// The FTS5 query for the words of 3+ characters: each a quoted phrase, all required.
QString ftsPhrases(const QStringList &list)
{
    QStringList phrases;
    for (const QString &w : list) {
        if (w.size() >= 3) {
            QString p = w;
            p.replace(u"\""_s, u"\"\""_s);
            phrases << u"\""_s + p + u"\""_s;
        }
    }
    return phrases.join(u' ');
}
} // namespace

QStringList words(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    QStringList out = text.split(space, Qt::SkipEmptyParts);
    out.removeDuplicates();
    return out;
}

QString likePattern(const QString &text)
{
    QString s = text;
    s.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + s + u"%"_s;
}

bool ftsMatchesAtLeast(const Database &db, const QString &ftsTable, const QString &text, int n)
{
    if (db.dialect() != Dialect::SQLite)
        return false;
    const QString match = ftsPhrases(words(text));
    if (match.isEmpty())
        return false;
    auto v = db.scalar(u"SELECT COUNT(*) FROM (SELECT rowid FROM %1 WHERE %1 MATCH ? LIMIT ?)"_s.arg(ftsTable), {match, n});
    return v && v->toInt() >= n;
}

QString condition(const Database &db, const QString &alias, const QString &ftsTable, const QString &text,
                  QVariantList &binds, bool orderedScan)
{
    const QStringList list = words(text);
    if (list.isEmpty())
        return {};
    const QString column = alias + u".search_text"_s;
    QStringList parts;
    if (db.dialect() == Dialect::PostgreSQL) {
        for (const QString &w : list) {
            parts << column + u" ILIKE ?"_s;
            binds << likePattern(w);
        }
        return u"("_s + parts.join(u" AND "_s) + u")"_s;
    }
    const QString match = ftsPhrases(list);
    if (!match.isEmpty()) {
        parts << (orderedScan ? u"+"_s : QString()) + alias + u".id IN (SELECT rowid FROM "_s + ftsTable + u" WHERE "_s +
                     ftsTable + u" MATCH ?)"_s;
        binds << match;
    }
    for (const QString &w : list) {
        if (w.size() >= 3)
            continue;
        if (hasAsciiLetter(w)) {
            parts << column + u" LIKE ? ESCAPE '\\'"_s;
            binds << likePattern(w);
        } else {
            // instr() is several times faster than LIKE and exact for Chinese and digits.
            parts << u"instr("_s + column + u", ?) > 0"_s;
            binds << w;
        }
    }
    return u"("_s + parts.join(u" AND "_s) + u")"_s;
}

QStringList grams(const QString &description, int max)
{
    QStringList out;
    QSet<QString> seen;
    auto add = [&](const QString &g) {
        if (out.size() < max && !seen.contains(g)) {
            seen.insert(g);
            out << g;
        }
    };
    QString run;
    QString word;
    auto flushRun = [&] {
        for (int i = 0; i + 3 <= run.size(); ++i)
            add(run.mid(i, 3));
        run.clear();
    };
    auto flushWord = [&] {
        if (word.size() >= 3)
            add(word.toLower());
        word.clear();
    };
    for (QChar ch : description) {
        if (isCjk(ch)) {
            flushWord();
            run += ch;
        } else if (ch.isLetterOrNumber()) {
            flushRun();
            word += ch;
        } else {
            flushRun();
            flushWord();
        }
    }
    flushRun();
    flushWord();
    return out;
}

} // namespace sd::core::textsearch
