#pragma once

// The training session's notice (培训通知) and student list: what is printed and exported for a
// session, read here so that render/ and the exports hold no SQL.
#include "core/records/centerinfo.h"
#include "core/training/trainingservice.h"

#include <QByteArray>
#include <QTimeZone>

namespace sd::core::reports {

/// One session's notice: the session, its course, the students holding a seat or waiting (in
/// the roster's order; cancelled ones left out), the center, when it was printed.
struct TrainingNoticeData {
    TrainingSession session;
    TrainingCourse course;
    QList<TrainingRegistration> students;
    CenterInfo center;
    QTimeZone zone;           ///< the center's (the business calendar's): every time is shown in it
    qint64 printedAt = 0;     ///< ms since the epoch
};

/// The notice of session `sessionId` (NotFound when there is none); printedAt = now.
Result<TrainingNoticeData> buildTrainingNotice(const Database &db, const TrainingService &service, qint64 sessionId);

/// The student list as CSV (UTF-8 with BOM, CRLF, formulas guarded): one row per student in
/// the notice's order; headers in the desk's language.
QByteArray trainingStudentsCsv(const TrainingNoticeData &data);

/// The student's result in words: "Passed", "Failed", or "" when not examined (translated).
QString trainingResultTitle(const TrainingRegistration &r);

} // namespace sd::core::reports
