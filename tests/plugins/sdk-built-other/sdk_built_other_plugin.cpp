// SPDX-License-Identifier: GPL-3.0-or-later
// Test fixture: metadata within range, but the library says it was built against SDK 2.0, as
// a plugin built with a newer SDK whose JSON was not updated would.
#include "cityweave/sdk/plugin.h"

extern "C" CITYWEAVE_PLUGIN_EXPORT int cityweave_plugin_entry(int, cw::sdk::Registrar*) {
    return 2000; // SDK 2.0: another major; it must not register anything with SDK 1
}
