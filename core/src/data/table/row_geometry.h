// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/bad_rows.h"
#include "cityweave/geometry/envelope.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

class OGRGeometry;

namespace cw::data {

/// Whether a WKT/WKB cell looks like a geometry ("POINT(...)", "SRID=5186;...", WKB hex).
bool looksLikeGeometryText(std::string_view text);
/// Parses WKT, EWKT ("SRID=5186;POINT(...)"), WKB hex or EWKB hex; `srid` gets the SRID an
/// extended form states (0 when none). nullptr when the text is not a geometry.
std::unique_ptr<OGRGeometry> parseGeometryText(std::string_view text, int* srid = nullptr);

/// Checks one row's position against where Korean data can be, in the CRS of the values.
class PositionCheck {
public:
    /// `crs` empty: only the (0,0), empty and same-value checks apply.
    explicit PositionCheck(const std::string& crs);

    /// Why (x, y) is unusable, or nullopt when it is a position.
    std::optional<BadRowReason> checkPoint(double x, double y) const;
    /// Same for a geometry's envelope: outside Korea when it lies wholly outside.
    std::optional<BadRowReason> checkEnvelope(const geometry::Envelope& e) const;

private:
    bool m_geographic = false;
    bool m_known = false;
    geometry::Envelope m_korea; ///< Korea in the CRS of the values
};

} // namespace cw::data
