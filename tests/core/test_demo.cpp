#include "core/audit/audit.h"
#include "core/auth/staffrepository.h"
#include "core/demo/demodata.h"
#include "core/records/customerrepository.h"
#include "tests/support/testdb.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

qint64 count(const TestDatabase &t, const QString &sql)
{
    auto v = t.db().scalar(sql);
    REQUIRE(v);
    return v->toLongLong();
}

QStringList column(const TestDatabase &t, const QString &sql)
{
    auto q = t.db().exec(sql);
    REQUIRE(q);
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace

TEST_CASE("the demo loader staffs every role and keeps existing accounts", "[demo]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    const QString adminHash = t.db().scalar(u"SELECT password_hash FROM staff WHERE login = 'admin'"_s)->toString();

    auto report = generateDemo(t.db(), {20, 7});
    REQUIRE(report);
    CHECK(report->staff >= 20);
    CHECK(report->departments == 10);
    CHECK(report->products >= 8);

    StaffRepository staff(t.db());
    for (Role role : allRoles()) {
        INFO(roleKey(role).toStdString());
        auto holders = staff.withRole(role);
        REQUIRE(holders);
        // Besides the test's own all-roles admin, the demo brings its own people for every role.
        int demoHolders = 0;
        for (const Staff &s : *holders)
            demoHolders += s.login != u"admin"_s && s.active ? 1 : 0;
        CHECK(demoHolders >= (role == Role::Administrator ? 0 : 1));
    }
    // The existing 'admin' is left alone (its password is not replaced by the demo one).
    CHECK(t.db().scalar(u"SELECT password_hash FROM staff WHERE login = 'admin'"_s)->toString() == adminHash);
    CHECK(count(t, u"SELECT COUNT(*) FROM staff WHERE login = 'admin'"_s) == 1);

    // Engineers carry regions and skills for dispatching; departments have heads.
    auto engineers = staff.withRole(Role::ServiceEngineer);
    REQUIRE(engineers);
    int located = 0;
    for (const Staff &s : *engineers)
        located += !s.region.isEmpty() && !s.skills.isEmpty() ? 1 : 0;
    CHECK(located >= 3);
    CHECK(count(t, u"SELECT COUNT(*) FROM departments WHERE head_id IS NULL"_s) == 0);
    CHECK(count(t, u"SELECT COUNT(*) FROM departments WHERE name = '热线支持部' AND name_en = 'Hotline Support'"_s) == 1);
}

TEST_CASE("demo customers come with contacts, phones, contracts and products", "[demo]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    auto report = generateDemo(t.db(), {200, 20261123});
    REQUIRE(report);
    CHECK(report->customers == 200);
    CHECK(count(t, u"SELECT COUNT(*) FROM customers"_s) == 200);
    CHECK(report->contacts == count(t, u"SELECT COUNT(*) FROM contacts"_s));
    CHECK(report->phones == count(t, u"SELECT COUNT(*) FROM contact_phones"_s));
    CHECK(report->contracts == count(t, u"SELECT COUNT(*) FROM contracts"_s));
    CHECK(report->customerProducts == count(t, u"SELECT COUNT(*) FROM customer_products"_s));
    CHECK(report->contacts >= 200);
    CHECK(report->contacts <= 600);

    // Every customer has 1–3 contacts, exactly one of them the system administrator, every
    // contact 1–2 phones, 1–2 contracts and 1–2 products.
    CHECK(count(t, u"SELECT COUNT(*) FROM customers c WHERE (SELECT COUNT(*) FROM contacts t "
                   "WHERE t.customer_id = c.id) NOT BETWEEN 1 AND 3"_s) == 0);
    CHECK(count(t, u"SELECT COUNT(*) FROM customers c WHERE (SELECT COUNT(*) FROM contacts t "
                   "WHERE t.customer_id = c.id AND t.is_admin = 1) <> 1"_s) == 0);
    CHECK(count(t, u"SELECT COUNT(*) FROM contacts t WHERE (SELECT COUNT(*) FROM contact_phones p "
                   "WHERE p.contact_id = t.id) NOT BETWEEN 1 AND 2"_s) == 0);
    CHECK(count(t, u"SELECT COUNT(*) FROM customers c WHERE (SELECT COUNT(*) FROM contracts k "
                   "WHERE k.customer_id = c.id) NOT BETWEEN 1 AND 2"_s) == 0);
    CHECK(count(t, u"SELECT COUNT(*) FROM customers c WHERE (SELECT COUNT(*) FROM customer_products p "
                   "WHERE p.customer_id = c.id) NOT BETWEEN 1 AND 2"_s) == 0);
    // Phones identify their customer: no number appears twice; digits are digits only.
    CHECK(count(t, u"SELECT COUNT(*) FROM contact_phones"_s) ==
          count(t, u"SELECT COUNT(DISTINCT digits) FROM contact_phones"_s));
    for (const QString &d : column(t, u"SELECT digits FROM contact_phones"_s)) {
        CHECK(d == CustomerRepository::phoneDigits(d));
        CHECK(d.size() >= 10);
    }
    CHECK(count(t, u"SELECT COUNT(DISTINCT service_code) FROM customers"_s) == 200);
    CHECK(count(t, u"SELECT COUNT(DISTINCT dongle_no) FROM customers"_s) == 200);
    CHECK(count(t, u"SELECT COUNT(DISTINCT name) FROM customers"_s) == 200);
    // Region class follows the city; contract types and dates are realistic.
    CHECK(count(t, u"SELECT COUNT(*) FROM customers WHERE address LIKE '北京市%' AND region_class <> 'same_city'"_s) == 0);
    CHECK(count(t, u"SELECT COUNT(*) FROM customers WHERE address LIKE '天津市%' AND region_class <> 'nearby'"_s) == 0);
    CHECK(count(t, u"SELECT COUNT(*) FROM customers WHERE address LIKE '上海市%' AND region_class <> 'other_province'"_s) == 0);
    CHECK(count(t, u"SELECT COUNT(*) FROM customers WHERE region_class = 'same_city'"_s) > 60);
    CHECK(count(t, u"SELECT COUNT(*) FROM contracts WHERE type NOT IN ('SPS', '标准服务', '保修期内', '按次服务')"_s) == 0);
    CHECK(count(t, u"SELECT COUNT(*) FROM contracts WHERE ends_on < starts_on OR starts_on < '2024-01-01' "
                   "OR ends_on > '2027-12-31'"_s) == 0);
    CHECK(count(t, u"SELECT COUNT(*) FROM contracts WHERE ends_on < '2025-06-01'"_s) > 0); // some expired
    CHECK(count(t, u"SELECT COUNT(*) FROM customers WHERE key_customer = 1"_s) > 0);
    CHECK(count(t, u"SELECT COUNT(*) FROM customer_products p JOIN products r ON r.id = p.product_id "
                   "WHERE r.name = '用友U8+' AND p.modules LIKE '总账%'"_s) > 0);
    // Bookkeeping columns are filled like the repositories fill them.
    CHECK(count(t, u"SELECT COUNT(*) FROM customers WHERE version <> 1 OR created_at IS NULL OR created_by IS NULL "
                   "OR updated_by IS NULL"_s) == 0);

    // The read side sees complete customers.
    CustomerRepository repo(t.db());
    auto first = repo.get(t.db().scalar(u"SELECT MIN(id) FROM customers"_s)->toLongLong());
    REQUIRE(first);
    CHECK_FALSE(first->contacts.isEmpty());
    CHECK_FALSE(first->contacts.first().phones.isEmpty());
    CHECK_FALSE(first->contracts.isEmpty());
    CHECK_FALSE(first->products.isEmpty());
    CHECK(first->serviceCode.startsWith(u"SC"_s));
    CHECK(first->dongleNo.size() == 8);

    // One audit line summarises the load; the app is told to offer the demo logins.
    CHECK(count(t, u"SELECT COUNT(*) FROM audit WHERE action = 'demo'"_s) == 1);
    CHECK(t.db().scalar(u"SELECT value FROM settings WHERE key = 'demo.logins'"_s)->toString() == u"1"_s);
}

TEST_CASE("every demo customer is found by a phone fragment and by text search", "[demo]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    REQUIRE(generateDemo(t.db(), {200, 99}));
    CustomerRepository repo(t.db());

    // Read the rows first: PostgreSQL cannot run the lookups while a forward-only result is open.
    struct Row {
        qint64 id;
        QString name;
        QString code;
        QString phone;
    };
    QList<Row> rows;
    {
        auto q = t.db().exec(u"SELECT c.id, c.name, c.service_code, MIN(p.phone) FROM customers c "
                             "JOIN contacts t ON t.customer_id = c.id JOIN contact_phones p ON p.contact_id = t.id "
                             "GROUP BY c.id, c.name, c.service_code ORDER BY c.id"_s);
        REQUIRE(q);
        while (q->next())
            rows.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                         q->value(3).toString()});
    }
    REQUIRE(rows.size() == 200);
    int checked = 0;
    for (const Row &row : rows) {
        const qint64 id = row.id;
        const QString &name = row.name;
        const QString &code = row.code;
        const QString &phone = row.phone;
        INFO(name.toStdString() << " " << phone.toStdString());
        auto hasId = [id](const QList<CustomerRow> &rows) {
            for (const CustomerRow &r : rows)
                if (r.id == id)
                    return true;
            return false;
        };
        // The caller ID as typed, and its last 8 digits.
        auto exact = repo.lookup(phone);
        REQUIRE(exact);
        REQUIRE_FALSE(exact->isEmpty());
        CHECK(exact->first().id == id);
        const QString digits = CustomerRepository::phoneDigits(phone);
        auto fragment = repo.lookup(digits.right(8));
        REQUIRE(fragment);
        CHECK(hasId(*fragment));
        // The list's text search on name and on service code.
        auto byName = repo.list({name, CustomerSort::NameAsc, 200, 0});
        REQUIRE(byName);
        CHECK(hasId(*byName));
        auto byCode = repo.list({code, CustomerSort::NameAsc, 200, 0});
        REQUIRE(byCode);
        CHECK(hasId(*byCode));
        ++checked;
    }
    CHECK(checked == 200);

    // Customers saved after the load are indexed for search as usual.
    Customer later;
    later.name = u"北京晚来电子科技有限公司"_s;
    later.contacts.append({0, 0, 0, u"欧阳晚"_s, u"会计"_s, {}, {}, false, {{0, u"010-6999 0001"_s, u"office"_s}}});
    auto laterId = repo.create(t.admin(), later);
    REQUIRE(laterId);
    auto found = repo.list({u"晚来电子"_s, CustomerSort::NameAsc, 20, 0});
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->first().id == *laterId);
    auto called = repo.lookup(u"69990001"_s);
    REQUIRE(called);
    REQUIRE_FALSE(called->isEmpty());
    CHECK(called->first().id == *laterId);
}

TEST_CASE("the same seed gives the same demo data, another seed different data", "[demo]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    auto a = TestDatabase::create(backend);
    auto b = TestDatabase::create(Backend::SQLite);
    auto c = TestDatabase::create(Backend::SQLite);
    REQUIRE(generateDemo(a.db(), {50, 4242}));
    REQUIRE(generateDemo(b.db(), {50, 4242}));
    REQUIRE(generateDemo(c.db(), {50, 4243}));
    const QString names = u"SELECT name FROM customers ORDER BY id"_s;
    const QString phones = u"SELECT p.phone FROM contact_phones p JOIN contacts t ON t.id = p.contact_id "
                           "ORDER BY t.customer_id, t.id, p.id"_s;
    const QString contracts = u"SELECT contract_no || ' ' || type || ' ' || starts_on || ' ' || ends_on "
                              "FROM contracts ORDER BY customer_id, id"_s;
    CHECK(column(a, names) == column(b, names));
    CHECK(column(a, phones) == column(b, phones));
    CHECK(column(a, contracts) == column(b, contracts));
    CHECK(column(a, names) != column(c, names));
}

TEST_CASE("demo data is refused when the database already has customers", "[demo]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    REQUIRE(generateDemo(t.db(), {5, 1}));
    const qint64 staffBefore = count(t, u"SELECT COUNT(*) FROM staff"_s);
    auto again = generateDemo(t.db(), {5, 2});
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Invalid);
    CHECK(count(t, u"SELECT COUNT(*) FROM customers"_s) == 5);
    CHECK(count(t, u"SELECT COUNT(*) FROM staff"_s) == staffBefore);
    CHECK(count(t, u"SELECT COUNT(*) FROM audit WHERE action = 'demo'"_s) == 1);

    auto negative = generateDemo(t.db(), {-1, 1});
    REQUIRE_FALSE(negative);
    CHECK(negative.error().code == ErrorCode::Invalid);
}

TEST_CASE("the demo logins offered on the login screen log in with the demo password", "[demo]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    REQUIRE(generateDemo(t.db(), {3, 1}));
    AuthService auth(t.db());
    const QList<DemoLogin> &logins = demoLogins();
    REQUIRE(logins.size() >= 8);
    QSet<QString> shown;
    for (const DemoLogin &d : logins) {
        shown.insert(d.login);
        CHECK(d.password == demoPassword());
        CHECK(d.password.size() >= 8);
        CHECK_FALSE(d.displayName.isEmpty());
        CHECK_FALSE(roleTitle(d.role).isEmpty());
        if (d.login == u"admin"_s)
            continue; // the test database's own administrator keeps its password
        INFO(d.login.toStdString());
        auto session = auth.login(d.login, d.password);
        REQUIRE(session);
        CHECK(session->displayName == d.displayName);
    }
    for (const QString &login : {u"admin"_s, u"hotline1"_s, u"manager"_s, u"engineer1"_s, u"sales1"_s,
                                 u"firstvisit1"_s, u"quality"_s, u"gm"_s})
        CHECK(shown.contains(login));

    auto hotline = auth.login(u"hotline1"_s, demoPassword());
    REQUIRE(hotline);
    CHECK(hotline->has(Role::HotlineOperator));
    auto manager = auth.login(u"manager"_s, demoPassword());
    REQUIRE(manager);
    CHECK(manager->has(Role::ServiceManager));
    auto wrong = auth.login(u"engineer1"_s, u"not the password"_s);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::Authentication);
    // One hash serves every account (hashed once; Argon2id is slow by design).
    CHECK(count(t, u"SELECT COUNT(DISTINCT password_hash) FROM staff WHERE login <> 'admin'"_s) == 1);
}

