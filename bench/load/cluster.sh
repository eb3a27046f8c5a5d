#!/usr/bin/env bash
# Cluster mode under load (loopback only, bounded): `POST /check/url` on
#   1. one node, embedded (no Redis),
#   2. one node in cluster mode (rate limiter and kill switch in Redis),
#   3. two nodes sharing one Redis, each loaded by its own wrk at the same time.
# The difference between 1 and 2 is the added latency of the shared rate limiter (one Redis
# round trip per request). Needs wrk and redis-server (Debian packages).
# Usage: bench/load/cluster.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
secs="${1:-15}"
conns="${2:-8}"
for bin in wrk redis-server redis-cli curl; do
  command -v "$bin" >/dev/null || { echo "$bin is needed (apt-get install -y wrk redis-server curl)" >&2; exit 2; }
done
./mvnw -q -B -DskipTests -pl server -am package
tmp="$(mktemp -d)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
export MOLTR_BENCH_KEY="bench_$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
jwt="$(head -c 48 /dev/urandom | od -An -tx1 | tr -d ' \n')"
cp -r config "$tmp/config"
sed -i 's/dns_check: true/dns_check: false/' "$tmp/config/default.yaml"
sed -i -E 's/^(    (health|scan|check)): [0-9]+/\1: 1000000/' "$tmp/config/default.yaml"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

redis_port="$(free_port)"
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --dir "$tmp" >"$tmp/redis.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done

# start_node NAME PORT [REDIS_URL]
start_node() {
  local name="$1" port="$2" url="${3:-}"
  env MOLTR_API_KEYS="$MOLTR_BENCH_KEY" MOLTR_JWT_SECRET="$jwt" MOLTR_REDIS_URL="$url" MOLTR_NODE_ID="$name" \
    java ${MOLTR_JAVA_OPTS:--XX:+UseParallelGC} -jar server/target/moltr.jar serve \
    --port "$port" --proxy-port 0 --config-dir "$tmp/config" --data-dir "$tmp/data-$name" --log-dir "$tmp/logs-$name" \
    >"$tmp/serve-$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 300); do
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "node $name did not start:" >&2; cat "$tmp/serve-$name.log" >&2; exit 1
}

load() { # load PORT SECONDS [--latency] [CONNECTIONS]
  wrk -t1 -c"${4:-$conns}" -d"$2s" ${3:-} -s bench/load/check-url.lua "http://127.0.0.1:$1/check/url"
}

p1="$(free_port)"
start_node solo "$p1"
load "$p1" 15 >/dev/null
echo "== 1. one node, embedded: POST /check/url, ${secs}s, $conns connections"
load "$p1" "$secs" --latency
echo "== 1b. one node, embedded, one connection (latency without queueing)"
load "$p1" 10 --latency 1
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

pa="$(free_port)"; pb="$(free_port)"
start_node a "$pa" "redis://127.0.0.1:$redis_port"
load "$pa" 15 >/dev/null
echo "== 2. one node, cluster mode (limiter in Redis): POST /check/url, ${secs}s, $conns connections"
load "$pa" "$secs" --latency
echo "== 2b. one node, cluster mode, one connection (latency without queueing)"
load "$pa" 10 --latency 1

start_node b "$pb" "redis://127.0.0.1:$redis_port"
load "$pb" 15 >/dev/null
echo "== 3. two nodes sharing Redis, loaded at once: POST /check/url, ${secs}s, $conns connections each"
load "$pa" "$secs" --latency >"$tmp/wrk-a.txt" &
wa=$!
load "$pb" "$secs" --latency >"$tmp/wrk-b.txt"
wait "$wa"
echo "-- node a"; cat "$tmp/wrk-a.txt"
echo "-- node b"; cat "$tmp/wrk-b.txt"
echo "-- Redis: $(redis-cli -p "$redis_port" info stats | grep -E 'total_commands_processed|instantaneous_ops_per_sec' | tr -d '\r' | tr '\n' ' ')"
