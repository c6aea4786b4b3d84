// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/analysis_input.h"
#include "cityweave/analysis/parameter.h"
#include "cityweave/data/attribute.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

/// The zones an analysis rolls up by (gu, dong, a planning grid): chosen by parameters the
/// roll-up analyses share, so the GUI offers a layer picker and a field picker, and the CLI
/// takes `--param zone_layer=ID` as well as `--zones FILE`.
namespace cw::analysis {

namespace zoneParameters {
inline constexpr const char* kLayer = "zone_layer";
inline constexpr const char* kNameField = "zone_name_field";
} // namespace zoneParameters

/// The two parameters: a polygon layer of the project, and the field that names its zones.
std::vector<ParameterSpec> zoneLayerParameters();

struct ZoneLayer {
    std::shared_ptr<const data::VectorLayer> layer; ///< null: none chosen (grid fallback)
    std::string nameField;                          ///< empty: zones are named by feature id
};

/// The zone layer of a run: the `zone_layer` parameter's layer when given, else the input's
/// zones (`--zones`); named by `zone_name_field`, else the input's name field, else a field
/// that looks like a name (nameFieldOf). Errors: the layer is absent or not polygons, or the
/// field is not in it.
Result<ZoneLayer> zoneLayerOf(const AnalysisInput& input, const ParameterValues& values);

/// The text field most likely to name features: a Korean name column of Korean boundary data
/// (SIG_KOR_NM, EMD_KOR_NM, ADM_NM), then "name", "이름", "*명", "*_nm"; empty if none.
std::string nameFieldOf(const std::vector<data::Field>& fields);

/// How much a polygon layer looks like administrative districts (0: not at all): by its id or
/// name ("gu", "dong", "구", "동", "district", "municipalities", "neighborhoods", "행정") and by
/// Korean boundary codes among its fields (SIG_CD, EMD_CD, ADM_CD). Picks the GUI's default.
int districtLikeness(std::string_view idOrName, const std::vector<data::Field>& fields);

/// How much a polygon layer looks like an outer boundary (0: not at all): "outline",
/// "boundary", "경계", "시계". Picks the default boundary that clips a grid.
int boundaryLikeness(std::string_view idOrName);

} // namespace cw::analysis
