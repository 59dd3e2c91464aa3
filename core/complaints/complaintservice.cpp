#include "core/complaints/complaintservice.h"

#include "core/alerts/alertstore.h"
#include "core/audit/audit.h"
#include "core/auth/permissions.h"
#include "core/calendar/calendarrepository.h"
#include "core/db/numbers.h"
#include "core/records/customerrepository.h"
#include "core/records/recordstore.h"
#include "core/search/searchtables.h"
#include "core/sla/slaclockservice.h"
#include "core/workflow/titles.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd::core::complaints {

namespace {

QString str(const QVariantMap &m, const QString &key)
{
    return m.value(key).toString().trimmed();
}

qint64 num(const QVariantMap &m, const QString &key)
{
    return m.value(key).toLongLong();
}

QVariant orNull(qint64 v)
{
    return v > 0 ? QVariant(v) : QVariant();
}

QVariant orNull(const QString &v)
{
    return v.trimmed().isEmpty() ? QVariant() : QVariant(v.trimmed());
}

RoleSet operationalRoles()
{
    return {Role::HotlineOperator, Role::ServiceEngineer, Role::Consultant, Role::ProjectManager,
            Role::AccountManager, Role::Trainer, Role::FirstVisitAgent, Role::Sales};
}

} // namespace

QStringList sourceKeys() { return {u"direct"_s, u"hq"_s, u"hotline"_s, u"return_visit"_s}; }

QString sourceTitle(const QString &key)
{
    if (key == u"direct") return QCoreApplication::translate("sd::core::Complaints", "Direct");
    if (key == u"hq") return QCoreApplication::translate("sd::core::Complaints", "Forwarded by HQ");
    if (key == u"hotline") return QCoreApplication::translate("sd::core::Complaints", "Hotline");
    if (key == u"return_visit") return QCoreApplication::translate("sd::core::Complaints", "Return visit");
    return key;
}

QStringList channelKeys() { return {u"phone"_s, u"visit"_s, u"letter"_s, u"email"_s, u"im"_s, u"other"_s}; }

QString channelTitle(const QString &key)
{
    if (key == u"phone") return QCoreApplication::translate("sd::core::Complaints", "Phone");
    if (key == u"visit") return QCoreApplication::translate("sd::core::Complaints", "In person");
    if (key == u"letter") return QCoreApplication::translate("sd::core::Complaints", "Letter");
    if (key == u"email") return QCoreApplication::translate("sd::core::Complaints", "E-mail");
    if (key == u"im") return QCoreApplication::translate("sd::core::Complaints", "QQ / WeChat");
    if (key == u"other") return QCoreApplication::translate("sd::core::Complaints", "Other");
    return key;
}

QStringList problemClassKeys()
{
    return {u"attitude"_s, u"slow_response"_s, u"service_quality"_s, u"unresolved"_s,
            u"charges"_s, u"product_defect"_s, u"other"_s};
}

QString problemClassTitle(const QString &key)
{
    if (key == u"attitude") return QCoreApplication::translate("sd::core::Complaints", "Service attitude");
    if (key == u"slow_response") return QCoreApplication::translate("sd::core::Complaints", "Slow response");
    if (key == u"service_quality") return QCoreApplication::translate("sd::core::Complaints", "Service quality");
    if (key == u"unresolved") return QCoreApplication::translate("sd::core::Complaints", "Problem not solved");
    if (key == u"charges") return QCoreApplication::translate("sd::core::Complaints", "Charges");
    if (key == u"product_defect") return QCoreApplication::translate("sd::core::Complaints", "Product defect");
    if (key == u"other") return QCoreApplication::translate("sd::core::Complaints", "Other");
    return key;
}

QStringList validityKeys() { return {u"valid"_s, u"out_of_scope"_s, u"not_true"_s}; }

QString validityTitle(const QString &key)
{
    if (key == u"valid") return QCoreApplication::translate("sd::core::Complaints", "Valid");
    if (key == u"out_of_scope") return QCoreApplication::translate("sd::core::Complaints", "Outside the service commitment");
    if (key == u"not_true") return QCoreApplication::translate("sd::core::Complaints", "Not true");
    if (key.isEmpty() || key == u"unconfirmed")
        return QCoreApplication::translate("sd::core::Complaints", "Not confirmed yet");
    return key;
}

QStringList measureKeys() { return {u"reservice"_s, u"apology"_s, u"compensation"_s}; }

QString measureTitle(const QString &key)
{
    if (key == u"reservice") return QCoreApplication::translate("sd::core::Complaints", "Re-service");
    if (key == u"apology") return QCoreApplication::translate("sd::core::Complaints", "Apology");
    if (key == u"compensation") return QCoreApplication::translate("sd::core::Complaints", "Compensation");
    return key;
}

QString measuresText(const QString &commaKeys)
{
    QStringList out;
    for (const QString &k : commaKeys.split(u',', Qt::SkipEmptyParts))
        out << measureTitle(k.trimmed());
    return out.join(QCoreApplication::translate("sd::core::Complaints", ", "));
}

QString stateTitle(const QString &s)
{
    static const workflow::TitleList titles("sd::core::Complaints", {
        {QString(state::Accepted), QT_TRANSLATE_NOOP("sd::core::Complaints", "Accepted")},
        {QString(state::Confirmed), QT_TRANSLATE_NOOP("sd::core::Complaints", "Confirmed, with department")},
        {QString(state::Investigated), QT_TRANSLATE_NOOP("sd::core::Complaints", "Cause found")},
        {QString(state::Replied), QT_TRANSLATE_NOOP("sd::core::Complaints", "Replied")},
        {QString(state::ResultReturned), QT_TRANSLATE_NOOP("sd::core::Complaints", "Result returned")},
        {QString(state::Escalated), QT_TRANSLATE_NOOP("sd::core::Complaints", "Escalated to HQ")},
        {QString(state::Resolved), QT_TRANSLATE_NOOP("sd::core::Complaints", "Resolved")},
        {QString(state::Filed), QT_TRANSLATE_NOOP("sd::core::Complaints", "Filed")},
    });
    return titles(s);
}

QString actionTitle(const QString &a)
{
    static const workflow::TitleList titles("sd::core::Complaints", {
        {QString(action::ConfirmValid), QT_TRANSLATE_NOOP("sd::core::Complaints", "Confirm as valid")},
        {QString(action::ConfirmOutOfScope), QT_TRANSLATE_NOOP("sd::core::Complaints", "Outside the service commitment")},
        {QString(action::ConfirmNotTrue), QT_TRANSLATE_NOOP("sd::core::Complaints", "Not true")},
        {QString(action::Investigate), QT_TRANSLATE_NOOP("sd::core::Complaints", "Record cause and responsibility")},
        {QString(action::Reply), QT_TRANSLATE_NOOP("sd::core::Complaints", "Reply to the customer")},
        {QString(action::ReturnResult), QT_TRANSLATE_NOOP("sd::core::Complaints", "Return the result")},
        {QString(action::FollowUpSatisfied), QT_TRANSLATE_NOOP("sd::core::Complaints", "Follow-up: resolved")},
        {QString(action::FollowUpUnresolved), QT_TRANSLATE_NOOP("sd::core::Complaints", "Follow-up: unresolved, escalate")},
        {QString(action::TrackEscalation), QT_TRANSLATE_NOOP("sd::core::Complaints", "Record HQ progress")},
        {QString(action::CloseEscalation), QT_TRANSLATE_NOOP("sd::core::Complaints", "HQ resolved it")},
        {QString(action::FeedbackHq), QT_TRANSLATE_NOOP("sd::core::Complaints", "Feed back to HQ")},
        {QString(action::File), QT_TRANSLATE_NOOP("sd::core::Complaints", "File")},
    });
    return titles(a);
}

QString fieldTitle(const QString &f)
{
    static const workflow::TitleList titles("sd::core::Complaints", {
        {u"detail"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Detail")},
        {u"department_id"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Responsible department")},
        {u"explanation"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Explanation to the complainant")},
        {u"reason"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Reason")},
        {u"cause"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Cause")},
        {u"responsible_person_id"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Responsible person")},
        {u"accountability"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Accountability")},
        {u"measures"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Measures")},
        {u"reply_text"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Reply to the customer")},
        {u"result_text"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Result")},
        {u"verification"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Verification")},
        {u"customer_opinion"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Customer's opinion")},
        {u"escalation_note"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Escalation to HQ service development")},
        {u"hq_dev_reference"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "HQ reference")},
        {u"progress"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Progress")},
        {u"hq_resolution"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "HQ's resolution")},
        {u"hq_feedback"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Feedback to HQ")},
        {u"corrective_measures"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Corrective measures")},
        {u"preventive_measures"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Preventive measures")},
        {u"problem_class"_s, QT_TRANSLATE_NOOP("sd::core::Complaints", "Complaint class")},
    });
    return titles(f);
}

QStringList openStates()
{
    return {state::Accepted, state::Confirmed, state::Investigated, state::Replied,
            state::ResultReturned, state::Escalated, state::Resolved};
}

RoleSet acceptRoles()
{
    return {Role::HotlineOperator, Role::QualitySupervisor, Role::ServiceManager, Role::DepartmentHead,
            Role::AccountManager, Role::FirstVisitAgent, Role::ImplementationManager};
}

RoleSet managerRoles()
{
    return {Role::DepartmentHead, Role::ServiceManager, Role::ImplementationManager};
}

RoleSet reportRoles()
{
    return {Role::QualitySupervisor, Role::DepartmentHead, Role::ServiceManager, Role::ImplementationManager};
}

namespace {

using workflow::ActContext;

const QString kComplaint = QString(sla::Complaint);

bool fromHqRecord(const QVariantMap &complaint) { return complaint.value(u"source"_s).toString() == u"hq"; }
bool fedBack(const QVariantMap &complaint) { return !complaint.value(u"hq_feedback_at"_s).isNull(); }
bool fromHq(const ActContext &ctx) { return fromHqRecord(ctx.before); }

// The clocks of a complaint (SPEC §3.6): the reply within 3 working hours of the
// confirmation, the follow-up within 1 working day of the result, and — for a complaint HQ
// forwarded — the feedback to HQ within 1 working day of its handling.
const workflow::ClockStep kHqFeedback =
    workflow::startClock(kComplaint, QString(sla::HqFeedback)).onlyIf(fromHq).mirroredIn(u"hq_feedback_due_at"_s).required();

// The responsible person may act on the complaint, or a department manager.
std::shared_ptr<const workflow::Guard> responsiblePerson()
{
    static const auto guard = std::make_shared<const workflow::Guard>(workflow::Guard{
        u"responsible_person"_s,
        [](const Session &session, const QVariantMap &complaint) {
            return session.hasAny(managerRoles())
                || complaint.value(u"responsible_person_id"_s).toLongLong() == session.staffId;
        },
        [](const Database &, const QVariantMap &complaint) {
            return QCoreApplication::translate("sd::core::Complaints", "Only the responsible person or a department manager may do “%1”.")
                .arg(actionTitle(complaint.value(u"state"_s).toString() == state::Investigated ? action::Reply
                                                                                               : action::ReturnResult));
        }});
    return guard;
}


// Feeding back to HQ: only a complaint HQ forwarded, and only once.
std::shared_ptr<const workflow::Condition> forwardedByHq()
{
    static const auto c = std::make_shared<const workflow::Condition>(workflow::Condition{
        u"forwarded_by_hq"_s, fromHqRecord, [](const QVariantMap &) {
            return QCoreApplication::translate("sd::core::Complaints", "Only a complaint forwarded by HQ is fed back to HQ.");
        }});
    return c;
}

std::shared_ptr<const workflow::Condition> notFedBackYet()
{
    static const auto c = std::make_shared<const workflow::Condition>(workflow::Condition{
        u"not_fed_back_yet"_s, [](const QVariantMap &complaint) { return !fedBack(complaint); }, [](const QVariantMap &) {
            return QCoreApplication::translate("sd::core::Complaints", "The feedback to HQ was already recorded.");
        }});
    return c;
}

// Filing a complaint HQ forwarded waits for the feedback to HQ.
std::shared_ptr<const workflow::Condition> hqFedBackFirst()
{
    static const auto c = std::make_shared<const workflow::Condition>(workflow::Condition{
        u"hq_fed_back_first"_s, [](const QVariantMap &complaint) { return !fromHqRecord(complaint) || fedBack(complaint); },
        [](const QVariantMap &) {
            return QCoreApplication::translate("sd::core::Complaints", "Feed the result back to HQ before filing a complaint HQ forwarded.");
        }});
    return c;
}

} // namespace

const workflow::TransitionTable &transitionTable()
{
    static const workflow::TransitionTable table = [] {
        const RoleSet quality{Role::QualitySupervisor};
        const RoleSet managers = managerRoles();
        RoleSet responsible = managers;
        responsible.unite(operationalRoles());
        using S = QString;
        using T = workflow::Transition;
        auto confirm = [](T t, const QString &validity, const QString &noteField) {
            return std::move(t)
                .set(u"validity"_s, validity)
                .write(noteField, u"confirmation_note"_s)
                .stamp({u"confirmed_at"_s, u"filed_at"_s})
                .stampBy({u"confirmed_by"_s, u"filed_by"_s})
                .clock({kHqFeedback});
        };
        auto investigate = [](T t) { return std::move(t).write({u"cause"_s, u"accountability"_s}); };
        auto followUp = [](T t, int satisfied) {
            return std::move(t)
                .write({u"verification"_s, u"customer_opinion"_s})
                .set(u"satisfied"_s, satisfied)
                .stamp({u"followed_up_at"_s})
                .stampBy({u"followed_up_by"_s})
                .clock({workflow::stopClock(kComplaint, QString(sla::ComplaintFollowUp))});
        };
        auto feedback = [](T t) {
            return std::move(t)
                .write({u"hq_feedback"_s})
                .stamp({u"hq_feedback_at"_s})
                .clock({workflow::stopClock(kComplaint, QString(sla::HqFeedback))})
                .onlyWhen(forwardedByHq())
                .onlyWhen(notFedBackYet());
        };
        QList<T> t{
            T{S(state::Accepted), S(action::ConfirmValid), S(state::Confirmed), quality, {u"detail"_s, u"department_id"_s}}
                .set(u"validity"_s, u"valid"_s)
                .write(u"detail"_s, u"confirmation_note"_s)
                .stamp({u"confirmed_at"_s})
                .stampBy({u"confirmed_by"_s})
                .clock({workflow::startClock(kComplaint, QString(sla::ComplaintReply)).mirroredIn(u"reply_due_at"_s).required()}),
            confirm(T{S(state::Accepted), S(action::ConfirmOutOfScope), S(state::Filed), quality, {u"explanation"_s}},
                    u"out_of_scope"_s, u"explanation"_s),
            confirm(T{S(state::Accepted), S(action::ConfirmNotTrue), S(state::Filed), quality, {u"reason"_s}},
                    u"not_true"_s, u"reason"_s),
            investigate(T{S(state::Confirmed), S(action::Investigate), S(state::Investigated), managers,
                          {u"cause"_s, u"responsible_person_id"_s, u"accountability"_s}}),
            investigate(T{S(state::Investigated), S(action::Investigate), S(state::Investigated), managers,
                          {u"cause"_s, u"responsible_person_id"_s, u"accountability"_s}}),
            T{S(state::Investigated), S(action::Reply), S(state::Replied), responsible, {u"measures"_s, u"reply_text"_s}}
                .write({u"reply_text"_s})
                .stamp({u"replied_at"_s})
                .stampBy({u"replied_by"_s})
                .clock({workflow::stopClock(kComplaint, QString(sla::ComplaintReply))})
                .guardedBy(responsiblePerson()),
            T{S(state::Replied), S(action::ReturnResult), S(state::ResultReturned), responsible, {u"result_text"_s}}
                .write({u"result_text"_s})
                .stamp({u"result_at"_s})
                .clock({workflow::startClock(kComplaint, QString(sla::ComplaintFollowUp)).mirroredIn(u"follow_up_due_at"_s).required(),
                        kHqFeedback})
                .guardedBy(responsiblePerson()),
            followUp(T{S(state::ResultReturned), S(action::FollowUpSatisfied), S(state::Resolved), quality,
                       {u"verification"_s, u"customer_opinion"_s}},
                     1),
            followUp(T{S(state::ResultReturned), S(action::FollowUpUnresolved), S(state::Escalated), quality,
                       {u"verification"_s, u"customer_opinion"_s, u"escalation_note"_s}},
                     0)
                .write({u"escalation_note"_s})
                .stamp({u"escalated_at"_s}),
            T{S(state::Escalated), S(action::TrackEscalation), S(state::Escalated), quality, {u"progress"_s}},
            T{S(state::Escalated), S(action::CloseEscalation), S(state::Resolved), quality, {u"hq_resolution"_s}}
                .write({u"hq_resolution"_s})
                .stamp({u"hq_resolved_at"_s}),
            feedback(T{S(state::ResultReturned), S(action::FeedbackHq), S(state::ResultReturned), quality, {u"hq_feedback"_s}}),
            feedback(T{S(state::Escalated), S(action::FeedbackHq), S(state::Escalated), quality, {u"hq_feedback"_s}}),
            feedback(T{S(state::Resolved), S(action::FeedbackHq), S(state::Resolved), quality, {u"hq_feedback"_s}}),
            feedback(T{S(state::Filed), S(action::FeedbackHq), S(state::Filed), quality, {u"hq_feedback"_s}}),
            T{S(state::Resolved), S(action::File), S(state::Filed), quality, {u"corrective_measures"_s, u"preventive_measures"_s}}
                .write({u"corrective_measures"_s, u"preventive_measures"_s})
                .stamp({u"filed_at"_s})
                .stampBy({u"filed_by"_s})
                .onlyWhen(hqFedBackFirst()),
        };
        return workflow::TransitionTable(QString(Table), t,
                                         {[](const QString &s) { return stateTitle(s); },
                                          [](const QString &a) { return actionTitle(a); },
                                          [](const QString &f) { return fieldTitle(f); }});
    }();
    return table;
}

// ---------------------------------------------------------------------------------------------

int nextMonth(int month)
{
    const int y = month / 100, m = month % 100;
    return m == 12 ? (y + 1) * 100 + 1 : y * 100 + m + 1;
}

int previousMonth(int month)
{
    const int y = month / 100, m = month % 100;
    return m == 1 ? (y - 1) * 100 + 12 : y * 100 + m - 1;
}

qint64 monthStartMs(const BusinessCalendar &calendar, int month)
{
    const QDate d(month / 100, month % 100, 1);
    return QDateTime(d, QTime(0, 0), calendar.timeZone()).toMSecsSinceEpoch();
}

ComplaintService::ComplaintService(Database db, BusinessCalendar calendar)
    : m_db(std::move(db)), m_calendar(std::move(calendar))
{
}

QString complaintSearchText(const QString &complaintNo, const ComplaintIntake &in, const QString &customerName)
{
    QStringList parts{complaintNo, in.complainant, in.complainantPhone, customerName, in.hqReference,
                      in.description, in.customerRequest};
    parts.removeAll(QString());
    return parts.join(u' ').simplified();
}

Result<ComplaintService> ComplaintService::open(const Database &db)
{
    auto cal = CalendarRepository(db).load();
    if (!cal)
        return std::unexpected(cal.error());
    return ComplaintService(db, *cal);
}

int ComplaintService::monthOf(qint64 ms) const
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms, m_calendar.timeZone()).date();
    return d.year() * 100 + d.month();
}

Result<qint64> ComplaintService::accept(const Session &who, const ComplaintIntake &in) const
{
    if (auto ok = requireRoles(m_db, who, acceptRoles(), QCoreApplication::translate("sd::core::Complaints", "Accept a complaint"), QString(Table));
        !ok)
        return std::unexpected(ok.error());
    if (in.customerId <= 0)
        return failInvalid(u"customer_id"_s, QCoreApplication::translate("sd::core::Complaints",
                                                                          "Choose who is complaining first (type a name, phone or service code, then Enter)."));
    if (!sourceKeys().contains(in.source))
        return failInvalid(u"source"_s, QCoreApplication::translate("sd::core::Complaints", "Unknown complaint source “%1”.").arg(in.source));
    if (in.source == u"hq" && in.hqReference.trimmed().isEmpty())
        return failInvalid(u"hq_reference"_s, QCoreApplication::translate("sd::core::Complaints", "A complaint forwarded by HQ needs HQ's reference."));
    if (in.sourceRecordId > 0 && in.sourceRecordType.trimmed().isEmpty())
        return failInvalid(u"source_record_type"_s,
                           QCoreApplication::translate("sd::core::Complaints", "A source record needs its record type."));
    if (!in.channel.isEmpty() && !channelKeys().contains(in.channel))
        return failInvalid(u"channel"_s, QCoreApplication::translate("sd::core::Complaints", "Unknown channel “%1”.").arg(in.channel));
    const QString cls = in.problemClass.isEmpty() ? u"other"_s : in.problemClass;
    if (!problemClassKeys().contains(cls))
        return failInvalid(u"problem_class"_s, QCoreApplication::translate("sd::core::Complaints", "Unknown complaint class “%1”.").arg(cls));
    if (in.complainant.trimmed().isEmpty())
        return failInvalid(u"complainant"_s, QCoreApplication::translate("sd::core::Complaints", "Who complained must be filled in."));
    if (in.description.trimmed().isEmpty())
        return failInvalid(u"description"_s, QCoreApplication::translate("sd::core::Complaints", "What happened must be filled in."));

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto cust = m_db.exec(u"SELECT key_customer, name FROM customers WHERE id = ?"_s, {in.customerId});
    if (!cust)
        return std::unexpected(cust.error());
    if (!cust->next())
        return failInvalid(u"customer_id"_s, QCoreApplication::translate("sd::core::Complaints", "The customer does not exist."));
    const QVariant key = cust->value(0);
    const QString customerName = cust->value(1).toString();
    cust->finish();
    const qint64 received = in.receivedAtMs > 0 ? in.receivedAtMs : Database::nowMs();
    const int month = monthOf(received);
    const QString prefix = u"TS%1-"_s.arg(month);
    auto seq = numbers::next(m_db, u"complaint:"_s + prefix,
                             [&] { return numbers::highestWithPrefix(m_db, u"complaints"_s, u"complaint_no"_s, prefix); });
    if (!seq)
        return std::unexpected(seq.error());
    const QString no = prefix + u"%1"_s.arg(*seq, 4, 10, QChar(u'0'));

    QVariantMap v{
        {u"complaint_no"_s, no},
        {u"state"_s, QString(state::Accepted)},
        {u"source"_s, in.source},
        {u"channel"_s, orNull(in.channel)},
        {u"source_record_type"_s, orNull(in.sourceRecordType)},
        {u"source_record_id"_s, orNull(in.sourceRecordId)},
        {u"hq_reference"_s, orNull(in.hqReference)},
        {u"hq_deadline"_s, orNull(in.hqDeadlineMs)},
        {u"customer_id"_s, in.customerId},
        {u"key_customer"_s, key.toInt() != 0 ? 1 : 0},
        {u"complainant"_s, in.complainant.trimmed()},
        {u"complainant_phone"_s, orNull(in.complainantPhone)},
        {u"received_at"_s, received},
        {u"received_month"_s, month},
        {u"received_by"_s, orNull(who.staffId)},
        {u"problem_class"_s, cls},
        {u"description"_s, in.description.trimmed()},
        {u"customer_request"_s, orNull(in.customerRequest)},
        {u"search_text"_s, complaintSearchText(no, in, customerName)},
    };
    auto id = RecordStore(m_db).insert(who, QString(Table), v, u"accept"_s);
    if (!id)
        return std::unexpected(id.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return *id;
}

Result<QVariantMap> ComplaintService::load(qint64 id) const
{
    return RecordStore(m_db).load(QString(Table), id);
}

Result<QList<qint64>> ComplaintService::generalManagers() const
{
    QList<qint64> out;
    auto setting = m_db.scalar(u"SELECT value FROM settings WHERE key = 'complaints.general_managers'"_s);
    if (!setting)
        return std::unexpected(setting.error());
    const QStringList logins = setting->toString().split(u',', Qt::SkipEmptyParts);
    if (!logins.isEmpty()) {
        for (const QString &login : logins) {
            auto id = m_db.scalar(u"SELECT id FROM staff WHERE login = ? AND active = 1"_s, {login.trimmed()});
            if (!id)
                return std::unexpected(id.error());
            if (id->isValid() && !out.contains(id->toLongLong()))
                out << id->toLongLong();
        }
        return out;
    }
    auto q = m_db.exec(u"SELECT s.id FROM staff s JOIN departments d ON d.id = s.department_id "
                       "JOIN staff_roles r ON r.staff_id = s.id AND r.role = ? "
                       "WHERE s.active = 1 AND (d.name LIKE ? OR d.name_en LIKE ? OR d.name_en LIKE ?) ORDER BY s.id"_s,
                       {roleKey(Role::DepartmentHead), u"%总经理%"_s, u"General Manager%"_s, u"Management%"_s});
    if (!q)
        return std::unexpected(q.error());
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Result<QString> ComplaintService::contractScope(qint64 customerId, const QDate &day) const
{
    auto customer = CustomerRepository(m_db).get(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    QStringList lines;
    const QLocale locale;
    for (const Contract &c : customer->contracts) {
        const bool valid = c.isValidOn(day);
        const QDate warrantyEnd = c.warrantyLastDay();
        QStringList parts;
        parts << QCoreApplication::translate("sd::core::Complaints", "%1 contract %2, %3 – %4")
                     .arg(c.type, c.contractNo.isEmpty() ? u"—"_s : c.contractNo,
                          c.startsOn.toString(Qt::ISODate), c.endsOn.toString(Qt::ISODate));
        parts << (valid ? QCoreApplication::translate("sd::core::Complaints", "in force") : QCoreApplication::translate("sd::core::Complaints", "not in force on %1").arg(day.toString(Qt::ISODate)));
        parts << (c.inWarrantyOn(day) ? QCoreApplication::translate("sd::core::Complaints", "free maintenance until %1").arg(warrantyEnd.toString(Qt::ISODate))
                  : warrantyEnd.isValid() ? QCoreApplication::translate("sd::core::Complaints", "warranty ended %1: paid service").arg(warrantyEnd.toString(Qt::ISODate))
                                          : QCoreApplication::translate("sd::core::Complaints", "no free maintenance: paid service"));
        parts << (c.onsiteIncluded ? QCoreApplication::translate("sd::core::Complaints", "on-site visits included") : QCoreApplication::translate("sd::core::Complaints", "on-site visits billable"));
        if (c.freeUpgrade)
            parts << QCoreApplication::translate("sd::core::Complaints", "free upgrades");
        lines << parts.join(u"; "_s);
    }
    if (lines.isEmpty())
        return QCoreApplication::translate("sd::core::Complaints", "No service contract: only what the sale promised is covered.");
    return lines.join(u'\n');
}

namespace {

QStringList measuresGiven(const ActContext &ctx)
{
    const QVariant v = ctx.fields.value(u"measures"_s);
    return v.typeId() == QMetaType::QStringList ? v.toStringList() : v.toString().split(u',', Qt::SkipEmptyParts);
}

// The handlers: what the transition table's rows cannot say.
Status confirmValidCheck(ActContext &ctx)
{
    auto d = ctx.db.scalar(u"SELECT head_id FROM departments WHERE id = ?"_s, {ctx.fields.value(u"department_id"_s)});
    if (!d)
        return std::unexpected(d.error());
    if (!d->isValid())
        return failInvalid(u"department_id"_s, QCoreApplication::translate("sd::core::Complaints", "The responsible department does not exist."));
    const QString cls = str(ctx.fields, u"problem_class"_s);
    if (!cls.isEmpty() && !problemClassKeys().contains(cls))
        return failInvalid(u"problem_class"_s, QCoreApplication::translate("sd::core::Complaints", "Unknown complaint class “%1”.").arg(cls));
    return {};
}

Status confirmValidApply(ActContext &ctx)
{
    // The customer's key flag as of now (it may have changed since acceptance): it chooses
    // the reply clock's policy.
    auto key = ctx.db.scalar(u"SELECT key_customer FROM customers WHERE id = ?"_s, {ctx.before.value(u"customer_id"_s)});
    if (!key)
        return std::unexpected(key.error());
    ctx.changes.insert(u"key_customer"_s, key->toInt() != 0 ? 1 : 0);
    ctx.changes.insert(u"department_id"_s, num(ctx.fields, u"department_id"_s));
    if (!str(ctx.fields, u"problem_class"_s).isEmpty())
        ctx.changes.insert(u"problem_class"_s, str(ctx.fields, u"problem_class"_s));
    return {};
}

// A valid complaint from a key customer: the general manager(s) are alerted at once, each in
// their own language (an alert keeps its kind and arguments).
Status confirmValidAfter(ActContext &ctx)
{
    if (ctx.changes.value(u"key_customer"_s).toInt() == 0)
        return {};
    auto gms = ComplaintService(ctx.db, *ctx.calendar).generalManagers();
    if (!gms)
        return std::unexpected(gms.error());
    auto name = ctx.db.scalar(u"SELECT name FROM customers WHERE id = ?"_s, {ctx.before.value(u"customer_id"_s)});
    if (!name)
        return std::unexpected(name.error());
    const QStringList args = {ctx.before.value(u"complaint_no"_s).toString(), name->toString(),
                              ctx.before.value(u"description"_s).toString().left(120)};
    AlertStore alerts(ctx.db);
    for (qint64 gm : *gms)
        if (auto a = alerts.raise(ctx.session, gm, QString(alertkind::ComplaintKeyCustomer), QString(Table),
                                  ctx.before.value(u"id"_s).toLongLong(), args);
            !a)
            return std::unexpected(a.error());
    return {};
}

Status investigateCheck(ActContext &ctx)
{
    auto p = ctx.db.scalar(u"SELECT active FROM staff WHERE id = ?"_s, {ctx.fields.value(u"responsible_person_id"_s)});
    if (!p)
        return std::unexpected(p.error());
    if (!p->isValid() || p->toInt() == 0)
        return failInvalid(u"responsible_person_id"_s, QCoreApplication::translate("sd::core::Complaints", "The responsible person must be an active member of staff."));
    return {};
}

Status investigateApply(ActContext &ctx)
{
    ctx.changes.insert(u"responsible_person_id"_s, num(ctx.fields, u"responsible_person_id"_s));
    return {};
}

Status replyCheck(ActContext &ctx)
{
    for (const QString &k : measuresGiven(ctx))
        if (!measureKeys().contains(k.trimmed()))
            return failInvalid(u"measures"_s, QCoreApplication::translate("sd::core::Complaints", "Unknown measure “%1”.").arg(k));
    return {};
}

Status replyApply(ActContext &ctx)
{
    const QStringList given = measuresGiven(ctx);
    QStringList clean;
    for (const QString &k : measureKeys())
        for (const QString &g : given)
            if (g.trimmed() == k && !clean.contains(k))
                clean << k;
    ctx.changes.insert(u"measures"_s, clean.join(u','));
    return {};
}

Status unresolvedApply(ActContext &ctx)
{
    ctx.changes.insert(u"hq_dev_reference"_s, orNull(str(ctx.fields, u"hq_dev_reference"_s)));
    return {};
}

Status trackApply(ActContext &ctx)
{
    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(ctx.nowMs, ctx.calendar->timeZone()).toString(u"yyyy-MM-dd HH:mm"_s);
    QString note = ctx.before.value(u"escalation_note"_s).toString();
    note += u"\n[%1] %2"_s.arg(stamp, str(ctx.fields, u"progress"_s));
    ctx.changes.insert(u"escalation_note"_s, note.trimmed());
    if (!str(ctx.fields, u"hq_dev_reference"_s).isEmpty())
        ctx.changes.insert(u"hq_dev_reference"_s, str(ctx.fields, u"hq_dev_reference"_s));
    return {};
}

// A complaint's clocks: the policy from the key-customer flag; the reply belongs to the head
// of the responsible department, the follow-up to the supervisor who confirmed it, the HQ
// feedback to whoever acts.
Result<workflow::ClockSubject> complaintClockSubject(const ActContext &ctx, const workflow::ClockStep &step)
{
    workflow::ClockSubject subject;
    subject.info.keyCustomer = ctx.changes.value(u"key_customer"_s, ctx.before.value(u"key_customer"_s)).toInt() != 0;
    subject.title = ctx.before.value(u"complaint_no"_s).toString();
    subject.assigneeId = ctx.session.staffId;
    if (step.target == sla::ComplaintReply) {
        auto head = ctx.db.scalar(u"SELECT head_id FROM departments WHERE id = ?"_s,
                                  {ctx.changes.value(u"department_id"_s, ctx.before.value(u"department_id"_s))});
        if (!head)
            return std::unexpected(head.error());
        subject.assigneeId = head->isNull() ? 0 : head->toLongLong();
    } else if (step.target == sla::ComplaintFollowUp) {
        subject.assigneeId = ctx.before.value(u"confirmed_by"_s).toLongLong();
    }
    return subject;
}

const workflow::Definition &complaintWorkflow()
{
    static const workflow::Definition definition{
        transitionTable(),
        {
            {QString(action::ConfirmValid), {confirmValidCheck, confirmValidApply, confirmValidAfter}},
            {QString(action::Investigate), {investigateCheck, investigateApply, {}}},
            {QString(action::Reply), {replyCheck, replyApply, {}}},
            {QString(action::FollowUpUnresolved), {{}, unresolvedApply, {}}},
            {QString(action::TrackEscalation), {{}, trackApply, {}}},
        },
        {},
        complaintClockSubject,
    };
    return definition;
}

} // namespace

Result<QVariantMap> ComplaintService::act(const Session &who, qint64 id, int expectedVersion,
                                          const QString &actionKey, const QVariantMap &fields) const
{
    return workflow::act(m_db, who, complaintWorkflow(), {id, expectedVersion, actionKey, fields}, &m_calendar);
}

namespace {
struct Where {
    QStringList clauses;
    QVariantList binds;
};

Result<Where> whereOf(const ComplaintFilter &f, const Database &db)
{
    Where w;
    auto text = search::condition(db, search::tables::complaints(), f.text);
    if (!text)
        return std::unexpected(text.error());
    if (!text->isEmpty()) {
        w.clauses << text->sql;
        w.binds << text->binds;
    }
    if (!f.states.isEmpty()) {
        QStringList marks;
        for (const QString &s : f.states) {
            marks << u"?"_s;
            w.binds << s;
        }
        w.clauses << u"c.state IN (%1)"_s.arg(marks.join(u','));
    }
    if (f.openOnly) {
        QStringList marks;
        for (const QString &s : openStates()) {
            marks << u"?"_s;
            w.binds << s;
        }
        w.clauses << u"c.state IN (%1)"_s.arg(marks.join(u','));
    }
    if (!f.source.isEmpty()) {
        w.clauses << u"c.source = ?"_s;
        w.binds << f.source;
    }
    if (f.validity == u"unconfirmed") {
        w.clauses << u"c.validity IS NULL"_s;
    } else if (!f.validity.isEmpty()) {
        w.clauses << u"c.validity = ?"_s;
        w.binds << f.validity;
    }
    if (f.departmentId > 0) {
        w.clauses << u"c.department_id = ?"_s;
        w.binds << f.departmentId;
    }
    if (f.customerId > 0) {
        w.clauses << u"c.customer_id = ?"_s;
        w.binds << f.customerId;
    }
    if (f.keyCustomerOnly)
        w.clauses << u"c.key_customer = 1"_s;
    if (f.receivedFrom > 0) {
        w.clauses << u"c.received_at >= ?"_s;
        w.binds << f.receivedFrom;
    }
    if (f.receivedTo > 0) {
        w.clauses << u"c.received_at < ?"_s;
        w.binds << f.receivedTo;
    }
    return w;
}
} // namespace

Result<QList<ComplaintRow>> ComplaintService::list(const ComplaintFilter &f) const
{
    const auto where = whereOf(f, m_db);
    if (!where)
        return std::unexpected(where.error());
    const Where &w = *where;
    QVariantList binds = w.binds;
    binds << f.limit << f.offset;
    auto q = m_db.exec(
        u"SELECT c.id, c.version, c.complaint_no, c.state, c.source, c.validity, c.problem_class, c.customer_id, "
        "cu.name, c.key_customer, c.complainant, c.description, d.name, p.display_name, c.received_at, "
        "c.reply_due_at, c.replied_at, c.follow_up_due_at, c.followed_up_at, c.hq_reference "
        "FROM complaints c JOIN customers cu ON cu.id = c.customer_id "
        "LEFT JOIN departments d ON d.id = c.department_id LEFT JOIN staff p ON p.id = c.responsible_person_id "
        "%1 ORDER BY c.received_at DESC, c.id DESC LIMIT ? OFFSET ?"_s
            .arg(w.clauses.isEmpty() ? QString() : u"WHERE "_s + w.clauses.join(u" AND "_s)),
        binds);
    if (!q)
        return std::unexpected(q.error());
    QList<ComplaintRow> out;
    while (q->next()) {
        ComplaintRow r;
        r.id = q->value(0).toLongLong();
        r.version = q->value(1).toInt();
        r.complaintNo = q->value(2).toString();
        r.state = q->value(3).toString();
        r.source = q->value(4).toString();
        r.validity = q->value(5).toString();
        r.problemClass = q->value(6).toString();
        r.customerId = q->value(7).toLongLong();
        r.customerName = q->value(8).toString();
        r.keyCustomer = q->value(9).toInt() != 0;
        r.complainant = q->value(10).toString();
        r.description = q->value(11).toString();
        r.departmentName = q->value(12).toString();
        r.responsibleName = q->value(13).toString();
        r.receivedAt = q->value(14).toLongLong();
        r.replyDueAt = q->value(15).toLongLong();
        r.repliedAt = q->value(16).toLongLong();
        r.followUpDueAt = q->value(17).toLongLong();
        r.followedUpAt = q->value(18).toLongLong();
        r.hqReference = q->value(19).toString();
        out.append(r);
    }
    return out;
}

Result<int> ComplaintService::count(const ComplaintFilter &f) const
{
    const auto where = whereOf(f, m_db);
    if (!where)
        return std::unexpected(where.error());
    const Where &w = *where;
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM complaints c JOIN customers cu ON cu.id = c.customer_id %1"_s.arg(
                             w.clauses.isEmpty() ? QString() : u"WHERE "_s + w.clauses.join(u" AND "_s)),
                         w.binds);
    if (!v)
        return std::unexpected(v.error());
    return v->toInt();
}

Result<QHash<qint64, ComplaintDeadline>> ComplaintService::deadlines(const QList<qint64> &ids, qint64 nowMs) const
{
    QHash<qint64, ComplaintDeadline> out;
    const int soon = dueSoonMinutes(m_db);
    for (qsizetype i = 0; i < ids.size(); i += 200) {
        const QList<qint64> chunk = ids.mid(i, 200);
        QStringList marks;
        QVariantList binds{QString(sla::Complaint)};
        for (qint64 id : chunk) {
            marks << u"?"_s;
            binds << id;
        }
        auto q = m_db.exec(u"SELECT record_id, target, measure, minutes, warn_percent, started_at, due_at, warn_at, "
                           "paused_at, remaining_minutes, state FROM sla_clocks WHERE record_type = ? "
                           "AND record_id IN (%1) AND state IN ('running','paused') ORDER BY record_id, id"_s
                               .arg(marks.join(u',')),
                           binds);
        if (!q)
            return std::unexpected(q.error());
        // Priority: reply, then follow-up, then HQ feedback.
        auto rank = [](const QString &t) {
            return t == sla::ComplaintReply ? 0 : t == sla::ComplaintFollowUp ? 1 : 2;
        };
        while (q->next()) {
            SlaClock c;
            c.recordId = q->value(0).toLongLong();
            c.target = q->value(1).toString();
            c.measure = slaMeasureFromKey(q->value(2).toString()).value_or(SlaMeasure::Working);
            c.minutes = q->value(3).toInt();
            c.warnPercent = q->value(4).toInt();
            c.startedAt = q->value(5).toLongLong();
            c.dueAt = q->value(6).toLongLong();
            c.warnAt = q->value(7).toLongLong();
            c.pausedAt = q->value(8).toLongLong();
            if (!q->value(9).isNull())
                c.remainingMinutes = q->value(9).toLongLong();
            c.state = q->value(10).toString() == u"paused" ? SlaClock::Stored::Paused : SlaClock::Stored::Running;
            auto it = out.find(c.recordId);
            if (it != out.end() && rank(it->target) <= rank(c.target))
                continue;
            const SlaStatus st = SlaClockService::status(c, nowMs, m_calendar);
            out.insert(c.recordId, {c.target, c.dueAt, st.remainingMs, slaStateKey(st.state), st.remainingMinutes,
                                    c.measure, dueLevel(c, st, soon)});
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------

qint64 ComplaintReportReminder::dueAt(int month) const
{
    const qint64 start = monthStartMs(m_calendar, nextMonth(month));
    return m_calendar.addWorkingMinutes(start, 3LL * m_calendar.minutesPerWorkingDay());
}

Result<int> ComplaintReportReminder::ensure(qint64 nowMs) const
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, m_calendar.timeZone()).date();
    const int month = previousMonth(today.year() * 100 + today.month());
    SlaClockService clocks(m_db, m_calendar);
    auto existing = clocks.find(QString(sla::ComplaintReport), month, QString(sla::MonthlyReport));
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return month;
    auto issued = issuedAt(month);
    if (!issued)
        return std::unexpected(issued.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto q = m_db.exec(u"SELECT s.id FROM staff s JOIN staff_roles r ON r.staff_id = s.id AND r.role = ? "
                       "WHERE s.active = 1 ORDER BY s.id"_s,
                       {roleKey(Role::QualitySupervisor)});
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> supervisors, administrators;
    while (q->next())
        supervisors << q->value(0).toLongLong();
    // An administrator who holds every role is not the center's quality supervisor.
    for (qint64 id : supervisors) {
        auto admin = m_db.scalar(u"SELECT COUNT(*) FROM staff_roles WHERE staff_id = ? AND role = ?"_s,
                                 {id, roleKey(Role::Administrator)});
        if (!admin)
            return std::unexpected(admin.error());
        if (admin->toInt() > 0)
            administrators << id;
    }
    if (administrators.size() < supervisors.size())
        for (qint64 id : administrators)
            supervisors.removeAll(id);
    const QString label = u"%1-%2"_s.arg(month / 100).arg(month % 100, 2, 10, QChar(u'0'));
    auto clock = clocks.start(QString(sla::ComplaintReport), month, QString(sla::MonthlyReport), {},
                              supervisors.value(0), monthStartMs(m_calendar, nextMonth(month)),
                              QCoreApplication::translate("sd::core::Complaints", "Monthly complaint report %1").arg(label));
    if (!clock)
        return std::unexpected(clock.error());
    if (*issued > 0) {
        if (auto s = clocks.stop(clock->id, *issued); !s)
            return std::unexpected(s.error());
    } else {
        const QString due = QDateTime::fromMSecsSinceEpoch(clock->dueAt, m_calendar.timeZone()).toString(u"yyyy-MM-dd HH:mm"_s);
        AlertStore alerts(m_db);
        const Session system;
        for (qint64 s : supervisors)
            if (auto a = alerts.raise(system, s, QString(alertkind::ComplaintReportDue), QString(sla::ComplaintReport),
                                      month, {label, due});
                !a)
                return std::unexpected(a.error());
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return month;
}

Status ComplaintReportReminder::monthOver(int month, qint64 nowMs) const
{
    const qint64 end = monthStartMs(m_calendar, nextMonth(month));
    if (nowMs >= end)
        return {};
    const QString label = u"%1-%2"_s.arg(month / 100).arg(month % 100, 2, 10, QChar(u'0'));
    return fail(ErrorCode::NotAllowedInState,
                QCoreApplication::translate("sd::core::Complaints",
                                            "The report of %1 counts the whole month: it can be issued only after "
                                            "the month has ended, from %2.")
                    .arg(label, QDateTime::fromMSecsSinceEpoch(end, m_calendar.timeZone()).toString(u"yyyy-MM-dd HH:mm"_s)));
}

} // namespace sd::core::complaints
