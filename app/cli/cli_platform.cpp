// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_platform.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <windows.h>
// windows.h first: psapi.h uses its types.
#include <psapi.h>
#else
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace cw::cli {

void prepareHeadlessEnvironment() {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir =
            QDir::tempPath() + QStringLiteral("/cityweave-runtime-") + QString::number(getuid());
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
#endif
}

double peakResidentMiB() {
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters{};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return 0;
    return static_cast<double>(counters.PeakWorkingSetSize) / (1024.0 * 1024.0);
#else
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
#if defined(Q_OS_MACOS)
    return usage.ru_maxrss / (1024.0 * 1024.0); // macOS reports bytes
#else
    return usage.ru_maxrss / 1024.0; // Linux reports KiB
#endif
#endif
}

} // namespace cw::cli
