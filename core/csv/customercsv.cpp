// Customer files as sales and hotline staff keep them in Excel: one row per customer, column
// names in English or Chinese, several phones or products packed into one cell.
#include "core/csv/customercsv.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {

struct ColumnNames {
    CustomerColumn column;
    QString key;      ///< English header, also Error::field
    QString chinese;  ///< Chinese header written on export
    QStringList aliases; ///< further accepted names (besides key and chinese)
};

const QList<ColumnNames> &columnTable()
{
    static const QList<ColumnNames> table = {
        {CustomerColumn::Company, u"company"_s, u"公司名称"_s, {u"客户名称"_s}},
        {CustomerColumn::Contact, u"contact"_s, u"联系人"_s, {}},
        {CustomerColumn::Phone, u"phone"_s, u"联系电话"_s, {u"电话"_s}},
        {CustomerColumn::Address, u"address"_s, u"地址"_s, {}},
        {CustomerColumn::Product, u"product"_s, u"购买软件"_s, {u"产品"_s}},
        {CustomerColumn::Email, u"email"_s, u"邮箱"_s, {}},
        {CustomerColumn::ServiceCode, u"service_code"_s, u"服务编码"_s, {}},
        {CustomerColumn::Dongle, u"dongle"_s, u"加密狗号"_s, {}},
        {CustomerColumn::Region, u"region"_s, u"区域"_s, {}},
        {CustomerColumn::KeyCustomer, u"key_customer"_s, u"重点客户"_s, {}},
        {CustomerColumn::ContractType, u"contract_type"_s, u"合同类型"_s, {}},
        {CustomerColumn::ContractStart, u"contract_start"_s, u"合同开始"_s, {}},
        {CustomerColumn::ContractEnd, u"contract_end"_s, u"合同结束"_s, {}},
    };
    return table;
}

const ColumnNames &namesOf(CustomerColumn column)
{
    return columnTable().at(qsizetype(column));
}

/// "  Service Code " → "service_code": the form header cells are compared in.
QString normalizedHeader(const QString &header)
{
    QString h = header.trimmed().toCaseFolded();
    if (h.startsWith(QChar(0xFEFF)))
        h = h.sliced(1).trimmed();
    static const QRegularExpression separators(u"[\\s\\-]+"_s,
                                               QRegularExpression::UseUnicodePropertiesOption);
    h.replace(separators, u"_"_s);
    return h;
}

const QHash<QString, CustomerColumn> &headerIndex()
{
    static const QHash<QString, CustomerColumn> index = [] {
        QHash<QString, CustomerColumn> h;
        for (const ColumnNames &c : columnTable()) {
            h.insert(normalizedHeader(c.key), c.column);
            h.insert(normalizedHeader(c.chinese), c.column);
            for (const QString &a : c.aliases)
                h.insert(normalizedHeader(a), c.column);
        }
        return h;
    }();
    return index;
}

Error rowError(int line, CustomerColumn column, const QString &message)
{
    Error e = Error::invalid(namesOf(column).key, message);
    e.line = line;
    return e;
}

QString regionChineseOf(RegionClass r)
{
    switch (r) {
    case RegionClass::SameCity: return u"同城"_s;
    case RegionClass::Nearby: return u"周边"_s;
    case RegionClass::OtherProvince: return u"外省"_s;
    }
    return {};
}

std::optional<RegionClass> parseRegion(const QString &value)
{
    const QString v = normalizedHeader(value);
    for (RegionClass r : {RegionClass::SameCity, RegionClass::Nearby, RegionClass::OtherProvince}) {
        if (v == regionKey(r) || v == regionChineseOf(r))
            return r;
    }
    return std::nullopt;
}

std::optional<bool> parseYesNo(const QString &value)
{
    const QString v = value.trimmed().toCaseFolded();
    if (v == u"yes"_s || v == u"y"_s || v == u"true"_s || v == u"1"_s || v == u"是"_s)
        return true;
    if (v == u"no"_s || v == u"n"_s || v == u"false"_s || v == u"0"_s || v == u"否"_s)
        return false;
    return std::nullopt;
}

/// YYYY-MM-DD or YYYY/MM/DD; Excel on a Chinese Windows writes 2025/3/1, so month and day
/// may have one digit.
std::optional<QDate> parseDate(const QString &value)
{
    static const QRegularExpression re(u"^(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})$"_s);
    const auto m = re.match(value);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QStringList splitList(const QString &value, const QString &separators)
{
    QStringList out;
    QString current;
    auto flush = [&] {
        const QString item = current.trimmed();
        if (!item.isEmpty())
            out.append(item);
        current.clear();
    };
    for (QChar c : value) {
        if (separators.contains(c))
            flush();
        else
            current.append(c);
    }
    flush();
    return out;
}

qsizetype digitCount(const QString &text)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar ch) { return ch >= u'0' && ch <= u'9'; });
}

const QString kPhoneSeparators = u";；/、，"_s;
const QString kProductSeparators = u";；、"_s;

/// "U8+ 16.0" → ("U8+", "16.0"); a last word counts as a version when it starts with a
/// digit, or with v/V and a digit, so "T+ Cloud" stays one name.
PurchasedProduct parseProduct(const QString &item)
{
    PurchasedProduct p;
    qsizetype space = -1;
    for (qsizetype k = item.size() - 1; k >= 0; --k) {
        if (item.at(k).isSpace()) {
            space = k;
            break;
        }
    }
    if (space > 0) {
        const QString tail = item.sliced(space + 1);
        const bool versionLike = !tail.isEmpty()
                                 && (tail.at(0).isDigit()
                                     || (tail.size() > 1 && (tail.at(0) == u'v' || tail.at(0) == u'V')
                                         && tail.at(1).isDigit()));
        const QString head = item.first(space).trimmed();
        if (versionLike && !head.isEmpty()) {
            p.product = head;
            p.productVersion = tail;
            return p;
        }
    }
    p.product = item;
    return p;
}

} // namespace

PurchasedProduct parsePurchasedProduct(const QString &item) { return parseProduct(item.trimmed()); }

const QList<CustomerColumn> &customerColumns()
{
    static const QList<CustomerColumn> columns = [] {
        QList<CustomerColumn> c;
        for (const ColumnNames &n : columnTable())
            c.append(n.column);
        return c;
    }();
    return columns;
}

std::optional<CustomerColumn> customerColumnFromHeader(const QString &header)
{
    const auto it = headerIndex().constFind(normalizedHeader(header));
    if (it == headerIndex().constEnd())
        return std::nullopt;
    return *it;
}

QString customerColumnHeader(CustomerColumn column, CustomerCsvHeader language)
{
    return language == CustomerCsvHeader::Chinese ? namesOf(column).chinese : namesOf(column).key;
}

Result<CustomerCsvData> parseCustomerCsv(const QString &text)
{
    auto records = parseCsv(text);
    if (!records)
        return std::unexpected(records.error());

    // Blank rows (Excel leaves ",,,," behind deleted rows) are not customers.
    auto isBlank = [](const CsvRecord &r) {
        return std::all_of(r.fields.cbegin(), r.fields.cend(),
                           [](const QString &f) { return f.trimmed().isEmpty(); });
    };
    qsizetype next = 0;
    while (next < records->size() && isBlank(records->at(next)))
        ++next;
    if (next == records->size())
        return fail(ErrorCode::Invalid,
                    QCoreApplication::translate("sd::core::Csv", "The file is empty: it has no header row."));

    // The header row: which cell is which column.
    CustomerCsvData data;
    const CsvRecord &header = records->at(next++);
    QHash<CustomerColumn, qsizetype> where;
    QStringList unknown;
    for (qsizetype k = 0; k < header.fields.size(); ++k) {
        const QString name = header.fields.at(k).trimmed();
        if (name.isEmpty())
            continue;
        const auto column = customerColumnFromHeader(name);
        if (!column) {
            unknown.append(name);
            continue;
        }
        if (where.contains(*column)) {
            Error e = Error::invalid(
                namesOf(*column).key,
                QCoreApplication::translate("sd::core::Csv",
                                            "The columns “%1” and “%2” both mean %3; keep only one.")
                    .arg(header.fields.at(where.value(*column)).trimmed(), name, namesOf(*column).key));
            e.line = header.line;
            return std::unexpected(e);
        }
        where.insert(*column, k);
    }
    if (!where.contains(CustomerColumn::Company)) {
        Error e = Error::invalid(
            u"company"_s,
            QCoreApplication::translate("sd::core::Csv",
                                        "The header row has no company column (company, 公司名称 or "
                                        "客户名称)."));
        e.line = header.line;
        return std::unexpected(e);
    }
    if (!unknown.isEmpty())
        data.warnings.append(QCoreApplication::translate("sd::core::Csv",
                                                         "These columns are not known and were ignored: %1")
                                 .arg(unknown.join(u", "_s)));

    QHash<QString, int> firstLineOfName;
    for (; next < records->size(); ++next) {
        const CsvRecord &r = records->at(next);
        if (isBlank(r))
            continue;
        for (qsizetype k = header.fields.size(); k < r.fields.size(); ++k) {
            if (!r.fields.at(k).trimmed().isEmpty()) {
                Error e = Error::make(ErrorCode::Invalid,
                                      QCoreApplication::translate(
                                          "sd::core::Csv",
                                          "This row has more cells than the header row has columns "
                                          "(cell %1 is “%2”).")
                                          .arg(k + 1)
                                          .arg(r.fields.at(k).trimmed()));
                e.line = r.line;
                return std::unexpected(e);
            }
        }
        // A cell's value: trimmed, and without the formula guard our export adds.
        auto cell = [&](CustomerColumn c) -> QString {
            const qsizetype k = where.value(c, -1);
            if (k < 0 || k >= r.fields.size())
                return {};
            return unguardFormula(r.fields.at(k).trimmed());
        };
        auto headerName = [&](CustomerColumn c) { return header.fields.at(where.value(c)).trimmed(); };

        Customer c;
        c.name = cell(CustomerColumn::Company);
        if (c.name.isEmpty())
            return std::unexpected(rowError(
                r.line, CustomerColumn::Company,
                QCoreApplication::translate("sd::core::Csv", "The company name (column “%1”) is empty.")
                    .arg(headerName(CustomerColumn::Company))));
        c.address = cell(CustomerColumn::Address);
        c.serviceCode = cell(CustomerColumn::ServiceCode);
        c.dongleNo = cell(CustomerColumn::Dongle);

        if (const QString v = cell(CustomerColumn::Region); !v.isEmpty()) {
            const auto region = parseRegion(v);
            if (!region)
                return std::unexpected(rowError(
                    r.line, CustomerColumn::Region,
                    QCoreApplication::translate("sd::core::Csv",
                                                "“%1” is not a region; write same_city, nearby or "
                                                "other_province (同城, 周边 or 外省).")
                        .arg(v)));
            c.region = *region;
        }
        if (const QString v = cell(CustomerColumn::KeyCustomer); !v.isEmpty()) {
            const auto yes = parseYesNo(v);
            if (!yes)
                return std::unexpected(rowError(
                    r.line, CustomerColumn::KeyCustomer,
                    QCoreApplication::translate("sd::core::Csv",
                                                "“%1” in column “%2” is neither yes nor no; write "
                                                "yes/no, 是/否 or 1/0.")
                        .arg(v, headerName(CustomerColumn::KeyCustomer))));
            c.keyCustomer = *yes;
        }

        const QString contactName = cell(CustomerColumn::Contact);
        const QStringList phones = splitList(cell(CustomerColumn::Phone), kPhoneSeparators);
        const QString email = cell(CustomerColumn::Email);
        if (!contactName.isEmpty() || !phones.isEmpty() || !email.isEmpty()) {
            // The repository keeps phones and emails on a named contact; say so with the line
            // number now rather than fail half-way through the import.
            if (contactName.isEmpty())
                return std::unexpected(rowError(
                    r.line, CustomerColumn::Contact,
                    QCoreApplication::translate("sd::core::Csv",
                                                "A phone number or email needs a contact name "
                                                "(column contact or 联系人).")));
            for (const QString &p : phones) {
                if (digitCount(p) < 3) // the repository's rule: caller-ID lookup needs digits
                    return std::unexpected(rowError(
                        r.line, CustomerColumn::Phone,
                        QCoreApplication::translate("sd::core::Csv", "“%1” is not a phone number.").arg(p)));
            }
            Contact contact;
            contact.name = contactName;
            contact.email = email;
            for (const QString &p : phones)
                contact.phones.append(ContactPhone{0, p, {}});
            c.contacts.append(contact);
        }

        for (const QString &item : splitList(cell(CustomerColumn::Product), kProductSeparators))
            c.products.append(parseProduct(item));

        const QString contractType = cell(CustomerColumn::ContractType);
        const QString start = cell(CustomerColumn::ContractStart);
        const QString end = cell(CustomerColumn::ContractEnd);
        if (!contractType.isEmpty() || !start.isEmpty() || !end.isEmpty()) {
            Contract contract;
            contract.type = contractType;
            // Both dates must be there and be dates; the type is checked after them.
            auto readDate = [&](CustomerColumn column, const QString &value, QDate &date) -> Status {
                if (!where.contains(column) || value.isEmpty())
                    return std::unexpected(rowError(
                        r.line, column,
                        QCoreApplication::translate("sd::core::Csv",
                                                    "A contract needs its type, start date and end "
                                                    "date; the %1 is missing.")
                            .arg(customerColumnHeader(column, CustomerCsvHeader::English))));
                const auto d = parseDate(value);
                if (!d)
                    return std::unexpected(rowError(
                        r.line, column,
                        QCoreApplication::translate("sd::core::Csv",
                                                    "“%1” in column “%2” is not a date; write it as "
                                                    "YYYY-MM-DD or YYYY/MM/DD.")
                            .arg(value, headerName(column))));
                date = *d;
                return {};
            };
            if (auto ok = readDate(CustomerColumn::ContractStart, start, contract.startsOn); !ok)
                return std::unexpected(ok.error());
            if (auto ok = readDate(CustomerColumn::ContractEnd, end, contract.endsOn); !ok)
                return std::unexpected(ok.error());
            if (contractType.isEmpty())
                return std::unexpected(rowError(
                    r.line, CustomerColumn::ContractType,
                    QCoreApplication::translate("sd::core::Csv",
                                                "A contract needs its type, start date and end date; "
                                                "the contract_type is missing.")));
            if (contract.endsOn < contract.startsOn)
                return std::unexpected(rowError(
                    r.line, CustomerColumn::ContractEnd,
                    QCoreApplication::translate("sd::core::Csv",
                                                "The contract ends (%1) before it starts (%2).")
                        .arg(end, start)));
            c.contracts.append(contract);
        }

        const QString nameKey = c.name.toCaseFolded();
        if (const auto it = firstLineOfName.constFind(nameKey); it != firstLineOfName.constEnd())
            data.warnings.append(QCoreApplication::translate("sd::core::Csv",
                                                             "Line %1 has the same company as line %2: %3")
                                     .arg(r.line)
                                     .arg(*it)
                                     .arg(c.name));
        else
            firstLineOfName.insert(nameKey, r.line);

        data.customers.append(ParsedCustomer{std::move(c), r.line});
    }
    return data;
}

Result<CustomerCsvData> readCustomerCsv(const QByteArray &fileBytes)
{
    auto decoded = decodeText(fileBytes);
    if (!decoded)
        return std::unexpected(decoded.error());
    auto data = parseCustomerCsv(decoded->text);
    if (!data)
        return std::unexpected(data.error());
    data->encoding = decoded->encoding;
    return data;
}

CustomerCsvWriter::CustomerCsvWriter(CustomerCsvHeader language) : m_language(language)
{
    QStringList header;
    for (CustomerColumn c : customerColumns())
        header.append(customerColumnHeader(c, language));
    m_csv.addRow(header);
}

QStringList CustomerCsvWriter::cells(const Customer &customer) const
{
    const bool chinese = m_language == CustomerCsvHeader::Chinese;
    const Contact *contact = customer.contacts.isEmpty() ? nullptr : &customer.contacts.first();
    // The latest-ending contract; the first of equals, as the list shows it.
    const Contract *contract = nullptr;
    for (const Contract &k : customer.contracts) {
        if (!contract || k.endsOn > contract->endsOn)
            contract = &k;
    }

    QStringList phones;
    if (contact) {
        for (const ContactPhone &p : contact->phones)
            phones.append(p.phone);
    }
    QStringList products;
    for (const PurchasedProduct &p : customer.products)
        products.append(p.productVersion.isEmpty() ? p.product : p.product + u' ' + p.productVersion);

    QStringList row;
    row.reserve(customerColumns().size());
    for (CustomerColumn c : customerColumns()) {
        switch (c) {
        case CustomerColumn::Company: row.append(customer.name); break;
        case CustomerColumn::Contact: row.append(contact ? contact->name : QString()); break;
        case CustomerColumn::Phone: row.append(phones.join(u';')); break;
        case CustomerColumn::Address: row.append(customer.address); break;
        case CustomerColumn::Product: row.append(products.join(u';')); break;
        case CustomerColumn::Email: row.append(contact ? contact->email : QString()); break;
        case CustomerColumn::ServiceCode: row.append(customer.serviceCode); break;
        case CustomerColumn::Dongle: row.append(customer.dongleNo); break;
        case CustomerColumn::Region:
            row.append(chinese ? regionChineseOf(customer.region) : regionKey(customer.region));
            break;
        case CustomerColumn::KeyCustomer:
            row.append(chinese ? (customer.keyCustomer ? u"是"_s : u"否"_s)
                               : (customer.keyCustomer ? u"yes"_s : u"no"_s));
            break;
        case CustomerColumn::ContractType: row.append(contract ? contract->type : QString()); break;
        case CustomerColumn::ContractStart:
            row.append(contract ? contract->startsOn.toString(Qt::ISODate) : QString());
            break;
        case CustomerColumn::ContractEnd:
            row.append(contract ? contract->endsOn.toString(Qt::ISODate) : QString());
            break;
        }
    }
    return row;
}

void CustomerCsvWriter::add(const Customer &customer)
{
    m_csv.addRow(cells(customer));
}

Result<QByteArray> CustomerCsvWriter::finish(ExportEncoding encoding)
{
    return encodeText(m_csv.takeText(), encoding);
}

Result<QByteArray> writeCustomerCsv(const QList<Customer> &customers, CustomerCsvHeader language,
                                    ExportEncoding encoding)
{
    CustomerCsvWriter writer(language);
    for (const Customer &c : customers)
        writer.add(c);
    return writer.finish(encoding);
}

} // namespace sd::core
