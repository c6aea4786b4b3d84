#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL + PostGIS server for the database tests, from Debian's packages:
#   pg_server.sh start|stop|pause|resume|restart DIR
# start: initdb into a fresh folder under /tmp (as the postgres user when run as root: initdb
# refuses root, and the build folder may sit where that user cannot enter), listening on
# 127.0.0.1 only, on a free port, trusting loopback connections; creates the database "cwtest"
# with PostGIS and writes its URL to DIR/url. stop removes the server's folder.
set -euo pipefail
action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server not installed (postgresql-15)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
data() { cat "$dir/datadir"; }
pg_ctl() { as_owner "$bin/pg_ctl" -D "$(data)/data" "$@"; }
server_options() { echo "-p $(cat "$dir/port") -k $(data) -c listen_addresses=127.0.0.1"; }

case "$action" in
start)
  if [ -f "$dir/datadir" ] && [ -f "$(data)/data/postmaster.pid" ]; then
    pg_ctl -m immediate stop >/dev/null 2>&1 || true
  fi
  [ -f "$dir/datadir" ] && rm -rf "$(data)"
  rm -rf "$dir"
  mkdir -p "$dir"
  mktemp -d /tmp/cityweave-pg.XXXXXX >"$dir/datadir"
  [ "$(id -u)" = 0 ] && chown postgres "$(data)"
  as_owner "$bin/initdb" -D "$(data)/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log"
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' \
    >"$dir/port"
  pg_ctl -l "$(data)/server.log" -w -o "$(server_options)" start >/dev/null
  psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$(cat "$dir/port")" -U postgres)
  "${psql[@]}" -d postgres -c "CREATE DATABASE cwtest"
  "${psql[@]}" -d cwtest -c "CREATE EXTENSION postgis"
  echo "postgresql://postgres@127.0.0.1:$(cat "$dir/port")/cwtest" >"$dir/url"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$(cat "$dir/port") ($(data))"
  ;;
stop)
  [ -f "$dir/datadir" ] || exit 0
  [ -f "$(data)/data/postmaster.pid" ] && pg_ctl -m fast stop >/dev/null
  rm -rf "$(data)"
  ;;
pause) # stop, keeping the data for resume
  pg_ctl -m fast stop >/dev/null
  ;;
restart)
  pg_ctl -m fast -w restart -l "$(data)/server.log" >/dev/null
  ;;
resume) # start again after pause, with the same data and port
  pg_ctl -l "$(data)/server.log" -w -o "$(server_options)" start >/dev/null
  ;;
*)
  echo "usage: $0 start|stop|pause|resume|restart DIR" >&2
  exit 2
  ;;
esac
