// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/planning/compliance.h"
#include "cityweave/planning/validation.h"
#include "cityweave/project/project.h"

#include <QCoreApplication>
#include <QString>
#include <string>

namespace cw::app {

/// Sentences and labels for the planning model in the user's language: validation problems,
/// compliance violations, stages, statuses, axes and partner kinds.
class PlanningText {
    Q_DECLARE_TR_FUNCTIONS(PlanningText)

public:
    /// `lang` picks the language of names stored in the model (project and zone names).
    static QString problem(const planning::ValidationProblem& problem);
    static QString violation(const planning::Violation& violation, const project::Project& project,
                             const QString& lang);
    static QString violationKind(planning::ViolationKind kind);
    static QString stage(int stage);
    static QString status(project::ProjectStatus status);
    static QString axis(project::Axis axis);
    static QString partnerKind(project::PartnerKind kind);
    static QString exemption(project::Exemption exemption, const QString& lang);
    static QString task(const std::string& code, const QString& lang);
    /// "Transport", "Safety", "Energy", "Industry and space"; empty for Sector::None.
    static QString sector(project::Sector sector);
    /// A planning object's field by its key: the keys of scenario differences and of the
    /// documents a shared plan keeps ("end_year" → End year, "rings" → Boundary); the key
    /// itself when unknown.
    static QString field(const std::string& key);
};

} // namespace cw::app
