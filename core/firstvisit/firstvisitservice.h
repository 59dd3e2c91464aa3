#pragma once

// The first-visit desk's service: submissions (one by one or by CSV), the agent's queue,
// verification field by field, call attempts with retries on the business calendar, the
// informing checklist, service needs and their take-up. Transitions go through the workflow
// engine (firstvisitworkflow.h); every other write checks its role set and is audited.
#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"
#include "core/firstvisit/firstvisit.h"
#include "core/records/customer.h"

#include <optional>

namespace sd::core::firstvisit {

/// What a CSV import of submissions did.
struct SubmissionImport {
    int imported = 0;
    QList<qint64> firstVisitIds;
    QStringList warnings;          ///< translated: the parser's, and each possible duplicate flagged
};

class FirstVisitService final
{
public:
    /// `calendar` schedules retries and dates needs; load it with CalendarRepository.
    FirstVisitService(Database db, BusinessCalendar calendar);

    static QString maxAttemptsKey();   ///< setting "firstvisit.max_attempts"
    /// Failed attempts after which a customer is unreachable (setting, default 3).
    Result<int> maxAttempts() const;
    Status setMaxAttempts(const Session &who, int attempts);

    /// Existing customers a submission may duplicate (same name, a same phone or service code).
    Result<QList<CustomerRow>> possibleDuplicates(const Submission &submission) const;
    /// Creates the customer and its first visit (state submitted, due in the queue now) with a
    /// snapshot of every submitted field. A possible duplicate is refused as Conflict naming
    /// the customers, unless `confirmDuplicate` (then the match is kept on the record).
    Result<qint64> submit(const Session &who, const Submission &submission, bool confirmDuplicate = false);
    /// A submission for a customer already on file (a customer who bought again): the first
    /// visit snapshots the customer as it is now, with the sale's date and details.
    Result<qint64> submitForCustomer(const Session &who, qint64 customerId, const QDate &saleDate,
                                     const QString &saleDetails);
    /// Imports a customer CSV file (core/csv format, any encoding) as submissions, all or
    /// nothing; possible duplicates are flagged on the record and in the warnings.
    Result<SubmissionImport> importCsv(const Session &who, const QByteArray &fileBytes);

    Result<FirstVisit> get(qint64 id) const;
    /// The first visit of a customer (latest), or 0.
    Result<qint64> forCustomer(qint64 customerId) const;

    /// One page of the agent's queue at `nowMs` (keyset; pass the previous page's `next`).
    Result<QueuePage> queue(qint64 nowMs, const QueueCursor &after = {}, int limit = 200) const;
    /// A sales person's submissions, newest first, with their states.
    Result<QList<QueueRow>> submissionsBy(qint64 staffId, int limit = 500) const;
    /// First visits in `state` ("" for any), newest submission first.
    Result<QList<QueueRow>> list(const QString &state, int limit = 500) const;

    /// Marks a submitted field verified, or corrected to `value`: the customer (or the sale)
    /// is updated, the submitted value stays in the snapshot and in the audit trail.
    Status checkField(const Session &who, qint64 id, const QString &field, bool verified,
                      const QString &value = {});

    /// The next attempt the desk suggests after an attempt with `outcome` at `atMs` (0: none).
    qint64 suggestNext(const QString &outcome, qint64 atMs) const;
    /// Logs a call attempt (a transition: log_attempt, or mark_unreachable when this failed
    /// attempt is the Nth). `nextAt` overrides the suggestion; it is checked (working time,
    /// another half-day after a failure). Returns the record after the transition.
    Result<FirstVisit> logAttempt(const Session &who, qint64 id, int expectedVersion, const QString &outcome,
                                  const QString &note, std::optional<qint64> nextAt = std::nullopt);

    /// Ticks an item of the informing checklist, or records a note why it is not ticked.
    Status setChecklistItem(const Session &who, qint64 id, const QString &item, bool done, const QString &note);

    /// Adds a service need (while verifying or verified), routed to a department.
    Result<qint64> addNeed(const Session &who, qint64 id, const QString &type, const QString &description,
                           qint64 departmentId);
    /// Removes a need not yet recorded.
    Status removeNeed(const Session &who, qint64 needId);

    /// The transitions without extra input. Each returns the record as it is afterwards.
    Result<FirstVisit> verify(const Session &who, qint64 id, int expectedVersion);
    Result<FirstVisit> recordNeeds(const Session &who, qint64 id, int expectedVersion);
    Result<FirstVisit> retry(const Session &who, qint64 id, int expectedVersion);
    Result<FirstVisit> withdraw(const Session &who, qint64 id, int expectedVersion, const QString &reason);
    /// needs_recorded → handed_off; refused while a need of it sits in a digest not handed off.
    Result<FirstVisit> handOff(const Session &who, qint64 id, int expectedVersion);

    /// Needs for the later desks (implementation-project tracker, training roster): by type
    /// and state ("" for any), oldest first.
    Result<QList<Need>> needs(const QString &type, const QString &state, int limit = 500) const;
    Result<Need> need(qint64 needId) const;
    /// Takes a recorded need up: state taken_up with a link to what took it up (e.g.
    /// "project", 42). Conflict when the need's version is stale.
    Status takeUpNeed(const Session &who, qint64 needId, int expectedVersion, const QString &takenUpType,
                      qint64 takenUpId);
    /// Closes a need (done, or not wanted any more), with a note in the audit trail.
    Status closeNeed(const Session &who, qint64 needId, int expectedVersion, const QString &note);

    /// Any action of the transition table with its fields (what the methods above call).
    Result<FirstVisit> act(const Session &who, qint64 id, int expectedVersion, const QString &action,
                           const QVariantMap &fields);

private:
    /// The table's checks for what is recorded inside a state (check_field, checklist, add_need).
    Status permitInPlace(const Session &who, const FirstVisit &fv, const QString &action) const;

    Database m_db;
    BusinessCalendar m_calendar;
};

/// The snapshot of a submission: field key → value as submitted, in fieldKeys() order.
QList<std::pair<QString, QString>> submittedFields(const Submission &submission);

} // namespace sd::core::firstvisit
