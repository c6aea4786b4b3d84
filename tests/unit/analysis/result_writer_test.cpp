// SPDX-License-Identifier: GPL-3.0-or-later
// Result tables written to GeoPackage read back as written (regression: short strings of a
// row all came back as the row's last short string).
#include "cityweave/analysis/result_writer.h"
#include "test_support.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

namespace cw::analysis {
namespace {

TEST(ResultWriter, TableStringsRoundTrip) {
    cw::test::TempDir tmp;
    AnalysisResult r;
    r.analysisId = "test";
    r.tables.push_back(
        {"strings",
         {{"a", data::FieldType::String},
          {"n", data::FieldType::Integer},
          {"b", data::FieldType::String},
          {"c", data::FieldType::String}},
         {{std::string("x"), std::int64_t(1), std::string("yy"),
           std::string("a string longer than the small-string buffer")},
          {std::string("zzz"), std::int64_t(2), std::monostate{}, std::string("w")}}});
    const std::string path = tmp.file("out.gpkg");
    ASSERT_TRUE(writeResultsGeoPackage({r}, path));
    GDALAllRegister();
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    ASSERT_TRUE(ds);
    OGRLayer* layer = ds->GetLayerByName("strings");
    ASSERT_NE(layer, nullptr);
    std::vector<std::vector<std::string>> rows;
    for (auto& f : *layer)
        rows.push_back({f->GetFieldAsString("a"), f->GetFieldAsString("b"),
                        f->IsFieldNull(f->GetFieldIndex("b")) ? "<null>" : "set",
                        f->GetFieldAsString("c")});
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"x", "yy", "set",
                                                 "a string longer than the small-string buffer"}));
    EXPECT_EQ(rows[1], (std::vector<std::string>{"zzz", "", "<null>", "w"}));
}

} // namespace
} // namespace cw::analysis
