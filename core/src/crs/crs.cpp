// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/crs/crs.h"

#include "cityweave/crs/legacy_korean_crs.h"

#include <cctype>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cstring>
#include <map>
#include <mutex>
#include <ogr_spatialref.h>
#include <string_view>

namespace cw::crs {
namespace {

std::string exportWkt2(const OGRSpatialReference& srs) {
    char* wkt = nullptr;
    const char* options[] = {"FORMAT=WKT2_2019", "MULTILINE=NO", nullptr};
    if (srs.exportToWkt(&wkt, options) != OGRERR_NONE) {
        CPLFree(wkt);
        return {};
    }
    std::string out = wkt ? wkt : "";
    CPLFree(wkt);
    return out;
}

// Authority code, trying harder than the WKT itself says (ESRI .prj files carry none).
std::string identifyAuthority(OGRSpatialReference& srs) {
    const char* node = srs.IsProjected() ? "PROJCS" : (srs.IsGeographic() ? "GEOGCS" : nullptr);
    auto fromNode = [&]() -> std::string {
        const char* name = srs.GetAuthorityName(node);
        const char* code = srs.GetAuthorityCode(node);
        if (name && code)
            return std::string(name) + ":" + code;
        return {};
    };
    if (!node)
        return {};
    if (auto id = fromNode(); !id.empty())
        return id;
    // Let PROJ look for a 100%-confidence equivalent in its database.
    int count = 0;
    int* confidence = nullptr;
    OGRSpatialReferenceH* matches = srs.FindMatches(nullptr, &count, &confidence);
    std::string id;
    if (matches && count > 0 && confidence[0] >= 100) {
        auto* m = OGRSpatialReference::FromHandle(matches[0]);
        const char* mnode = m->IsProjected() ? "PROJCS" : "GEOGCS";
        if (m->GetAuthorityName(mnode) && m->GetAuthorityCode(mnode))
            id = std::string(m->GetAuthorityName(mnode)) + ":" + m->GetAuthorityCode(mnode);
    }
    OSRFreeSRSArray(matches);
    CPLFree(confidence);
    return id;
}

std::optional<int> legacyKoreanMatch(const OGRSpatialReference& srs) {
    if (!srs.IsProjected())
        return std::nullopt;
    const char* projection = srs.GetAttrValue("PROJECTION");
    if (!projection || !EQUAL(projection, SRS_PT_TRANSVERSE_MERCATOR))
        return std::nullopt;
    TransverseMercatorParams p;
    OGRErr err = OGRERR_NONE;
    p.semiMajor = srs.GetSemiMajor(&err);
    p.inverseFlattening = srs.GetInvFlattening(&err);
    p.latitudeOfOrigin = srs.GetNormProjParm(SRS_PP_LATITUDE_OF_ORIGIN, 0.0);
    p.centralMeridian = srs.GetNormProjParm(SRS_PP_CENTRAL_MERIDIAN, 0.0);
    p.scaleFactor = srs.GetNormProjParm(SRS_PP_SCALE_FACTOR, 1.0);
    p.falseEasting = srs.GetNormProjParm(SRS_PP_FALSE_EASTING, 0.0);
    p.falseNorthing = srs.GetNormProjParm(SRS_PP_FALSE_NORTHING, 0.0);
    double towgs84[7] = {};
    const bool hasTowgs84 = srs.GetTOWGS84(towgs84, 7) == OGRERR_NONE;
    // A datum PROJ knows by name (e.g. "Korean_Datum_1985") also gives it a shift.
    const char* datum = srs.GetAttrValue("DATUM");
    const bool namedKoreanDatum =
        datum && (std::strstr(datum, "Korea") || std::strstr(datum, "korea"));
    p.hasDatumShift = hasTowgs84 || namedKoreanDatum;
    return matchLegacyKoreanBessel(p);
}

} // namespace

Result<Crs> Crs::fromOgr(void* handle, std::string note) {
    auto& srs = *static_cast<OGRSpatialReference*>(handle);
    Crs crs;
    crs.m_wkt = exportWkt2(srs);
    if (crs.m_wkt.empty())
        return makeError(ErrorCode::UnknownCrs, {}, CPLGetLastErrorMsg());
    crs.m_authId = identifyAuthority(srs);
    crs.m_name = srs.GetName() ? srs.GetName() : "";
    crs.m_geographic = srs.IsGeographic();
    crs.m_note = std::move(note);
    return crs;
}

namespace {

// CRSs already built from a short definition ("EPSG:5186") or a code: each costs PROJ database
// queries (about a millisecond), and a workbook of many sheets or a plan of many layers asks for
// the same few again and again.
class CrsCache {
public:
    template <typename Key, typename Make>
    Result<Crs> get(std::map<Key, Crs>& cache, const Key& key, Make make) {
        {
            const std::lock_guard lock(m_mutex);
            if (const auto it = cache.find(key); it != cache.end())
                return it->second;
        }
        Result<Crs> made = make();
        if (made) {
            const std::lock_guard lock(m_mutex);
            if (cache.size() < kMaxEntries)
                cache.emplace(key, *made);
        }
        return made;
    }
    std::map<std::string, Crs> byText;
    std::map<int, Crs> byCode;

private:
    static constexpr std::size_t kMaxEntries = 256;
    std::mutex m_mutex;
};

CrsCache& crsCache() {
    static CrsCache cache;
    return cache;
}

// A definition that starts with '+' is meant as a PROJ string: each token "+key" or
// "+key=value", one of them +proj= or +init=. PROJ searches its database by name for text
// that is not one, which for a garbled string takes a second or more; refused here at once.
bool malformedProjString(const std::string& definition) {
    const auto first = definition.find_first_not_of(" \t");
    if (first == std::string::npos || definition[first] != '+')
        return false;
    bool hasProj = false;
    std::size_t at = first;
    while (at < definition.size()) {
        const std::size_t end = std::min(definition.find_first_of(" \t", at), definition.size());
        const std::string_view token(definition.data() + at, end - at);
        if (token.size() < 2 || token[0] != '+' ||
            !(std::isalpha(static_cast<unsigned char>(token[1])) || token[1] == '_'))
            return true;
        const std::size_t equals = std::min(token.find('='), token.size());
        for (std::size_t i = 1; i < equals; ++i)
            if (!(std::isalnum(static_cast<unsigned char>(token[i])) || token[i] == '_'))
                return true;
        for (char c : token)
            if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f)
                return true;
        hasProj = hasProj || token.starts_with("+proj=") || token.starts_with("+init=");
        at = definition.find_first_not_of(" \t", end);
        if (at == std::string::npos)
            break;
    }
    return !hasProj;
}

} // namespace

Result<Crs> Crs::fromUserInput(const std::string& definition) {
    if (malformedProjString(definition))
        return makeError(ErrorCode::UnknownCrs, {definition}, "not a PROJ string");
    auto make = [&]() -> Result<Crs> {
        OGRSpatialReference srs;
        CPLErrorReset();
        // Text only: no URL fetched, no file read (a definition may come from a project file, and
        // naming a pipe or a web address there must not block or call out).
        if (definition.empty() ||
            srs.SetFromUserInput(definition.c_str(),
                                 OGRSpatialReference::SET_FROM_USER_INPUT_LIMITATIONS_get()) !=
                OGRERR_NONE)
            return makeError(ErrorCode::UnknownCrs, {definition}, CPLGetLastErrorMsg());
        return fromOgr(&srs, {});
    };
    if (definition.size() > 32) // WKT and PROJ strings: rarely the same twice
        return make();
    CrsCache& cache = crsCache();
    return cache.get(cache.byText, definition, make);
}

Result<Crs> Crs::fromEpsg(int code) {
    CrsCache& cache = crsCache();
    return cache.get(cache.byCode, code, [code]() -> Result<Crs> {
        OGRSpatialReference srs;
        if (srs.importFromEPSG(code) != OGRERR_NONE)
            return makeError(ErrorCode::UnknownCrs, {"EPSG:" + std::to_string(code)});
        return fromOgr(&srs, {});
    });
}

Result<Crs> Crs::fromSourceWkt(const std::string& wkt) {
    OGRSpatialReference srs;
    CPLErrorReset();
    if (wkt.empty() ||
        srs.SetFromUserInput(
            wkt.c_str(), OGRSpatialReference::SET_FROM_USER_INPUT_LIMITATIONS_get()) != OGRERR_NONE)
        return makeError(ErrorCode::UnknownCrs, {wkt.substr(0, 80)}, CPLGetLastErrorMsg());
    if (auto epsg = legacyKoreanMatch(srs)) {
        OGRSpatialReference korean;
        if (korean.importFromEPSG(*epsg) == OGRERR_NONE)
            return fromOgr(&korean, "legacy-korean-bessel:EPSG:" + std::to_string(*epsg));
    }
    return fromOgr(&srs, {});
}

bool Crs::operator==(const Crs& other) const {
    if (!m_authId.empty() || !other.m_authId.empty())
        return m_authId == other.m_authId;
    return m_wkt == other.m_wkt;
}

const std::vector<CrsPreset>& koreanPresets() {
    static const std::vector<CrsPreset> presets{
        {5186, "Korea 2000 / Central Belt 2010"},
        {5181, "Korea 2000 / Central Belt"},
        {5179, "Korea 2000 / Unified CS"},
        {5174, "Korean 1985 / Modified Central Belt"},
        {4326, "WGS 84"},
        {3857, "WGS 84 / Pseudo-Mercator"},
    };
    return presets;
}

} // namespace cw::crs
