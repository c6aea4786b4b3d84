// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 during a save: a child process saves the project over and over (each save a different
// version of the plan); the parent kills it at a random moment. Whatever the moment, the file
// must load and hold one complete version, never a mix. POSIX only (fork, SIGKILL).
#include "cityweave/project/project_store.h"
#include "test_support.h"

#include <csignal>
#include <gtest/gtest.h>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace cw::project;
using namespace cw::test;

namespace {

// Built with += rather than "text" + std::to_string(), which trips GCC 12's -Wrestrict.
std::string numbered(const char* prefix, int n) {
    std::string s(prefix);
    s += std::to_string(n);
    return s;
}

/// Version `v` of a plan large enough that a save takes a while: every project and indicator
/// carries the version number, so a half-written save would show mixed numbers.
Project version(int v) {
    Project p;
    p.title = {numbered("버전 ", v), numbered("version ", v)};
    for (int i = 0; i < 400; ++i) {
        ProjectInfo info;
        info.id = numbered("p", i);
        info.name = {numbered("사업 ", v), numbered("project ", v)};
        info.startYear = 2000 + v % 50;
        for (int k = 0; k < 5; ++k)
            info.indicators.push_back({numbered("i", k),
                                       {},
                                       std::string("t/yr"),
                                       2022,
                                       std::nullopt,
                                       static_cast<double>(v),
                                       std::nullopt,
                                       true});
        p.projects.push_back(std::move(info));
    }
    return p;
}

/// The version a loaded plan holds, or -1 when its parts disagree.
int consistentVersion(const Project& p) {
    const std::string title = p.title.en;
    const int v = std::stoi(title.substr(title.find(' ') + 1));
    if (p.projects.size() != 400)
        return -1;
    for (const auto& info : p.projects) {
        if (info.name.en != numbered("project ", v) || info.indicators.size() != 5)
            return -1;
        for (const auto& ind : info.indicators)
            if (!ind.target || *ind.target != v)
                return -1;
    }
    return v;
}

[[noreturn]] void saveForever(const std::string& path, bool saveAs) {
    for (int v = 1;; ++v) {
        if (saveAs) // a fresh file each time: temp file + rename
            std::remove(path.c_str());
        if (!ProjectStore::save(version(v), path).ok())
            _exit(3);
    }
}

void killDuringSaves(const std::string& path, bool saveAs) {
    std::mt19937 random(12345);
    std::uniform_int_distribution<int> delayMs(20, 400);
    for (int round = 0; round < 8; ++round) {
        ASSERT_TRUE(ProjectStore::save(version(0), path).ok());
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0)
            saveForever(path, saveAs);
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs(random)));
        ::kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the saving child stopped on its own";
        if (saveAs && !fs::exists(path))
            continue; // killed between remove and rename: no file, never a broken one
        auto loaded = ProjectStore::load(path);
        ASSERT_TRUE(loaded.ok()) << "round " << round << ": "
                                 << cw::errorCodeName(loaded.error().code) << " "
                                 << loaded.error().detail;
        EXPECT_GE(consistentVersion(loaded.value()), 0) << "round " << round;
    }
}

} // namespace

TEST(CrashDuringSave, KillNineDuringInPlaceSavesLeavesOneWholeVersion) {
    TempDir tmp;
    killDuringSaves(tmp.file("plan.gpkg"), false);
}

TEST(CrashDuringSave, KillNineDuringNewFileSavesLeavesNoBrokenFile) {
    TempDir tmp;
    killDuringSaves(tmp.file("plan.gpkg"), true);
}
