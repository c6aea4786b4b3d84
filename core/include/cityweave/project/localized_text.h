// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace cw::project {

/// Text in the two languages the product speaks.
struct LocalizedText {
    std::string ko;
    std::string en;
    /// The text in `lang` ("ko" or "en"), falling back to the other language.
    const std::string& in(const std::string& lang) const;
    bool operator==(const LocalizedText&) const = default;
};

} // namespace cw::project
