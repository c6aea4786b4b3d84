// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace cw::desktop {

/// Where autosaved copies of open projects live, and what is left there after a crash.
/// Each project file has one recovery file (a complete project GeoPackage) named after a hash
/// of its path, with a small JSON note beside it saying which project it belongs to.
class RecoveryFiles {
public:
    /// `folder`: e.g. the state folder's "recovery" subfolder; created on first write.
    explicit RecoveryFiles(QString folder);

    struct Entry {
        QString file;        ///< the recovery GeoPackage
        QString projectPath; ///< the project it belongs to; empty for an untitled project
        QDateTime savedAt;
    };

    const QString& folder() const { return m_folder; }
    /// The recovery file for `projectPath` (an empty path: this process' untitled project).
    QString pathFor(const QString& projectPath) const;
    /// Records, after a successful write of pathFor(projectPath), whose copy it is.
    bool writeNote(const QString& projectPath) const;
    /// A recovery file left for `projectPath` that is newer than the project file itself.
    std::optional<Entry> find(const QString& projectPath) const;
    /// Recovery files of untitled projects whose process is gone.
    QList<Entry> orphanedUntitled() const;
    /// Removes the recovery file of `projectPath` and its note.
    void remove(const QString& projectPath) const;
    void removeEntry(const Entry& entry) const;

private:
    QString notePath(const QString& recoveryFile) const;
    std::optional<Entry> readNote(const QString& recoveryFile) const;
    QString m_folder;
};

} // namespace cw::desktop
