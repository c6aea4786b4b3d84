// SPDX-License-Identifier: GPL-3.0-or-later
// Reference coordinates for four places in Seoul, computed at development time with PROJ 9.1.1:
//   printf "37.5662952 126.9779692\n37.4979 127.0276\n37.5600 126.8340\n37.6543 127.0568\n" |
//     cs2cs -d 4 EPSG:4326 EPSG:<target>
// cs2cs prints northing before easting for these EPSG CRSs (their official axis order); the
// values below are already swapped into CityWeave's x = easting/longitude, y = northing/latitude.
#pragma once

namespace cw::test {

struct ReferencePoint {
    const char* name;
    double lon, lat;
    double e5186, n5186; // Korea 2000 / Central Belt 2010
    double e5181, n5181; // Korea 2000 / Central Belt
    double e5179, n5179; // Korea 2000 / Unified CS
    double e5174, n5174; // Korean 1985 / Modified Central Belt
};

inline constexpr ReferencePoint kSeoulPoints[] = {
    {"Seoul City Hall", 126.9779692, 37.5662952, 198053.6403, 551862.3008, 198053.6403, 451862.3008,
     953898.3191, 1952009.3745, 197984.0187, 451557.1210},
    {"Gangnam Station", 127.0276, 37.4979, 202440.6106, 544271.4086, 202440.6106, 444271.4086,
     958243.2360, 1944398.1314, 202370.9022, 443966.0958},
    {"Magok", 126.8340, 37.5600, 185333.1241, 551176.3315, 185333.1241, 451176.3315, 941179.0024,
     1951391.3174, 185263.3868, 450871.3507},
    {"Nowon", 127.0568, 37.6543, 205012.2122, 561631.1653, 205012.2122, 461631.1653, 960906.1717,
     1961737.3650, 204942.8059, 461325.9535},
};

} // namespace cw::test
