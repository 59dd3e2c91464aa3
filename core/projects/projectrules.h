#pragma once

// Rules shared by the project's and the stage's handlers and the service: input limits, the
// center's day, whether a project's stages may be worked on, the team's ids.
#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"
#include "core/workflow/workflow.h"

#include <QDate>
#include <QList>
#include <QVariantMap>

namespace sd::core::project {

/// Every text field the tracker stores is at most its limit (fieldrules), without control
/// characters; Invalid names the field. Fields not in `fields` are not checked.
Status checkTextLimits(const QVariantMap &fields);
/// The same for one field, `required` when it must not be blank.
Status checkText(const QString &field, const QString &value, bool required = false);

/// Today in the calendar's zone at `nowMs`.
QDate centerDay(const BusinessCalendar &calendar, qint64 nowMs);
/// A YYYY-MM-DD field; Invalid naming it when malformed (or missing and `required`).
Result<QDate> dateField(const QVariantMap &fields, const QString &field, bool required);

/// Two date fields (YYYY-MM-DD), the second not before the first: Invalid naming the field.
Status dateRange(const QVariantMap &fields, const QString &first, const QString &second, bool required);

/// NotAllowedInState unless the project's state lets its stages be worked on.
Status requireRunning(const Database &db, qint64 projectId);

/// The plan's summary kept on the project: current_stage (the first stage not accepted),
/// stages_total, stages_accepted.
Result<QVariantMap> stageSummary(const Database &db, qint64 projectId);
/// Starts the first planned stage of the project (if any) through the stage table, as `ctx`'s
/// session, inside its transaction: after the plan starts and after a stage is accepted.
Status startNextStage(const workflow::ActContext &ctx, qint64 projectId);

/// Staff ids from a list or a comma-separated text ("12, 15").
QList<qint64> idList(const QVariant &value);

} // namespace sd::core::project
