#include "core/csv/customerimport.h"

#include "core/audit/audit.h"
#include "core/auth/permissions.h"
#include "core/common/logging.h"
#include "core/db/numbers.h"
#include "core/db/pinyin.h"
#include "core/records/customerrepository.h"

#include <QHash>
#include <QThread>
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

    // Everything is parsed and checked before anything is written: a bad row on the last line
    // must not leave the first lines imported.
    auto data = readCustomerCsv(fileBytes);
    if (!data) {
        qCInfo(lcImport).noquote() << "customer file refused at line" << data.error().line;
        return std::unexpected(data.error());
    }
    for (const ParsedCustomer &row : std::as_const(data->customers)) {
        if (auto ok = CustomerRepository::validate(row.customer); !ok) {
            Error e = ok.error();
            e.line = row.line;
            return std::unexpected(e);
        }
    }

    ImportReport report;
    report.encoding = data->encoding;
    report.warnings = data->warnings;
    report.ids.reserve(data->customers.size());

    // Which occurrence of its name each row without a service code is (the n-th row of a name
    // matches the n-th customer of that name already there).
    QHash<QString, int> seenNames;
    QList<int> occurrence;
    occurrence.reserve(data->customers.size());
    for (const ParsedCustomer &row : std::as_const(data->customers))
        occurrence << (row.customer.serviceCode.trimmed().isEmpty() ? seenNames[row.customer.name.trimmed()]++ : 0);

    auto present = [&](const Customer &c, int nth) -> Result<bool> {
        const QString code = c.serviceCode.trimmed();
        if (!code.isEmpty()) {
            if (auto locked = numbers::lockKey(db, u"customer-code"_s, code); !locked)
                return std::unexpected(locked.error());
            auto v = db.scalar(u"SELECT COUNT(*) FROM customers WHERE service_code = ?"_s, {code});
            if (!v)
                return std::unexpected(v.error());
            return v->toLongLong() > 0;
        }
        const QString name = c.name.trimmed();
        if (auto locked = numbers::lockKey(db, u"customer-name"_s, name); !locked)
            return std::unexpected(locked.error());
        // name_key is unique to the text and indexed: an index seek, not a scan.
        auto v = db.scalar(u"SELECT COUNT(*) FROM customers WHERE name_key = ?"_s, {pinyin::sortKey(name)});
        if (!v)
            return std::unexpected(v.error());
        return v->toLongLong() > nth;
    };

    CustomerRepository repository(db);
    const qsizetype total = data->customers.size();
    for (qsizetype from = 0; from < total; from += kImportBatchRows) {
        const qsizetype to = std::min(total, from + qsizetype(kImportBatchRows));
        auto tx = Transaction::begin(db);
        if (!tx)
            return std::unexpected(tx.error());
        int created = 0;
        for (qsizetype i = from; i < to; ++i) {
            const ParsedCustomer &row = data->customers.at(i);
            auto there = present(row.customer, occurrence.at(i));
            Result<qint64> id = there ? (*there ? Result<qint64>(0) : repository.create(session, row.customer))
                                      : Result<qint64>(std::unexpected(there.error()));
            if (!id) {
                Error e = id.error();
                if (e.line == 0)
                    e.line = row.line;
                if (report.batches > 0)
                    e.message += u" "_s + QCoreApplication::translate("sd::core::Csv", "The rows before line %1 were imported (%2 new); run the same "
                                                                      "file again to import the rest: rows already there are skipped.")
                                              .arg(data->customers.at(from).line)
                                              .arg(report.imported);
                qCInfo(lcImport).noquote() << "customer import stopped at line" << e.line << "after" << report.batches << "batch(es)";
                return std::unexpected(e); // this batch rolls back
            }
            if (*id == 0) {
                ++report.alreadyPresent;
                continue;
            }
            report.ids.append(*id);
            ++created;
        }
        if (auto ok = audit::append(db, session, u"customers"_s, 0, actionKey(Action::CustomerImport), {}, {},
                                    u"%1 (%2) lines %3-%4"_s.arg(created)
                                        .arg(textEncodingKey(report.encoding))
                                        .arg(data->customers.at(from).line)
                                        .arg(data->customers.at(to - 1).line));
            !ok)
            return std::unexpected(ok.error());
        if (auto ok = tx->commit(); !ok)
            return std::unexpected(ok.error());
        report.imported += created;
        ++report.batches;
        // SQLite has no queue for its write lock: a desk waiting on it polls (every 100 ms once
        // it has waited a while) and would lose every race to the next batch. A pause longer
        // than one poll lets it in between batches.
        if (db.dialect() == Dialect::SQLite && to < total)
            QThread::msleep(kImportBatchPauseMs);
    }
    qCInfo(lcImport).noquote() << "customers imported:" << report.imported << "new," << report.alreadyPresent
                               << "already there," << report.batches << "batch(es)," << fileBytes.size() << "bytes, by"
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
