#!/usr/bin/env bash
# The load tests (docs/benchmarks.md, "Load through Vaadin's protocol"): starts the app with the demo and load
# profiles, runs the Gatling simulation against it, and prints requests per second, p50/p95/p99 per request
# kind, the app's CPU and its heap after a full GC. Stops the app it started.
#
#   tools/load/run.sh steady   [h2|postgres] [-Dload.users=300 -Dload.minutes=10 …]
#   tools/load/run.sh deadline [h2|postgres] [-Dload.sign-ins=1000 -Dload.minutes=2 …]
#   tools/load/run.sh smoke    [h2|postgres]      # 20 users for 30 seconds, fails on any error
#
# Environment:
#   LOAD_URL, LOAD_PID   an app already running (with the demo and load profiles): nothing is started;
#   APP_LOG              then its log, to count the ERROR lines the run adds
#   PORT                 the port to start the app on (18094)
#   APP_CPUS, GATLING_CPUS  pin the app and Gatling to cores (taskset lists, e.g. 0 and 1): the split stated
#   APP_HEAP             the app's -Xmx (2g)
#   SAMPLE_EVERY         seconds between samples of heap after GC, threads, DB connections, open files and
#                        sessions while the load runs (the soak, tools/load/soak.sh, uses 60); none if unset
#   AFTER_MINUTES        keep sampling this long after the load stops (the soak: sessions time out after 30)
#   DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD  the PostgreSQL database for "postgres" (an empty one:
#                        the load data is seeded into it, and it then holds the load logins)
# The app's jar comes from ./mvnw -Pproduction package (built here if absent).
set -euo pipefail
cd "$(dirname "$0")/../.."

shape=${1:-smoke}; shift || true
database=${1:-h2}
if [[ "$database" == h2 || "$database" == postgres ]]; then shift || true; else database=h2; fi
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-2[5-9]* 2>/dev/null | head -1)}
JAVA="$JAVA_HOME/bin/java"
PORT=${PORT:-18094}
out=target/load-$shape-$database-$(date -u +%Y%m%dT%H%M%S)
mkdir -p "$out"

case "$shape" in
  smoke)    props=(-Dload.shape=steady -Dload.users=20 -Dload.seconds=30 -Dload.ramp-seconds=5 -Dload.think-ms=1000) ;;
  steady)   props=(-Dload.shape=steady) ;;
  deadline) props=(-Dload.shape=deadline) ;;
  *) echo "Shape: smoke, steady or deadline" >&2; exit 2 ;;
esac

pin() { local cpus=$1; shift; if [[ -n "$cpus" ]]; then taskset -c "$cpus" "$@"; else "$@"; fi; }

started=""
if [[ -z "${LOAD_URL:-}" ]]; then
  jar=$(ls target/centre-cpd-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [[ -z "$jar" ]]; then
    ./mvnw -q -Pproduction package -DskipTests -Dsurefire.skip=true
    jar=$(ls target/centre-cpd-*.jar | grep -v original | head -1)
  fi
  profiles=demo,load
  [[ "$database" == postgres ]] && profiles=demo,load,postgres
  echo "Starting $jar on port $PORT ($profiles); log in $out/app.log"
  # Not through pin(): a function sent to the background runs in a subshell, and $! would be that shell's pid, not
  # the app's (the probe then failed to attach). taskset replaces itself with the program, so its pid is the app's.
  pinned=()
  [[ -n "${APP_CPUS:-}" ]] && pinned=(taskset -c "$APP_CPUS")
  "${pinned[@]}" "$JAVA" -Xmx"${APP_HEAP:-2g}" -jar "$jar" --server.port="$PORT" --spring.profiles.active="$profiles" \
    --spring.datasource.hikari.register-mbeans=true --server.tomcat.mbeanregistry.enabled=true > "$out/app.log" 2>&1 &
  LOAD_PID=$!
  started=$LOAD_PID
  trap '[[ -n "$started" ]] && kill "$started" 2>/dev/null; wait "$started" 2>/dev/null || true' EXIT
  LOAD_URL=http://localhost:$PORT
  for _ in $(seq 1 600); do
    if curl -fs "$LOAD_URL/actuator/health/readiness" >/dev/null 2>&1; then break; fi
    kill -0 "$LOAD_PID" 2>/dev/null || { echo "The app stopped; see $out/app.log" >&2; exit 1; }
    sleep 1
  done
  grep -h "Load data" "$out/app.log" | sed 's/.*: Load data/Load data/' || true
fi

probe() { "$JAVA" tools/load/JvmProbe.java "$LOAD_PID" "$@"; }
before=$(probe nogc)
log=${APP_LOG:-$out/app.log}
count_errors() { if [[ -f "$log" ]]; then grep -c " ERROR " "$log" || true; else echo 0; fi; }
errors_before=$(count_errors)
t0=$(date +%s)
sampler=""
if [[ -n "${SAMPLE_EVERY:-}" ]]; then
  {
    printf 'minute %s\n' "$(probe header | head -1)"
    while sleep "$SAMPLE_EVERY"; do
      printf '%6.1f %s\n' "$(awk -v s="$(( $(date +%s) - t0 ))" 'BEGIN { print s / 60 }')" "$(probe | tail -1)"
    done
  } | tee "$out/series.txt" &
  sampler=$!
fi
set +e
pin "${GATLING_CPUS:-}" ./mvnw -q -Pload gatling:test -Dload.url="$LOAD_URL" "${props[@]}" "$@" > "$out/gatling.log" 2>&1
status=$?
set -e
t1=$(date +%s)
if [[ -n "$sampler" ]]; then
  echo "Load stopped after $(( (t1 - t0) / 60 )) minutes; sampling ${AFTER_MINUTES:-0} minutes more"
  sleep $(( ${AFTER_MINUTES:-0} * 60 ))
  kill "$sampler" 2>/dev/null || true
fi
after=$(probe)
errors=$(( $(count_errors) - errors_before ))

report=$(ls -td target/gatling/workingmorningsimulation-* | head -1)
python3 tools/load/summary.py "$report/index.html"
read -r _ cpu0 _ <<<"$before"
read -r heap cpu1 threads files active idle total waiting sessions <<<"$after"
awk -v c0="$cpu0" -v c1="$cpu1" -v s="$((t1 - t0))" -v h="$heap" -v t="$threads" -v f="$files" -v a="$active" \
    -v i="$idle" -v n="$total" -v ss="$sessions" -v e="$errors" 'BEGIN {
  printf "app CPU: %.0f s in %d s of the run (%.2f cores)\n", c1 - c0, s, (c1 - c0) / s
  printf "app heap after full GC: %.0f MB; threads %d; open files %d; DB connections active %s idle %s total %s; sessions %s\n", h, t, f, a, i, n, ss
  printf "ERROR lines the run added to the app log: %s\n", e }'
grep -E "^(Global|.*: (true|false))" "$out/gatling.log" | sed 's/^/assertion: /' || true
echo "Gatling report: $report/index.html; logs in $out"
# A listener's exception reaches no client: an ERROR in the app's log fails the run as a KO would.
if [[ "$errors" -gt 0 && "$status" -eq 0 ]]; then status=1; fi
exit $status
