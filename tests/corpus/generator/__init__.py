# SPDX-License-Identifier: GPL-3.0-or-later
"""The hostile-input corpus generator (issue 14); scripts/make-hostile-corpus is its entry."""
