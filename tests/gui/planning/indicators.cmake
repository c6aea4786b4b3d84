# SPDX-License-Identifier: GPL-3.0-or-later
# GUI tests of the indicators part of planning (see cw_add_sample_gui_test in ../CMakeLists.txt).
