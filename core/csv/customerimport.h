#pragma once

#include "core/auth/roles.h"
#include "core/csv/customercsv.h"
#include "core/db/database.h"

namespace sd::core {

/// What an import did.
struct ImportReport {
    int imported = 0;                            ///< customers created
    TextEncoding encoding = TextEncoding::Utf8;  ///< how the file was found to be encoded
    QStringList warnings;                        ///< translated; see CustomerCsvData::warnings
    QList<qint64> ids;                           ///< the new customers, in file order
};

/// Imports a customer file (any encoding decodeText() detects) all or nothing: needs
/// Action::CustomerImport (checked first), parses the whole file, then creates every customer
/// through CustomerRepository::create in one transaction. Any bad row or refused write leaves
/// the database as it was and returns the error with Error::line set to the file line.
Result<ImportReport> importCustomers(const Database &db, const Session &session,
                                     const QByteArray &fileBytes);

/// Exports every customer (no cap) as CSV in the importer's format, with the English or the
/// Chinese header row; needs Action::CustomerExport. Reads in keyset pages of finished queries
/// (no long-open cursor), one row per customer in id order.
Result<QByteArray> exportCustomers(const Database &db, const Session &session, bool chineseHeader,
                                   ExportEncoding encoding = ExportEncoding::Utf8Bom);

} // namespace sd::core
