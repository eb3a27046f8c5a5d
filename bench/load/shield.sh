# Sourced by the load scripts: starts a shield from $jar on a free loopback port with a throwaway
# data directory, and stops it (and removes the directory) when the script exits.
# Sets: tmp, port, pid, MOLTR_BENCH_KEY (the API key the wrk scripts send).
tmp="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
export MOLTR_BENCH_KEY="bench_$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# This machine has no DNS: the benchmark config decides by names only (dns_check: false), which is
# what an allowed name costs once its resolution is cached.
cp -r config "$tmp/config"
sed -i 's/dns_check: true/dns_check: false/' "$tmp/config/default.yaml"
# One client sends everything here: raise its per-minute limits out of reach, so the limiter
# still counts every request (its cost is part of the figure) but never answers 429.
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
