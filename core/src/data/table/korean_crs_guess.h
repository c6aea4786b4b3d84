// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/envelope.h"

#include <string>
#include <vector>

namespace cw::data {

/// Which CRS a sample of coordinates is in, judged by where each candidate puts them.
struct CrsGuess {
    std::string crs;      ///< "EPSG:4326", "EPSG:5181", ...; empty: undecided
    std::string reason;   ///< "degrees", "values", "header", "seoul"
    bool swapped = false; ///< the values are degrees with latitude in the X column
    /// Every candidate that puts the sample inside Korea (several and no `crs`: ask).
    std::vector<std::string> candidates;
};

/// The Korean metre grids tried when coordinates are not degrees, most used first.
const std::vector<int>& koreanTmCandidates();

/// Guesses the CRS of sample points (no (0,0) or empty rows): degrees inside Korea are WGS84;
/// metre values are tried in each candidate (narrowed to `allowed` when a header named one);
/// one that puts ≥ 80 % inside Korea wins, and among several the one putting them in the Seoul
/// capital region; otherwise the candidates are returned to ask the user.
CrsGuess guessKoreanCrs(const std::vector<double>& xs, const std::vector<double>& ys,
                        const std::vector<int>& allowed);

/// Korea (with Jeju, Ulleungdo and Dokdo) as a lon/lat box, and the same area as a box in
/// `crs` (transformed densely); null when the transformation fails.
geometry::Envelope koreaLonLat();
geometry::Envelope koreaBoxIn(const std::string& crs);

inline bool isKoreanLonLat(double x, double y) {
    return koreaLonLat().contains(x, y);
}

} // namespace cw::data
