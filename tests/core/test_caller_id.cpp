// A caller number from a phone system (servicedesk --caller): what is taken, what is refused.
#include "core/hotline/callerid.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sd::core;

TEST_CASE("a caller number from the phone system keeps its digits and a leading plus", "[callerid]")
{
    CHECK(*callerid::normalize(u"13812345678"_s) == u"13812345678"_s);
    CHECK(*callerid::normalize(u" +86 (10) 6543-2100 "_s) == u"+861065432100"_s);
    CHECK(*callerid::normalize(u"010.6543.2100"_s) == u"01065432100"_s);
    CHECK(*callerid::normalize(u"801"_s) == u"801"_s);            // an extension
    CHECK(*callerid::normalize(QString(20, u'9')) == QString(20, u'9'));
}

TEST_CASE("a caller number that is not one is refused naming the field", "[callerid]")
{
    for (const QString &bad : {u""_s, u"12"_s, u"+12"_s, QString(21, u'1'), u"1380013800a"_s,
                               u"138 0013 8000; rm"_s, u"1+38"_s, u"１３８００１３８０００"_s,
                               QString(70, u' ') + u"1"_s + QString(70, u'-')}) {
        CAPTURE(bad);
        auto r = callerid::normalize(bad);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.error().field == u"caller"_s);
        CHECK_FALSE(r.error().message.isEmpty());
    }
}
