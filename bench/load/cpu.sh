#!/usr/bin/env bash
# Server CPU time per request under wrk load: steadier than requests/s on a shared machine.
# Starts a shield from server/target/moltr.jar (build it first) on a free port, warms it up, then
# reads the server's user+system CPU ticks from /proc/<pid>/stat around a measured wrk run and
# prints requests/s, p99 and CPU µs per request. Bounded: warm-up and run last SECS each.
# Usage: bench/load/cpu.sh [scenario: scan-4k|check-url] [seconds] [connections] [jar]
# MOLTR_JFR=file.jfr records a JFR profile of the measured run.
set -euo pipefail
cd "$(dirname "$0")/../.."
scenario="${1:-scan-4k}"
secs="${2:-10}"
conns="${3:-8}"
jar="${4:-server/target/moltr.jar}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
. bench/load/shield.sh
path=/scan/output; [ "$scenario" = check-url ] && path=/check/url
wrk -t2 -c"$conns" -d"${secs}s" -s "bench/load/$scenario.lua" "http://127.0.0.1:$port$path" >/dev/null
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
[ -n "${MOLTR_JFR:-}" ] && jcmd "$pid" JFR.start name=cpu settings="${MOLTR_JFR_SETTINGS:-profile}" filename="$(realpath -m "$MOLTR_JFR")" >/dev/null
t0=$(ticks)
out="$(wrk -t2 -c"$conns" -d"${secs}s" --latency -s "bench/load/$scenario.lua" "http://127.0.0.1:$port$path")"
t1=$(ticks)
[ -n "${MOLTR_JFR:-}" ] && jcmd "$pid" JFR.stop name=cpu >/dev/null
hz=$(getconf CLK_TCK)
reqs=$(echo "$out" | awk '/requests in/ {print $1}')
rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
errs=$(echo "$out" | grep -E 'Non-2xx|Socket errors' || true)
echo "$scenario $(basename "$jar") $(date +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg): ${rps} req/s, p99 ${p99}," \
  "$(( (t1 - t0) * 1000000 / hz / reqs )) µs server CPU per request ${errs}"
