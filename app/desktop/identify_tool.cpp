// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/identify_tool.h"

#include "desktop/project_document.h"
#include "widgets/feature_identifier.h"
#include "widgets/identify_results_panel.h"
#include "widgets/map_canvas.h"
#include "widgets/map_tools/rubber_band_tool.h"

namespace cw::desktop {
namespace {
constexpr double kTolerancePx = 5;
}

IdentifyTool::IdentifyTool(widgets::MapCanvas& canvas, widgets::IdentifyResultsPanel& panel,
                           const ProjectDocument& document, QObject* parent)
    : QObject(parent), m_canvas(canvas), m_panel(panel), m_document(document),
      m_tool(new widgets::RubberBandTool(this)) {
    connect(m_tool, &widgets::RubberBandTool::clicked, this,
            [this](QPointF at, Qt::KeyboardModifiers) { identifyAt(at.x(), at.y()); });
    connect(m_tool, &widgets::RubberBandTool::dragged, this, [this](const geometry::Envelope& b) {
        identifyAt((b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2);
    });
}

void IdentifyTool::setActive(bool active) {
    m_active = active;
    if (active)
        m_canvas.setMapTool(m_tool);
    else if (m_canvas.mapTool() == m_tool)
        m_canvas.setMapTool(nullptr);
    m_canvas.setToolCursor(active ? QCursor(Qt::WhatsThisCursor) : QCursor(Qt::ArrowCursor));
}

void IdentifyTool::identifyAt(double mapX, double mapY) {
    const double tolerance = kTolerancePx * m_canvas.settings().mapUnitsPerPixel();
    const auto& layers = m_document.layers();
    const std::string lang = m_document.language().toStdString();
    std::vector<widgets::IdentifyResultsPanel::Found> found;
    for (const auto& hit : widgets::FeatureIdentifier::identifyAll(layers, mapX, mapY, tolerance)) {
        const auto& layer = layers[hit.layerIndex];
        if (layer.data && hit.feature < layer.data->attributes.size())
            found.push_back({QString::fromStdString(layer.entry.id),
                             QString::fromStdString(layer.entry.name.in(lang)), layer.data,
                             hit.feature});
    }
    m_panel.showFeatures(found);
    emit resultShown();
}

} // namespace cw::desktop
