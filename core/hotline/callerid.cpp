#include "core/hotline/callerid.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::callerid {

Result<QString> normalize(const QString &text)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("sd::core::callerid", s); };
    const QString trimmed = text.trimmed();
    if (trimmed.size() > 64)
        return failInvalid(u"caller"_s, tr("The caller number is too long (at most %1 digits).").arg(MaxDigits));
    QString number;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c >= u'0' && c <= u'9')
            number += c;
        else if (c == u'+' && number.isEmpty() && i == 0)
            number += c;
        else if (c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')')
            continue;
        else
            return failInvalid(u"caller"_s, tr("The caller number may hold only digits, a leading + and "
                                               "spaces, dashes, dots or parentheses; \"%1\" is not one of them.")
                                                .arg(c));
    }
    const qsizetype digits = number.startsWith(u'+') ? number.size() - 1 : number.size();
    if (digits < MinDigits)
        return failInvalid(u"caller"_s, tr("The caller number needs at least %1 digits.").arg(MinDigits));
    if (digits > MaxDigits)
        return failInvalid(u"caller"_s, tr("The caller number is too long (at most %1 digits).").arg(MaxDigits));
    return number;
}

} // namespace sd::core::callerid
