// The promised call-back's countdown and level come from core (the hotline desk's badge used a
// widget-side threshold before).
#include "core/sla/due.h"

#include <catch2/catch.hpp>

using namespace sd::core;

TEST_CASE("A promised call-back is due soon within the due-soon span and overdue once past", "[sla][due]")
{
    const qint64 now = 1'800'000'000'000;
    const qint64 minute = 60'000;
    CHECK(wallMinutesLeft(now + 90 * minute + 30'000, now) == 90);
    CHECK(wallMinutesLeft(now, now) == 0);
    CHECK(wallMinutesLeft(now - 1, now) == -1);
    CHECK(wallMinutesLeft(now - 61 * minute, now) == -61);

    CHECK(callBackDueLevel(now + (kDueSoonMinutes + 1) * minute, now) == DueLevel::Later);
    // Minutes are truncated: up to the 61st minute still reads "60 min left", due soon.
    CHECK(callBackDueLevel(now + kDueSoonMinutes * minute + 59'000, now) == DueLevel::DueSoon);
    CHECK(callBackDueLevel(now + 5 * minute, now) == DueLevel::DueSoon);
    CHECK(callBackDueLevel(now, now) == DueLevel::DueSoon);
    CHECK(callBackDueLevel(now - 1, now) == DueLevel::Overdue);
}
