#pragma once

#include "core/auth/roles.h"
#include "core/common/error.h"
#include "core/db/database.h"

#include <QList>
#include <QMap>
#include <QString>

namespace sd::core {

/// What `generateDemo` loads: how many customers, and the seed that makes the data repeatable.
struct DemoOptions {
    int customers = 2000;
    quint32 seed = 20261123;
    QString password;          ///< the demo accounts' password; empty: demoPassword()
    bool offerLogins = true;   ///< the login screen offers the demo accounts (`demo.logins`)
};

/// One of the demo accounts the login screen offers (all share the demo password).
struct DemoLogin {
    QString login;
    QString password;
    QString displayName;
    Role role = Role::Administrator; ///< the account's main role (roleTitle(role) shows it)
};

/// What `generateDemo` wrote.
struct DemoReport {
    int staff = 0;             ///< accounts created (existing logins are kept, not counted)
    int departments = 0;       ///< departments created
    int customers = 0;
    int contacts = 0;
    int phones = 0;
    int contracts = 0;
    int products = 0;          ///< catalogue entries created
    int customerProducts = 0;  ///< purchased products (customer_products rows)
    QMap<QString, int> workflows; ///< each workflow's demo records, by kind
    qint64 elapsedMs = 0;
};

/// The password of every demo account.
QString demoPassword();

/// The handful of demo accounts worth showing on the login screen, one per main desk.
const QList<DemoLogin> &demoLogins();

/// Where demo data may go (issue 15), for `servicedeskctl demo` and anything else that loads it
/// on a user's behalf:
/// - a database with no staff accounts yet (one created for the demo): the demo accounts share
///   demoPassword() and the login screen offers them;
/// - a database already set up, only when `administrator` is an administrator's session: the
///   demo accounts get one random password for this load (reported once, to that administrator)
///   and are not offered on the login screen, so no known password ever enters it;
/// - otherwise refused (Forbidden, audited when a session was given), nothing written.
Result<DemoOptions> demoOptionsFor(const Database &db, const Session *administrator, DemoOptions options);

/// Fills an empty database with a realistic demo service center: departments, staff in every
/// role, the Yonyou / Chanjet product catalogue and `options.customers` customers with contacts,
/// phones, contracts and purchased products. A bulk loader: one transaction, prepared
/// statements, no per-row permission checks; one audit entry ("demo") summarises the load and
/// the setting `demo.logins` = 1 tells the app to offer the demo logins.
/// Refused (Invalid) when the database already has customers. Logins and departments that
/// already exist are kept. The same seed always gives the same data.
Result<DemoReport> generateDemo(const Database &db, const DemoOptions &options);

} // namespace sd::core
