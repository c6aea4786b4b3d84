#!/usr/bin/env bash
# The package as a user gets it: `cpack -G DEB` from the build folder, unpacked into a folder of
# its own (an install is never inside the build tree, so nothing of the build tree is used),
# then the installed CLI run as a planner would: its version, the three bundled plugins loaded
# from the package, a Korean report and print layout of the installed sample, and the licence.
# Then, with the package's translations taken away, Korean text must be gone: proof that they
# came from the package.
#   installed_package_test.sh BUILD_DIR
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# Read whole, then searched: `grep -q` in a pipe stops early and, with pipefail, fails the pipe.
pdf_text() { pdftotext "$1" - 2>/dev/null; }

(cd "$build" && cpack -G DEB -B "$work/package" >/dev/null) || fail "cpack did not make a package"
deb="$(ls "$work"/package/cityweave_*.deb)"
dev="$(ls "$work"/package/cityweave-dev_*.deb)"
dpkg-deb -x "$deb" "$work/root"
# The application package holds no SDK; the SDK package holds headers and the CMake package.
if dpkg-deb -c "$deb" | grep -q "usr/include/"; then fail "headers in the application package"; fi
contents="$(dpkg-deb -c "$dev")"
for f in usr/include/cityweave/sdk/ usr/lib/cmake/CityWeave/CityWeaveConfig.cmake usr/lib/libcityweave_core.so; do
  grep -q "$f" <<<"$contents" || fail "no $f in the SDK package"
done
# Stripped: no symbol table left in the installed executables.
if readelf -S "$work/root/usr/bin/cityweave-cli" | grep -q "\.symtab"; then fail "cityweave-cli is not stripped"; fi
control="$(dpkg-deb -f "$deb")"
grep -q "^ A desktop GIS for planners" <<<"$control" || fail "no extended description"
cli="$work/root/usr/bin/cityweave-cli"
[ -x "$cli" ] || fail "no cityweave-cli in the package"
export CITYWEAVE_STATE_DIR="$work/state" QT_QPA_PLATFORM=offscreen
unset CITYWEAVE_INSTALL_PLUGIN_DIR CITYWEAVE_USER_PLUGIN_DIR

version="$("$cli" --version)"
grep -qi "cityweave" <<<"$version" || fail "--version"
version="$("$work/root/usr/bin/cityweave" --version)"
grep -qi "cityweave" <<<"$version" || fail "the desktop's --version"

# Each plugin library finds the package's core library on its own (its RUNPATH), not only
# because the executable loaded it first.
for plugin in "$work"/root/usr/lib/cityweave/plugins/*/*.so; do
  resolved="$(ldd "$plugin" | grep "libcityweave_core.so")"
  if [ -z "$resolved" ] || grep -q "not found" <<<"$resolved"; then
    fail "$(basename "$plugin") does not find the package's core library: $resolved"
  fi
done

plugins="$("$cli" plugins --json)"
loaded="$(python3 -c 'import json,sys; d=json.load(sys.stdin)
print(sum(1 for p in d["plugins"] if p.get("state")=="loaded" and p["folder"].startswith(sys.argv[1])))' \
  "$work/root/usr/lib/cityweave/plugins" <<<"$plugins")"
[ "$loaded" = 3 ] || fail "$loaded plugins loaded from the package, not 3: $plugins"

sample="$work/sample.cwproject.gpkg"
cp "$work/root/usr/share/cityweave/sample/seoul-smart-city.cwproject.gpkg" "$sample"
"$cli" --lang ko report "$sample" --out "$work/ko.pdf" >/dev/null 2>&1 || fail "report --lang ko"
text="$(pdf_text "$work/ko.pdf")"
grep -q "공간 통합 분석 보고서" <<<"$text" || fail "the report is not in Korean"
"$cli" --lang ko layout "$sample" --out "$work/layout.pdf" >/dev/null || fail "layout --lang ko"
text="$(pdf_text "$work/layout.pdf")"
grep -q "범례" <<<"$text" || fail "the layout's legend is not in Korean"

grep -q "GNU GENERAL PUBLIC LICENSE" "$work/root/usr/share/doc/cityweave/LICENSE" || fail "no LICENSE"
grep -q "^License: GPL-3.0-or-later" "$work/root/usr/share/doc/cityweave/copyright" ||
  fail "no Debian copyright file"

for f in usr/share/icons/hicolor/scalable/apps/cityweave.svg usr/share/mime/packages/cityweave.xml \
  usr/share/metainfo/io.github.cityweave.CityWeave.metainfo.xml usr/share/man/man1/cityweave.1.gz \
  usr/share/man/man1/cityweave-cli.1.gz; do
  [ -s "$work/root/$f" ] || fail "no $f in the package"
done
grep -q "^MimeType=application/x-cityweave-project;" "$work/root/usr/share/applications/cityweave.desktop" ||
  fail "the desktop file claims more than CityWeave projects"

rm -r "$work/root/usr/share/cityweave/translations"
"$cli" --lang ko report "$sample" --out "$work/en.pdf" >/dev/null 2>&1 || fail "report without translations"
text="$(pdf_text "$work/en.pdf")"
grep -q "Spatial integration" <<<"$text" || fail "the report without translations is not English"
if grep -q "공간 통합 분석 보고서" <<<"$text"; then
  fail "Korean text without the package's translations: they came from somewhere else"
fi
# Debian's own checker: no errors. Warnings left, and why: package-name-doesnt-match-sonames (the
# shared core ships in the application's package, not in a libcityweave-core1 of its own: no
# other program links it); maintscript-calls-ldconfig (CPack adds the call to postinst/postrm
# beside our ldconfig trigger).
if command -v lintian >/dev/null; then
  tags="$(lintian --suppress-tags package-name-doesnt-match-sonames,maintscript-calls-ldconfig \
    "$deb" "$dev" 2>/dev/null || true)"
  if grep -q "^[EW]:" <<<"$tags"; then fail "lintian: $tags"; fi
fi
echo "installed package ok: $(basename "$deb") $(basename "$dev")"
