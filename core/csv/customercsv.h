#pragma once

#include "core/csv/csv.h"
#include "core/csv/textdecoding.h"
#include "core/records/customer.h"

#include <optional>

namespace sd::core {

/// The columns a customer file may have. Header cells are matched in English or Chinese,
/// case-insensitively, ignoring surrounding spaces (and treating inner spaces or '-' as '_'):
///   Company (required)  company | 公司名称 | 客户名称
///   Contact             contact | 联系人
///   Phone               phone | 电话 | 联系电话      several: ; ； / 、 ，
///   Address             address | 地址
///   Product             product | 购买软件 | 产品     several: ; ； 、  each "name [version]"
///   Email               email | 邮箱
///   ServiceCode         service_code | 服务编码
///   Dongle              dongle | 加密狗号
///   Region              region | 区域              same_city/nearby/other_province, 同城/周边/外省
///   KeyCustomer         key_customer | 重点客户     yes/no, 是/否, 1/0, true/false
///   ContractType        contract_type | 合同类型
///   ContractStart       contract_start | 合同开始    YYYY-MM-DD or YYYY/MM/DD
///   ContractEnd         contract_end | 合同结束
enum class CustomerColumn {
    Company,
    Contact,
    Phone,
    Address,
    Product,
    Email,
    ServiceCode,
    Dongle,
    Region,
    KeyCustomer,
    ContractType,
    ContractStart,
    ContractEnd,
};

/// Every column, in export order.
const QList<CustomerColumn> &customerColumns();
/// The column a header cell names, if any.
std::optional<CustomerColumn> customerColumnFromHeader(const QString &header);

/// The language of the header row (and of region / yes-no values) written on export.
enum class CustomerCsvHeader { English, Chinese };

/// The header cell written for a column, e.g. "service_code" or "服务编码".
QString customerColumnHeader(CustomerColumn column, CustomerCsvHeader language);

/// A customer read from a file and the 1-based line its record starts on.
struct ParsedCustomer {
    Customer customer;
    int line = 0;
};

/// What a customer file held.
struct CustomerCsvData {
    QList<ParsedCustomer> customers;
    QStringList warnings;                      ///< translated: ignored columns, repeated names
    TextEncoding encoding = TextEncoding::Utf8; ///< set by readCustomerCsv()
};

/// Parses a whole customer file (already decoded). The first record is the header row;
/// blank rows are skipped; unknown columns are ignored with a warning. Any bad row is
/// ErrorCode::Invalid with Error::line (and Error::field, the column's English key) set, and
/// no customers: an import takes the whole file or nothing. Each customer gets at most one
/// contact (when contact, phone or email is given), its products, and at most one contract
/// (type, start and end are then all required).
Result<CustomerCsvData> parseCustomerCsv(const QString &text);
/// One purchased product from its text, "U8+ 16.0" → ("U8+", "16.0") (the importer's rule).
PurchasedProduct parsePurchasedProduct(const QString &item);

/// Detects the file's encoding (see decodeText()) and parses it.
Result<CustomerCsvData> readCustomerCsv(const QByteArray &fileBytes);

/// Writes customers as CSV in the importer's format, one row each: the customer, its first
/// contact with that contact's phones, all its products and its latest-ending contract.
/// Formulas are guarded (see guardFormula()); the importer removes the guard again.
class CustomerCsvWriter final
{
public:
    /// Starts the text with the header row.
    explicit CustomerCsvWriter(CustomerCsvHeader language = CustomerCsvHeader::English);

    void add(const Customer &customer);
    /// The cells `add` would write for a customer.
    QStringList cells(const Customer &customer) const;
    /// The text so far, encoded for the file.
    Result<QByteArray> finish(ExportEncoding encoding = ExportEncoding::Utf8Bom);

private:
    CsvWriter m_csv;
    CustomerCsvHeader m_language;
};

/// The whole list as file bytes (header row first).
Result<QByteArray> writeCustomerCsv(const QList<Customer> &customers,
                                    CustomerCsvHeader language = CustomerCsvHeader::English,
                                    ExportEncoding encoding = ExportEncoding::Utf8Bom);

} // namespace sd::core
