#pragma once

#include "core/workflow/workflow.h"

// The daily hand-off (SPEC §3.1 step 6): at closing time of each working day the needs
// recorded that day form one digest per department, addressed to its head. Digests are
// stored, viewable for today and the past, handed off (recorded and audited) and exported.
#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"
#include "core/firstvisit/firstvisit.h"

namespace sd::core::firstvisit {

/// One department's digest of one working day.
struct Digest {
    qint64 id = 0;            ///< 0: a preview of a day not closed yet (not stored)
    int version = 0;
    QDate day;
    qint64 departmentId = 0;
    QString departmentName;
    qint64 headId = 0;
    QString headName;
    QString state;            ///< "ready", "handed_off"; "" for a preview
    qint64 builtAt = 0;
    qint64 handedOffAt = 0;
    QString handedOffByName;
    int needCount = 0;
    QList<Need> needs;        ///< filled by forDay() and get(); empty in list()

    bool isPreview() const { return id == 0; }
    /// The stored row's columns the digest workflow's rows and guard decide from (for can()).
    QVariantMap record() const;
};

QString digestStateTitle(const QString &state);

/// Counts of a day's digests: the needs in them and the departments they go to. The page's
/// toolbar and the digest document both say it from this one place.
struct DigestDayCount {
    int needs = 0;
    int departments = 0;
};
DigestDayCount countDigests(const QList<Digest> &digests);
/// "13 needs in 4 departments" (plural forms by count, translated).
QString digestDaySummary(const QList<Digest> &digests);

/// The digest's transition table (ready → handed_off, taken by the department's head).
const workflow::TransitionTable &digestTable();

class DigestService final
{
public:
    DigestService(Database db, BusinessCalendar calendar);

    /// Builds and stores the digests of every working day whose closing time is at or before
    /// `nowMs` and that has recorded needs not yet in a digest. Returns the digests written.
    /// Needs no session (the desk and `servicedeskctl digest` run it); audited as "build".
    Result<int> buildDue(qint64 nowMs);

    /// The digests of a working day (optionally one department), needs included. A day whose
    /// closing time has not come yet gives previews built from the needs recorded so far.
    Result<QList<Digest>> forDay(const QDate &day, qint64 departmentId, qint64 nowMs);
    /// Stored digests, newest day first (no needs), optionally one department's.
    Result<QList<Digest>> list(int limit = 200, qint64 departmentId = 0) const;
    Result<Digest> get(qint64 digestId) const;

    /// Marks a digest handed off (its department's head, or an administrator), then moves each
    /// first visit whose needs are all handed off to handed_off. Conflict on a stale version.
    Result<Digest> handOff(const Session &who, qint64 digestId, int expectedVersion);

    /// CSV of the digests' needs (one row per need, UTF-8 with BOM, formulas guarded).
    static QByteArray toCsv(const QList<Digest> &digests);

private:
    Result<QList<Digest>> readDigests(const QString &where, const QVariantList &binds, const QString &tail) const;

    Database m_db;
    BusinessCalendar m_calendar;
};

/// Needs matching an SQL condition on alias n (for the digest; values bound).
Result<QList<Need>> readNeedsWhere(const Database &db, const QString &where, const QVariantList &binds);

} // namespace sd::core::firstvisit
