// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cw::detail {

/// This process's id.
long long currentProcessId();
/// Whether a process with this id runs now (one we may not signal counts as running).
bool processAlive(long long pid);

} // namespace cw::detail
