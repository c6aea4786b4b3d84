# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the zones widgets, relative to app/widgets.
list(APPEND CW_PLANNING_WIDGET_SOURCES
  zones/zone_draw_tool.cpp
  zones/zone_overlay.cpp
  zones/zone_properties_dialog.cpp
  zones/zone_vertex_tool.cpp
  zones/zones_panel.cpp)
