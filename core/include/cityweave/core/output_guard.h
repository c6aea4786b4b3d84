// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"

#include <string>
#include <vector>

namespace cw {

/// Refuses an output that is one of the inputs: the same file by name, through a symlink or a
/// hard link, or a Shapefile's companion (.dbf, .shx, .prj, .cpg) of an input .shp. Writing it
/// would replace the input (a project by a report) before or while it is read. Checked before
/// anything is written.
Status checkOutputIsNotInput(const std::string& output, const std::vector<std::string>& inputs);

} // namespace cw
