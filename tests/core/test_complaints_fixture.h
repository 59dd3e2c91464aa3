// Shared set-up of the complaint tests: calendar and SLA defaults, departments, customers.
#pragma once

#include "core/calendar/calendarrepository.h"
#include "core/complaints/complaintservice.h"
#include "core/sla/slarepository.h"
#include "tests/support/testdb.h"

#include <QDateTime>
#include <QTimeZone>

namespace sd::test::complaints {

using namespace Qt::StringLiterals;

/// ms of a local time in Asia/Shanghai.
inline qint64 shanghai(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toMSecsSinceEpoch();
}

/// Pins Database::nowMs() for the scope.
struct Clock {
    explicit Clock(qint64 ms) : pin(ms) {}
    void set(qint64 ms) { pin.set(ms); }
    sd::core::ScopedClock pin;
};

inline void seedDefaults(const sd::core::Database &db)
{
    REQUIRE(sd::core::CalendarRepository::ensureDefaults(db));
    REQUIRE(sd::core::SlaRepository::seedDefaults(db));
}

inline qint64 addDepartment(const sd::core::Database &db, const QString &name, const QString &nameEn, qint64 headId = 0)
{
    auto id = db.insertReturningId(u"INSERT INTO departments (name, name_en, head_id, created_at, updated_at) "
                                   "VALUES (?, ?, ?, 1, 1)"_s,
                                   {name, nameEn, headId > 0 ? QVariant(headId) : QVariant()});
    REQUIRE(id);
    return *id;
}

inline void putInDepartment(const sd::core::Database &db, qint64 staffId, qint64 departmentId)
{
    REQUIRE(db.exec(u"UPDATE staff SET department_id = ? WHERE id = ?"_s, {departmentId, staffId}));
}

inline qint64 addCustomer(const sd::core::Database &db, const QString &name, bool key = false)
{
    auto id = db.insertReturningId(u"INSERT INTO customers (name, key_customer, created_at, updated_at) VALUES (?, ?, 1, 1)"_s,
                                   {name, key ? 1 : 0});
    REQUIRE(id);
    return *id;
}

inline sd::core::complaints::ComplaintIntake intake(qint64 customerId, const QString &source = u"direct"_s)
{
    sd::core::complaints::ComplaintIntake in;
    in.source = source;
    in.channel = source == u"direct" ? u"phone"_s : QString();
    in.customerId = customerId;
    in.complainant = u"王经理"_s;
    in.complainantPhone = u"13800138000"_s;
    in.problemClass = u"slow_response"_s;
    in.description = u"工程师约定上门时间未到，也没有通知"_s;
    in.customerRequest = u"尽快安排上门并道歉"_s;
    if (source == u"hq") {
        in.hqReference = u"HQ-TS-2026-0815"_s;
        in.hqDeadlineMs = shanghai(2026, 12, 1, 17);
    }
    if (source == u"hotline" || source == u"return_visit") {
        in.sourceRecordType = source == u"hotline" ? u"hotline_calls"_s : u"return_visits"_s;
        in.sourceRecordId = 42;
    }
    return in;
}

} // namespace sd::test::complaints
