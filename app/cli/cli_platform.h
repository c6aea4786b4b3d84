// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the CLI needs from the operating system and Qt cannot give it: kept here, the only file
// of the CLI with platform branches.
namespace cw::cli {

/// Before the QGuiApplication exists: the offscreen platform plugin (the CLI draws into images,
/// never onto a screen) and, on Linux, a private runtime folder when the session has none
/// (CI, ssh), which Qt otherwise warns about.
void prepareHeadlessEnvironment();

/// The most memory this process has held (resident set / peak working set), in MiB.
double peakResidentMiB();

} // namespace cw::cli
