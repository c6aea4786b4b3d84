// SPDX-License-Identifier: GPL-3.0-or-later
// Files that lie or are not files: counts and sizes a file claims are never trusted for memory,
// pipes and remote sources are never opened, outputs never replace inputs.
#include "cityweave/core/durable_file.h"
#include "cityweave/core/output_guard.h"
#include "cityweave/data/layer_reader.h"
#include "cityweave/data/source_access.h"
#include "data/fixtures.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#if !defined(_WIN32) // named pipes and the listening socket below are POSIX tests
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using cw::ErrorCode;
using cw::data::LayerReader;
using namespace cw::test;

namespace {

std::string squaresGpkg(TempDir& tmp, const std::string& name, int count) {
    const std::string path = tmp.file(name);
    EXPECT_TRUE(writeLayer("GPKG", path, "squares", 5186, wkbPolygon, {{"n", OFTInteger}},
                           squareFeatures(count)));
    return path;
}

void setClaimedCount(const std::string& path, const std::string& count) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    const std::string update = "UPDATE gpkg_ogr_contents SET feature_count = " + count;
    EXPECT_EQ(sqlite3_exec(db, update.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

// gpkg_ogr_contents claims billions of features (regression: the reader reserved them and died
// with length_error / bad_alloc): the real 30 are read.
TEST(HostileSource, LyingFeatureCountReadsTheRealFeatures) {
    TempDir tmp;
    for (const char* claimed : {"2000000000", "4000000000000000000", "-1", "9223372036854775807"}) {
        const std::string path = squaresGpkg(tmp, std::string("lying") + claimed + ".gpkg", 30);
        setClaimedCount(path, claimed);
        auto layer = LayerReader::read(path);
        ASSERT_TRUE(layer.ok()) << claimed << ": " << layer.error().detail;
        EXPECT_EQ(layer->featureCount(), 30u) << claimed;
    }
}

// A valid GeoPackage made sparse and huge (200 GB apparent size, a few KB on disk): nothing is
// reserved from its size (regression: a 200 GB allocation).
TEST(HostileSource, HugeSparseFileReservesNothingFromItsSize) {
    TempDir tmp;
    const std::string path = squaresGpkg(tmp, "sparse.gpkg", 30);
    std::error_code ec;
    fs::resize_file(path, std::uintmax_t{200} << 30, ec);
    if (ec)
        GTEST_SKIP() << "this file system cannot hold a sparse 200 GB file: " << ec.message();
    auto layer = LayerReader::read(path);
    if (layer.ok())
        EXPECT_EQ(layer->featureCount(), 30u);
    else
        EXPECT_EQ(layer.error().code, ErrorCode::CorruptFile);
}

#if !defined(_WIN32)
// A pipe given as a layer would block the reader forever: it is refused by what it is.
TEST(HostileSource, PipesAndLoopsAreRefused) {
    TempDir tmp;
    const std::string fifo = tmp.file("layer.geojson");
    ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
    auto piped = LayerReader::read(fifo);
    ASSERT_FALSE(piped.ok());
    EXPECT_EQ(piped.error().code, ErrorCode::NotARegularFile);

    const fs::path loop = tmp.path() / "loop.gpkg";
    fs::create_symlink(loop, loop);
    auto looped = LayerReader::read(loop.string());
    ASSERT_FALSE(looped.ok());
    EXPECT_EQ(looped.error().code, ErrorCode::FileNotReadable);
}

#endif

TEST(HostileSource, LocalAndRemoteSourcesAreToldApart) {
    TempDir tmp;
    for (const char* local :
         {"/data/seoul.gpkg", "relative/dir/a.shp", "C:\\data\\a.shp", "C:/a.shp",
          "\\\\server\\share\\a.shp", "/vsizip//data/a.zip/a.shp", "/vsizip/{/data/a.zip}/a.shp"})
        EXPECT_TRUE(cw::data::isLocalSource(local)) << local;
    for (const char* remote :
         {"http://127.0.0.1:9/a.geojson", "https://x/a.gpkg", "ftp://x/a.shp", "/vsicurl/http://x",
          "/vsis3/b/a.gpkg", "/vsimem/a.gpkg", "PG:dbname=x", "WFS:http://x",
          "/vsizip//vsicurl/http://x/a.zip", "/vsizip/"})
        EXPECT_FALSE(cw::data::isLocalSource(remote)) << remote;
#if !defined(_WIN32) // Windows file names hold no colon
    // A local name that holds a colon is local when the file is there.
    const std::string colon = squaresGpkg(tmp, "a:b.gpkg", 2);
    EXPECT_TRUE(cw::data::isLocalSource(colon));
#endif
    auto refused = cw::data::checkSourceReadable("http://127.0.0.1:9/a.geojson");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::RemoteSourceRefused);
}

// An output naming an input (by name, through a symlink or a hard link, or a Shapefile's
// companion) is refused before anything is written.
TEST(HostileSource, OutputThatIsAnInputIsRefused) {
    TempDir tmp;
    const std::string project = squaresGpkg(tmp, "plan.gpkg", 2);
    const std::string shp = tmp.file("roads.shp");
    writeText(shp, "x");
    writeText(tmp.path() / "roads.dbf", "x");
    std::vector<std::string> outputs{project, tmp.file("sub/../plan.gpkg"), tmp.file("roads.dbf"),
                                     tmp.file("roads.prj")};
    // Links where the platform makes them (MinGW's library makes no symbolic links on Windows).
    std::error_code ec;
    fs::create_symlink(cw::pathFromUtf8(project), tmp.path() / "link.gpkg", ec);
    if (!ec)
        outputs.push_back(tmp.file("link.gpkg"));
    fs::create_hard_link(cw::pathFromUtf8(project), tmp.path() / "hard.gpkg", ec);
    if (!ec)
        outputs.push_back(tmp.file("hard.gpkg"));
#if !defined(_WIN32)
    EXPECT_EQ(outputs.size(), 6u); // both links on Linux
#endif
    for (const std::string& output : outputs) {
        auto refused = cw::checkOutputIsNotInput(output, {"", shp, project});
        ASSERT_FALSE(refused.ok()) << output;
        EXPECT_EQ(refused.error().code, ErrorCode::OutputIsInput) << output;
    }
    EXPECT_TRUE(cw::checkOutputIsNotInput(tmp.file("report.pdf"), {project, shp}).ok());
    EXPECT_TRUE(cw::checkOutputIsNotInput("", {project}).ok());
}

// A temporary that cannot be put in place leaves the old target as it was.
TEST(HostileSource, FailedReplaceKeepsTheOldFile) {
    TempDir tmp;
    const std::string target = tmp.file("out.png");
    writeText(target, "old contents");
    auto missing = cw::replaceWithTemporary(tmp.file("never-written.tmp"), target);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::OutputWriteFailed);
    EXPECT_EQ(readBytes(target), "old contents");
    const std::string temp = tmp.file("out.png.tmp");
    writeText(temp, "new contents");
    ASSERT_TRUE(cw::replaceWithTemporary(temp, target).ok());
    EXPECT_EQ(readBytes(target), "new contents");
    EXPECT_FALSE(fs::exists(temp));
}

// A writer killed mid-write leaves its temporary; the next write beside the same target removes
// it, and keeps a live writer's.
TEST(HostileSource, OrphanTemporariesAreCleanedOnTheNextWrite) {
    TempDir tmp;
    const std::string target = tmp.file("results.gpkg");
    const std::string mine = cw::temporaryBeside(target);
    EXPECT_EQ(mine.rfind(tmp.file("results.writing-"), 0), 0u);
    EXPECT_EQ(fs::path(mine).extension(), ".gpkg");
    writeText(mine, "a live writer's (this process)");
    const std::string orphan = tmp.file("results.writing-99999999-42.gpkg"); // no such process
    writeText(orphan, "left by a killed writer");
    const std::string other = tmp.file("other.writing-99999999-1.gpkg");
    writeText(other, "another target's");
    cw::removeOrphanTemporaries(target);
    EXPECT_TRUE(fs::exists(mine));
    EXPECT_FALSE(fs::exists(orphan));
    EXPECT_TRUE(fs::exists(other));
}

#if !defined(_WIN32)
// A local file naming remote resources (a VRT whose source is /vsicurl/ or a URL, a GeoJSON
// whose CRS is a link) is read without contacting the host: a listener on the named port
// receives no connection.
TEST(HostileSource, LocalFilesNamingRemoteResourcesMakeNoRequests) {
    const int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    ASSERT_GE(listener, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    ASSERT_EQ(listen(listener, 8), 0);
    socklen_t length = sizeof address;
    ASSERT_EQ(getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length), 0);
    const std::string host = "127.0.0.1:" + std::to_string(ntohs(address.sin_port));

    TempDir tmp;
    writeText(tmp.path() / "curl.vrt",
              "<OGRVRTDataSource><OGRVRTLayer name=\"x\"><SrcDataSource>/vsicurl/http://" + host +
                  "/x.geojson</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>");
    writeText(tmp.path() / "url.vrt",
              "<OGRVRTDataSource><OGRVRTLayer name=\"x\"><SrcDataSource>http://" + host +
                  "/x.geojson</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>");
    writeText(tmp.path() / "link.geojson",
              R"({"type":"FeatureCollection","crs":{"type":"link","properties":{"href":"http://)" +
                  host +
                  R"(/crs","type":"proj4"}},"features":[{"type":"Feature","properties":{},)"
                  R"("geometry":{"type":"Point","coordinates":[200000,550000]}}]})");
    for (const char* name : {"curl.vrt", "url.vrt", "link.geojson"})
        (void)LayerReader::read(tmp.file(name)); // an error or a layer: either is fine
    EXPECT_LT(accept(listener, nullptr, nullptr), 0) << "a request reached " << host;
    close(listener);
}
#endif
