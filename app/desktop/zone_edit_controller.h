// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/crs/coordinate_transform.h"
#include "cityweave/planning/zone_editing.h"
#include "cityweave/project/planning_records.h"

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMenu;

namespace cw::widgets {
class MapCanvas;
class ZoneDrawTool;
class ZoneOverlay;
class ZonePropertiesDialog;
class ZoneVertexTool;
class ZonesPanel;
} // namespace cw::widgets

namespace cw::desktop {

class MainWindow;
class ProjectDocument;

/// Sandbox zones on the map: drawing and editing their polygons (vertices, snapping, split, merge)
/// and their properties. Built by the main window, which it outlives neither; it adds its own
/// docks, toolbars and actions to `window` and to the Plan menu. Zone areas are stored in EPSG:5186
/// and shown (and edited) in the map CRS; every change is one undo step through
/// ProjectDocument::editPlan.
class ZoneEditController : public QObject {
    Q_OBJECT

public:
    ZoneEditController(ProjectDocument& document, MainWindow& window, QMenu& planMenu);
    ~ZoneEditController() override;

    /// Shows the properties dialog and says whether it was accepted. By default the dialog runs
    /// modally; tests replace this to fill it in and accept it without a nested event loop.
    using DialogHook = std::function<bool(widgets::ZonePropertiesDialog&)>;
    void setDialogHook(DialogHook hook) { m_dialogHook = std::move(hook); }
    /// Asks a yes/no question (merge, delete); tests replace the message box.
    using ConfirmHook = std::function<bool(const QString& title, const QString& text)>;
    void setConfirmHook(ConfirmHook hook) { m_confirmHook = std::move(hook); }

    widgets::ZonesPanel& panel() const { return *m_panel; }
    QStringList selectedZoneIds() const;
    void selectZones(const QStringList& ids);
    /// A zone's polygon as shown, in the map CRS; empty for an unknown id.
    planning::ZonePolygon displayPolygon(const QString& id) const;
    /// The map position a click at `mapPos` lands on (snapped, or unchanged), skipping the zone
    /// `excludeZone` (its index in the plan; -1 none).
    std::optional<QPointF> snap(QPointF mapPos, int excludeZone = -1) const;

private:
    void buildActions(QMenu& planMenu);
    void rebuild();
    void updateActions();
    void selectZoneAt(double mapX, double mapY);
    void onSelectionChanged();
    void setDrawing(bool on);
    void setEditing(bool on);
    void setSplitting(bool on);
    void onDrawFinished(const QVector<QPointF>& vertices, int shape);
    void createZone(const planning::ZonePolygon& mapPolygon);
    void splitSelected(const QVector<QPointF>& line);
    void onVertexEdited(const planning::ZonePolygon& mapPolygon, const QString& undoText);
    void editProperties();
    void mergeSelected();
    void deleteSelected();
    void releaseTools();
    void showMessage(const QString& text) const;
    int zoneIndex(const QString& id) const;
    std::string uniqueZoneId(const std::string& base,
                             const std::vector<project::SandboxZone>& zones) const;
    QString zoneName(const project::SandboxZone& zone) const;
    /// Map CRS ↔ storage CRS (EPSG:5186); false when a vertex cannot be transformed.
    bool toStorage(planning::ZonePolygon& polygon) const;
    planning::ZonePolygon toMap(const geometry::GeometryStore& area) const;
    bool runDialog(widgets::ZonePropertiesDialog& dialog);
    bool confirm(const QString& title, const QString& text);
    /// Tells why a polygon is refused; true when it is acceptable.
    bool acceptPolygon(const planning::ZonePolygon& polygon) const;

    ProjectDocument& m_document;
    MainWindow& m_window;
    QPointer<widgets::MapCanvas> m_canvas; // null once the window has destroyed it
    std::unique_ptr<widgets::ZoneOverlay> m_overlay;
    widgets::ZoneDrawTool* m_drawTool;
    widgets::ZoneVertexTool* m_vertexTool;
    widgets::ZonesPanel* m_panel = nullptr;
    QAction* m_drawAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_propertiesAction = nullptr;
    QAction* m_splitAction = nullptr;
    QAction* m_mergeAction = nullptr;
    QAction* m_deleteAction = nullptr;
    std::optional<crs::CoordinateTransform> m_storageToMap; // null: same CRS or unavailable
    std::string m_transformCrs;                             // the map CRS it was made for
    std::vector<planning::ZonePolygon> m_display;           // per plan zone, in the map CRS
    std::vector<bool> m_inForce; ///< per zone: designated in the timeline's year
    DialogHook m_dialogHook;
    ConfirmHook m_confirmHook;
};

} // namespace cw::desktop
