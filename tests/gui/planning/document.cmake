# SPDX-License-Identifier: GPL-3.0-or-later
# GUI tests of the document part of planning (see cw_add_sample_gui_test in ../CMakeLists.txt).
cw_add_sample_gui_test(test_gui_document SOURCES planning/test_gui_document.cpp TIMEOUT 240)
