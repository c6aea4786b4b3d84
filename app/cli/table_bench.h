// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Qt-free so that tests/bench/bench_table_read.cpp compiles it too.

#include "cityweave/core/error.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace cw::cli {

/// Writes a bus-stop table as Seoul publishes one: CP949 without BOM, CRLF, the header
/// 정류소번호,정류소명,자치구,경도,위도,X좌표(GRS80TM),Y좌표(GRS80TM),비고; stop numbers with
/// leading zeros, some names quoted because they hold a comma, one row in 2000 at (0,0). Positions
/// are random in Seoul; the TM columns are the same points in EPSG:5181.
Status writeBusStopCsv(const std::string& path, std::size_t rows, std::uint64_t seed = 20240101);

/// `utf8` in CP949 bytes (as the file's header holds it).
std::string toCp949(const std::string& utf8);

/// What reading the table with GDAL's CSV driver touched.
struct GdalCsvRead {
    std::size_t features = 0;
    std::size_t withGeometry = 0;
    std::size_t fieldBytes = 0; ///< bytes of every field read as a string
    double checksum = 0;        ///< sum of the X values, so nothing is optimised away
};

/// Reads every feature of the CSV with GDAL's own CSV driver, the coordinate columns given
/// (X_POSSIBLE_NAMES=경도, Y_POSSIBLE_NAMES=위도 in CP949), touching each geometry and every
/// field: what a reader must do to load it.
Result<GdalCsvRead> readCsvWithGdal(const std::string& path);

/// The process's resident memory now and at its peak (VmRSS, VmHWM), in bytes.
struct ProcessMemory {
    std::size_t rss = 0;
    std::size_t peak = 0;
};
ProcessMemory processMemory();

} // namespace cw::cli
