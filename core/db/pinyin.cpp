#include "core/db/pinyin.h"

#include <unicode/ucol.h>

#include <memory>

namespace sd::core::pinyin {

namespace {

struct CollatorClose {
    void operator()(UCollator *c) const { ucol_close(c); }
};

/// One collator per thread (a UCollator is not to be shared between threads while used).
UCollator *collator()
{
    thread_local std::unique_ptr<UCollator, CollatorClose> c = [] {
        UErrorCode status = U_ZERO_ERROR;
        UCollator *opened = ucol_open("zh@collation=pinyin", &status);
        return std::unique_ptr<UCollator, CollatorClose>(U_SUCCESS(status) ? opened : nullptr);
    }();
    return c.get();
}

} // namespace

QByteArray sortKey(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray key;
    if (UCollator *c = collator()) {
        const auto *chars = reinterpret_cast<const UChar *>(text.utf16());
        QByteArray buffer(256, Qt::Uninitialized);
        int32_t size = ucol_getSortKey(c, chars, int32_t(text.size()), reinterpret_cast<uint8_t *>(buffer.data()),
                                       int32_t(buffer.size()));
        if (size > buffer.size()) {
            buffer.resize(size);
            size = ucol_getSortKey(c, chars, int32_t(text.size()), reinterpret_cast<uint8_t *>(buffer.data()), size);
        }
        // The key ends with its 0x00 terminator: the UTF-8 after it only breaks ties.
        key = buffer.left(size);
    }
    return key + utf8;
}

} // namespace sd::core::pinyin
