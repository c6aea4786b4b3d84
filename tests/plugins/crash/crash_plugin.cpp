// SPDX-License-Identifier: GPL-3.0-or-later
// Test fixture: its entry point takes the whole process down, as a plugin with a bad pointer
// would. The next start must disable it and say so.
#include "cityweave/sdk/plugin.h"

#include <cstdlib>

namespace {

void crash(cw::sdk::Registrar&) {
    std::abort();
}

} // namespace

CITYWEAVE_PLUGIN(crash)
