// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/autosaver.h"

#include "cityweave/project/project_store.h"
#include "common/error_text.h"
#include "desktop/project_document.h"

#include <QDir>
#include <QtConcurrent/QtConcurrentRun>

namespace cw::desktop {

Autosaver::Autosaver(ProjectDocument& document, RecoveryFiles files, QObject* parent)
    : QObject(parent), m_document(document), m_files(std::move(files)),
      m_projectPath(document.path()) {
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::autosaveNow);
    m_timer.start();
    connect(&m_document, &ProjectDocument::dirtyChanged, this, [this](bool dirty) {
        if (!dirty)
            onDocumentClean();
    });
    connect(&m_document, &ProjectDocument::projectReplaced, this, &Autosaver::onProjectReplaced);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const QString error = m_watcher.result();
        if (error.isEmpty() && m_files.writeNote(m_projectPath))
            emit autosaved(m_files.pathFor(m_projectPath));
        else
            emit autosaveFailed(error);
        // The document may have been saved (or replaced) while the copy was written.
        if (!m_document.isDirty() || m_document.path() != m_projectPath)
            m_files.remove(m_projectPath);
        if (std::exchange(m_againWhenDone, false))
            autosaveNow();
    });
}

Autosaver::~Autosaver() {
    m_watcher.waitForFinished();
    m_files.remove(m_projectPath);
}

void Autosaver::autosaveNow() {
    if (!m_document.isDirty())
        return;
    if (m_watcher.isRunning()) {
        m_againWhenDone = true;
        return;
    }
    if (m_document.path() != m_projectPath)
        onProjectReplaced();
    QDir().mkpath(m_files.folder());
    // The store writes a temporary file and renames it: a crash mid-copy keeps the last copy.
    m_watcher.setFuture(QtConcurrent::run([project = m_document.snapshotForSave(),
                                           target = m_files.pathFor(m_projectPath),
                                           source = m_document.path()]() -> QString {
        auto status =
            project::ProjectStore::save(project, target.toStdString(), source.toStdString());
        return status ? QString() : app::ErrorText::describe(status.error());
    }));
}

void Autosaver::onDocumentClean() {
    if (!m_watcher.isRunning())
        m_files.remove(m_projectPath);
    if (m_document.path() != m_projectPath)
        onProjectReplaced();
}

void Autosaver::onProjectReplaced() {
    // The previous project's changes were saved or discarded before it was replaced.
    if (!m_watcher.isRunning())
        m_files.remove(m_projectPath);
    m_projectPath = m_document.path();
}

} // namespace cw::desktop
