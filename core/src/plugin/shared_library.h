// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace cw::plugin::detail {

/// A loaded shared library: dlopen (RTLD_NOW | RTLD_LOCAL) or LoadLibrary. RTLD_NOW makes an
/// unresolved symbol fail here, with a message, rather than crash later in a call.
/// A library is never unloaded: objects its code made (analyses in a registry that outlives the
/// manager, static destructors, thread-locals) may still point into it until the process ends.
class SharedLibrary {
public:
    SharedLibrary() = default;
    ~SharedLibrary() = default;
    SharedLibrary(const SharedLibrary&) = delete;
    SharedLibrary& operator=(const SharedLibrary&) = delete;

    /// False with error() set when the library cannot be loaded.
    bool open(const std::string& path);
    /// Null when the library has no such exported symbol.
    void* symbol(const char* name) const;
    const std::string& error() const { return m_error; }

private:
    void* m_handle = nullptr;
    std::string m_error;
};

} // namespace cw::plugin::detail
