#pragma once
// Shared set-up of the hotline and problem-base tests: a database with the default calendar
// and SLA policies, the desk's people and two customers (contract valid / expired).
#include "core/calendar/calendarrepository.h"
#include "core/hotline/hotlineservice.h"
#include "core/records/customerrepository.h"
#include "core/sla/slarepository.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

namespace sd::test {

/// A moment in Asia/Shanghai, "yyyy-MM-dd HH:mm".
inline qint64 shanghai(const char *text)
{
    using namespace Qt::StringLiterals;
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(text), u"yyyy-MM-dd HH:mm"_s);
    REQUIRE(local.isValid());
    return QDateTime(local.date(), local.time(), sd::core::BusinessCalendar::defaultTimeZone()).toMSecsSinceEpoch();
}

inline std::string shanghaiText(qint64 ms)
{
    using namespace Qt::StringLiterals;
    return QDateTime::fromMSecsSinceEpoch(ms, sd::core::BusinessCalendar::defaultTimeZone())
        .toString(u"yyyy-MM-dd HH:mm"_s)
        .toStdString();
}

/// The error of a result that should have failed (a success becomes a visible Database error
/// instead of undefined behaviour).
template <typename T>
sd::core::Error errorOf(const sd::core::Result<T> &r)
{
    if (r)
        return sd::core::Error::make(sd::core::ErrorCode::Database, QStringLiteral("succeeded unexpectedly"));
    return r.error();
}

/// Pins Database::nowMs() for a test and restores the real clock afterwards.
struct PinnedClock {
    explicit PinnedClock(qint64 ms) : pin(ms) {}
    void set(qint64 ms) { pin.set(ms); }
    sd::core::ScopedClock pin;
};

struct HotlineFixture {
    TestDatabase t;
    sd::core::Session op;
    sd::core::Session op2;
    sd::core::Session manager;
    sd::core::Session engineer;
    sd::core::Session account;
    sd::core::Session sales;
    qint64 customer = 0;          ///< SPS contract valid through 2027, account manager set
    qint64 expiredCustomer = 0;   ///< contract ended 2025-06-30

    explicit HotlineFixture(Backend backend, const QString &hours = QStringLiteral("08:30-12:00,13:30-17:30"))
        : t(TestDatabase::create(backend))
    {
        using namespace sd::core;
        using namespace Qt::StringLiterals;
        REQUIRE(CalendarRepository::ensureDefaults(t.db()));
        REQUIRE(CalendarRepository(t.db()).setHours(t.admin(), hours));
        auto cal = CalendarRepository(t.db()).load();
        REQUIRE(cal);
        REQUIRE(SlaRepository::seedDefaults(t.db(), cal->minutesPerWorkingDay()));
        op = t.sessionWith({Role::HotlineOperator}, u"张敏"_s);
        op2 = t.sessionWith({Role::HotlineOperator}, u"刘洋"_s);
        manager = t.sessionWith({Role::ServiceManager}, u"李娜"_s);
        engineer = t.sessionWith({Role::ServiceEngineer}, u"孙浩"_s);
        account = t.sessionWith({Role::AccountManager}, u"唐文"_s);
        sales = t.sessionWith({Role::Sales}, u"许刚"_s);
        CustomerRepository repo(t.db());
        Customer c;
        c.name = u"北京华信达科技有限公司"_s;
        c.serviceCode = u"SC-1001"_s;
        Contact k;
        k.name = u"王会计"_s;
        k.phones = {{0, u"010-6543 2100"_s, u"office"_s}};
        c.contacts = {k};
        Contract sps;
        sps.type = u"SPS"_s;
        sps.startsOn = QDate(2025, 1, 1);
        sps.endsOn = QDate(2027, 12, 31);
        c.contracts = {sps};
        auto id = repo.create(t.admin(), c);
        REQUIRE(id);
        customer = *id;
        REQUIRE(t.db().exec(u"UPDATE customers SET account_manager_id = ? WHERE id = ?"_s, {account.staffId, customer}));
        Customer e;
        e.name = u"天津远航物流有限公司"_s;
        Contract old;
        old.type = u"standard"_s;
        old.startsOn = QDate(2024, 7, 1);
        old.endsOn = QDate(2025, 6, 30);
        e.contracts = {old};
        auto id2 = repo.create(t.admin(), e);
        REQUIRE(id2);
        expiredCustomer = *id2;
    }

    sd::core::HotlineService service() const
    {
        auto s = sd::core::HotlineService::open(t.db());
        REQUIRE(s);
        return *s;
    }

    sd::core::NewCall newCall(const QString &problemClass, const QString &description = QStringLiteral("月末结账时提示有未记账凭证")) const
    {
        sd::core::NewCall n;
        n.customerId = customer;
        n.callerName = QStringLiteral("王会计");
        n.callerPhone = QStringLiteral("010-6543 2100");
        n.channel = QStringLiteral("phone");
        n.problemClass = problemClass;
        n.faultLevel = 3;
        n.product = QStringLiteral("U8+");
        n.module = QStringLiteral("总账");
        n.description = description;
        n.billing = QStringLiteral("contract");
        return n;
    }
};

} // namespace sd::test
