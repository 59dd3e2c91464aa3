#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd::core {

enum class RegionClass { SameCity, Nearby, OtherProvince };
QString regionKey(RegionClass r);                 ///< "same_city", "nearby", "other_province"
std::optional<RegionClass> regionFromKey(const QString &key);
QString regionTitle(RegionClass r);               ///< translated

struct ContactPhone {
    qint64 id = 0;
    QString phone;   ///< as typed, e.g. "010-6543 2100"
    QString kind;    ///< "mobile", "office", … (free text)
};

struct Contact {
    qint64 id = 0;
    qint64 customerId = 0;
    int version = 0;
    QString name;
    QString title;
    QString email;
    QString im;      ///< QQ / WeChat
    bool isAdmin = false; ///< the customer's system administrator
    QList<ContactPhone> phones;
};

struct Contract {
    qint64 id = 0;
    qint64 customerId = 0;
    int version = 0;
    QString contractNo;
    QString type;        ///< e.g. "SPS", "standard", "warranty"
    QDate startsOn;
    QDate endsOn;
    int warrantyMonths = 12;
    bool onsiteIncluded = false;
    bool freeUpgrade = false;
    QString notes;

    bool isValidOn(const QDate &day) const { return day >= startsOn && day <= endsOn; }
    /// The last day of free maintenance, inclusive like endsOn: `warrantyMonths` from the
    /// start, less a day (12 months from 2026-01-01 → 2026-12-31, the day after is paid).
    /// Null when the contract has no warranty (0 months).
    QDate warrantyLastDay() const;
    /// True from the start to warrantyLastDay(), both included.
    bool inWarrantyOn(const QDate &day) const;
};

struct PurchasedProduct {
    qint64 id = 0;
    qint64 productId = 0;
    QString product;     ///< product name
    QString productVersion;
    QString modules;     ///< comma-separated module names
    int licences = 1;
    QDate purchasedOn;
};

struct Customer {
    qint64 id = 0;
    int version = 0;
    QString name;
    QString address;
    RegionClass region = RegionClass::SameCity;
    bool keyCustomer = false;
    bool vipChannel = false;
    QString serviceCode;
    QString dongleNo;
    QString industry;
    QString notes;
    qint64 updatedAt = 0;
    qint64 updatedBy = 0;
    QList<Contact> contacts;
    QList<Contract> contracts;
    QList<PurchasedProduct> products;

    /// The contract in force on `day` (latest ending), if any.
    const Contract *currentContract(const QDate &day) const;
};

/// A row of the customer list (what the list and lookup show, without the details).
struct CustomerRow {
    qint64 id = 0;
    QString name;
    QString address;
    QString serviceCode;
    QString dongleNo;
    RegionClass region = RegionClass::SameCity;
    bool keyCustomer = false;
    bool vipChannel = false;
    QString contractType;
    QDate contractEnds;      ///< of the latest contract (null when none)
    QString firstContact;
    QString firstPhone;
};

} // namespace sd::core
