// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/project/sector.h"
#include "cityweave/style/layer_style.h"

#include <cstddef>
#include <map>

namespace cw::project {

/// The one rule that gives a layer arriving without a style of its own its look, the same in
/// the desktop's Add Layer, the CLI's render of plain files, a plugin's layers added in the
/// desktop and a sample built from a manifest. Shades count per sector, so that three energy
/// layers do not draw in one identical green; a plugin layer with a style of its plugin takes
/// that style and no shade.
class LayerStyler {
public:
    /// A plain file added as the `ordinal`-th layer (0 = the first): the four sector palettes in
    /// turn, one shade further each round, never the shade a sector's own layers start with.
    static style::LayerStyle forFile(std::size_t ordinal);

    /// The next shade of `sector`.
    style::LayerStyle nextForSector(Sector sector);

    /// A plugin layer of a project of `projectSector`: the plugin style it names (`named`, see
    /// sdk::findStyle), else the next shade of its sector (the project's when it names none).
    style::LayerStyle forPluginLayer(const style::LayerStyle* named, Sector layerSector,
                                     Sector projectSector);

private:
    std::map<Sector, int> m_variantsUsed;
};

} // namespace cw::project
