// SPDX-License-Identifier: GPL-3.0-or-later
#include "plugin/crash_guard.h"

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

long long currentPid() {
#if defined(_WIN32)
    return static_cast<long long>(GetCurrentProcessId());
#else
    return static_cast<long long>(getpid());
#endif
}

bool processAlive(long long pid) {
    if (pid <= 0)
        return false;
#if defined(_WIN32)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return false;
    DWORD code = 0;
    const bool alive = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return alive;
#else
    return kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
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

} // namespace

std::string CrashGuard::sentinelFileName(long long pid) {
    return kPrefix + std::to_string(pid) + ".json";
}

std::vector<std::string> CrashGuard::takeLeftovers() const {
    std::vector<std::string> ids;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(m_stateFolder, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(kPrefix, 0) != 0 || entry.path().extension() != ".json")
            continue;
        nlohmann::json json;
        try {
            std::ifstream in(entry.path());
            json = nlohmann::json::parse(in);
        } catch (const nlohmann::json::exception&) {
            fs::remove(entry.path(), ec); // written only partly: the crash came before any code
            continue;
        }
        const long long pid = json.value("pid", 0LL);
        if (pid != currentPid() && processAlive(pid))
            continue; // another process is loading plugins right now
        const std::string id = json.value("id", std::string());
        if (!id.empty())
            ids.push_back(id);
        fs::remove(entry.path(), ec);
    }
    return ids;
}

void CrashGuard::begin(const std::string& pluginId) const {
    std::error_code ec;
    fs::create_directories(m_stateFolder, ec);
    const nlohmann::json json{{"id", pluginId}, {"pid", currentPid()}};
    writeDurably(fs::path(m_stateFolder) / sentinelFileName(currentPid()), json.dump());
}

void CrashGuard::end() const {
    std::error_code ec;
    fs::remove(fs::path(m_stateFolder) / sentinelFileName(currentPid()), ec);
}

} // namespace cw::plugin::detail
