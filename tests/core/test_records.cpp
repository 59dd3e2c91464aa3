#include "core/audit/audit.h"
#include "core/auth/permissions.h"
#include "core/records/customerrepository.h"
#include "core/records/recordstore.h"
#include "core/calendar/calendarrepository.h"
#include "core/db/settings.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

Customer sampleCustomer(const QString &name, const QString &phone)
{
    Customer c;
    c.name = name;
    c.address = u"北京市海淀区中关村大街1号"_s;
    c.serviceCode = u"SC"_s + CustomerRepository::phoneDigits(phone).right(6);
    c.dongleNo = u"8A3F00C1"_s;
    c.region = RegionClass::SameCity;
    Contact t;
    t.name = u"王丽"_s;
    t.title = u"财务经理"_s;
    t.isAdmin = true;
    t.phones = {{0, phone, u"office"_s}, {0, u"139 1000 "_s + CustomerRepository::phoneDigits(phone).right(4), u"mobile"_s}};
    c.contacts = {t};
    Contract k;
    k.type = u"SPS"_s;
    k.startsOn = QDate(2026, 1, 1);
    k.endsOn = QDate(2026, 12, 31);
    k.freeUpgrade = true;
    c.contracts = {k};
    PurchasedProduct p;
    p.product = u"用友U8+"_s;
    p.productVersion = u"16.0"_s;
    p.modules = u"总账, 应收应付"_s;
    p.licences = 5;
    c.products = {p};
    return c;
}

int countRows(const Database &db, const QString &table)
{
    return db.scalar(u"SELECT COUNT(*) FROM "_s + table)->toInt();
}

} // namespace

TEST_CASE("a customer is created with contacts, phones, contract and product, and read back", "[records]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    CustomerRepository repo(t.db());
    auto id = repo.create(t.admin(), sampleCustomer(u"北京华信机械制造有限公司"_s, u"010-6543 2100"_s));
    REQUIRE(id);
    auto c = repo.get(*id);
    REQUIRE(c);
    CHECK(c->version == 1);
    CHECK(c->name == u"北京华信机械制造有限公司"_s);
    REQUIRE(c->contacts.size() == 1);
    CHECK(c->contacts[0].phones.size() == 2);
    CHECK(c->contacts[0].phones[0].phone == u"010-6543 2100"_s);
    REQUIRE(c->contracts.size() == 1);
    CHECK(c->contracts[0].endsOn == QDate(2026, 12, 31));
    CHECK(c->currentContract(QDate(2026, 11, 23)) != nullptr);
    CHECK(c->currentContract(QDate(2027, 1, 1)) == nullptr);
    REQUIRE(c->products.size() == 1);
    CHECK(c->products[0].product == u"用友U8+"_s);
    CHECK(c->products[0].licences == 5);
    auto trail = audit::forRecord(t.db(), u"customers"_s, *id);
    REQUIRE(trail);
    REQUIRE_FALSE(trail->isEmpty());
    CHECK(trail->first().action == u"create"_s);
    CHECK(trail->first().actorLogin == u"admin"_s);
}

TEST_CASE("bad customer input is refused with the field named and nothing saved", "[records]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    CustomerRepository repo(t.db());
    Customer noName = sampleCustomer(u"  "_s, u"010-1111 2222"_s);
    auto r1 = repo.create(t.admin(), noName);
    REQUIRE_FALSE(r1);
    CHECK(r1.error().code == ErrorCode::Invalid);
    CHECK(r1.error().field == u"name"_s);

    Customer badPhone = sampleCustomer(u"甲公司"_s, u"010-1111 2222"_s);
    badPhone.contacts[0].phones = {{0, u"n/a"_s, {}}};
    auto r2 = repo.create(t.admin(), badPhone);
    REQUIRE_FALSE(r2);
    CHECK(r2.error().field == u"phone"_s);

    Customer badContract = sampleCustomer(u"乙公司"_s, u"010-1111 2222"_s);
    badContract.contracts[0].endsOn = QDate(2025, 1, 1);
    auto r3 = repo.create(t.admin(), badContract);
    REQUIRE_FALSE(r3);
    CHECK(r3.error().field == u"contract_dates"_s);
    CHECK(countRows(t.db(), u"customers"_s) == 0);
    CHECK(countRows(t.db(), u"contacts"_s) == 0);
}

TEST_CASE("a stale update is refused as a conflict naming who saved, and overwrites nothing", "[records][conflict]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    CustomerRepository repo(t.db());
    auto id = repo.create(t.admin(), sampleCustomer(u"天津瑞丰食品有限公司"_s, u"022-2345 6789"_s));
    REQUIRE(id);
    const Session li = t.sessionWith({Role::HotlineOperator}, u"李明"_s);
    const Session zhao = t.sessionWith({Role::ServiceManager}, u"赵强"_s);

    Customer mine = *repo.get(*id);   // both open version 1
    Customer theirs = *repo.get(*id);
    theirs.address = u"天津市河西区友谊路20号"_s;
    auto saved = repo.save(li, theirs);
    REQUIRE(saved);
    CHECK(saved->version == 2);

    mine.address = u"天津市南开区"_s;
    mine.notes = u"my note"_s;
    auto refused = repo.save(zhao, mine);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(u"李明"_s));

    auto now = repo.get(*id);
    CHECK(now->address == u"天津市河西区友谊路20号"_s);
    CHECK(now->notes.isEmpty());
    CHECK(now->version == 2);
}

TEST_CASE("a conflict says when the other desk saved in the center's time zone, not the machine's", "[records][conflict]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    // A center far from the machine's zone and from UTC: 2026-03-02 01:30 UTC is 14:30 there.
    REQUIRE(settings::put(t.db(), t.admin(), CalendarRepository::timeZoneKey(), u"Pacific/Auckland"_s));
    ScopedClock clock(QDateTime(QDate(2026, 3, 2), QTime(1, 30), QTimeZone::utc()).toMSecsSinceEpoch());
    CustomerRepository repo(t.db());
    auto id = repo.create(t.admin(), sampleCustomer(u"天津瑞丰食品有限公司"_s, u"022-2345 6790"_s));
    REQUIRE(id);
    Customer mine = *repo.get(*id);
    Customer theirs = *repo.get(*id);
    theirs.address = u"天津市河西区友谊路21号"_s;
    REQUIRE(repo.save(t.sessionWith({Role::HotlineOperator}, u"李明"_s), theirs));
    mine.address = u"天津市南开区"_s;
    auto refused = repo.save(t.admin(), mine);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(u"2026-03-02 14:30:00"_s));
}

TEST_CASE("changing only a contact's phone still moves the customer's version on", "[records][conflict]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    CustomerRepository repo(t.db());
    auto id = repo.create(t.admin(), sampleCustomer(u"保定金诺医药有限公司"_s, u"0312-555 0101"_s));
    REQUIRE(id);
    Customer first = *repo.get(*id);
    Customer second = first;
    first.contacts[0].phones.append({0, u"0312-555 0199"_s, u"fax"_s});
    auto saved = repo.save(t.admin(), first);
    REQUIRE(saved);
    CHECK(saved->version == 2);
    CHECK(saved->contacts[0].phones.size() == 3);
    second.contacts[0].name = u"王芳"_s;
    auto refused = repo.save(t.admin(), second);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(repo.get(*id)->contacts[0].name == u"王丽"_s);
}

TEST_CASE("every changed field is audited with old and new value", "[records][audit]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    CustomerRepository repo(t.db());
    auto id = repo.create(t.admin(), sampleCustomer(u"上海鼎盛物流有限公司"_s, u"021-6000 1234"_s));
    REQUIRE(id);
    Customer c = *repo.get(*id);
    c.address = u"上海市浦东新区"_s;
    c.keyCustomer = true;
    REQUIRE(repo.save(t.admin(), c));
    auto trail = audit::forRecord(t.db(), u"customers"_s, *id);
    REQUIRE(trail);
    bool sawAddress = false, sawKey = false;
    for (const AuditEntry &e : *trail) {
        if (e.field == u"address"_s) {
            sawAddress = true;
            CHECK(e.oldValue == u"北京市海淀区中关村大街1号"_s);
            CHECK(e.newValue == u"上海市浦东新区"_s);
            CHECK(e.action == u"update"_s);
        }
        if (e.field == u"key_customer"_s) {
            sawKey = true;
            CHECK(e.oldValue == u"0"_s);
            CHECK(e.newValue == u"1"_s);
        }
    }
    CHECK(sawAddress);
    CHECK(sawKey);
}

TEST_CASE("a refused permission changes nothing and is audited", "[records][permissions]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    CustomerRepository repo(t.db());
    auto id = repo.create(t.admin(), sampleCustomer(u"石家庄宏达建材有限公司"_s, u"0311-8888 7777"_s));
    REQUIRE(id);
    const Session trainer = t.sessionWith({Role::Trainer});
    Customer c = *repo.get(*id);
    c.address = u"changed"_s;
    auto refused = repo.save(trainer, c);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Forbidden);
    CHECK(repo.get(*id)->address == u"北京市海淀区中关村大街1号"_s);
    CHECK(repo.get(*id)->version == 1);

    auto created = repo.create(trainer, sampleCustomer(u"新客户"_s, u"010-7777 0000"_s));
    REQUIRE_FALSE(created);
    CHECK(created.error().code == ErrorCode::Forbidden);
    CHECK(countRows(t.db(), u"customers"_s) == 1);

    auto entries = t.db().scalar(u"SELECT COUNT(*) FROM audit WHERE actor_id = ? AND action LIKE 'forbidden:%'"_s,
                                 {trainer.staffId});
    CHECK(entries->toInt() == 2);
}

TEST_CASE("the permission matrix gives each platform action to the right roles", "[permissions]")
{
    const Session operatorSession{1, u"op"_s, u"op"_s, {Role::HotlineOperator}};
    const Session sales{2, u"s"_s, u"s"_s, {Role::Sales}};
    const Session admin{3, u"a"_s, u"a"_s, {Role::Administrator}};
    const Session trainer{4, u"t"_s, u"t"_s, {Role::Trainer}};
    CHECK(can(operatorSession, Action::CustomerEdit));
    CHECK_FALSE(can(operatorSession, Action::StaffManage));
    CHECK(can(sales, Action::CustomerCreate));
    CHECK_FALSE(can(sales, Action::CustomerEdit));
    CHECK(can(sales, Action::CustomerImport));
    CHECK(can(admin, Action::StaffManage));
    CHECK(can(admin, Action::CalendarEdit));
    CHECK(can(admin, Action::Backup));
    CHECK_FALSE(can(trainer, Action::CustomerCreate));
    CHECK_FALSE(can(trainer, Action::CalendarEdit));
    for (Action a : {Action::StaffManage, Action::CalendarEdit, Action::SlaPolicyEdit, Action::Backup})
        CHECK(rolesFor(a) == RoleSet{Role::Administrator});
}

TEST_CASE("caller lookup finds a customer by any part of a phone number", "[records][lookup]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    CustomerRepository repo(t.db());
    auto a = repo.create(t.admin(), sampleCustomer(u"廊坊金诺电子科技有限公司"_s, u"0316-520 1188"_s));
    auto b = repo.create(t.admin(), sampleCustomer(u"北京瑞丰商贸有限公司"_s, u"010-8462 3301"_s));
    REQUIRE(a);
    REQUIRE(b);
    auto byFragment = repo.lookup(u"5201"_s);
    REQUIRE(byFragment);
    REQUIRE(byFragment->size() == 1);
    CHECK(byFragment->first().id == *a);
    auto byFormatted = repo.lookup(u"8462-33"_s);
    REQUIRE(byFormatted);
    REQUIRE(byFormatted->size() >= 1);
    CHECK(byFormatted->first().id == *b);
    auto byFull = repo.lookup(u"01084623301"_s);
    REQUIRE(byFull);
    CHECK(byFull->first().id == *b);
    auto byName = repo.lookup(u"瑞丰"_s);
    REQUIRE(byName);
    REQUIRE(byName->size() == 1);
    CHECK(byName->first().name == u"北京瑞丰商贸有限公司"_s);
    CHECK(repo.lookup(u"9999999"_s)->isEmpty());
}

TEST_CASE("customer search agrees with a plain LIKE scan for 1, 2, 3 and longer queries", "[records][search]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    CustomerRepository repo(t.db());
    const QStringList names = {u"北京华信机械制造有限公司"_s, u"天津华信食品有限公司"_s, u"廊坊宏达物流有限公司"_s,
                               u"Beijing Nordic Valve Co., Ltd."_s, u"上海华为软件有限公司"_s,
                               u"保定瑞丰医药股份有限公司"_s, u"Tianjin Harbour Logistics Ltd."_s};
    int n = 0;
    for (const QString &name : names)
        REQUIRE(repo.create(t.admin(), sampleCustomer(name, u"010-5000 10"_s + QString::number(10 + n++))));
    for (const QString &q : {u"华"_s, u"华信"_s, u"有限公"_s, u"机械制造有限公司"_s, u"valve"_s, u"LOGISTICS"_s,
                             u"Nordic Valve"_s, u"5000 101"_s, u"5000101"_s, u"%"_s, u"_"_s, u"不存在的公司"_s}) {
        auto rows = repo.list({q, CustomerSort::NameAsc, 1000, 0});
        REQUIRE(rows);
        QSet<qint64> found;
        for (const CustomerRow &r : *rows)
            found.insert(r.id);
        QSet<qint64> reference;
        auto all = t.db().exec(u"SELECT id, search_text FROM customers"_s);
        while (all->next())
            if (all->value(1).toString().contains(q, Qt::CaseInsensitive))
                reference.insert(all->value(0).toLongLong());
        INFO("query: " << q.toStdString());
        CHECK(found == reference);
        CHECK(*repo.count(q) == reference.size());
    }
}

TEST_CASE("the customer list sorts names in pinyin order and pages", "[records]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    CustomerRepository repo(t.db());
    int n = 0;
    for (const QString &name : {u"张家口机械厂"_s, u"安徽商贸"_s, u"北京食品"_s, u"重庆物流"_s, u"Zeta Ltd"_s})
        REQUIRE(repo.create(t.admin(), sampleCustomer(name, u"010-6000 20"_s + QString::number(10 + n++))));
    auto rows = repo.list({{}, CustomerSort::NameAsc, 3, 0});
    REQUIRE(rows);
    REQUIRE(rows->size() == 3);
    CHECK(rows->at(0).name == u"安徽商贸"_s);
    CHECK(rows->at(1).name == u"北京食品"_s);
    CHECK(rows->at(2).name == u"重庆物流"_s);
    auto next = repo.list({{}, CustomerSort::NameAsc, 3, 3});
    REQUIRE(next->size() == 2);
    CHECK(next->at(0).name == u"张家口机械厂"_s);
    CHECK(next->at(1).name == u"Zeta Ltd"_s); // ICU: Latin after Han here, the same on both engines
    CHECK(rows->at(0).contractType == u"SPS"_s);
    CHECK(rows->at(0).firstContact == u"王丽"_s);
}

TEST_CASE("possible duplicates are found by name, phone or service code", "[records]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    CustomerRepository repo(t.db());
    auto id = repo.create(t.admin(), sampleCustomer(u"河北鼎盛印务有限公司"_s, u"0311-6666 1234"_s));
    REQUIRE(id);
    CHECK(repo.findDuplicates(sampleCustomer(u"河北鼎盛印务有限公司"_s, u"010-1000 0001"_s))->size() == 1);
    Customer samePhone = sampleCustomer(u"另一个公司"_s, u"0311 66661234"_s);
    samePhone.serviceCode = u"X"_s;
    CHECK(repo.findDuplicates(samePhone)->size() == 1);
    Customer other = sampleCustomer(u"无关公司"_s, u"020-3333 4444"_s);
    other.serviceCode = u"ZZ"_s;
    CHECK(repo.findDuplicates(other)->isEmpty());
}

TEST_CASE("record store refuses unsafe table and column names", "[records]")
{
    auto t = TestDatabase::create(Backend::SQLite);
    RecordStore store(t.db());
    CHECK_FALSE(store.insert(t.admin(), u"customers; DROP TABLE staff"_s, {{u"name"_s, u"x"_s}}));
    CHECK_FALSE(store.insert(t.admin(), u"customers"_s, {{u"name = 1 --"_s, u"x"_s}}));
    CHECK_FALSE(store.insert(t.admin(), u"customers"_s, {{u"version"_s, 5}}));
    CHECK(countRows(t.db(), u"customers"_s) == 0);
}

TEST_CASE("no path stores a gigantic text or a NUL character: refused naming the field, nothing written",
          "[records][limits]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    RecordStore store(t.db());
    const int before = t.db().scalar(u"SELECT COUNT(*) FROM products"_s)->toInt();
    const int audited = t.db().scalar(u"SELECT COUNT(*) FROM audit"_s)->toInt();

    auto huge = store.insert(t.admin(), u"products"_s, {{u"name"_s, QString(RecordStore::kTextMax + 1, u'用')}}, u"create"_s);
    REQUIRE_FALSE(huge);
    CHECK(huge.error().code == ErrorCode::Invalid);
    CHECK(huge.error().field == u"name"_s);
    CHECK(huge.error().message.contains(QString::number(RecordStore::kTextMax)));

    auto nul = store.insert(t.admin(), u"products"_s, {{u"name"_s, u"U8+"_s + QChar(u'\0') + u"hidden"_s}}, u"create"_s);
    REQUIRE_FALSE(nul);
    CHECK(nul.error().field == u"name"_s);

    // At the limit it is stored, and read back exactly; an update past it is refused the same way.
    auto id = store.insert(t.admin(), u"products"_s, {{u"name"_s, u"用友U8+"_s}}, u"create"_s);
    REQUIRE(id);
    auto bigUpdate = store.update(t.admin(), u"products"_s, *id, 1, {{u"vendor"_s, QString(RecordStore::kTextMax + 1, u'x')}},
                                  u"update"_s);
    REQUIRE_FALSE(bigUpdate);
    CHECK(bigUpdate.error().field == u"vendor"_s);
    REQUIRE(store.update(t.admin(), u"products"_s, *id, 1, {{u"vendor"_s, QString(RecordStore::kTextMax, u'x')}}, u"update"_s));
    CHECK(t.db().scalar(u"SELECT LENGTH(vendor) FROM products WHERE id = ?"_s, {*id})->toInt() == RecordStore::kTextMax);
    CHECK(t.db().scalar(u"SELECT COUNT(*) FROM products"_s)->toInt() == before + 1);
    CHECK(t.db().scalar(u"SELECT COUNT(*) FROM audit"_s)->toInt() == audited + 2);
}
