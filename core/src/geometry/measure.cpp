// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/geometry/measure.h"

#include "cityweave/crs/coordinate_transform.h"

#include <cmath>
#include <geodesic.h>
#include <limits>
#include <vector>

namespace cw::geometry {
namespace {

double planarLength(std::span<const Coord> points, bool closed) {
    double length = 0;
    for (std::size_t i = 1; i < points.size(); ++i)
        length += std::hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y);
    if (closed && points.size() > 2)
        length +=
            std::hypot(points.front().x - points.back().x, points.front().y - points.back().y);
    return length;
}

double planarArea(std::span<const Coord> points) {
    double twice = 0; // the shoelace formula
    for (std::size_t i = 0, j = points.size() - 1; i < points.size(); j = i++)
        twice += (points[j].x + points[i].x) * (points[j].y - points[i].y);
    return std::abs(twice) / 2;
}

} // namespace

Result<Measurement> measure(const crs::Crs& crs, std::span<const Coord> points, bool area,
                            Measurement* perimeter) {
    Measurement out;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    out.planar =
        crs.isGeographic() ? nan : (area ? planarArea(points) : planarLength(points, false));
    if (perimeter)
        perimeter->planar = crs.isGeographic() ? nan : planarLength(points, true);
    if (points.size() < 2 || (area && points.size() < 3)) {
        out.planar = 0;
        if (perimeter)
            *perimeter = Measurement{};
        return out;
    }
    auto wgs84 = crs::Crs::fromEpsg(4326);
    if (!wgs84)
        return wgs84.error();
    auto transform = crs::CoordinateTransform::create(crs, *wgs84);
    if (!transform)
        return transform.error();
    std::vector<double> lon(points.size()), lat(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        lon[i] = points[i].x;
        lat[i] = points[i].y;
    }
    if (transform->transform(lon.data(), lat.data(), lon.size()) > 0)
        return makeError(ErrorCode::InvalidArgument, {"points", "outside the CRS's area"});
    geod_geodesic g{};
    geod_init(&g, 6378137.0, 1 / 298.257223563); // WGS 84
    if (area) {
        double a = 0, p = 0;
        geod_polygonarea(&g, lat.data(), lon.data(), static_cast<int>(lat.size()), &a, &p);
        out.ellipsoidal = std::abs(a);
        if (perimeter)
            perimeter->ellipsoidal = p;
        return out;
    }
    for (std::size_t i = 1; i < lon.size(); ++i) {
        double s = 0;
        geod_inverse(&g, lat[i - 1], lon[i - 1], lat[i], lon[i], &s, nullptr, nullptr);
        out.ellipsoidal += s;
    }
    return out;
}

} // namespace cw::geometry
