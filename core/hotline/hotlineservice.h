#pragma once

#include "core/auth/roles.h"
#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"
#include "core/sla/due.h"
#include "core/hotline/hotlinecall.h"
#include "core/problembase/problementry.h"
#include "core/records/customer.h"
#include "core/sla/slaclockservice.h"

#include <QVariantMap>

#include <optional>

namespace sd::core {

/// What the desk shows the moment a caller is identified (SPEC §3.3 step 2).
struct CallerContext {
    Customer customer;
    std::optional<Contract> contract;   ///< the contract in force today, if any
    bool contractValid = false;
    Contract lastContract;              ///< the latest contract (to say when it expired)
    QList<HotlineCall> openCalls;       ///< the customer's calls still open
    QList<HotlineCall> lastCalls;       ///< the latest calls, newest first
};

/// One line of the desk's "due soon" list: an SLA clock or a promised call-back.
struct DeskAlert {
    qint64 callId = 0;
    QString callNo;
    QString customerName;
    QString target;          ///< SLA target key, or "call_back"
    QString title;           ///< translated: "to remote support", "call back" …
    qint64 dueAt = 0;
    qint64 remainingMs = 0;  ///< negative when overdue
    SlaState state = SlaState::Running;
    qint64 assigneeId = 0;
    DueLevel level = DueLevel::DueSoon;  ///< core's one definition (core/sla/due.h)
    QString countdown;                   ///< "overdue 12 min (calendar time)", as every screen says it
};

/// One line of a customer's recent records (the caller card): a hotline call, a complaint or
/// a dispatch job.
struct RecentRecord {
    QString kind;       ///< "call", "complaint", "dispatch"
    qint64 id = 0;
    QString number;     ///< call no., complaint no., job no.
    QString state;      ///< the record's state key (its workflow's stateTitle() translates it)
    qint64 at = 0;      ///< opened / received / requested
};

/// Hotline calls: intake, the outcomes of SPEC §3.3 through the workflow engine, the
/// escalation ladder as SLA clocks, and the desk's queries.
class HotlineService final
{
public:
    HotlineService(Database db, BusinessCalendar calendar);
    /// Loads the center's calendar from the database.
    static Result<HotlineService> open(const Database &db);

    /// Who may take (log) a call.
    static RoleSet takeCallRoles();

    /// Logs a new call: checks the role and (when the setting says so) the duty roster, the
    /// contract (an expired or missing contract needs billing "paid" or "consultation"), and
    /// starts the clocks: 30 minutes to remote, first response, resolution (or the complex
    /// problem's 3 working days).
    Result<HotlineCall> create(const Session &who, const NewCall &call);
    /// Takes an action of the transition table (hotlineworkflow.h) with its fields.
    Result<HotlineCall> act(const Session &who, qint64 callId, int expectedVersion, const QString &action,
                            const QVariantMap &fields = {});

    Result<HotlineCall> get(qint64 id) const;
    /// A page of calls, newest first, filtered in SQL (text by FTS5 / pg_trgm).
    Result<QList<HotlineCall>> list(const HotlineCallQuery &query) const;
    /// Calls in the hotline's open states, oldest first (what the desk works on).
    Result<QList<HotlineCall>> openCalls(qint64 operatorId = 0) const;
    /// On-site requests not yet taken up: the Dispatch board's intake queue, oldest first.
    Result<QList<HotlineCall>> openOnsiteRequests() const;
    /// Requirements waiting for an account manager (0 = everyone's), oldest first.
    Result<QList<HotlineCall>> requirementQueue(qint64 accountManagerId = 0) const;

    /// Customer, contract validity, open and last calls for the intake panel.
    Result<CallerContext> callerContext(qint64 customerId, const QDate &today, int lastCalls = 5) const;
    /// The billing the desk suggests once the caller is known: "contract" while a contract is
    /// in force, else "paid" (the operator can still choose consultation).
    static QString suggestedBilling(const CallerContext &context);
    /// The customer's latest hotline calls, complaints and dispatch jobs, newest first, in one
    /// query.
    Result<QList<RecentRecord>> recentRecords(qint64 customerId, int limit = 8) const;
    /// The desk's due-soon list: SLA clocks of calls in warning/breach, due within the
    /// center's due-soon window (dueSoonWindow()) or within `horizonMinutes`, and call-backs
    /// due within either; soonest first.
    Result<QList<DeskAlert>> dueSoon(qint64 nowMs, int horizonMinutes, qint64 assigneeId = 0) const;
    /// The center's due-soon window in minutes (core/sla/due.h dueSoonMinutes).
    int dueSoonWindow() const;
    /// The call's SLA clocks (hotline_call and remote_session), oldest first.
    Result<QList<SlaClock>> clocks(qint64 callId) const;
    const SlaClockService &slaEngine() const { return m_sla; }

    /// The problem-base entry "add to problem base" offers for a solved call, pre-filled.
    static ProblemEntry problemEntryDraft(const HotlineCall &call, const QString &solution = {},
                                          const QString &cause = {});
    /// What hotline_calls.search_text holds.
    static QString searchText(const HotlineCall &call, const QString &customerName);
    /// A field's title as the intake form and the outcome dialogs name it (translated).
    static QString fieldTitle(const QString &field);

private:
    Database m_db;
    SlaClockService m_sla;
};

} // namespace sd::core
