# SPDX-License-Identifier: GPL-3.0-or-later
# GUI tests of the timeline part of planning (see cw_add_sample_gui_test in ../CMakeLists.txt).
cw_add_sample_gui_test(test_gui_timeline SOURCES planning/test_gui_timeline.cpp TIMEOUT 240)
