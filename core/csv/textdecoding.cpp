// Encoding detection for imported files. Excel on a Chinese Windows saves "CSV (comma
// delimited)" in the ANSI code page (GBK) without any marker, "CSV UTF-8" with a BOM, and
// "Unicode text" as UTF-16 LE with a BOM; users never know which one they picked, so we find
// out. GB18030 is decoded with glibc iconv rather than Qt5Compat's QTextCodec, which Qt 6
// no longer ships in QtCore.
#include "core/csv/textdecoding.h"

#include <QStringDecoder>

#include <cerrno>
#include <iconv.h>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {

int lineOfByte(const QByteArray &bytes, qsizetype offset)
{
    return int(QByteArrayView(bytes).first(qMin(offset, bytes.size())).count('\n')) + 1;
}

Error badBytes(TextEncoding encoding, int line)
{
    Error e = Error::make(ErrorCode::Invalid,
                          QCoreApplication::translate("sd::core::Csv",
                                                      "The file looks like %1 text but contains bytes "
                                                      "that are not valid in that encoding. Save it "
                                                      "again from Excel as \"CSV UTF-8\".")
                              .arg(textEncodingTitle(encoding)));
    e.line = line;
    return e;
}

/// Runs glibc iconv over the whole input. On bad input, `*badOffset` is the offset where it
/// stopped. `iconv` wants a non-const input pointer but does not write through it.
std::optional<QByteArray> runIconv(const char *to, const char *from, QByteArrayView input,
                                   qsizetype *badOffset)
{
    iconv_t cd = iconv_open(to, from);
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        *badOffset = -1;
        return std::nullopt;
    }
    // No conversion between UTF-8 and GB18030 more than doubles the size.
    QByteArray out(input.size() * 2 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(input.data());
    size_t inLeft = size_t(input.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    std::optional<QByteArray> result;
    for (;;) {
        const size_t rc = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        if (rc != size_t(-1)) {
            // Flush any shift state (none for these encodings, but it is the protocol).
            iconv(cd, nullptr, nullptr, &outPtr, &outLeft);
            out.truncate(outPtr - out.data());
            result = std::move(out);
            break;
        }
        if (errno == E2BIG) {
            const qsizetype used = outPtr - out.data();
            out.resize(out.size() * 2);
            outPtr = out.data() + used;
            outLeft = size_t(out.size() - used);
            continue;
        }
        *badOffset = in - input.data(); // EILSEQ (bad sequence) or EINVAL (cut off at the end)
        break;
    }
    iconv_close(cd);
    return result;
}

Result<QString> decodeUtf16(QByteArrayView bytes, bool littleEndian, TextEncoding encoding)
{
    QString text(bytes.size() / 2, Qt::Uninitialized);
    QChar *out = text.data();
    int line = 1;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        const auto lo = uchar(bytes[littleEndian ? i : i + 1]);
        const auto hi = uchar(bytes[littleEndian ? i + 1 : i]);
        out[i / 2] = QChar(char16_t((hi << 8) | lo));
    }
    // Unpaired surrogates mean the bytes are not UTF-16 after all.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n')
            ++line;
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            return std::unexpected(badBytes(encoding, line));
        }
        if (c.isLowSurrogate())
            return std::unexpected(badBytes(encoding, line));
    }
    if (bytes.size() % 2 != 0)
        return std::unexpected(badBytes(encoding, line));
    return text;
}

} // namespace

QString textEncodingKey(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return u"utf-8"_s;
    case TextEncoding::Utf8Bom: return u"utf-8-bom"_s;
    case TextEncoding::Utf16LE: return u"utf-16le"_s;
    case TextEncoding::Utf16BE: return u"utf-16be"_s;
    case TextEncoding::Gb18030: return u"gb18030"_s;
    }
    return {};
}

QString textEncodingTitle(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QCoreApplication::translate("sd::core::Csv", "UTF-8");
    case TextEncoding::Utf8Bom: return QCoreApplication::translate("sd::core::Csv", "UTF-8 (with BOM)");
    case TextEncoding::Utf16LE: return QCoreApplication::translate("sd::core::Csv", "UTF-16 LE");
    case TextEncoding::Utf16BE: return QCoreApplication::translate("sd::core::Csv", "UTF-16 BE");
    case TextEncoding::Gb18030: return QCoreApplication::translate("sd::core::Csv", "GBK / GB18030");
    }
    return {};
}

bool isValidUtf8(const QByteArray &bytes, qsizetype *badOffset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    auto bad = [&](qsizetype at) {
        if (badOffset)
            *badOffset = at;
        return false;
    };
    auto cont = [&](qsizetype at, uchar lo = 0x80, uchar hi = 0xBF) {
        return at < n && p[at] >= lo && p[at] <= hi;
    };
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
        } else if (b >= 0xC2 && b <= 0xDF) {
            if (!cont(i + 1))
                return bad(i);
            i += 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            // E0 would be overlong below A0; ED A0.. would be a UTF-16 surrogate.
            const uchar lo = b == 0xE0 ? 0xA0 : 0x80;
            const uchar hi = b == 0xED ? 0x9F : 0xBF;
            if (!cont(i + 1, lo, hi) || !cont(i + 2))
                return bad(i);
            i += 3;
        } else if (b >= 0xF0 && b <= 0xF4) {
            // F0 would be overlong below 90; F4 90.. is above U+10FFFF.
            const uchar lo = b == 0xF0 ? 0x90 : 0x80;
            const uchar hi = b == 0xF4 ? 0x8F : 0xBF;
            if (!cont(i + 1, lo, hi) || !cont(i + 2) || !cont(i + 3))
                return bad(i);
            i += 4;
        } else {
            return bad(i); // 80..C1 as a lead byte, F5..FF
        }
    }
    return true;
}

Result<DecodedText> decodeText(const QByteArray &bytes)
{
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        const QByteArray rest = bytes.mid(3);
        qsizetype at = 0;
        if (!isValidUtf8(rest, &at))
            return std::unexpected(badBytes(TextEncoding::Utf8Bom, lineOfByte(rest, at)));
        return DecodedText{QString::fromUtf8(rest), TextEncoding::Utf8Bom};
    }
    if (view.startsWith("\xFF\xFE")) {
        auto text = decodeUtf16(view.sliced(2), true, TextEncoding::Utf16LE);
        if (!text)
            return std::unexpected(text.error());
        return DecodedText{*text, TextEncoding::Utf16LE};
    }
    if (view.startsWith("\xFE\xFF")) {
        auto text = decodeUtf16(view.sliced(2), false, TextEncoding::Utf16BE);
        if (!text)
            return std::unexpected(text.error());
        return DecodedText{*text, TextEncoding::Utf16BE};
    }
    if (isValidUtf8(bytes))
        return DecodedText{QString::fromUtf8(bytes), TextEncoding::Utf8};

    // Not UTF-8 as a whole. Before reading it all as GB18030 (which accepts almost any bytes),
    // make sure no line is UTF-8 Chinese: a file pasted together from two sources would import
    // those lines as mojibake ("用友" → "鐢ㄥ弸") without a word.
    {
        int firstUtf8 = 0;
        int firstOther = 0;
        int line = 1;
        for (QByteArrayView rest(bytes); !rest.isEmpty(); ++line) {
            const qsizetype end = rest.indexOf('\n');
            const QByteArrayView text = end < 0 ? rest : rest.first(end);
            rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
            bool wide = false;   // a three-byte UTF-8 sequence: CJK and most other scripts
            bool high = false;
            for (qsizetype i = 0; i < text.size(); ++i) {
                const auto b = static_cast<unsigned char>(text[i]);
                high |= b >= 0x80;
                wide |= b >= 0xE0 && b <= 0xEF;
            }
            if (!high)
                continue;
            if (wide && isValidUtf8(text.toByteArray())) {
                if (firstUtf8 == 0)
                    firstUtf8 = line;
            } else if (firstOther == 0) {
                firstOther = line;
            }
            if (firstUtf8 && firstOther)
                break;
        }
        if (firstUtf8 && firstOther) {
            Error e = Error::make(ErrorCode::Invalid,
                                  QCoreApplication::translate("sd::core::Csv",
                                                              "The file mixes two encodings: line %1 is UTF-8 and line %2 is "
                                                              "GBK. Save the whole file again from Excel as \"CSV UTF-8\".")
                                      .arg(firstUtf8)
                                      .arg(firstOther));
            e.line = std::max(firstUtf8, firstOther);
            return std::unexpected(e);
        }
    }

    qsizetype at = 0;
    auto utf8 = runIconv("UTF-8", "GB18030", view, &at);
    if (!utf8) {
        if (at < 0)
            return fail(ErrorCode::Io, QCoreApplication::translate(
                                           "sd::core::Csv", "This system cannot convert GB18030 text (iconv)."));
        return std::unexpected(badBytes(TextEncoding::Gb18030, lineOfByte(bytes, at)));
    }
    return DecodedText{QString::fromUtf8(*utf8), TextEncoding::Gb18030};
}

Result<QByteArray> encodeText(const QString &text, ExportEncoding encoding)
{
    const QByteArray utf8 = text.toUtf8();
    if (encoding == ExportEncoding::Utf8Bom)
        return QByteArrayView("\xEF\xBB\xBF").toByteArray() + utf8;

    qsizetype at = 0;
    auto gb = runIconv("GB18030", "UTF-8", utf8, &at);
    if (!gb) {
        if (at < 0)
            return fail(ErrorCode::Io,
                        QCoreApplication::translate("sd::core::Csv",
                                                    "This system cannot convert text to GB18030 (iconv)."));
        // GB18030 covers all of Unicode, so only a broken string gets here.
        Error e = Error::make(ErrorCode::Invalid, QCoreApplication::translate(
                                                      "sd::core::Csv", "The text cannot be written as GB18030."));
        e.line = lineOfByte(utf8, at);
        return std::unexpected(e);
    }
    return *gb;
}

} // namespace sd::core
