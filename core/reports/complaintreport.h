#pragma once

#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"

#include <QList>
#include <QString>

namespace sd::core::reports {

/// One bar of a breakdown: a key (source, validity, class, department id, staff id) with its
/// label in the current language and the count.
struct ComplaintCount {
    QString key;
    QString label;
    int count = 0;
};

/// Timeliness of one deadline over the month's complaints that had it.
struct ComplaintTimeliness {
    int due = 0;              ///< complaints that had the deadline
    int onTime = 0;           ///< done by the deadline
    int late = 0;             ///< done after it
    int overdue = 0;          ///< not done and past it (at the report's moment)
    int pending = 0;          ///< not done, still within it
    /// onTime / (onTime + late + overdue) in percent; -1 when nothing was due yet.
    double onTimePercent() const;
};

/// One month of the trend (oldest first; the last is the report's month).
struct ComplaintTrendPoint {
    int month = 0;            ///< yyyymm
    int received = 0;
    int valid = 0;
    int followedUp = 0;
    int satisfied = 0;
    int replyOnTime = 0;
    int replyDue = 0;         ///< replies done or overdue (the denominator of timeliness)
};

/// An open (not filed) complaint received up to the end of the month.
struct ComplaintOpenItem {
    qint64 id = 0;
    QString complaintNo;
    QString customer;
    QString state;            ///< state key
    QString department;
    qint64 receivedAt = 0;
    bool escalated = false;
    bool keyCustomer = false;
};

/// The monthly complaint analysis report (SPEC §3.6.6): numbers only; the UI draws them with
/// Qt Charts, render/ draws them into the PDF. Complaints count in the month they were received.
struct ComplaintMonthlyReport {
    int month = 0;            ///< yyyymm
    qint64 fromMs = 0;        ///< first moment of the month in the center's zone
    qint64 toMs = 0;          ///< first moment of the next month
    qint64 generatedAt = 0;   ///< the moment "overdue" and "open" are judged at
    int received = 0;
    int keyCustomer = 0;      ///< received from key customers
    QList<ComplaintCount> bySource;     ///< every source, zeros included
    QList<ComplaintCount> byValidity;   ///< valid, out_of_scope, not_true, unconfirmed
    QList<ComplaintCount> byClass;      ///< every class, zeros included
    QList<ComplaintCount> byDepartment; ///< valid complaints by responsible department (most first)
    QList<ComplaintCount> byPerson;     ///< valid complaints by responsible person (most first)
    ComplaintTimeliness reply;          ///< 3 working hours from confirmation
    ComplaintTimeliness followUp;       ///< 1 working day from the returned result
    ComplaintTimeliness hqFeedback;     ///< 1 working day from handling (HQ-forwarded)
    int followedUp = 0;
    int satisfied = 0;
    int unsatisfied = 0;
    double satisfactionPercent() const; ///< -1 when nobody was followed up
    QList<ComplaintTrendPoint> trend;   ///< 13 months: the previous 12 and this one
    int openCount = 0;                  ///< received by the month's end, not filed (now)
    int escalatedCount = 0;             ///< of those, escalated to HQ
    QList<ComplaintOpenItem> openItems; ///< all of them, oldest first
    qint64 reportDueAt = 0;             ///< 3 working days into the next month
    qint64 issuedAt = 0;                ///< 0: not issued yet
};

/// Builds the report with aggregate SQL (GROUP BY on the received_month index): no complaint
/// rows are read into C++ except the open items.
Result<ComplaintMonthlyReport> buildComplaintReport(const Database &db, const BusinessCalendar &calendar,
                                                    int month, qint64 nowMs);

/// The report as CSV (sections of key,label,value rows), UTF-8 with a BOM for Excel.
QByteArray complaintReportCsv(const ComplaintMonthlyReport &report);
/// A plain-text summary (the CLI prints it), and the same as JSON.
QString complaintReportText(const ComplaintMonthlyReport &report);
QByteArray complaintReportJson(const ComplaintMonthlyReport &report);

/// Parses "YYYY-MM" into yyyymm (Invalid naming the field "month" otherwise).
Result<int> parseReportMonth(const QString &text);
QString monthLabel(int month);   ///< "2026-10"

} // namespace sd::core::reports
