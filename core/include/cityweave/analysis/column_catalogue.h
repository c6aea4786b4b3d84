// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/attribute.h"
#include "cityweave/project/project.h"

#include <string>
#include <string_view>

/// What each column of the analyses' result tables and each summary figure means: a title in
/// both languages with its unit, and a kind that says how to show a value (a share 0–1 as a
/// percentage, an area with thousands separators, a code as text). The panel, the report and
/// the spreadsheets read it so that a column is shown the same way everywhere.
namespace cw::analysis {

enum class ColumnKind {
    Text,       ///< free text
    Identifier, ///< ids and codes: text, never summed or formatted as a number
    Count,      ///< whole numbers
    Share,      ///< a fraction 0–1, shown as a percentage
    Percent,    ///< already 0–100
    Area,       ///< m²
    Hectares,   ///< ha
    Length,     ///< m
    Score,      ///< a score or a weight: a plain number with up to two decimals
    Number,     ///< any other measure
    Flag,       ///< 0/1
    Project,    ///< a project id (shown by the project's name)
    Projects,   ///< project ids separated by ';' or ','
    Sector,     ///< a sector code ("energy"), or several separated by ';'
    Code,       ///< a code of the analysis' choices ("iot_sensor", "benefit", "projects")
};

struct ColumnInfo {
    ColumnKind kind = ColumnKind::Text;
    project::LocalizedText title; ///< with the unit: "면적 (㎡)", "Area (m²)"
};

/// The column or summary figure `name` of type `type`. A name not in the catalogue (a plugin's)
/// is described by its suffix ("_m2" area, "_m" length, "_pct" percent, "_share"/"share_"
/// share, "_ha" hectares, "_count" count) and otherwise by its type, titled by its name.
ColumnInfo describeColumn(std::string_view name, data::FieldType type);

struct AnalysisDescriptor;
/// The same, asking the analysis' own column specs (a plugin's) first.
ColumnInfo describeColumn(std::string_view name, data::FieldType type,
                          const AnalysisDescriptor* analysis);

} // namespace cw::analysis
