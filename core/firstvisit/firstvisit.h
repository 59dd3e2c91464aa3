#pragma once

// The first-visit desk (SPEC §3.1, seed "first diagnosis stage"): what a submission, a call
// attempt, the informing checklist and a service need are, and their keys and titles.
#include "core/auth/roles.h"
#include "core/records/customer.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd::core::firstvisit {

/// The record table the workflow engine writes.
QString recordTable(); ///< "first_visits"

// ---- states (see firstvisitworkflow.h for the transitions)
inline constexpr auto kSubmitted = u"submitted";
inline constexpr auto kVerifying = u"verifying";
inline constexpr auto kVerified = u"verified";
inline constexpr auto kNeedsRecorded = u"needs_recorded";
inline constexpr auto kHandedOff = u"handed_off";
inline constexpr auto kUnreachable = u"unreachable";
inline constexpr auto kWithdrawn = u"withdrawn";

QStringList stateKeys();
QString stateTitle(const QString &state);

// ---- call attempt outcomes
/// reached, no_answer, busy, wrong_number, call_later (asked to call later).
QStringList outcomeKeys();
QString outcomeTitle(const QString &outcome);
/// True for the outcomes that count toward "unreachable" (no answer, busy, wrong number).
bool isFailedOutcome(const QString &outcome);

// ---- the informing checklist of the seed
/// service_code, dongle_no, phones_known, process_known.
QStringList checklistKeys();
QString checklistTitle(const QString &item);

// ---- service needs
/// implementation, training, support (hotline / remote), upgrade, special_service, other.
QStringList needTypeKeys();
QString needTypeTitle(const QString &type);
/// open, taken_up, closed.
QStringList needStateKeys();
QString needStateTitle(const QString &state);

// ---- submitted fields, in the order the verification screen shows them
/// company, contact, phone, email, address, products, modules, service_code, dongle_no,
/// contract, sale_date, sale_details.
QStringList fieldKeys();
QString fieldTitle(const QString &field);

/// What sales submit: the customer as they know it, and the sale.
struct Submission {
    Customer customer;      ///< name, address, codes, one contact with phones, products, contract
    QDate saleDate;
    QString saleDetails;
};

/// One submitted field and its verification.
struct FieldCheck {
    QString field;
    QString submitted;      ///< the value as submitted (kept, whatever happens later)
    QString status;         ///< "", "verified" or "corrected"
    QString corrected;      ///< the corrected value (status "corrected")
    qint64 checkedBy = 0;
    qint64 checkedAt = 0;

    /// The value now in force: the correction, else the submitted value.
    QString current() const { return status == u"corrected" ? corrected : submitted; }
};

/// One call attempt.
struct Attempt {
    qint64 id = 0;
    qint64 at = 0;
    qint64 byId = 0;
    QString byName;
    QString outcome;
    QString note;
    qint64 nextAt = 0;      ///< the next attempt scheduled (0: none)
};

/// One checklist item: ticked, or with a note saying why not.
struct ChecklistItem {
    QString item;
    bool done = false;
    QString note;

    bool settled() const { return done || !note.trimmed().isEmpty(); }
};

/// A service need, routed to a department.
struct Need {
    qint64 id = 0;
    int version = 0;
    qint64 firstVisitId = 0;
    qint64 customerId = 0;
    QString customerName;
    QString contact;
    QString phone;
    QString type;
    QString description;
    qint64 departmentId = 0;
    QString departmentName;
    QString state;          ///< open, taken_up, closed
    QString takenUpType;    ///< e.g. "project", "training_registration"
    qint64 takenUpId = 0;
    QDate workDay;          ///< the working day whose digest carries it (set when recorded)
    qint64 recordedAt = 0;
    qint64 recordedBy = 0;
    QString recordedByName;
    qint64 digestId = 0;
};

/// A first visit with everything the verification screen shows.
struct FirstVisit {
    qint64 id = 0;
    int version = 0;
    QString state;
    qint64 customerId = 0;
    QString customerName;
    qint64 submittedBy = 0;
    QString submittedByName;
    qint64 submittedAt = 0;
    QDate saleDate;
    QString saleDetails;
    QString duplicateOf;    ///< names of possible duplicates flagged at submission
    int attemptCount = 0;
    int failedAttempts = 0;
    QString lastOutcome;
    qint64 nextAttemptAt = 0;
    qint64 agentId = 0;
    QString agentName;
    qint64 queueDue = 0;
    QList<FieldCheck> fields;
    QList<Attempt> attempts;        ///< oldest first
    QList<ChecklistItem> checklist; ///< in checklistKeys() order
    QList<Need> needs;

    bool allFieldsChecked() const;
    bool checklistComplete() const;
    bool everReached() const;
};

/// The kind of a queue row (its place among the due ones).
enum class QueueKind { New = 0, Retry = 1, NeedsPending = 2 };

/// A row of the agent's queue or of a sales person's "my submissions".
struct QueueRow {
    qint64 id = 0;
    int version = 0;
    QString state;
    qint64 customerId = 0;
    QString customerName;
    QString contact;
    QString phone;
    QString submittedByName;
    qint64 submittedAt = 0;
    QueueKind kind = QueueKind::New;
    qint64 dueAt = 0;        ///< when it is (or was) due; 0 when not in the queue
    int failedAttempts = 0;
    QString lastOutcome;
    bool possibleDuplicate = false;
};

/// Where a queue page ends, to read the next one (keyset).
struct QueueCursor {
    bool later = false;     ///< false: in the due-now part; true: in the later part
    int kind = -1;
    qint64 due = 0;
    qint64 id = 0;
};

struct QueuePage {
    QList<QueueRow> rows;   ///< due now first (new, retries, needs pending), then later retries
    int dueNowCount = -1;   ///< on the first page only: rows due now / later in all
    int laterCount = -1;
    QueueCursor next;       ///< pass back for the next page
    bool atEnd = false;
};

/// Role sets of the desk's actions that are not transitions (checked with requireRoles).
RoleSet submitRoles();      ///< sales, administrator
RoleSet workRoles();        ///< first-visit agent, administrator
RoleSet takeUpRoles();      ///< the desks that start work from a need, department heads, administrator
RoleSet handOffRoles();     ///< department heads, administrator
RoleSet settingsRoles();    ///< administrator

} // namespace sd::core::firstvisit
