// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/layer_source.h"
#include "cityweave/data/vector_layer.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace cw::cli {

class CliContext;

/// Why a table read without requiring geometry would have been refused by a reader that needs
/// positions: no coordinate columns, or coordinates whose CRS could not be decided.
enum class TableProblem { NoGeometryColumns, AmbiguousCrs };
std::optional<TableProblem> tableProblem(const data::TableDetection& detection);

/// The source text that reads the table again exactly as it was read ("Read as: ...").
QString readAsText(const data::LayerSource& source, const data::TableDetection& detection);

/// What reading a table decided and why, the rows left without a position and the source text
/// that reproduces the reading, as indented text lines. `listBadRows`: every bad row with its
/// row number instead of the counts only.
void printTableSummary(CliContext& ctx, const data::VectorLayer& layer,
                       const data::LayerSource& source, bool listBadRows);

/// The same for `--json`: adds "table", "bad_rows", "bad_row_list" (the first 100) and
/// "read_as" to `o`.
void addTableSummary(QJsonObject& o, const data::VectorLayer& layer,
                     const data::LayerSource& source);

} // namespace cw::cli
