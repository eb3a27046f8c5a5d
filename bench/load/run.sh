#!/usr/bin/env bash
# Loopback load run of the HTTP API with wrk (Debian package `wrk`).
# Starts a shield on a free port with a throwaway data directory, runs each scenario for a
# bounded time, prints wrk's figures (requests/s and latency percentiles), and stops the shield.
# Usage: bench/load/run.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
secs="${1:-15}"
conns="${2:-32}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }

./mvnw -q -B -DskipTests -pl server -am package
jar=server/target/moltr.jar
. bench/load/shield.sh
for scenario in ${MOLTR_BENCH_SCENARIOS:-scan-4k check-url}; do
  path=/scan/output; [ "$scenario" = check-url ] && path=/check/url
  wrk -t2 -c"$conns" -d15s -s "bench/load/$scenario.lua" "http://127.0.0.1:$port$path" >/dev/null  # warm-up (JIT)
  echo "== $scenario: POST $path, ${secs}s, $conns connections, 2 wrk threads"
  wrk -t2 -c"$conns" -d"${secs}s" --latency -s "bench/load/$scenario.lua" "http://127.0.0.1:$port$path"
done
