#pragma once

#include "core/common/error.h"

#include <QString>

namespace sd::core {

/// Input rules shared by every service that stores what an operator typed: the maximum
/// lengths (in one place, so the desk, the records and the problem base agree), the phone
/// number format and "required". Each check returns an Invalid error naming the field.
namespace fieldrules {

inline constexpr int NameMax = 100;         ///< people, contacts, products, modules
inline constexpr int CompanyMax = 200;      ///< a customer's company name
inline constexpr int AddressMax = 300;
inline constexpr int CodeMax = 50;          ///< service code, dongle no., contract no., HQ reference
inline constexpr int EmailMax = 254;
inline constexpr int ShortTextMax = 500;    ///< one-line notes: hold reason, closing note, remote note
inline constexpr int LongTextMax = 4000;    ///< descriptions, solutions, causes, answers
inline constexpr int TagsMax = 200;
inline constexpr int PhoneMinDigits = 3;
inline constexpr int PhoneMaxDigits = 20;

/// The field's text is at most `max` characters (after trimming), carries no control
/// characters or emoji, and (when `required`) is not blank. `title` is the translated
/// field name used in the message.
Status text(const QString &field, const QString &title, const QString &value, int max, bool required = false);
/// A phone number: digits with an optional leading +, -, spaces, dots, parentheses and an
/// extension ("ext 12", "x12", "转12", "#12"); 3 to 20 digits before the extension.
/// Blank passes unless `required`.
Status phone(const QString &field, const QString &title, const QString &value, bool required = false);
/// True when `value` is a well-formed phone number (see phone()).
bool isPhone(const QString &value);
/// A plain e-mail address (one @, a dot in the domain, no spaces); blank passes.
Status email(const QString &field, const QString &title, const QString &value);

} // namespace fieldrules

} // namespace sd::core
