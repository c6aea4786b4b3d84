# SPDX-License-Identifier: GPL-3.0-or-later
# GUI tests of the registry part of planning (see cw_add_sample_gui_test in ../CMakeLists.txt).
cw_add_sample_gui_test(test_gui_registry SOURCES planning/test_gui_registry.cpp TIMEOUT 240)
