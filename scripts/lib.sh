#!/usr/bin/env bash
# Shared by scripts/run and scripts/test: install what is missing, then configure and build once.
set -euo pipefail

CW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CW_BUILD="${CW_BUILD_DIR:-$CW_ROOT/build/ci}"

CW_PACKAGES=(
  g++ cmake ninja-build ccache pkg-config git clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qt6-qpa-plugins libgl-dev
  libgdal-dev gdal-bin libproj-dev proj-bin proj-data libgeos-dev libsqlite3-dev sqlite3 libpq-dev
  nlohmann-json3-dev libgtest-dev libgmock-dev libbenchmark-dev
  fonts-nanum xvfb xauth imagemagick poppler-utils lintian
  qt6-translations-l10n
  python3
)
# Only the tests need these: QGIS itself, to judge the styles CityWeave writes and reads, and a
# PostgreSQL 15 + PostGIS 3.3 server for the shared plans (tests/database/pg_server.sh starts a
# throw-away one; the package's own cluster is not used).
CW_TEST_PACKAGES=(python3-qgis postgresql-15 postgresql-15-postgis-3)

# cw_install_packages [EXTRA_PACKAGE...]
cw_install_packages() {
  local missing=()
  for p in "${CW_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "== Installing ${#missing[@]} missing packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

cw_build() {
  export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
  local werror="${CW_WERROR:-ON}"
  cmake -S "$CW_ROOT" -B "$CW_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCITYWEAVE_WERROR="$werror" >/dev/null
  cmake --build "$CW_BUILD" -j "$(nproc)"
}
