// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_input.h"
#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "cityweave/planning/compliance.h"
#include "cityweave/planning/validation.h"
#include "cityweave/project/project.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace cw::services {

/// The projects' footprints, read from their layers in the sandbox zones' CRS. The desktop keeps
/// them between checks while the layers stay the same.
struct PlanFootprints {
    std::vector<analysis::AnalysisProject> projects;
};

struct PlanCheckOutcome {
    std::vector<planning::ValidationProblem> problems;
    std::vector<planning::Violation> violations;
    /// False when the plan has no file to read its layers from: it was only validated.
    bool complianceChecked = false;
    std::shared_ptr<const PlanFootprints> footprints;
};

/// The one plan check, for the CLI's check, the desktop's compliance panel and the report's
/// planning section: the plan validated, then every project's footprint checked against the
/// sandbox zones that grant its exemptions.
class PlanCheck {
public:
    enum class Phase { Validating, Reading, Checking };
    /// The phase and the fraction of the whole check done.
    using PhaseProgressFn = std::function<void(Phase, double)>;

    /// The plan as the check sees it: projects, zones and rules, and only the layers of its
    /// projects, as the active scenario draws them (base layers and results play no part).
    static project::Project snapshot(const project::Project& plan);

    /// Checks `plan` saved at `path` (empty: not saved; only validated). `reuse`: footprints
    /// read by an earlier check of the same layers.
    static Result<PlanCheckOutcome> run(const std::string& path, const project::Project& plan,
                                        const PhaseProgressFn& progress = {},
                                        const CancelToken& cancel = {},
                                        std::shared_ptr<const PlanFootprints> reuse = nullptr);
};

} // namespace cw::services
