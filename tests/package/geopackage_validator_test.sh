#!/usr/bin/env bash
# Every GeoPackage CityWeave writes passes GDAL's GeoPackage validator (validate_gpkg.py, from
# Debian's python3-gdal): the project file (the sample, built by the CLI from its manifest), a
# copy of it saved after a planning edit, the results of `analyze`, and `export --gpkg`.
#   geopackage_validator_test.sh CLI SAMPLE_PROJECT
set -euo pipefail
cli="$1"
sample="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen CITYWEAVE_STATE_DIR="$work/state"
# Debian's own Python: the one python3-gdal installs into.
validate() {
  /usr/bin/python3 -m osgeo_utils.samples.validate_gpkg "$1" >"$work/validate.log" 2>&1 ||
    fail "$2 does not pass the GeoPackage validator: $(tail -1 "$work/validate.log")"
  echo "valid: $2"
}

validate "$sample" "the sample project"
cp "$sample" "$work/plan.cwproject.gpkg"
"$cli" analyze "$work/plan.cwproject.gpkg" --analysis all \
  --out "$work/results.gpkg" >/dev/null 2>&1 || fail "analyze failed"
validate "$work/results.gpkg" "analyze's results"
"$cli" export "$work/plan.cwproject.gpkg" --gpkg "$work/export.gpkg" --results "$work/results.gpkg" \
  >/dev/null 2>&1 || fail "export --gpkg failed"
validate "$work/export.gpkg" "export --gpkg"
# A report template saved into the project (the table is rebuilt by the schema migration).
"$cli" report "$work/plan.cwproject.gpkg" --out "$work/r.pdf" --save-template 검토용 \
  >/dev/null 2>&1 || fail "report --save-template failed"
validate "$work/plan.cwproject.gpkg" "the project with a saved report template"
