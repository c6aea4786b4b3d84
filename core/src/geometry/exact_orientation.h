// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/geometry_store.h"

namespace cw::geometry {

/// Sign of the orientation of c relative to a→b, exactly: +1 when c is left of a→b, -1 when
/// right, 0 when the three points are collinear. A floating-point filter answers almost every
/// call; only near-collinear triples pay for the exact expansion arithmetic.
int orientationSign(const Coord& a, const Coord& b, const Coord& c);

} // namespace cw::geometry
