#pragma once

#include <QByteArray>
#include <QString>

namespace sd::core::pinyin {

/// The bytes whose plain byte order is the pinyin order of `text` (ICU's zh pinyin collator,
/// the same the `pinyin` collation uses), ties between texts the collator deems equal broken
/// by their UTF-8 bytes. Stored beside a name (`customers.name_key`) and indexed, it sorts
/// Chinese names on both engines without any schema object depending on a collation only the
/// program registers, so the stock `sqlite3` shell can check, read and repair the database.
QByteArray sortKey(const QString &text);

} // namespace sd::core::pinyin
