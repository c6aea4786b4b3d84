// SPDX-License-Identifier: CC0-1.0
// The smallest CityWeave plugin, line by line. Copy this folder, rename the id, the library
// and the analysis, and build it (see docs/plugins.md). Layers and styles need no code: they
// are declared in cityweave-plugin.json. The code below adds one analysis.

// The one SDK header a plugin includes: the Registrar, the CITYWEAVE_PLUGIN macro and the
// analysis interface (descriptor, parameters, input, result).
#include "cityweave/sdk/plugin.h"

// Everything but the entry point stays private to this library: an anonymous namespace (and
// the hidden visibility cityweave_add_plugin() sets) keeps names from clashing with other
// plugins.
namespace {

using namespace cw::analysis; // Analysis, AnalysisDescriptor, ParameterSpec, ...

// An analysis: "how many features does each layer of each project have?"
class LayerCount final : public Analysis {
public:
    // What the CLI (`analyses`, `analyze --help`) and the GUI's analysis panel show before a
    // run: a unique id, names in Korean and English, typed parameters, promised outputs.
    const AnalysisDescriptor& descriptor() const override { return m_descriptor; }

    // The run: `input` holds the projects' layers already in the analysis CRS; `params` holds
    // every parameter, defaults filled in and checked against the specs.
    cw::Result<AnalysisResult> run(const AnalysisInput& input, const ParameterValues& params,
                                   const cw::ProgressFn& progress,
                                   const cw::CancelToken& cancel) const override {
        AnalysisResult result;
        result.analysisId = m_descriptor.id; // stamps what produced the result
        result.parameters = params.all();    // ... with which parameters
        result.crs = input.crs;              // ... in which CRS
        result.warnings = input.warnings;    // ... and what the input reader had to say
        const bool skipEmpty = params.flag("skip_empty");
        // A table output: typed columns, one row per layer.
        ResultTable table{"template_layer_counts",
                          {{"project_id", cw::data::FieldType::String},
                           {"layer_id", cw::data::FieldType::String},
                           {"features", cw::data::FieldType::Integer}},
                          {}};
        double total = 0;
        for (const AnalysisProject& project : input.projects) {
            if (cancel.isCancelled()) // long work checks the token and stops when asked
                return cw::makeError(cw::ErrorCode::Cancelled);
            for (const AnalysisLayer& layer : project.layers) {
                const auto count = static_cast<std::int64_t>(layer.data->featureCount());
                if (skipEmpty && count == 0)
                    continue;
                table.rows.push_back({project.id, layer.id, count});
                total += double(count);
            }
        }
        result.tables.push_back(std::move(table));
        result.summary["features"] = total; // headline figures for `analyze --json`
        if (progress)
            progress(1.0); // progress runs from 0 to 1
        return result;
    }

private:
    AnalysisDescriptor m_descriptor{
        "template-layer-count", // id: unique across the host; lower-case, '-'
        {"레이어별 객체 수 (견본)", "Features per layer (template)"},
        {"사업 레이어마다 객체 수를 셉니다.", "Counts the features of every project layer."},
        // One typed parameter: key, name, description, type, default (as text).
        {{"skip_empty",
          {"빈 레이어 생략", "Skip empty layers"},
          {"객체가 없는 레이어는 표에서 뺍니다.", "Leave layers without features out."},
          ParameterType::Boolean,
          "false",
          {},   // minimum (numbers only)
          {},   // maximum
          {},   // choices (Choice only)
          ""}}, // unit shown beside the field, e.g. "m"
        // One output: the key the table is written under in the result GeoPackage.
        {{"template_layer_counts", {"레이어별 객체 수", "Features per layer"}, OutputKind::Table}},
        // Titles (with units) of the columns and summary figures the host does not know, so
        // that the panel, comparisons and reports show them by name ("features" it knows).
        {{"layer_id", {"레이어", "Layer"}, cw::analysis::ColumnKind::Identifier}}};
};

// Called by the host through the entry point, only when the SDK versions are compatible.
// Register contributions here; never show windows or touch the host's menus.
void registerTemplate(cw::sdk::Registrar& registrar) {
    registrar.addAnalysis(std::make_unique<LayerCount>());
}

} // namespace

// Defines the exported extern "C" entry point `cityweave_plugin_entry` around the function.
CITYWEAVE_PLUGIN(registerTemplate)
