// SPDX-License-Identifier: GPL-3.0-or-later
// Categorized and graduated styles: which class a value falls in, and the classes made from a
// field's values (breaks worked out by hand), the scale range, and the stored JSON.
#include "cityweave/style/layer_style.h"

#include <gtest/gtest.h>

using namespace cw::style;

TEST(LayerStyle, CategorizedClassesMatchTheValueAsText) {
    LayerStyle s;
    s.kind = StyleKind::Categorized;
    s.classes = categorize({"energy", "safety", "energy", "transport"});
    ASSERT_EQ(s.classes.size(), 3u);
    EXPECT_EQ(s.classOf("safety", nullptr), 1);
    EXPECT_EQ(s.classOf("industry", nullptr), -1);
    EXPECT_NE(s.classes[0].fill, s.classes[1].fill);
    EXPECT_LT(s.classes[0].fill.a, 255); // what lies below stays visible
}

TEST(LayerStyle, GraduatedEqualIntervalsAndQuantiles) {
    const std::vector<double> values{0, 1, 2, 3, 4, 5, 6, 7, 8, 100};
    // Equal intervals of [0, 100] in 4: 0–25, 25–50, 50–75, 75–100.
    auto equal = graduate(values, 4, false, {0, 90, 50, 255});
    ASSERT_EQ(equal.size(), 4u);
    EXPECT_DOUBLE_EQ(equal[1].lower, 25);
    EXPECT_DOUBLE_EQ(equal[3].upper, 100);
    // Quantile breaks at the values 1/4, 2/4, 3/4 of the way through the sorted list
    // (indexes 2, 4, 6 of 0..9): 0–2, 2–4, 4–6, 6–100.
    auto quantile = graduate(values, 4, true, {0, 90, 50, 255});
    ASSERT_EQ(quantile.size(), 4u);
    EXPECT_DOUBLE_EQ(quantile[0].upper, 2);
    EXPECT_DOUBLE_EQ(quantile[2].upper, 6);
    LayerStyle s;
    s.kind = StyleKind::Graduated;
    s.classes = quantile;
    const double three = 3, hundred = 100, below = -1, onBreak = 2;
    EXPECT_EQ(s.classOf("", &three), 1);
    EXPECT_EQ(s.classOf("", &hundred), 3); // the top value belongs to the last class
    EXPECT_EQ(s.classOf("", &onBreak),
              0); // a value on a break falls in the lower class, as in QGIS
    EXPECT_EQ(s.classOf("", &below), -1);
    EXPECT_EQ(s.classOf("abc", nullptr), -1);
    // Darker as the values grow.
    EXPECT_GT(int(quantile[0].fill.r), int(quantile[3].fill.r));
}

TEST(LayerStyle, ScaleRange) {
    LayerStyle s;
    EXPECT_TRUE(s.visibleAtScale(1e9));
    s.minScale = 50000; // hidden when zoomed out beyond 1:50,000
    s.maxScale = 1000;  // and when zoomed in beyond 1:1,000
    EXPECT_TRUE(s.visibleAtScale(20000));
    EXPECT_FALSE(s.visibleAtScale(60000));
    EXPECT_FALSE(s.visibleAtScale(500));
}

TEST(LayerStyle, ExtrasJsonRoundTripAndDamagedTextKeepsTheStyle) {
    LayerStyle s;
    EXPECT_EQ(styleExtrasToJson(s), "");
    s.kind = StyleKind::Graduated;
    s.classifyField = "demand_mwh";
    s.classes = graduate({1, 2, 3}, 2, false, {200, 0, 0, 255});
    s.labelPlacement = LabelPlacement::Right;
    s.maxScale = 500;
    LayerStyle back;
    styleExtrasFromJson(styleExtrasToJson(s), back);
    EXPECT_EQ(back, s);
    LayerStyle kept = s;
    styleExtrasFromJson("{not json", kept);
    EXPECT_EQ(kept, s);
    styleExtrasFromJson(R"({"kind":"nonsense","classes":[1,{"fill":"#zz"}],"min_scale":-5})", kept);
    EXPECT_EQ(kept.kind, StyleKind::Single);
    ASSERT_EQ(kept.classes.size(), 1u);
    EXPECT_EQ(kept.minScale, 0);
}
