// SPDX-License-Identifier: GPL-3.0-or-later
// Test fixture: its metadata asks for SDK 2.x, so the host must refuse it from the metadata
// alone. Its library aborts as soon as it is loaded: a test that passes proves it never was.
#include "cityweave/sdk/plugin.h"

#include <cstdlib>

namespace {

struct AbortWhenLoaded {
    AbortWhenLoaded() { std::abort(); }
};
const AbortWhenLoaded abortWhenLoaded;

void registerNothing(cw::sdk::Registrar&) {}

} // namespace

CITYWEAVE_PLUGIN(registerNothing)
