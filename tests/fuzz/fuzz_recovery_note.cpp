// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON note beside an autosaved recovery copy, read at every start of the desktop app to
// offer recovery (RecoveryFiles::find for a project, orphanedUntitled for untitled ones).
#include "desktop/recovery_files.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using cw::desktop::RecoveryFiles;
    const QString folder =
        QString::fromStdString(cw::fuzz::scratchPath("recovery/x").parent_path());
    const RecoveryFiles files(folder);
    const QString project = QStringLiteral("/nonexistent/plan.cwproject.gpkg");
    // A recovery copy of a project and one of an untitled project whose process is gone.
    const QString copies[] = {files.pathFor(project),
                              folder + QStringLiteral("/untitled-999999999.recovery.gpkg")};
    for (const QString& copy : copies) {
        cw::fuzz::writeFile(copy.toStdString(), "");
        cw::fuzz::writeFile((copy + QStringLiteral(".json")).toStdString(),
                            cw::fuzz::asText(data, size));
    }
    (void)files.find(project);
    (void)files.orphanedUntitled();
    return 0;
}
