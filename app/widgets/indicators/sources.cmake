# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the indicators widgets, relative to app/widgets.
list(APPEND CW_PLANNING_WIDGET_SOURCES
  indicators/indicator_table.cpp indicators/indicator_charts.cpp
  indicators/project_indicators_panel.cpp indicators/indicator_rollup_panel.cpp)
