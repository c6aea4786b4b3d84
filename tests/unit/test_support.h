// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the core unit tests: per-test temporary folders and the shared data folder.
#pragma once

#include "cityweave/core/utf8_path.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <random>
#include <sstream>
#include <string>
#if defined(_WIN32)
#include <process.h>
#else
#include <unistd.h>
#endif

namespace cw::test {

namespace fs = std::filesystem;

/// A fresh folder under the system temp dir, named after the running test; removed on scope exit.
class TempDir {
public:
    TempDir() {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        std::string name = "cw-unit-";
        if (info)
            name += std::string(info->test_suite_name()) + "-" + info->name();
        for (char& c : name)
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-')
                c = '_';
        std::random_device rd;
        m_path = fs::temp_directory_path() / (name + "-" + std::to_string(rd()));
        fs::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const fs::path& path() const { return m_path; }
    /// UTF-8, as CityWeave takes paths (path::string() is the ANSI code page on Windows).
    std::string file(const std::string& relative) const {
        return cw::pathToUtf8(m_path / cw::pathFromUtf8(relative));
    }

private:
    fs::path m_path;
};

inline void writeText(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << text;
}
// A path given as text is UTF-8, as everywhere in CityWeave.
inline void writeText(const std::string& utf8Path, const std::string& text) {
    writeText(cw::pathFromUtf8(utf8Path), text);
}
inline void writeText(const char* utf8Path, const std::string& text) {
    writeText(cw::pathFromUtf8(utf8Path), text);
}

// The few process calls the tests make, on POSIX and on Windows.
inline void setEnvironment(const char* name, const char* value) {
#if defined(_WIN32)
    _putenv_s(name, value);
#else
    setenv(name, value, 1);
#endif
}

inline void unsetEnvironment(const char* name) {
#if defined(_WIN32)
    _putenv_s(name, ""); // an empty value removes the variable on Windows
#else
    unsetenv(name);
#endif
}

inline long long processId() {
#if defined(_WIN32)
    return _getpid();
#else
    return getpid();
#endif
}

/// Sets an environment variable for one scope (a test's lowered limit), then removes it.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : m_name(name) { setEnvironment(name, value); }
    ~ScopedEnv() { unsetEnvironment(m_name); }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
};

inline std::string readBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
inline std::string readBytes(const std::string& utf8Path) {
    return readBytes(cw::pathFromUtf8(utf8Path));
}

/// /work/shared/data (absolute; configured by CMake).
inline fs::path sharedDataDir() {
    return fs::path(CW_SHARED_DATA_DIR);
}

/// The 2015 juso boundaries from southkorea/seoul-maps.
inline fs::path jusoDir() {
    return sharedDataDir() / "seoul/southkorea-seoul-maps/juso/2015";
}

} // namespace cw::test

/// Skips the current test when a shared data file is missing (e.g. a checkout without ../shared).
#define CW_REQUIRE_SHARED_FILE(p)                                                                  \
    do {                                                                                           \
        if (!std::filesystem::exists(p))                                                           \
            GTEST_SKIP() << "shared data missing: " << (p);                                        \
    } while (0)
