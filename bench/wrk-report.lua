-- wrk's script for bench/harness.ts: the method and body from the environment, and a summary
-- as one JSON line (latencies in microseconds, from wrk's own histogram).
wrk.method = os.getenv("WRK_METHOD") or "GET"
local body = os.getenv("WRK_BODY")
if body and body ~= "" then wrk.body = body end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"durationUs":%d,"failures":%d,"mean":%f,"p50":%d,"p95":%d,"p99":%d}\n',
    summary.requests, summary.duration, e.status + e.connect + e.read + e.write + e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
