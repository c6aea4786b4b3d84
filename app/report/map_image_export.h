// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "render/map_settings.h"
#include "render/render_layer.h"

#include <QImage>
#include <QString>
#include <vector>

namespace cw::report {

enum class MapImageFormat { Png, Svg };

/// The current map as a file: PNG through the tile renderer at the settings' size and DPI, or
/// SVG through the vector painter (paths and text, nothing rasterised). Both carry the scale
/// bar and north arrow, and are written to a temporary file and renamed.
class MapImageExport {
public:
    /// The PNG's pixels: layers, scale bar and north arrow, with the DPI recorded in the image.
    static QImage renderImage(const render::MapSettings& settings,
                              const std::vector<render::RenderLayer>& layers,
                              const CancelToken& cancel = {}, render::RenderStats* stats = nullptr);
    /// `stats`, when given: the features drawn and the milliseconds drawing took, either format.
    static Status write(MapImageFormat format, const QString& path,
                        const render::MapSettings& settings,
                        const std::vector<render::RenderLayer>& layers,
                        const CancelToken& cancel = {}, render::RenderStats* stats = nullptr);
    /// From a file name's extension; Png for anything else.
    static MapImageFormat formatFor(const QString& path);
};

} // namespace cw::report
