#pragma once

#include "core/auth/roles.h"
#include "core/csv/customercsv.h"
#include "core/db/database.h"

namespace sd::core {

/// What an import did.
struct ImportReport {
    int imported = 0;                            ///< customers created
    int alreadyPresent = 0;                      ///< rows found in the registry already, skipped
    int batches = 0;                             ///< transactions committed
    TextEncoding encoding = TextEncoding::Utf8;  ///< how the file was found to be encoded
    QStringList warnings;                        ///< translated; see CustomerCsvData::warnings
    QList<qint64> ids;                           ///< the new customers, in file order
};

/// Rows written per transaction: other desks' writes wait at most one batch (well under a
/// second on SQLite), never the whole import.
inline constexpr int kImportBatchRows = 500;
/// On SQLite, the pause between batches that lets a waiting desk take the write lock.
inline constexpr int kImportBatchPauseMs = 120;

/// Imports a customer file (any encoding decodeText() detects): needs Action::CustomerImport
/// (checked first), parses and checks every row before writing any (a bad row imports
/// nothing and names its line), then creates the customers through CustomerRepository::create
/// in batches of kImportBatchRows, one transaction each.
///
/// Idempotent and resumable: a row already in the registry is skipped — by its service code
/// when it has one, otherwise by its company name (the n-th row of a name in the file matches
/// the n-th customer of that name), so running the same file again adds nothing, and running
/// it again after a failure part-way adds just what is missing. A write that fails names the
/// file line; the batches before it stay, and the message says so.
Result<ImportReport> importCustomers(const Database &db, const Session &session,
                                     const QByteArray &fileBytes);

/// Exports every customer (no cap) as CSV in the importer's format, with the English or the
/// Chinese header row; needs Action::CustomerExport. Reads in keyset pages of finished queries
/// (no long-open cursor), one row per customer in id order.
Result<QByteArray> exportCustomers(const Database &db, const Session &session, bool chineseHeader,
                                   ExportEncoding encoding = ExportEncoding::Utf8Bom);

} // namespace sd::core
