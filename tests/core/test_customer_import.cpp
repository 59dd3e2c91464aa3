// Customer import and export against a real database (SQLite and PostgreSQL).
#include "core/csv/customerimport.h"
#include "core/records/customerrepository.h"
#include "tests/support/testdb.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::test::Backend;
using sd::test::TestDatabase;

namespace {

qint64 customerCount(const Database &db)
{
    auto n = db.scalar(u"SELECT COUNT(*) FROM customers"_s);
    REQUIRE(n);
    return n->toLongLong();
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// Line 7 has a month 13; line 3-4 is one record, so line 7 is the file's 6th record.
const QString kBadOnLine7 =
    u"company,contact,phone,address,contract_type,contract_start,contract_end\n" // 1
    "华联,张伟,010-6543 2100,,,,\n"                                               // 2
    "浦东发展,王芳,021-5888 0000,\"上海市\n浦东新区\",,,\n"                        // 3-4
    "ACME,Li,13800138000,,SPS,2025-01-01,2025-12-31\n"                            // 5
    "Beta,,,,,,\n"                                                                // 6
    "Gamma,Zhao,010-1111 2222,,SPS,2025-01-01,2025-13-01\n"                       // 7
    "Delta,,,,,,\n"_s;                                                            // 8

const QString kSample =
    u"公司名称,联系人,联系电话,地址,购买软件,邮箱,服务编码,加密狗号,区域,重点客户,合同类型,合同开始,合同结束\r\n"
    "北京华联商厦有限公司,张伟,010-6543 2100；13800138000,\"北京市朝阳区建国路1号, 3层\",用友U8+ 16.0、T+ Cloud,"
    "zw@hualian.example,SC-0001,D-778899,外省,是,SPS,2025/3/1,2026/2/28\r\n"
    "上海浦东发展,王芳,+86 21 5888 0000,浦东新区,NC 6.5,,SC-0002,,周边,否,,,\r\n"
    "\"=cmd|' /C calc'!A0\",,,,,,,,,,,,\r\n"
    "ACME Ltd,Li Lei,010-1234 5678,,,,,,同城,1,standard,2024-01-01,2024-12-31\r\n"_s;

} // namespace

TEST_CASE("a customer file with a bad row on line 7 imports nothing and names line 7", "[import][db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    REQUIRE(importCustomers(t.db(), t.admin(), utf8(u"company\nAlready here\n"_s)));
    const qint64 before = customerCount(t.db());

    auto report = importCustomers(t.db(), t.admin(), utf8(kBadOnLine7));
    REQUIRE_FALSE(report);
    CHECK(report.error().code == ErrorCode::Invalid);
    CHECK(report.error().line == 7);
    CHECK(report.error().field == u"contract_end"_s);
    CHECK(report.error().describe().startsWith(u"line 7: "_s));
    CHECK(customerCount(t.db()) == before);
}

TEST_CASE("a write that fails on line 7 rolls back the customers of lines 2 to 6", "[import][db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    REQUIRE(importCustomers(t.db(), t.admin(), utf8(u"company\nAlready here\n"_s)));
    const qint64 before = customerCount(t.db());
    // Every row parses; the database then refuses the first phone (its table is gone), which
    // only line 7 has, after five customers have been written in the same transaction.
    REQUIRE(t.db().execRaw(u"DROP TABLE contact_phones"_s));
    const QString file = u"company,contact,phone,product\n"
                         "A,,,U8+ 16.0\n"
                         "B,,,\n"
                         "C,,,\n"
                         "D,,,T+ Cloud\n"
                         "E,,,\n"
                         "F,己,010-1000 0006,\n"_s;
    auto report = importCustomers(t.db(), t.admin(), utf8(file));
    REQUIRE_FALSE(report);
    CHECK(report.error().code == ErrorCode::Database);
    CHECK(report.error().line == 7);
    CHECK(customerCount(t.db()) == before);
    for (const QString &table : {u"contacts"_s, u"customer_products"_s, u"products"_s}) {
        INFO(table.toStdString());
        auto rows = t.db().scalar(u"SELECT COUNT(*) FROM "_s + table);
        REQUIRE(rows);
        CHECK(rows->toLongLong() == 0);
    }
}

TEST_CASE("a GBK customer file imports with its Chinese names intact", "[import][db][encoding]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    auto gbk = encodeText(kSample, ExportEncoding::Gb18030);
    REQUIRE(gbk);
    REQUIRE(gbk->startsWith(QByteArray::fromHex("b9abcbbec3fbb3c6"))); // 公司名称 in GBK

    auto report = importCustomers(t.db(), t.admin(), *gbk);
    REQUIRE(report);
    CHECK(report->imported == 4);
    CHECK(report->encoding == TextEncoding::Gb18030);
    CHECK(report->warnings.isEmpty());
    REQUIRE(report->ids.size() == 4);

    CustomerRepository repo(t.db());
    auto hualian = repo.get(report->ids.at(0));
    REQUIRE(hualian);
    CHECK(hualian->name == u"北京华联商厦有限公司"_s);
    CHECK(hualian->address == u"北京市朝阳区建国路1号, 3层"_s);
    CHECK(hualian->region == RegionClass::OtherProvince);
    CHECK(hualian->keyCustomer);
    CHECK(hualian->serviceCode == u"SC-0001"_s);
    CHECK(hualian->dongleNo == u"D-778899"_s);
    REQUIRE(hualian->contacts.size() == 1);
    CHECK(hualian->contacts.first().name == u"张伟"_s);
    REQUIRE(hualian->contacts.first().phones.size() == 2);
    CHECK(hualian->contacts.first().phones.at(0).phone == u"010-6543 2100"_s);
    CHECK(hualian->contacts.first().phones.at(1).phone == u"13800138000"_s);
    REQUIRE(hualian->products.size() == 2);
    CHECK(hualian->products.at(0).product == u"用友U8+"_s);
    CHECK(hualian->products.at(0).productVersion == u"16.0"_s);
    CHECK(hualian->products.at(1).product == u"T+ Cloud"_s);
    REQUIRE(hualian->contracts.size() == 1);
    CHECK(hualian->contracts.first().type == u"SPS"_s);
    CHECK(hualian->contracts.first().startsOn == QDate(2025, 3, 1));
    CHECK(hualian->contracts.first().endsOn == QDate(2026, 2, 28));

    auto formula = repo.get(report->ids.at(2));
    REQUIRE(formula);
    CHECK(formula->name == u"=cmd|' /C calc'!A0"_s);
}

TEST_CASE("exported customers import into an empty database and export the same again", "[import][export][db]")
{
    const Backend backend = GENERATE(Backend::SQLite, Backend::PostgreSQL);
    const bool chinese = GENERATE(false, true);
    auto first = TestDatabase::create(backend);
    REQUIRE(importCustomers(first.db(), first.admin(), utf8(kSample)));

    auto exported = exportCustomers(first.db(), first.admin(), chinese);
    REQUIRE(exported);
    CHECK(exported->startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(exported->sliced(3));
    CHECK(text.startsWith(chinese ? u"公司名称,联系人,"_s : u"company,contact,"_s));
    CHECK(text.contains(u"\r\n'=cmd|' /C calc'!A0,"_s)); // guarded against formula injection
    CHECK(text.count(u"\r\n"_s) == 5);

    auto second = TestDatabase::create(backend);
    auto report = importCustomers(second.db(), second.admin(), *exported);
    REQUIRE(report);
    CHECK(report->imported == 4);
    CHECK(report->encoding == TextEncoding::Utf8Bom);

    auto again = exportCustomers(second.db(), second.admin(), chinese);
    REQUIRE(again);
    CHECK(*again == *exported);

    auto pudong = CustomerRepository(second.db()).get(report->ids.at(1));
    REQUIRE(pudong);
    CHECK(pudong->name == u"上海浦东发展"_s);
    CHECK(pudong->contacts.first().phones.first().phone == u"+86 21 5888 0000"_s);
    CHECK(pudong->region == RegionClass::Nearby);
}

TEST_CASE("export writes every customer across page boundaries, in the GB18030 encoding on request", "[export][db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    constexpr int kCustomers = 2105; // more than two export pages
    QString file = u"company,contact,phone,product,contract_type,contract_start,contract_end\n"_s;
    for (int i = 1; i <= kCustomers; ++i)
        file += u"客户%1,联系人%1,010-%2,U8+ 16.%3,SPS,2025-01-01,2025-12-31\n"_s.arg(i).arg(10000000 + i).arg(i % 7);
    auto report = importCustomers(t.db(), t.admin(), utf8(file));
    REQUIRE(report);
    REQUIRE(report->imported == kCustomers);

    auto exported = exportCustomers(t.db(), t.admin(), false, ExportEncoding::Gb18030);
    REQUIRE(exported);
    auto back = readCustomerCsv(*exported);
    REQUIRE(back);
    CHECK(back->encoding == TextEncoding::Gb18030);
    REQUIRE(back->customers.size() == kCustomers);
    for (int i : {1, 1000, 1001, 2000, 2001, kCustomers}) {
        INFO(i);
        const Customer &c = back->customers.at(i - 1).customer;
        CHECK(c.name == u"客户%1"_s.arg(i));
        REQUIRE(c.contacts.size() == 1);
        CHECK(c.contacts.first().name == u"联系人%1"_s.arg(i));
        CHECK(c.contacts.first().phones.first().phone == u"010-%1"_s.arg(10000000 + i));
        REQUIRE(c.products.size() == 1);
        CHECK(c.products.first().productVersion == u"16.%1"_s.arg(i % 7));
        REQUIRE(c.contracts.size() == 1);
        CHECK(c.contracts.first().endsOn == QDate(2025, 12, 31));
    }
}

TEST_CASE("a session without the import or export role is refused and nothing changes", "[import][export][db][permissions]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    REQUIRE(importCustomers(t.db(), t.admin(), utf8(u"company\nAlready here\n"_s)));
    const qint64 before = customerCount(t.db());

    const Session operatorOnly = t.sessionWith({Role::HotlineOperator});
    auto imported = importCustomers(t.db(), operatorOnly, utf8(kSample));
    REQUIRE_FALSE(imported);
    CHECK(imported.error().code == ErrorCode::Forbidden);
    CHECK(customerCount(t.db()) == before);

    auto exported = exportCustomers(t.db(), operatorOnly, false);
    REQUIRE_FALSE(exported);
    CHECK(exported.error().code == ErrorCode::Forbidden);

    // The check comes first: even an unreadable file is answered with the refusal.
    auto garbage = importCustomers(t.db(), operatorOnly, QByteArray("\xFF\xFF\xFF"));
    REQUIRE_FALSE(garbage);
    CHECK(garbage.error().code == ErrorCode::Forbidden);

    // Sales may import but not export.
    const Session sales = t.sessionWith({Role::Sales});
    REQUIRE(importCustomers(t.db(), sales, utf8(u"company\nNew one\n"_s)));
    CHECK(customerCount(t.db()) == before + 1);
    CHECK_FALSE(exportCustomers(t.db(), sales, true));
}

TEST_CASE("running the same customer file again adds nothing, and finishes an import that stopped part-way",
          "[import][db]")
{
    auto t = TestDatabase::create(GENERATE(Backend::SQLite, Backend::PostgreSQL));
    // 1,200 rows: three batches. Two branches share a name without a service code, on purpose.
    constexpr int kRows = 1200;
    QString file = u"company,contact,phone,service_code\n"_s;
    for (int i = 1; i <= kRows; ++i)
        file += i % 3 == 0 ? u"客户%1,联系人%1,010-%2,\n"_s.arg(i).arg(10000000 + i)
                           : u"客户%1,联系人%1,010-%2,SC-%1\n"_s.arg(i).arg(10000000 + i);
    file += u"华联商厦分公司,张伟,010-6543 2100,\n华联商厦分公司,王芳,010-6543 2101,\n"_s;
    const int rows = kRows + 2;

    // The database refuses one customer in the third batch (line 1,101): the first two batches stay.
    const QString refuse = t.backend() == Backend::SQLite
                               ? u"CREATE TRIGGER refuse_one BEFORE INSERT ON customers WHEN NEW.name = '客户1100' "
                                 "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s
                               : u"CREATE FUNCTION refuse_one() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                 "IF NEW.name = '客户1100' THEN RAISE EXCEPTION 'refused for the test'; END IF; "
                                 "RETURN NEW; END $$"_s;
    REQUIRE(t.db().execRaw(refuse));
    if (t.backend() == Backend::PostgreSQL)
        REQUIRE(t.db().execRaw(u"CREATE TRIGGER refuse_one BEFORE INSERT ON customers FOR EACH ROW EXECUTE FUNCTION refuse_one()"_s));
    auto stopped = importCustomers(t.db(), t.admin(), utf8(file));
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().line == 1101);
    CHECK(stopped.error().message.contains(u"run the same file again"_s));
    CHECK(customerCount(t.db()) == 2 * kImportBatchRows);

    // Again, once the cause is gone: only the rest is added.
    REQUIRE(t.db().execRaw(t.backend() == Backend::SQLite ? u"DROP TRIGGER refuse_one"_s : u"DROP TRIGGER refuse_one ON customers"_s));
    auto resumed = importCustomers(t.db(), t.admin(), utf8(file));
    REQUIRE(resumed);
    CHECK(resumed->imported == rows - 2 * kImportBatchRows);
    CHECK(resumed->alreadyPresent == 2 * kImportBatchRows);
    CHECK(resumed->batches == 3);
    CHECK(customerCount(t.db()) == rows);

    // And again: nothing new, no service code twice, both branches of the same name kept once each.
    auto again = importCustomers(t.db(), t.admin(), utf8(file));
    REQUIRE(again);
    CHECK(again->imported == 0);
    CHECK(again->alreadyPresent == rows);
    CHECK(customerCount(t.db()) == rows);
    CHECK(t.db().scalar(u"SELECT COUNT(*) FROM (SELECT service_code FROM customers WHERE service_code <> '' "
                        "GROUP BY service_code HAVING COUNT(*) > 1) d"_s)
              ->toInt() == 0);
    CHECK(t.db().scalar(u"SELECT COUNT(*) FROM customers WHERE name = '华联商厦分公司'"_s)->toInt() == 2);
    // One audit entry per committed batch, each naming its lines.
    CHECK(t.db().scalar(u"SELECT COUNT(*) FROM audit WHERE table_name = 'customers' AND action = 'customer.import'"_s)->toInt() ==
          2 + 3 + 3);
}
