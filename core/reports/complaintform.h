#pragma once

#include "core/db/database.h"

#include <QHash>
#include <QString>
#include <QVariantMap>

namespace sd::core::reports {

/// What the complaint registration form (投诉登记表) of one complaint shows: the complaint's
/// row and the names it refers to. render/ draws it; nothing here is laid out.
struct ComplaintForm {
    QVariantMap complaint;            ///< the complaint's row (column → value)
    QString customer;                 ///< the customer's name
    QString department;               ///< the responsible department's name
    /// Staff columns of the row (received_by, confirmed_by, responsible_person_id, replied_by,
    /// filed_by) → the person's display name; absent when the column is empty.
    QHash<QString, QString> staff;
    QString contractScope;            ///< the customer's contracts on the day it was received
};

/// The form's data for complaint `complaintId` (NotFound when there is none).
Result<ComplaintForm> buildComplaintForm(const Database &db, qint64 complaintId);

} // namespace sd::core::reports
