#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd::core {

/// States, actions and vocabularies of a hotline call (SPEC §3.3).
namespace hotline {
// states
inline const QString Open = QStringLiteral("open");                       ///< on the phone
inline const QString OnHold = QStringLiteral("on_hold");                  ///< consulting, call back due
inline const QString Remote = QStringLiteral("remote");                   ///< remote support (60-minute cap)
inline const QString OnsiteRequested = QStringLiteral("onsite_requested"); ///< for the Dispatch board
inline const QString Requirement = QStringLiteral("requirement");         ///< account manager's queue
inline const QString RequirementDecided = QStringLiteral("requirement_decided");
inline const QString HqSubmitted = QStringLiteral("hq_submitted");        ///< with vendor HQ
inline const QString HqAnswered = QStringLiteral("hq_answered");          ///< patch/answer back: call the customer
inline const QString ComplaintOpened = QStringLiteral("complaint_opened"); ///< handed to the complaint register
inline const QString Solved = QStringLiteral("solved");
inline const QString Closed = QStringLiteral("closed");

// actions
inline const QString Solve = QStringLiteral("solve");
inline const QString Hold = QStringLiteral("hold");
inline const QString CallBack = QStringLiteral("call_back");
inline const QString ToRemote = QStringLiteral("to_remote");
inline const QString RequestOnsite = QStringLiteral("request_onsite");
inline const QString RouteRequirement = QStringLiteral("route_requirement");
inline const QString Evaluate = QStringLiteral("evaluate");
inline const QString Decide = QStringLiteral("decide");
inline const QString SubmitHq = QStringLiteral("submit_hq");
inline const QString HqAnswer = QStringLiteral("hq_answer");
inline const QString OpenComplaint = QStringLiteral("open_complaint");
inline const QString SuggestRetraining = QStringLiteral("suggest_retraining");
inline const QString Update = QStringLiteral("update");
inline const QString Confirm = QStringLiteral("confirm");
inline const QString Close = QStringLiteral("close");
inline const QString Reopen = QStringLiteral("reopen");

/// Channels a call comes in by.
const QStringList &channels();   ///< phone, online, im, email
QString channelTitle(const QString &key);
/// Billing of a call: under the contract, or (contract expired / none) paid or consultation.
const QStringList &billings();   ///< contract, paid, consultation
QString billingTitle(const QString &key);
/// The states in which a call is still the hotline's business (shown on the desk).
const QStringList &openStates();
/// Requirement decisions (seed 003): do, charge, decline.
const QStringList &decisions();
QString decisionTitle(const QString &key);
} // namespace hotline

/// A hotline call as the desk shows it.
struct HotlineCall {
    qint64 id = 0;
    int version = 0;
    QString callNo;
    QString state;
    qint64 customerId = 0;
    QString customerName;
    qint64 contactId = 0;
    QString callerName;
    QString callerPhone;
    QString channel;
    QString problemClass;
    int faultLevel = 3;
    QString product;
    QString module;
    QString description;
    QString billing;
    bool contractValid = false;
    bool complex = false;
    qint64 operatorId = 0;
    QString operatorName;
    qint64 openedAt = 0;
    QString solution;
    QString holdReason;
    qint64 callbackDueAt = 0;
    QString remoteNote;
    qint64 remoteStartedAt = 0;
    QString onsiteReason;
    qint64 accountManagerId = 0;
    QString reqOtherWay;
    QString reqCustomAgreed;
    QString reqFeasible;
    QString reqByDate;
    QString reqWantedDate;
    double reqManDays = 0;
    double reqFee = 0;
    QString reqCustomerAccepts;
    QString reqDecision;
    QString reqDecidedOn;
    QString hqKind;
    QString hqReference;
    qint64 hqSubmittedAt = 0;
    QString hqAnswer;
    qint64 hqAnsweredAt = 0;
    QString complaintNote;
    qint64 complaintId = 0;
    bool retrainingSuggested = false;
    QString retrainingNote;
    qint64 problemEntryId = 0;
    QString closingNote;
    QString lastNote;
    qint64 solvedAt = 0;
    qint64 closedAt = 0;
    qint64 updatedAt = 0;
};

/// What the operator enters to log a new call.
struct NewCall {
    qint64 customerId = 0;      ///< 0 for an unknown caller (consultation)
    qint64 contactId = 0;
    QString callerName;
    QString callerPhone;
    QString channel = hotline::channels().first();
    QString problemClass;
    int faultLevel = 3;
    QString product;
    QString module;
    QString description;
    QString billing;            ///< required: contract (only while one is valid), paid or consultation
    bool complex = false;
};

/// A page of the call list.
struct HotlineCallQuery {
    QString text;               ///< words in number, customer, caller, description, solution
    QStringList states;         ///< empty = any
    qint64 customerId = 0;
    qint64 operatorId = 0;
    qint64 fromMs = 0;          ///< opened at or after (0 = any)
    qint64 toMs = 0;            ///< opened before (0 = any)
    int limit = 100;
    int offset = 0;
};

} // namespace sd::core
