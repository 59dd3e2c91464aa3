// The monthly complaint analysis report as a record of the engine: one row per month
// (`complaint_reports`, id = yyyymm), due → issued. Issuing runs through workflow::act, so that
// "already issued" is the table's state, a second desk issuing the same month meets a stale
// version or the issued state, and the reminder's clock stops by the row.
#include "core/complaints/complaintservice.h"

#include "core/records/recordstore.h"
#include "core/workflow/titles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::complaints {

namespace {

const QString kReports = u"complaint_reports"_s;
const QString kIssue = u"issue"_s;

// The reminders of the month are done with once its report is issued.
Status reportIssuedAfter(workflow::ActContext &ctx)
{
    auto q = ctx.db.exec(u"UPDATE alerts SET read_at = ? WHERE kind = 'complaint.report_due' AND record_id = ? "
                         "AND read_at IS NULL"_s,
                         {ctx.nowMs, ctx.before.value(u"id"_s)});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace

const workflow::Definition &reportWorkflow()
{
    static const workflow::TransitionTable table(
        kReports,
        {
            workflow::Transition{u"due"_s, kIssue, u"issued"_s, ComplaintReportReminder::issueRoles(), {}}
                .write({u"note"_s})
                .stamp({u"issued_at"_s})
                .stampBy({u"issued_by"_s})
                .clock({workflow::stopClock(QString(sla::ComplaintReport), QString(sla::MonthlyReport))}),
        },
        {[](const QString &s) {
             static const workflow::TitleList titles("sd::core::Complaints",
                                                     {{u"due"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Due")},
                                                      {u"issued"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Issued")}});
             return titles(s);
         },
         [](const QString &) { return QCoreApplication::translate("sd::core::Complaints", "Issue the monthly complaint report"); },
         {}});
    static const workflow::Definition definition{table, {{kIssue, {{}, {}, reportIssuedAfter}}}, {}, {}};
    return definition;
}

Result<qint64> ComplaintReportReminder::issuedAt(int month) const
{
    auto v = m_db.scalar(u"SELECT issued_at FROM complaint_reports WHERE id = ? AND state = 'issued'"_s, {month});
    if (!v)
        return std::unexpected(v.error());
    return v->isValid() && !v->isNull() ? v->toLongLong() : 0;
}

RoleSet ComplaintReportReminder::issueRoles() { return {Role::QualitySupervisor}; }

Status ComplaintReportReminder::issue(const Session &who, int month, const QString &note) const
{
    const workflow::Definition &wf = reportWorkflow();
    if (auto ok = workflow::requireAction(m_db, who, wf.table, kIssue, month); !ok)
        return ok;
    if (auto ok = monthOver(month, Database::nowMs()); !ok)
        return ok;
    // The month's record, made once whoever comes first (both engines: ON CONFLICT).
    const qint64 now = Database::nowMs();
    if (auto q = m_db.exec(u"INSERT INTO complaint_reports (id, state, version, created_at, updated_at) "
                           "VALUES (?, 'due', 1, ?, ?) ON CONFLICT (id) DO NOTHING"_s,
                           {month, now, now});
        !q)
        return std::unexpected(q.error());
    auto row = RecordStore(m_db).load(kReports, month);
    if (!row)
        return std::unexpected(row.error());
    auto done = workflow::act(m_db, who, wf, {month, row->value(u"version"_s).toInt(), kIssue, {{u"note"_s, note}}},
                              &m_calendar);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

} // namespace sd::core::complaints
