// SPDX-License-Identifier: GPL-3.0-or-later
// Tables exported as CSV files are all or nothing: a failure at any table leaves every old file
// as it was and no temporary behind.
#include "cityweave/analysis/table_export.h"
#include "test_support.h"

#include <fstream>
#include <gtest/gtest.h>

namespace cw::analysis {
namespace {

ResultTable table(const std::string& key) {
    return {key,
            {{"구", data::FieldType::String}, {"n", data::FieldType::Integer}},
            {{std::string("강서구"), std::int64_t(3)}, {std::string("마포구"), std::int64_t(5)}}};
}

std::string text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The cells, whatever GDAL quotes (it quotes 64-bit integers).
std::string unquoted(std::string csv) {
    std::erase(csv, '"');
    return csv;
}

} // namespace

TEST(TableExport, SeveralCsvFilesAreWrittenBesideTheTarget) {
    cw::test::TempDir tmp;
    const ResultTable a = table("a"), b = table("b");
    auto paths = writeTablesCsv({&a, &b}, tmp.file("out.csv"), false);
    ASSERT_TRUE(paths.ok()) << paths.error().detail;
    EXPECT_EQ(*paths, (std::vector<std::string>{tmp.file("out_a.csv"), tmp.file("out_b.csv")}));
    EXPECT_EQ(unquoted(text(tmp.file("out_b.csv"))), "구,n\n강서구,3\n마포구,5\n");
}

// The second table cannot be written (its name points into a folder that does not exist):
// the first table's old file is untouched, and nothing else is left in the folder.
TEST(TableExport, AFailureAtAnyTableLeavesEveryOldFile) {
    cw::test::TempDir tmp;
    cw::test::writeText(tmp.file("out_a.csv"), "old");
    const ResultTable a = table("a"), bad = table("missing/b"), c = table("c");
    auto paths = writeTablesCsv({&a, &bad, &c}, tmp.file("out.csv"), false);
    ASSERT_FALSE(paths.ok());
    EXPECT_EQ(paths.error().code, ErrorCode::OutputWriteFailed);
    EXPECT_EQ(text(tmp.file("out_a.csv")), "old");
    std::vector<std::string> left;
    for (const auto& entry : std::filesystem::directory_iterator(tmp.path()))
        left.push_back(entry.path().filename().string());
    EXPECT_EQ(left, std::vector<std::string>{"out_a.csv"});
}

} // namespace cw::analysis
