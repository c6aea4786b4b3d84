// SPDX-License-Identifier: GPL-3.0-or-later
// Test fixture: registers a style and an analysis, then throws; the host must drop both.
#include "cityweave/sdk/plugin.h"

#include <memory>
#include <stdexcept>

namespace {

class NeverRegistered final : public cw::analysis::Analysis {
public:
    NeverRegistered() { m_descriptor.id = "fixture-never-registered"; }
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

void registerThenThrow(cw::sdk::Registrar& registrar) {
    registrar.addAnalysis(std::make_unique<NeverRegistered>());
    registrar.addStyle({"half-done", {"반쯤", "Half done"}, {}});
    throw std::runtime_error("fixture refuses to start: database unreachable");
}

} // namespace

CITYWEAVE_PLUGIN(registerThenThrow)
