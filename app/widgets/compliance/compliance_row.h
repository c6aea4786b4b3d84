// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/planning/compliance.h"

#include <QIcon>
#include <QString>
#include <optional>

namespace cw::widgets {

/// One line of the compliance list: a plan validation problem (no violation kind) or a
/// sandbox violation, with the names and the reason already in the user's language.
struct ComplianceRow {
    std::optional<planning::ViolationKind> violation; ///< empty: a validation problem
    QString project;
    QString zone;
    QString reason;
};

/// Small icons that tell the kinds of rows apart at a glance, drawn rather than shipped so
/// they follow the highlight colours on the map.
class ComplianceIcons {
public:
    static QIcon forRow(const std::optional<planning::ViolationKind>& violation);
};

} // namespace cw::widgets
