// SPDX-License-Identifier: GPL-3.0-or-later
// The gvalley-industry plugin: layers and styles are declared in cityweave-plugin.json; the
// library adds the firm-density analysis.
#include "cityweave/sdk/plugin.h"

#include "firm_density.h"

namespace {

void registerGvalleyIndustry(cw::sdk::Registrar& registrar) {
    registrar.addAnalysis(cw::plugins::gvalley::makeFirmDensityAnalysis());
}

} // namespace

CITYWEAVE_PLUGIN(registerGvalleyIndustry)
