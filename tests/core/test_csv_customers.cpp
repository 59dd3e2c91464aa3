// Customer files: header mapping, row checks with line numbers, export and re-import (no database).
#include "core/csv/customercsv.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace {

Customer sampleCustomer()
{
    Customer c;
    c.name = u"北京华联商厦有限公司"_s;
    c.address = u"北京市朝阳区建国路 1 号, 3 层"_s;
    c.region = RegionClass::Nearby;
    c.keyCustomer = true;
    c.serviceCode = u"SC-0001"_s;
    c.dongleNo = u"D123456"_s;
    Contact t;
    t.name = u"张伟"_s;
    t.email = u"zhangwei@hualian.example"_s;
    t.phones = {{0, u"+86 10 6543 2100"_s, {}}, {0, u"138-0013-8000"_s, {}}};
    c.contacts = {t};
    PurchasedProduct u8;
    u8.product = u"U8+"_s;
    u8.productVersion = u"16.0"_s;
    PurchasedProduct tplus;
    tplus.product = u"T+ Cloud"_s;
    c.products = {u8, tplus};
    Contract old;
    old.type = u"standard"_s;
    old.startsOn = QDate(2023, 1, 1);
    old.endsOn = QDate(2023, 12, 31);
    Contract sps;
    sps.type = u"SPS"_s;
    sps.startsOn = QDate(2025, 3, 1);
    sps.endsOn = QDate(2026, 2, 28);
    c.contracts = {old, sps};
    return c;
}

QStringList phonesOf(const Customer &c)
{
    QStringList out;
    if (!c.contacts.isEmpty())
        for (const ContactPhone &p : c.contacts.first().phones)
            out.append(p.phone);
    return out;
}

} // namespace

TEST_CASE("a customer file with English headers gives customers with contact, phones, products and contract", "[csv][customers]")
{
    const QString text =
        u"company,contact,phone,address,product,email,service_code,dongle,region,key_customer,"
        "contract_type,contract_start,contract_end\r\n"
        "ACME Ltd,Li Lei,010-1234 5678;13800138000,\"1 Main St, Beijing\",U8+ 16.0;T+ Cloud,li@acme.example,"
        "SC-1,D-9,other_province,yes,SPS,2025-01-01,2025/12/31\r\n"
        "Beta Co,,,,,,,,,,,,\r\n"_s;
    auto data = parseCustomerCsv(text);
    REQUIRE(data);
    CHECK(data->warnings.isEmpty());
    REQUIRE(data->customers.size() == 2);

    const ParsedCustomer &acme = data->customers.at(0);
    CHECK(acme.line == 2);
    CHECK(acme.customer.name == u"ACME Ltd"_s);
    CHECK(acme.customer.address == u"1 Main St, Beijing"_s);
    CHECK(acme.customer.serviceCode == u"SC-1"_s);
    CHECK(acme.customer.dongleNo == u"D-9"_s);
    CHECK(acme.customer.region == RegionClass::OtherProvince);
    CHECK(acme.customer.keyCustomer);
    REQUIRE(acme.customer.contacts.size() == 1);
    CHECK(acme.customer.contacts.first().name == u"Li Lei"_s);
    CHECK(acme.customer.contacts.first().email == u"li@acme.example"_s);
    CHECK(phonesOf(acme.customer) == QStringList{u"010-1234 5678"_s, u"13800138000"_s});
    REQUIRE(acme.customer.products.size() == 2);
    CHECK(acme.customer.products.at(0).product == u"U8+"_s);
    CHECK(acme.customer.products.at(0).productVersion == u"16.0"_s);
    CHECK(acme.customer.products.at(1).product == u"T+ Cloud"_s);
    CHECK(acme.customer.products.at(1).productVersion.isEmpty());
    REQUIRE(acme.customer.contracts.size() == 1);
    CHECK(acme.customer.contracts.first().type == u"SPS"_s);
    CHECK(acme.customer.contracts.first().startsOn == QDate(2025, 1, 1));
    CHECK(acme.customer.contracts.first().endsOn == QDate(2025, 12, 31));

    const ParsedCustomer &beta = data->customers.at(1);
    CHECK(beta.line == 3);
    CHECK(beta.customer.contacts.isEmpty());
    CHECK(beta.customer.products.isEmpty());
    CHECK(beta.customer.contracts.isEmpty());
    CHECK(beta.customer.region == RegionClass::SameCity);
    CHECK_FALSE(beta.customer.keyCustomer);
}

TEST_CASE("Chinese headers and their aliases match whatever the case and surrounding spaces", "[csv][customers]")
{
    for (const QString &company : {u"公司名称"_s, u"客户名称"_s, u" Company "_s, u"COMPANY"_s}) {
        INFO(company.toStdString());
        CHECK(customerColumnFromHeader(company) == CustomerColumn::Company);
    }
    CHECK(customerColumnFromHeader(u"电话"_s) == CustomerColumn::Phone);
    CHECK(customerColumnFromHeader(u" 联系电话"_s) == CustomerColumn::Phone);
    CHECK(customerColumnFromHeader(u"产品"_s) == CustomerColumn::Product);
    CHECK(customerColumnFromHeader(u"购买软件"_s) == CustomerColumn::Product);
    CHECK(customerColumnFromHeader(u"Service_Code"_s) == CustomerColumn::ServiceCode);
    CHECK(customerColumnFromHeader(u"service code"_s) == CustomerColumn::ServiceCode);
    CHECK(customerColumnFromHeader(u"加密狗号"_s) == CustomerColumn::Dongle);
    CHECK(customerColumnFromHeader(u"重点客户"_s) == CustomerColumn::KeyCustomer);
    CHECK(customerColumnFromHeader(u"合同结束"_s) == CustomerColumn::ContractEnd);
    CHECK_FALSE(customerColumnFromHeader(u"备注"_s));

    const QString text = u" 客户名称 ,联系人,电话,地址,产品,邮箱,服务编码,加密狗号,区域,重点客户,合同类型,合同开始,合同结束\n"
                         "上海浦东发展,王芳,021-5888 0000、13900001111,浦东新区,U8+ V16.0、NC 6.5,wf@pd.example,"
                         "PD-7,G-1,外省,是,SPS,2025/3/1,2026/2/28\n"_s;
    auto data = parseCustomerCsv(text);
    REQUIRE(data);
    REQUIRE(data->customers.size() == 1);
    const Customer &c = data->customers.first().customer;
    CHECK(c.name == u"上海浦东发展"_s);
    CHECK(c.contacts.first().name == u"王芳"_s);
    CHECK(phonesOf(c) == QStringList{u"021-5888 0000"_s, u"13900001111"_s});
    CHECK(c.products.at(0).productVersion == u"V16.0"_s);
    CHECK(c.products.at(1).product == u"NC"_s);
    CHECK(c.region == RegionClass::OtherProvince);
    CHECK(c.keyCustomer);
    CHECK(c.contracts.first().startsOn == QDate(2025, 3, 1));
}

TEST_CASE("a file may mix English and Chinese column names in any order", "[csv][customers]")
{
    auto data = parseCustomerCsv(u"电话,Company,区域,key_customer,联系人\n010-1111 2222,华联,同城,否,张伟\n"_s);
    REQUIRE(data);
    REQUIRE(data->customers.size() == 1);
    const Customer &c = data->customers.first().customer;
    CHECK(c.name == u"华联"_s);
    CHECK(phonesOf(c) == QStringList{u"010-1111 2222"_s});
    CHECK(c.region == RegionClass::SameCity);
    CHECK_FALSE(c.keyCustomer);
}

TEST_CASE("phones split on semicolon, slash, 、 and ， and products on semicolon and 、", "[csv][customers]")
{
    auto data = parseCustomerCsv(
        u"company,contact,phone,product\n"
        "A,甲,\"010-1;010-2/010-3、010-4，010-5 ; \",\"U8+ 16.0 ; T3 10.8plus、 金蝶 K/3 WISE 15.1\"\n"_s);
    REQUIRE(data);
    const Customer &c = data->customers.first().customer;
    CHECK(phonesOf(c) == QStringList{u"010-1"_s, u"010-2"_s, u"010-3"_s, u"010-4"_s, u"010-5"_s});
    REQUIRE(c.products.size() == 3);
    CHECK(c.products.at(1).product == u"T3"_s);
    CHECK(c.products.at(1).productVersion == u"10.8plus"_s);
    CHECK(c.products.at(2).product == u"金蝶 K/3 WISE"_s);
    CHECK(c.products.at(2).productVersion == u"15.1"_s);
}

TEST_CASE("unknown columns are ignored and named in a warning", "[csv][customers]")
{
    auto data = parseCustomerCsv(u"company,备注,fax,,phone,contact\nACME,note,123,,010-555,Li\n"_s);
    REQUIRE(data);
    REQUIRE(data->customers.size() == 1);
    REQUIRE(data->warnings.size() == 1);
    CHECK(data->warnings.first().contains(u"备注"_s));
    CHECK(data->warnings.first().contains(u"fax"_s));
    CHECK(phonesOf(data->customers.first().customer) == QStringList{u"010-555"_s});
}

TEST_CASE("a bad row is reported with its physical line and no customers are returned", "[csv][customers]")
{
    // Line 3-4 is one record (an address across two lines), so record 4 is on line 6.
    const QString head = u"company,address,region,key_customer,contract_type,contract_start,contract_end\n"
                         "A,,,,,,\n"
                         "B,\"line one\nline two\",,,,,\n"
                         "C,,nearby,,,,\n"_s;
    struct Bad { QString row; QString field; };
    const QList<Bad> bad{
        {u",no company,,,,,"_s, u"company"_s},
        {u"D,,far away,,,,"_s, u"region"_s},
        {u"D,,,maybe,,,"_s, u"key_customer"_s},
        {u"D,,,,SPS,2025-02-30,2025-12-31"_s, u"contract_start"_s},
        {u"D,,,,SPS,2025-01-01,31.12.2025"_s, u"contract_end"_s},
        {u"D,,,,SPS,2025-01-01,"_s, u"contract_end"_s},
        {u"D,,,,,2025-01-01,2025-12-31"_s, u"contract_type"_s},
        {u"D,,,,SPS,2025-06-01,2025-01-01"_s, u"contract_end"_s},
    };
    for (const Bad &b : bad) {
        INFO(b.row.toStdString());
        auto data = parseCustomerCsv(head + b.row + u"\nE,,,,,,\n"_s);
        REQUIRE_FALSE(data);
        CHECK(data.error().code == ErrorCode::Invalid);
        CHECK(data.error().line == 6);
        CHECK(data.error().field == b.field);
        CHECK(data.error().describe().startsWith(u"line 6: "_s));
    }

    auto tooMany = parseCustomerCsv(u"company,phone\nA,\nB,,extra\n"_s);
    REQUIRE_FALSE(tooMany);
    CHECK(tooMany.error().line == 3);
}

TEST_CASE("an empty phone is fine, but a phone without a contact name is refused", "[csv][customers]")
{
    auto ok = parseCustomerCsv(u"company,contact,phone\nA,,\nB,Li,\n"_s);
    REQUIRE(ok);
    CHECK(ok->customers.at(0).customer.contacts.isEmpty());
    REQUIRE(ok->customers.at(1).customer.contacts.size() == 1);
    CHECK(ok->customers.at(1).customer.contacts.first().phones.isEmpty());

    auto noName = parseCustomerCsv(u"company,contact,phone\nA,,\nB,,010-1234\n"_s);
    REQUIRE_FALSE(noName);
    CHECK(noName.error().line == 3);
    CHECK(noName.error().field == u"contact"_s);

    auto notAPhone = parseCustomerCsv(u"company,contact,phone\nA,Li,n/a\n"_s);
    REQUIRE_FALSE(notAPhone);
    CHECK(notAPhone.error().line == 2);
    CHECK(notAPhone.error().field == u"phone"_s);
}

TEST_CASE("a header row without a company column, or with a column twice, is refused", "[csv][customers]")
{
    auto noCompany = parseCustomerCsv(u"contact,phone\nLi,010-1234\n"_s);
    REQUIRE_FALSE(noCompany);
    CHECK(noCompany.error().line == 1);
    CHECK(noCompany.error().field == u"company"_s);

    auto twice = parseCustomerCsv(u"\n公司名称,客户名称\nA,B\n"_s);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().line == 2);

    CHECK_FALSE(parseCustomerCsv(QString()));
    CHECK_FALSE(parseCustomerCsv(u",,\n,,\n"_s));
}

TEST_CASE("blank rows are skipped and a repeated company is warned about", "[csv][customers]")
{
    auto data = parseCustomerCsv(u"company\nACME\n\n,\n\" \"\nacme\n"_s);
    REQUIRE(data);
    REQUIRE(data->customers.size() == 2);
    CHECK(data->customers.at(1).line == 6);
    REQUIRE(data->warnings.size() == 1);
    CHECK(data->warnings.first().contains(u"6"_s));
    CHECK(data->warnings.first().contains(u"2"_s));
}

TEST_CASE("region and key customer accept English and Chinese words, dates accept - and /", "[csv][customers]")
{
    auto data = parseCustomerCsv(u"company,region,key_customer,contract_type,contract_start,contract_end\n"
                                 "A,Same_City,YES,SPS,2025-1-5,2025/01/31\n"
                                 "B,周边,0,,,\n"
                                 "C,other_province,是,,,\n"
                                 "D,同城,false,,,\n"_s);
    REQUIRE(data);
    REQUIRE(data->customers.size() == 4);
    CHECK(data->customers.at(0).customer.region == RegionClass::SameCity);
    CHECK(data->customers.at(0).customer.keyCustomer);
    CHECK(data->customers.at(0).customer.contracts.first().startsOn == QDate(2025, 1, 5));
    CHECK(data->customers.at(1).customer.region == RegionClass::Nearby);
    CHECK_FALSE(data->customers.at(1).customer.keyCustomer);
    CHECK(data->customers.at(2).customer.region == RegionClass::OtherProvince);
    CHECK(data->customers.at(2).customer.keyCustomer);
    CHECK_FALSE(data->customers.at(3).customer.keyCustomer);
}

TEST_CASE("a GBK customer file is read with its Chinese names intact", "[csv][customers][encoding]")
{
    // 公司名称,联系人,电话 / 北京华联商厦,张伟,010-6543 2100 in code page 936.
    const QByteArray gbk = QByteArray::fromHex(
        "b9abcbbec3fbb3c62cc1aacfb5c8cb2cb5e7bbb00d0a"
        "b1b1bea9bbaac1aac9cccfc32cd5c5ceb02c3031302d3635343320323130300d0a");
    auto data = readCustomerCsv(gbk);
    REQUIRE(data);
    CHECK(data->encoding == TextEncoding::Gb18030);
    REQUIRE(data->customers.size() == 1);
    CHECK(data->customers.first().customer.name == u"北京华联商厦"_s);
    CHECK(data->customers.first().customer.contacts.first().name == u"张伟"_s);
    CHECK(phonesOf(data->customers.first().customer) == QStringList{u"010-6543 2100"_s});
}

TEST_CASE("exported customers read back the same, with English or Chinese headers and either encoding", "[csv][customers]")
{
    Customer plain;
    plain.name = u"=HYPERLINK(\"http://evil.example\",\"点我\")"_s; // must not run in Excel
    plain.address = u"two\nlines, \"quoted\""_s;
    plain.region = RegionClass::OtherProvince;
    const QList<Customer> customers{sampleCustomer(), plain};

    const auto language = GENERATE(CustomerCsvHeader::English, CustomerCsvHeader::Chinese);
    const auto encoding = GENERATE(ExportEncoding::Utf8Bom, ExportEncoding::Gb18030);
    auto bytes = writeCustomerCsv(customers, language, encoding);
    REQUIRE(bytes);
    if (encoding == ExportEncoding::Utf8Bom)
        CHECK(bytes->startsWith("\xEF\xBB\xBF"));

    auto text = decodeText(*bytes);
    REQUIRE(text);
    const QString firstLine = text->text.section(u"\r\n"_s, 0, 0);
    if (language == CustomerCsvHeader::English) {
        CHECK(firstLine == u"company,contact,phone,address,product,email,service_code,dongle,region,"
                           "key_customer,contract_type,contract_start,contract_end"_s);
    } else {
        CHECK(firstLine == u"公司名称,联系人,联系电话,地址,购买软件,邮箱,服务编码,加密狗号,区域,重点客户,"
                           "合同类型,合同开始,合同结束"_s);
        CHECK(text->text.contains(u",周边,是,"_s));
    }
    // The formula is stored behind an apostrophe (inside the quotes its commas need).
    CHECK(text->text.contains(u"\r\n\"'=HYPERLINK(\"\"http"_s));
    CHECK(text->text.contains(u",'+86 10 6543 2100;138-0013-8000,"_s));

    auto back = readCustomerCsv(*bytes);
    REQUIRE(back);
    REQUIRE(back->customers.size() == 2);
    const Customer &a = back->customers.at(0).customer;
    const Customer s = sampleCustomer();
    CHECK(a.name == s.name);
    CHECK(a.address == s.address);
    CHECK(a.region == s.region);
    CHECK(a.keyCustomer == s.keyCustomer);
    CHECK(a.serviceCode == s.serviceCode);
    CHECK(a.dongleNo == s.dongleNo);
    CHECK(a.contacts.first().name == s.contacts.first().name);
    CHECK(a.contacts.first().email == s.contacts.first().email);
    CHECK(phonesOf(a) == phonesOf(s));
    REQUIRE(a.products.size() == 2);
    CHECK(a.products.at(0).product == u"U8+"_s);
    CHECK(a.products.at(0).productVersion == u"16.0"_s);
    CHECK(a.products.at(1).product == u"T+ Cloud"_s);
    REQUIRE(a.contracts.size() == 1); // the latest-ending one
    CHECK(a.contracts.first().type == u"SPS"_s);
    CHECK(a.contracts.first().startsOn == QDate(2025, 3, 1));
    CHECK(a.contracts.first().endsOn == QDate(2026, 2, 28));

    const Customer &b = back->customers.at(1).customer;
    CHECK(b.name == plain.name);
    CHECK(b.address == plain.address);
    CHECK(b.region == RegionClass::OtherProvince);
    CHECK(back->customers.at(1).line == 3);
}
