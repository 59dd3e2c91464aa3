#include "core/reports/complaintform.h"

#include "core/complaints/complaintservice.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd::core::reports {

Result<ComplaintForm> buildComplaintForm(const Database &db, qint64 complaintId)
{
    auto svc = complaints::ComplaintService::open(db);
    if (!svc)
        return std::unexpected(svc.error());
    auto row = svc->load(complaintId);
    if (!row)
        return std::unexpected(row.error());
    ComplaintForm form;
    form.complaint = *row;
    // The name behind an id column (empty when the column is empty or the row is gone).
    auto name = [&db](const QString &sql, const QVariant &id) -> Result<QString> {
        if (id.isNull() || id.toLongLong() <= 0)
            return QString();
        auto v = db.scalar(sql, {id});
        if (!v)
            return std::unexpected(v.error());
        return v->isValid() ? v->toString() : QString();
    };
    auto customer = name(u"SELECT name FROM customers WHERE id = ?"_s, row->value(u"customer_id"_s));
    if (!customer)
        return std::unexpected(customer.error());
    form.customer = *customer;
    auto department = name(u"SELECT name FROM departments WHERE id = ?"_s, row->value(u"department_id"_s));
    if (!department)
        return std::unexpected(department.error());
    form.department = *department;
    for (const QString &column : {u"received_by"_s, u"confirmed_by"_s, u"responsible_person_id"_s, u"replied_by"_s,
                                  u"filed_by"_s}) {
        auto person = name(u"SELECT display_name FROM staff WHERE id = ?"_s, row->value(column));
        if (!person)
            return std::unexpected(person.error());
        if (!person->isEmpty())
            form.staff.insert(column, *person);
    }
    const QDate received = QDateTime::fromMSecsSinceEpoch(row->value(u"received_at"_s).toLongLong(),
                                                          svc->calendar().timeZone()).date();
    auto scope = svc->contractScope(row->value(u"customer_id"_s).toLongLong(), received);
    form.contractScope = scope ? *scope : QString();
    return form;
}

} // namespace sd::core::reports
