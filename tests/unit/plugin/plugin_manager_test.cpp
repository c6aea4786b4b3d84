// SPDX-License-Identifier: GPL-3.0-or-later
// PluginManager on the real fixture plugins of tests/plugins (MODULE libraries built by the test
// build): every refusal leaves the host running and the registry clean; good plugins load with
// their contributions. The abort() fixture runs in the CLI tests (a child process) only.
#include "cityweave/analysis/analysis_registry.h"
#include "cityweave/plugin/plugin_manager.h"
#include "plugin/crash_guard.h"
#include "test_support.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#if defined(_WIN32)
#include <windows.h>
// tlhelp32.h after windows.h
#include <tlhelp32.h>
#else
#include <unistd.h>
#endif

namespace {

using namespace cw::plugin;
namespace fs = std::filesystem;

const std::string kFixtures = CW_PLUGIN_FIXTURES;

class PluginManagerTest : public ::testing::Test {
protected:
    void SetUp() override { cw::analysis::registerBuiltInAnalyses(registry); }

    const PluginRecord& record(const PluginManager& manager, const std::string& id) {
        const PluginRecord* r = manager.find(id);
        EXPECT_NE(r, nullptr) << id;
        static const PluginRecord none;
        return r ? *r : none;
    }

    cw::test::TempDir state;
    cw::analysis::AnalysisRegistry registry;
};

TEST_F(PluginManagerTest, EveryFixtureGetsItsStateAndTheGoodOnesLoad) {
    const std::size_t builtIns = registry.all().size();
    PluginManager manager(state.path().string());
    manager.loadAll(
        {{kFixtures + "/main", FolderOrigin::Install}, {kFixtures + "/second", FolderOrigin::User}},
        registry);

    struct Expected {
        const char* id;
        PluginState state;
        PluginProblem problem;
    };
    const Expected expected[] = {
        {"fixture-good", PluginState::Loaded, PluginProblem::None},
        {"fixture-data-only", PluginState::Loaded, PluginProblem::None},
        {"fixture-needs-good", PluginState::Loaded, PluginProblem::None},
        {"fixture-sdk-range", PluginState::Refused, PluginProblem::SdkMismatch},
        {"fixture-sdk-built-other", PluginState::Refused, PluginProblem::SdkMismatch},
        {"fixture-throws", PluginState::Refused, PluginProblem::EntryThrew},
        {"fixture-missing-dep", PluginState::Refused, PluginProblem::MissingDependency},
        {"fixture-cycle-a", PluginState::Refused, PluginProblem::DependencyCycle},
        {"fixture-cycle-b", PluginState::Refused, PluginProblem::DependencyCycle},
        {"malformed", PluginState::Refused, PluginProblem::BadMetadata},
        {"fixture-missing-library", PluginState::Refused, PluginProblem::MissingLibrary},
        {"fixture-no-entry", PluginState::Refused, PluginProblem::NoEntryPoint},
        {"fixture-conflict", PluginState::Refused, PluginProblem::ContributionConflict},
        {"fixture-needs-throws", PluginState::Refused, PluginProblem::DependencyRefused},
    };
    for (const auto& e : expected) {
        const PluginRecord& r = record(manager, e.id);
        EXPECT_EQ(r.state, e.state) << e.id << ": " << pluginStateKey(r.state);
        EXPECT_EQ(r.problem, e.problem) << e.id << ": " << pluginProblemKey(r.problem);
    }
    // 14 in main, plus the duplicate in second.
    EXPECT_EQ(manager.records().size(), 15u);
    const auto duplicate =
        std::find_if(manager.records().begin(), manager.records().end(),
                     [](const PluginRecord& r) { return r.origin == FolderOrigin::User; });
    ASSERT_NE(duplicate, manager.records().end());
    EXPECT_EQ(duplicate->problem, PluginProblem::DuplicateId);
    EXPECT_EQ(duplicate->problemArgs.at(0), normalizedFolder(kFixtures + "/main/good"));

    // The arguments the messages need.
    EXPECT_EQ(record(manager, "fixture-sdk-range").problemArgs,
              (std::vector<std::string>{"2.0–2.99", "1.2"}));
    EXPECT_EQ(record(manager, "fixture-sdk-built-other").problemArgs,
              (std::vector<std::string>{"2.0", "1.2"}));
    EXPECT_EQ(record(manager, "fixture-throws").problemDetail,
              "fixture refuses to start: database unreachable");
    EXPECT_EQ(record(manager, "fixture-missing-dep").problemArgs,
              (std::vector<std::string>{"fixture-not-installed", "2.1"}));
    EXPECT_EQ(record(manager, "fixture-cycle-a").problemArgs,
              (std::vector<std::string>{"fixture-cycle-a", "fixture-cycle-b"}));
    EXPECT_EQ(record(manager, "fixture-needs-throws").problemArgs,
              (std::vector<std::string>{"fixture-throws"}));
    EXPECT_EQ(record(manager, "fixture-conflict").problemArgs,
              (std::vector<std::string>{"overlap-matrix"}));
    EXPECT_FALSE(record(manager, "malformed").problemDetail.empty());
    EXPECT_NE(record(manager, "fixture-missing-library")
                  .problemArgs.at(0)
                  .find(pluginLibraryFileName("fixture_never_built")),
              std::string::npos);

    // Exactly one analysis was added, the good one; the throwing plugin's was dropped and the
    // impostor did not replace the built-in.
    EXPECT_EQ(registry.all().size(), builtIns + 1);
    ASSERT_NE(registry.find("fixture-feature-count"), nullptr);
    EXPECT_EQ(registry.find("fixture-never-registered"), nullptr);
    EXPECT_EQ(registry.find("overlap-matrix")->descriptor().name.en.empty(), false);
    EXPECT_TRUE(record(manager, "fixture-throws").styles.empty());
    EXPECT_TRUE(manager.crashedLastStart().empty());
    // No sentinel is left behind after a normal start.
    for (const auto& entry : fs::directory_iterator(state.path()))
        EXPECT_EQ(entry.path().filename().string().rfind("plugin-loading", 0), std::string::npos);
}

TEST_F(PluginManagerTest, ContributionsWithAbsoluteFiles) {
    PluginManager manager(state.path().string());
    manager.loadAll({{kFixtures + "/main", FolderOrigin::Install}}, registry);
    const PluginRecord& good = record(manager, "fixture-good");
    EXPECT_EQ(good.analyses, std::vector<std::string>{"fixture-feature-count"});
    ASSERT_EQ(good.layerSources.size(), 1u);
    const auto& layer = good.layerSources[0].layers.at(0);
    EXPECT_TRUE(fs::path(layer.file).is_absolute());
    EXPECT_TRUE(fs::exists(layer.file)) << layer.file;
    EXPECT_EQ(layer.provenance.licence, "CC0-1.0");
    ASSERT_EQ(good.styles.size(), 1u);
    EXPECT_EQ(good.styles[0].style.pointSymbol, cw::style::PointSymbol::Square);

    const PluginRecord& data = record(manager, "fixture-data-only");
    ASSERT_EQ(data.layerSources.size(), 1u);
    EXPECT_EQ(data.layerSources[0].project.task, "E1");
    EXPECT_EQ(fs::path(data.layerSources[0].layers.at(0).file),
              fs::path(normalizedFolder(kFixtures + "/main/data-only")) / "data/blocks.geojson");
    EXPECT_EQ(data.styles.at(0).style.fill, (cw::style::Rgba{0x00, 0x9e, 0x73, 0x80}));

    // layerSources(): those of loaded plugins only, with the plugin id.
    const auto sources = manager.layerSources();
    ASSERT_EQ(sources.size(), 2u);
    EXPECT_EQ(sources[0].first, "fixture-data-only"); // folders are scanned in name order
    EXPECT_EQ(sources[1].first, "fixture-good");
}

TEST_F(PluginManagerTest, DisabledUntrustedAndPersistence) {
    {
        PluginManager manager(state.path().string());
        ASSERT_TRUE(manager.setEnabled("fixture-good", false).ok());
        ASSERT_TRUE(manager.setFolderTrusted(kFixtures + "/main/", true).ok());
    }
    PluginManager manager(state.path().string());
    EXPECT_EQ(manager.preferences().disabled.count("fixture-good"), 1u);
    // The same folder given as a user folder now counts as trusted; second is not trusted.
    manager.loadAll(
        {{kFixtures + "/main", FolderOrigin::User}, {kFixtures + "/crash", FolderOrigin::Settings}},
        registry);
    EXPECT_EQ(record(manager, "fixture-good").state, PluginState::Disabled);
    EXPECT_EQ(record(manager, "fixture-needs-good").problem, PluginProblem::DependencyRefused);
    EXPECT_EQ(record(manager, "fixture-data-only").state, PluginState::Loaded);
    // Untrusted: its abort() never ran, or this test would not get here.
    EXPECT_EQ(record(manager, "fixture-crash").state, PluginState::Untrusted);
    EXPECT_EQ(registry.find("fixture-feature-count"), nullptr);
}

TEST_F(PluginManagerTest, TrustingLaterLoadsOnTheNextCall) {
    PluginManager manager(state.path().string());
    const std::vector<PluginFolder> folders{{kFixtures + "/main", FolderOrigin::User}};
    manager.loadAll(folders, registry);
    EXPECT_EQ(record(manager, "fixture-good").state, PluginState::Untrusted);
    ASSERT_TRUE(manager.setFolderTrusted(kFixtures + "/main", true).ok());
    manager.loadAll(folders, registry);
    EXPECT_EQ(record(manager, "fixture-good").state, PluginState::Loaded);
    EXPECT_NE(registry.find("fixture-feature-count"), nullptr);
    // A third call keeps the loaded plugin and adds nothing twice.
    const std::size_t count = registry.all().size();
    manager.loadAll(folders, registry);
    EXPECT_EQ(record(manager, "fixture-good").state, PluginState::Loaded);
    EXPECT_EQ(registry.all().size(), count);
}

TEST_F(PluginManagerTest, CrashSentinelDisablesThePlugin) {
    // What the fatal-signal handler leaves when fixture-good's code crashed its process.
    cw::test::writeText(state.path() / cw::plugin::detail::CrashGuard::crashedFileName(99999999),
                        R"({"id": "fixture-good", "pid": 99999999})");
    {
        PluginManager manager(state.path().string());
        manager.loadAll({{kFixtures + "/main", FolderOrigin::Install}}, registry);
        EXPECT_EQ(manager.crashedLastStart(), std::vector<std::string>{"fixture-good"});
        EXPECT_EQ(record(manager, "fixture-good").state, PluginState::CrashedLastStart);
        EXPECT_EQ(registry.find("fixture-feature-count"), nullptr);
    }
    // Persisted: the next start shows it disabled, and no longer as a crash.
    cw::analysis::AnalysisRegistry next;
    PluginManager manager(state.path().string());
    manager.loadAll({{kFixtures + "/main", FolderOrigin::Install}}, next);
    EXPECT_TRUE(manager.crashedLastStart().empty());
    EXPECT_EQ(record(manager, "fixture-good").state, PluginState::Disabled);
}

// Stopped from outside while loading (Ctrl+C, kill -9, a power cut): the plain sentinel of a
// dead process blames no one, and damaged sentinels of any shape are dropped without a crash.
TEST_F(PluginManagerTest, InterruptedOrDamagedSentinelsBlameNoPlugin) {
    // A pid that cannot exist: above the kernel's pid_max of 4194304.
    cw::test::writeText(state.path() / cw::plugin::detail::CrashGuard::sentinelFileName(99999999),
                        R"({"id": "fixture-good", "pid": 99999999})");
    int n = 99999990;
    for (const char* damaged : {R"({"pid": "x"})", R"({"id": 5, "pid": 1.5e300})", "[1, 2]",
                                R"({"id": "fixture-good", "pid")", "", "null"})
        cw::test::writeText(state.path() / cw::plugin::detail::CrashGuard::crashedFileName(n++),
                            damaged);
    // A folder by a state file's name (regression: reading it threw ios_base::failure).
    std::filesystem::create_directory(state.path() /
                                      cw::plugin::detail::CrashGuard::crashedFileName(n++));
    PluginManager manager(state.path().string());
    manager.loadAll({{kFixtures + "/main", FolderOrigin::Install}}, registry);
    EXPECT_TRUE(manager.crashedLastStart().empty());
    EXPECT_EQ(record(manager, "fixture-good").state, PluginState::Loaded);
    for (const auto& entry : std::filesystem::directory_iterator(state.path()))
        EXPECT_EQ(entry.path().filename().string().rfind("plugin-", 0), std::string::npos)
            << entry.path();
}

// This test's parent: a process that is alive while the test runs.
long long parentProcessId() {
#if defined(_WIN32)
    const DWORD self = GetCurrentProcessId();
    HANDLE snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
    PROCESSENTRY32W entry{};
    entry.dwSize = sizeof entry;
    long long parent = 0;
    for (BOOL more = Process32FirstW(snapshot, &entry); more && !parent;
         more = Process32NextW(snapshot, &entry))
        if (entry.th32ProcessID == self)
            parent = entry.th32ParentProcessID;
    CloseHandle(snapshot);
    return parent;
#else
    return static_cast<long long>(getppid());
#endif
}

TEST_F(PluginManagerTest, SentinelOfALiveProcessIsNotACrash) {
    // Another process (this test's parent, alive) is loading plugins right now.
    const long long parent = parentProcessId();
    ASSERT_GT(parent, 0);
    cw::test::writeText(state.path() / cw::plugin::detail::CrashGuard::sentinelFileName(parent),
                        R"({"id": "fixture-good", "pid": )" + std::to_string(parent) + "}");
    PluginManager manager(state.path().string());
    manager.loadAll({{kFixtures + "/main", FolderOrigin::Install}}, registry);
    EXPECT_TRUE(manager.crashedLastStart().empty());
    EXPECT_EQ(record(manager, "fixture-good").state, PluginState::Loaded);
}

TEST_F(PluginManagerTest, PreferencesFileRoundTripAndDamage) {
    PluginPreferences p;
    p.disabled = {"a", "b"};
    p.trustedFolders = {"/opt/plugins"};
    p.extraFolders = {"/z", "/a"}; // order kept: it is the search order
    ASSERT_TRUE(p.save(state.path().string()).ok());
    EXPECT_FALSE(fs::exists(state.path() / "plugins.json.tmp"));
    const auto back = PluginPreferences::load(state.path().string());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->disabled, p.disabled);
    EXPECT_EQ(back->trustedFolders, p.trustedFolders);
    EXPECT_EQ(back->extraFolders, p.extraFolders);

    cw::test::writeText(state.path() / "plugins.json", "{ not json");
    const auto damaged = PluginPreferences::load(state.path().string());
    ASSERT_FALSE(damaged.ok());
    EXPECT_EQ(damaged.error().code, cw::ErrorCode::CorruptFile);
    // The manager still starts, and leaves the damaged file for the user to inspect.
    PluginManager manager(state.path().string());
    manager.loadAll({{kFixtures + "/main", FolderOrigin::Install}}, registry);
    EXPECT_EQ(record(manager, "fixture-good").state, PluginState::Loaded);
    EXPECT_EQ(cw::test::readBytes(state.path() / "plugins.json"), "{ not json");

    // A folder where the file belongs: an error, not an exception (regression: reading a
    // folder threw ios_base::failure and ended the process).
    fs::remove(state.path() / "plugins.json");
    fs::create_directory(state.path() / "plugins.json");
    const auto folder = PluginPreferences::load(state.path().string());
    ASSERT_FALSE(folder.ok());
    EXPECT_EQ(folder.error().code, cw::ErrorCode::NotARegularFile);
}

} // namespace
