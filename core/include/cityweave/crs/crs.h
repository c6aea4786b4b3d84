// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"

#include <string>
#include <vector>

namespace cw::crs {

/// A coordinate reference system, kept as WKT2 plus its authority code when it has one.
/// Value type: cheap to copy, comparable, safe to pass between threads.
class Crs {
public:
    Crs() = default;

    /// "EPSG:5186", a WKT string, a PROJ string or anything PROJ's user-input parser accepts.
    static Result<Crs> fromUserInput(const std::string& definition);
    static Result<Crs> fromEpsg(int code);
    /// A definition read from a data source (e.g. a `.prj` file). Legacy Korean Bessel
    /// definitions without a datum are recognised as the Korean 1985 CRS they mean.
    static Result<Crs> fromSourceWkt(const std::string& wkt);

    bool isValid() const { return !m_wkt.empty(); }
    /// "EPSG:5186" when the CRS is identified, otherwise empty.
    const std::string& authId() const { return m_authId; }
    const std::string& name() const { return m_name; }
    const std::string& wkt() const { return m_wkt; }
    bool isGeographic() const { return m_geographic; }
    /// Why the CRS was reinterpreted on reading, e.g. the legacy Korean rule; empty otherwise.
    const std::string& interpretationNote() const { return m_note; }
    /// "EPSG:5186" or, failing that, the WKT: what the project file stores.
    std::string storageString() const { return m_authId.empty() ? m_wkt : m_authId; }

    bool operator==(const Crs& other) const;

private:
    // Takes an OGRSpatialReference (void* keeps GDAL out of this header).
    static Result<Crs> fromOgr(void* spatialReference, std::string note);

    std::string m_wkt;
    std::string m_authId;
    std::string m_name;
    std::string m_note;
    bool m_geographic = false;
};

/// The CRSs Korean users pick most, in the order a picker offers them.
struct CrsPreset {
    int epsg;
    const char* name;
};
const std::vector<CrsPreset>& koreanPresets();

} // namespace cw::crs
