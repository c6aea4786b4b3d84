// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// The plugin SDK's version. A plugin built against SDK major M loads in any CityWeave whose SDK
/// has the same major and a minor at least as high; see sdk/README.md for the policy.
#define CITYWEAVE_SDK_VERSION_MAJOR 1
#define CITYWEAVE_SDK_VERSION_MINOR 2
#define CITYWEAVE_SDK_VERSION ((CITYWEAVE_SDK_VERSION_MAJOR * 1000) + CITYWEAVE_SDK_VERSION_MINOR)
