#include "ui/training/customertraining.h"

#include "core/training/trainingservice.h"
#include "ui/common/format.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

// ------------------------------------------------------------------------------ customer card

QStringList customerTrainingLines(const Database &db, qint64 customerId, int limit)
{
    // customerHistory reads no calendar; the default one serves.
    TrainingService service(db, BusinessCalendar());
    QStringList lines;
    for (const TrainingHistoryRow &h : service.customerHistory(customerId, limit).value_or(QList<TrainingHistoryRow>{})) {
        QString result;
        if (h.bestScore >= 0)
            result = h.passed ? u"<span style=\"color:#2e7d32;\">%1</span>"_s.arg(
                                    QCoreApplication::translate("sd::ui::CustomerTraining", "passed (%1)").arg(h.bestScore).toHtmlEscaped())
                              : u"<span style=\"color:#c62828;\">%1</span>"_s.arg(
                                    QCoreApplication::translate("sd::ui::CustomerTraining", "not passed (%1)").arg(h.bestScore).toHtmlEscaped());
        else if (h.status == training::Waiting)
            result = QCoreApplication::translate("sd::ui::CustomerTraining", "waiting").toHtmlEscaped();
        else
            result = training::stateTitle(h.sessionState).toHtmlEscaped();
        lines << u"<b>%1</b> · %2 · %3 · %4"_s.arg(h.studentName.toHtmlEscaped(), h.courseTitle.toHtmlEscaped(),
                                                   formatStamp(h.startsAt).left(10), result);
    }
    return lines;
}

} // namespace sd::ui
