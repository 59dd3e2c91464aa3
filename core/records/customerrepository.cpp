#include "core/records/customerrepository.h"

#include "core/db/numbers.h"
#include "core/db/pinyin.h"
#include "core/records/fieldrules.h"

#include "core/audit/audit.h"
#include "core/auth/permissions.h"
#include "core/records/recordstore.h"
#include "core/search/searchtables.h"

#include <QHash>
#include <QSet>

#include <tuple>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {


const QString kListColumns =
    u"c.id, c.name, c.address, c.service_code, c.dongle_no, c.region_class, c.key_customer, "
    "c.vip_channel, "
    "(SELECT k.type FROM contracts k WHERE k.customer_id = c.id ORDER BY k.ends_on DESC, k.id DESC LIMIT 1), "
    "(SELECT k.ends_on FROM contracts k WHERE k.customer_id = c.id ORDER BY k.ends_on DESC, k.id DESC LIMIT 1), "
    "(SELECT t.name FROM contacts t WHERE t.customer_id = c.id ORDER BY t.id LIMIT 1), "
    "(SELECT p.phone FROM contacts t JOIN contact_phones p ON p.contact_id = t.id "
    "WHERE t.customer_id = c.id ORDER BY t.id, p.id LIMIT 1)"_s;

CustomerRow readRow(const QSqlQuery &q)
{
    CustomerRow r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.address = q.value(2).toString();
    r.serviceCode = q.value(3).toString();
    r.dongleNo = q.value(4).toString();
    r.region = regionFromKey(q.value(5).toString()).value_or(RegionClass::SameCity);
    r.keyCustomer = q.value(6).toInt() != 0;
    r.vipChannel = q.value(7).toInt() != 0;
    r.contractType = q.value(8).toString();
    r.contractEnds = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    r.firstContact = q.value(10).toString();
    r.firstPhone = q.value(11).toString();
    return r;
}

QVariantMap customerValues(const Customer &c)
{
    return {{u"name"_s, c.name.trimmed()},
            {u"name_key"_s, pinyin::sortKey(c.name.trimmed())},
            {u"address"_s, c.address.trimmed()},
            {u"region_class"_s, regionKey(c.region)},
            {u"key_customer"_s, c.keyCustomer},
            {u"vip_channel"_s, c.vipChannel},
            {u"service_code"_s, c.serviceCode.trimmed()},
            {u"dongle_no"_s, c.dongleNo.trimmed()},
            {u"industry"_s, c.industry.trimmed()},
            {u"notes"_s, c.notes},
            {u"search_text"_s, CustomerRepository::searchText(c)}};
}

QVariantMap contactValues(const Contact &t, qint64 customerId)
{
    return {{u"customer_id"_s, customerId}, {u"name"_s, t.name.trimmed()}, {u"title"_s, t.title},
            {u"email"_s, t.email.trimmed()}, {u"im"_s, t.im.trimmed()}, {u"is_admin"_s, t.isAdmin}};
}

QVariantMap contractValues(const Contract &k, qint64 customerId)
{
    return {{u"customer_id"_s, customerId}, {u"contract_no"_s, k.contractNo}, {u"type"_s, k.type},
            {u"starts_on"_s, k.startsOn}, {u"ends_on"_s, k.endsOn},
            {u"warranty_months"_s, k.warrantyMonths}, {u"onsite_included"_s, k.onsiteIncluded},
            {u"free_upgrade"_s, k.freeUpgrade}, {u"notes"_s, k.notes}};
}

Status validateCustomer(const Customer &c)
{
    namespace fr = fieldrules;
    if (c.name.trimmed().isEmpty())
        return failInvalid(u"name"_s, QCoreApplication::translate("sd::core::CustomerRepository", "The company name is required."));
    const std::initializer_list<std::tuple<QString, QString, const QString *, int>> own = {
        {u"name"_s, QCoreApplication::translate("sd::core::CustomerRepository", "Company name"), &c.name, fr::CompanyMax},
        {u"address"_s, QCoreApplication::translate("sd::core::CustomerRepository", "Address"), &c.address, fr::AddressMax},
        {u"service_code"_s, QCoreApplication::translate("sd::core::CustomerRepository", "Service code"), &c.serviceCode, fr::CodeMax},
        {u"dongle_no"_s, QCoreApplication::translate("sd::core::CustomerRepository", "Dongle no."), &c.dongleNo, fr::CodeMax},
        {u"industry"_s, QCoreApplication::translate("sd::core::CustomerRepository", "Industry"), &c.industry, fr::NameMax},
        {u"notes"_s, QCoreApplication::translate("sd::core::CustomerRepository", "Notes"), &c.notes, fr::LongTextMax}};
    for (const auto &[field, title, value, max] : own)
        if (auto ok = fr::text(field, title, *value, max); !ok)
            return ok;
    for (const Contact &k : c.contacts) {
        if (k.name.trimmed().isEmpty())
            return failInvalid(u"contact"_s, QCoreApplication::translate("sd::core::CustomerRepository", "Every contact needs a name."));
        if (auto ok = fr::text(u"contact"_s, QCoreApplication::translate("sd::core::CustomerRepository", "Contact name"), k.name, fr::NameMax); !ok)
            return ok;
        if (auto ok = fr::text(u"contact_title"_s, QCoreApplication::translate("sd::core::CustomerRepository", "Contact's position"), k.title, fr::NameMax); !ok)
            return ok;
        if (auto ok = fr::email(u"email"_s, QCoreApplication::translate("sd::core::CustomerRepository", "E-mail"), k.email); !ok)
            return ok;
        if (auto ok = fr::text(u"im"_s, QCoreApplication::translate("sd::core::CustomerRepository", "QQ / WeChat"), k.im, fr::NameMax); !ok)
            return ok;
        for (const ContactPhone &p : k.phones) {
            if (auto ok = fr::phone(u"phone"_s, QCoreApplication::translate("sd::core::CustomerRepository", "Phone"), p.phone, true); !ok)
                return ok;
            if (auto ok = fr::text(u"phone_kind"_s, QCoreApplication::translate("sd::core::CustomerRepository", "Phone kind"), p.kind, fr::NameMax); !ok)
                return ok;
        }
    }
    for (const Contract &k : c.contracts) {
        if (k.type.trimmed().isEmpty())
            return failInvalid(u"contract_type"_s, QCoreApplication::translate("sd::core::CustomerRepository", "Every contract needs a type (e.g. SPS)."));
        if (auto ok = fr::text(u"contract_type"_s, QCoreApplication::translate("sd::core::CustomerRepository", "Contract type"), k.type, fr::CodeMax); !ok)
            return ok;
        if (auto ok = fr::text(u"contract_no"_s, QCoreApplication::translate("sd::core::CustomerRepository", "Contract no."), k.contractNo, fr::CodeMax); !ok)
            return ok;
        if (auto ok = fr::text(u"contract_notes"_s, QCoreApplication::translate("sd::core::CustomerRepository", "Contract notes"), k.notes, fr::LongTextMax); !ok)
            return ok;
        if (!k.startsOn.isValid() || !k.endsOn.isValid())
            return failInvalid(u"contract_dates"_s, QCoreApplication::translate("sd::core::CustomerRepository", "A contract needs a start and an end date."));
        if (k.endsOn < k.startsOn)
            return failInvalid(u"contract_dates"_s, QCoreApplication::translate("sd::core::CustomerRepository", "A contract cannot end before it starts."));
    }
    for (const PurchasedProduct &p : c.products) {
        if (p.product.trimmed().isEmpty() && p.productId == 0)
            return failInvalid(u"product"_s, QCoreApplication::translate("sd::core::CustomerRepository", "A purchased product needs a name."));
        if (auto ok = fr::text(u"product"_s, QCoreApplication::translate("sd::core::CustomerRepository", "Product"), p.product, fr::NameMax); !ok)
            return ok;
        if (auto ok = fr::text(u"product_version"_s, QCoreApplication::translate("sd::core::CustomerRepository", "Product version"), p.productVersion, fr::CodeMax); !ok)
            return ok;
        if (auto ok = fr::text(u"modules"_s, QCoreApplication::translate("sd::core::CustomerRepository", "Modules"), p.modules, fr::ShortTextMax); !ok)
            return ok;
    }
    return {};
}

Result<qint64> productIdFor(const Database &db, const Session &who, const PurchasedProduct &p)
{
    if (p.productId > 0)
        return p.productId;
    const QString name = p.product.trimmed();
    // Two desks importing the same new product at once: the second waits, then finds it.
    if (auto locked = numbers::lockKey(db, u"products"_s, name); !locked)
        return std::unexpected(locked.error());
    auto found = db.scalar(u"SELECT id FROM products WHERE name = ?"_s, {name});
    if (!found)
        return std::unexpected(found.error());
    if (found->isValid() && !found->isNull())
        return found->toLongLong();
    return RecordStore(db).insert(who, u"products"_s, {{u"name"_s, name}});
}

Status writePhones(const Database &db, const Session &who, qint64 contactId, const QList<ContactPhone> &phones,
                   bool &changed)
{
    QStringList before;
    auto old = db.exec(u"SELECT phone FROM contact_phones WHERE contact_id = ? ORDER BY id"_s, {contactId});
    if (!old)
        return std::unexpected(old.error());
    while (old->next())
        before << old->value(0).toString();
    QStringList after;
    for (const ContactPhone &p : phones)
        after << p.phone.trimmed();
    if (before == after)
        return {};
    changed = true;
    if (auto q = db.exec(u"DELETE FROM contact_phones WHERE contact_id = ?"_s, {contactId}); !q)
        return std::unexpected(q.error());
    for (const ContactPhone &p : phones) {
        auto q = db.exec(u"INSERT INTO contact_phones (contact_id, phone, digits, kind) VALUES (?, ?, ?, ?)"_s,
                         {contactId, p.phone.trimmed(), CustomerRepository::phoneDigits(p.phone), p.kind});
        if (!q)
            return std::unexpected(q.error());
    }
    if (!before.isEmpty() || !after.isEmpty())
        return audit::append(db, who, u"contacts"_s, contactId, u"update"_s, u"phones"_s,
                             before.join(u"; "_s), after.join(u"; "_s));
    return {};
}

// Brings the child rows of `table` for the customer in line with `wanted` (id → values):
// updates kept rows, inserts new ones (id 0), deletes the rest. Returns the ids in order.
Result<QList<qint64>> syncChildren(const Database &db, const Session &who, const QString &table,
                                   qint64 customerId, const QList<std::pair<qint64, QVariantMap>> &wanted,
                                   bool &changed)
{
    RecordStore store(db);
    QHash<qint64, int> existing;
    auto q = db.exec(u"SELECT id, version FROM %1 WHERE customer_id = ?"_s.arg(table), {customerId});
    if (!q)
        return std::unexpected(q.error());
    while (q->next())
        existing.insert(q->value(0).toLongLong(), q->value(1).toInt());
    QList<qint64> ids;
    for (const auto &[id, values] : wanted) {
        if (id > 0 && existing.contains(id)) {
            auto v = store.update(who, table, id, existing.value(id), values);
            if (!v)
                return std::unexpected(v.error());
            changed = changed || *v != existing.value(id);
            existing.remove(id);
            ids << id;
        } else {
            auto newId = store.insert(who, table, values);
            if (!newId)
                return std::unexpected(newId.error());
            changed = true;
            ids << *newId;
        }
    }
    for (auto it = existing.begin(); it != existing.end(); ++it) {
        if (auto ok = store.remove(who, table, it.key(), it.value()); !ok)
            return std::unexpected(ok.error());
        changed = true;
    }
    return ids;
}

Status writeChildren(const Database &db, const Session &who, qint64 customerId, const Customer &c, bool &changed)
{
    QList<std::pair<qint64, QVariantMap>> contacts;
    for (const Contact &t : c.contacts)
        contacts.append({t.id, contactValues(t, customerId)});
    auto contactIds = syncChildren(db, who, u"contacts"_s, customerId, contacts, changed);
    if (!contactIds)
        return std::unexpected(contactIds.error());
    for (int i = 0; i < c.contacts.size(); ++i) {
        if (auto ok = writePhones(db, who, contactIds->at(i), c.contacts.at(i).phones, changed); !ok)
            return ok;
    }
    QList<std::pair<qint64, QVariantMap>> contracts;
    for (const Contract &k : c.contracts)
        contracts.append({k.id, contractValues(k, customerId)});
    if (auto ids = syncChildren(db, who, u"contracts"_s, customerId, contracts, changed); !ids)
        return std::unexpected(ids.error());
    QList<std::pair<qint64, QVariantMap>> products;
    for (const PurchasedProduct &p : c.products) {
        auto productId = productIdFor(db, who, p);
        if (!productId)
            return std::unexpected(productId.error());
        products.append({p.id, {{u"customer_id"_s, customerId}, {u"product_id"_s, *productId},
                                {u"product_version"_s, p.productVersion}, {u"modules"_s, p.modules},
                                {u"licences"_s, p.licences}, {u"purchased_on"_s, p.purchasedOn}}});
    }
    if (auto ids = syncChildren(db, who, u"customer_products"_s, customerId, products, changed); !ids)
        return std::unexpected(ids.error());
    return {};
}

} // namespace

QString CustomerRepository::searchText(const Customer &c)
{
    QStringList parts{c.name, c.address, c.serviceCode, c.dongleNo, c.industry};
    for (const Contact &t : c.contacts) {
        parts << t.name << t.email << t.im;
        for (const ContactPhone &p : t.phones)
            parts << p.phone << phoneDigits(p.phone);
    }
    parts.removeAll(QString());
    return parts.join(u' ');
}

QString CustomerRepository::phoneDigits(const QString &phone)
{
    QString digits;
    digits.reserve(phone.size());
    for (QChar ch : phone)
        if (ch >= u'0' && ch <= u'9')
            digits.append(ch);
    return digits;
}

Result<qint64> CustomerRepository::create(const Session &who, const Customer &customer)
{
    if (auto ok = require(m_db, who, Action::CustomerCreate, u"customers"_s); !ok)
        return std::unexpected(ok.error());
    if (auto ok = validateCustomer(customer); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto id = RecordStore(m_db).insert(who, u"customers"_s, customerValues(customer));
    if (!id)
        return id;
    bool changed = false;
    if (auto ok = writeChildren(m_db, who, *id, customer, changed); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Status CustomerRepository::validate(const Customer &customer)
{
    return validateCustomer(customer);
}

Result<Customer> CustomerRepository::save(const Session &who, const Customer &customer)
{
    if (auto ok = require(m_db, who, Action::CustomerEdit, u"customers"_s, customer.id); !ok)
        return std::unexpected(ok.error());
    if (auto ok = validateCustomer(customer); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    RecordStore store(m_db);
    auto version = store.update(who, u"customers"_s, customer.id, customer.version, customerValues(customer));
    if (!version)
        return std::unexpected(version.error());
    bool childrenChanged = false;
    if (auto ok = writeChildren(m_db, who, customer.id, customer, childrenChanged); !ok)
        return std::unexpected(ok.error());
    if (childrenChanged && *version == customer.version) {
        // Only contacts/contracts/products changed: the customer's version still moves on, so a
        // second editor of the same card is told instead of overwriting.
        auto q = m_db.exec(u"UPDATE customers SET version = version + 1, updated_at = ?, updated_by = ? "
                           "WHERE id = ? AND version = ?"_s,
                           {Database::nowMs(), who.staffId, customer.id, customer.version});
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() != 1)
            return std::unexpected(store.conflictError(u"customers"_s, customer.id));
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return get(customer.id);
}

Result<Customer> CustomerRepository::get(qint64 id) const
{
    auto q = m_db.exec(u"SELECT id, version, name, address, region_class, key_customer, vip_channel, "
                       "service_code, dongle_no, industry, notes, updated_at, updated_by "
                       "FROM customers WHERE id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::CustomerRepository", "Customer %1 does not exist.").arg(id));
    Customer c;
    c.id = q->value(0).toLongLong();
    c.version = q->value(1).toInt();
    c.name = q->value(2).toString();
    c.address = q->value(3).toString();
    c.region = regionFromKey(q->value(4).toString()).value_or(RegionClass::SameCity);
    c.keyCustomer = q->value(5).toInt() != 0;
    c.vipChannel = q->value(6).toInt() != 0;
    c.serviceCode = q->value(7).toString();
    c.dongleNo = q->value(8).toString();
    c.industry = q->value(9).toString();
    c.notes = q->value(10).toString();
    c.updatedAt = q->value(11).toLongLong();
    c.updatedBy = q->value(12).toLongLong();

    auto ct = m_db.exec(u"SELECT id, version, name, title, email, im, is_admin FROM contacts "
                        "WHERE customer_id = ? ORDER BY id"_s, {id});
    if (!ct)
        return std::unexpected(ct.error());
    QHash<qint64, int> index;
    while (ct->next()) {
        Contact t;
        t.id = ct->value(0).toLongLong();
        t.customerId = id;
        t.version = ct->value(1).toInt();
        t.name = ct->value(2).toString();
        t.title = ct->value(3).toString();
        t.email = ct->value(4).toString();
        t.im = ct->value(5).toString();
        t.isAdmin = ct->value(6).toInt() != 0;
        index.insert(t.id, c.contacts.size());
        c.contacts.append(t);
    }
    auto ph = m_db.exec(u"SELECT p.id, p.contact_id, p.phone, p.kind FROM contact_phones p "
                        "JOIN contacts t ON t.id = p.contact_id WHERE t.customer_id = ? ORDER BY p.id"_s, {id});
    if (!ph)
        return std::unexpected(ph.error());
    while (ph->next()) {
        const qint64 contactId = ph->value(1).toLongLong();
        if (index.contains(contactId))
            c.contacts[index.value(contactId)].phones.append(
                {ph->value(0).toLongLong(), ph->value(2).toString(), ph->value(3).toString()});
    }
    auto k = m_db.exec(u"SELECT id, version, contract_no, type, starts_on, ends_on, warranty_months, "
                       "onsite_included, free_upgrade, notes FROM contracts WHERE customer_id = ? "
                       "ORDER BY starts_on, id"_s, {id});
    if (!k)
        return std::unexpected(k.error());
    while (k->next()) {
        Contract x;
        x.id = k->value(0).toLongLong();
        x.customerId = id;
        x.version = k->value(1).toInt();
        x.contractNo = k->value(2).toString();
        x.type = k->value(3).toString();
        x.startsOn = QDate::fromString(k->value(4).toString(), Qt::ISODate);
        x.endsOn = QDate::fromString(k->value(5).toString(), Qt::ISODate);
        x.warrantyMonths = k->value(6).toInt();
        x.onsiteIncluded = k->value(7).toInt() != 0;
        x.freeUpgrade = k->value(8).toInt() != 0;
        x.notes = k->value(9).toString();
        c.contracts.append(x);
    }
    auto p = m_db.exec(u"SELECT cp.id, cp.product_id, pr.name, cp.product_version, cp.modules, cp.licences, "
                       "cp.purchased_on FROM customer_products cp JOIN products pr ON pr.id = cp.product_id "
                       "WHERE cp.customer_id = ? ORDER BY cp.id"_s, {id});
    if (!p)
        return std::unexpected(p.error());
    while (p->next()) {
        PurchasedProduct x;
        x.id = p->value(0).toLongLong();
        x.productId = p->value(1).toLongLong();
        x.product = p->value(2).toString();
        x.productVersion = p->value(3).toString();
        x.modules = p->value(4).toString();
        x.licences = p->value(5).toInt();
        x.purchasedOn = QDate::fromString(p->value(6).toString(), Qt::ISODate);
        c.products.append(x);
    }
    return c;
}

Result<QList<CustomerRow>> CustomerRepository::list(const CustomerQuery &query) const
{
    auto text = search::condition(m_db, search::tables::customers(), query.text);
    if (!text)
        return std::unexpected(text.error());
    QVariantList binds = text->binds;
    const QString where = text->isEmpty() ? QString() : u" WHERE "_s + text->sql;
    QString order;
    switch (query.sort) {
    case CustomerSort::NameAsc: order = u"c.name_key, c.id"_s; break;
    case CustomerSort::NameDesc: order = u"c.name_key DESC, c.id DESC"_s; break;
    case CustomerSort::RecentlyChanged: order = u"c.updated_at DESC, c.id DESC"_s; break;
    }
    binds << query.limit << query.offset;
    // The page's ids first, then its columns: otherwise PostgreSQL computes the per-row
    // subqueries of kListColumns for every matching row before it sorts and cuts the page.
    auto q = m_db.exec(u"SELECT "_s + kListColumns + u" FROM customers c WHERE c.id IN (SELECT c.id FROM customers c"_s +
                           where + u" ORDER BY "_s + order + u" LIMIT ? OFFSET ?) ORDER BY "_s + order,
                       binds);
    if (!q)
        return std::unexpected(q.error());
    QList<CustomerRow> rows;
    while (q->next())
        rows.append(readRow(*q));
    return rows;
}

Result<qint64> CustomerRepository::count(const QString &text) const
{
    auto condition = search::condition(m_db, search::tables::customers(), text);
    if (!condition)
        return std::unexpected(condition.error());
    const QString where = condition->isEmpty() ? QString() : u" WHERE "_s + condition->sql;
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM customers c"_s + where, condition->binds);
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

Result<QList<CustomerRow>> CustomerRepository::lookup(const QString &text, int limit) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QList<CustomerRow>{};
    QList<CustomerRow> rows;
    QSet<qint64> seen;
    const QString digits = phoneDigits(trimmed);
    // Mostly digits: a caller ID or part of one. Exact numbers first (index), then numbers
    // containing the digits (the search's scan of the short digits column on SQLite, its
    // pg_trgm index on PostgreSQL).
    if (digits.size() >= 3 && digits.size() * 2 >= trimmed.size()) {
        const bool pg = m_db.dialect() == Dialect::PostgreSQL;
        auto containing = search::condition(m_db, search::tables::contactPhones(), digits);
        if (!containing)
            return std::unexpected(containing.error());
        const QList<search::Condition> steps = {{u"p.digits = ?"_s, {digits}}, *containing};
        for (const search::Condition &step : steps) {
            if (rows.size() >= limit)
                break;
            const QString matches = u"(SELECT t.customer_id FROM contact_phones p JOIN contacts t ON "
                                    "t.id = p.contact_id WHERE "_s + step.sql + u")"_s;
            // PostgreSQL: pick the page's ids first (see list()); SQLite plans the flat form best.
            const QString sql =
                pg ? u"SELECT "_s + kListColumns + u" FROM customers c WHERE c.id IN (SELECT c.id FROM customers c "
                                                   "WHERE c.id IN "_s + matches +
                         u" ORDER BY c.name_key, c.id LIMIT ?) ORDER BY c.name_key, c.id"_s
                   : u"SELECT "_s + kListColumns + u" FROM customers c WHERE c.id IN "_s + matches +
                         u" ORDER BY c.name_key, c.id LIMIT ?"_s;
            auto q = m_db.exec(sql, QVariantList(step.binds) << limit);
            if (!q)
                return std::unexpected(q.error());
            while (q->next() && rows.size() < limit) {
                CustomerRow r = readRow(*q);
                if (!seen.contains(r.id)) {
                    seen.insert(r.id);
                    rows.append(r);
                }
            }
        }
    }
    if (rows.size() < limit) {
        auto more = list({trimmed, CustomerSort::NameAsc, limit, 0});
        if (!more)
            return std::unexpected(more.error());
        for (const CustomerRow &r : *more) {
            if (rows.size() >= limit)
                break;
            if (!seen.contains(r.id))
                rows.append(r);
        }
    }
    return rows;
}

Result<QList<CustomerRow>> CustomerRepository::findDuplicates(const Customer &candidate) const
{
    QStringList conditions;
    QVariantList binds;
    conditions << u"c.name = ?"_s;
    binds << candidate.name.trimmed();
    if (!candidate.serviceCode.trimmed().isEmpty()) {
        conditions << u"c.service_code = ?"_s;
        binds << candidate.serviceCode.trimmed();
    }
    QStringList phones;
    for (const Contact &t : candidate.contacts)
        for (const ContactPhone &p : t.phones)
            if (phoneDigits(p.phone).size() >= 5)
                phones << phoneDigits(p.phone);
    if (!phones.isEmpty()) {
        QStringList marks(phones.size(), u"?"_s);
        conditions << u"c.id IN (SELECT t.customer_id FROM contact_phones p JOIN contacts t ON "
                      "t.id = p.contact_id WHERE p.digits IN (%1))"_s.arg(marks.join(u", "_s));
        for (const QString &d : phones)
            binds << d;
    }
    binds << candidate.id;
    auto q = m_db.exec(u"SELECT "_s + kListColumns + u" FROM customers c WHERE ("_s +
                           conditions.join(u" OR "_s) + u") AND c.id <> ? ORDER BY c.id LIMIT 50"_s,
                       binds);
    if (!q)
        return std::unexpected(q.error());
    QList<CustomerRow> rows;
    while (q->next())
        rows.append(readRow(*q));
    return rows;
}

} // namespace sd::core
