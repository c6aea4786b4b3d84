#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The CLI on a plan in PostgreSQL: publish the sample, then projects, check, analyze and render
# on the database URL give what they give on the file; a copy taken back reads the same.
#   cli_round_trip.sh CLI SAMPLE_PROJECT URL_FILE WORK_DIR
set -euo pipefail
cli=$1 sample=$2 url="$(cat "$3")?schema=cli_round_trip" work=$4
rm -rf "$work" && mkdir -p "$work" && cd "$work"

"$cli" publish "$sample" "$url" --replace
"$cli" projects "$url" --json >db_projects.json
"$cli" projects "$sample" --json >file_projects.json
cmp db_projects.json file_projects.json

rc_db=0 rc_file=0
"$cli" check "$url" --json >db_check.json || rc_db=$?
"$cli" check "$sample" --json >file_check.json || rc_file=$?
[ "$rc_db" = "$rc_file" ] || { echo "check exit codes differ: $rc_db $rc_file"; exit 1; }
cmp db_check.json file_check.json

"$cli" analyze "$url" --analysis all --out db.gpkg --json db_summary.json
"$cli" analyze "$sample" --analysis all --out file.gpkg --json file_summary.json
python3 - db_summary.json file_summary.json <<'PY'
import json, math, sys
def numbers(node, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from numbers(v, path + "/" + k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from numbers(v, f"{path}[{i}]")
    elif isinstance(node, (int, float)) and not isinstance(node, bool):
        yield path, float(node)
db, file = (dict(numbers(json.load(open(f)))) for f in sys.argv[1:3])
timing = [p for p in db if "second" in p or "elapsed" in p or "_ms" in p]
assert set(db) == set(file), set(db) ^ set(file)
bad = [(p, db[p], file[p]) for p in db if p not in timing and not math.isclose(db[p], file[p], rel_tol=1e-9, abs_tol=1e-6)]
assert not bad, bad[:10]
print(f"{len(db) - len(timing)} figures equal")
PY

"$cli" render "$url" --out db.png --size 400x300
"$cli" publish "$url" copy.cwproject.gpkg
"$cli" projects copy.cwproject.gpkg --json >copy_projects.json
cmp copy_projects.json file_projects.json
# A copy never overwrites a file silently.
if "$cli" publish "$url" copy.cwproject.gpkg 2>err.txt; then echo "overwrote the copy"; exit 1; fi
grep -q -- "--replace" err.txt
echo "CLI round trip through PostgreSQL: equal"
