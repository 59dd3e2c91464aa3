#include "core/firstvisit/firstvisitservice.h"

#include "core/audit/audit.h"
#include "core/auth/permissions.h"
#include "core/csv/customercsv.h"
#include "core/firstvisit/digestservice.h"
#include "core/firstvisit/firstvisitworkflow.h"
#include "core/firstvisit/schedule.h"
#include "core/records/customerrepository.h"
#include "core/records/recordstore.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sd::core::firstvisit {

namespace {

const QString kProductSeparators = u";；、"_s;
const QString kPhoneSeparators = u";；/、，,"_s;

QStringList splitList(const QString &value, const QString &separators)
{
    QStringList out;
    QString current;
    for (QChar ch : value) {
        if (separators.contains(ch)) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
        } else {
            current += ch;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

QString productText(const PurchasedProduct &p)
{
    return p.productVersion.isEmpty() ? p.product : p.product + u' ' + p.productVersion;
}

QString contractText(const Contract &k)
{
    return u"%1 %2 ~ %3"_s.arg(k.type, k.startsOn.toString(Qt::ISODate), k.endsOn.toString(Qt::ISODate));
}

std::optional<Contract> parseContract(const QString &text)
{
    static const QRegularExpression re(
        u"^\\s*(\\S+)\\s+(\\d{4}-\\d{2}-\\d{2})\\s*(?:~|～|–|至|to)\\s*(\\d{4}-\\d{2}-\\d{2})\\s*$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    Contract k;
    k.type = m.captured(1);
    k.startsOn = QDate::fromString(m.captured(2), Qt::ISODate);
    k.endsOn = QDate::fromString(m.captured(3), Qt::ISODate);
    if (!k.startsOn.isValid() || !k.endsOn.isValid() || k.endsOn < k.startsOn)
        return std::nullopt;
    return k;
}

QVariant nullIfZero(qint64 v) { return v > 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong)); }
QVariant nullIfEmpty(const QString &s) { return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s); }

const QString kRowColumns =
    u"fv.id, fv.version, fv.state, fv.customer_id, c.name, fv.submitted_at, fv.queue_kind, fv.queue_due, "
    "fv.failed_attempts, fv.last_outcome, fv.duplicate_of, s.display_name, "
    "(SELECT ct.name FROM contacts ct WHERE ct.customer_id = c.id ORDER BY ct.id LIMIT 1), "
    "(SELECT p.phone FROM contacts ct JOIN contact_phones p ON p.contact_id = ct.id "
    "WHERE ct.customer_id = c.id ORDER BY ct.id, p.id LIMIT 1) "
    "FROM first_visits fv JOIN customers c ON c.id = fv.customer_id LEFT JOIN staff s ON s.id = fv.submitted_by "_s;

QueueRow readRow(const QSqlQuery &q)
{
    QueueRow r;
    r.id = q.value(0).toLongLong();
    r.version = q.value(1).toInt();
    r.state = q.value(2).toString();
    r.customerId = q.value(3).toLongLong();
    r.customerName = q.value(4).toString();
    r.submittedAt = q.value(5).toLongLong();
    r.kind = QueueKind(q.value(6).toInt());
    r.dueAt = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    r.failedAttempts = q.value(8).toInt();
    r.lastOutcome = q.value(9).toString();
    r.possibleDuplicate = !q.value(10).toString().isEmpty();
    r.submittedByName = q.value(11).toString();
    r.contact = q.value(12).toString();
    r.phone = q.value(13).toString();
    return r;
}

Result<QList<QueueRow>> readRows(Result<QSqlQuery> q)
{
    if (!q)
        return std::unexpected(q.error());
    QList<QueueRow> rows;
    while (q->next())
        rows.append(readRow(*q));
    return rows;
}

Result<QList<Need>> readNeeds(const Database &db, const QString &where, const QVariantList &binds,
                              const QString &tail = u"ORDER BY n.id"_s)
{
    auto q = db.exec(u"SELECT n.id, n.version, n.first_visit_id, n.customer_id, c.name, n.need_type, n.description, "
                     "n.department_id, d.name, n.state, n.taken_up_type, n.taken_up_id, n.work_day, n.recorded_at, "
                     "n.recorded_by, s.display_name, n.digest_id, "
                     "(SELECT ct.name FROM contacts ct WHERE ct.customer_id = c.id ORDER BY ct.id LIMIT 1), "
                     "(SELECT p.phone FROM contacts ct JOIN contact_phones p ON p.contact_id = ct.id "
                     "WHERE ct.customer_id = c.id ORDER BY ct.id, p.id LIMIT 1) "
                     "FROM first_visit_needs n JOIN customers c ON c.id = n.customer_id "
                     "JOIN departments d ON d.id = n.department_id LEFT JOIN staff s ON s.id = n.recorded_by "
                     "WHERE "_s + where + u" "_s + tail,
                     binds);
    if (!q)
        return std::unexpected(q.error());
    QList<Need> out;
    while (q->next()) {
        Need n;
        n.id = q->value(0).toLongLong();
        n.version = q->value(1).toInt();
        n.firstVisitId = q->value(2).toLongLong();
        n.customerId = q->value(3).toLongLong();
        n.customerName = q->value(4).toString();
        n.type = q->value(5).toString();
        n.description = q->value(6).toString();
        n.departmentId = q->value(7).toLongLong();
        n.departmentName = q->value(8).toString();
        n.state = q->value(9).toString();
        n.takenUpType = q->value(10).toString();
        n.takenUpId = q->value(11).toLongLong();
        n.workDay = QDate::fromString(q->value(12).toString(), Qt::ISODate);
        n.recordedAt = q->value(13).toLongLong();
        n.recordedBy = q->value(14).toLongLong();
        n.recordedByName = q->value(15).toString();
        n.digestId = q->value(16).toLongLong();
        n.contact = q->value(17).toString();
        n.phone = q->value(18).toString();
        out.append(n);
    }
    return out;
}

} // namespace

// Exposed for the digest service (same translation unit family).
Result<QList<Need>> readNeedsWhere(const Database &db, const QString &where, const QVariantList &binds)
{
    return readNeeds(db, where, binds);
}

QList<std::pair<QString, QString>> submittedFields(const Submission &s)
{
    const Customer &c = s.customer;
    const Contact *contact = c.contacts.isEmpty() ? nullptr : &c.contacts.first();
    QStringList phones;
    if (contact)
        for (const ContactPhone &p : contact->phones)
            phones << p.phone;
    QStringList products;
    QStringList modules;
    for (const PurchasedProduct &p : c.products) {
        products << productText(p);
        for (const QString &m : splitList(p.modules, u",，;；、"_s))
            if (!modules.contains(m))
                modules << m;
    }
    return {
        {u"company"_s, c.name.trimmed()},
        {u"contact"_s, contact ? contact->name : QString()},
        {u"phone"_s, phones.join(u"; "_s)},
        {u"email"_s, contact ? contact->email : QString()},
        {u"address"_s, c.address},
        {u"products"_s, products.join(u"; "_s)},
        {u"modules"_s, modules.join(u", "_s)},
        {u"service_code"_s, c.serviceCode},
        {u"dongle_no"_s, c.dongleNo},
        {u"contract"_s, c.contracts.isEmpty() ? QString() : contractText(c.contracts.first())},
        {u"sale_date"_s, s.saleDate.isValid() ? s.saleDate.toString(Qt::ISODate) : QString()},
        {u"sale_details"_s, s.saleDetails},
    };
}

FirstVisitService::FirstVisitService(Database db, BusinessCalendar calendar)
    : m_db(std::move(db)), m_calendar(std::move(calendar))
{
}

QString FirstVisitService::maxAttemptsKey() { return u"firstvisit.max_attempts"_s; }

Result<int> FirstVisitService::maxAttempts() const
{
    auto v = m_db.scalar(u"SELECT value FROM settings WHERE key = ?"_s, {maxAttemptsKey()});
    if (!v)
        return std::unexpected(v.error());
    bool ok = false;
    const int n = v->toString().toInt(&ok);
    return ok && n > 0 ? n : 3;
}

Status FirstVisitService::setMaxAttempts(const Session &who, int attempts)
{
    if (auto ok = requireRoles(m_db, who, settingsRoles(), u"firstvisit.settings"_s, u"settings"_s); !ok)
        return ok;
    if (attempts < 1 || attempts > 20)
        return failInvalid(u"max_attempts"_s, QCoreApplication::translate("sd::core::FirstVisit", "The number of attempts must be between 1 and 20."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto old = m_db.scalar(u"SELECT value FROM settings WHERE key = ?"_s, {maxAttemptsKey()});
    if (!old)
        return std::unexpected(old.error());
    const qint64 now = Database::nowMs();
    auto q = old->isValid()
        ? m_db.exec(u"UPDATE settings SET value = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE key = ?"_s,
                    {QString::number(attempts), now, who.staffId, maxAttemptsKey()})
        : m_db.exec(u"INSERT INTO settings (key, value, version, created_at, created_by, updated_at, updated_by) "
                    "VALUES (?, ?, 1, ?, ?, ?, ?)"_s,
                    {maxAttemptsKey(), QString::number(attempts), now, who.staffId, now, who.staffId});
    if (!q)
        return std::unexpected(q.error());
    if (auto ok = audit::append(m_db, who, u"settings"_s, 0, u"update"_s, maxAttemptsKey(), *old,
                                QString::number(attempts));
        !ok)
        return ok;
    return tx->commit();
}

Result<QList<CustomerRow>> FirstVisitService::possibleDuplicates(const Submission &submission) const
{
    return CustomerRepository(m_db).findDuplicates(submission.customer);
}

namespace {

Result<qint64> insertSubmission(const Database &db, const Session &who, const Submission &s,
                                const QString &duplicateOf, qint64 existingCustomer = 0)
{
    auto customerId = existingCustomer > 0 ? Result<qint64>(existingCustomer) : CustomerRepository(db).create(who, s.customer);
    if (!customerId)
        return customerId;
    const qint64 now = Database::nowMs();
    auto id = RecordStore(db).insert(
        who, recordTable(),
        {{u"customer_id"_s, *customerId},
         {u"state"_s, u"submitted"_s},
         {u"submitted_by"_s, nullIfZero(who.staffId)},
         {u"submitted_at"_s, now},
         {u"sale_date"_s, nullIfEmpty(s.saleDate.isValid() ? s.saleDate.toString(Qt::ISODate) : QString())},
         {u"sale_details"_s, nullIfEmpty(s.saleDetails)},
         {u"duplicate_of"_s, nullIfEmpty(duplicateOf)},
         {u"queue_kind"_s, int(QueueKind::New)},
         {u"queue_due"_s, now}},
        u"submit"_s);
    if (!id)
        return id;
    int position = 0;
    for (const auto &[field, value] : submittedFields(s)) {
        auto q = db.exec(u"INSERT INTO first_visit_fields (first_visit_id, field, position, submitted_value) "
                         "VALUES (?, ?, ?, ?)"_s,
                         {*id, field, position++, value});
        if (!q)
            return std::unexpected(q.error());
    }
    return id;
}

QString duplicateNames(const QList<CustomerRow> &rows)
{
    QStringList names;
    for (const CustomerRow &r : rows)
        names << u"%1 (#%2)"_s.arg(r.name).arg(r.id);
    return names.join(u", "_s);
}

} // namespace

Result<qint64> FirstVisitService::submit(const Session &who, const Submission &submission, bool confirmDuplicate)
{
    if (auto ok = requireRoles(m_db, who, submitRoles(), u"firstvisit.submit"_s, recordTable()); !ok)
        return std::unexpected(ok.error());
    auto duplicates = possibleDuplicates(submission);
    if (!duplicates)
        return std::unexpected(duplicates.error());
    if (!duplicates->isEmpty() && !confirmDuplicate)
        return fail(ErrorCode::Conflict,
                    QCoreApplication::translate("sd::core::FirstVisit", "Possible duplicate: %1 already has the same name, phone or service code. "
                       "Check it, or submit anyway.")
                        .arg(duplicateNames(*duplicates)));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto id = insertSubmission(m_db, who, submission, duplicateNames(*duplicates));
    if (!id)
        return id;
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<qint64> FirstVisitService::submitForCustomer(const Session &who, qint64 customerId, const QDate &saleDate,
                                                    const QString &saleDetails)
{
    if (auto ok = requireRoles(m_db, who, submitRoles(), u"firstvisit.submit"_s, recordTable()); !ok)
        return std::unexpected(ok.error());
    auto customer = CustomerRepository(m_db).get(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    Submission s{*customer, saleDate, saleDetails};
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto id = insertSubmission(m_db, who, s, {}, customerId);
    if (!id)
        return id;
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<SubmissionImport> FirstVisitService::importCsv(const Session &who, const QByteArray &fileBytes)
{
    if (auto ok = requireRoles(m_db, who, submitRoles(), u"firstvisit.import"_s, recordTable()); !ok)
        return std::unexpected(ok.error());
    auto data = readCustomerCsv(fileBytes);
    if (!data)
        return std::unexpected(data.error());
    SubmissionImport report;
    report.warnings = data->warnings;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    const QDate today = QDateTime::fromMSecsSinceEpoch(Database::nowMs(), m_calendar.timeZone()).date();
    for (const ParsedCustomer &parsed : std::as_const(data->customers)) {
        Submission s;
        s.customer = parsed.customer;
        s.saleDate = parsed.customer.contracts.isEmpty() ? today : parsed.customer.contracts.first().startsOn;
        auto duplicates = possibleDuplicates(s);
        if (!duplicates) {
            Error e = duplicates.error();
            e.line = parsed.line;
            return std::unexpected(e);
        }
        const QString dup = duplicateNames(*duplicates);
        if (!dup.isEmpty())
            report.warnings << QCoreApplication::translate("sd::core::FirstVisit", "Line %1: %2 may duplicate %3 (flagged).").arg(parsed.line).arg(s.customer.name, dup);
        auto id = insertSubmission(m_db, who, s, dup);
        if (!id) {
            Error e = id.error();
            e.line = parsed.line;
            return std::unexpected(e);
        }
        report.firstVisitIds.append(*id);
        ++report.imported;
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return report;
}

Result<FirstVisit> FirstVisitService::get(qint64 id) const
{
    FirstVisit fv;
    {
        auto q = m_db.exec(u"SELECT fv.id, fv.version, fv.state, fv.customer_id, c.name, fv.submitted_by, s.display_name, "
                           "fv.submitted_at, fv.sale_date, fv.sale_details, fv.duplicate_of, fv.attempts, "
                           "fv.failed_attempts, fv.last_outcome, fv.next_attempt_at, fv.agent_id, a.display_name, "
                           "fv.queue_due FROM first_visits fv JOIN customers c ON c.id = fv.customer_id "
                           "LEFT JOIN staff s ON s.id = fv.submitted_by LEFT JOIN staff a ON a.id = fv.agent_id "
                           "WHERE fv.id = ?"_s,
                           {id});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::FirstVisit", "First visit %1 does not exist.").arg(id));
        fv.id = q->value(0).toLongLong();
        fv.version = q->value(1).toInt();
        fv.state = q->value(2).toString();
        fv.customerId = q->value(3).toLongLong();
        fv.customerName = q->value(4).toString();
        fv.submittedBy = q->value(5).toLongLong();
        fv.submittedByName = q->value(6).toString();
        fv.submittedAt = q->value(7).toLongLong();
        fv.saleDate = QDate::fromString(q->value(8).toString(), Qt::ISODate);
        fv.saleDetails = q->value(9).toString();
        fv.duplicateOf = q->value(10).toString();
        fv.attemptCount = q->value(11).toInt();
        fv.failedAttempts = q->value(12).toInt();
        fv.lastOutcome = q->value(13).toString();
        fv.nextAttemptAt = q->value(14).toLongLong();
        fv.agentId = q->value(15).toLongLong();
        fv.agentName = q->value(16).toString();
        fv.queueDue = q->value(17).toLongLong();
        while (q->next()) {
        }
    }
    {
        auto q = m_db.exec(u"SELECT field, submitted_value, status, corrected_value, checked_by, checked_at "
                           "FROM first_visit_fields WHERE first_visit_id = ? ORDER BY position"_s,
                           {id});
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            fv.fields.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                              q->value(3).toString(), q->value(4).toLongLong(), q->value(5).toLongLong()});
    }
    {
        auto q = m_db.exec(u"SELECT a.id, a.at, a.by_id, s.display_name, a.outcome, a.note, a.next_at "
                           "FROM first_visit_attempts a LEFT JOIN staff s ON s.id = a.by_id "
                           "WHERE a.first_visit_id = ? ORDER BY a.at, a.id"_s,
                           {id});
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            fv.attempts.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                                q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                                q->value(6).toLongLong()});
    }
    {
        QHash<QString, ChecklistItem> items;
        auto q = m_db.exec(u"SELECT item, done, note FROM first_visit_checklist WHERE first_visit_id = ?"_s, {id});
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            items.insert(q->value(0).toString(),
                         {q->value(0).toString(), q->value(1).toInt() != 0, q->value(2).toString()});
        for (const QString &key : checklistKeys())
            fv.checklist.append(items.value(key, ChecklistItem{key, false, {}}));
    }
    auto needs = readNeeds(m_db, u"n.first_visit_id = ?"_s, {id});
    if (!needs)
        return std::unexpected(needs.error());
    fv.needs = *needs;
    return fv;
}

Result<qint64> FirstVisitService::forCustomer(qint64 customerId) const
{
    auto v = m_db.scalar(u"SELECT MAX(id) FROM first_visits WHERE customer_id = ?"_s, {customerId});
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

Result<QueuePage> FirstVisitService::queue(qint64 nowMs, const QueueCursor &after, int limit) const
{
    QueuePage page;
    limit = qBound(1, limit, 5000);
    if (after.kind < 0 && !after.later) {
        auto due = m_db.scalar(u"SELECT COUNT(*) FROM first_visits WHERE queue_due IS NOT NULL AND queue_due <= ?"_s,
                               {nowMs});
        auto later = m_db.scalar(u"SELECT COUNT(*) FROM first_visits WHERE queue_due IS NOT NULL AND queue_due > ?"_s, {nowMs});
        if (!due)
            return std::unexpected(due.error());
        if (!later)
            return std::unexpected(later.error());
        page.dueNowCount = due->toInt();
        page.laterCount = later->toInt();
    }
    QueueCursor cursor = after;
    if (!cursor.later) {
        auto rows = readRows(m_db.exec(u"SELECT "_s + kRowColumns +
                                           u"WHERE fv.queue_due IS NOT NULL AND fv.queue_due <= ? AND "
                                           "(fv.queue_kind, fv.queue_due, fv.id) > (?, ?, ?) "
                                           "ORDER BY fv.queue_kind, fv.queue_due, fv.id LIMIT ?"_s,
                                       {nowMs, cursor.kind, cursor.due, cursor.id, limit}));
        if (!rows)
            return std::unexpected(rows.error());
        page.rows = *rows;
        if (!rows->isEmpty()) {
            const QueueRow &last = rows->constLast();
            cursor = {false, int(last.kind), last.dueAt, last.id};
        }
        if (page.rows.size() == limit) {
            page.next = cursor;
            return page;
        }
        cursor = {true, -1, nowMs, 0};
    }
    auto rows = readRows(m_db.exec(u"SELECT "_s + kRowColumns +
                                       u"WHERE fv.queue_due IS NOT NULL AND fv.queue_due > ? AND (fv.queue_due, fv.id) > (?, ?) "
                                       "ORDER BY fv.queue_due, fv.id LIMIT ?"_s,
                                   {nowMs, cursor.due, cursor.id, limit - int(page.rows.size())}));
    if (!rows)
        return std::unexpected(rows.error());
    page.rows.append(*rows);
    if (!rows->isEmpty())
        cursor = {true, -1, rows->constLast().dueAt, rows->constLast().id};
    page.next = cursor;
    page.atEnd = page.rows.size() < limit;
    return page;
}

Result<QList<QueueRow>> FirstVisitService::submissionsBy(qint64 staffId, int limit) const
{
    return readRows(m_db.exec(u"SELECT "_s + kRowColumns +
                                  u"WHERE fv.submitted_by = ? ORDER BY fv.submitted_at DESC, fv.id DESC LIMIT ?"_s,
                              {staffId, qBound(1, limit, 100000)}));
}

Result<QList<QueueRow>> FirstVisitService::list(const QString &state, int limit) const
{
    return readRows(m_db.exec(u"SELECT "_s + kRowColumns +
                                  u"WHERE (? = '' OR fv.state = ?) ORDER BY fv.submitted_at DESC, fv.id DESC LIMIT ?"_s,
                              {state, state, qBound(1, limit, 100000)}));
}

Status FirstVisitService::permitInPlace(const Session &who, const FirstVisit &fv, const QString &action) const
{
    auto row = workflow::permit(m_db, who, transitionTable(), {{u"id"_s, fv.id}, {u"state"_s, fv.state}}, action);
    if (!row)
        return std::unexpected(row.error());
    return {};
}

Status FirstVisitService::checkField(const Session &who, qint64 id, const QString &field, bool verified,
                                     const QString &value)
{
    if (auto ok = workflow::requireAction(m_db, who, transitionTable(), u"check_field"_s, id); !ok)
        return ok;
    if (!fieldKeys().contains(field))
        return failInvalid(u"field"_s, QCoreApplication::translate("sd::core::FirstVisit", "Unknown field “%1”.").arg(field));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto fv = get(id);
    if (!fv)
        return std::unexpected(fv.error());
    if (auto ok = permitInPlace(who, *fv, u"check_field"_s); !ok)
        return ok;
    const FieldCheck *check = nullptr;
    for (const FieldCheck &f : fv->fields)
        if (f.field == field)
            check = &f;
    if (!check)
        return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::FirstVisit", "The submission has no field “%1”.").arg(fieldTitle(field)));
    const QString corrected = value.trimmed();
    if (!verified) {
        if (corrected == check->current())
            return failInvalid(field, QCoreApplication::translate("sd::core::FirstVisit", "The corrected value is the same as the current one: mark it verified instead."));
        // The correction goes to the customer (or the sale) first; refused values change nothing.
        if (field == u"sale_date"_s) {
            const QDate d = QDate::fromString(corrected, Qt::ISODate);
            if (!d.isValid())
                return failInvalid(field, QCoreApplication::translate("sd::core::FirstVisit", "Write the sale date as YYYY-MM-DD."));
            if (auto q = m_db.exec(u"UPDATE first_visits SET sale_date = ? WHERE id = ?"_s, {corrected, id}); !q)
                return std::unexpected(q.error());
        } else if (field == u"sale_details"_s) {
            if (auto q = m_db.exec(u"UPDATE first_visits SET sale_details = ? WHERE id = ?"_s, {corrected, id}); !q)
                return std::unexpected(q.error());
        } else {
            CustomerRepository customers(m_db);
            auto c = customers.get(fv->customerId);
            if (!c)
                return std::unexpected(c.error());
            auto contact = [&]() -> Contact & {
                if (c->contacts.isEmpty()) {
                    Contact t;
                    t.name = fv->customerName;
                    c->contacts.append(t);
                }
                return c->contacts.first();
            };
            if (field == u"company"_s) {
                if (corrected.isEmpty())
                    return failInvalid(field, QCoreApplication::translate("sd::core::FirstVisit", "The company name is required."));
                c->name = corrected;
            } else if (field == u"contact"_s) {
                if (corrected.isEmpty())
                    return failInvalid(field, QCoreApplication::translate("sd::core::FirstVisit", "The contact's name is required."));
                contact().name = corrected;
            } else if (field == u"phone"_s) {
                QList<ContactPhone> phones;
                for (const QString &p : splitList(corrected, kPhoneSeparators))
                    phones.append({0, p, {}});
                contact().phones = phones;
            } else if (field == u"email"_s) {
                contact().email = corrected;
            } else if (field == u"address"_s) {
                c->address = corrected;
            } else if (field == u"service_code"_s) {
                c->serviceCode = corrected;
            } else if (field == u"dongle_no"_s) {
                c->dongleNo = corrected;
            } else if (field == u"products"_s) {
                QList<PurchasedProduct> products;
                for (const QString &item : splitList(corrected, kProductSeparators)) {
                    PurchasedProduct p = parsePurchasedProduct(item);
                    for (const PurchasedProduct &old : std::as_const(c->products))
                        if (old.product == p.product) {
                            p.modules = old.modules;
                            p.licences = old.licences;
                            p.purchasedOn = old.purchasedOn;
                        }
                    products.append(p);
                }
                c->products = products;
            } else if (field == u"modules"_s) {
                if (c->products.isEmpty())
                    return failInvalid(field, QCoreApplication::translate("sd::core::FirstVisit", "Correct the purchased software first: modules belong to a product."));
                for (PurchasedProduct &p : c->products)
                    p.modules = corrected;
            } else if (field == u"contract"_s) {
                auto k = parseContract(corrected);
                if (!k)
                    return failInvalid(field, QCoreApplication::translate("sd::core::FirstVisit", "Write the contract as “TYPE YYYY-MM-DD ~ YYYY-MM-DD”, e.g. "
                                                 "“SPS 2026-01-01 ~ 2026-12-31”."));
                if (c->contracts.isEmpty()) {
                    c->contracts.append(*k);
                } else {
                    Contract &cur = c->contracts.first();
                    cur.type = k->type;
                    cur.startsOn = k->startsOn;
                    cur.endsOn = k->endsOn;
                }
            }
            if (auto saved = customers.save(who, *c); !saved)
                return std::unexpected(saved.error());
        }
    }
    const qint64 now = Database::nowMs();
    auto q = m_db.exec(u"UPDATE first_visit_fields SET status = ?, corrected_value = ?, checked_by = ?, checked_at = ? "
                       "WHERE first_visit_id = ? AND field = ?"_s,
                       {verified ? u"verified"_s : u"corrected"_s, verified ? QVariant() : QVariant(corrected),
                        nullIfZero(who.staffId), now, id, field});
    if (!q)
        return std::unexpected(q.error());
    if (auto ok = audit::append(m_db, who, recordTable(), id, verified ? u"verify_field"_s : u"correct_field"_s,
                                field, check->current(), verified ? check->current() : corrected);
        !ok)
        return ok;
    return tx->commit();
}

qint64 FirstVisitService::suggestNext(const QString &outcome, qint64 atMs) const
{
    if (isFailedOutcome(outcome))
        return suggestRetry(m_calendar, atMs);
    if (outcome == u"call_later"_s)
        return suggestCallBack(m_calendar, atMs);
    return 0;
}

namespace {

using workflow::ActContext;

const QVariant kNoTime = QVariant(QMetaType(QMetaType::LongLong));

Result<int> maxFailedAttempts(const ActContext &ctx)
{
    return FirstVisitService(ctx.db, *ctx.calendar).maxAttempts();
}

// A call attempt: a known outcome; the Nth failed attempt (the setting) makes the customer
// unreachable, and only that one; a next attempt within the schedule's rules.
Status attemptCheck(ActContext &ctx)
{
    auto max = maxFailedAttempts(ctx);
    if (!max)
        return std::unexpected(max.error());
    const int maxFailed = *max;
    const QString action = ctx.transition.action;
    const int failedBefore = ctx.before.value(u"failed_attempts"_s).toInt();
    const QString outcome = ctx.fields.value(u"outcome"_s).toString();
    if (!outcomeKeys().contains(outcome))
        return failInvalid(u"outcome"_s, QCoreApplication::translate("sd::core::FirstVisit", "Unknown call outcome “%1”.").arg(outcome));
    const bool failed = isFailedOutcome(outcome);
    if (action == u"mark_unreachable"_s && (!failed || failedBefore + 1 < maxFailed))
        return failInvalid(u"outcome"_s,
                           QCoreApplication::translate("sd::core::FirstVisit", "A customer is unreachable only after %1 failed attempts (this would be the %2th).")
                               .arg(maxFailed)
                               .arg(failedBefore + (failed ? 1 : 0)));
    if (action == u"log_attempt"_s && failed && failedBefore + 1 >= maxFailed)
        return failInvalid(u"outcome"_s, QCoreApplication::translate("sd::core::FirstVisit", "This is failed attempt %1 of %2: the customer becomes unreachable.")
                                             .arg(failedBefore + 1)
                                             .arg(maxFailed));
    if (ctx.fields.contains(u"next_at"_s) && action == u"log_attempt"_s && outcome != u"reached"_s)
        if (auto ok = checkNextAttempt(*ctx.calendar, ctx.nowMs, ctx.fields.value(u"next_at"_s).toLongLong(), failed); !ok)
            return ok;
    return {};
}

Status attemptApply(ActContext &ctx)
{
    const QString action = ctx.transition.action;
    const qint64 id = ctx.before.value(u"id"_s).toLongLong();
    const QString outcome = ctx.fields.value(u"outcome"_s).toString();
    const bool failed = isFailedOutcome(outcome);
    qint64 next = 0;
    if (action == u"log_attempt"_s && outcome != u"reached"_s)
        next = ctx.fields.contains(u"next_at"_s) ? ctx.fields.value(u"next_at"_s).toLongLong()
                                                  : FirstVisitService(ctx.db, *ctx.calendar).suggestNext(outcome, ctx.nowMs);
    auto q = ctx.db.exec(u"INSERT INTO first_visit_attempts (first_visit_id, at, by_id, outcome, note, next_at) "
                         "VALUES (?, ?, ?, ?, ?, ?)"_s,
                         {id, ctx.nowMs, nullIfZero(ctx.session.staffId), outcome,
                          nullIfEmpty(ctx.fields.value(u"note"_s).toString().trimmed()), nullIfZero(next)});
    if (!q)
        return std::unexpected(q.error());
    ctx.changes.insert(u"attempts"_s, ctx.before.value(u"attempts"_s).toInt() + 1);
    ctx.changes.insert(u"failed_attempts"_s, ctx.before.value(u"failed_attempts"_s).toInt() + (failed ? 1 : 0));
    ctx.changes.insert(u"last_outcome"_s, outcome);
    ctx.changes.insert(u"last_attempt_at"_s, ctx.nowMs);
    ctx.changes.insert(u"next_attempt_at"_s, nullIfZero(next));
    ctx.changes.insert(u"agent_id"_s, nullIfZero(ctx.session.staffId));
    ctx.changes.insert(u"queue_kind"_s, int(QueueKind::Retry));
    ctx.changes.insert(u"queue_due"_s, action == u"mark_unreachable"_s ? kNoTime : QVariant(next > 0 ? next : ctx.nowMs));
    return {};
}

// Verified: the customer was reached and every field is checked.
Status verifyCheck(ActContext &ctx)
{
    auto fv = FirstVisitService(ctx.db, *ctx.calendar).get(ctx.before.value(u"id"_s).toLongLong());
    if (!fv)
        return std::unexpected(fv.error());
    if (!fv->everReached())
        return failInvalid(u"attempts"_s, QCoreApplication::translate("sd::core::FirstVisit", "Log a call that reached the customer before finishing the verification."));
    for (const FieldCheck &f : fv->fields)
        if (f.status.isEmpty())
            return failInvalid(f.field, QCoreApplication::translate("sd::core::FirstVisit", "“%1” is not checked yet: mark it verified or corrected.")
                                            .arg(fieldTitle(f.field)));
    return {};
}

Status verifyApply(ActContext &ctx)
{
    ctx.changes.insert(u"verified_at"_s, ctx.nowMs);
    ctx.changes.insert(u"queue_kind"_s, int(QueueKind::NeedsPending));
    ctx.changes.insert(u"queue_due"_s, ctx.nowMs);
    ctx.changes.insert(u"next_attempt_at"_s, kNoTime);
    return {};
}

// Needs recorded: every checklist item settled, at least one need; the needs go to the
// digest of the working day.
Status recordNeedsCheck(ActContext &ctx)
{
    auto fv = FirstVisitService(ctx.db, *ctx.calendar).get(ctx.before.value(u"id"_s).toLongLong());
    if (!fv)
        return std::unexpected(fv.error());
    for (const ChecklistItem &c : fv->checklist)
        if (!c.settled())
            return failInvalid(c.item, QCoreApplication::translate("sd::core::FirstVisit", "Checklist: “%1” is neither ticked nor explained by a note.")
                                           .arg(checklistTitle(c.item)));
    if (fv->needs.isEmpty())
        return failInvalid(u"needs"_s, QCoreApplication::translate("sd::core::FirstVisit", "Record at least one service need (use “Other” when the "
                                                                   "customer has none to report)."));
    return {};
}

Status recordNeedsApply(ActContext &ctx)
{
    const QDate day = digestDayFor(*ctx.calendar, ctx.nowMs);
    auto q = ctx.db.exec(u"UPDATE first_visit_needs SET work_day = ?, recorded_at = ?, recorded_by = ? "
                         "WHERE first_visit_id = ?"_s,
                         {day.toString(Qt::ISODate), ctx.nowMs, nullIfZero(ctx.session.staffId), ctx.before.value(u"id"_s)});
    if (!q)
        return std::unexpected(q.error());
    ctx.changes.insert(u"needs_recorded_at"_s, ctx.nowMs);
    ctx.changes.insert(u"queue_due"_s, kNoTime);
    return {};
}

// Handed off only when every need of the visit is in a digest handed off.
Status handOffCheck(ActContext &ctx)
{
    auto open = ctx.db.scalar(u"SELECT COUNT(*) FROM first_visit_needs n LEFT JOIN first_visit_digests d "
                              "ON d.id = n.digest_id WHERE n.first_visit_id = ? AND "
                              "(d.id IS NULL OR d.state <> 'handed_off')"_s,
                              {ctx.before.value(u"id"_s)});
    if (!open)
        return std::unexpected(open.error());
    if (open->toInt() > 0)
        return failInvalid(u"needs"_s, QCoreApplication::translate("sd::core::FirstVisit", "%n need(s) of this first visit are not in a digest handed off yet.",
                                                                   nullptr, open->toInt()));
    return {};
}

Status retryApply(ActContext &ctx)
{
    ctx.changes.insert(u"failed_attempts"_s, 0);
    ctx.changes.insert(u"queue_kind"_s, int(QueueKind::Retry));
    ctx.changes.insert(u"queue_due"_s, ctx.nowMs);
    ctx.changes.insert(u"next_attempt_at"_s, kNoTime);
    return {};
}

Status withdrawApply(ActContext &ctx)
{
    ctx.changes.insert(u"withdraw_reason"_s, ctx.fields.value(u"reason"_s).toString().trimmed());
    ctx.changes.insert(u"queue_due"_s, kNoTime);
    return {};
}

const workflow::Definition &visitWorkflow()
{
    static const workflow::Definition definition{
        transitionTable(),
        {
            {u"log_attempt"_s, {attemptCheck, attemptApply, {}}},
            {u"mark_unreachable"_s, {attemptCheck, attemptApply, {}}},
            {u"verify"_s, {verifyCheck, verifyApply, {}}},
            {u"record_needs"_s, {recordNeedsCheck, recordNeedsApply, {}}},
            {u"hand_off"_s, {handOffCheck, {}, {}}},
            {u"retry"_s, {{}, retryApply, {}}},
            {u"withdraw"_s, {{}, withdrawApply, {}}},
        },
        {},
        {}};
    return definition;
}

} // namespace

Result<FirstVisit> FirstVisitService::act(const Session &who, qint64 id, int expectedVersion, const QString &action,
                                            const QVariantMap &fields)
{
    auto r = workflow::act(m_db, who, visitWorkflow(), {id, expectedVersion, action, fields}, &m_calendar);
    if (!r)
        return std::unexpected(r.error());
    return get(id);
}

Result<FirstVisit> FirstVisitService::logAttempt(const Session &who, qint64 id, int expectedVersion,
                                                 const QString &outcome, const QString &note,
                                                 std::optional<qint64> nextAt)
{
    auto fv = get(id);
    if (!fv)
        return std::unexpected(fv.error());
    auto max = maxAttempts();
    if (!max)
        return std::unexpected(max.error());
    const bool last = isFailedOutcome(outcome) && fv->failedAttempts + 1 >= *max;
    QVariantMap fields{{u"outcome"_s, outcome}, {u"note"_s, note}};
    if (nextAt && !last)
        fields.insert(u"next_at"_s, *nextAt);
    return act(who, id, expectedVersion, last ? u"mark_unreachable"_s : u"log_attempt"_s, fields);
}

Status FirstVisitService::setChecklistItem(const Session &who, qint64 id, const QString &item, bool done,
                                           const QString &note)
{
    if (auto ok = workflow::requireAction(m_db, who, transitionTable(), u"checklist"_s, id); !ok)
        return ok;
    if (!checklistKeys().contains(item))
        return failInvalid(u"item"_s, QCoreApplication::translate("sd::core::FirstVisit", "Unknown checklist item “%1”.").arg(item));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto fv = get(id);
    if (!fv)
        return std::unexpected(fv.error());
    if (auto ok = permitInPlace(who, *fv, u"checklist"_s); !ok)
        return ok;
    ChecklistItem old;
    for (const ChecklistItem &c : fv->checklist)
        if (c.item == item)
            old = c;
    const qint64 now = Database::nowMs();
    auto del = m_db.exec(u"DELETE FROM first_visit_checklist WHERE first_visit_id = ? AND item = ?"_s, {id, item});
    if (!del)
        return std::unexpected(del.error());
    auto q = m_db.exec(u"INSERT INTO first_visit_checklist (first_visit_id, item, done, note, by_id, at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"_s,
                       {id, item, done ? 1 : 0, nullIfEmpty(note.trimmed()), nullIfZero(who.staffId), now});
    if (!q)
        return std::unexpected(q.error());
    const auto text = [](bool d, const QString &n) { return (d ? u"✓"_s : u"✗"_s) + (n.isEmpty() ? QString() : u" "_s + n); };
    if (auto ok = audit::append(m_db, who, recordTable(), id, u"checklist"_s, item, text(old.done, old.note),
                                text(done, note.trimmed()));
        !ok)
        return ok;
    return tx->commit();
}

Result<qint64> FirstVisitService::addNeed(const Session &who, qint64 id, const QString &type,
                                          const QString &description, qint64 departmentId)
{
    if (auto ok = workflow::requireAction(m_db, who, transitionTable(), u"add_need"_s, id); !ok)
        return std::unexpected(ok.error());
    if (!needTypeKeys().contains(type))
        return failInvalid(u"need_type"_s, QCoreApplication::translate("sd::core::FirstVisit", "Choose the kind of need."));
    if (description.trimmed().isEmpty())
        return failInvalid(u"description"_s, QCoreApplication::translate("sd::core::FirstVisit", "Describe the need."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto fv = get(id);
    if (!fv)
        return std::unexpected(fv.error());
    if (auto ok = permitInPlace(who, *fv, u"add_need"_s); !ok)
        return std::unexpected(ok.error());
    auto dept = m_db.scalar(u"SELECT COUNT(*) FROM departments WHERE id = ?"_s, {departmentId});
    if (!dept)
        return std::unexpected(dept.error());
    if (dept->toInt() == 0)
        return failInvalid(u"department_id"_s, QCoreApplication::translate("sd::core::FirstVisit", "Choose the department the need goes to."));
    auto needId = RecordStore(m_db).insert(who, u"first_visit_needs"_s,
                                           {{u"first_visit_id"_s, id},
                                            {u"customer_id"_s, fv->customerId},
                                            {u"need_type"_s, type},
                                            {u"description"_s, description.trimmed()},
                                            {u"department_id"_s, departmentId},
                                            {u"state"_s, u"open"_s}});
    if (!needId)
        return needId;
    if (auto ok = audit::append(m_db, who, recordTable(), id, u"add_need"_s, u"need"_s, {},
                                u"#%1 %2: %3"_s.arg(*needId).arg(needTypeTitle(type), description.trimmed()));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return needId;
}

Status FirstVisitService::removeNeed(const Session &who, qint64 needId)
{
    auto n = need(needId);
    if (!n)
        return std::unexpected(n.error());
    auto fv = get(n->firstVisitId);
    if (!fv)
        return std::unexpected(fv.error());
    if (auto ok = permitInPlace(who, *fv, u"remove_need"_s); !ok)
        return ok;
    if (n->recordedAt > 0)
        return fail(ErrorCode::NotAllowedInState, QCoreApplication::translate("sd::core::FirstVisit", "A recorded need cannot be removed; close it instead."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = RecordStore(m_db).remove(who, u"first_visit_needs"_s, needId, n->version); !ok)
        return ok;
    if (auto ok = audit::append(m_db, who, recordTable(), n->firstVisitId, u"remove_need"_s, u"need"_s,
                                u"#%1 %2: %3"_s.arg(needId).arg(needTypeTitle(n->type), n->description), {});
        !ok)
        return ok;
    return tx->commit();
}

Result<FirstVisit> FirstVisitService::verify(const Session &who, qint64 id, int expectedVersion)
{
    return act(who, id, expectedVersion, u"verify"_s, {});
}

Result<FirstVisit> FirstVisitService::recordNeeds(const Session &who, qint64 id, int expectedVersion)
{
    return act(who, id, expectedVersion, u"record_needs"_s, {});
}

Result<FirstVisit> FirstVisitService::retry(const Session &who, qint64 id, int expectedVersion)
{
    return act(who, id, expectedVersion, u"retry"_s, {});
}

Result<FirstVisit> FirstVisitService::withdraw(const Session &who, qint64 id, int expectedVersion, const QString &reason)
{
    return act(who, id, expectedVersion, u"withdraw"_s, {{u"reason"_s, reason}});
}

Result<FirstVisit> FirstVisitService::handOff(const Session &who, qint64 id, int expectedVersion)
{
    return act(who, id, expectedVersion, u"hand_off"_s, {});
}

Result<QList<Need>> FirstVisitService::needs(const QString &type, const QString &state, int limit) const
{
    return readNeeds(m_db, u"n.recorded_at IS NOT NULL AND (? = '' OR n.need_type = ?) AND (? = '' OR n.state = ?)"_s,
                     {type, type, state, state}, u"ORDER BY n.id LIMIT %1"_s.arg(qBound(1, limit, 100000)));
}

Result<Need> FirstVisitService::need(qint64 needId) const
{
    auto rows = readNeeds(m_db, u"n.id = ?"_s, {needId});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::FirstVisit", "Need %1 does not exist.").arg(needId));
    return rows->first();
}

namespace {

// A need must be recorded (the visit's needs handed to the digest) before it is taken up or
// closed; an unrecorded one is removed instead.
Status needRecordedCheck(workflow::ActContext &ctx)
{
    if (ctx.before.value(u"recorded_at"_s).isNull() || ctx.before.value(u"recorded_at"_s).toLongLong() == 0)
        return fail(ErrorCode::NotAllowedInState,
                    QCoreApplication::translate("sd::core::FirstVisit", "The need is not recorded yet: remove it instead."));
    return {};
}

Status closeNoteAfter(workflow::ActContext &ctx)
{
    const QString note = ctx.fields.value(u"note"_s).toString().trimmed();
    if (note.isEmpty())
        return {};
    return audit::append(ctx.db, ctx.session, u"first_visit_needs"_s, ctx.before.value(u"id"_s).toLongLong(), u"close"_s,
                         u"note"_s, {}, note);
}

} // namespace

const workflow::Definition &needWorkflow()
{
    static const RoleSet takers = takeUpRoles();
    static const workflow::TransitionTable table(
        u"first_visit_needs"_s,
        {
            workflow::Transition{u"open"_s, u"take_up"_s, u"taken_up"_s, takers, {u"taken_up_type"_s, u"taken_up_id"_s}}
                .write({u"taken_up_type"_s, u"taken_up_id"_s}),
            {u"open"_s, u"close"_s, u"closed"_s, takers, {}},
            {u"taken_up"_s, u"close"_s, u"closed"_s, takers, {}},
        },
        {[](const QString &s) { return needStateTitle(s); },
         [](const QString &a) {
             return a == u"take_up"_s ? QCoreApplication::translate("sd::core::FirstVisit", "Take up")
                                      : QCoreApplication::translate("sd::core::FirstVisit", "Close");
         },
         {}});
    static const workflow::Definition definition{
        table,
        {{u"take_up"_s, {needRecordedCheck, {}, {}}}, {u"close"_s, {needRecordedCheck, {}, closeNoteAfter}}},
        {},
        {}};
    return definition;
}

Status FirstVisitService::takeUpNeed(const Session &who, qint64 needId, int expectedVersion,
                                     const QString &takenUpType, qint64 takenUpId)
{
    if (takenUpType.trimmed().isEmpty() || takenUpId <= 0) {
        if (auto ok = workflow::requireAction(m_db, who, needWorkflow().table, u"take_up"_s, needId); !ok)
            return ok;
        return failInvalid(u"taken_up"_s, QCoreApplication::translate("sd::core::FirstVisit", "Say what took the need up (kind and number)."));
    }
    auto r = workflow::act(m_db, who, needWorkflow(),
                           {needId, expectedVersion, u"take_up"_s,
                            {{u"taken_up_type"_s, takenUpType.trimmed()}, {u"taken_up_id"_s, takenUpId}}},
                           &m_calendar);
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Status FirstVisitService::closeNeed(const Session &who, qint64 needId, int expectedVersion, const QString &note)
{
    auto r = workflow::act(m_db, who, needWorkflow(), {needId, expectedVersion, u"close"_s, {{u"note"_s, note}}},
                           &m_calendar);
    if (!r)
        return std::unexpected(r.error());
    return {};
}

} // namespace sd::core::firstvisit
