// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QSettings;
class QWidget;

namespace cw::widgets {
struct LayerChoice;
}

namespace cw::desktop {

class ProjectDocument;
class RecoveryFiles;

/// The File menu's work: new, open, recent files, save, save as, add layer (also by dropping
/// files on the map), join a table to boundaries, with their dialogs and error messages, so
/// the main window only places the actions.
class ProjectFileActions : public QObject {
    Q_OBJECT

public:
    ProjectFileActions(ProjectDocument& document, QSettings& settings, QWidget* dialogParent);

    QAction* newAction() const { return m_new; }
    QAction* openAction() const { return m_open; }
    QAction* openDatabaseAction() const { return m_openDatabase; }
    QAction* saveAction() const { return m_save; }
    QAction* saveAsAction() const { return m_saveAs; }
    QAction* addLayerAction() const { return m_addLayer; }
    QAction* joinTableAction() const { return m_joinTable; }
    QMenu* recentMenu() const { return m_recent; }

    /// Where autosaved copies are looked for (not owned; null: never offer a recovery).
    void setRecoveryFiles(const RecoveryFiles* files) { m_recovery = files; }
    /// Opens `path`, reporting failure in a dialog; the current project stays open on failure.
    /// When an autosaved copy newer than the file is left from a crash, offers to recover it.
    bool openPath(const QString& path);
    /// Offers the autosaved copies of untitled projects whose CityWeave crashed, one by one.
    void offerUntitledRecovery();
    /// Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();
    bool save();
    bool saveAs();
    /// Save for a plan in a database: object by object, asking about conflicting fields.
    bool saveToDatabase();
    /// Opens the add-layer dialog on `path` (as if chosen in it).
    void addLayerFromPath(const QString& path);
    /// Files dropped on the map: a CityWeave project opens; any other file gets its own
    /// add-layer dialog, one after the other.
    void openDroppedFiles(const QStringList& paths);
    /// Adds the layer chosen in the add-layer dialog to the project (loaded in the background);
    /// `title` names it (empty: from the file and layer names).
    void addLayerChoice(const widgets::LayerChoice& choice, const QString& title = {});

signals:
    /// An autosaved copy replaced the project: it should be copied again soon.
    void recovered();

private:
    void openWithDialog();
    void openFromDatabase();
    /// Asks about one autosaved copy; true when it was recovered into the document.
    bool offerRecovery(const QString& recoveryFile, const QString& projectPath,
                       const QDateTime& savedAt);
    void addLayer();
    void joinTable();
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    QString dialogDir() const;

    ProjectDocument& m_document;
    QSettings& m_settings;
    QWidget* m_parent;
    QAction* m_new;
    QAction* m_open;
    QAction* m_openDatabase;
    QAction* m_save;
    QAction* m_saveAs;
    QAction* m_addLayer;
    QAction* m_joinTable;
    QMenu* m_recent;
    const RecoveryFiles* m_recovery = nullptr;
};

} // namespace cw::desktop
