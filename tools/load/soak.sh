#!/usr/bin/env bash
# The soak (docs/benchmarks.md, "Soak"): the steady load for 30 minutes, with heap after a full GC, threads,
# database connections (Hikari's MBean), open files and sessions printed every minute, then 35 minutes more
# without load, in which every session times out (30 minutes idle) and should give its memory back.
#   tools/load/soak.sh [h2|postgres] [-Dload.users=300 …]
set -euo pipefail
cd "$(dirname "$0")/../.."
SAMPLE_EVERY=${SAMPLE_EVERY:-60} AFTER_MINUTES=${AFTER_MINUTES:-35} exec tools/load/run.sh steady "${1:-h2}" -Dload.minutes=30 "${@:2}"
