-- POSTs one verification body with a bearer token; both come from the environment. BENCH_AUTHORIZATION, when
-- set, is the whole Authorization header instead (the peer's "apiKey id:secret").
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("BENCH_AUTHORIZATION") or ("Bearer " .. os.getenv("BENCH_TOKEN"))
wrk.body = os.getenv("BENCH_BODY")
