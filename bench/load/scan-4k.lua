-- POST /scan/output with a 4 KiB clean text (prose, code, JSON, log lines).
local chunk = "The deploy finished in 42s; see build #1187 for details. "
  .. "def handler(event):\n    return {\"status\": 200, \"items\": len(event[\"records\"])}\n"
  .. "{\"user\":\"alice\",\"action\":\"login\",\"ok\":true,\"ts\":\"2026-11-29T08:00:00Z\"}\n"
  .. "2026-11-29 08:00:01 INFO worker-3 processed batch 77 in 118 ms\n"
local text = ""
while #text < 4096 do text = text .. chunk end
text = text:sub(1, 4096)
local escaped = text:gsub("\\", "\\\\"):gsub("\"", "\\\""):gsub("\n", "\\n")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = os.getenv("MOLTR_BENCH_KEY")
wrk.body = "{\"text\":\"" .. escaped .. "\"}"
