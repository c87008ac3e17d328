#!/usr/bin/env bash
# Stops what ops/cluster/start.sh started: HAProxy, the app nodes (in order: each drains, then stops), GreenMail,
# S3Mock, OpenSearch and PostgreSQL. Leaves the data (ops/cluster/run/) for the next start; remove that folder to start afresh.
set -uo pipefail
source "$(dirname "$0")/env.sh"

stop_pid() { # name pidfile
  local name=$1 pidfile=$2 pid
  [[ -f $pidfile ]] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    printf 'Stopping %s (pid %s)\n' "$name" "$pid"
    kill -TERM "$pid"
    for _ in $(seq 1 90); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then
      printf '%s did not stop in 90 s: killing it\n' "$name"
      kill -KILL "$pid"
    fi
  fi
  rm -f "$pidfile"
}

stop_pid HAProxy "$RUN/haproxy.pid"
stop_pid "node 1" "$RUN/node-1.pid" &
stop_pid "node 2" "$RUN/node-2.pid" &
wait
stop_pid GreenMail "$RUN/greenmail.pid"
stop_pid S3Mock "$RUN/s3.pid"
stop_pid OpenSearch "$RUN/opensearch.pid"
if [[ -f $RUN/pgdata/PG_VERSION ]] && as_postgres "$PG_BIN/pg_ctl" -D "$RUN/pgdata" status >/dev/null 2>&1; then
  echo "Stopping PostgreSQL"
  as_postgres "$PG_BIN/pg_ctl" -D "$RUN/pgdata" -m fast -w stop >/dev/null
fi
echo "Cluster stopped."
