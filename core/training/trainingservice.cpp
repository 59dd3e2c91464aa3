#include "core/training/trainingservice.h"

#include "core/auth/permissions.h"
#include "core/db/numbers.h"
#include "core/problembase/problemclass.h"
#include "core/records/fieldrules.h"
#include "core/records/recordstore.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {

constexpr qint64 kCallWindowMs = 180LL * 24 * 3600 * 1000;   // calls of the last half year ask for training

const QString kSessionSelect =
    u"SELECT s.*, c.title AS course_title, c.kind AS course_kind, c.product AS product, c.pass_mark AS pass_mark, "
    "t.display_name AS teacher_name FROM training_sessions s JOIN training_courses c ON c.id = s.course_id "
    "JOIN staff t ON t.id = s.teacher_id "_s;

TrainingSession sessionFromRow(const QVariantMap &r)
{
    TrainingSession s;
    s.id = r.value(u"id"_s).toLongLong();
    s.version = r.value(u"version"_s).toInt();
    s.sessionNo = r.value(u"session_no"_s).toString();
    s.state = r.value(u"state"_s).toString();
    s.courseId = r.value(u"course_id"_s).toLongLong();
    s.courseTitle = r.value(u"course_title"_s).toString();
    s.courseKind = r.value(u"course_kind"_s).toString();
    s.product = r.value(u"product"_s).toString();
    s.passMark = r.value(u"pass_mark"_s).toInt();
    s.teacherId = r.value(u"teacher_id"_s).toLongLong();
    s.teacherName = r.value(u"teacher_name"_s).toString();
    s.startsAt = r.value(u"starts_at"_s).toLongLong();
    s.endsAt = r.value(u"ends_at"_s).toLongLong();
    s.room = r.value(u"room"_s).toString();
    s.onlineLink = r.value(u"online_link"_s).toString();
    s.capacity = r.value(u"capacity"_s).toInt();
    s.registered = r.value(u"registered"_s).toInt();
    s.waiting = r.value(u"waiting"_s).toInt();
    s.offHoursConfirmed = r.value(u"off_hours_confirmed"_s).toInt() != 0;
    s.notes = r.value(u"notes"_s).toString();
    s.cancelReason = r.value(u"cancel_reason"_s).toString();
    return s;
}

/// The hotline desk writes products as the callers say them: "U8+" for "用友U8+", "T+" for "畅捷通T+".
QString shortProductName(QString product)
{
    for (const QString &vendor : {u"用友"_s, u"畅捷通"_s})
        if (product.startsWith(vendor))
            return product.mid(vendor.size()).trimmed();
    return product;
}

TrainingCourse courseFromRow(const QVariantMap &r)
{
    TrainingCourse c;
    c.id = r.value(u"id"_s).toLongLong();
    c.version = r.value(u"version"_s).toInt();
    c.title = r.value(u"title"_s).toString();
    c.kind = r.value(u"kind"_s).toString();
    c.product = r.value(u"product"_s).toString();
    c.modules = r.value(u"modules"_s).toString();
    c.outline = r.value(u"outline"_s).toString();
    c.durationHours = r.value(u"duration_hours"_s).toInt();
    c.passMark = r.value(u"pass_mark"_s).toInt();
    c.retired = r.value(u"retired"_s).toInt() != 0;
    return c;
}

template <typename T, typename FromRow>
Result<QList<T>> rowsOf(const Database &db, const QString &sql, const QVariantList &binds, FromRow fromRow)
{
    auto q = db.exec(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<T> out;
    while (q->next())
        out << fromRow(rowMap(*q));
    return out;
}

Status checkCourse(const TrainingCourse &c)
{
    namespace fr = fieldrules;
    using training::fieldTitle;
    if (auto ok = fr::text(u"title"_s, fieldTitle(u"title"_s), c.title, fr::CompanyMax, true); !ok)
        return ok;
    if (!training::courseKinds().contains(c.kind))
        return failInvalid(u"kind"_s, QCoreApplication::translate("sd::core::TrainingService", "The kind of course is one of: %1.")
                                          .arg(training::courseKinds().join(u", "_s)));
    if (auto ok = fr::text(u"product"_s, fieldTitle(u"product"_s), c.product, fr::NameMax, true); !ok)
        return ok;
    if (auto ok = fr::text(u"modules"_s, fieldTitle(u"modules"_s), c.modules, fr::ShortTextMax); !ok)
        return ok;
    if (auto ok = fr::text(u"outline"_s, fieldTitle(u"outline"_s), c.outline, fr::LongTextMax); !ok)
        return ok;
    if (c.durationHours < 1 || c.durationHours > 200)
        return failInvalid(u"duration_hours"_s, QCoreApplication::translate("sd::core::TrainingService", "The duration is 1 to 200 hours."));
    if (c.passMark < 0 || c.passMark > 100)
        return failInvalid(u"pass_mark"_s, QCoreApplication::translate("sd::core::TrainingService", "The pass mark is a score from 0 to 100."));
    return {};
}

QVariantMap courseValues(const TrainingCourse &c)
{
    return {{u"title"_s, c.title.trimmed()},       {u"kind"_s, c.kind},
            {u"product"_s, c.product.trimmed()},   {u"modules"_s, c.modules.trimmed()},
            {u"outline"_s, c.outline.trimmed()},   {u"duration_hours"_s, c.durationHours},
            {u"pass_mark"_s, c.passMark}};
}

QString courseAction() { return QCoreApplication::translate("sd::core::TrainingService", "Set up training courses"); }

/// The next number of the year (core/db/numbers.h: race-free with many desks).
Result<QString> nextSessionNo(const Database &db, int year)
{
    auto v = numbers::next(db, u"session:%1"_s.arg(year));
    if (!v)
        return std::unexpected(v.error());
    return u"PX%1-%2"_s.arg(year).arg(*v, 4, 10, QChar(u'0'));
}

TrainingHistoryRow historyFromRow(const QVariantMap &r)
{
    TrainingHistoryRow h;
    h.registrationId = r.value(u"id"_s).toLongLong();
    h.studentId = r.value(u"student_id"_s).toLongLong();
    h.studentName = r.value(u"student_name"_s).toString();
    h.sessionId = r.value(u"session_id"_s).toLongLong();
    h.sessionNo = r.value(u"session_no"_s).toString();
    h.sessionState = r.value(u"session_state"_s).toString();
    h.courseTitle = r.value(u"course_title"_s).toString();
    h.courseKind = r.value(u"course_kind"_s).toString();
    h.product = r.value(u"product"_s).toString();
    h.startsAt = r.value(u"starts_at"_s).toLongLong();
    h.status = r.value(u"status"_s).toString();
    h.daysPresent = r.value(u"days_present"_s).toInt();
    h.attempts = r.value(u"attempts"_s).toInt();
    h.bestScore = r.value(u"best_score"_s).isNull() ? -1 : r.value(u"best_score"_s).toInt();
    h.passed = r.value(u"passed"_s).toInt() != 0;
    return h;
}

const QString kHistorySelect =
    u"SELECT r.id, r.student_id, st.name AS student_name, r.session_id, s.session_no, s.state AS session_state, "
    "c.title AS course_title, c.kind AS course_kind, c.product, s.starts_at, r.status, "
    "(SELECT COUNT(*) FROM training_attendance a WHERE a.registration_id = r.id AND a.present = 1) AS days_present, "
    "(SELECT COUNT(*) FROM training_scores x WHERE x.registration_id = r.id) AS attempts, "
    "(SELECT MAX(x.score) FROM training_scores x WHERE x.registration_id = r.id) AS best_score, "
    "(SELECT COALESCE(MAX(x.passed), 0) FROM training_scores x WHERE x.registration_id = r.id) AS passed "
    "FROM training_registrations r JOIN training_students st ON st.id = r.student_id "
    "JOIN training_sessions s ON s.id = r.session_id JOIN training_courses c ON c.id = s.course_id "_s;

} // namespace

// ---------------------------------------------------------------- courses

Result<qint64> TrainingService::createCourse(const Session &who, const TrainingCourse &course)
{
    if (auto ok = requireRoles(m_db, who, training::plannerRoles(), courseAction(), u"training_courses"_s); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkCourse(course); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto id = RecordStore(m_db).insert(who, u"training_courses"_s, courseValues(course));
    if (!id)
        return id;
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Status TrainingService::updateCourse(const Session &who, const TrainingCourse &course)
{
    return changeCourse(who, course.id, [&]() -> Status {
        if (auto ok = checkCourse(course); !ok)
            return ok;
        auto done = RecordStore(m_db).update(who, u"training_courses"_s, course.id, course.version, courseValues(course));
        return done ? Status{} : std::unexpected(done.error());
    });
}

Status TrainingService::retireCourse(const Session &who, qint64 courseId, int expectedVersion)
{
    return changeCourse(who, courseId, [&]() -> Status {
        auto done = RecordStore(m_db).update(who, u"training_courses"_s, courseId, expectedVersion, {{u"retired"_s, 1}}, u"retire"_s);
        return done ? Status{} : std::unexpected(done.error());
    });
}

Status TrainingService::deleteCourse(const Session &who, qint64 courseId, int expectedVersion)
{
    return changeCourse(who, courseId, [&]() -> Status {
        auto used = m_db.scalar(u"SELECT COUNT(*) FROM training_sessions WHERE course_id = ?"_s, {courseId});
        if (!used)
            return std::unexpected(used.error());
        if (used->toInt() > 0)
            return fail(ErrorCode::NotAllowedInState,
                        QCoreApplication::translate("sd::core::TrainingService", "The course has sessions and stays in their records: retire it instead."));
        return RecordStore(m_db).remove(who, u"training_courses"_s, courseId, expectedVersion);
    });
}

Status TrainingService::changeCourse(const Session &who, qint64 courseId, const std::function<Status()> &write)
{
    if (auto ok = requireRoles(m_db, who, training::plannerRoles(), courseAction(), u"training_courses"_s, courseId); !ok)
        return ok;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = write(); !ok)
        return ok;
    return tx->commit();
}

Result<TrainingCourse> TrainingService::course(qint64 courseId) const
{
    auto row = RecordStore(m_db).load(u"training_courses"_s, courseId);
    if (!row)
        return std::unexpected(row.error());
    return courseFromRow(*row);
}

Result<QList<TrainingCourse>> TrainingService::courses(bool withRetired) const
{
    return rowsOf<TrainingCourse>(m_db, u"SELECT * FROM training_courses WHERE retired = 0 OR ? = 1 "
                                         "ORDER BY title COLLATE pinyin, id"_s,
                                  {withRetired ? 1 : 0}, courseFromRow);
}

// ---------------------------------------------------------------- sessions

Result<TrainingSession> TrainingService::plan(const Session &who, const SessionPlan &p)
{
    if (auto ok = requireRoles(m_db, who, training::plannerRoles(),
                               QCoreApplication::translate("sd::core::TrainingService", "Plan a training session"),
                               u"training_sessions"_s);
        !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = training::checkPlan(m_db, m_calendar, p, 0); !ok)
        return std::unexpected(ok.error());
    const qint64 now = Database::nowMs();
    auto number = nextSessionNo(m_db, QDateTime::fromMSecsSinceEpoch(now, m_calendar.timeZone()).date().year());
    if (!number)
        return std::unexpected(number.error());
    auto id = RecordStore(m_db).insert(who, u"training_sessions"_s,
                                       {{u"session_no"_s, *number},
                                        {u"state"_s, QString(training::Planned)},
                                        {u"course_id"_s, p.courseId},
                                        {u"teacher_id"_s, p.teacherId},
                                        {u"starts_at"_s, p.startsAt},
                                        {u"ends_at"_s, p.endsAt},
                                        {u"room"_s, p.room.trimmed()},
                                        {u"online_link"_s, p.onlineLink.trimmed()},
                                        {u"capacity"_s, p.capacity},
                                        {u"off_hours_confirmed"_s, p.confirmOffHours ? 1 : 0},
                                        {u"notes"_s, p.notes.trimmed()}},
                                       u"plan"_s);
    if (!id)
        return std::unexpected(id.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return get(*id);
}

Result<TrainingSession> TrainingService::act(const Session &who, qint64 sessionId, int expectedVersion,
                                             const QString &action, const QVariantMap &fields)
{
    auto written = workflow::act(m_db, who, training::sessionWorkflow(), {sessionId, expectedVersion, action, fields},
                                 &m_calendar);
    if (!written)
        return std::unexpected(written.error());
    return get(sessionId);
}

Result<TrainingSession> TrainingService::get(qint64 sessionId) const
{
    auto rows = rowsOf<TrainingSession>(m_db, kSessionSelect + u"WHERE s.id = ?"_s, {sessionId}, sessionFromRow);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("sd::core::TrainingService", "The training session does not exist."));
    return rows->first();
}

Result<QList<TrainingSession>> TrainingService::list(const QString &state, int limit) const
{
    return list(state, 0, 0, limit);
}

namespace {
/// The WHERE clause of the roster's filter, with its binds.
QString sessionWhere(const QString &state, qint64 fromMs, qint64 toMs, QVariantList &binds)
{
    QStringList where;
    if (!state.isEmpty()) {
        where << u"s.state = ?"_s;
        binds << state;
    }
    if (fromMs > 0) {
        where << u"s.ends_at > ?"_s;
        binds << fromMs;
    }
    if (toMs > 0) {
        where << u"s.starts_at < ?"_s;
        binds << toMs;
    }
    return where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s) + u' ';
}
} // namespace

Result<QList<TrainingSession>> TrainingService::list(const QString &state, qint64 fromMs, qint64 toMs, int limit) const
{
    QVariantList binds;
    const QString where = sessionWhere(state, fromMs, toMs, binds);
    binds << qBound(1, limit, 100000);
    return rowsOf<TrainingSession>(m_db, kSessionSelect + where + u"ORDER BY s.starts_at DESC, s.id DESC LIMIT ?"_s, binds,
                                   sessionFromRow);
}

Result<int> TrainingService::count(const QString &state, qint64 fromMs, qint64 toMs) const
{
    QVariantList binds;
    const QString where = sessionWhere(state, fromMs, toMs, binds);
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM training_sessions s "_s + where, binds);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

// ---------------------------------------------------------------- the roster

Result<QList<TrainingRegistration>> TrainingService::registrations(qint64 sessionId) const
{
    return rowsOf<TrainingRegistration>(
        m_db,
        u"SELECT r.*, st.name AS student_name, st.phone, st.customer_id, st.contact_id, cu.name AS customer_name, "
        "(SELECT COUNT(*) FROM training_attendance a WHERE a.registration_id = r.id AND a.present = 1) AS days_present, "
        "(SELECT COUNT(*) FROM training_scores x WHERE x.registration_id = r.id) AS attempts, "
        "(SELECT x.score FROM training_scores x WHERE x.registration_id = r.id ORDER BY x.attempt DESC LIMIT 1) AS last_score, "
        "(SELECT COALESCE(MAX(x.passed), 0) FROM training_scores x WHERE x.registration_id = r.id) AS passed, "
        // The place in the queue as it stands: positions are not renumbered when one moves up.
        "CASE WHEN r.status = 'waiting' THEN (SELECT COUNT(*) FROM training_registrations w WHERE w.session_id = r.session_id "
        "AND w.status = 'waiting' AND w.waiting_position <= r.waiting_position) END AS waiting_rank "
        "FROM training_registrations r JOIN training_students st ON st.id = r.student_id "
        "JOIN customers cu ON cu.id = st.customer_id WHERE r.session_id = ? "
        "ORDER BY CASE r.status WHEN 'waiting' THEN 1 WHEN 'cancelled' THEN 2 ELSE 0 END, r.waiting_position, r.id"_s,
        {sessionId}, [](const QVariantMap &r) {
            TrainingRegistration g;
            g.id = r.value(u"id"_s).toLongLong();
            g.sessionId = r.value(u"session_id"_s).toLongLong();
            g.studentId = r.value(u"student_id"_s).toLongLong();
            g.studentName = r.value(u"student_name"_s).toString();
            g.phone = r.value(u"phone"_s).toString();
            g.customerId = r.value(u"customer_id"_s).toLongLong();
            g.customerName = r.value(u"customer_name"_s).toString();
            g.contactId = r.value(u"contact_id"_s).toLongLong();
            g.status = r.value(u"status"_s).toString();
            g.waitingPosition = r.value(u"waiting_rank"_s).toInt();
            g.source = r.value(u"source"_s).toString();
            g.needId = r.value(u"need_id"_s).toLongLong();
            g.callId = r.value(u"call_id"_s).toLongLong();
            g.daysPresent = r.value(u"days_present"_s).toInt();
            g.attempts = r.value(u"attempts"_s).toInt();
            g.lastScore = r.value(u"last_score"_s).isNull() ? -1 : r.value(u"last_score"_s).toInt();
            g.passed = r.value(u"passed"_s).toInt() != 0;
            return g;
        });
}

Result<QList<TrainingNotice>> TrainingService::notices(qint64 sessionId) const
{
    return rowsOf<TrainingNotice>(
        m_db,
        u"SELECT n.*, st.name AS student_name FROM training_notices n "
        "LEFT JOIN training_registrations r ON r.id = n.registration_id LEFT JOIN training_students st ON st.id = r.student_id "
        "WHERE n.session_id = ? ORDER BY n.id"_s,
        {sessionId}, [](const QVariantMap &r) {
            return TrainingNotice{r.value(u"id"_s).toLongLong(),       r.value(u"session_id"_s).toLongLong(),
                                  r.value(u"registration_id"_s).toLongLong(), r.value(u"student_name"_s).toString(),
                                  r.value(u"kind"_s).toString(),       r.value(u"message"_s).toString(),
                                  r.value(u"created_at"_s).toLongLong()};
        });
}

Result<QList<TrainingCandidate>> TrainingService::candidates(qint64 sessionId, int limit) const
{
    auto session = get(sessionId);
    if (!session)
        return std::unexpected(session.error());
    auto fromRow = [](const QVariantMap &r) {
        return TrainingCandidate{r.value(u"source"_s).toString(),        r.value(u"id"_s).toLongLong(),
                                 r.value(u"customer_id"_s).toLongLong(), r.value(u"customer_name"_s).toString(),
                                 r.value(u"contact_id"_s).toLongLong(),  r.value(u"contact_name"_s).toString(),
                                 r.value(u"phone"_s).toString(),         r.value(u"text"_s).toString(),
                                 r.value(u"at"_s).toLongLong()};
    };
    // Open training needs of customers who bought the course's product.
    auto needs = rowsOf<TrainingCandidate>(
        m_db,
        u"SELECT 'need' AS source, n.id, n.customer_id, cu.name AS customer_name, NULL AS contact_id, "
        "(SELECT k.name FROM contacts k WHERE k.customer_id = n.customer_id ORDER BY k.is_admin DESC, k.id LIMIT 1) AS contact_name, "
        "NULL AS phone, n.description AS text, n.recorded_at AS at FROM first_visit_needs n "
        "JOIN customers cu ON cu.id = n.customer_id WHERE n.need_type = 'training' AND n.state = 'open' "
        "AND n.recorded_at IS NOT NULL AND EXISTS (SELECT 1 FROM customer_products cp JOIN products p ON p.id = cp.product_id "
        "WHERE cp.customer_id = n.customer_id AND p.name = ?) ORDER BY n.recorded_at DESC, n.id DESC LIMIT ?"_s,
        {session->product, qBound(1, limit, 10000)}, fromRow);
    if (!needs)
        return needs;
    // Recent calls on the product that show someone cannot work the software (seed 003:
    // operation problems, staff who changed jobs → re-training), not registered from yet.
    auto calls = rowsOf<TrainingCandidate>(
        m_db,
        u"SELECT 'call' AS source, h.id, h.customer_id, cu.name AS customer_name, h.contact_id, h.caller_name AS contact_name, "
        "h.caller_phone AS phone, h.description AS text, h.opened_at AS at FROM hotline_calls h "
        "JOIN customers cu ON cu.id = h.customer_id WHERE h.product IN (?, ?) AND (h.problem_class = ? OR h.retraining_suggested = 1) "
        "AND h.opened_at >= ? AND NOT EXISTS (SELECT 1 FROM training_registrations r WHERE r.call_id = h.id "
        "AND r.status <> 'cancelled') ORDER BY h.opened_at DESC, h.id DESC LIMIT ?"_s,
        {session->product, shortProductName(session->product), problemclass::Operation, Database::nowMs() - kCallWindowMs,
         qBound(1, limit, 10000)},
        fromRow);
    if (!calls)
        return calls;
    return *needs + *calls;
}

// ---------------------------------------------------------------- training records

Result<QList<TrainingHistoryRow>> TrainingService::studentHistory(qint64 studentId) const
{
    return rowsOf<TrainingHistoryRow>(m_db, kHistorySelect + u"WHERE r.student_id = ? AND r.status <> 'cancelled' "
                                                             "ORDER BY s.starts_at DESC, r.id DESC"_s,
                                      {studentId}, historyFromRow);
}

Result<QList<TrainingHistoryRow>> TrainingService::customerHistory(qint64 customerId, int limit) const
{
    return rowsOf<TrainingHistoryRow>(m_db, kHistorySelect + u"WHERE st.customer_id = ? AND r.status <> 'cancelled' "
                                                             "ORDER BY s.starts_at DESC, st.name COLLATE pinyin, r.id DESC LIMIT ?"_s,
                                      {customerId, qBound(1, limit, 100000)}, historyFromRow);
}

} // namespace sd::core
