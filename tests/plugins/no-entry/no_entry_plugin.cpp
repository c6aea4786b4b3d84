// SPDX-License-Identifier: GPL-3.0-or-later
// Test fixture: a shared library that forgot CITYWEAVE_PLUGIN (no entry point exported).
extern "C" __attribute__((visibility("default"))) int fixture_something_else() {
    return 42;
}
