#include "core/hotline/hotlinecall.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::core::hotline {

namespace {
} // namespace

const QStringList &channels()
{
    static const QStringList keys = {u"phone"_s, u"online"_s, u"im"_s, u"email"_s};
    return keys;
}

QString channelTitle(const QString &key)
{
    if (key == u"phone"_s) return QCoreApplication::translate("sd::core::HotlineCall", "Phone");
    if (key == u"online"_s) return QCoreApplication::translate("sd::core::HotlineCall", "Online service");
    if (key == u"im"_s) return QCoreApplication::translate("sd::core::HotlineCall", "QQ / WeChat");
    if (key == u"email"_s) return QCoreApplication::translate("sd::core::HotlineCall", "E-mail");
    return key;
}

const QStringList &billings()
{
    static const QStringList keys = {u"contract"_s, u"paid"_s, u"consultation"_s};
    return keys;
}

QString billingTitle(const QString &key)
{
    if (key == u"contract"_s) return QCoreApplication::translate("sd::core::HotlineCall", "Under contract");
    if (key == u"paid"_s) return QCoreApplication::translate("sd::core::HotlineCall", "Paid service");
    if (key == u"consultation"_s) return QCoreApplication::translate("sd::core::HotlineCall", "Consultation");
    return key;
}

const QStringList &openStates()
{
    static const QStringList keys = {Open, OnHold, Remote, OnsiteRequested, Requirement, RequirementDecided,
                                     HqSubmitted, HqAnswered};
    return keys;
}

const QStringList &decisions()
{
    static const QStringList keys = {u"do"_s, u"charge"_s, u"decline"_s};
    return keys;
}

QString decisionTitle(const QString &key)
{
    if (key == u"do"_s) return QCoreApplication::translate("sd::core::HotlineCall", "Do it");
    if (key == u"charge"_s) return QCoreApplication::translate("sd::core::HotlineCall", "Do it, charged");
    if (key == u"decline"_s) return QCoreApplication::translate("sd::core::HotlineCall", "Decline");
    return key;
}

} // namespace sd::core::hotline
