// Encoding detection and the RFC 4180 reader/writer (no database).
#include "core/csv/csv.h"
#include "core/csv/textdecoding.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace {

// "公司名称,联系人,电话\r\n北京华联商厦,张伟,010-6543 2100\r\n" as Excel saves it on a Chinese
// Windows (code page 936 / GBK). Literal bytes, so the test does not trust our own encoder.
const QByteArray kGbkFile = QByteArray::fromHex(
    "b9abcbbec3fbb3c62cc1aacfb5c8cb2cb5e7bbb00d0a"
    "b1b1bea9bbaac1aac9cccfc32cd5c5ceb02c3031302d3635343320323130300d0a");
const QString kGbkText = u"公司名称,联系人,电话\r\n北京华联商厦,张伟,010-6543 2100\r\n"_s;

QByteArray utf16Bytes(const QString &text, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (QChar c : text) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

QStringList fieldsOf(const Result<QList<CsvRecord>> &records, qsizetype i)
{
    return records->at(i).fields;
}

} // namespace

TEST_CASE("a UTF-8 file with a BOM is decoded without the BOM and reported as UTF-8 with BOM", "[csv][encoding]")
{
    const QString text = u"公司名称,phone\n华联,010\n"_s;
    auto decoded = decodeText(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    REQUIRE(decoded);
    CHECK(decoded->encoding == TextEncoding::Utf8Bom);
    CHECK(decoded->text == text);
    CHECK(textEncodingKey(decoded->encoding) == u"utf-8-bom"_s);
}

TEST_CASE("UTF-8 without a BOM, and plain ASCII, are reported as UTF-8", "[csv][encoding]")
{
    auto chinese = decodeText(u"客户名称\n上海浦东发展\n"_s.toUtf8());
    REQUIRE(chinese);
    CHECK(chinese->encoding == TextEncoding::Utf8);
    CHECK(chinese->text == u"客户名称\n上海浦东发展\n"_s);

    auto ascii = decodeText("company\nACME\n");
    REQUIRE(ascii);
    CHECK(ascii->encoding == TextEncoding::Utf8);
    CHECK(ascii->text == u"company\nACME\n"_s);

    auto empty = decodeText(QByteArray());
    REQUIRE(empty);
    CHECK(empty->text.isEmpty());
}

TEST_CASE("GBK bytes as Excel writes them on a Chinese Windows decode to the Chinese text", "[csv][encoding]")
{
    REQUIRE(kGbkFile.startsWith(QByteArray::fromHex("b9abcbbec3fbb3c6"))); // 公司名称
    auto decoded = decodeText(kGbkFile);
    REQUIRE(decoded);
    CHECK(decoded->encoding == TextEncoding::Gb18030);
    CHECK(decoded->text == kGbkText);
}

TEST_CASE("GBK text whose bytes resemble UTF-8 (联通) is still read as GBK", "[csv][encoding]")
{
    // C1 AA CD A8: the classic Notepad misdetection; C1 is never a UTF-8 lead byte.
    const QByteArray liantong = QByteArray::fromHex("c1aacda8");
    CHECK_FALSE(isValidUtf8(liantong));
    auto decoded = decodeText(liantong);
    REQUIRE(decoded);
    CHECK(decoded->encoding == TextEncoding::Gb18030);
    CHECK(decoded->text == u"联通"_s);
}

TEST_CASE("a file that mixes GBK and UTF-8 lines is refused naming both lines, not imported as mojibake",
          "[csv][encoding]")
{
    // Two GBK lines (Excel on a Chinese Windows), then a line pasted in from a UTF-8 file.
    QByteArray mixed = kGbkFile;
    mixed.append(u"用友U8+,王芳,021-5888 0000\r\n"_s.toUtf8());
    auto decoded = decodeText(mixed);
    REQUIRE_FALSE(decoded);
    CHECK(decoded.error().code == ErrorCode::Invalid);
    CHECK(decoded.error().line == 3);
    CHECK(decoded.error().message.contains(u"line 3 is UTF-8"_s));
    CHECK(decoded.error().message.contains(u"line 1 is GBK"_s));

    // The other way round: UTF-8 first, GBK after.
    QByteArray other = u"公司名称,联系人\r\n"_s.toUtf8();
    other.append(kGbkFile.mid(kGbkFile.indexOf('\n') + 1));
    auto reversed = decodeText(other);
    REQUIRE_FALSE(reversed);
    CHECK(reversed.error().line == 2);

    // A GBK file of ordinary company names is not mistaken for a mixed one.
    QString names;
    for (const char16_t *n : {u"北京华联商厦股份有限公司", u"上海浦东发展银行", u"天津远航物流有限公司", u"重庆长安汽车",
                              u"广州白云山医药集团", u"深圳市腾飞电子科技", u"杭州娃哈哈集团", u"用友U8+", u"畅捷通T+"})
        names += QString::fromUtf16(n) + u",张伟,010-6543 2100\r\n"_s;
    auto gbk = encodeText(names, ExportEncoding::Gb18030);
    REQUIRE(gbk);
    auto plain = decodeText(*gbk);
    REQUIRE(plain);
    CHECK(plain->encoding == TextEncoding::Gb18030);
    CHECK(plain->text == names);
}

TEST_CASE("UTF-16 files with a little- or big-endian BOM are decoded", "[csv][encoding]")
{
    const QString text = u"公司名称\tphone\r\n华联 😀,010\r\n"_s;
    auto le = decodeText(utf16Bytes(text, true));
    REQUIRE(le);
    CHECK(le->encoding == TextEncoding::Utf16LE);
    CHECK(le->text == text);

    auto be = decodeText(utf16Bytes(text, false));
    REQUIRE(be);
    CHECK(be->encoding == TextEncoding::Utf16BE);
    CHECK(be->text == text);

    QByteArray odd = utf16Bytes(u"ab"_s, true);
    odd.append('x');
    CHECK_FALSE(decodeText(odd));
}

TEST_CASE("bytes that are valid in no encoding are refused with the line they are on", "[csv][encoding]")
{
    auto gbk = decodeText(QByteArray("company\nACME\n\xFF\xFF broken\n"));
    REQUIRE_FALSE(gbk);
    CHECK(gbk.error().code == ErrorCode::Invalid);
    CHECK(gbk.error().line == 3);

    QByteArray bom("\xEF\xBB\xBF" "company\nok\nbad \xC3\n");
    auto utf8 = decodeText(bom);
    REQUIRE_FALSE(utf8);
    CHECK(utf8.error().line == 3);
}

TEST_CASE("the UTF-8 check refuses overlong forms, surrogates and values above U+10FFFF", "[csv][encoding]")
{
    CHECK(isValidUtf8(u"ASCII, 中文, 😀"_s.toUtf8()));
    CHECK_FALSE(isValidUtf8(QByteArray::fromHex("c080")));     // overlong NUL
    CHECK_FALSE(isValidUtf8(QByteArray::fromHex("e08080")));   // overlong
    CHECK_FALSE(isValidUtf8(QByteArray::fromHex("eda080")));   // UTF-16 surrogate
    CHECK_FALSE(isValidUtf8(QByteArray::fromHex("f4908080"))); // above U+10FFFF
    CHECK_FALSE(isValidUtf8(QByteArray::fromHex("e4b8")));     // cut off
    qsizetype at = 0;
    CHECK_FALSE(isValidUtf8(QByteArray("ab\x80"), &at));
    CHECK(at == 2);
}

TEST_CASE("export text is UTF-8 with a BOM by default and GB18030 on request", "[csv][encoding]")
{
    auto utf8 = encodeText(u"公司名称"_s);
    REQUIRE(utf8);
    CHECK(*utf8 == QByteArray("\xEF\xBB\xBF") + u"公司名称"_s.toUtf8());

    auto gb = encodeText(u"公司名称"_s, ExportEncoding::Gb18030);
    REQUIRE(gb);
    CHECK(*gb == QByteArray::fromHex("b9abcbbec3fbb3c6"));

    // Characters outside GBK still survive a GB18030 round trip.
    const QString rare = u"𠮷野家 €"_s;
    auto rareBytes = encodeText(rare, ExportEncoding::Gb18030);
    REQUIRE(rareBytes);
    auto back = decodeText(*rareBytes);
    REQUIRE(back);
    CHECK(back->text == rare);
}

TEST_CASE("CSV fields keep quoted commas, doubled quotes and line breaks", "[csv]")
{
    auto records = parseCsv(u"name,notes\r\n\"Hua, Lian\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",\"\"\r\n"_s);
    REQUIRE(records);
    REQUIRE(records->size() == 3);
    CHECK(fieldsOf(records, 0) == QStringList{u"name"_s, u"notes"_s});
    CHECK(fieldsOf(records, 1) == QStringList{u"Hua, Lian"_s, u"say \"hi\""_s});
    CHECK(fieldsOf(records, 2) == QStringList{u"two\nlines"_s, QString()});
}

TEST_CASE("each CSV record reports the physical line it starts on, after multi-line fields", "[csv]")
{
    const QString text = u"a,b\r\n"          // line 1
                         "\"x\r\ny\",z\r\n"  // lines 2-3
                         "next,1\r\n"        // line 4
                         "\"p\nq\nr\",s\n"   // lines 5-7
                         "last,2"_s;         // line 8, no final line break
    auto records = parseCsv(text);
    REQUIRE(records);
    REQUIRE(records->size() == 5);
    CHECK(records->at(0).line == 1);
    CHECK(records->at(1).line == 2);
    CHECK(records->at(2).line == 4);
    CHECK(records->at(3).line == 5);
    CHECK(records->at(4).line == 8);
    CHECK(fieldsOf(records, 3) == QStringList{u"p\nq\nr"_s, u"s"_s});
    CHECK(fieldsOf(records, 4) == QStringList{u"last"_s, u"2"_s});
}

TEST_CASE("a final line break makes no empty record, but a blank line inside does", "[csv]")
{
    auto records = parseCsv(u"a\n\nb\n"_s);
    REQUIRE(records);
    REQUIRE(records->size() == 3);
    CHECK(fieldsOf(records, 1) == QStringList{QString()});
    CHECK(records->at(2).line == 3);

    auto none = parseCsv(QString());
    REQUIRE(none);
    CHECK(none->isEmpty());

    auto emptyLast = parseCsv(u"a,\n"_s);
    REQUIRE(emptyLast);
    REQUIRE(emptyLast->size() == 1);
    CHECK(fieldsOf(emptyLast, 0) == QStringList{u"a"_s, QString()});
}

TEST_CASE("CRLF, LF and lone CR all end records, and a leading BOM character is skipped", "[csv]")
{
    auto records = parseCsv(u"\uFEFFh1,h2\r\n1,2\n3,4\r5,6"_s);
    REQUIRE(records);
    REQUIRE(records->size() == 4);
    CHECK(fieldsOf(records, 0) == QStringList{u"h1"_s, u"h2"_s});
    CHECK(records->at(3).line == 4);
    CHECK(fieldsOf(records, 3) == QStringList{u"5"_s, u"6"_s});
}

TEST_CASE("an unterminated quote is refused with the line where it was opened", "[csv]")
{
    auto records = parseCsv(u"company,address\nA,\"ok\"\nB,\"multi\nline\"\nC,\"never closed\nD,x\nE,y\n"_s);
    REQUIRE_FALSE(records);
    CHECK(records.error().code == ErrorCode::Invalid);
    CHECK(records.error().line == 5);
}

TEST_CASE("the CSV writer quotes only cells that need it and ends rows with CRLF", "[csv]")
{
    CsvWriter w;
    w.addRow({u"plain"_s, u"a,b"_s, u"say \"hi\""_s, u"two\nlines"_s, QString(), u"中文"_s});
    CHECK(w.text() == u"plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,中文\r\n"_s);
}

TEST_CASE("cells starting with = + - @ are exported behind an apostrophe and read back unchanged", "[csv][security]")
{
    CHECK(guardFormula(u"=HYPERLINK(\"http://evil\",\"x\")"_s) == u"'=HYPERLINK(\"http://evil\",\"x\")"_s);
    CHECK(guardFormula(u"+86 10 6543 2100"_s) == u"'+86 10 6543 2100"_s);
    CHECK(guardFormula(u"-1"_s) == u"'-1"_s);
    CHECK(guardFormula(u"@SUM(A1)"_s) == u"'@SUM(A1)"_s);
    CHECK(guardFormula(u"\t=1"_s) == u"'\t=1"_s);
    CHECK(guardFormula(u"华联 = 好"_s) == u"华联 = 好"_s);
    CHECK(guardFormula(u"it's"_s) == u"it's"_s);
    CHECK(guardFormula(QString()).isEmpty());

    const QStringList values{u"=1+1"_s, u"'=1+1"_s, u"''@x"_s, u"'plain"_s, u"plain"_s, u"'"_s, u"-"_s,
                             u"O'Brien"_s, QString()};
    for (const QString &v : values) {
        INFO(v.toStdString());
        CHECK(unguardFormula(guardFormula(v)) == v);
    }
    CHECK(unguardFormula(u"'plain"_s) == u"'plain"_s); // not ours: left alone

    CsvWriter guarded;
    guarded.addRow({u"=cmd|' /C calc'!A0"_s, u"ok"_s});
    CHECK(guarded.text() == u"'=cmd|' /C calc'!A0,ok\r\n"_s);
    CsvWriter raw(CsvWriter::FormulaGuard::Off);
    raw.addRow({u"=1"_s});
    CHECK(raw.text() == u"=1\r\n"_s);
}

TEST_CASE("what the CSV writer writes, the reader reads back cell for cell", "[csv]")
{
    const QList<QStringList> rows{
        {u"公司名称"_s, u"地址"_s, u"备注"_s},
        {u"北京华联, 总部"_s, u"朝阳区\n建国路 1 号"_s, u"\"VIP\""_s},
        {QString(), u" spaced "_s, u"\r\nleading break"_s},
        {u"single"_s},
    };
    CsvWriter w(CsvWriter::FormulaGuard::Off);
    for (const QStringList &r : rows)
        w.addRow(r);
    auto back = parseCsv(w.text());
    REQUIRE(back);
    REQUIRE(back->size() == rows.size());
    CHECK(back->at(0).fields == rows.at(0));
    CHECK(back->at(1).fields == rows.at(1));
    CHECK(back->at(2).fields == QStringList{QString(), u" spaced "_s, u"\nleading break"_s});
    CHECK(back->at(2).line == 4);
    CHECK(back->at(3).line == 6);
}
