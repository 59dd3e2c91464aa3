#pragma once

#include "core/auth/roles.h"
#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"
#include "core/sla/slaclockservice.h"

#include <QList>
#include <QString>

namespace sd::core {

/// How close a deadline is. The one definition every screen counts and colours with:
/// - Overdue: a running clock's deadline has passed (a breach), or a dated duty (a return
///   visit) is past its day.
/// - DueNow: a scheduled call's time has come (a first-visit call, a return visit due today);
///   nothing is breached yet, but it is waiting for someone.
/// - DueSoon: a running clock past its policy's warning threshold, or within
///   the center's due-soon window (dueSoonMinutes(), 60 minutes by default) of its deadline
///   in the clock's own measure (working or calendar time); a scheduled call within the window.
/// - Later: none of these.
enum class DueLevel { Later, DueSoon, DueNow, Overdue };

/// The due-soon window unless the center sets another (setting "due.soon_minutes").
inline constexpr int kDueSoonMinutes = 60;
inline constexpr int kDueSoonMinMinutes = 5;
inline constexpr int kDueSoonMaxMinutes = 8 * 60;

/// The center's due-soon window in minutes: the setting "due.soon_minutes" when it holds a
/// whole number in [kDueSoonMinMinutes, kDueSoonMaxMinutes], kDueSoonMinutes otherwise (also
/// when the database cannot be read: a warning threshold never stops a desk).
int dueSoonMinutes(const Database &db);
/// Sets the window; administrators only (refusal audited), out of range refused naming the field
/// "due_soon_minutes". Joins the caller's transaction.
Status setDueSoonMinutes(const Database &db, const Session &who, int minutes);

/// The latest deadline that can be due soon at `nowMs`: `soonMinutes` ahead in calendar
/// time, or in working time on the calendar (over a night, a weekend, a holiday), whichever
/// is later. Clocks due after it are due soon only once past their warning.
qint64 dueSoonHorizon(const BusinessCalendar &calendar, qint64 nowMs, int soonMinutes = kDueSoonMinutes);

/// Whose records a due item belongs to: assigned to me, or my team's (a desk my roles oversee).
enum class DueScope { Mine, Team };

/// The level of a running or paused clock at its status (paused and stopped clocks are Later).
/// `soonMinutes` is the center's due-soon window (dueSoonMinutes()).
DueLevel dueLevel(const SlaClock &clock, const SlaStatus &status, int soonMinutes = kDueSoonMinutes);

/// "2 h 05 min", "25 min", "3 d 4 h" (calendar days of 24 h; working spans stay in hours).
QString dueSpanText(qint64 minutes, SlaMeasure measure);
/// A countdown in the clock's measure, saying which: "1 h 20 min left (working time)",
/// "overdue 41 h 37 min (working time)", "overdue 35 min (calendar time)".
QString dueText(qint64 remainingMinutes, SlaMeasure measure);
/// The same without the measure, where a column header or legend already says it.
QString dueTextShort(qint64 remainingMinutes, SlaMeasure measure);
/// "working time" / "calendar time".
QString dueMeasureTitle(SlaMeasure measure);

/// One thing on a desk's due list.
struct DueItem {
    QString recordType;          ///< sla record type, "first_visit" or "return_visit"
    qint64 recordId = 0;
    QString target;              ///< the clock's target; empty for scheduled calls
    QString title;               ///< what the record is, for the list
    qint64 dueAt = 0;            ///< ms since the epoch
    SlaMeasure measure = SlaMeasure::Wall;
    qint64 remainingMinutes = 0; ///< in the measure; negative when overdue / waiting
    DueLevel level = DueLevel::Later;
    DueScope scope = DueScope::Mine;
    SlaState clockState = SlaState::Running; ///< for clocks
    /// The item's countdown, in the words of dueText (scheduled calls: "waits 35 min").
    QString text() const;
};

struct DueCounts {
    int overdue = 0;
    int dueNow = 0;
    int dueSoon = 0;
    bool isEmpty() const { return overdue + dueNow + dueSoon == 0; }
};

/// The record types whose deadlines a session sees as its team's (the desks its roles
/// oversee): a service manager the hotline and on-site desks, a hotline operator the hotline
/// desk, a quality supervisor the complaints, a first-visit agent the first-visit queue.
QStringList teamDueRecordTypes(const Session &session);

/// Everything that needs the session now or within the center's due-soon window
/// (dueSoonMinutes(db)): its own clocks (Mine),
/// then its team's (Team, each record once), most urgent first (overdue, due now, due soon;
/// earliest deadline first within each).
Result<QList<DueItem>> deskDue(const Database &db, const BusinessCalendar &calendar, const Session &session,
                               qint64 nowMs);

/// Counts by level for one scope.
DueCounts countDue(const QList<DueItem> &items, DueScope scope);

/// Whole minutes from `nowMs` to `dueAt` in calendar time: truncated while ahead, rounded away
/// from zero once past (a millisecond late already reads "overdue 1 min").
qint64 wallMinutesLeft(qint64 dueAt, qint64 nowMs);
/// The level of a call-back promised to a customer for `dueAt` (calendar time): Overdue once
/// past, DueSoon within `soonMinutes`, Later otherwise.
DueLevel callBackDueLevel(qint64 dueAt, qint64 nowMs, int soonMinutes = kDueSoonMinutes);

} // namespace sd::core
