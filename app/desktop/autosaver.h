// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/recovery_files.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace cw::desktop {

class ProjectDocument;

/// Writes a copy of the open project with its unsaved changes to a recovery file at intervals,
/// off the UI thread, and removes it once the changes are saved or deliberately discarded.
/// After a crash the copy stays behind for ProjectFileActions to offer.
class Autosaver : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 60 * 1000;

    Autosaver(ProjectDocument& document, RecoveryFiles files, QObject* parent = nullptr);
    /// A normal end (the user saved or chose to discard): nothing is left to recover.
    ~Autosaver() override;

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    const RecoveryFiles& files() const { return m_files; }
    /// Writes the copy now when there is anything unsaved (the timer calls this).
    void autosaveNow();

signals:
    /// A copy was written (`file`), or writing it failed (`error`, translated).
    void autosaved(const QString& file);
    void autosaveFailed(const QString& error);

private:
    void onDocumentClean();
    void onProjectReplaced();

    ProjectDocument& m_document;
    RecoveryFiles m_files;
    QTimer m_timer;
    QFutureWatcher<QString> m_watcher;
    QString m_projectPath; // the path whose recovery file is ours
    bool m_againWhenDone = false;
};

} // namespace cw::desktop
