# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the scenarios widgets, relative to app/widgets.
list(APPEND CW_PLANNING_WIDGET_SOURCES scenarios/scenario_list.cpp
     scenarios/scenario_compare_dialog.cpp)
