#pragma once

#include "core/common/error.h"

#include <QByteArray>
#include <QString>

namespace sd::core {

/// How an imported file's bytes were found to be encoded.
enum class TextEncoding {
    Utf8,    ///< valid UTF-8 without a byte order mark (plain ASCII counts as this)
    Utf8Bom, ///< UTF-8 with the EF BB BF mark (Excel's "CSV UTF-8")
    Utf16LE, ///< UTF-16 little endian with the FF FE mark (Excel's "Unicode text")
    Utf16BE, ///< UTF-16 big endian with the FE FF mark
    Gb18030, ///< anything else: GBK / GB18030, what Excel writes on a Chinese Windows
};

/// Stable key of an encoding for logs and reports: "utf-8", "utf-8-bom", "utf-16le",
/// "utf-16be", "gb18030".
QString textEncodingKey(TextEncoding encoding);
/// The encoding's name as shown to the user (translated).
QString textEncodingTitle(TextEncoding encoding);

/// A file's text and the encoding it was found in.
struct DecodedText {
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
};

/// Decodes a file without being told its encoding: a BOM decides (UTF-8, UTF-16 LE/BE);
/// otherwise strictly valid UTF-8 is UTF-8, and anything else is read as GB18030 (a superset
/// of GBK). The BOM is not part of the text. Bytes that are invalid in the chosen encoding
/// give ErrorCode::Invalid with Error::line set to the line they are on.
Result<DecodedText> decodeText(const QByteArray &bytes);

/// Encodings offered for export.
enum class ExportEncoding {
    Utf8Bom, ///< default: Excel opens Chinese text correctly only when the BOM is there
    Gb18030, ///< for older tools that only read the Windows Chinese code page
};

/// Encodes text for a file in the given encoding (the UTF-8 BOM is included).
Result<QByteArray> encodeText(const QString &text, ExportEncoding encoding = ExportEncoding::Utf8Bom);

/// True when `bytes` is well-formed UTF-8 (no overlong forms, surrogates or values above
/// U+10FFFF). `badOffset`, when given, receives the offset of the first bad byte.
bool isValidUtf8(const QByteArray &bytes, qsizetype *badOffset = nullptr);

} // namespace sd::core
