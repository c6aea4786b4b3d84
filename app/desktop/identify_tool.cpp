// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/identify_tool.h"

#include "desktop/project_document.h"
#include "widgets/feature_identifier.h"
#include "widgets/identify_results_panel.h"
#include "widgets/map_canvas.h"

namespace cw::desktop {
namespace {
constexpr double kTolerancePx = 5;
}

IdentifyTool::IdentifyTool(widgets::MapCanvas& canvas, widgets::IdentifyResultsPanel& panel,
                           const ProjectDocument& document, QObject* parent)
    : QObject(parent), m_canvas(canvas), m_panel(panel), m_document(document) {
    connect(&m_canvas, &widgets::MapCanvas::clicked, this, [this](double x, double y) {
        if (m_active)
            identifyAt(x, y);
    });
}

void IdentifyTool::setActive(bool active) {
    m_active = active;
    m_canvas.setToolCursor(active ? QCursor(Qt::CrossCursor) : QCursor(Qt::ArrowCursor));
}

void IdentifyTool::identifyAt(double mapX, double mapY) {
    const double tolerance = kTolerancePx * m_canvas.settings().mapUnitsPerPixel();
    const auto& layers = m_document.layers();
    const auto hit = widgets::FeatureIdentifier::identify(layers, mapX, mapY, tolerance);
    if (!hit || !layers[hit->layerIndex].data) {
        m_panel.showNothingFound();
    } else {
        const auto& layer = layers[hit->layerIndex];
        m_panel.showFeature(
            QString::fromStdString(layer.entry.name.in(m_document.language().toStdString())),
            *layer.data, hit->feature);
    }
    emit resultShown();
}

} // namespace cw::desktop
