// The training session's handlers: what the table's rows cannot say — the plan's checks, the
// students and their seats or places on the waiting list, promotion, attendance, exam attempts,
// notices — and the roster following its registrations (full ⇄ open) through the engine.
#include "core/audit/audit.h"
#include "core/handoff/handoff.h"
#include "core/records/fieldrules.h"
#include "core/records/recordstore.h"
#include "core/training/trainingservice.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd::core::training {

namespace {

using workflow::ActContext;

qint64 sessionIdOf(const ActContext &ctx) { return ctx.before.value(u"id"_s).toLongLong(); }
qint64 idField(const ActContext &ctx, const QString &name) { return ctx.fields.value(name).toLongLong(); }

/// A mirrored count as it stands in this action (the handlers' changes over the loaded record).
int countOf(const ActContext &ctx, const QString &column)
{
    return ctx.changes.value(column, ctx.before.value(column)).toInt();
}
void addTo(ActContext &ctx, const QString &column, int delta) { ctx.changes.insert(column, countOf(ctx, column) + delta); }

QString digitsOf(const QString &phone)
{
    QString d;
    for (QChar c : phone)
        if (c.isDigit() && c.unicode() < 128)
            d += c;
    return d;
}

QString localText(const ActContext &ctx, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, ctx.calendar->timeZone()).toString(u"yyyy-MM-dd HH:mm"_s);
}

// ---------------------------------------------------------------- every action

/// The texts every action may carry, with their limits (fieldrules).
Status limitsCheck(ActContext &ctx)
{
    namespace fr = fieldrules;
    static const QList<std::pair<QString, int>> limits = {
        {u"student_name"_s, fr::NameMax}, {u"reason"_s, fr::ShortTextMax}, {u"note"_s, fr::ShortTextMax},
        {u"cancel_reason"_s, fr::ShortTextMax}};
    for (const auto &[field, max] : limits)
        if (ctx.fields.contains(field))
            if (auto ok = fr::text(field, fieldTitle(field), ctx.fields.value(field).toString(), max); !ok)
                return ok;
    return fr::phone(u"student_phone"_s, fieldTitle(u"student_phone"_s), ctx.fields.value(u"student_phone"_s).toString());
}

// ---------------------------------------------------------------- the roster's rows

/// The registration named by the request's registration_id, when it belongs to this session.
Result<QVariantMap> registrationOf(const ActContext &ctx)
{
    auto reg = RecordStore(ctx.db).load(u"training_registrations"_s, idField(ctx, u"registration_id"_s));
    if (!reg || reg->value(u"session_id"_s).toLongLong() != sessionIdOf(ctx))
        return failInvalid(u"registration_id"_s, QCoreApplication::translate("sd::core::TrainingService", "There is no such registration on this session."));
    return *reg;
}

bool holdsSeat(const QVariantMap &reg)
{
    const QString status = reg.value(u"status"_s).toString();
    return status == Registered || status == Promoted;
}

Result<QVariantMap> seatedRegistration(const ActContext &ctx)
{
    auto reg = registrationOf(ctx);
    if (reg && !holdsSeat(*reg))
        return failInvalid(u"registration_id"_s, QCoreApplication::translate("sd::core::TrainingService", "The student holds no seat on this session."));
    return reg;
}

Status notify(ActContext &ctx, qint64 registrationId, const QString &kind, const QString &text)
{
    auto id = ctx.db.insertReturningId(
        u"INSERT INTO training_notices (session_id, registration_id, kind, message, created_at, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s,
        {sessionIdOf(ctx), registrationId, kind, text, ctx.nowMs, ctx.session.staffId > 0 ? QVariant(ctx.session.staffId) : QVariant()});
    if (!id)
        return std::unexpected(id.error());
    return {};
}

Status setStatus(ActContext &ctx, const QVariantMap &reg, const QVariantMap &changes, const QString &action)
{
    auto done = RecordStore(ctx.db).update(ctx.session, u"training_registrations"_s, reg.value(u"id"_s).toLongLong(),
                                           reg.value(u"version"_s).toInt(), changes, action);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

/// Gives up to `seats` seats to the first students on the waiting list, each with a notice.
Status promote(ActContext &ctx, int seats)
{
    if (seats <= 0 || countOf(ctx, u"waiting"_s) <= 0)
        return {};
    QList<QVariantMap> first;
    {
        auto q = ctx.db.exec(u"SELECT * FROM training_registrations WHERE session_id = ? AND status = 'waiting' "
                             "ORDER BY waiting_position, id LIMIT ?"_s,
                             {sessionIdOf(ctx), seats});
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            first << rowMap(*q);
    }
    const QString text = QCoreApplication::translate("sd::core::TrainingService", "A seat on session %1 (%2) is yours: you are moved up from the waiting list.")
                             .arg(ctx.before.value(u"session_no"_s).toString(), localText(ctx, ctx.before.value(u"starts_at"_s).toLongLong()));
    for (const QVariantMap &reg : std::as_const(first)) {
        if (auto ok = setStatus(ctx, reg, {{u"status"_s, QString(Promoted)}, {u"waiting_position"_s, QVariant()},
                                           {u"promoted_at"_s, ctx.nowMs}},
                                u"promote"_s);
            !ok)
            return ok;
        if (auto ok = notify(ctx, reg.value(u"id"_s).toLongLong(), u"promoted"_s, text); !ok)
            return ok;
        addTo(ctx, u"waiting"_s, -1);
        addTo(ctx, u"registered"_s, 1);
    }
    return {};
}

// ---------------------------------------------------------------- plan

SessionPlan mergedPlan(const ActContext &ctx)
{
    auto value = [&](const QString &field, const QString &column) {
        return ctx.fields.contains(field) ? ctx.fields.value(field) : ctx.before.value(column);
    };
    SessionPlan p;
    p.teacherId = value(u"teacher_id"_s, u"teacher_id"_s).toLongLong();
    p.startsAt = value(u"starts_at"_s, u"starts_at"_s).toLongLong();
    p.endsAt = value(u"ends_at"_s, u"ends_at"_s).toLongLong();
    p.room = value(u"room"_s, u"room"_s).toString();
    p.onlineLink = value(u"online_link"_s, u"online_link"_s).toString();
    p.capacity = value(u"capacity"_s, u"capacity"_s).toInt();
    p.confirmOffHours = value(u"confirm_off_hours"_s, u"off_hours_confirmed"_s).toInt() != 0;
    p.notes = value(u"notes"_s, u"notes"_s).toString();
    return p;
}

Status planCheck(ActContext &ctx)
{
    const SessionPlan p = mergedPlan(ctx);
    if (auto ok = checkPlan(ctx.db, *ctx.calendar, p, sessionIdOf(ctx)); !ok)
        return ok;
    const int seated = ctx.before.value(u"registered"_s).toInt();
    if (p.capacity < seated)
        return failInvalid(u"capacity"_s, QCoreApplication::translate("sd::core::TrainingService", "%1 students already hold a seat: the capacity cannot be less.").arg(seated));
    return {};
}

/// More seats: the waiting list moves up.
Status planApply(ActContext &ctx)
{
    return promote(ctx, mergedPlan(ctx).capacity - countOf(ctx, u"registered"_s));
}

// ---------------------------------------------------------------- register

/// The student the request names: by id, or an existing person of the customer (name + phone).
Result<qint64> knownStudent(const ActContext &ctx)
{
    if (idField(ctx, u"student_id"_s) > 0) {
        auto v = ctx.db.scalar(u"SELECT id FROM training_students WHERE id = ?"_s, {idField(ctx, u"student_id"_s)});
        if (!v)
            return std::unexpected(v.error());
        if (!v->isValid())
            return failInvalid(u"student_id"_s, QCoreApplication::translate("sd::core::TrainingService", "There is no such student."));
        return v->toLongLong();
    }
    auto v = ctx.db.scalar(u"SELECT id FROM training_students WHERE customer_id = ? AND name = ? AND phone_digits = COALESCE(?, '')"_s,
                           {idField(ctx, u"customer_id"_s), ctx.fields.value(u"student_name"_s).toString().trimmed(),
                            digitsOf(ctx.fields.value(u"student_phone"_s).toString())});
    if (!v)
        return std::unexpected(v.error());
    return v->isValid() ? v->toLongLong() : 0;
}

/// The customer the registration is for: the student's, or the one given for a new student.
Result<qint64> customerOfRequest(const ActContext &ctx)
{
    if (idField(ctx, u"student_id"_s) > 0) {
        auto v = ctx.db.scalar(u"SELECT customer_id FROM training_students WHERE id = ?"_s, {idField(ctx, u"student_id"_s)});
        if (!v)
            return std::unexpected(v.error());
        if (!v->isValid())
            return failInvalid(u"student_id"_s, QCoreApplication::translate("sd::core::TrainingService", "There is no such student."));
        return v->toLongLong();
    }
    if (ctx.fields.value(u"student_name"_s).toString().trimmed().isEmpty())
        return failInvalid(u"student_name"_s, QCoreApplication::translate("sd::core::TrainingService", "Give the student (student_id), or the new student's name and customer."));
    auto v = ctx.db.scalar(u"SELECT id FROM customers WHERE id = ?"_s, {idField(ctx, u"customer_id"_s)});
    if (!v)
        return std::unexpected(v.error());
    if (!v->isValid())
        return failInvalid(u"customer_id"_s, QCoreApplication::translate("sd::core::TrainingService", "Choose the customer whose staff member the student is."));
    const qint64 contact = idField(ctx, u"contact_id"_s);
    if (contact > 0) {
        auto owner = ctx.db.scalar(u"SELECT customer_id FROM contacts WHERE id = ?"_s, {contact});
        if (!owner)
            return std::unexpected(owner.error());
        if (!owner->isValid() || owner->toLongLong() != v->toLongLong())
            return failInvalid(u"contact_id"_s, QCoreApplication::translate("sd::core::TrainingService", "The contact does not belong to this customer."));
    }
    return v->toLongLong();
}

/// The need or call the registration comes from belongs to the same customer (and a need is an
/// open training need).
Status sourceCheck(const ActContext &ctx, qint64 customerId)
{
    const QString source = ctx.fields.value(u"source"_s, u"direct"_s).toString();
    if (!sources().contains(source))
        return failInvalid(u"source"_s, QCoreApplication::translate("sd::core::TrainingService", "Registered from is one of: %1.").arg(sources().join(u", "_s)));
    if (source == u"direct"_s)
        return {};
    const bool need = source == u"need"_s;
    const QString field = need ? u"need_id"_s : u"call_id"_s;
    auto q = ctx.db.exec(need ? u"SELECT customer_id, need_type, state FROM first_visit_needs WHERE id = ?"_s
                              : u"SELECT customer_id, 'call', 'open' FROM hotline_calls WHERE id = ?"_s,
                         {idField(ctx, field)});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failInvalid(field, need ? QCoreApplication::translate("sd::core::TrainingService", "Choose the first-visit need the student registers for.")
                                       : QCoreApplication::translate("sd::core::TrainingService", "Choose the hotline call the student registers for."));
    const qint64 owner = q->value(0).toLongLong();
    const QString type = q->value(1).toString();
    const QString state = q->value(2).toString();
    q->finish();
    if (owner > 0 && owner != customerId)
        return failInvalid(field, QCoreApplication::translate("sd::core::TrainingService", "The need or call is another customer's."));
    if (need && (type != u"training"_s || state != u"open"_s))
        return failInvalid(field, QCoreApplication::translate("sd::core::TrainingService", "The need is not an open training need."));
    return {};
}

Status registerCheck(ActContext &ctx)
{
    auto customer = customerOfRequest(ctx);
    if (!customer)
        return std::unexpected(customer.error());
    if (auto ok = sourceCheck(ctx, *customer); !ok)
        return ok;
    auto student = knownStudent(ctx);
    if (!student)
        return std::unexpected(student.error());
    if (*student == 0)
        return {};
    auto twice = ctx.db.scalar(u"SELECT COUNT(*) FROM training_registrations WHERE session_id = ? AND student_id = ? "
                               "AND status <> 'cancelled'"_s,
                               {sessionIdOf(ctx), *student});
    if (!twice)
        return std::unexpected(twice.error());
    if (twice->toInt() > 0)
        return failInvalid(u"student_id"_s, QCoreApplication::translate("sd::core::TrainingService", "The student is already on this session's list."));
    return {};
}

/// The contact a new student is: the one given, else the customer's contact of that name or phone.
Result<QVariant> contactOf(const ActContext &ctx, qint64 customerId)
{
    if (idField(ctx, u"contact_id"_s) > 0)
        return QVariant(idField(ctx, u"contact_id"_s));
    const QString digits = digitsOf(ctx.fields.value(u"student_phone"_s).toString());
    auto v = ctx.db.scalar(u"SELECT c.id FROM contacts c WHERE c.customer_id = ? AND (c.name = ? OR EXISTS ("
                           "SELECT 1 FROM contact_phones p WHERE p.contact_id = c.id AND p.digits = ? AND p.digits <> '')) "
                           "ORDER BY c.id LIMIT 1"_s,
                           {customerId, ctx.fields.value(u"student_name"_s).toString().trimmed(), digits});
    if (!v)
        return std::unexpected(v.error());
    return v->isValid() ? *v : QVariant();
}

/// Finds or creates the student. Race-free: the (customer, name, phone) key is unique and the
/// insert does nothing when another desk created the same person meanwhile.
Result<qint64> findOrCreateStudent(ActContext &ctx)
{
    auto known = knownStudent(ctx);
    if (!known || *known > 0)
        return known;
    auto customer = customerOfRequest(ctx);
    if (!customer)
        return std::unexpected(customer.error());
    auto contact = contactOf(ctx, *customer);
    if (!contact)
        return std::unexpected(contact.error());
    const QString name = ctx.fields.value(u"student_name"_s).toString().trimmed();
    const QString phone = ctx.fields.value(u"student_phone"_s).toString().trimmed();
    const QVariant by = ctx.session.staffId > 0 ? QVariant(ctx.session.staffId) : QVariant();
    auto inserted = ctx.db.exec(u"INSERT INTO training_students (customer_id, contact_id, name, phone, phone_digits, "
                                "created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?) "
                                "ON CONFLICT (customer_id, name, phone_digits) DO NOTHING"_s,
                                {*customer, *contact, name, phone, digitsOf(phone), ctx.nowMs, by, ctx.nowMs, by});
    if (!inserted)
        return std::unexpected(inserted.error());
    auto id = knownStudent(ctx);
    if (id && *id > 0)
        if (auto ok = audit::append(ctx.db, ctx.session, u"training_students"_s, *id, u"create"_s, u"name"_s, {}, name); !ok)
            return std::unexpected(ok.error());
    return id;
}

Status registerApply(ActContext &ctx)
{
    auto student = findOrCreateStudent(ctx);
    if (!student)
        return std::unexpected(student.error());
    const bool seat = countOf(ctx, u"registered"_s) < ctx.before.value(u"capacity"_s).toInt();
    QVariant position;
    if (!seat) {
        auto last = ctx.db.scalar(u"SELECT MAX(waiting_position) FROM training_registrations WHERE session_id = ?"_s,
                                  {sessionIdOf(ctx)});
        if (!last)
            return std::unexpected(last.error());
        position = last->isNull() ? 1 : last->toInt() + 1;
    }
    const QString source = ctx.fields.value(u"source"_s, u"direct"_s).toString();
    auto id = RecordStore(ctx.db).insert(
        ctx.session, u"training_registrations"_s,
        {{u"session_id"_s, sessionIdOf(ctx)}, {u"student_id"_s, *student},
         {u"status"_s, seat ? QString(Registered) : QString(Waiting)}, {u"waiting_position"_s, position},
         {u"source"_s, source},
         {u"need_id"_s, source == u"need"_s ? ctx.fields.value(u"need_id"_s) : QVariant()},
         {u"call_id"_s, source == u"call"_s ? ctx.fields.value(u"call_id"_s) : QVariant()},
         {u"registered_at"_s, ctx.nowMs},
         {u"registered_by"_s, ctx.session.staffId > 0 ? QVariant(ctx.session.staffId) : QVariant()}},
        u"register"_s);
    if (!id)
        return std::unexpected(id.error());
    addTo(ctx, seat ? u"registered"_s : u"waiting"_s, 1);
    if (source == u"need"_s)
        return handoff::needToTraining(ctx, idField(ctx, u"need_id"_s), *id);
    return {};
}

// ---------------------------------------------------------------- cancel a registration

Status cancelRegistrationCheck(ActContext &ctx)
{
    auto reg = registrationOf(ctx);
    if (!reg)
        return std::unexpected(reg.error());
    if (reg->value(u"status"_s).toString() == RegistrationCancelled)
        return failInvalid(u"registration_id"_s, QCoreApplication::translate("sd::core::TrainingService", "The registration is already cancelled."));
    return {};
}

/// A freed seat goes to the first student waiting; without one the session has a seat free.
Status cancelRegistrationApply(ActContext &ctx)
{
    auto reg = registrationOf(ctx);
    if (!reg)
        return std::unexpected(reg.error());
    if (auto ok = setStatus(ctx, *reg, {{u"status"_s, QString(RegistrationCancelled)}, {u"waiting_position"_s, QVariant()},
                                        {u"cancelled_at"_s, ctx.nowMs},
                                        {u"cancel_reason"_s, ctx.fields.value(u"reason"_s).toString().trimmed()}},
                            u"cancel_registration"_s);
        !ok)
        return ok;
    if (!holdsSeat(*reg)) {
        addTo(ctx, u"waiting"_s, -1);
        return {};
    }
    addTo(ctx, u"registered"_s, -1);
    return promote(ctx, 1);
}

// ---------------------------------------------------------------- held, attendance, scores

Status startCheck(ActContext &ctx)
{
    const qint64 starts = ctx.before.value(u"starts_at"_s).toLongLong();
    if (ctx.nowMs < starts)
        return fail(ErrorCode::NotAllowedInState,
                    QCoreApplication::translate("sd::core::TrainingService", "The session starts at %1; it is marked held from then on.").arg(localText(ctx, starts)));
    if (ctx.before.value(u"registered"_s).toInt() == 0)
        return fail(ErrorCode::NotAllowedInState, QCoreApplication::translate("sd::core::TrainingService", "Nobody is registered: cancel the session instead."));
    return {};
}

Status attendanceCheck(ActContext &ctx)
{
    auto reg = seatedRegistration(ctx);
    if (!reg)
        return std::unexpected(reg.error());
    const QDate day = QDate::fromString(ctx.fields.value(u"day"_s).toString().trimmed(), Qt::ISODate);
    const QTimeZone zone = ctx.calendar->timeZone();
    const QDate first = QDateTime::fromMSecsSinceEpoch(ctx.before.value(u"starts_at"_s).toLongLong(), zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(ctx.before.value(u"ends_at"_s).toLongLong(), zone).date();
    if (!day.isValid() || day < first || day > last)
        return failInvalid(u"day"_s, QCoreApplication::translate("sd::core::TrainingService", "The day is one of the session's days, %1 to %2 (YYYY-MM-DD).")
                                         .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    if (day > QDateTime::fromMSecsSinceEpoch(ctx.nowMs, zone).date())
        return failInvalid(u"day"_s, QCoreApplication::translate("sd::core::TrainingService", "Attendance is recorded on the day or after it, not ahead."));
    return {};
}

Status attendanceApply(ActContext &ctx)
{
    const qint64 reg = idField(ctx, u"registration_id"_s);
    const QString day = ctx.fields.value(u"day"_s).toString().trimmed();
    const int present = ctx.fields.value(u"present"_s).toInt() != 0 ? 1 : 0;
    auto before = ctx.db.scalar(u"SELECT present FROM training_attendance WHERE registration_id = ? AND day = ?"_s, {reg, day});
    if (!before)
        return std::unexpected(before.error());
    auto q = ctx.db.exec(u"INSERT INTO training_attendance (registration_id, day, present, note, recorded_at, recorded_by) "
                         "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (registration_id, day) DO UPDATE SET present = excluded.present, "
                         "note = excluded.note, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by"_s,
                         {reg, day, present, ctx.fields.value(u"note"_s).toString().trimmed(), ctx.nowMs,
                          ctx.session.staffId > 0 ? QVariant(ctx.session.staffId) : QVariant()});
    if (!q)
        return std::unexpected(q.error());
    return audit::append(ctx.db, ctx.session, u"training_registrations"_s, reg, u"attendance"_s, day, *before, present);
}

/// The student's attempts so far: (count, whether one passed).
Result<std::pair<int, bool>> attemptsOf(const ActContext &ctx, qint64 reg)
{
    auto q = ctx.db.exec(u"SELECT COUNT(*), COALESCE(MAX(passed), 0) FROM training_scores WHERE registration_id = ?"_s, {reg});
    if (!q)
        return std::unexpected(q.error());
    q->next();
    const std::pair<int, bool> out{q->value(0).toInt(), q->value(1).toInt() != 0};
    q->finish();
    return out;
}

Status scoreCheck(ActContext &ctx)
{
    auto reg = seatedRegistration(ctx);
    if (!reg)
        return std::unexpected(reg.error());
    bool number = false;
    const int score = ctx.fields.value(u"score"_s).toString().trimmed().toInt(&number);
    if (!number || score < 0 || score > 100)
        return failInvalid(u"score"_s, QCoreApplication::translate("sd::core::TrainingService", "The score is a whole number from 0 to 100."));
    auto attempts = attemptsOf(ctx, idField(ctx, u"registration_id"_s));
    if (!attempts)
        return std::unexpected(attempts.error());
    if (attempts->second)
        return fail(ErrorCode::NotAllowedInState, QCoreApplication::translate("sd::core::TrainingService", "The student has passed this exam: no re-sit is needed."));
    return {};
}

/// A first score, or the next attempt of a re-sit; passed by the course's pass mark.
Status scoreApply(ActContext &ctx)
{
    const qint64 reg = idField(ctx, u"registration_id"_s);
    auto attempts = attemptsOf(ctx, reg);
    if (!attempts)
        return std::unexpected(attempts.error());
    auto mark = ctx.db.scalar(u"SELECT pass_mark FROM training_courses WHERE id = ?"_s, {ctx.before.value(u"course_id"_s)});
    if (!mark)
        return std::unexpected(mark.error());
    const int score = ctx.fields.value(u"score"_s).toString().trimmed().toInt();
    const int attempt = attempts->first + 1;
    auto id = ctx.db.insertReturningId(
        u"INSERT INTO training_scores (registration_id, attempt, score, pass_mark, passed, note, recorded_at, recorded_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {reg, attempt, score, mark->toInt(), score >= mark->toInt() ? 1 : 0, ctx.fields.value(u"note"_s).toString().trimmed(),
         ctx.nowMs, ctx.session.staffId > 0 ? QVariant(ctx.session.staffId) : QVariant()});
    if (!id)
        return std::unexpected(id.error());
    return audit::append(ctx.db, ctx.session, u"training_registrations"_s, reg, u"score"_s, u"attempt %1"_s.arg(attempt), {}, score);
}

/// Every student who attended has a score before the results are final.
Status finishCheck(ActContext &ctx)
{
    auto any = ctx.db.scalar(u"SELECT COUNT(*) FROM training_scores s JOIN training_registrations r ON r.id = s.registration_id "
                             "WHERE r.session_id = ?"_s,
                             {sessionIdOf(ctx)});
    if (!any)
        return std::unexpected(any.error());
    if (any->toInt() == 0)
        return fail(ErrorCode::NotAllowedInState, QCoreApplication::translate("sd::core::TrainingService", "No exam score is recorded yet."));
    auto q = ctx.db.exec(u"SELECT st.name FROM training_registrations r JOIN training_students st ON st.id = r.student_id "
                         "WHERE r.session_id = ? AND r.status IN ('registered','promoted') "
                         "AND EXISTS (SELECT 1 FROM training_attendance a WHERE a.registration_id = r.id AND a.present = 1) "
                         "AND NOT EXISTS (SELECT 1 FROM training_scores s WHERE s.registration_id = r.id) ORDER BY r.id"_s,
                         {sessionIdOf(ctx)});
    if (!q)
        return std::unexpected(q.error());
    QStringList missing;
    while (q->next())
        missing << q->value(0).toString();
    if (!missing.isEmpty())
        return fail(ErrorCode::NotAllowedInState,
                    QCoreApplication::translate("sd::core::TrainingService", "These students attended but have no score yet: %1.").arg(missing.join(u", "_s)));
    return {};
}

// ---------------------------------------------------------------- cancel the session

/// Every registrant (seat or waiting list) gets a notice; their registrations end with the session.
Status cancelApply(ActContext &ctx)
{
    QList<QVariantMap> active;
    {
        auto q = ctx.db.exec(u"SELECT * FROM training_registrations WHERE session_id = ? AND status <> 'cancelled' ORDER BY id"_s,
                             {sessionIdOf(ctx)});
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            active << rowMap(*q);
    }
    const QString reason = ctx.fields.value(u"cancel_reason"_s).toString().trimmed();
    const QString text = QCoreApplication::translate("sd::core::TrainingService", "Session %1 (%2) is cancelled: %3")
                             .arg(ctx.before.value(u"session_no"_s).toString(),
                                  localText(ctx, ctx.before.value(u"starts_at"_s).toLongLong()), reason);
    for (const QVariantMap &reg : std::as_const(active)) {
        if (auto ok = setStatus(ctx, reg, {{u"status"_s, QString(RegistrationCancelled)}, {u"waiting_position"_s, QVariant()},
                                           {u"cancelled_at"_s, ctx.nowMs}, {u"cancel_reason"_s, reason}},
                                u"session_cancelled"_s);
            !ok)
            return ok;
        if (auto ok = notify(ctx, reg.value(u"id"_s).toLongLong(), u"cancelled"_s, text); !ok)
            return ok;
    }
    ctx.changes.insert(u"registered"_s, 0);
    ctx.changes.insert(u"waiting"_s, 0);
    return {};
}

// ---------------------------------------------------------------- full ⇄ open

/// After every action: the session full when its last seat went, open again when one is free —
/// the table's own rows (their conditions decide), taken through the engine like any action.
Status followRegistrations(ActContext &ctx)
{
    auto record = RecordStore(ctx.db).load(table().recordTable(), sessionIdOf(ctx));
    if (!record)
        return std::unexpected(record.error());
    for (const QString &action : {QString(MarkFull), QString(Reopen)}) {
        const workflow::Transition *row = table().find(record->value(u"state"_s).toString(), action);
        if (!row || row->conditions.isEmpty() || !workflow::conditionsHold(*row, *record))
            continue;
        auto done = workflow::act(ctx.db, ctx.session, sessionWorkflow(),
                                  {sessionIdOf(ctx), record->value(u"version"_s).toInt(), action, {}}, ctx.calendar);
        if (!done)
            return std::unexpected(done.error());
        return {};
    }
    return {};
}

} // namespace

const workflow::Definition &sessionWorkflow()
{
    static const workflow::Definition definition{
        table(),
        {
            {UpdatePlan, {planCheck, planApply, {}}},
            {Register, {registerCheck, registerApply, {}}},
            {CancelRegistration, {cancelRegistrationCheck, cancelRegistrationApply, {}}},
            {Start, {startCheck, {}, {}}},
            {RecordAttendance, {attendanceCheck, attendanceApply, {}}},
            {RecordScore, {scoreCheck, scoreApply, {}}},
            {FinishScoring, {finishCheck, {}, {}}},
            {Cancel, {{}, cancelApply, {}}},
        },
        {limitsCheck, {}, followRegistrations},
        {},
    };
    return definition;
}

} // namespace sd::core::training
