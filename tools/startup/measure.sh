#!/usr/bin/env bash
# How long the README's run command takes to reach the sign-in page, against a bare app of the same stack
# measured alternately in the same run (issue 28). Usage: tools/startup/measure.sh [runs]   (default 5)
#
# Both are started the way the README starts the demo, `./mvnw -q spring-boot:run` (the bare app with the same
# wrapper, from tools/startup/bare-app), after a warm-up build, so that each start pays what a developer pays:
# Maven's up-to-date checks, the forked JVM, the Spring context and the first page. Each start is timed from the
# launch to the first HTTP 200 of /login (polled every 50 ms), then stopped by ending its process group.
# "first start": no data folder (migrations, demo seeding, a new index); "next start": a fresh copy of the data
# a first start left behind, as a returning developer has it. See tools/startup/README.md.
set -euo pipefail

runs=${1:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
bare=$root/tools/startup/bare-app
app_port=${APP_PORT:-18080}
bare_port=${BARE_PORT:-18081}
work=$root/target/startup-measure
logs=$work/logs
# The demo's data (application-demo.properties): the database file, uploaded documents and the search index.
app_data=(data/centre-cpd-demo.mv.db data/centre-cpd-demo.trace.db data/files-demo data/index-demo)
saved=$root/data/saved-by-startup-measure

now() { date +%s%N; }
seconds() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1e9 }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

answers() { curl -s -o /dev/null -w '%{http_code}' --max-time "${2:-120}" "$1" || true; }

stop_group() {
  local group=$1
  kill -TERM -- "-$group" 2>/dev/null || true
  for _ in $(seq 1 600); do
    pgrep -g "$group" >/dev/null || return 0
    sleep 0.1
  done
  echo "process group $group did not stop in 60 s; killing it" >&2
  kill -KILL -- "-$group" 2>/dev/null || true
}

# The demo data of whoever runs this is put aside first and put back at the end, whatever happens.
restore() {
  local status=$?
  set +e
  if [ -n "${current:-}" ]; then stop_group "$current"; current=""; fi
  if [ -d "$saved" ]; then
    (cd "$root" && rm -rf "${app_data[@]}")
    for f in "$saved"/* "$saved"/.[!.]*; do
      if [ -e "$f" ]; then mv "$f" "$root/data/"; fi
    done
    rmdir "$saved"
  fi
  exit $status
}
trap restore EXIT INT TERM

# start NAME FOLDER PORT MAIN → sets started_ns, jvm_ns (launch to the app's JVM), login_ns, ready_ns (app only)
start() {
  local name=$1 folder=$2 port=$3 main=$4 log=$5
  if [ "$(answers "http://localhost:$port/" 2)" != 000 ]; then
    echo "port $port is taken: set APP_PORT / BARE_PORT" >&2
    exit 1
  fi
  local t0
  t0=$(now)
  (cd "$folder" && PORT=$port exec setsid "$root/mvnw" -q spring-boot:run >"$log" 2>&1) &
  current=$!
  jvm_ns="" login_ns="" ready_ns=""
  for _ in $(seq 1 6000); do
    if [ -z "$jvm_ns" ] && pgrep -s "$current" -f "$main" >/dev/null; then jvm_ns=$(($(now) - t0)); fi
    if [ "$(answers "http://localhost:$port/login")" = 200 ]; then login_ns=$(($(now) - t0)); break; fi
    if ! kill -0 "$current" 2>/dev/null; then echo "$name stopped before answering; see $log" >&2; exit 1; fi
    sleep 0.05
  done
  [ -n "$login_ns" ] || { echo "$name: no login page after 5 minutes; see $log" >&2; exit 1; }
  if [ "$name" = app ]; then
    # Readiness (503 until the app can serve): reported, not part of the ratio.
    for _ in $(seq 1 3000); do
      if [ "$(answers "http://localhost:$port/actuator/health/readiness")" = 200 ]; then ready_ns=$(($(now) - t0)); break; fi
      sleep 0.1
    done
  fi
}

# Waits until the app's JVM has used less than 0.1 s of CPU in each of 3 seconds in a row (at most 3 minutes):
# the demo's documents have been read and indexed, so that the data left behind is what a developer would have.
settle() {
  local pid ticks last quiet=0
  pid=$(pgrep -s "$current" -f "$1" | head -1)
  last=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  for _ in $(seq 1 180); do
    sleep 1
    ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo "$last")
    if [ $((ticks - last)) -lt 10 ]; then quiet=$((quiet + 1)); else quiet=0; fi
    last=$ticks
    [ $quiet -ge 3 ] && return 0
  done
}

fresh_app_data() { (cd "$root" && rm -rf "${app_data[@]}" && if [ "$1" = next ]; then cp -a "$work/app-data/." data/; fi); }
fresh_bare_data() { rm -rf "$bare/data"; if [ "$1" = next ]; then cp -a "$work/bare-data" "$bare/data"; fi; }

mkdir -p "$logs" "$root/data"
rm -rf "$logs"/* "$work/app-data" "$work/bare-data"

echo "Warm-up build of both (test-compile, as spring-boot:run does)..."
(cd "$root" && ./mvnw -q test-compile >"$logs/build-app.log" 2>&1) || { echo "app build failed: $logs/build-app.log" >&2; exit 1; }
(cd "$bare" && "$root/mvnw" -q test-compile >"$logs/build-bare.log" 2>&1) || { echo "bare app build failed: $logs/build-bare.log" >&2; exit 1; }

mkdir -p "$saved"
for f in "${app_data[@]}"; do if [ -e "$root/$f" ]; then mv "$root/$f" "$saved/"; fi; done

echo "Preparing the data of a returning developer (one untimed first start of each)..."
fresh_app_data first
start app "$root" "$app_port" org.centrecpd.Application "$logs/prepare-app.log"
settle org.centrecpd.Application
stop_group "$current"; current=""
mkdir -p "$work/app-data"
(cd "$root" && for f in "${app_data[@]}"; do if [ -e "$f" ]; then cp -a "$f" "$work/app-data/"; fi; done)
fresh_bare_data first
start bare "$bare" "$bare_port" org.centrecpd.bare.BareApplication "$logs/prepare-bare.log"
stop_group "$current"; current=""
cp -a "$bare/data" "$work/bare-data"

declare -A login jvm ready paired this
for run in $(seq 1 "$runs"); do
  # Alternate which goes first, so that a machine getting busier or quieter favours neither.
  if [ $((run % 2)) = 1 ]; then order="app bare"; else order="bare app"; fi
  for when in first next; do
    for who in $order; do
      if [ "$who" = app ]; then
        fresh_app_data "$when"
        start app "$root" "$app_port" org.centrecpd.Application "$logs/$run-$when-app.log"
      else
        fresh_bare_data "$when"
        start bare "$bare" "$bare_port" org.centrecpd.bare.BareApplication "$logs/$run-$when-bare.log"
      fi
      stop_group "$current"; current=""
      login[$who-$when]+="$(seconds "$login_ns") "
      jvm[$who-$when]+="$(seconds "${jvm_ns:-0}") "
      if [ -n "$ready_ns" ]; then ready[$who-$when]+="$(seconds "$ready_ns") "; fi
      this[$who]=$login_ns
      printf 'run %d %-5s start, %-4s: login page %6s s (JVM launched at %5s s)%s\n' "$run" "$when" "$who" \
        "$(seconds "$login_ns")" "$(seconds "${jvm_ns:-0}")" "${ready_ns:+, readiness UP at $(seconds "$ready_ns") s}"
    done
    paired[$when]+="$(awk -v a="${this[app]}" -v b="${this[bare]}" 'BEGIN { printf "%.3f", a / b }') "
  done
done

echo
echo "Medians of $runs alternating runs, launch of ./mvnw -q spring-boot:run to the first 200 of /login:"
# Each round's own ratio compares two starts a minute apart: when the machine's load changes during the run, it is the
# steadier figure of the two.
for when in first next; do
  # shellcheck disable=SC2086
  a=$(median ${login[app-$when]}) b=$(median ${login[bare-$when]})
  # shellcheck disable=SC2086
  printf '%-5s start: app %6s s, bare app %6s s, ratio %s; median of the %d rounds'"'"' own ratios %s (Maven until the JVM: app %s s, bare %s s; app readiness UP at %s s)\n' \
    "$when" "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }')" "$runs" "$(median ${paired[$when]})" \
    "$(median ${jvm[app-$when]})" "$(median ${jvm[bare-$when]})" "$(median ${ready[app-$when]})"
done
echo "Logs: $logs"
