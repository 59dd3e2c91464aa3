#include "core/csv/customerimport.h"

#include "core/common/logging.h"

#include "core/audit/audit.h"
#include "core/auth/permissions.h"
#include "core/records/customerrepository.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {

// Customers read per page on export: big enough that 100k customers take ~500 short queries,
// small enough that no query holds a read snapshot for long (STYLE.md: WAL checkpoints).
constexpr int kExportPage = 1000;

/// Reads the customers with id > `afterId` (one page) with what the export row shows: the
/// first contact and its phones, all products, the latest-ending contract.
Result<QList<Customer>> exportPage(const Database &db, qint64 afterId)
{
    QList<Customer> page;
    auto q = db.exec(u"SELECT id, name, address, region_class, key_customer, service_code, dongle_no "
                     "FROM customers WHERE id > ? ORDER BY id LIMIT ?"_s,
                     {afterId, kExportPage});
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, qsizetype> at;
    while (q->next()) {
        Customer c;
        c.id = q->value(0).toLongLong();
        c.name = q->value(1).toString();
        c.address = q->value(2).toString();
        c.region = regionFromKey(q->value(3).toString()).value_or(RegionClass::SameCity);
        c.keyCustomer = q->value(4).toInt() != 0;
        c.serviceCode = q->value(5).toString();
        c.dongleNo = q->value(6).toString();
        at.insert(c.id, page.size());
        page.append(c);
    }
    if (page.isEmpty())
        return page;
    const QVariantList range{page.first().id, page.last().id};

    auto contacts = db.exec(u"SELECT id, customer_id, name, email FROM contacts "
                            "WHERE customer_id BETWEEN ? AND ? ORDER BY customer_id, id"_s,
                            range);
    if (!contacts)
        return std::unexpected(contacts.error());
    QHash<qint64, qsizetype> firstContactOf; // contact id → page index of its customer
    while (contacts->next()) {
        const auto it = at.constFind(contacts->value(1).toLongLong());
        if (it == at.constEnd() || !page[*it].contacts.isEmpty())
            continue;
        Contact t;
        t.id = contacts->value(0).toLongLong();
        t.customerId = contacts->value(1).toLongLong();
        t.name = contacts->value(2).toString();
        t.email = contacts->value(3).toString();
        page[*it].contacts.append(t);
        firstContactOf.insert(t.id, *it);
    }

    auto phones = db.exec(u"SELECT p.contact_id, p.phone FROM contact_phones p "
                          "JOIN contacts t ON t.id = p.contact_id "
                          "WHERE t.customer_id BETWEEN ? AND ? ORDER BY p.contact_id, p.id"_s,
                          range);
    if (!phones)
        return std::unexpected(phones.error());
    while (phones->next()) {
        const auto it = firstContactOf.constFind(phones->value(0).toLongLong());
        if (it != firstContactOf.constEnd())
            page[*it].contacts.first().phones.append({0, phones->value(1).toString(), {}});
    }

    auto products = db.exec(u"SELECT cp.customer_id, pr.name, cp.product_version "
                            "FROM customer_products cp JOIN products pr ON pr.id = cp.product_id "
                            "WHERE cp.customer_id BETWEEN ? AND ? ORDER BY cp.customer_id, cp.id"_s,
                            range);
    if (!products)
        return std::unexpected(products.error());
    while (products->next()) {
        const auto it = at.constFind(products->value(0).toLongLong());
        if (it == at.constEnd())
            continue;
        PurchasedProduct p;
        p.product = products->value(1).toString();
        p.productVersion = products->value(2).toString();
        page[*it].products.append(p);
    }

    // Latest-ending first, so the first row seen per customer is the one exported.
    auto contracts = db.exec(u"SELECT customer_id, type, starts_on, ends_on FROM contracts "
                             "WHERE customer_id BETWEEN ? AND ? "
                             "ORDER BY customer_id, ends_on DESC, id DESC"_s,
                             range);
    if (!contracts)
        return std::unexpected(contracts.error());
    while (contracts->next()) {
        const auto it = at.constFind(contracts->value(0).toLongLong());
        if (it == at.constEnd() || !page[*it].contracts.isEmpty())
            continue;
        Contract k;
        k.type = contracts->value(1).toString();
        k.startsOn = QDate::fromString(contracts->value(2).toString(), Qt::ISODate);
        k.endsOn = QDate::fromString(contracts->value(3).toString(), Qt::ISODate);
        page[*it].contracts.append(k);
    }
    return page;
}

} // namespace

Result<ImportReport> importCustomers(const Database &db, const Session &session,
                                     const QByteArray &fileBytes)
{
    if (auto ok = require(db, session, Action::CustomerImport, u"customers"_s); !ok)
        return std::unexpected(ok.error());

    // Everything is parsed before anything is written: a bad row on the last line must not
    // leave the first lines imported.
    auto data = readCustomerCsv(fileBytes);
    if (!data) {
        qCInfo(lcImport).noquote() << "customer file refused at line" << data.error().line;
        return std::unexpected(data.error());
    }

    ImportReport report;
    report.encoding = data->encoding;
    report.warnings = data->warnings;
    report.ids.reserve(data->customers.size());

    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    CustomerRepository repository(db);
    for (const ParsedCustomer &row : std::as_const(data->customers)) {
        auto id = repository.create(session, row.customer);
        if (!id) {
            Error e = id.error();
            if (e.line == 0)
                e.line = row.line;
            return std::unexpected(e); // tx rolls back
        }
        report.ids.append(*id);
    }
    report.imported = int(report.ids.size());
    if (auto ok = audit::append(db, session, u"customers"_s, 0, actionKey(Action::CustomerImport),
                                {}, {}, u"%1 (%2)"_s.arg(report.imported).arg(textEncodingKey(report.encoding)));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    qCInfo(lcImport).noquote() << "customers imported:" << report.imported << "rows," << fileBytes.size() << "bytes, by"
                               << session.login;
    return report;
}

Result<QByteArray> exportCustomers(const Database &db, const Session &session, bool chineseHeader,
                                   ExportEncoding encoding)
{
    if (auto ok = require(db, session, Action::CustomerExport, u"customers"_s); !ok)
        return std::unexpected(ok.error());

    CustomerCsvWriter writer(chineseHeader ? CustomerCsvHeader::Chinese : CustomerCsvHeader::English);
    qint64 afterId = 0;
    qint64 exported = 0;
    for (;;) {
        auto page = exportPage(db, afterId);
        if (!page)
            return std::unexpected(page.error());
        if (page->isEmpty())
            break;
        for (const Customer &c : std::as_const(*page))
            writer.add(c);
        exported += page->size();
        afterId = page->last().id;
        if (page->size() < kExportPage)
            break;
    }
    auto bytes = writer.finish(encoding);
    if (!bytes)
        return bytes;
    // A full export of the customer base is worth a line in the trail.
    if (auto ok = audit::append(db, session, u"customers"_s, 0, actionKey(Action::CustomerExport), {}, {},
                                exported);
        !ok)
        return std::unexpected(ok.error());
    return bytes;
}

} // namespace sd::core
