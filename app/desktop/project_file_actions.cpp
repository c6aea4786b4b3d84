// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/project_file_actions.h"

#include "cityweave/project/layer_loading.h"
#include "common/error_text.h"
#include "desktop/conflict_dialog.h"
#include "desktop/open_database_dialog.h"
#include "desktop/project_document.h"
#include "desktop/recovery_files.h"
#include "widgets/add_layer_dialog.h"
#include "widgets/join_dialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace cw::desktop {
namespace {
constexpr int kMaxRecent = 8;
const char* kRecentKey = "recent/files";
const char* kProjectSuffix = ".cwproject.gpkg";
} // namespace

ProjectFileActions::ProjectFileActions(ProjectDocument& document, QSettings& settings,
                                       QWidget* dialogParent)
    : QObject(dialogParent), m_document(document), m_settings(settings), m_parent(dialogParent),
      m_new(new QAction(tr("&New"), this)), m_open(new QAction(tr("&Open…"), this)),
      m_openDatabase(new QAction(tr("Open from &Database…"), this)),
      m_save(new QAction(tr("&Save"), this)), m_saveAs(new QAction(tr("Save &As…"), this)),
      m_addLayer(new QAction(tr("&Add Layer…"), this)),
      m_joinTable(new QAction(tr("&Join Table to Boundaries by Code…"), this)),
      m_recent(new QMenu(tr("Open &Recent"), dialogParent)) {
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_addLayer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)); // as in QGIS
    connect(m_new, &QAction::triggered, this, [this] {
        if (maybeSave())
            m_document.newProject();
    });
    connect(m_open, &QAction::triggered, this, &ProjectFileActions::openWithDialog);
    m_openDatabase->setObjectName(QStringLiteral("actionOpenDatabase"));
    connect(m_openDatabase, &QAction::triggered, this, &ProjectFileActions::openFromDatabase);
    connect(m_save, &QAction::triggered, this, &ProjectFileActions::save);
    connect(m_saveAs, &QAction::triggered, this, &ProjectFileActions::saveAs);
    connect(m_addLayer, &QAction::triggered, this, &ProjectFileActions::addLayer);
    m_joinTable->setObjectName(QStringLiteral("actionJoinTable"));
    connect(m_joinTable, &QAction::triggered, this, &ProjectFileActions::joinTable);
    rebuildRecentMenu();
}

QString ProjectFileActions::dialogDir() const {
    if (m_document.path().isEmpty() || m_document.isInDatabase())
        return {};
    return QFileInfo(m_document.path()).absolutePath();
}

void ProjectFileActions::openFromDatabase() {
    if (!maybeSave())
        return;
    OpenDatabaseDialog dialog(m_settings, m_parent);
    if (dialog.exec() == QDialog::Accepted)
        openPath(dialog.url());
}

bool ProjectFileActions::openPath(const QString& path) {
    if (m_recovery) {
        if (auto entry = m_recovery->find(path)) {
            if (offerRecovery(entry->file, path, entry->savedAt)) {
                rememberRecent(m_document.path());
                return true;
            }
        }
    }
    QString error;
    if (!m_document.open(path, &error)) {
        QMessageBox::critical(m_parent, tr("Cannot open project"),
                              tr("\"%1\" could not be opened.\n\n%2").arg(path, error));
        return false;
    }
    rememberRecent(m_document.path());
    if (const auto& damaged = m_document.project().damagedParts; !damaged.empty()) {
        QStringList parts;
        for (const std::string& part : damaged)
            parts << QString::fromStdString(part);
        QMessageBox::warning(m_parent, tr("Project partly damaged"),
                             tr("Parts of \"%1\" are damaged and were left out; the rest of the "
                                "project opened. Saving will not bring them back.\n\n%2")
                                 .arg(path, parts.join(QLatin1Char('\n'))));
    }
    return true;
}

bool ProjectFileActions::offerRecovery(const QString& recoveryFile, const QString& projectPath,
                                       const QDateTime& savedAt) {
    const QString name = projectPath.isEmpty() ? tr("an untitled project")
                                               : QStringLiteral("\"%1\"").arg(projectPath);
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes"),
                    tr("CityWeave closed unexpectedly while %1 had unsaved changes. A copy was "
                       "saved automatically at %2.\n\nRecover these changes? If you discard "
                       "them, the copy is deleted.")
                        .arg(name, QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, m_parent);
    box.setObjectName(QStringLiteral("recoveryQuestion"));
    QPushButton* recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() != recover) {
        m_recovery->removeEntry({recoveryFile, projectPath, savedAt});
        return false;
    }
    QString error;
    if (!m_document.recoverFrom(recoveryFile, projectPath, &error)) {
        QMessageBox::critical(m_parent, tr("Cannot recover changes"),
                              tr("The autosaved copy could not be read; the project opens as "
                                 "it was last saved.\n\n%1")
                                  .arg(error));
        return false;
    }
    // A project's copy stays until the recovered changes are saved or discarded; an untitled
    // one belonged to the crashed process and is replaced by this process' next copy.
    if (projectPath.isEmpty())
        m_recovery->removeEntry({recoveryFile, projectPath, savedAt});
    emit recovered();
    return true;
}

void ProjectFileActions::offerUntitledRecovery() {
    if (!m_recovery)
        return;
    for (const auto& entry : m_recovery->orphanedUntitled()) {
        if (!maybeSave())
            return;
        offerRecovery(entry.file, {}, entry.savedAt);
    }
}

void ProjectFileActions::openWithDialog() {
    if (!maybeSave())
        return;
    const QString path =
        QFileDialog::getOpenFileName(m_parent, tr("Open project"), dialogDir(),
                                     tr("CityWeave projects (*.cwproject.gpkg *.gpkg)") +
                                         QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

bool ProjectFileActions::maybeSave() {
    if (!m_document.isDirty())
        return true;
    const auto answer = QMessageBox::warning(
        m_parent, tr("Unsaved changes"),
        tr("The project \"%1\" has unsaved changes. Save them?").arg(m_document.title()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

bool ProjectFileActions::save() {
    if (m_document.path().isEmpty())
        return saveAs();
    if (m_document.isInDatabase())
        return saveToDatabase();
    QString error;
    if (!m_document.save(&error)) {
        QMessageBox::critical(m_parent, tr("Cannot save project"), error);
        return false;
    }
    return true;
}

bool ProjectFileActions::saveToDatabase() {
    std::map<std::string, project::Resolutions> resolutions;
    // Another planner may save the same fields again while this one chooses: ask again then.
    for (int attempt = 0; attempt < 3; ++attempt) {
        project::ChangesOutcome outcome;
        QString error;
        if (!m_document.saveToDatabase(resolutions, &outcome, &error)) {
            QMessageBox::critical(m_parent, tr("Cannot save project"), error);
            return false;
        }
        QStringList refused;
        bool conflicts = false;
        for (const project::ObjectNotSaved& object : outcome.notSaved) {
            const QString id = QString::fromStdString(object.id);
            if (object.error)
                refused << app::ErrorText::describe(*object.error);
            else if (object.outcome.state == project::SaveState::DeletedByOther)
                refused << tr("%1 was deleted by another planner; your changes to it were not "
                              "saved.")
                               .arg(id);
            else if (object.outcome.state == project::SaveState::ChangedByOther)
                refused << tr("%1 was changed by another planner since you opened it, so it was "
                              "not deleted.")
                               .arg(id);
            else
                conflicts = true;
        }
        if (!refused.isEmpty())
            QMessageBox::warning(m_parent, tr("Some changes were not saved"),
                                 refused.join(QLatin1Char('\n')));
        if (!conflicts)
            return outcome.notSaved.empty();
        ConflictDialog dialog(outcome.notSaved, m_document.project(), m_document.language(),
                              m_parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        resolutions = dialog.resolutions();
    }
    return false;
}

bool ProjectFileActions::saveAs() {
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Save project as"), dialogDir(),
                                                tr("CityWeave projects (*.cwproject.gpkg)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive))
        path += QLatin1String(kProjectSuffix);
    QString error;
    if (!m_document.saveAs(path, &error)) {
        QMessageBox::critical(m_parent, tr("Cannot save project"), error);
        return false;
    }
    rememberRecent(m_document.path());
    return true;
}

void ProjectFileActions::addLayer() {
    widgets::AddLayerDialog dialog(dialogDir(), m_parent);
    if (dialog.exec() == QDialog::Accepted)
        for (const auto& choice : dialog.choices())
            addLayerChoice(choice);
}

void ProjectFileActions::addLayerFromPath(const QString& path) {
    widgets::AddLayerDialog dialog(QFileInfo(path).absolutePath(), m_parent);
    dialog.setPath(path);
    if (dialog.exec() == QDialog::Accepted)
        for (const auto& choice : dialog.choices())
            addLayerChoice(choice);
}

void ProjectFileActions::openDroppedFiles(const QStringList& paths) {
    for (const QString& path : paths) {
        if (path.endsWith(QLatin1String(kProjectSuffix), Qt::CaseInsensitive)) {
            if (maybeSave())
                openPath(path);
        } else if (QFileInfo(path).isFile()) {
            addLayerFromPath(path);
        }
    }
}

void ProjectFileActions::addLayerChoice(const widgets::LayerChoice& choice, const QString& title) {
    const QString base = QFileInfo(choice.path).completeBaseName();
    const QString display = !title.isEmpty() ? title
                            : choice.layerName.isEmpty() || choice.layerName == base
                                ? base
                                : QStringLiteral("%1 — %2").arg(base, choice.layerName);
    const data::LayerSource source{choice.path.toStdString(), choice.layerName.toStdString(),
                                   choice.encoding.toStdString(), choice.crs.toStdString(),
                                   choice.table};
    std::vector<std::string> takenIds;
    for (const auto& layer : m_document.layers())
        takenIds.push_back(layer.entry.id);
    m_document.addLayer(project::addedLayerEntry(source, display.toStdString(),
                                                 display.toStdString(),
                                                 m_document.path().toStdString(), takenIds));
}

void ProjectFileActions::joinTable() {
    std::vector<widgets::JoinInput> inputs;
    const std::string language = m_document.language().toStdString();
    for (const auto& layer : m_document.layers())
        if (layer.data)
            inputs.push_back({QString::fromStdString(layer.entry.name.in(language)), layer.data,
                              QString::fromStdString(layer.data->sourcePath)});
    const QString dir = dialogDir();
    widgets::JoinDialog dialog(std::move(inputs), dir.isEmpty() ? QDir::homePath() : dir, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    widgets::LayerChoice choice;
    choice.path = dialog.outputPath();
    choice.layerName = widgets::JoinDialog::outputLayer();
    addLayerChoice(choice, dialog.layerTitle());
}

void ProjectFileActions::rememberRecent(const QString& path) {
    QStringList files = m_settings.value(kRecentKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    m_settings.setValue(kRecentKey, files);
    rebuildRecentMenu();
}

void ProjectFileActions::rebuildRecentMenu() {
    m_recent->clear();
    const QStringList files = m_settings.value(kRecentKey).toStringList();
    for (const QString& file : files)
        m_recent
            ->addAction(QFileInfo(file).fileName(), this,
                        [this, file] {
                            if (maybeSave())
                                openPath(file);
                        })
            ->setToolTip(file);
    m_recent->setEnabled(!files.isEmpty());
}

} // namespace cw::desktop
