// Training sessions for scripts (servicedeskctl training …): TrainingService's public API behind
// the workflow registry's interface. Sessions are the records; registering, cancelling a
// registration, attendance and scores are actions on them with fields.
#include "core/calendar/calendarrepository.h"
#include "core/records/recordstore.h"
#include "core/training/trainingservice.h"
#include "core/workflow/registry.h"
#include "core/workflow/titles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::training {

namespace {

using workflow::FieldSpec;
using workflow::FieldType;
using workflow::RecordView;

Result<TrainingService> serviceOf(const Database &db)
{
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return std::unexpected(calendar.error());
    return TrainingService(db, *calendar);
}

QVariantMap registrationView(const TrainingRegistration &r)
{
    return {{u"id"_s, r.id},
            {u"student_id"_s, r.studentId},
            {u"student_name"_s, r.studentName},
            {u"customer"_s, r.customerName},
            {u"status"_s, r.status},
            {u"waiting_position"_s, r.waitingPosition > 0 ? QVariant(r.waitingPosition) : QVariant()},
            {u"source"_s, r.source},
            {u"days_present"_s, r.daysPresent},
            {u"attempts"_s, r.attempts},
            {u"last_score"_s, r.lastScore >= 0 ? QVariant(r.lastScore) : QVariant()},
            {u"passed"_s, r.passed}};
}

class TrainingWorkflow final : public workflow::WorkflowAdapter
{
public:
    QString name() const override { return u"training"_s; }
    QString title() const override { return QCoreApplication::translate("sd::core::TrainingWorkflow", "Training sessions"); }
    const workflow::TransitionTable &table() const override { return training::table(); }
    bool creatable() const override { return true; }

    QList<FieldSpec> fields() const override
    {
        const QString n = workflow::kNew;
        const QString plan = UpdatePlan;
        const QString reg = Register;
        const QStringList onRegistration = {CancelRegistration, RecordAttendance, RecordScore};
        return {
            {u"course_id"_s, FieldType::Integer, {}, {n}, true},
            {u"teacher_id"_s, FieldType::Integer, {}, {n, plan}, true},
            {u"starts_at"_s, FieldType::DateTime, {}, {n, plan}, true},
            {u"ends_at"_s, FieldType::DateTime, {}, {n, plan}, true},
            {u"room"_s, FieldType::Text, {}, {n, plan}},
            {u"online_link"_s, FieldType::Text, {}, {n, plan}},
            {u"capacity"_s, FieldType::Integer, {}, {n, plan}, true},
            {u"confirm_off_hours"_s, FieldType::Boolean, {}, {n, plan}},
            {u"notes"_s, FieldType::Text, {}, {n, plan}},
            {u"student_id"_s, FieldType::Integer, {}, {reg}},
            {u"student_name"_s, FieldType::Text, {}, {reg}},
            {u"student_phone"_s, FieldType::Text, {}, {reg}},
            {u"customer_id"_s, FieldType::Integer, {}, {reg}},
            {u"contact_id"_s, FieldType::Integer, {}, {reg}},
            {u"source"_s, FieldType::Choice, sources(), {reg}},
            {u"need_id"_s, FieldType::Integer, {}, {reg}},
            {u"call_id"_s, FieldType::Integer, {}, {reg}},
            {u"registration_id"_s, FieldType::Integer, {}, onRegistration},
            {u"reason"_s, FieldType::Text, {}, {CancelRegistration}},
            {u"day"_s, FieldType::Date, {}, {RecordAttendance}},
            {u"present"_s, FieldType::Boolean, {}, {RecordAttendance}},
            {u"note"_s, FieldType::Text, {}, {RecordAttendance, RecordScore}},
            {u"score"_s, FieldType::Integer, {}, {RecordScore}},
            {u"cancel_reason"_s, FieldType::Text, {}, {Cancel}},
        };
    }

    Result<QList<RecordView>> list(const Database &db, const Session &, const QString &state, int limit) const override
    {
        auto service = serviceOf(db);
        if (!service)
            return std::unexpected(service.error());
        return workflow::viewsOf(service->list(state, limit), [](const TrainingSession &s) {
            return RecordView{s.id, s.sessionNo, s.state, s.version, {}, s.courseTitle, {}, {}};
        });
    }

    Result<RecordView> show(const Database &db, const Session &, qint64 id) const override
    {
        auto service = serviceOf(db);
        if (!service)
            return std::unexpected(service.error());
        auto session = service->get(id);
        if (!session)
            return std::unexpected(session.error());
        auto row = RecordStore(db).load(table().recordTable(), id);
        if (!row)
            return std::unexpected(row.error());
        auto students = service->registrations(id);
        if (!students)
            return std::unexpected(students.error());
        RecordView v = workflow::recordView(*row, u"session_no"_s, service->calendar().timeZone());
        v.summary = session->courseTitle;
        v.fields.insert(u"course_title"_s, session->courseTitle);
        v.fields.insert(u"product"_s, session->product);
        v.fields.insert(u"pass_mark"_s, session->passMark);
        v.fields.insert(u"teacher_name"_s, session->teacherName);
        QVariantList list;
        for (const TrainingRegistration &r : std::as_const(*students))
            list << registrationView(r);
        v.fields.insert(u"registrations"_s, list);
        return v;
    }

    Result<qint64> resolveId(const Database &db, const QString &text) const override
    {
        return workflow::idByNumber(db, table().recordTable(), u"session_no"_s, text);
    }

    Result<RecordView> create(const Database &db, const Session &who, const QVariantMap &f) const override
    {
        auto service = serviceOf(db);
        if (!service)
            return std::unexpected(service.error());
        SessionPlan p;
        p.courseId = f.value(u"course_id"_s).toLongLong();
        p.teacherId = f.value(u"teacher_id"_s).toLongLong();
        p.startsAt = f.value(u"starts_at"_s).toLongLong();
        p.endsAt = f.value(u"ends_at"_s).toLongLong();
        p.room = f.value(u"room"_s).toString();
        p.onlineLink = f.value(u"online_link"_s).toString();
        p.capacity = f.value(u"capacity"_s).toInt();
        p.confirmOffHours = f.value(u"confirm_off_hours"_s).toInt() != 0;
        p.notes = f.value(u"notes"_s).toString();
        auto planned = service->plan(who, p);
        if (!planned)
            return std::unexpected(planned.error());
        return show(db, who, planned->id);
    }

    Result<RecordView> act(const Database &db, const Session &who, qint64 id, const QString &action,
                           const QVariantMap &fields, int expectedVersion) const override
    {
        auto service = serviceOf(db);
        if (!service)
            return std::unexpected(service.error());
        return showAfter(service->act(who, id, expectedVersion, action, fields), db, who, id);
    }
};

} // namespace

} // namespace sd::core::training

namespace sd::core::workflow::adapters {
const WorkflowAdapter &training()
{
    static const sd::core::training::TrainingWorkflow adapter;
    return adapter;
}
} // namespace sd::core::workflow::adapters
