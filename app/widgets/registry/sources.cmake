# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the registry widgets, relative to app/widgets.
list(APPEND CW_PLANNING_WIDGET_SOURCES registry/project_table_model.cpp
     registry/project_filter_proxy.cpp registry/registry_panel.cpp
     registry/project_form_dialog.cpp)
