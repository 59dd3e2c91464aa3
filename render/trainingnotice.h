#pragma once

// The training session's notice (培训通知) with its student list, printed in Chinese or English
// (the notice goes to the customers' people, whatever language the desk runs in).
#include "core/reports/trainingnotice.h"
#include "render/dispatchform.h"   // FormLanguage

namespace sd::render {

/// The notice as HTML: the center, the session (course, dates, place, teacher, exam), the
/// outline, and the student list (seats, then the waiting list).
QString trainingNoticeHtml(const sd::core::reports::TrainingNoticeData &data, FormLanguage language);

/// Writes the notice as a PDF (A4), private to the owner (0600). Io error naming the file.
sd::core::Status writeTrainingNoticePdf(const sd::core::reports::TrainingNoticeData &data, FormLanguage language,
                                        const QString &path);

} // namespace sd::render
