// The hotline call's state machine (SPEC §3.3): every transition of the table allowed for its
// roles and refused for every other role, on both engines; routing by problem class; intake.
#include "core/audit/audit.h"
#include "core/dispatch/dispatchservice.h"
#include "core/sla/slarepository.h"
#include "core/hotline/dutyroster.h"
#include "core/hotline/hotlineworkflow.h"
#include "core/problembase/problembaserepository.h"
#include "core/problembase/problemclass.h"
#include "tests/core/test_hotline_fixture.h"

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::HotlineFixture;
using sd::test::PinnedClock;
using sd::test::shanghai;

namespace {

QVariantMap validFields(const QString &action, qint64 nowMs)
{
    using namespace hotline;
    if (action == Solve)
        return {{u"solution"_s, u"先审核并记账全部凭证，再执行月末结账"_s}};
    if (action == Hold)
        return {{u"hold_reason"_s, u"请教产品专家"_s}, {u"callback_due_at"_s, nowMs + 2 * 3600 * 1000}};
    if (action == RequestOnsite)
        return {{u"onsite_reason"_s, u"服务器无法远程连接"_s}};
    if (action == SubmitHq)
        return {{u"hq_kind"_s, u"bug"_s}, {u"hq_reference"_s, u"HQ-2026-0815"_s}};
    if (action == HqAnswer)
        return {{u"hq_answer"_s, u"补丁 U8V16_patch_0815 已发布"_s}};
    if (action == OpenComplaint)
        return {{u"complaint_note"_s, u"客户投诉工程师三次未按约定时间回电"_s}};
    if (action == SuggestRetraining)
        return {{u"retraining_note"_s, u"新会计不熟悉结账流程"_s}};
    if (action == Decide)
        return {{u"req_decision"_s, u"charge"_s}, {u"req_decided_on"_s, u"2026-11-30"_s}};
    if (action == Evaluate)
        return {{u"req_feasible"_s, u"yes"_s}, {u"req_man_days"_s, 3.5}};
    if (action == Close)
        return {{u"closing_note"_s, u"已告知客户报价"_s}};
    if (action == Reopen)
        return {{u"reason"_s, u"客户反馈问题再次出现"_s}};
    if (action == Update)
        return {{u"fault_level"_s, 2}};
    return {};
}

QString classFor(const QString &from, const QString &action)
{
    using namespace hotline;
    if (action == RouteRequirement || from == Requirement || from == RequirementDecided)
        return problemclass::NewRequirement;
    if (action == SubmitHq || from == HqSubmitted || from == HqAnswered)
        return problemclass::SoftwareBug;
    if (action == SuggestRetraining)
        return problemclass::Operation;
    return problemclass::DataProblem;
}

/// A new call driven into `state` by the people allowed to; returns it.
HotlineCall callIn(HotlineFixture &f, HotlineService &svc, const QString &state, const QString &problemClass)
{
    using namespace hotline;
    auto c = svc.create(f.op, f.newCall(problemClass));
    REQUIRE(c);
    const qint64 now = Database::nowMs();
    auto step = [&](const Session &who, const QString &action) {
        auto r = svc.act(who, c->id, c->version, action, validFields(action, now));
        INFO(action.toStdString() << ": " << (r ? "" : r.error().message.toStdString()));
        REQUIRE(r);
        c = r;
    };
    if (state == Open)
        return *c;
    if (state == OnHold) step(f.op, Hold);
    else if (state == Remote) step(f.op, ToRemote);
    else if (state == OnsiteRequested) step(f.op, RequestOnsite);
    else if (state == Requirement) step(f.op, RouteRequirement);
    else if (state == RequirementDecided) { step(f.op, RouteRequirement); step(f.account, Decide); }
    else if (state == HqSubmitted) step(f.op, SubmitHq);
    else if (state == HqAnswered) { step(f.op, SubmitHq); step(f.op, HqAnswer); }
    else if (state == ComplaintOpened) step(f.op, OpenComplaint);
    else if (state == Solved) step(f.op, Solve);
    else if (state == Closed) { step(f.op, Solve); step(f.op, Confirm); }
    REQUIRE(c->state == state);
    return *c;
}

} // namespace

TEST_CASE("every hotline transition is allowed for its roles and refused for all others", "[hotline][workflow][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    PinnedClock clock(shanghai("2026-11-24 10:00"));
    auto svc = f.service();
    QHash<Role, Session> byRole;
    for (Role r : allRoles())
        byRole.insert(r, f.t.sessionWith({r}));
    const auto &table = hotline::transitionTable();
    int allowed = 0;
    int refused = 0;
    for (const workflow::Transition &tr : table.transitions()) {
        CAPTURE(tr.from.toStdString(), tr.action.toStdString());
        HotlineCall call = callIn(f, svc, tr.from, classFor(tr.from, tr.action));
        const QVariantMap fields = validFields(tr.action, Database::nowMs());
        for (Role r : allRoles()) {
            if (tr.roles.contains(r))
                continue;
            CAPTURE(roleKey(r).toStdString());
            auto no = svc.act(byRole.value(r), call.id, call.version, tr.action, fields);
            REQUIRE_FALSE(no);
            CHECK(no.error().code == ErrorCode::Forbidden);
            auto same = svc.get(call.id);
            REQUIRE(same);
            CHECK(same->state == tr.from);
            CHECK(same->version == call.version);
            ++refused;
        }
        for (Role r : tr.roles) {
            CAPTURE(roleKey(r).toStdString());
            HotlineCall fresh = callIn(f, svc, tr.from, classFor(tr.from, tr.action));
            auto yes = svc.act(byRole.value(r), fresh.id, fresh.version, tr.action, fields);
            INFO((yes ? std::string() : yes.error().message.toStdString()));
            REQUIRE(yes);
            CHECK(yes->state == tr.to);
            CHECK(yes->version == fresh.version + 1);
            ++allowed;
        }
    }
    CHECK(allowed >= 40);
    CHECK(refused >= 250);
}

TEST_CASE("actions not in the table and missing fields change nothing", "[hotline][workflow][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    PinnedClock clock(shanghai("2026-11-24 10:00"));
    auto svc = f.service();
    auto c = svc.create(f.op, f.newCall(problemclass::DataProblem));
    REQUIRE(c);
    // Terminal states and wrong states.
    auto confirm = svc.act(f.op, c->id, c->version, hotline::Confirm);
    REQUIRE_FALSE(confirm);
    CHECK(confirm.error().code == ErrorCode::NotAllowedInState);
    auto hqAnswer = svc.act(f.op, c->id, c->version, hotline::HqAnswer, {{u"hq_answer"_s, u"x"_s}});
    REQUIRE_FALSE(hqAnswer);
    CHECK(hqAnswer.error().code == ErrorCode::NotAllowedInState);
    // Missing solution.
    auto noSolution = svc.act(f.op, c->id, c->version, hotline::Solve, {{u"solution"_s, u"  "_s}});
    REQUIRE_FALSE(noSolution);
    CHECK(noSolution.error().code == ErrorCode::Invalid);
    CHECK(noSolution.error().field == u"solution"_s);
    // A call-back in the past.
    auto past = svc.act(f.op, c->id, c->version, hotline::Hold,
                        {{u"hold_reason"_s, u"查资料"_s}, {u"callback_due_at"_s, Database::nowMs() - 60000}});
    REQUIRE_FALSE(past);
    CHECK(past.error().field == u"callback_due_at"_s);
    // A stale version.
    auto moved = svc.act(f.op, c->id, c->version, hotline::ToRemote);
    REQUIRE(moved);
    auto stale = svc.act(f.op2, c->id, c->version, hotline::Solve, {{u"solution"_s, u"重装"_s}});
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == ErrorCode::Conflict);
    auto now = svc.get(c->id);
    REQUIRE(now);
    CHECK(now->state == hotline::Remote);
    CHECK(now->solution.isEmpty());
    // The closed complaint hand-off is final for the hotline.
    auto k = svc.create(f.op, f.newCall(problemclass::Consultation));
    REQUIRE(k);
    auto handed = svc.act(f.op, k->id, k->version, hotline::OpenComplaint, validFields(hotline::OpenComplaint, 0));
    REQUIRE(handed);
    auto after = svc.act(f.manager, handed->id, handed->version, hotline::Solve, validFields(hotline::Solve, 0));
    REQUIRE_FALSE(after);
    CHECK(after.error().code == ErrorCode::NotAllowedInState);
}

TEST_CASE("routing by problem class reaches the right queue", "[hotline][routing][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    PinnedClock clock(shanghai("2026-11-24 10:00"));
    auto svc = f.service();

    SECTION("new requirement: the account manager's queue, evaluation, decision, close")
    {
        auto wrong = svc.create(f.op, f.newCall(problemclass::DataProblem));
        REQUIRE(wrong);
        auto refused = svc.act(f.op, wrong->id, wrong->version, hotline::RouteRequirement);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::NotAllowedInState);

        auto c = svc.create(f.op, f.newCall(problemclass::NewRequirement, u"希望增加按项目辅助核算的利润表"_s));
        REQUIRE(c);
        auto routed = svc.act(f.op, c->id, c->version, hotline::RouteRequirement, {{u"req_wanted_date"_s, u"2026-12-31"_s}});
        REQUIRE(routed);
        CHECK(routed->state == hotline::Requirement);
        CHECK(routed->accountManagerId == f.account.staffId);
        auto queue = svc.requirementQueue(f.account.staffId);
        REQUIRE(queue);
        REQUIRE(queue->size() == 1);
        CHECK(queue->first().id == c->id);

        auto badAnswer = svc.act(f.account, c->id, routed->version, hotline::Evaluate, {{u"req_feasible"_s, u"maybe"_s}});
        REQUIRE_FALSE(badAnswer);
        CHECK(badAnswer.error().field == u"req_feasible"_s);
        auto eval = svc.act(f.account, c->id, routed->version, hotline::Evaluate,
                            {{u"req_other_way"_s, u"no"_s}, {u"req_custom_agreed"_s, u"yes"_s}, {u"req_feasible"_s, u"yes"_s},
                             {u"req_by_date"_s, u"yes"_s}, {u"req_man_days"_s, 5}, {u"req_fee"_s, 12000},
                             {u"req_customer_accepts"_s, u"yes"_s}});
        REQUIRE(eval);
        CHECK(eval->state == hotline::Requirement);
        CHECK(eval->reqManDays == 5);
        CHECK(eval->reqFee == 12000);
        CHECK(eval->reqCustomAgreed == u"yes"_s);
        auto badDecision = svc.act(f.account, c->id, eval->version, hotline::Decide,
                                   {{u"req_decision"_s, u"later"_s}, {u"req_decided_on"_s, u"2026-11-30"_s}});
        REQUIRE_FALSE(badDecision);
        auto decided = svc.act(f.account, c->id, eval->version, hotline::Decide,
                               {{u"req_decision"_s, u"charge"_s}, {u"req_decided_on"_s, u"2026-11-30"_s}});
        REQUIRE(decided);
        CHECK(decided->state == hotline::RequirementDecided);
        CHECK(decided->reqDecision == u"charge"_s);
        CHECK(decided->reqDecidedOn == u"2026-11-30"_s);
        auto closed = svc.act(f.op, c->id, decided->version, hotline::Close, {{u"closing_note"_s, u"已告知客户报价"_s}});
        REQUIRE(closed);
        CHECK(closed->state == hotline::Closed);
    }
    SECTION("software bug: submitted to vendor HQ, tracked until the patch, customer called back")
    {
        auto notBug = svc.create(f.op, f.newCall(problemclass::Operation));
        REQUIRE(notBug);
        auto refused = svc.act(f.op, notBug->id, notBug->version, hotline::SubmitHq,
                               {{u"hq_kind"_s, u"bug"_s}, {u"hq_reference"_s, u"HQ-1"_s}});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::NotAllowedInState);
        auto optimisation = svc.act(f.op, notBug->id, notBug->version, hotline::SubmitHq,
                                    {{u"hq_kind"_s, u"optimisation"_s}, {u"hq_reference"_s, u"HQ-OPT-7"_s}});
        REQUIRE(optimisation);
        CHECK(optimisation->hqKind == u"optimisation"_s);

        auto c = svc.create(f.op, f.newCall(problemclass::SoftwareBug, u"存货核算期末处理报错：除数为零"_s));
        REQUIRE(c);
        auto sent = svc.act(f.op, c->id, c->version, hotline::SubmitHq,
                            {{u"hq_kind"_s, u"bug"_s}, {u"hq_reference"_s, u"HQ-2026-0815"_s}});
        REQUIRE(sent);
        CHECK(sent->state == hotline::HqSubmitted);
        CHECK(sent->hqReference == u"HQ-2026-0815"_s);
        CHECK(sent->hqSubmittedAt == Database::nowMs());
        auto back = svc.act(f.manager, c->id, sent->version, hotline::HqAnswer, {{u"hq_answer"_s, u"补丁 0815 已发布"_s}});
        REQUIRE(back);
        CHECK(back->state == hotline::HqAnswered);
        auto solved = svc.act(f.op, c->id, back->version, hotline::Solve, {{u"solution"_s, u"安装补丁 0815 后期末处理正常"_s}});
        REQUIRE(solved);
        CHECK(solved->state == hotline::Solved);
    }
    SECTION("complaint: handed to the complaint register, recorded on the call")
    {
        auto c = svc.create(f.op, f.newCall(problemclass::Consultation, u"客户对上次上门服务不满意"_s));
        REQUIRE(c);
        auto handed = svc.act(f.op, c->id, c->version, hotline::OpenComplaint, {{u"complaint_note"_s, u"工程师迟到两小时"_s}});
        REQUIRE(handed);
        CHECK(handed->state == hotline::ComplaintOpened);
        CHECK(handed->complaintNote == u"工程师迟到两小时"_s);
        // The complaint register has it: source hotline, this call as its source record.
        REQUIRE(handed->complaintId > 0);
        auto complaint = f.t.db().exec(u"SELECT source, source_record_type, source_record_id, customer_id, description, "
                                       "state FROM complaints WHERE id = ?"_s,
                                       {handed->complaintId});
        REQUIRE(complaint);
        REQUIRE(complaint->next());
        CHECK(complaint->value(0).toString() == u"hotline"_s);
        CHECK(complaint->value(1).toString() == u"hotline_calls"_s);
        CHECK(complaint->value(2).toLongLong() == c->id);
        CHECK(complaint->value(3).toLongLong() == handed->customerId);
        CHECK(complaint->value(4).toString() == u"工程师迟到两小时"_s);
        CHECK(complaint->value(5).toString() == u"accepted"_s);
        complaint->finish();
        auto trail = audit::forRecord(f.t.db(), u"hotline_calls"_s, c->id);
        REQUIRE(trail);
        bool handoff = false;
        for (const AuditEntry &e : *trail)
            handoff |= e.action == u"complaint_handoff"_s && e.newValue == QString::number(handed->complaintId);
        CHECK(handoff);
    }
    SECTION("operation problem: re-training suggested, other classes refused")
    {
        auto other = svc.create(f.op, f.newCall(problemclass::Environment));
        REQUIRE(other);
        auto refused = svc.act(f.op, other->id, other->version, hotline::SuggestRetraining, {{u"retraining_note"_s, u"x"_s}});
        REQUIRE_FALSE(refused);
        auto c = svc.create(f.op, f.newCall(problemclass::Operation, u"不会做凭证冲销"_s));
        REQUIRE(c);
        auto flagged = svc.act(f.op, c->id, c->version, hotline::SuggestRetraining, {{u"retraining_note"_s, u"新会计需培训"_s}});
        REQUIRE(flagged);
        CHECK(flagged->state == hotline::Open);
        CHECK(flagged->retrainingSuggested);
        CHECK(flagged->retrainingNote == u"新会计需培训"_s);
    }
    SECTION("on-site request goes to the dispatch queue")
    {
        auto c = svc.create(f.op, f.newCall(problemclass::Environment, u"服务器硬盘故障，数据库无法启动"_s));
        REQUIRE(c);
        auto remote = svc.act(f.op, c->id, c->version, hotline::ToRemote, {{u"remote_note"_s, u"向日葵远程"_s}});
        REQUIRE(remote);
        auto onsite = svc.act(f.engineer, c->id, remote->version, hotline::RequestOnsite,
                              {{u"onsite_reason"_s, u"需更换硬盘并恢复数据库"_s}});
        REQUIRE(onsite);
        auto queue = svc.openOnsiteRequests();
        REQUIRE(queue);
        REQUIRE(queue->size() == 1);
        CHECK(queue->first().id == c->id);
        CHECK(queue->first().onsiteReason == u"需更换硬盘并恢复数据库"_s);
        // The dispatch board has the request, linked to the call, waiting for verification.
        auto board = DispatchService(f.t.db(), BusinessCalendar()).board({});
        REQUIRE(board);
        REQUIRE(board->size() == 1);
        auto job = DispatchService(f.t.db(), BusinessCalendar()).get(board->first().id);
        REQUIRE(job);
        CHECK(job->callId == c->id);
        CHECK(job->state == dispatch::Requested);
        CHECK(job->customerId == c->customerId);
        CHECK(job->faultLevel == c->faultLevel);
        CHECK(job->problem.contains(u"服务器硬盘故障"_s));
        CHECK(job->problem.contains(u"需更换硬盘并恢复数据库"_s));
        // The visit solves the call: when the manager verifies the returned form, the call is
        // solved with the engineer's work.
        REQUIRE(SlaRepository::seedDefaults(f.t.db()));
        DispatchService dispatch(f.t.db(), BusinessCalendar());
        auto step = [&](const Session &who, const QString &action, const QVariantMap &fields = {}) {
            auto next = dispatch.act(who, job->id, job->version, action, fields);
            INFO((next ? std::string() : next.error().message.toStdString()));
            REQUIRE(next);
            *job = *next;
        };
        step(f.manager, dispatch::Verify, {{u"coverage"_s, u"contract"_s}});
        step(f.manager, dispatch::Dispatch, {{u"engineer_id"_s, f.engineer.staffId}});
        step(f.engineer, dispatch::Confirm);
        step(f.engineer, dispatch::Book, {{u"appointment_at"_s, Database::nowMs() + 3600000}});
        step(f.engineer, dispatch::CheckIn);
        step(f.engineer, dispatch::ReturnForm,
             {{u"work_done"_s, u"更换硬盘，从备份恢复数据库"_s}, {u"minutes_on_site"_s, 180},
              {u"customer_signer"_s, u"王丽"_s}, {u"satisfaction"_s, 5}});
        auto stillWaiting = svc.get(c->id);
        REQUIRE(stillWaiting);
        CHECK(stillWaiting->state == hotline::OnsiteRequested);
        step(f.manager, dispatch::VerifyForm);
        auto solvedCall = svc.get(c->id);
        REQUIRE(solvedCall);
        CHECK(solvedCall->state == hotline::Solved);
        CHECK(solvedCall->solution.startsWith(u"更换硬盘，从备份恢复数据库"_s));
        CHECK(solvedCall->solution.contains(job->jobNo));
    }
    SECTION("data, environment and consultation problems solved on the phone go into the problem base")
    {
        for (const QString &cls : {problemclass::DataProblem, problemclass::Environment, problemclass::Consultation}) {
            auto c = svc.create(f.op, f.newCall(cls, u"报表取数公式返回零值"_s));
            REQUIRE(c);
            auto solved = svc.act(f.op, c->id, c->version, hotline::Solve,
                                  {{u"solution"_s, u"重新设置关键字并整表重算"_s}, {u"cause"_s, u"关键字未录入"_s},
                                   {u"add_to_problem_base"_s, true}, {u"entry_tags"_s, u"报表,取数"_s}});
            REQUIRE(solved);
            REQUIRE(solved->problemEntryId > 0);
            auto entry = ProblemBaseRepository(f.t.db()).get(solved->problemEntryId);
            REQUIRE(entry);
            CHECK(entry->phenomenon == u"报表取数公式返回零值"_s);
            CHECK(entry->cause == u"关键字未录入"_s);
            CHECK(entry->problemClass == cls);
            CHECK(entry->sourceType == u"hotline_call"_s);
            CHECK(entry->sourceId == c->id);
            CHECK(entry->authorId == f.op.staffId);
            CHECK(entry->product == u"U8+"_s);
        }
    }
}

TEST_CASE("call intake checks the contract, the fields and the duty roster", "[hotline][intake][db]")
{
    auto backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    CAPTURE(backend);
    HotlineFixture f(backend);
    PinnedClock clock(shanghai("2026-11-24 10:00"));
    auto svc = f.service();

    auto first = svc.create(f.op, f.newCall(problemclass::DataProblem));
    REQUIRE(first);
    CHECK(first->callNo == u"RX20261124-0001"_s);
    CHECK(first->billing == u"contract"_s);
    CHECK(first->contractValid);
    CHECK(first->operatorId == f.op.staffId);
    auto second = svc.create(f.op2, f.newCall(problemclass::DataProblem));
    REQUIRE(second);
    CHECK(second->callNo == u"RX20261124-0002"_s);

    NewCall expired = f.newCall(problemclass::Consultation);
    expired.customerId = f.expiredCustomer;
    auto refused = svc.create(f.op, expired);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == u"billing"_s);
    expired.billing = u"paid"_s;
    auto paid = svc.create(f.op, expired);
    REQUIRE(paid);
    CHECK_FALSE(paid->contractValid);
    CHECK(paid->billing == u"paid"_s);

    NewCall bad = f.newCall(u"weather"_s);
    CHECK(sd::test::errorOf(svc.create(f.op, bad)).field == u"problem_class"_s);
    bad = f.newCall(problemclass::DataProblem);
    bad.faultLevel = 5;
    CHECK(sd::test::errorOf(svc.create(f.op, bad)).field == u"fault_level"_s);
    bad = f.newCall(problemclass::DataProblem, u"  "_s);
    CHECK(sd::test::errorOf(svc.create(f.op, bad)).field == u"description"_s);

    auto salesTry = svc.create(f.sales, f.newCall(problemclass::DataProblem));
    REQUIRE_FALSE(salesTry);
    CHECK(salesTry.error().code == ErrorCode::Forbidden);

    // Only someone on duty (or a manager) takes calls once the setting says so.
    DutyRoster roster(f.t.db());
    CHECK_FALSE(roster.setDutyRequired(f.op, true));
    REQUIRE(roster.setDutyRequired(f.manager, true));
    auto offDuty = svc.create(f.op, f.newCall(problemclass::DataProblem));
    REQUIRE_FALSE(offDuty);
    CHECK(offDuty.error().code == ErrorCode::Forbidden);
    REQUIRE(svc.create(f.manager, f.newCall(problemclass::DataProblem)));
    DutyShift shift{0, 0, f.op.staffId, {}, QDate(2026, 11, 24), QTime(8, 30), QTime(17, 30), false, {}};
    REQUIRE(roster.add(f.manager, shift));
    REQUIRE(svc.create(f.op, f.newCall(problemclass::DataProblem)));
    CHECK_FALSE(svc.create(f.op2, f.newCall(problemclass::DataProblem)));

    auto ctx = svc.callerContext(f.customer, QDate(2026, 11, 24));
    REQUIRE(ctx);
    CHECK(ctx->contractValid);
    CHECK(ctx->openCalls.size() == 4);
    CHECK(ctx->lastCalls.size() == 4);
    auto old = svc.callerContext(f.expiredCustomer, QDate(2026, 11, 24));
    REQUIRE(old);
    CHECK_FALSE(old->contractValid);
    CHECK(old->lastContract.endsOn == QDate(2025, 6, 30));
}
