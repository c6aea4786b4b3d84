# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the compliance widgets, relative to app/widgets.
list(APPEND CW_PLANNING_WIDGET_SOURCES compliance/compliance_icons.cpp
     compliance/compliance_panel.cpp compliance/violation_overlay.cpp)
