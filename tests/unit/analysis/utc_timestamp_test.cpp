// SPDX-License-Identifier: GPL-3.0-or-later
// The time a result is stamped with, against the C library's own UTC calendar.
#include "cityweave/core/utc_time.h"

#include <ctime>
#include <gtest/gtest.h>
#include <regex>

TEST(UtcTimestamp, IsIso8601UtcAndAgreesWithTheCLibrary) {
    // Read the C library's clock on both sides; a second that turns in between is retried.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const std::time_t before = std::time(nullptr);
        const std::string stamp = cw::utcTimestamp();
        const std::time_t after = std::time(nullptr);
        if (before != after)
            continue;
        ASSERT_TRUE(std::regex_match(stamp, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")))
            << stamp;
        char expected[32];
        std::strftime(expected, sizeof expected, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&before));
        EXPECT_EQ(stamp, expected);
        return;
    }
    FAIL() << "the clock turned a second during every attempt";
}
