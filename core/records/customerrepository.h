#pragma once

#include "core/auth/roles.h"
#include "core/db/database.h"
#include "core/records/customer.h"

namespace sd::core {

/// Sort orders of the customer list; name sorts in pinyin order in the database.
enum class CustomerSort { NameAsc, NameDesc, RecentlyChanged };

struct CustomerQuery {
    QString text;                  ///< words, each a part of name, address, codes, contact or phone
    CustomerSort sort = CustomerSort::NameAsc;
    int limit = 200;
    int offset = 0;
};

/// Customers with their contacts, phones, contracts and products. Every write checks the
/// session's permission, bumps the version, and is audited.
class CustomerRepository final
{
public:
    explicit CustomerRepository(Database db) : m_db(std::move(db)) {}

    /// Creates the customer with its contacts, contracts and products in one transaction.
    Result<qint64> create(const Session &who, const Customer &customer);
    /// The field rules create() and save() apply (lengths, required fields, phone and e-mail
    /// formats); Invalid names the field. Reads nothing.
    static Status validate(const Customer &customer);
    /// Saves the customer's own fields and replaces its contacts, contracts and products;
    /// refused as Conflict when customer.version is stale.
    Result<Customer> save(const Session &who, const Customer &customer);
    Result<Customer> get(qint64 id) const;

    /// One page of the list, filtered and sorted in SQL.
    Result<QList<CustomerRow>> list(const CustomerQuery &query) const;
    Result<qint64> count(const QString &text) const;

    /// Caller lookup: customers one of whose phones contains `digits` (any part of the number,
    /// non-digits ignored), or whose name/code contains the text. Best matches first.
    Result<QList<CustomerRow>> lookup(const QString &text, int limit = 20) const;

    /// Possible duplicates of a customer about to be saved: same name, a same phone or the
    /// same service code.
    Result<QList<CustomerRow>> findDuplicates(const Customer &candidate) const;

    /// What customers.search_text holds for a customer: name, address, codes, industry, and
    /// per contact name, e-mail, IM and each phone as typed and as digits.
    static QString searchText(const Customer &customer);
    /// The digits of a phone number ("010-6543 2100" → "01065432100").
    static QString phoneDigits(const QString &phone);

private:
    Database m_db;
};

} // namespace sd::core
