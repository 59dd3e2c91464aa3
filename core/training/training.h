#pragma once

// The training roster (SPEC §3.5, issue 13): courses, sessions planned from them, students
// registering (with a waiting list), attendance per day, exams with re-sits, and the demand
// that asks for training (first-visit needs, hotline calls classed as operation problems).
#include "core/workflow/workflow.h"

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd::core {

/// The session workflow's states and actions, as stored in training_sessions.state and in the
/// audit trail ("transition:<action>").
namespace training {
inline constexpr QLatin1String Planned{"planned"};     ///< planned by a teacher, not yet open
inline constexpr QLatin1String Open{"open"};           ///< open for registration, seats left
inline constexpr QLatin1String Full{"full"};           ///< every seat taken; new students wait
inline constexpr QLatin1String Held{"held"};           ///< the training took place (attendance)
inline constexpr QLatin1String Scored{"scored"};       ///< exam scores recorded (re-sits still possible)
inline constexpr QLatin1String Closed{"closed"};
inline constexpr QLatin1String Cancelled{"cancelled"}; ///< registrants notified

// Actions.
inline constexpr QLatin1String OpenRegistration{"open_registration"};
inline constexpr QLatin1String UpdatePlan{"update_plan"};
inline constexpr QLatin1String Register{"register"};
inline constexpr QLatin1String CancelRegistration{"cancel_registration"};
inline constexpr QLatin1String MarkFull{"mark_full"};   ///< taken by the roster when the last seat goes
inline constexpr QLatin1String Reopen{"reopen"};        ///< taken by the roster when a seat frees up
inline constexpr QLatin1String Start{"start"};
inline constexpr QLatin1String RecordAttendance{"record_attendance"};
inline constexpr QLatin1String RecordScore{"record_score"};
inline constexpr QLatin1String FinishScoring{"finish_scoring"};
inline constexpr QLatin1String Close{"close"};
inline constexpr QLatin1String Cancel{"cancel"};

// Registration statuses; a seat is "registered" or "promoted" (from the waiting list).
inline constexpr QLatin1String Registered{"registered"};
inline constexpr QLatin1String Waiting{"waiting"};
inline constexpr QLatin1String RegistrationCancelled{"cancelled"};
inline constexpr QLatin1String Promoted{"promoted"};

/// The transition table: who may do what in which state, and what each action records.
const workflow::TransitionTable &table();
/// The table with its handlers (registration, waiting list, attendance, scores, notices).
const workflow::Definition &sessionWorkflow();
/// Every state, in the order of a session's life.
QStringList allStates();
/// The states in which students register (open, full).
QStringList registrationStates();

/// Who plans sessions, opens, updates and cancels them, and sets up courses: the teachers.
RoleSet plannerRoles();
/// Who registers students and cancels registrations: teachers, the hotline desk (a caller's
/// operation problem), first-visit agents (a new customer's training need) and account managers.
RoleSet registrarRoles();
/// The rows' guard for holding the session, attendance, scores and closing: the session's teacher.
std::shared_ptr<const workflow::Guard> sessionTeacher();
/// The rows' conditions the roster follows on its own: every seat taken / a seat free.
std::shared_ptr<const workflow::Condition> everySeatTaken();
std::shared_ptr<const workflow::Condition> seatFree();

QString stateTitle(const QString &state);        ///< translated
QString actionTitle(const QString &action);      ///< translated
QString fieldTitle(const QString &field);        ///< translated
QStringList courseKinds();                       ///< operation, upgrade, business
QString courseKindTitle(const QString &kind);    ///< translated
QString registrationStatusTitle(const QString &status); ///< translated
QStringList sources();                           ///< direct, need, call
} // namespace training

/// A course a teacher set up.
struct TrainingCourse {
    qint64 id = 0;
    int version = 0;
    QString title;
    QString kind;            ///< operation, upgrade, business
    QString product;         ///< as products.name and hotline_calls.product, e.g. "用友U8+"
    QString modules;
    QString outline;
    int durationHours = 0;
    int passMark = 60;       ///< 0–100
    bool retired = false;
};

/// What planning a session (or changing its plan) says.
struct SessionPlan {
    qint64 courseId = 0;
    qint64 teacherId = 0;
    qint64 startsAt = 0;     ///< ms
    qint64 endsAt = 0;       ///< ms; a session of several days runs the same hours each day
    QString room;
    QString onlineLink;
    int capacity = 0;
    bool confirmOffHours = false;   ///< planned on a holiday or outside working hours on purpose
    QString notes;
};

/// One session with its course and teacher.
struct TrainingSession {
    qint64 id = 0;
    int version = 0;
    QString sessionNo;
    QString state;
    qint64 courseId = 0;
    QString courseTitle;
    QString courseKind;
    QString product;
    int passMark = 60;
    qint64 teacherId = 0;
    QString teacherName;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    QString room;
    QString onlineLink;
    int capacity = 0;
    int registered = 0;
    int waiting = 0;
    bool offHoursConfirmed = false;
    QString notes;
    QString cancelReason;
};

/// A student on a session's list.
struct TrainingRegistration {
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 studentId = 0;
    QString studentName;
    QString phone;
    qint64 customerId = 0;
    QString customerName;
    qint64 contactId = 0;
    QString status;          ///< registered, waiting, cancelled, promoted
    int waitingPosition = 0; ///< 1 = next to move up (the rank on the waiting list now); 0 when not waiting
    QString source;          ///< direct, need, call
    qint64 needId = 0;
    qint64 callId = 0;
    int daysPresent = 0;
    int attempts = 0;
    int lastScore = -1;      ///< -1: no score yet
    bool passed = false;     ///< some attempt passed
};

/// A reason to train someone, offered for a session of a matching product.
struct TrainingCandidate {
    QString source;          ///< need or call
    qint64 id = 0;           ///< first_visit_needs.id or hotline_calls.id
    qint64 customerId = 0;
    QString customerName;
    qint64 contactId = 0;
    QString contactName;
    QString phone;
    QString text;            ///< the need's description, the call's description
    qint64 at = 0;           ///< recorded / opened
};

/// One line of a student's or a customer's training record.
struct TrainingHistoryRow {
    qint64 registrationId = 0;
    qint64 studentId = 0;
    QString studentName;
    qint64 sessionId = 0;
    QString sessionNo;
    QString sessionState;
    QString courseTitle;
    QString courseKind;
    QString product;
    qint64 startsAt = 0;
    QString status;
    int daysPresent = 0;
    int attempts = 0;
    int bestScore = -1;      ///< -1: not examined
    bool passed = false;
};

/// A notice to a registrant (session cancelled, seat from the waiting list).
struct TrainingNotice {
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 registrationId = 0;
    QString studentName;
    QString kind;
    QString message;
    qint64 createdAt = 0;
};

} // namespace sd::core
