// SPDX-License-Identifier: GPL-3.0-or-later
// A relocatable install finds PROJ's database beside the program. Each test runs in a process of
// its own (gtest_discover_tests), so pointing PROJ elsewhere cannot leak into other tests.
#include "cityweave/crs/coordinate_transform.h"
#include "cityweave/crs/crs.h"
#include "cityweave/crs/geodata_location.h"
#include "test_support.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <vector>

namespace fs = std::filesystem;
using cw::crs::Crs;

namespace {

// <tmp>/<name>/bin, with share/proj/proj.db one level up holding `projDb`'s bytes (or text).
struct RelocatedInstall {
    fs::path root;
    fs::path bin;
    RelocatedInstall(const std::string& name, const fs::path& projDb, const std::string& text) {
        root = fs::temp_directory_path() /
               ("cw-geodata-" + name + "-" + std::to_string(cw::test::processId()));
        bin = root / "bin";
        fs::create_directories(bin);
        fs::create_directories(root / "share" / "proj");
        if (!projDb.empty())
            fs::copy_file(projDb, root / "share" / "proj" / "proj.db");
        else
            std::ofstream(root / "share" / "proj" / "proj.db") << text;
    }
    ~RelocatedInstall() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
};

// The database this machine's PROJ uses: where PROJ_DATA points (as on Windows, where the test
// runner sets it), else Debian's folders.
fs::path systemProjDb() {
    std::vector<fs::path> folders{"/usr/share/proj", "/usr/local/share/proj"};
    if (const char* data = std::getenv("PROJ_DATA"); data && *data)
        folders.insert(folders.begin(), fs::path(data));
    for (const auto& folder : folders)
        if (fs::exists(folder / "proj.db"))
            return folder / "proj.db";
    return {};
}

void forgetUserSetting() {
    cw::test::unsetEnvironment("PROJ_DATA");
    cw::test::unsetEnvironment("PROJ_LIB");
}

} // namespace

TEST(GeodataLocation, AProjDatabaseBesideTheProgramIsUsed) {
    const fs::path real = systemProjDb();
    if (real.empty())
        GTEST_SKIP() << "no system proj.db to copy";
    forgetUserSetting();
    RelocatedInstall install("copy", real, {});
    const auto chosen = cw::crs::useGeodataBesideExecutable(install.bin.string());
    EXPECT_EQ(fs::path(chosen.proj), (install.root / "share" / "proj").lexically_normal());
    const auto korea = Crs::fromEpsg(5186);
    ASSERT_TRUE(korea) << korea.error().detail;
    EXPECT_NE(korea->name().find("Korea 2000"), std::string::npos) << korea->name();
}

TEST(GeodataLocation, TheDatabaseBesideTheProgramIsReallyTheOneRead) {
    // A damaged database there: if CityWeave read it, EPSG codes can no longer be resolved,
    // which is what proves the search path took effect (for GDAL's and for our own contexts).
    forgetUserSetting();
    RelocatedInstall install("broken", {}, "not a SQLite database");
    const auto chosen = cw::crs::useGeodataBesideExecutable(install.bin.string());
    ASSERT_FALSE(chosen.proj.empty());
    EXPECT_FALSE(Crs::fromEpsg(5186));
    EXPECT_FALSE(Crs::fromUserInput("EPSG:4326"));
}

TEST(GeodataLocation, AFolderTheUserSetWins) {
    const fs::path real = systemProjDb();
    if (real.empty())
        GTEST_SKIP() << "no system proj.db";
    cw::test::setEnvironment("PROJ_DATA", real.parent_path().string().c_str());
    RelocatedInstall install("user", {}, "not a SQLite database");
    const auto chosen = cw::crs::useGeodataBesideExecutable(install.bin.string());
    EXPECT_TRUE(chosen.proj.empty());
    EXPECT_TRUE(Crs::fromEpsg(5186));
}

TEST(GeodataLocation, NoDataBesideTheProgramChangesNothing) {
    forgetUserSetting();
    const fs::path bin = fs::temp_directory_path() / "cw-geodata-none" / "bin";
    fs::create_directories(bin);
    const auto chosen = cw::crs::useGeodataBesideExecutable(bin.string());
    EXPECT_TRUE(chosen.proj.empty());
    EXPECT_TRUE(chosen.gdal.empty());
    EXPECT_TRUE(Crs::fromEpsg(5186));
    std::error_code ec;
    fs::remove_all(bin.parent_path(), ec);
}
