// SPDX-License-Identifier: GPL-3.0-or-later
// What result columns mean (titles, kinds) and how a districts layer and its name field are
// recognised, checked against the fields Korean boundary data actually has (the juso 2015
// gu and dong shapefiles: SIG_CD, SIG_KOR_NM, SIG_ENG_NM, ESRI_PK, SHAPE_AREA, SHAPE_LEN).
#include "cityweave/analysis/column_catalogue.h"
#include "cityweave/analysis/zone_layer.h"

#include <gtest/gtest.h>

using namespace cw::analysis;
using cw::data::Field;
using cw::data::FieldType;

namespace {
const std::vector<Field> kGuFields{{"SIG_CD", FieldType::String},
                                   {"SIG_KOR_NM", FieldType::String},
                                   {"SIG_ENG_NM", FieldType::String},
                                   {"ESRI_PK", FieldType::Integer},
                                   {"SHAPE_AREA", FieldType::Real}};
const std::vector<Field> kDongFields{{"EMD_CD", FieldType::String},
                                     {"EMD_KOR_NM", FieldType::String},
                                     {"EMD_ENG_NM", FieldType::String}};
} // namespace

TEST(ColumnCatalogue, SharesArePercentagesAndScoresAreNot) {
    // A score of 10 was shown as "1,000.0%" when "ratio" in a name decided.
    EXPECT_EQ(describeColumn("score", FieldType::Real).kind, ColumnKind::Score);
    EXPECT_EQ(describeColumn("share_of_zone", FieldType::Real).kind, ColumnKind::Share);
    EXPECT_EQ(describeColumn("covered_pct", FieldType::Real).kind, ColumnKind::Percent);
    EXPECT_EQ(describeColumn("zone_id", FieldType::Integer).kind, ColumnKind::Identifier);
    EXPECT_EQ(describeColumn("project_a", FieldType::String).kind, ColumnKind::Project);
    EXPECT_EQ(describeColumn("sector", FieldType::String).kind, ColumnKind::Sector);
    const ColumnInfo area = describeColumn("area_m2", FieldType::Real);
    EXPECT_EQ(area.kind, ColumnKind::Area);
    EXPECT_EQ(area.title.ko, "면적 (㎡)");
    EXPECT_EQ(area.title.en, "Area (m²)");
}

TEST(ColumnCatalogue, GeneratedColumnsAreNamedByTheirSectorOrCriterion) {
    const ColumnInfo energy = describeColumn("share_energy", FieldType::Real);
    EXPECT_EQ(energy.kind, ColumnKind::Share);
    EXPECT_EQ(energy.title.ko, "에너지 비율 (%)");
    const ColumnInfo gaps = describeColumn("c_gaps", FieldType::Real);
    EXPECT_EQ(gaps.kind, ColumnKind::Score);
    EXPECT_EQ(gaps.title.en, "Uncovered share (normalised)");
}

TEST(ColumnCatalogue, PluginColumnsAreKnownByTheirSuffix) {
    EXPECT_EQ(describeColumn("roof_m2", FieldType::Real).kind, ColumnKind::Area);
    EXPECT_EQ(describeColumn("route_length_m", FieldType::Real).kind, ColumnKind::Length);
    EXPECT_EQ(describeColumn("pv_share", FieldType::Real).kind, ColumnKind::Share);
    EXPECT_EQ(describeColumn("charger_count", FieldType::Integer).kind, ColumnKind::Count);
    EXPECT_EQ(describeColumn("ratio", FieldType::Real).kind, ColumnKind::Number);
    EXPECT_EQ(describeColumn("ratio", FieldType::Real).title.ko, "ratio");
}

TEST(ZoneLayerGuess, NameFieldPrefersTheKoreanNameOfBoundaryData) {
    EXPECT_EQ(nameFieldOf(kGuFields), "SIG_KOR_NM");
    EXPECT_EQ(nameFieldOf(kDongFields), "EMD_KOR_NM");
    EXPECT_EQ(nameFieldOf({{"id", FieldType::Integer}, {"구명", FieldType::String}}), "구명");
    EXPECT_EQ(nameFieldOf({{"NAME", FieldType::String}}), "NAME");
    // A numeric "name" is no name; nothing that looks like one gives an empty answer.
    EXPECT_EQ(nameFieldOf({{"name", FieldType::Integer}, {"code", FieldType::String}}), "");
}

TEST(ZoneLayerGuess, GuLayersLookMoreLikeDistrictsThanDongAndOthers) {
    const int gu = districtLikeness("seoul_municipalities 자치구", kGuFields);
    const int dong = districtLikeness("seoul_neighborhoods", kDongFields);
    const int outline = districtLikeness("seoul_outline 서울 경계", {{"name", FieldType::String}});
    EXPECT_GT(gu, dong);
    EXPECT_GT(dong, 0);
    EXPECT_EQ(outline, 0);
    EXPECT_EQ(boundaryLikeness("seoul_outline"), 1);
    EXPECT_EQ(boundaryLikeness("서울 경계 (근사)"), 1);
    EXPECT_EQ(boundaryLikeness("ev_chargers"), 0);
}
