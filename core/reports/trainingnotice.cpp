#include "core/reports/trainingnotice.h"

#include "core/csv/csv.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd::core::reports {

Result<TrainingNoticeData> buildTrainingNotice(const Database &db, const TrainingService &service, qint64 sessionId)
{
    TrainingNoticeData d;
    auto session = service.get(sessionId);
    if (!session)
        return std::unexpected(session.error());
    d.session = *session;
    auto course = service.course(session->courseId);
    if (!course)
        return std::unexpected(course.error());
    d.course = *course;
    auto students = service.registrations(sessionId);
    if (!students)
        return std::unexpected(students.error());
    for (const TrainingRegistration &r : *students)
        if (r.status != training::RegistrationCancelled)
            d.students << r;
    auto center = CenterInfo::load(db);
    if (!center)
        return std::unexpected(center.error());
    d.center = *center;
    d.zone = service.calendar().timeZone();
    d.printedAt = Database::nowMs();
    return d;
}

QString trainingResultTitle(const TrainingRegistration &r)
{
    if (r.attempts == 0)
        return {};
    return r.passed ? QCoreApplication::translate("sd::core::TrainingNotice", "Passed")
                    : QCoreApplication::translate("sd::core::TrainingNotice", "Failed");
}

QByteArray trainingStudentsCsv(const TrainingNoticeData &data)
{
    static const char *const headers[] = {
        QT_TRANSLATE_NOOP("sd::core::TrainingNotice", "Session"),      QT_TRANSLATE_NOOP("sd::core::TrainingNotice", "Course"),
        QT_TRANSLATE_NOOP("sd::core::TrainingNotice", "Starts"),       QT_TRANSLATE_NOOP("sd::core::TrainingNotice", "Ends"),
        QT_TRANSLATE_NOOP("sd::core::TrainingNotice", "No."),          QT_TRANSLATE_NOOP("sd::core::TrainingNotice", "Student"),
        QT_TRANSLATE_NOOP("sd::core::TrainingNotice", "Customer"),     QT_TRANSLATE_NOOP("sd::core::TrainingNotice", "Phone"),
        QT_TRANSLATE_NOOP("sd::core::TrainingNotice", "Status"),       QT_TRANSLATE_NOOP("sd::core::TrainingNotice", "Waiting position"),
        QT_TRANSLATE_NOOP("sd::core::TrainingNotice", "Days present"), QT_TRANSLATE_NOOP("sd::core::TrainingNotice", "Exam attempts"),
        QT_TRANSLATE_NOOP("sd::core::TrainingNotice", "Last score"),   QT_TRANSLATE_NOOP("sd::core::TrainingNotice", "Result"),
    };
    QStringList head;
    for (const char *h : headers)
        head << QCoreApplication::translate("sd::core::TrainingNotice", h);
    auto stamp = [&data](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, data.zone).toString(u"yyyy-MM-dd HH:mm"_s);
    };
    CsvWriter w;
    w.addRow(head);
    int n = 0;
    for (const TrainingRegistration &r : data.students)
        w.addRow({data.session.sessionNo, data.session.courseTitle, stamp(data.session.startsAt),
                  stamp(data.session.endsAt), QString::number(++n), r.studentName, r.customerName, r.phone,
                  training::registrationStatusTitle(r.status),
                  r.status == training::Waiting ? QString::number(r.waitingPosition) : QString(),
                  QString::number(r.daysPresent), QString::number(r.attempts),
                  r.lastScore >= 0 ? QString::number(r.lastScore) : QString(), trainingResultTitle(r)});
    return QByteArray("\xEF\xBB\xBF") + w.takeText().toUtf8();
}

} // namespace sd::core::reports
