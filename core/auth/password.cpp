#include "core/auth/password.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace sd::core::password {

namespace {
bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

Result<QString> hash(const QString &password)
{
    if (password.size() < minimumLength())
        return failInvalid(u"password"_s,
                           QCoreApplication::translate("sd::core::Password",
                                                       "A password needs at least %1 characters.")
                               .arg(minimumLength()));
    if (!ensureSodium())
        return fail(ErrorCode::Database, u"libsodium could not be initialised"_s);
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(ErrorCode::Database, u"out of memory while hashing the password"_s);
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password)
{
    if (!ensureSodium() || !storedHash.startsWith(u"$argon2id$"_s))
        return false;
    const QByteArray h = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

const QString &timingDummy()
{
    static const QString dummy = [] {
        QByteArray random(24, Qt::Uninitialized);
        if (ensureSodium())
            randombytes_buf(random.data(), size_t(random.size()));
        return hash(QString::fromLatin1(random.toBase64())).value_or(QString());
    }();
    return dummy;
}

} // namespace sd::core::password
