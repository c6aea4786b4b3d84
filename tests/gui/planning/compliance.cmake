# SPDX-License-Identifier: GPL-3.0-or-later
# GUI tests of the compliance part of planning (see cw_add_sample_gui_test in ../CMakeLists.txt).
# The sandbox compliance dock on the sample, compared with `cityweave-cli check --json`.
cw_add_sample_gui_test(test_gui_compliance SOURCES planning/test_gui_compliance.cpp TIMEOUT 240)
