// Holiday CSV files and the shipped Chinese holiday calendar 2025–2026.
#include "core/calendar/holidaycsv.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace {
Error parseError(const QByteArray &csv)
{
    auto r = HolidayCsv::parse(csv);
    REQUIRE_FALSE(r);
    CHECK_FALSE(r.error().message.isEmpty());
    return r.error();
}
} // namespace

TEST_CASE("a holiday CSV with a header row parses into days in file order")
{
    auto r = HolidayCsv::parse("date,kind,name\n"
                               "2025-10-01,holiday,国庆节 National Day\n"
                               "2025-09-28,workday,调休 make-up\n");
    REQUIRE(r);
    REQUIRE(r->size() == 2);
    CHECK((*r)[0] == CalendarDay{QDate(2025, 10, 1), DayKind::Holiday, u"国庆节 National Day"_s});
    CHECK((*r)[1] == CalendarDay{QDate(2025, 9, 28), DayKind::Workday, u"调休 make-up"_s});
}

TEST_CASE("a holiday CSV parses without a header, with a BOM, CRLF, blank lines and comments")
{
    auto r = HolidayCsv::parse("\xEF\xBB\xBF"
                               "# comment\r\n"
                               "\r\n"
                               "2025-01-01,Holiday,元旦\r\n"
                               "  2025-01-26 , WORKDAY , 春节调休 \r\n"
                               "2025-02-01,holiday\r\n");
    REQUIRE(r);
    REQUIRE(r->size() == 3);
    CHECK((*r)[0].date == QDate(2025, 1, 1));
    CHECK((*r)[0].name == u"元旦"_s);
    CHECK((*r)[1].kind == DayKind::Workday);
    CHECK((*r)[1].name == u"春节调休"_s);
    CHECK((*r)[2].name.isEmpty());
    // A BOM directly before the header row.
    auto withHeader = HolidayCsv::parse("\xEF\xBB\xBF" "date,kind,name\n2025-01-01,holiday,x\n");
    REQUIRE(withHeader);
    CHECK(withHeader->size() == 1);
}

TEST_CASE("a holiday CSV name may be quoted and contain commas and quotes")
{
    auto r = HolidayCsv::parse("2025-10-01,holiday,\"National Day, \"\"Golden Week\"\"\"\n");
    REQUIRE(r);
    CHECK(r->first().name == u"National Day, \"Golden Week\""_s);
}

TEST_CASE("an empty holiday CSV is an empty list")
{
    auto r = HolidayCsv::parse("");
    REQUIRE(r);
    CHECK(r->isEmpty());
    auto header = HolidayCsv::parse("date,kind,name\n");
    REQUIRE(header);
    CHECK(header->isEmpty());
}

TEST_CASE("a bad date in a holiday CSV is reported with its line number")
{
    const QByteArray head = "date,kind,name\n2025-01-01,holiday,ok\n";
    Error e = parseError(head + "2025-13-01,holiday,bad month\n");
    CHECK(e.line == 3);
    CHECK(e.code == ErrorCode::Invalid);
    CHECK(e.field == u"date"_s);
    CHECK(e.message.contains(u"2025-13-01"_s));
    CHECK(e.describe().startsWith(u"line 3"_s));
    CHECK(parseError(head + "2025/01/02,holiday,x\n").line == 3);
    CHECK(parseError(head + "2025-2-3,holiday,x\n").line == 3);
    CHECK(parseError(head + "2025-02-30,holiday,x\n").line == 3);
    CHECK(parseError(",holiday,x\n").line == 1);
}

TEST_CASE("a bad kind in a holiday CSV is reported with its line number")
{
    Error e = parseError("date,kind,name\n\n2025-01-01,vacation,x\n");
    CHECK(e.line == 3);   // blank lines still count
    CHECK(e.field == u"kind"_s);
    CHECK(e.message.contains(u"vacation"_s));
}

TEST_CASE("a holiday CSV line with too few or too many columns is refused")
{
    CHECK(parseError("2025-01-01\n").line == 1);
    CHECK(parseError("2025-01-01,holiday,a\n2025-01-02,holiday,b,c\n").line == 2);
}

TEST_CASE("a date listed twice in a holiday CSV names both lines")
{
    Error e = parseError("2025-01-01,holiday,a\n2025-01-02,holiday,b\n2025-01-01,workday,c\n");
    CHECK(e.line == 3);
    CHECK(e.message.contains(u"line 1"_s));
}

TEST_CASE("an unclosed quote and invalid UTF-8 in a holiday CSV are refused with the line")
{
    CHECK(parseError("2025-01-01,holiday,\"open\n").line == 1);
    Error e = parseError("2025-01-01,holiday,ok\n2025-01-02,holiday,\xFF\xFE bad\n");
    CHECK(e.line == 2);
}

TEST_CASE("a header row only counts as a header on the first line with content")
{
    // A second "date,…" row is data, and a bad date.
    CHECK(parseError("date,kind,name\ndate,kind,name\n").line == 2);
}

TEST_CASE("a holiday CSV written by format() reads back the same")
{
    const QList<CalendarDay> days{{QDate(2025, 10, 1), DayKind::Holiday, u"国庆节, National Day"_s},
                                  {QDate(2025, 10, 11), DayKind::Workday, u"调休"_s},
                                  {QDate(2025, 10, 2), DayKind::Holiday, {}}};
    auto r = HolidayCsv::parse(HolidayCsv::format(days));
    REQUIRE(r);
    CHECK(*r == days);
}

TEST_CASE("a holiday file that cannot be read is an Io error")
{
    auto r = HolidayCsv::readFile(u"/nonexistent/holidays.csv"_s);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Io);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"h.csv"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("2026-01-01,holiday,元旦\n");
    f.close();
    auto ok = HolidayCsv::readFile(path);
    REQUIRE(ok);
    CHECK(ok->size() == 1);
}

TEST_CASE("the shipped Chinese holidays follow the State Council notices for 2025 and 2026")
{
    auto r = HolidayCsv::shippedChinaDays();
    REQUIRE(r);
    QHash<QDate, CalendarDay> byDate;
    for (const auto &d : *r)
        byDate.insert(d.date, d);
    CHECK(byDate.size() == r->size());

    auto holidays = [&](QDate from, QDate to) {
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            INFO(d.toString(Qt::ISODate).toStdString());
            REQUIRE(byDate.contains(d));
            CHECK(byDate[d].kind == DayKind::Holiday);
        }
    };
    auto workday = [&](QDate d) {
        INFO(d.toString(Qt::ISODate).toStdString());
        REQUIRE(byDate.contains(d));
        CHECK(byDate[d].kind == DayKind::Workday);
        CHECK(d.dayOfWeek() >= 6);   // make-up days are weekend days
    };
    // 2025
    holidays(QDate(2025, 1, 1), QDate(2025, 1, 1));
    holidays(QDate(2025, 1, 28), QDate(2025, 2, 4));
    workday(QDate(2025, 1, 26));
    workday(QDate(2025, 2, 8));
    holidays(QDate(2025, 4, 4), QDate(2025, 4, 6));
    holidays(QDate(2025, 5, 1), QDate(2025, 5, 5));
    workday(QDate(2025, 4, 27));
    holidays(QDate(2025, 5, 31), QDate(2025, 6, 2));
    holidays(QDate(2025, 10, 1), QDate(2025, 10, 8));
    workday(QDate(2025, 9, 28));
    workday(QDate(2025, 10, 11));
    // 2026
    holidays(QDate(2026, 1, 1), QDate(2026, 1, 3));
    workday(QDate(2026, 1, 4));
    holidays(QDate(2026, 2, 15), QDate(2026, 2, 23));
    workday(QDate(2026, 2, 14));
    workday(QDate(2026, 2, 28));
    holidays(QDate(2026, 4, 4), QDate(2026, 4, 6));
    holidays(QDate(2026, 5, 1), QDate(2026, 5, 5));
    workday(QDate(2026, 5, 9));
    holidays(QDate(2026, 6, 19), QDate(2026, 6, 21));
    holidays(QDate(2026, 9, 25), QDate(2026, 9, 27));
    holidays(QDate(2026, 10, 1), QDate(2026, 10, 7));
    workday(QDate(2026, 9, 20));
    workday(QDate(2026, 10, 10));

    CHECK(r->size() == 72);   // 61 holidays + 11 make-up days, nothing else
    CHECK(byDate[QDate(2025, 1, 29)].name == u"春节 Spring Festival"_s);
    for (const auto &d : *r) {
        INFO(d.date.toString(Qt::ISODate).toStdString());
        CHECK_FALSE(d.name.isEmpty());
        // Bilingual: Chinese first, then English.
        CHECK(d.name.at(0).unicode() >= 0x4E00);
        CHECK(d.name.contains(QRegularExpression(u"[A-Za-z]"_s)));
    }
}
