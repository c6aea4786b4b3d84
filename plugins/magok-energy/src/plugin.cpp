// SPDX-License-Identifier: GPL-3.0-or-later
// The magok-energy plugin: its layers and styles are declared in cityweave-plugin.json; the
// library adds the self-sufficiency analysis.
#include "cityweave/sdk/plugin.h"

#include "self_sufficiency.h"

namespace {

void registerMagokEnergy(cw::sdk::Registrar& registrar) {
    registrar.addAnalysis(cw::plugins::magok::makeSelfSufficiencyAnalysis());
}

} // namespace

CITYWEAVE_PLUGIN(registerMagokEnergy)
