// SPDX-License-Identifier: GPL-3.0-or-later
// The services layer: one way to run analyses, check a plan, export tables and compare
// scenarios, checked against the core building blocks called directly and against hand-made
// analyses whose outputs are known.
#include "cityweave/analysis/analysis_registry.h"
#include "cityweave/analysis/skipped_analysis.h"
#include "cityweave/planning/compliance.h"
#include "cityweave/planning/validation.h"
#include "cityweave/project/layer_loading.h"
#include "cityweave/project/layer_styler.h"
#include "cityweave/project/project_store.h"
#include "services/analysis_run.h"
#include "services/analysis_settings.h"
#include "services/plan_check.h"
#include "services/results_file.h"
#include "services/results_location.h"
#include "services/scenario_comparison.h"
#include "services/table_export.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <unistd.h>

namespace cw::test {
namespace {

namespace fs = std::filesystem;

/// An analysis whose output is known: it counts the projects and the results before it, and
/// fails or warns as told.
class CountingAnalysis : public analysis::Analysis {
public:
    CountingAnalysis(std::string id, std::vector<std::string> warnings = {},
                     std::optional<ErrorCode> failure = {})
        : m_warnings(std::move(warnings)), m_failure(failure) {
        m_descriptor.id = std::move(id);
        m_descriptor.name = {"세기", "Counting"};
    }
    const analysis::AnalysisDescriptor& descriptor() const override { return m_descriptor; }
    Result<analysis::AnalysisResult> run(const analysis::AnalysisInput& input,
                                         const analysis::ParameterValues&,
                                         const ProgressFn& progress,
                                         const CancelToken&) const override {
        if (m_failure)
            return makeError(*m_failure, {"point_assets"});
        if (progress)
            progress(0.5);
        analysis::AnalysisResult r;
        r.analysisId = m_descriptor.id;
        r.crs = input.crs;
        r.summary["projects"] = double(input.projects.size());
        r.summary["earlier"] = input.earlierResults ? double(input.earlierResults->size()) : -1;
        r.warnings = m_warnings;
        return r;
    }

private:
    analysis::AnalysisDescriptor m_descriptor;
    std::vector<std::string> m_warnings;
    std::optional<ErrorCode> m_failure;
};

project::Project sample() {
    auto project = project::ProjectStore::load(CW_SAMPLE_PROJECT);
    EXPECT_TRUE(project) << (project ? "" : errorCodeName(project.error().code));
    return project ? std::move(project).value() : project::Project{};
}

TEST(AnalysisSettings, PlanCrsByDefaultAndNoGeographicCrs) {
    auto crs = services::AnalysisSettings{}.crs();
    ASSERT_TRUE(crs);
    EXPECT_EQ(crs->storageString(), "EPSG:5186");
    auto other = services::AnalysisSettings{"EPSG:5179"}.crs();
    ASSERT_TRUE(other);
    EXPECT_EQ(other->storageString(), "EPSG:5179");
    auto geographic = services::AnalysisSettings{"EPSG:4326", "--crs"}.crs();
    ASSERT_FALSE(geographic);
    EXPECT_EQ(geographic.error().code, ErrorCode::NotProjectedCrs);
    EXPECT_EQ(geographic.error().args, (std::vector<std::string>{"--crs", "EPSG:4326"}));
    EXPECT_TRUE(geographic.error().detail.empty()); // nothing English for a Korean user
    EXPECT_EQ(services::AnalysisSettings{"EPSG:999999"}.crs().error().code, ErrorCode::UnknownCrs);
}

TEST(AnalysisRun, JobsSeeEarlierResultsAndWarningsComeOnce) {
    analysis::AnalysisInput input;
    input.crs = *crs::Crs::fromEpsg(5186);
    input.projects.resize(3);
    input.warnings = {"layer x: 2 invalid geometries repaired"};
    const CountingAnalysis first("first", {"layer x: 2 invalid geometries repaired", "own"});
    const CountingAnalysis second("second");
    auto jobs = services::AnalysisRun::jobs({&first, &second});
    ASSERT_TRUE(jobs);
    std::vector<double> progress;
    auto run =
        services::AnalysisRun::run(input, *jobs, {}, [&](double f) { progress.push_back(f); });
    ASSERT_TRUE(run);
    ASSERT_EQ(run->results.size(), 2u);
    EXPECT_EQ(run->results[0].summary.at("projects"), 3);
    EXPECT_EQ(run->results[0].summary.at("earlier"), 0);
    EXPECT_EQ(run->results[1].summary.at("earlier"), 1); // saw the first result
    EXPECT_EQ(run->results[0].warnings,
              (std::vector<std::string>{"layer x: 2 invalid geometries repaired", "own"}));
    EXPECT_EQ(run->results[1].warnings,
              (std::vector<std::string>{"layer x: 2 invalid geometries repaired"}));
    EXPECT_EQ(run->warnings,
              (std::vector<std::string>{"layer x: 2 invalid geometries repaired", "own"}));
    // Each job's half-way point, then the end: 0.25, 0.75, 1.
    EXPECT_EQ(progress, (std::vector<double>{0.25, 0.75, 1.0}));
    EXPECT_EQ(input.earlierResults, nullptr); // the input no longer points into the run
}

TEST(AnalysisRun, SkipsWhatThePlanLacksOnlyWhenRunningEverything) {
    analysis::AnalysisInput input;
    input.crs = *crs::Crs::fromEpsg(5186);
    const CountingAnalysis lacking("lacking", {}, ErrorCode::NothingToAnalyse);
    const CountingAnalysis fine("fine");
    const CountingAnalysis broken("broken", {}, ErrorCode::CorruptFile);
    auto jobs = services::AnalysisRun::jobs({&lacking, &fine});
    ASSERT_TRUE(jobs);
    services::AnalysisRunOptions all;
    all.skipAbsentInputs = true;
    std::vector<std::string> skipped;
    services::AnalysisRunListener listener;
    listener.skipped = [&](const services::SkippedAnalysis& s) { skipped.push_back(s.analysisId); };
    auto run = services::AnalysisRun::run(input, *jobs, all, {}, {}, listener);
    ASSERT_TRUE(run);
    EXPECT_EQ(skipped, std::vector<std::string>{"lacking"});
    ASSERT_EQ(run->skipped.size(), 1u);
    EXPECT_EQ(run->skipped[0].reason.code, ErrorCode::NothingToAnalyse);
    ASSERT_EQ(run->results.size(), 1u);
    EXPECT_EQ(run->results[0].analysisId, "fine");
    // Asked for by name, the same analysis fails the run; a damaged file always does.
    EXPECT_EQ(services::AnalysisRun::run(input, *jobs).error().code, ErrorCode::NothingToAnalyse);
    auto brokenJobs = services::AnalysisRun::jobs({&broken, &fine});
    EXPECT_EQ(services::AnalysisRun::run(input, *brokenJobs, all).error().code,
              ErrorCode::CorruptFile);
    CancelToken cancel;
    cancel.cancel();
    EXPECT_EQ(services::AnalysisRun::run(input, *jobs, all, {}, cancel).error().code,
              ErrorCode::Cancelled);
}

TEST(AnalysisRun, ParametersOfEachAnalysisFromOneList) {
    analysis::AnalysisRegistry registry;
    analysis::registerBuiltInAnalyses(registry);
    const auto* overlap = registry.find("overlap-matrix");
    ASSERT_NE(overlap, nullptr);
    // Keys another analysis has are left to it; a bad value of a key it has is refused.
    auto values = services::AnalysisRun::parameters(
        *overlap, {{"feature_pairs", "false"}, {"no_such_key", "1"}});
    ASSERT_TRUE(values);
    EXPECT_FALSE(values->flag("feature_pairs"));
    EXPECT_FALSE(services::AnalysisRun::parameters(*overlap, {{"feature_pairs", "maybe"}}));
}

TEST(AnalysisRun, EveryAnalysisOnTheSampleEqualsEachRunAlone) {
    const project::Project project = sample();
    analysis::AnalysisRegistry registry;
    analysis::registerBuiltInAnalyses(registry);
    auto all = services::AnalysisRun::runAll(CW_SAMPLE_PROJECT, project, registry);
    ASSERT_TRUE(all) << errorCodeName(all.error().code);
    EXPECT_EQ(all->results.size() + all->skipped.size(), registry.all().size());
    for (const auto& s : all->skipped)
        EXPECT_TRUE(analysis::inputsAbsent(s.reason)) << s.analysisId;
    // overlap-matrix run on its own through the core, in EPSG:5186 with its defaults.
    auto crs = crs::Crs::fromEpsg(5186);
    auto input = analysis::inputFromProject(CW_SAMPLE_PROJECT, project, *crs);
    ASSERT_TRUE(input);
    const auto* overlap = registry.find("overlap-matrix");
    auto values = analysis::ParameterValues::resolve(overlap->descriptor().parameters, {});
    auto alone = overlap->run(*input, *values, {}, {});
    ASSERT_TRUE(alone);
    const analysis::AnalysisResult* inRun = nullptr;
    for (const auto& r : all->results)
        if (r.analysisId == "overlap-matrix")
            inRun = &r;
    ASSERT_NE(inRun, nullptr);
    EXPECT_EQ(inRun->summary, alone->summary);
    EXPECT_GT(inRun->summary.at("overlapping_project_pairs"), 0);
}

TEST(PlanCheck, TheSampleCheckedAsTheCoreChecksIt) {
    const project::Project project = sample();
    auto check = services::PlanCheck::run(CW_SAMPLE_PROJECT, project);
    ASSERT_TRUE(check) << errorCodeName(check.error().code);
    EXPECT_TRUE(check->complianceChecked);
    auto crs = crs::Crs::fromEpsg(project::kSandboxZoneEpsg);
    auto input = analysis::inputFromProject(CW_SAMPLE_PROJECT, project, *crs);
    ASSERT_TRUE(input);
    auto violations =
        planning::checkCompliance(project.projects, input->projects, project.sandboxZones);
    ASSERT_TRUE(violations);
    EXPECT_EQ(check->violations.size(), violations->size());
    EXPECT_EQ(check->problems.size(),
              planning::validatePlan(project.projects, project.sandboxZones).size());
    // The footprints read once serve the next check of the same layers.
    std::vector<services::PlanCheck::Phase> phases;
    auto again = services::PlanCheck::run(
        CW_SAMPLE_PROJECT, project,
        [&](services::PlanCheck::Phase p, double) { phases.push_back(p); }, {}, check->footprints);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->violations.size(), check->violations.size());
    EXPECT_EQ(std::count(phases.begin(), phases.end(), services::PlanCheck::Phase::Reading), 0);
    // Not saved yet: validated only.
    auto unsaved = services::PlanCheck::run({}, project);
    ASSERT_TRUE(unsaved);
    EXPECT_FALSE(unsaved->complianceChecked);
    EXPECT_TRUE(unsaved->violations.empty());
}

analysis::ResultTable table(const std::string& key) {
    analysis::ResultTable t;
    t.key = key;
    t.columns = {{"구", data::FieldType::String}, {"count", data::FieldType::Integer}};
    t.rows = {{std::string("은평구"), std::int64_t(3)}};
    return t;
}

std::string head(const fs::path& file, std::size_t n) {
    std::ifstream in(file, std::ios::binary);
    std::string bytes(n, '\0');
    in.read(bytes.data(), std::streamsize(n));
    bytes.resize(std::size_t(in.gcount()));
    return bytes;
}

TEST(TableExport, CsvForExcelByDefaultAllOrOneTable) {
    const fs::path dir = fs::temp_directory_path() / ("cw-services-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const auto a = table("rollup"), b = table("pairs");
    const std::vector<const analysis::ResultTable*> tables{&a, &b};
    auto written = services::TableExport::write(tables, (dir / "t.csv").string());
    ASSERT_TRUE(written) << errorCodeName(written.error().code);
    ASSERT_EQ(written->size(), 2u);
    for (const std::string& path : *written)
        EXPECT_EQ(head(path, 3), "\xEF\xBB\xBF") << path;
    services::TableExportOptions plain;
    plain.csvBom = false;
    plain.onlyTable = "pairs";
    written = services::TableExport::write(tables, (dir / "p.csv").string(), plain);
    ASSERT_TRUE(written);
    ASSERT_EQ(*written, std::vector<std::string>{(dir / "p.csv").string()});
    EXPECT_EQ(head(dir / "p.csv", 3), "구"); // the header, no byte-order mark before it
    plain.onlyTable = "nothing";
    auto missing = services::TableExport::write(tables, (dir / "n.csv").string(), plain);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NoSuchTable);
    EXPECT_EQ(missing.error().args, (std::vector<std::string>{"nothing", "rollup, pairs"}));
    EXPECT_FALSE(fs::exists(dir / "n.csv"));
    EXPECT_EQ(services::TableExport::write({}, (dir / "e.csv").string()).error().code,
              ErrorCode::NoResults);
    EXPECT_TRUE(services::TableExport::supports("표.XLSX"));
    EXPECT_FALSE(services::TableExport::supports("t.txt"));
    fs::remove_all(dir);
}

TEST(ResultsFile, BesideTheProject) {
    EXPECT_EQ(services::resultsPathBeside("/p/마곡.cwproject.gpkg"), "/p/마곡.results.gpkg");
    EXPECT_EQ(services::resultsPathBeside("/p/plan.gpkg"), "/p/plan.results.gpkg");
    EXPECT_EQ(services::resultsPathBeside("/p/plan"), "/p/plan.results.gpkg");
    EXPECT_EQ(services::resultsPathBeside(""), "");
}

TEST(ScenarioComparison, PluginAnalysesAreCompared) {
    const project::Project project = sample();
    ASSERT_GE(project.scenarios.size(), 2u);
    analysis::AnalysisRegistry registry;
    analysis::registerBuiltInAnalyses(registry);
    ASSERT_TRUE(registry.add(std::make_unique<CountingAnalysis>("plugin-count")));
    auto figures = services::compareScenarios(CW_SAMPLE_PROJECT, project, project.scenarios[0].id,
                                              project.scenarios[1].id, registry, {}, {});
    ASSERT_TRUE(figures) << errorCodeName(figures.error().code);
    const auto a = services::projectInScenario(project, project.scenarios[0].id);
    const auto b = services::projectInScenario(project, project.scenarios[1].id);
    bool found = false;
    for (const auto& f : figures->analyses) {
        if (f.analysisId != "plugin-count" || f.key != "projects")
            continue;
        found = true;
        ASSERT_TRUE(f.a && f.b);
        EXPECT_EQ(*f.a, double(a->projects.size()));
        EXPECT_EQ(*f.b, double(b->projects.size()));
    }
    EXPECT_TRUE(found);
    // Built-in analyses other than overlap-matrix are not run twice for the comparison.
    for (const auto& f : figures->analyses)
        EXPECT_EQ(f.analysisId, "plugin-count");
}

TEST(LayerStyler, OneRuleForFilesAndPluginLayers) {
    // Files: the sector palettes in turn, never a sector's own first shade.
    for (std::size_t n = 0; n < 8; ++n)
        EXPECT_NE(project::LayerStyler::forFile(n).fill,
                  project::defaultStyleForSector(project::Sector::Transport).fill);
    EXPECT_NE(project::LayerStyler::forFile(0).fill, project::LayerStyler::forFile(1).fill);
    // The desktop's Add Layer and the CLI's render make their entries through the same rule.
    data::LayerSource source;
    source.path = "/data/stops.csv";
    EXPECT_EQ(project::addedLayerEntry(source, "stops", "stops", {}, {}).style.fill,
              project::LayerStyler::forFile(0).fill);
    // Plugin layers: the named style, else shades of the layer's (or the project's) sector.
    project::LayerStyler styler;
    style::LayerStyle named;
    named.pointSymbol = style::PointSymbol::Triangle;
    EXPECT_EQ(
        styler.forPluginLayer(&named, project::Sector::Energy, project::Sector::Energy).pointSymbol,
        style::PointSymbol::Triangle);
    const auto first =
        styler.forPluginLayer(nullptr, project::Sector::None, project::Sector::Energy);
    const auto second =
        styler.forPluginLayer(nullptr, project::Sector::Energy, project::Sector::Transport);
    EXPECT_EQ(first.stroke, project::defaultStyleForSector(project::Sector::Energy, 0).stroke);
    EXPECT_EQ(second.stroke, project::defaultStyleForSector(project::Sector::Energy, 1).stroke);
}

} // namespace
} // namespace cw::test

// Results belong to the project, beside it; the sample that ships in the build tree (or the
// install) keeps its results in the user's folder instead, one file per project path.
TEST(ResultsLocation, BesideTheUsersProjectAndInTheUserFolderForTheShippedSample) {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("cw-results-location-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir / "user");
    const QString project = QString::fromStdString((dir / "plan.cwproject.gpkg").string());
    const QString user = QString::fromStdString((dir / "user").string());
    EXPECT_EQ(cw::services::resultsPathFor(project, user),
              QString::fromStdString((dir / "plan.results.gpkg").string()));

    const QString sample = QStringLiteral(CW_SAMPLE_PROJECT);
    const QString kept = cw::services::resultsPathFor(sample, user);
    EXPECT_TRUE(kept.startsWith(user + QLatin1Char('/'))) << kept.toStdString();
    EXPECT_TRUE(kept.contains(QStringLiteral("seoul-smart-city.results-"))) << kept.toStdString();
    EXPECT_NE(kept, cw::services::resultsPathFor(sample + QStringLiteral(".copy"), user));
    EXPECT_EQ(cw::services::resultsPathFor(QString(), user), QString());

    // An earlier session's file is found where it is.
    const QString elsewhere = cw::services::resultsPathFor(project, user);
    EXPECT_EQ(cw::services::existingResultsFor(project, user), elsewhere);
    std::ofstream(dir / "plan.results.gpkg") << "x";
    EXPECT_EQ(cw::services::existingResultsFor(project, user), elsewhere);
    std::filesystem::remove_all(dir);
}
