#!/usr/bin/env bash
# Heap per signed-in UI session on the main views (docs/benchmarks.md, "Heap per signed-in session"): starts the app
# with the demo and load profiles (as run.sh does), then org.centrecpd.load.SessionHeap holds N sessions on each view,
# each a different person of the load data signed in through Vaadin's protocol, and prints the heap after a full GC
# with them less the heap without them, per session, in KB. Stops the app it started.
#
#   tools/load/session-heap.sh [sessions per view (100)] [view …]   # views: home unit-player staff-grid matrix case-study-search
#
# Environment: HISTOGRAM=true also prints, per view, the classes whose instances grew most per session (jcmd
# GC.class_histogram before and after); SETTLE=false leaves each session just after the view's first answer (see the doc);
# LOAD_URL and LOAD_PID for an app already running (with the demo and load profiles); PORT (18094);
# APP_HEAP (2g). The jar comes from ./mvnw -Pproduction package (built here if absent); the measuring program from the
# test classes (compiled here).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-2[5-9]* 2>/dev/null | head -1)}
JAVA="$JAVA_HOME/bin/java"
PORT=${PORT:-18094}
sessions=${1:-100}; shift || true

./mvnw -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/load-classpath.txt
classpath=target/test-classes:target/classes:$(cat target/load-classpath.txt)

started=""
if [[ -z "${LOAD_URL:-}" ]]; then
  jar=$(ls target/centre-cpd-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [[ -z "$jar" ]]; then
    ./mvnw -q -Pproduction package -DskipTests
    jar=$(ls target/centre-cpd-*.jar | grep -v original | head -1)
  fi
  # The jar is copied: a build writing target/ while the app runs from it would break its class loading.
  copy=$(mktemp --suffix=.jar); cp "$jar" "$copy"
  log=target/session-heap-$(date -u +%Y%m%dT%H%M%S).log
  echo "Starting $jar on port $PORT (demo,load); log in $log"
  "$JAVA" -Xmx"${APP_HEAP:-2g}" -jar "$copy" --server.port="$PORT" --spring.profiles.active=demo,load > "$log" 2>&1 &
  LOAD_PID=$!
  started=$LOAD_PID
  trap '[[ -n "$started" ]] && kill "$started" 2>/dev/null; wait "$started" 2>/dev/null || true; rm -f "$copy"' EXIT
  LOAD_URL=http://localhost:$PORT
  for _ in $(seq 1 600); do
    if curl -fs "$LOAD_URL/actuator/health/readiness" >/dev/null 2>&1; then break; fi
    kill -0 "$LOAD_PID" 2>/dev/null || { echo "The app stopped; see $log" >&2; exit 1; }
    sleep 1
  done
fi
"$JAVA" -Dhistogram="${HISTOGRAM:-false}" -Dsettle="${SETTLE:-true}" -cp "$classpath" org.centrecpd.load.SessionHeap "$LOAD_URL" "$LOAD_PID" "$sessions" "$@"
