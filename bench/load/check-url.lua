-- POST /check/url for an allowed name, decided by name (run.sh sets dns_check: false: no DNS here).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = os.getenv("MOLTR_BENCH_KEY")
wrk.body = "{\"url\":\"https://api.github.com/repos/moltr/shield/issues?state=open\"}"
