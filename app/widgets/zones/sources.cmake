# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the zones widgets, relative to app/widgets.
list(APPEND CW_PLANNING_WIDGET_SOURCES)
