// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/project/layer_styler.h"

namespace cw::project {

style::LayerStyle LayerStyler::forFile(std::size_t ordinal) {
    static const Sector palette[] = {Sector::Transport, Sector::Energy, Sector::Safety,
                                     Sector::IndustrySpace};
    return defaultStyleForSector(palette[ordinal % 4], static_cast<int>(ordinal / 4 + 1));
}

style::LayerStyle LayerStyler::nextForSector(Sector sector) {
    return defaultStyleForSector(sector, m_variantsUsed[sector]++);
}

style::LayerStyle LayerStyler::forPluginLayer(const style::LayerStyle* named, Sector layerSector,
                                              Sector projectSector) {
    if (named)
        return *named;
    return nextForSector(layerSector == Sector::None ? projectSector : layerSector);
}

} // namespace cw::project
