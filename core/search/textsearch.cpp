#include "core/search/textsearch.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sd::core::search {

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

// Characters as the trigram tokenizer counts them: code points, so that a rare CJK character
// outside the BMP (two UTF-16 units) does not make a 2-character word look like 3.
qsizetype characters(const QString &word)
{
    qsizetype n = 0;
    for (QChar ch : word)
        n += ch.isLowSurrogate() ? 0 : 1;
    return n;
}

bool trigramServes(const SearchedTable &t, const QString &word)
{
    return !t.ftsTable.isEmpty() && characters(word) >= 3;
}

QString ftsPhrase(const QString &word)
{
    QString p = word;
    p.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + p + u"\""_s;
}

// "`column` contains `word`" without an index: ILIKE on PostgreSQL (pg_trgm serves it where
// the index exists); on SQLite instr() when case cannot matter (no ASCII letter), which is
// exact and several times faster than LIKE, else LIKE (ASCII case folded).
QString containsTest(Dialect dialect, const QString &column, const QString &word, QVariantList &binds)
{
    if (dialect == Dialect::PostgreSQL) {
        binds << likePattern(word);
        return column + u" ILIKE ?"_s;
    }
    if (!hasAsciiLetter(word)) {
        binds << word;
        return u"instr("_s + column + u", ?) > 0"_s;
    }
    binds << likePattern(word);
    return column + u" LIKE ? ESCAPE '\\'"_s;
}

// SQLite: true when the FTS query `match` finds at least `n` rows.
Result<bool> matchesAtLeast(const Database &db, const QString &ftsTable, const QString &match, int n)
{
    auto v = db.scalar(u"SELECT COUNT(*) FROM (SELECT rowid FROM %1 WHERE %1 MATCH ? LIMIT ?) m"_s.arg(ftsTable), {match, n});
    if (!v)
        return std::unexpected(v.error());
    return v->toInt() >= n;
}
} // namespace

QStringList words(const QString &text)
{
    // Any Unicode space separates words, the ideographic space of Chinese input too.
    QStringList out;
    QString word;
    for (QChar ch : text) {
        if (ch.isSpace()) {
            if (!word.isEmpty() && !out.contains(word))
                out << word;
            word.clear();
        } else {
            word += ch;
        }
    }
    if (!word.isEmpty() && !out.contains(word))
        out << word;
    return out;
}

QString likePattern(const QString &text)
{
    QString s = text;
    s.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + s + u"%"_s;
}

Result<Condition> condition(const Database &db, const SearchedTable &t, const QString &text)
{
    if (text.size() > QueryMax)
        return failInvalid(u"text"_s, QCoreApplication::translate("sd::core::search", "The search text is longer than %1 characters; "
                                                                  "search for a shorter part of it.").arg(QueryMax));
    const QStringList list = words(text);
    if (list.isEmpty())
        return Condition{};
    const QString column = t.alias + u"."_s + t.column;
    Condition c;
    QStringList parts;
    if (db.dialect() == Dialect::PostgreSQL) {
        for (const QString &w : list)
            parts << containsTest(db.dialect(), column, w, c.binds);
        c.sql = u"("_s + parts.join(u" AND "_s) + u")"_s;
        return c;
    }
    QStringList phrases;
    QStringList shortWords;
    for (const QString &w : list) {
        if (trigramServes(t, w))
            phrases << ftsPhrase(w);
        else
            shortWords << w;
    }
    if (!phrases.isEmpty()) {
        const QString match = phrases.join(u' ');
        bool common = false;
        if (t.commonFrom > 0) {
            auto many = matchesAtLeast(db, t.ftsTable, match, t.commonFrom);
            if (!many)
                return std::unexpected(many.error());
            common = *many;
        }
        // "+" keeps SQLite from driving the query by the FTS result (see commonFrom).
        parts << (common ? u"+"_s : QString()) + t.alias + u".id IN (SELECT rowid FROM "_s + t.ftsTable + u" WHERE "_s +
                     t.ftsTable + u" MATCH ?)"_s;
        c.binds << match;
    }
    if (!shortWords.isEmpty()) {
        if (t.shortWords == ShortWords::IdSet) {
            QStringList tests;
            for (const QString &w : shortWords)
                tests << containsTest(db.dialect(), t.column, w, c.binds);
            parts << t.alias + u".id IN (SELECT id FROM "_s + t.table + u" WHERE "_s + tests.join(u" AND "_s) + u")"_s;
        } else {
            for (const QString &w : shortWords)
                parts << containsTest(db.dialect(), column, w, c.binds);
        }
    }
    c.sql = u"("_s + parts.join(u" AND "_s) + u")"_s;
    return c;
}

Condition rankedAnyOf(const Database &db, const SearchedTable &t, const QStringList &grams, int maxRows)
{
    if (grams.isEmpty())
        return {};
    Condition c;
    if (db.dialect() == Dialect::SQLite && !t.ftsTable.isEmpty()) {
        QStringList phrases;
        for (const QString &g : grams)
            phrases << ftsPhrase(g);
        c.sql = u"(SELECT rowid AS id, rank AS score FROM %1 WHERE %1 MATCH ? ORDER BY rank LIMIT ?)"_s.arg(t.ftsTable);
        c.binds << phrases.join(u" OR "_s) << maxRows;
        return c;
    }
    // Without FTS ranking: the more grams a row contains, the better.
    QStringList score;
    QStringList any;
    QVariantList anyBinds;
    for (const QString &g : grams) {
        score << u"(CASE WHEN "_s + containsTest(db.dialect(), t.column, g, c.binds) + u" THEN 1 ELSE 0 END)"_s;
        any << containsTest(db.dialect(), t.column, g, anyBinds);
    }
    c.sql = u"(SELECT id, -("_s + score.join(u" + "_s) + u") AS score FROM "_s + t.table + u" WHERE "_s +
            any.join(u" OR "_s) + u")"_s;
    c.binds << anyBinds;
    return c;
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

} // namespace sd::core::search
