-- POST /check/url for an allowed name (the resolver cache is warm after the first request).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = os.getenv("MOLTR_BENCH_KEY")
wrk.body = "{\"url\":\"https://api.github.com/repos/moltr/shield/issues?state=open\"}"
