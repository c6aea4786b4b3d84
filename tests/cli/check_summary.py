#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs `cityweave-cli analyze ... --json SUMMARY` and checks headline numbers of the summary.

check_summary.py CLI SUMMARY "run|key|expected|tolerance;..." -- ARGS...
(run: index in "runs"; passes when |value - expected| <= tolerance)
"""
import json
import os
import subprocess
import sys

cli, summary, checks = sys.argv[1:4]
args = sys.argv[sys.argv.index("--") + 1:]
if os.path.exists(summary):
    os.remove(summary)
env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
proc = subprocess.run([cli] + args, capture_output=True, text=True, env=env)
print(f"exit {proc.returncode}\n--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}")
if proc.returncode != 0:
    sys.exit(f"expected exit 0, got {proc.returncode}")
runs = json.load(open(summary, encoding="utf-8"))["runs"]
failed = False
for check in filter(None, checks.split(";")):
    run, key, expected, tolerance = check.split("|")
    value = runs[int(run)]["summary"].get(key)
    ok = value is not None and abs(value - float(expected)) <= float(tolerance)
    print(f"{'ok' if ok else 'FAILED'}: {key} = {value} (expected {expected} ± {tolerance})")
    failed |= not ok
sys.exit(1 if failed else 0)
