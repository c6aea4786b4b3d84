// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/table_bench.h"

#include "cityweave/crs/coordinate_transform.h"

#include <array>
#include <charconv>
#include <cpl_string.h>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>
#include <random>
#include <vector>

namespace cw::cli {
namespace {

constexpr std::array<const char*, 25> kGu{
    "종로구",   "중구",   "용산구", "성동구",   "광진구", "동대문구", "중랑구", "성북구", "강북구",
    "도봉구",   "노원구", "은평구", "서대문구", "마포구", "양천구",   "강서구", "구로구", "금천구",
    "영등포구", "동작구", "관악구", "서초구",   "강남구", "송파구",   "강동구"};
constexpr std::array<const char*, 16> kPlaces{"신촌", "합정", "망원", "상암",  "마곡", "가양",
                                              "목동", "신림", "사당", "잠실",  "천호", "수유",
                                              "창동", "상계", "회기", "왕십리"};
constexpr std::array<const char*, 10> kSuffixes{"역",   "사거리", "입구",   "초등학교", "주민센터",
                                                "시장", "아파트", "우체국", "공원",     "환승센터"};

void appendNumber(std::string& out, double value, int decimals) {
    char buffer[32];
    const auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    out.append(buffer, ec == std::errc{} ? end : buffer);
}

std::vector<std::string> encoded(const auto& items) {
    std::vector<std::string> out;
    for (const char* item : items)
        out.push_back(toCp949(item));
    return out;
}

} // namespace

std::string toCp949(const std::string& utf8) {
    char* recoded = CPLRecode(utf8.c_str(), CPL_ENC_UTF8, "CP949");
    std::string out = recoded ? recoded : "";
    CPLFree(recoded);
    return out;
}

Status writeBusStopCsv(const std::string& path, std::size_t rows, std::uint64_t seed) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file)
        return makeError(ErrorCode::OutputWriteFailed, {path});
    const auto gu = encoded(kGu);
    const auto places = encoded(kPlaces);
    const auto suffixes = encoded(kSuffixes);
    const std::string note = toCp949("2024년 1월 기준");
    const std::string closed = toCp949("임시 폐쇄, 우회 운행");
    auto wgs84 = crs::Crs::fromEpsg(4326);
    auto tm = crs::Crs::fromEpsg(5181);
    if (!wgs84 || !tm)
        return makeError(ErrorCode::UnknownCrs, {"EPSG:5181"});
    auto transform = crs::CoordinateTransform::create(*wgs84, *tm);
    if (!transform)
        return transform.error();

    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> lon(126.80, 127.18), lat(37.43, 37.70);
    std::string out =
        toCp949("정류소번호,정류소명,자치구,경도,위도,X좌표(GRS80TM),Y좌표(GRS80TM),비고");
    out.append("\r\n");
    constexpr std::size_t kBatch = 65536;
    std::vector<double> xs, ys, tx, ty;
    for (std::size_t first = 0; first < rows; first += kBatch) {
        const std::size_t n = std::min(kBatch, rows - first);
        xs.resize(n);
        ys.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            xs[i] = lon(random);
            ys[i] = lat(random);
        }
        tx = xs;
        ty = ys;
        transform->transform(tx.data(), ty.data(), n);
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t row = first + i;
            char number[8];
            std::snprintf(number, sizeof number, "%05u", unsigned((row * 7919) % 100000));
            out.append(number).append(",");
            const std::string name = places[row % places.size()] + suffixes[(row / 16) % 10];
            if (row % 20 == 7) // "신촌역, 현대백화점": a comma inside the name, quoted
                out.append("\"")
                    .append(name)
                    .append(", ")
                    .append(places[(row / 3) % 16])
                    .append("\"");
            else
                out.append(name);
            out.append(",").append(gu[(row * 13) % gu.size()]).append(",");
            if (row % 2000 == 1999) {
                out.append("0,0,0,0,");
            } else {
                appendNumber(out, xs[i], 6);
                out.append(",");
                appendNumber(out, ys[i], 6);
                out.append(",");
                appendNumber(out, tx[i], 3);
                out.append(",");
                appendNumber(out, ty[i], 3);
                out.append(",");
            }
            if (row % 50 == 3)
                out.append("\"").append(closed).append("\"");
            else if (row % 5 == 0)
                out.append(note);
            out.append("\r\n");
        }
        file.write(out.data(), static_cast<std::streamsize>(out.size()));
        out.clear();
    }
    if (!file.flush())
        return makeError(ErrorCode::OutputWriteFailed, {path});
    return Ok{};
}

Result<GdalCsvRead> readCsvWithGdal(const std::string& path) {
    GDALAllRegister();
    CPLStringList openOptions;
    openOptions.SetNameValue("X_POSSIBLE_NAMES", toCp949("경도").c_str());
    openOptions.SetNameValue("Y_POSSIBLE_NAMES", toCp949("위도").c_str());
    const char* const drivers[] = {"CSV", nullptr};
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(
        path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, openOptions.List(), nullptr));
    if (!ds || ds->GetLayerCount() < 1)
        return makeError(ErrorCode::CorruptFile, {path}, CPLGetLastErrorMsg());
    OGRLayer* layer = ds->GetLayer(0);
    GdalCsvRead read;
    const int fields = layer->GetLayerDefn()->GetFieldCount();
    for (const auto& feature : *layer) {
        ++read.features;
        if (const OGRGeometry* g = feature->GetGeometryRef();
            g && wkbFlatten(g->getGeometryType()) == wkbPoint) {
            ++read.withGeometry;
            read.checksum += g->toPoint()->getX();
        }
        for (int i = 0; i < fields; ++i)
            read.fieldBytes += std::strlen(feature->GetFieldAsString(i));
    }
    return read;
}

ProcessMemory processMemory() {
    ProcessMemory m;
    std::ifstream status("/proc/self/status");
    std::string key;
    std::size_t kib = 0;
    while (status >> key) {
        if (key == "VmRSS:" && status >> kib)
            m.rss = kib * 1024;
        else if (key == "VmHWM:" && status >> kib)
            m.peak = kib * 1024;
    }
    return m;
}

} // namespace cw::cli
