# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the timeline widgets, relative to app/widgets.
list(APPEND CW_PLANNING_WIDGET_SOURCES timeline/timeline_bar.cpp timeline/rollout_overlay.cpp)
