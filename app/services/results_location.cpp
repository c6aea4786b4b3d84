// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/results_location.h"

#include "services/results_file.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace cw::services {
namespace {

bool inside(const QString& path, const QString& folder) {
    const QString root = QDir(folder).canonicalPath();
    return !root.isEmpty() && (path == root || path.startsWith(root + QLatin1Char('/')));
}

// Folders whose files belong to the installation, not to the user: results written there
// would land in the build tree (scripts/run opens the sample from it) or fail in /usr/share.
bool shipsWithCityWeave(const QString& folder) {
    const QString exeDir = QCoreApplication::applicationDirPath();
    return inside(folder, QStringLiteral(CW_BUILD_TREE_DIR)) ||
           inside(folder, exeDir + QStringLiteral("/../share/cityweave"));
}

QString inUserFolder(const QString& projectPath, const QFileInfo& project,
                     const QString& userFolder) {
    const QByteArray hash =
        QCryptographicHash::hash(project.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(8);
    const QString name =
        QFileInfo(QString::fromStdString(resultsPathBeside(projectPath.toStdString())))
            .completeBaseName();
    return QDir(userFolder)
        .filePath(QStringLiteral("%1-%2.gpkg").arg(name, QString::fromLatin1(hash)));
}

} // namespace

QString resultsPathFor(const QString& projectPath, const QString& userFolder) {
    if (projectPath.isEmpty())
        return {};
    const QFileInfo project(projectPath);
    const QString folder = project.absoluteDir().canonicalPath();
    if (!folder.isEmpty() && QFileInfo(folder).isWritable() && !shipsWithCityWeave(folder))
        return QString::fromStdString(resultsPathBeside(projectPath.toStdString()));
    return inUserFolder(projectPath, project, userFolder);
}

QString existingResultsFor(const QString& projectPath, const QString& userFolder) {
    if (projectPath.isEmpty())
        return {};
    const QString beside = QString::fromStdString(resultsPathBeside(projectPath.toStdString()));
    if (QFileInfo::exists(beside))
        return beside;
    const QString user = inUserFolder(projectPath, QFileInfo(projectPath), userFolder);
    return QFileInfo::exists(user) ? user : resultsPathFor(projectPath, userFolder);
}

} // namespace cw::services
