#include "core/records/fieldrules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sd::core::fieldrules {

namespace {

// Control characters (other than line breaks and tabs) and emoji/pictographs: they do not
// belong in records printed on forms and searched by the desk.
bool badCharacter(char32_t c)
{
    if (c == U'\n' || c == U'\r' || c == U'\t')
        return false;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0))
        return true;
    if ((c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF && c != 0x260E) || c == 0xFE0F || c == 0x200D)
        return true;
    return false;
}

} // namespace

Status text(const QString &field, const QString &title, const QString &value, int max, bool required)
{
    const QString v = value.trimmed();
    if (required && v.isEmpty())
        return failInvalid(field, QCoreApplication::translate("sd::core::FieldRules", "%1: this field is required.").arg(title));
    if (v.size() > max)
        return failInvalid(field, QCoreApplication::translate("sd::core::FieldRules", "%1: at most %2 characters (now %3). Shorten it.").arg(title).arg(max).arg(v.size()));
    for (char32_t c : v.toUcs4())
        if (badCharacter(c))
            return failInvalid(field, QCoreApplication::translate("sd::core::FieldRules", "%1: remove the emoji or special character “%2”.")
                                          .arg(title, c < 0x20 ? u"\\x%1"_s.arg(uint(c), 2, 16, QChar(u'0'))
                                                               : QString::fromUcs4(&c, 1)));
    return {};
}

bool isPhone(const QString &value)
{
    static const QRegularExpression format(
        uR"(^\+?[0-9(][0-9 \-().]*(?:\s*(?:ext\.?|x|转|分机|#)\s*[0-9]{1,6})?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString v = value.trimmed();
    const auto m = format.match(v);
    if (!m.hasMatch())
        return false;
    // Count the digits before the extension.
    static const QRegularExpression extension(uR"(\s*(?:ext\.?|x|转|分机|#)\s*[0-9]{1,6}$)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    QString main = v;
    main.remove(extension);
    if (main.count(u'(') != main.count(u')'))
        return false;
    int digits = 0;
    for (QChar c : main)
        if (c.isDigit())
            ++digits;
    return digits >= PhoneMinDigits && digits <= PhoneMaxDigits;
}

Status phone(const QString &field, const QString &title, const QString &value, bool required)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return required ? failInvalid(field, QCoreApplication::translate("sd::core::FieldRules", "%1: this field is required.").arg(title)) : Status{};
    if (!isPhone(v))
        return failInvalid(field, QCoreApplication::translate("sd::core::FieldRules", "%1: “%2” is not a phone number. Use digits (3 to 20) with optional +, -, "
                                     "spaces, parentheses and an extension, e.g. 010-6543 2100 ext 12.")
                                      .arg(title, v.left(40)));
    return {};
}

Status email(const QString &field, const QString &title, const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    if (auto ok = text(field, title, v, EmailMax); !ok)
        return ok;
    static const QRegularExpression format(uR"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"_s);
    if (!format.match(v).hasMatch())
        return failInvalid(field, QCoreApplication::translate("sd::core::FieldRules", "%1: “%2” is not an e-mail address.").arg(title, v.left(60)));
    return {};
}

} // namespace sd::core::fieldrules
