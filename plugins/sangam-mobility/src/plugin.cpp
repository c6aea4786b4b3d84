// SPDX-License-Identifier: GPL-3.0-or-later
// The sangam-mobility plugin: layers and the RSU style are declared in cityweave-plugin.json;
// the library adds the roadside-unit coverage analysis.
#include "cityweave/sdk/plugin.h"

#include "rsu_coverage.h"

namespace {

void registerSangamMobility(cw::sdk::Registrar& registrar) {
    registrar.addAnalysis(cw::plugins::sangam::makeRsuCoverageAnalysis());
}

} // namespace

CITYWEAVE_PLUGIN(registerSangamMobility)
