# SPDX-License-Identifier: GPL-3.0-or-later
# GUI tests of the indicators part of planning (see cw_add_sample_gui_test in ../CMakeLists.txt).
# The dashboard: the sample's Magok figures as charts, edits and undo, the roll-up by zone and by
# district on a hand-built plan.
cw_add_sample_gui_test(test_gui_indicators SOURCES planning/test_gui_indicators.cpp TIMEOUT 240)
