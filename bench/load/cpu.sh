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
tmp="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
export MOLTR_BENCH_KEY="bench_$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
cp -r config "$tmp/config"
sed -i 's/dns_check: true/dns_check: false/' "$tmp/config/default.yaml"
sed -i -E 's/^(    (health|scan|check)): [0-9]+/\1: 1000000/' "$tmp/config/default.yaml"
MOLTR_API_KEYS="$MOLTR_BENCH_KEY" java ${MOLTR_JAVA_OPTS:--XX:+UseParallelGC} -jar "$jar" serve \
  --port "$port" --proxy-port 0 --config-dir "$tmp/config" --data-dir "$tmp/data" --log-dir "$tmp/logs" \
  >"$tmp/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$tmp"; exit 0' EXIT
for _ in $(seq 1 300); do
  curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 0.2
done
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
