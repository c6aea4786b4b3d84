# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the map tools (zoom box, select, identify marks, measure), relative to app/widgets.
list(APPEND CW_PLANNING_WIDGET_SOURCES
  map_tools/feature_selection.cpp
  map_tools/feature_marks_overlay.cpp
  map_tools/rubber_band_tool.cpp
  map_tools/measure_tool.cpp
  map_tools/sketch_tool.cpp)
