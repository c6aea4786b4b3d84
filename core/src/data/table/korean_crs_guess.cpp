// SPDX-License-Identifier: GPL-3.0-or-later
#include "korean_crs_guess.h"

#include "cityweave/crs/coordinate_transform.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>

namespace cw::data {
namespace {

// The capital region (Seoul, Incheon, Gyeonggi): CityWeave's users plan there, so a grid that
// puts the points there beats one that puts them elsewhere in Korea.
constexpr geometry::Envelope kCapitalRegion{126.3, 36.85, 127.9, 38.35};
// A grid fits when it puts this share of the sample where it should be; the rest are bad rows.
constexpr double kMostPoints = 0.8;

double fractionInside(const std::vector<double>& lon, const std::vector<double>& lat,
                      const geometry::Envelope& box) {
    if (lon.empty())
        return 0;
    std::size_t inside = 0;
    for (std::size_t i = 0; i < lon.size(); ++i)
        if (std::isfinite(lon[i]) && box.contains(lon[i], lat[i]))
            ++inside;
    return static_cast<double>(inside) / static_cast<double>(lon.size());
}

// The transform from a Korean grid to WGS 84, made once per thread: each set-up costs PROJ
// ~3 ms and ~15k allocations, and every table read tries five grids. CoordinateTransform is
// not thread-safe, hence one cache per thread; nullptr caches a grid PROJ cannot build.
const crs::CoordinateTransform* gridToWgs84(int code) {
    thread_local std::map<int, std::unique_ptr<crs::CoordinateTransform>> transforms;
    if (const auto it = transforms.find(code); it != transforms.end())
        return it->second.get();
    std::unique_ptr<crs::CoordinateTransform> made;
    auto source = crs::Crs::fromEpsg(code);
    auto wgs84 = crs::Crs::fromEpsg(4326);
    if (source && wgs84)
        if (auto transform = crs::CoordinateTransform::create(*source, *wgs84))
            made = std::make_unique<crs::CoordinateTransform>(std::move(*transform));
    return transforms.emplace(code, std::move(made)).first->second.get();
}

} // namespace

const std::vector<int>& koreanTmCandidates() {
    static const std::vector<int> codes{5186, 5181, 5179, 5174, 2097};
    return codes;
}

geometry::Envelope koreaLonLat() {
    return geometry::Envelope{124.0, 32.8, 132.0, 38.9};
}

namespace {

geometry::Envelope computeKoreaBoxIn(const std::string& crsId) {
    auto source = crs::Crs::fromEpsg(4326);
    auto target = crs::Crs::fromUserInput(crsId);
    if (!source || !target)
        return {};
    auto transform = crs::CoordinateTransform::create(*source, *target);
    if (!transform)
        return {};
    const geometry::Envelope k = koreaLonLat();
    geometry::Envelope out;
    constexpr int kSteps = 32;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = static_cast<double>(i) / kSteps;
        const double edge[4][2] = {{k.minX + t * k.width(), k.minY},
                                   {k.minX + t * k.width(), k.maxY},
                                   {k.minX, k.minY + t * k.height()},
                                   {k.maxX, k.minY + t * k.height()}};
        for (const auto& p : edge) {
            double x = p[0], y = p[1];
            if (transform->transformPoint(x, y))
                out.expand(x, y);
        }
    }
    return out;
}

} // namespace

geometry::Envelope koreaBoxIn(const std::string& crsId) {
    // Asked for every table read (a workbook of 2,000 sheets asks 2,000 times): each answer
    // costs a transform's set-up, so keep them.
    static std::mutex mutex;
    static std::map<std::string, geometry::Envelope> boxes;
    {
        const std::lock_guard lock(mutex);
        if (const auto it = boxes.find(crsId); it != boxes.end())
            return it->second;
    }
    const geometry::Envelope box = computeKoreaBoxIn(crsId);
    const std::lock_guard lock(mutex);
    if (boxes.size() < 256)
        boxes.emplace(crsId, box);
    return box;
}

CrsGuess guessKoreanCrs(const std::vector<double>& xs, const std::vector<double>& ys,
                        const std::vector<int>& allowed) {
    CrsGuess guess;
    if (xs.empty())
        return guess;
    const geometry::Envelope korea = koreaLonLat();
    const bool allowDegrees =
        allowed.empty() || std::find(allowed.begin(), allowed.end(), 4326) != allowed.end();
    if (allowDegrees) {
        const double straight = fractionInside(xs, ys, korea);
        const double swapped = fractionInside(ys, xs, korea);
        if (straight >= 0.5 || swapped >= 0.5) {
            guess.crs = "EPSG:4326";
            guess.reason = "degrees";
            guess.swapped = swapped > straight;
            guess.candidates = {guess.crs};
            return guess;
        }
    }
    // Metre grids are judged on the metre values: a few rows of degrees pasted into a TM column
    // are bad rows of their own, not evidence against the grid.
    std::vector<double> mx, my;
    for (std::size_t i = 0; i < xs.size(); ++i)
        if (std::abs(xs[i]) > 180 || std::abs(ys[i]) > 90) {
            mx.push_back(xs[i]);
            my.push_back(ys[i]);
        }
    std::vector<int> tried;
    for (int code : koreanTmCandidates())
        if (allowed.empty() || std::find(allowed.begin(), allowed.end(), code) != allowed.end())
            tried.push_back(code);
    std::vector<std::string> inCapital;
    for (int code : tried) {
        const crs::CoordinateTransform* transform = gridToWgs84(code);
        if (!transform)
            continue;
        std::vector<double> lon = mx, lat = my;
        transform->transform(lon.data(), lat.data(), lon.size());
        if (fractionInside(lon, lat, korea) < kMostPoints)
            continue;
        const std::string id = "EPSG:" + std::to_string(code);
        guess.candidates.push_back(id);
        if (fractionInside(lon, lat, kCapitalRegion) >= kMostPoints)
            inCapital.push_back(id);
    }
    const bool fromHeader = !allowed.empty();
    if (guess.candidates.size() == 1) {
        guess.crs = guess.candidates.front();
        guess.reason = fromHeader ? "header" : "values";
    } else if (inCapital.size() == 1) {
        guess.crs = inCapital.front();
        guess.reason = "seoul";
    }
    return guess;
}

} // namespace cw::data
