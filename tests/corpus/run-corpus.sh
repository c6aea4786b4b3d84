#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Puts every cityweave-cli command through the hostile-input corpus (issue 14).
#
#   tests/corpus/run-corpus.sh CLI CORPUS WORKDIR
#
# CORPUS is what scripts/make-hostile-corpus wrote. Each run works on its own copy of the case
# in WORKDIR/runs/N, with its own HOME, TMPDIR, state and plugin folders, killed (SIGKILL) at
# 20 s (all ten analyses: 60 s); the other commands of a case that hung once get 5 s. Phase 1
# gives every case the command that reads it (info, check, ...); phase 2 gives the costly ones
# (analyze, report, render, join, ...) to the cases phase 1 read without an error. A listener on the ports in
# CORPUS/net-ports logs every connection. Every run is classified:
#   ok           exit 0 (and `check`'s documented 5)
#   error        a documented exit code (1-5) with a message on stderr
#   CRASH        killed by a signal / exit >= 128, or a sanitizer, "terminate called", ... on stderr
#   HANG         still running at the time limit (killed)
#   DATA LOSS    a command changed or removed a byte of its input files
#   NETWORK      the CLI connected to the local listener a hostile file names
#   EMPTY MESSAGE  a nonzero exit with nothing on stderr
#   BAD EXIT     an exit code the CLI does not document (6-127)
#   side-file    ok or error, but new files appeared beside the input (noted, not a failure)
#   KNOWN ...    a failure listed in known-open.tsv (still open, with why): reported, not failing
# WORKDIR/results.tsv lists every run; the summary goes to stdout. Exit 1 when any CRASH, HANG,
# DATA LOSS or NETWORK not listed as known, else 0.
#
# Environment:
#   CW_CORPUS_TIMEOUT   seconds per run (default 20; 60 with an ASan build); the commands that
#                       run all ten analyses get three times as long
#   CW_CORPUS_TIMEOUT_AFTER_HANG  seconds for the other commands of a case that hung once (5)
#   CW_CORPUS_ASAN_CLI  a cityweave-cli built with sanitizers, used instead of CLI
#   CW_CORPUS_JOBS      parallel runs (default 2)
#   CW_CORPUS_FILTER    only cases whose path matches this extended regex
#   CW_CORPUS_COMMANDS  only these commands (extended regex on the command names below)
#   CW_CORPUS_MEM_MB    address-space limit per run without ASan (default 8192; 0: none)
#   CW_CORPUS_KEEP      1: keep every run folder, not only the failing ones
set -uo pipefail

# ---- one run (the script calls itself through xargs) ---------------------------------------
# Few processes per run: with thousands of runs, every fork shows in the total time.
if [ "${1:-}" = "__job" ]; then
    IFS=$'\t' read -r id kind rel flags cmd <<<"$2"
    run="$CW_WORK/runs/$id"
    in="$run/in" out="$run/out"
    mkdir -p "$in" "$out" "$run/home" "$run/tmp" "$run/state" "$run/userplugins" "$run/runtime" "$run/noplugins"
    chmod 700 "$run/runtime"
    src="$CW_CORPUS/$rel"
    name="${rel##*/}"
    srcdir="${src%/*}"
    base="$CW_WORK/base"

    # The case: its file and every sibling sharing its stem, or the whole folder; FIFOs are made
    # here because a corpus on disk cannot hold one portably. Sparse files stay sparse.
    shopt -s nullglob dotglob
    case "$kind" in
    fifo-*) mkfifo "$in/$name" ;;
    state) cp -a -- "$src/." "$run/state/" ;;
    *)
        if [ -d "$src" ] && [ ! -L "$src" ]; then
            cp -a -- "$src" "$in/"
        else
            stem="${name%%.*}"
            cp -a --sparse=always -- "$srcdir/$stem".* "$in/"
        fi
        ;;
    esac
    f="$in/$name"
    [[ ",$flags," == *",chmod000,"* ]] && chmod 000 "$f"
    vp="$in/valid-project.cwproject.gpkg" # a valid project next to templates and results

    # The command line per command name.
    readonly_input=1
    args=()
    case "$cmd" in
    info) args=(info "$f") ;;
    info-json) args=(info "$f" --json --bad-rows) ;;
    render) args=(render "$f" --out "$out/map.png" --size 320x240) ;;
    analyze-input) args=(analyze --input "A=$f" --input "B=$base/valid-b.geojson" --analysis all --out "$out/r.gpkg") ;;
    layers-add)
        cp -- "$base/valid-project.cwproject.gpkg" "$out/p.cwproject.gpkg"
        args=(layers add "$out/p.cwproject.gpkg" "$f" --bad-rows) ;;
    join) args=(join "$f" --to "$base/valid-boundaries.geojson" --key 코드 --to-key code --out "$out/j.gpkg") ;;
    projects) args=(projects "$f" --json --year 2020) ;;
    check) args=(check "$f" --json) ;;
    analyze) args=(analyze "$f" --analysis all --out "$out/r.gpkg" --json "$out/s.json") ;;
    report) args=(report "$f" --out "$out/r.pdf") ;;
    layers-list) args=(layers list "$f") ;;
    export-gpkg) args=(export "$f" --gpkg "$out/e.gpkg" --results "$base/valid-results.results.gpkg") ;;
    export-tables) args=(export "$f" --tables "$out/t.xlsx" --results "$base/valid-results.results.gpkg") ;;
    report-run-analyses) args=(report "$f" --out "$out/r.pdf" --run-analyses --lang ko --paper A3 --landscape) ;;
    report-template)
        tname="${flags##*template=}"
        args=(report "$f" --out "$out/r.pdf" --template "${tname%%,*}") ;;
    projects-scenario) args=(projects "$f" --json --scenario hostile) ;;
    check-scenario) args=(check "$f" --scenario hostile) ;;
    analyze-scenario) args=(analyze "$f" --scenario hostile --analysis all --out "$out/r.gpkg") ;;
    report-scenario) args=(report "$f" --scenario hostile --out "$out/r.pdf") ;;
    report-with-template)
        cp -- "$base/valid-project.cwproject.gpkg" "$vp"
        args=(report "$vp" --out "$out/r.pdf" --template "$f") ;;
    report-results)
        cp -- "$base/valid-project.cwproject.gpkg" "$vp"
        args=(report "$vp" --out "$out/r.pdf" --results "$f") ;;
    export-results)
        cp -- "$base/valid-project.cwproject.gpkg" "$vp"
        args=(export "$vp" --tables "$out/t.csv" --results "$f") ;;
    build-sample) args=(build-sample "$f" "$out/b.cwproject.gpkg") ;;
    build-sample-plugin) args=(build-sample "$f/manifest.json" "$out/b.cwproject.gpkg") ;;
    plugins) args=(plugins) ;;
    plugins-json) args=(plugins --json) ;;
    plugins-disable) args=(plugins disable magok-energy); readonly_input=0 ;;
    info-valid) args=(info "$base/valid-b.geojson") ;;
    *) echo "run-corpus: unknown command $cmd" >&2; exit 2 ;;
    esac

    # Only the commands that run analyses or list plugins load the real plugins: the others start
    # quicker without them.
    plugin_install=""
    case "$cmd" in
    analyze* | report* | export* | build-sample* | plugins* | info-valid) ;;
    *) plugin_install="$run/noplugins" ;;
    esac
    user_plugins="$run/userplugins"
    if [ "$kind" = plugins ]; then
        # A plugin case is the user plugin folder, trusted so that its libraries get opened.
        user_plugins="$f"
        printf '{"version":1,"disabled":[],"trusted_folders":["%s"],"extra_folders":[]}\n' "$f" >"$run/state/plugins.json"
    fi

    # What the input folder holds: type, size, times and name of every entry. A change of ctime or
    # mtime is then checked byte for byte against the corpus (below): no hashing on the way.
    fingerprint() { find "$in" -mindepth 1 -printf '%y\t%s\t%T@\t%C@\t%P\t%l\n' | sort; }
    # A case that already hung under another command gets a short limit: it has been found, and
    # each further full-length hang would cost the whole run another 20 s.
    hung_marker="$CW_WORK/hung/${rel//\//%}"
    limit="$CW_TIMEOUT"
    # Running all ten analyses gets three times the limit: each analysis is a command's worth of
    # work (2,000 identical squares in two projects are 4 million real overlapping pairs).
    case "$cmd" in
    analyze | analyze-input | analyze-scenario | report-run-analyses) limit=$((CW_TIMEOUT * 3)) ;;
    esac
    hung_before=0
    [ -e "$hung_marker" ] && limit="$CW_TIMEOUT_AFTER_HANG" hung_before=1

    # A hot rollback journal or a WAL beside a GeoPackage: opening it as SQLite itself does (the
    # sqlite3 shell, another engine) rolls the journal back or folds the WAL in. The files may
    # change only into what that reference recovery makes of them.
    ref=""
    if [ "$readonly_input" = 1 ] && { compgen -G "$in/*-journal" || compgen -G "$in/*-wal"; } >/dev/null; then
        ref="$run/ref"
        mkdir -p "$ref" && cp -a -- "$in/." "$ref/"
        for db in "$ref"/*.gpkg; do sqlite3 "$db" 'PRAGMA quick_check;' >/dev/null 2>&1; done
    fi

    before="$(fingerprint)"
    start=$EPOCHREALTIME
    { (
        cd "$in" || exit 99
        # A private world: nothing read from or written to the real HOME, /tmp or state folder,
        # and no proxy that would hide a connection from the listener.
        unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY
        unset CITYWEAVE_ALLOW_REMOTE_SOURCES CITYWEAVE_INSTALL_PLUGIN_DIR
        [ -n "$plugin_install" ] && export CITYWEAVE_INSTALL_PLUGIN_DIR="$plugin_install"
        export HOME="$run/home" TMPDIR="$run/tmp" XDG_RUNTIME_DIR="$run/runtime" \
            XDG_CONFIG_HOME="$run/home/.config" XDG_DATA_HOME="$run/home/.local/share" \
            XDG_CACHE_HOME="$run/home/.cache" CITYWEAVE_STATE_DIR="$run/state" \
            CITYWEAVE_USER_PLUGIN_DIR="$user_plugins" QT_QPA_PLATFORM=offscreen
        if [ "$CW_ASAN" = 0 ] && [ "$CW_MEM_MB" -gt 0 ]; then
            ulimit -v $((CW_MEM_MB * 1024))
        fi
        exec timeout --verbose -s KILL "$limit" "$CW_CLI" "${args[@]}"
    ) >"$run/stdout" 2>"$run/stderr" </dev/null; } 2>/dev/null # no "Killed" notice from this shell
    rc=$?
    end=$EPOCHREALTIME
    after="$(fingerprint)"

    # Classify.
    cls="" also=()
    us=$((${end/./} - ${start/./}))
    secs=$(printf '%d.%02d' $((us / 1000000)) $((us % 1000000 / 10000)))
    # The first 64 KiB of stderr is plenty to classify, and keeps bash quick on megabytes of it.
    err=""
    IFS= read -r -N 65536 err <"$run/stderr"
    err="${err//$'\0'/}"
    crash_re='AddressSanitizer|LeakSanitizer|ThreadSanitizer|runtime error:|terminate called|Segmentation fault|stack smashing|double free|free\(\): invalid|malloc\(\): |corrupted size|Assertion .* failed|ASSERT failure|QFATAL'
    if [[ "$err" == *"timeout: sending signal"* ]]; then
        cls=HANG
        : >"$hung_marker"
        [ "$hung_before" = 1 ] && also+=("killed at the short limit of ${limit} s: the case hung under another command before")
    elif [ "$rc" -ge 128 ]; then
        cls=CRASH
        also+=("signal $(kill -l $((rc - 128)) 2>/dev/null || echo $((rc - 128)))")
    elif grep -qE "$crash_re" "$run/stderr"; then
        cls=CRASH
    fi
    if [ "$readonly_input" = 1 ] && [ "$before" != "$after" ]; then
        # Entries whose line changed or vanished, and entries that are new.
        declare -A was=() now=()
        while IFS=$'\t' read -r t sz mt ct p l; do [ -n "$p" ] && was["$p"]="$t	$sz	$mt	$ct	$l"; done <<<"$before"
        while IFS=$'\t' read -r t sz mt ct p l; do [ -n "$p" ] && now["$p"]="$t	$sz	$mt	$ct	$l"; done <<<"$after"
        lost="" new="" touched="" recovered=""
        for p in "${!was[@]}"; do
            if [ -n "$ref" ] && { [ -e "$ref/$p" ] && cmp -s -- "$in/$p" "$ref/$p" ||
                                  { [ ! -e "$ref/$p" ] && [ ! -e "$in/$p" ]; }; }; then
                recovered+="$p "
            elif [ -z "${now[$p]+x}" ]; then
                lost+="$p (gone) "
            elif [ "${was[$p]}" != "${now[$p]}" ]; then
                # Times moved: compare the bytes with where the copy came from.
                orig="$srcdir/$p"
                [ "$p" = valid-project.cwproject.gpkg ] && orig="$base/$p"
                if [ -f "$in/$p" ] && [ -f "$orig" ] && [ ! -L "$in/$p" ]; then
                    size=$(stat -c %s -- "$in/$p")
                    if [ "$size" != "$(stat -c %s -- "$orig")" ]; then
                        lost+="$p "
                    elif [ "$size" -gt $((64 << 20)) ]; then
                        # The sparse giants: their first and last 64 MiB.
                        cmp -s -n $((64 << 20)) -- "$in/$p" "$orig" &&
                            cmp -s -i $((size - (64 << 20))) -- "$in/$p" "$orig" || lost+="$p "
                    else
                        cmp -s -- "$in/$p" "$orig" && touched+="$p " || lost+="$p "
                    fi
                elif [ "${was[$p]%%	*}" != "${now[$p]%%	*}" ] || [ "${was[$p]##*	}" != "${now[$p]##*	}" ]; then
                    lost+="$p (type or link changed) "
                fi
            fi
        done
        for p in "${!now[@]}"; do [ -z "${was[$p]+x}" ] && new+="$p "; done
        if [ -n "$lost" ]; then
            also+=("changed: $lost")
            [ -z "$cls" ] && cls="DATA LOSS" || also+=("DATA LOSS")
        fi
        [ -n "$touched" ] && also+=("rewritten with the same bytes: $touched")
        [ -n "$recovered" ] && also+=("recovered as the sqlite3 shell recovers them: $recovered")
        [ -n "$new" ] && also+=("side files: $new")
    fi
    leftovers=("$run/tmp"/*)
    [ ${#leftovers[@]} -gt 0 ] && also+=("left in TMPDIR: ${leftovers[*]##*/}")
    # The message: the first stderr line that is not the timeout notice or \r-refreshed progress;
    # for a crash, the line that says so, or else the last line before it.
    msg="" last=""
    while IFS= read -r line; do
        line="${line:0:2000}"
        line="${line%%timeout: sending signal*}" # appended to a progress line when it cut one short
        line="${line##*$'\r'}"
        [[ -z "${line//[[:space:]]/}" || "$line" =~ ^[^:]*\ [0-9]+%$ ]] && continue
        [ -z "$msg" ] && msg="${line:0:200}"
        last="${line:0:200}"
    done <<<"$err"
    if [ "$cls" = CRASH ]; then
        marker="$(grep -m1 -E "$crash_re" "$run/stderr" | cut -c1-200)"
        msg="${marker:-$last}"
    fi
    if [ -z "$cls" ]; then
        if [ "$rc" = 0 ] || { [ "$rc" = 5 ] && [[ "$cmd" == check* ]]; }; then
            cls=ok
        elif [ "$rc" -le 5 ]; then
            [ -n "$msg" ] && cls=error || cls="EMPTY MESSAGE"
        else
            cls="BAD EXIT"
        fi
        if [[ " ${also[*]-} " == *"side files:"* ]] && [[ "$cls" == ok || "$cls" == error ]]; then
            cls="$cls+side-file"
        fi
    fi
    notes="$(IFS=';'; echo "${also[*]-}")"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$id" "$cls" "$cmd" "$rel" "$kind" "$rc" "$secs" \
        "$start" "$end" "${notes//[$'\t\n']/ }" "${msg//[$'\t']/ }" >"$run/result"
    printf '%q ' "$CW_CLI" "${args[@]}" >"$run/argv"
    # Keep the folders of failures to look at; drop the rest (they may hold big copies).
    if [ "${CW_CORPUS_KEEP:-0}" != 1 ] && [[ "$cls" == ok* || "$cls" == error* ]]; then
        chmod -R u+rwX "$in" 2>/dev/null # a mode-000 case cannot be removed by its owner otherwise
        (cd "$run" && rm -rf -- in out ref home tmp userplugins runtime state noplugins 2>/dev/null)
    fi
    exit 0
fi

# ---- the whole run --------------------------------------------------------------------------
if [ $# -ne 3 ]; then
    echo "usage: run-corpus.sh CLI CORPUS WORKDIR" >&2
    exit 2
fi
self="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
export CW_CLI="${CW_CORPUS_ASAN_CLI:-$1}"
export CW_CORPUS CW_WORK
export CW_SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CW_CORPUS="$(cd "$2" && pwd)" || exit 2
mkdir -p "$3" && CW_WORK="$(cd "$3" && pwd)" || exit 2
if [ ! -x "$CW_CLI" ] || [ ! -f "$CW_CORPUS/MANIFEST.tsv" ]; then
    echo "run-corpus: need an executable CLI ($CW_CLI) and a corpus with MANIFEST.tsv ($CW_CORPUS)" >&2
    exit 2
fi
export CW_ASAN=0
[ -n "${CW_CORPUS_ASAN_CLI:-}" ] && CW_ASAN=1
export CW_TIMEOUT="${CW_CORPUS_TIMEOUT:-$([ "$CW_ASAN" = 1 ] && echo 60 || echo 20)}"
export CW_MEM_MB="${CW_CORPUS_MEM_MB:-8192}"
export CW_TIMEOUT_AFTER_HANG="${CW_CORPUS_TIMEOUT_AFTER_HANG:-5}"
jobs="${CW_CORPUS_JOBS:-2}"
if [ "$CW_ASAN" = 1 ]; then
    # Report and stop at the first error; leaks count (LeakSanitizer is one of the crash markers).
    export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:abort_on_error=0}"
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=0}"
fi

# A WORKDIR this script made before is emptied; anything else is left alone.
if [ -e "$CW_WORK/runs" ]; then
    if [ ! -f "$CW_WORK/.run-corpus" ]; then
        echo "run-corpus: $CW_WORK holds runs/ but is not a run-corpus work folder; refusing to clear it" >&2
        exit 2
    fi
    chmod -R u+rwX "$CW_WORK/runs" 2>/dev/null
    rm -rf -- "$CW_WORK/runs" "$CW_WORK/base" "$CW_WORK/hung"
fi
touch "$CW_WORK/.run-corpus"
mkdir -p "$CW_WORK/runs" "$CW_WORK/base" "$CW_WORK/hung"
cp -a -- "$CW_CORPUS/base/." "$CW_WORK/base/"
: >"$CW_WORK/net.log"

# The listener: any connection to the ports the corpus names is logged with its request line.
listener_pid="" xargs_pid=""
stop_listener() { [ -n "$listener_pid" ] && kill "$listener_pid" 2>/dev/null; }
# Stopped from outside (ctest's timeout, ^C): stop the listener and the job queue too.
trap stop_listener EXIT
trap 'stop_listener; [ -n "$xargs_pid" ] && kill "$xargs_pid" 2>/dev/null; exit 130' INT TERM
mapfile -t ports <"$CW_CORPUS/net-ports"
python3 - "$CW_WORK/net.log" "${ports[@]}" >"$CW_WORK/listener.out" 2>&1 <<'EOF' &
import socket, sys, threading, time
log = open(sys.argv[1], "a", buffering=1)
lock = threading.Lock()

def handle(conn, port):
    conn.settimeout(2)
    try:
        data = conn.recv(4096)
    except OSError:
        data = b""
    first = data.split(b"\r\n", 1)[0].decode("latin-1").replace("\t", " ")
    with lock:
        log.write(f"{time.time():.3f}\t{port}\t{first}\n")
    try:
        conn.sendall(b"HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n")
    except OSError:
        pass
    conn.close()

def serve(sock, port):
    while True:
        conn, _ = sock.accept()
        threading.Thread(target=handle, args=(conn, port), daemon=True).start()

for port in map(int, sys.argv[2:]):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        s.bind(("127.0.0.1", port))
    except OSError as e:
        print(f"listener: cannot listen on 127.0.0.1:{port} ({e}); connections there go unseen", flush=True)
        continue
    s.listen(64)
    print(f"listener: 127.0.0.1:{port}", flush=True)
    threading.Thread(target=serve, args=(s, port), daemon=True).start()
while True:
    time.sleep(3600)
EOF
listener_pid=$!
sleep 0.5

# Which commands each kind of case gets, in two phases. Phase 1 (the gate) reads the case the
# way every command does: `info` for a layer or table, `check` for a project (it loads the project
# and all its layers). Phase 2 runs the costly commands only on cases the gate read without an
# error: when the gate refused the file cleanly, they would refuse it at the same step. A case
# whose gate crashed or hung is reported already; its phase 2 is skipped too.
gate_for() { # kind -> the phase-1 commands
    case "$1" in
    layer) echo "info" ;;
    table) echo "info-json" ;;
    gpkg) echo "info check" ;;
    project) echo "check" ;;
    scenario) echo "check-scenario" ;;
    template) echo "report-with-template" ;;
    results) echo "report-results export-results" ;;
    manifest) echo "build-sample" ;;
    plugins) echo "plugins plugins-json build-sample-plugin" ;;
    state) echo "plugins info-valid plugins-disable" ;;
    fifo-gpkg) echo "info projects render" ;;
    fifo-project) echo "projects check" ;;
    fifo-table) echo "info-json" ;;
    fifo-layer) echo "info" ;;
    *) echo "run-corpus: unknown kind $1" >&2 ;;
    esac
}
phase2_for() { # kind flags -> the phase-2 commands
    local c="" full=0
    [[ ",$2," == *",full,"* ]] && full=1
    case "$1" in
    layer) c="render analyze-input"; [ $full = 1 ] && c="$c layers-add join" ;;
    table) c="analyze-input join"; [ $full = 1 ] && c="$c layers-add render" ;;
    gpkg) c="report"; [[ ",$2," == *",analyze,"* ]] && c="$c analyze" ;;
    project)
        c="analyze report"
        [[ ",$2," == *",render,"* ]] && c="$c render"
        [ $full = 1 ] && c="$c render projects info layers-list export-gpkg export-tables report-run-analyses"
        [[ "$2" == *template=* ]] && c="report-template" ;;
    scenario) c="projects-scenario analyze-scenario report-scenario" ;;
    esac
    echo "$c"
}

# Jobs sorted by command, so that runs of one case rarely overlap in time (which lets a network
# connection be traced to its run) and the slow commands spread over the whole phase.
joblist="$CW_WORK/jobs.tsv"
tail -n +2 "$CW_CORPUS/MANIFEST.tsv" | while IFS=$'\t' read -r kind rel flags _what; do
    [ -n "${CW_CORPUS_FILTER:-}" ] && ! [[ "$rel" =~ $CW_CORPUS_FILTER ]] && continue
    for phase in 1 2; do
        if [ $phase = 1 ]; then cmds="$(gate_for "$kind")"; else cmds="$(phase2_for "$kind" "$flags")"; fi
        for cmd in $cmds; do
            [ -n "${CW_CORPUS_COMMANDS:-}" ] && ! [[ "$cmd" =~ ^($CW_CORPUS_COMMANDS)$ ]] && continue
            printf '%s\t%s\t%s\t%s\t%s\n' "$phase" "$kind" "$rel" "$flags" "$cmd"
        done
    done
done | sort -t$'\t' -u -k1,1 -k5,5 -k3,3 | awk -F'\t' '{ printf "%d\t%s\t%s\t%s\t%s\t%s\n", NR, $2, $3, $4, $5, $1 }' >"$joblist"
total=$(wc -l <"$joblist")
echo "== run-corpus: up to $total runs of $(tail -n +2 "$CW_CORPUS/MANIFEST.tsv" | wc -l) cases, $jobs at a time," \
    "${CW_TIMEOUT}s each at most, CLI $CW_CLI"
sed -n 's/^listener: /== listener: /p' "$CW_WORK/listener.out"

t0=$(date +%s)
awk -F'\t' '$6 == 1' "$joblist" | cut -f1-5 >"$CW_WORK/phase1.tsv"
xargs -d '\n' -P "$jobs" -n 1 -a "$CW_WORK/phase1.tsv" "$self" __job &
xargs_pid=$!
wait "$xargs_pid"
# The cases whose every gate command succeeded (exit 0; `check` also 5) go on to phase 2.
passed="$CW_WORK/gate-passed.txt"
awk -F'\t' '$6 == 1 { print $1 }' "$joblist" | while read -r id; do cat "$CW_WORK/runs/$id/result" 2>/dev/null; echo; done |
    awk -F'\t' 'NF > 5 { ok = ($6 == 0 || ($6 == 5 && $3 ~ /^check/)); if (!($4 in seen)) pass[$4] = 1; seen[$4] = 1; if (!ok) pass[$4] = 0 }
                END { for (c in pass) if (pass[c]) print c }' | sort >"$passed"
awk -F'\t' 'NR == FNR { ok[$0] = 1; next } $6 == 2 && ($3 in ok)' "$passed" "$joblist" | cut -f1-5 >"$CW_WORK/phase2.tsv"
xargs -d '\n' -P "$jobs" -n 1 -a "$CW_WORK/phase2.tsv" "$self" __job &
xargs_pid=$!
wait "$xargs_pid"
t1=$(date +%s)
stop_listener
listener_pid=""

# Results, connections traced to runs, summary.
python3 - "$CW_WORK" "$joblist" "$((t1 - t0))" <<'EOF'
import os, sys
work, joblist, wall = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = []
for line in open(joblist, encoding="utf-8", errors="replace"):
    jid = line.split("\t", 1)[0]
    try:
        with open(os.path.join(work, "runs", jid, "result"), encoding="utf-8", errors="replace") as f:
            r = f.read().rstrip("\n").split("\t")
    except OSError:
        parts = line.rstrip("\n").split("\t")
        if parts[5] == "2":
            continue  # phase 2 of a case whose gate failed: not run (counted below)
        r = [jid, "RUNNER ERROR", parts[4], parts[2], parts[1], "", "", "0", "0", "no result written", ""]
    rows.append(r)
skipped = sum(1 for line in open(joblist, encoding="utf-8", errors="replace")
              if line.rstrip("\n").split("\t")[5] == "2"
              and not os.path.exists(os.path.join(work, "runs", line.split("\t", 1)[0], "result")))
# A connection belongs to the runs of the case its URL names that were running at that moment;
# one that names no case goes to every run of a case flagged "net" running then, or to all.
conns = [l.rstrip("\n").split("\t") for l in open(os.path.join(work, "net.log"), encoding="latin-1") if l.strip()]
flagged = set()
for line in open(joblist, encoding="utf-8", errors="replace"):
    parts = line.rstrip("\n").split("\t")
    if "net" in parts[3].split(","):
        flagged.add(parts[2])
for t, port, req in conns:
    t = float(t)
    live = [r for r in rows if float(r[7] or 0) - 0.5 <= t <= float(r[8] or 0) + 0.5]
    stem = lambda rel: os.path.basename(rel).split(".")[0]
    named = [r for r in live if f"/{stem(r[3])}/" in req]
    hit = named or [r for r in live if r[3] in flagged] or live
    for r in hit:
        note = f"connected to 127.0.0.1:{port} ({req[:80]})"
        if r[1] != "NETWORK":
            r[9] = (r[9] + "; " if r[9] else "") + (f"was {r[1]}; " if r[1] not in ("ok", "error") else "") + note
            r[1] = "NETWORK"
    if not hit:
        print(f"run-corpus: a connection at {t:.1f} to port {port} matched no run: {req}")
# Failures still open (known-open.tsv beside this script): reported, not failing the run.
known = {}
known_file = os.path.join(os.environ["CW_SCRIPT_DIR"], "known-open.tsv")
for line in open(known_file, encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        command, case, cls, why = line.rstrip("\n").split("\t", 3)
        known[(command, case)] = (cls, why)
for r in rows:
    if (r[2], r[3]) in known and r[1] == known[(r[2], r[3])][0]:
        r[9] = (r[9] + "; " if r[9] else "") + "known open: " + known[(r[2], r[3])][1]
        r[1] = "KNOWN " + r[1]
passing = [k for k in known if not any((r[2], r[3]) == k and r[1].startswith("KNOWN") for r in rows)]
header = "id\tclass\tcommand\tcase\tkind\texit\tseconds\tstart\tend\tnotes\tfirst line of stderr"
with open(os.path.join(work, "results.tsv"), "w", encoding="utf-8") as f:
    f.write(header + "\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
counts = {}
for r in rows:
    counts[r[1]] = counts.get(r[1], 0) + 1
fatal = ("CRASH", "HANG", "DATA LOSS", "NETWORK")
order = list(fatal) + ["EMPTY MESSAGE", "BAD EXIT", "RUNNER ERROR"] + ["KNOWN " + c for c in fatal] + \
    ["error+side-file", "ok+side-file", "error", "ok"]
print(f"== {len(rows)} runs in {wall} s: " + ", ".join(f"{counts[c]} {c}" for c in order if c in counts) +
      f" ({skipped} phase-2 runs skipped: their case's gate command failed)")
slow = sorted(rows, key=lambda r: -float(r[6] or 0))[:5]
print("== slowest: " + ", ".join(f"{r[2]} {r[3]} {r[6]}s" for r in slow))
for c in order[:11] + ["error+side-file", "ok+side-file"]:
    sel = [r for r in rows if r[1] == c]
    if not sel:
        continue
    print(f"\n== {c} ({len(sel)})")
    for r in sel:
        detail = r[10] or "(stderr empty)"
        notes = f"  [{r[9].strip('; ')}]" if r[9].strip("; ") else ""
        print(f"  {r[2]:<20} {r[3]}  exit {r[5]}, {r[6]} s: {detail}{notes}")
for command, case in passing:
    print(f"\n== listed in known-open.tsv but not failing (remove it): {command} {case}")
print(f"\n== all runs: {os.path.join(work, 'results.tsv')}; failing runs keep their folders in {os.path.join(work, 'runs')}/ID")
sys.exit(1 if any(r[1] in fatal for r in rows) else 0)
EOF
