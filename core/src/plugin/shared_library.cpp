// SPDX-License-Identifier: GPL-3.0-or-later
#include "plugin/shared_library.h"

#if defined(_WIN32)
#include "cityweave/core/utf8_path.h"

#include <windows.h>
#else
#include <dlfcn.h>
#endif

namespace cw::plugin::detail {

#if defined(_WIN32)

bool SharedLibrary::open(const std::string& path) {
    // The UTF-8 name as UTF-16: LoadLibraryA would read it in the ANSI code page.
    m_handle = reinterpret_cast<void*>(LoadLibraryW(pathFromUtf8(path).c_str()));
    if (!m_handle)
        m_error = "LoadLibrary failed with error " + std::to_string(GetLastError());
    return m_handle != nullptr;
}

void* SharedLibrary::symbol(const char* name) const {
    return m_handle
               ? reinterpret_cast<void*>(GetProcAddress(reinterpret_cast<HMODULE>(m_handle), name))
               : nullptr;
}

#else

bool SharedLibrary::open(const std::string& path) {
    m_handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!m_handle) {
        const char* message = dlerror();
        m_error = message ? message : "dlopen failed";
    }
    return m_handle != nullptr;
}

void* SharedLibrary::symbol(const char* name) const {
    return m_handle ? dlsym(m_handle, name) : nullptr;
}

#endif

} // namespace cw::plugin::detail
