// SPDX-License-Identifier: GPL-3.0-or-later
// Text encodings of real Korean shapefiles: the 2015 juso boundaries are CP949 with no .cpg and
// the DBF language driver byte (offset 29) set to 0x4E.
#include "cityweave/data/layer_reader.h"
#include "cityweave/data/text_encoding.h"
#include "data/fixtures.h"
#include "test_support.h"

#include <gtest/gtest.h>

using cw::data::guessShapefileEncoding;
using cw::data::LayerReader;
using cw::data::ReadOptions;
using cw::data::VectorLayer;
using namespace cw::test;

namespace {

fs::path municipalitiesShp() {
    return jusoDir() / "shp/seoul_municipalities.shp";
}
fs::path neighborhoodsShp() {
    return jusoDir() / "shp/seoul_neighborhoods.shp";
}

// The SIG_KOR_NM of the feature whose SIG_CD is `code` ("" when absent).
std::string nameOf(const VectorLayer& layer, const std::string& codeField,
                   const std::string& nameField, const std::string& code) {
    const int c = layer.fieldIndex(codeField), n = layer.fieldIndex(nameField);
    EXPECT_GE(c, 0);
    EXPECT_GE(n, 0);
    for (const auto& row : layer.attributes)
        if (c >= 0 && n >= 0 && std::get<std::string>(row[c]) == code)
            return std::get<std::string>(row[n]);
    return {};
}

// Copies the municipalities' .shp/.shx/.dbf (not the .prj) to `dir`; returns the .shp path.
std::string copyMunicipalities(const fs::path& dir) {
    for (const char* ext : {".shp", ".shx", ".dbf"}) {
        fs::path src = municipalitiesShp();
        src.replace_extension(ext);
        fs::copy_file(src, dir / (std::string("gu") + ext));
    }
    return (dir / "gu.shp").string();
}

void setLdid(const fs::path& dbf, unsigned char value) {
    std::fstream f(dbf, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(29);
    f.put(static_cast<char>(value));
}

unsigned char ldid(const fs::path& dbf) {
    std::ifstream f(dbf, std::ios::binary);
    f.seekg(29);
    return static_cast<unsigned char>(f.get());
}

} // namespace

TEST(ShapefileEncoding, RealMunicipalitiesAreCp949ByLdid) {
    CW_REQUIRE_SHARED_FILE(municipalitiesShp());
    fs::path dbf = municipalitiesShp();
    dbf.replace_extension(".dbf");
    ASSERT_EQ(ldid(dbf), 0x4E); // checked with `xxd -s 28 -l 4`
    auto guess = guessShapefileEncoding(municipalitiesShp().string());
    ASSERT_TRUE(guess.ok());
    EXPECT_EQ(guess->encoding, "CP949");
    EXPECT_EQ(guess->reason, "ldid");

    auto layer = LayerReader::read(municipalitiesShp().string());
    ASSERT_TRUE(layer.ok()) << cw::errorCodeName(layer.error().code);
    EXPECT_EQ(layer->featureCount(), 25u);
    EXPECT_EQ(layer->report.encoding, "CP949");
    EXPECT_EQ(layer->report.encodingReason, "ldid");
    EXPECT_EQ(layer->crs.authId(), "EPSG:4326");
    EXPECT_EQ(nameOf(*layer, "SIG_CD", "SIG_KOR_NM", "11500"), "강서구");
    EXPECT_EQ(nameOf(*layer, "SIG_CD", "SIG_KOR_NM", "11320"), "도봉구");
    EXPECT_EQ(nameOf(*layer, "SIG_CD", "SIG_ENG_NM", "11500"), "Gangseo-gu");
}

TEST(ShapefileEncoding, RealNeighborhoodsAreCp949ByLdid) {
    CW_REQUIRE_SHARED_FILE(neighborhoodsShp());
    auto layer = LayerReader::read(neighborhoodsShp().string());
    ASSERT_TRUE(layer.ok()) << cw::errorCodeName(layer.error().code);
    EXPECT_EQ(layer->featureCount(), 467u);
    EXPECT_EQ(layer->report.encoding, "CP949");
    EXPECT_EQ(layer->report.encodingReason, "ldid");
    EXPECT_EQ(nameOf(*layer, "EMD_CD", "EMD_KOR_NM", "11500105"), "마곡동");
}

TEST(ShapefileEncoding, ZeroLdidFallsBackToByteDetection) {
    CW_REQUIRE_SHARED_FILE(municipalitiesShp());
    TempDir tmp;
    const std::string shp = copyMunicipalities(tmp.path());
    setLdid(tmp.path() / "gu.dbf", 0);
    ASSERT_EQ(ldid(tmp.path() / "gu.dbf"), 0);

    auto guess = guessShapefileEncoding(shp);
    ASSERT_TRUE(guess.ok());
    EXPECT_EQ(guess->encoding, "CP949");
    EXPECT_EQ(guess->reason, "detected");
    // Asking with the .dbf gives the same answer.
    auto byDbf = guessShapefileEncoding(tmp.file("gu.dbf"));
    ASSERT_TRUE(byDbf.ok());
    EXPECT_EQ(byDbf->encoding, "CP949");

    auto layer = LayerReader::read(
        shp, readOptions([](ReadOptions& o) { o.requireCrs = false; })); // no .prj copied
    ASSERT_TRUE(layer.ok()) << cw::errorCodeName(layer.error().code);
    EXPECT_EQ(layer->report.encodingReason, "detected");
    EXPECT_EQ(layer->featureCount(), 25u);
    EXPECT_EQ(nameOf(*layer, "SIG_CD", "SIG_KOR_NM", "11500"), "강서구");
}

TEST(ShapefileEncoding, CpgWinsOverLdidAndOverrideWinsOverCpg) {
    CW_REQUIRE_SHARED_FILE(municipalitiesShp());
    TempDir tmp;
    const std::string shp = copyMunicipalities(tmp.path());
    writeText(tmp.path() / "gu.cpg", "UTF-8\n");

    auto guess = guessShapefileEncoding(shp);
    ASSERT_TRUE(guess.ok());
    EXPECT_EQ(guess->encoding, "UTF-8");
    EXPECT_EQ(guess->reason, "cpg");

    auto wrong = LayerReader::read(shp, readOptions([](ReadOptions& o) { o.requireCrs = false; }));
    ASSERT_TRUE(wrong.ok());
    EXPECT_EQ(wrong->report.encoding, "UTF-8");
    EXPECT_EQ(wrong->report.encodingReason, "cpg");
    EXPECT_EQ(wrong->featureCount(), 25u);

    auto fixed = LayerReader::read(shp, readOptions([](ReadOptions& o) {
                                       o.encodingOverride = "CP949";
                                       o.requireCrs = false;
                                   }));
    ASSERT_TRUE(fixed.ok());
    EXPECT_EQ(fixed->report.encoding, "CP949");
    EXPECT_EQ(fixed->report.encodingReason, "override");
    EXPECT_EQ(nameOf(*fixed, "SIG_CD", "SIG_KOR_NM", "11500"), "강서구");
}

// CORE BUG (reported): when a shapefile's text is declared UTF-8 (by a .cpg, or chosen in the
// encoding preview) but is really CP949, readAttributes() in layer_reader.cpp silently re-decodes
// the invalid UTF-8 as CP949, meant only for drivers without an ENCODING option (CSV, KML). The
// layer then reports encoding "UTF-8" (cpg) while its text was decoded as CP949, and the preview
// shows perfect Hangul for "UTF-8", so a user cannot see that UTF-8 is the wrong choice.
// Expected: the declared encoding is what is applied; the names come out garbled (U+FFFD).
TEST(ShapefileEncoding, DeclaredUtf8IsNotSilentlyDecodedAsCp949) {
    CW_REQUIRE_SHARED_FILE(municipalitiesShp());
    TempDir tmp;
    const std::string shp = copyMunicipalities(tmp.path());
    writeText(tmp.path() / "gu.cpg", "UTF-8\n");
    auto wrong = LayerReader::read(shp, readOptions([](ReadOptions& o) { o.requireCrs = false; }));
    ASSERT_TRUE(wrong.ok());
    ASSERT_EQ(wrong->report.encodingReason, "cpg");
    const std::string decoded = nameOf(*wrong, "SIG_CD", "SIG_KOR_NM", "11500");
    EXPECT_FALSE(decoded.empty());
    EXPECT_NE(decoded, "강서구") << "text decoded as CP949 although the layer reports UTF-8 (cpg)";

    auto preview = LayerReader::previewRows(municipalitiesShp().string(), "", "UTF-8", 1);
    ASSERT_TRUE(preview.ok());
    ASSERT_EQ(preview->size(), 1u);
    EXPECT_NE(std::get<std::string>((*preview)[0][1]), "도봉구")
        << "the UTF-8 preview of a CP949 file must not look right";
}

TEST(ShapefileEncoding, CpgSpellings) {
    TempDir tmp;
    const std::string shp = tmp.file("a.shp");
    ASSERT_TRUE(writeLayer("ESRI Shapefile", shp, "a", 5186, wkbPoint, {{"n", OFTString}},
                           {{"POINT (1 1)", {"x"}}}));
    const std::pair<const char*, const char*> cases[] = {
        {"949", "CP949"},   {"EUC-KR", "CP949"}, {" utf-8 \r\n", "UTF-8"},
        {"65001", "UTF-8"}, {"1252", "CP1252"},  {"ks_c_5601-1987", "CP949"}};
    for (const auto& [content, expected] : cases) {
        writeText(tmp.path() / "a.cpg", content);
        auto g = guessShapefileEncoding(shp);
        ASSERT_TRUE(g.ok());
        EXPECT_EQ(g->encoding, expected) << content;
        EXPECT_EQ(g->reason, "cpg");
    }
}

TEST(ShapefileEncoding, PreviewRowsWithChosenEncoding) {
    CW_REQUIRE_SHARED_FILE(municipalitiesShp());
    const std::string shp = municipalitiesShp().string();
    auto cp949 = LayerReader::previewRows(shp, "", "CP949", 5);
    ASSERT_TRUE(cp949.ok());
    ASSERT_EQ(cp949->size(), 5u);
    // Field order of the DBF (ogrinfo -so): SIG_CD, SIG_KOR_NM, SIG_ENG_NM, ESRI_PK, ...
    // First record (ogrinfo): 11320 도봉구 Dobong-gu.
    EXPECT_EQ(std::get<std::string>((*cp949)[0][0]), "11320");
    EXPECT_EQ(std::get<std::string>((*cp949)[0][1]), "도봉구");
    EXPECT_EQ(std::get<std::string>((*cp949)[0][2]), "Dobong-gu");

    auto latin1 = LayerReader::previewRows(shp, "", "ISO-8859-1", 5);
    ASSERT_TRUE(latin1.ok());
    ASSERT_EQ(latin1->size(), 5u);
    const std::string garbled = std::get<std::string>((*latin1)[0][1]);
    EXPECT_NE(garbled, "도봉구");
    EXPECT_TRUE(cw::data::isValidUtf8(garbled));
    // CP949 "도봉구" is 6 bytes (b5 b5 ba c0 b1 b8), each a Latin-1 letter of 2 UTF-8 bytes.
    EXPECT_EQ(garbled.size(), 12u);
    EXPECT_EQ(garbled, cw::data::toUtf8("\xb5\xb5\xba\xc0\xb1\xb8", "ISO-8859-1"));
    // ASCII columns are unaffected.
    EXPECT_EQ(std::get<std::string>((*latin1)[0][2]), "Dobong-gu");

    auto all = LayerReader::previewRows(shp, "", "CP949", 1000);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 25u);
}

TEST(TextEncoding, Utf8ValidityAndConversion) {
    EXPECT_TRUE(cw::data::isValidUtf8("강서구"));
    EXPECT_TRUE(cw::data::isValidUtf8("plain"));
    EXPECT_FALSE(cw::data::isValidUtf8("\xb0\xad\xbc\xad\xb1\xb8"));
    EXPECT_EQ(cw::data::toUtf8("\xb0\xad\xbc\xad\xb1\xb8", "CP949"), "강서구");
    EXPECT_EQ(cw::data::toUtf8("\xb8\xb6\xb0\xee\xb5\xbf", "EUC-KR"), "마곡동");
    EXPECT_EQ(cw::data::toUtf8("caf\xe9", "ISO-8859-1"), "café");
    EXPECT_EQ(cw::data::toUtf8("강서구", "UTF-8"), "강서구");
    const auto& encodings = cw::data::commonEncodings();
    ASSERT_GE(encodings.size(), 2u);
    EXPECT_EQ(encodings[0], "UTF-8");
    EXPECT_EQ(encodings[1], "CP949");
}
