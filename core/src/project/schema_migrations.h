// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace cw::project {

/// The SQL that takes a project file from schema version i to i + 1 is entry i; a file with no
/// CityWeave tables is version 0. Entries are never edited once released: add a new one.
const std::vector<std::string>& schemaMigrations();

} // namespace cw::project
