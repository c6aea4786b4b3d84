// SPDX-License-Identifier: GPL-3.0-or-later
#include "plugin/crash_guard.h"

#include "cityweave/core/small_file.h"
#include "cityweave/core/utf8_path.h"
#include "core/process.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <system_error>

#if defined(_WIN32)
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace cw::plugin::detail {
namespace {

namespace fs = std::filesystem;
constexpr const char* kPrefix = "plugin-loading-";
constexpr const char* kCrashedPrefix = "plugin-crashed-";
constexpr std::size_t kMaxStateFileBytes = 64 * 1024; // a sentinel is one short line

using cw::detail::processAlive;
long long currentPid() {
    return cw::detail::currentProcessId();
}

// Written with fsync so that the sentinel survives a crash of the whole machine, too.
void writeDurably(const fs::path& path, const std::string& text) {
#if defined(_WIN32)
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush(); // the process dying does not lose flushed data on Windows
#else
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    const ssize_t written = ::write(fd, text.data(), text.size());
    (void)written; // a short write leaves unparsable JSON, which is ignored later
    ::fsync(fd);
    ::close(fd);
    const int dir = ::open(path.parent_path().c_str(), O_RDONLY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
#endif
}

// What the fatal-signal handler needs, prepared before the plugin's code runs: a handler may
// only call async-signal-safe functions (rename, sigaction, raise), so nothing is built there.
// The paths are kept in the system's own form: UTF-16 on Windows (for MoveFileExW, as the
// ANSI code page cannot spell every folder name), bytes elsewhere (for rename).
using PathBuffer = std::array<fs::path::value_type, 4096>;
struct ArmedSentinel {
    PathBuffer loading{};
    PathBuffer crashed{};
};
ArmedSentinel g_armed;
bool g_isArmed = false;

bool copyPath(const fs::path& path, PathBuffer& out) {
    const fs::path::string_type& text = path.native();
    if (text.size() >= out.size())
        return false;
    std::copy_n(text.c_str(), text.size() + 1, out.begin()); // with the terminating zero
    return true;
}

#if defined(_WIN32)
LPTOP_LEVEL_EXCEPTION_FILTER g_previousFilter = nullptr;

LONG WINAPI markCrashed(EXCEPTION_POINTERS* info) {
    MoveFileExW(g_armed.loading.data(), g_armed.crashed.data(), MOVEFILE_REPLACE_EXISTING);
    return g_previousFilter ? g_previousFilter(info) : EXCEPTION_CONTINUE_SEARCH;
}

void arm() {
    g_previousFilter = SetUnhandledExceptionFilter(markCrashed);
}
void disarm() {
    SetUnhandledExceptionFilter(g_previousFilter);
}
#else
constexpr std::array kFatalSignals{SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGSYS};
std::array<struct sigaction, kFatalSignals.size()> g_previous{};
// A stack overflow in the plugin leaves no stack for the handler: it runs on its own.
std::array<char, 64 * 1024> g_handlerStack{};

void markCrashed(int signal) {
    ::rename(g_armed.loading.data(), g_armed.crashed.data());
    for (std::size_t i = 0; i < kFatalSignals.size(); ++i)
        if (kFatalSignals[i] == signal)
            sigaction(signal, &g_previous[i], nullptr);
    raise(signal); // the previous handler (or the default: die) takes it from here
}

void arm() {
    stack_t stack{};
    stack.ss_sp = g_handlerStack.data();
    stack.ss_size = g_handlerStack.size();
    sigaltstack(&stack, nullptr);
    struct sigaction action {};
    action.sa_handler = markCrashed;
    action.sa_flags = SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (std::size_t i = 0; i < kFatalSignals.size(); ++i)
        sigaction(kFatalSignals[i], &action, &g_previous[i]);
}
void disarm() {
    for (std::size_t i = 0; i < kFatalSignals.size(); ++i)
        sigaction(kFatalSignals[i], &g_previous[i], nullptr);
}
#endif

} // namespace

std::string CrashGuard::sentinelFileName(long long pid) {
    return kPrefix + std::to_string(pid) + ".json";
}

std::string CrashGuard::crashedFileName(long long pid) {
    return kCrashedPrefix + std::to_string(pid) + ".json";
}

std::vector<std::string> CrashGuard::takeLeftovers() const {
    std::vector<std::string> ids;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(pathFromUtf8(m_stateFolder), ec)) {
        const std::string name = pathToUtf8(entry.path().filename());
        const bool crashed = name.rfind(kCrashedPrefix, 0) == 0;
        if ((!crashed && name.rfind(kPrefix, 0) != 0) || entry.path().extension() != ".json")
            continue;
        std::string id;
        long long pid = 0;
        // Damaged (written only partly, edited, a folder): it can blame no one.
        if (auto text = readSmallFile(pathToUtf8(entry.path()), kMaxStateFileBytes)) {
            const nlohmann::json json = nlohmann::json::parse(*text, nullptr, false);
            if (json.is_object()) {
                if (const auto i = json.find("id"); i != json.end() && i->is_string())
                    id = i->get<std::string>();
                if (const auto p = json.find("pid"); p != json.end() && p->is_number_integer())
                    pid = p->get<long long>();
            }
        }
        if (!crashed && pid != currentPid() && processAlive(pid))
            continue; // another process is loading plugins right now
        if (crashed && !id.empty())
            ids.push_back(id);
        fs::remove(entry.path(), ec);
    }
    return ids;
}

void CrashGuard::begin(const std::string& pluginId) const {
    std::error_code ec;
    const fs::path folder = pathFromUtf8(m_stateFolder);
    fs::create_directories(folder, ec);
    const nlohmann::json json{{"id", pluginId}, {"pid", currentPid()}};
    const fs::path loading = folder / sentinelFileName(currentPid());
    writeDurably(loading, json.dump());
    if (copyPath(loading, g_armed.loading) &&
        copyPath(folder / crashedFileName(currentPid()), g_armed.crashed)) {
        arm();
        g_isArmed = true;
    }
}

void CrashGuard::end() const {
    if (g_isArmed)
        disarm();
    g_isArmed = false;
    std::error_code ec;
    fs::remove(pathFromUtf8(m_stateFolder) / sentinelFileName(currentPid()), ec);
}

} // namespace cw::plugin::detail
