// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_registry.h"
#include "cityweave/plugin/plugin_manager.h"
#include "plugin/collecting_registrar.h"
#include "plugin/crash_guard.h"
#include "plugin/shared_library.h"

#include <memory>

namespace cw::plugin::detail {

/// Loads the plugin's library and runs its entry point under the crash guard. On failure the
/// record is Refused with its problem; the library, once opened, is returned either way (code
/// that ran may have left pointers into it, so it is never unloaded before the host ends).
std::unique_ptr<SharedLibrary> runPluginCode(PluginRecord& record, const CrashGuard& guard,
                                             CollectingRegistrar& registrar);

/// Checks the JSON and registered contributions together (unique ids, files inside the
/// folder, analysis ids free in `registry`) and commits them all or none: analyses into the
/// registry, layer sources (files made absolute) and styles into the record, which becomes
/// Loaded.
void commitContributions(PluginRecord& record, CollectingRegistrar& registrar,
                         analysis::AnalysisRegistry& registry);

} // namespace cw::plugin::detail
