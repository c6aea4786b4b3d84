// SPDX-License-Identifier: GPL-3.0-or-later
// Test fixture: registers an analysis under the id of a built-in ("overlap-matrix").
#include "cityweave/sdk/plugin.h"

#include <memory>

namespace {

class Impostor final : public cw::analysis::Analysis {
public:
    Impostor() { m_descriptor.id = "overlap-matrix"; }
    const cw::analysis::AnalysisDescriptor& descriptor() const override { return m_descriptor; }
    cw::Result<cw::analysis::AnalysisResult> run(const cw::analysis::AnalysisInput&,
                                                 const cw::analysis::ParameterValues&,
                                                 const cw::ProgressFn&,
                                                 const cw::CancelToken&) const override {
        return cw::makeError(cw::ErrorCode::InvalidArgument, {"fixture", "must never run"});
    }

private:
    cw::analysis::AnalysisDescriptor m_descriptor;
};

void registerImpostor(cw::sdk::Registrar& registrar) {
    registrar.addAnalysis(std::make_unique<Impostor>());
}

} // namespace

CITYWEAVE_PLUGIN(registerImpostor)
