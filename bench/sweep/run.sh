#!/usr/bin/env bash
# Inactivity sweep benchmark (SPEC §5: 1,000,000 keys swept in under a minute with the heap under 256 MB).
# Starts the packaged app with -Xmx256m on its embedded PostgreSQL in a temporary data directory, loads the
# keys with SQL (bench/sweep/load.sql), runs one sweep through POST /v1/maintenance/expiry-sweep and prints
# its answer, the elapsed time, the heap (sampled from the management port's /q/metrics during the sweep, and after each GC from
# the GC log) and what the database holds afterwards.
# Usage: bench/sweep/run.sh [keys, default 1000000] [accounts, default 1000]
# Environment: BENCH_HEAP (default 256m), BENCH_JAVA_OPTS (extra JVM options), BENCH_KEEP=1 (keep the data dir),
#   BENCH_SYNCHRONOUS_COMMIT (default on, as the service runs; off to compare).
set -euo pipefail
cd "$(dirname "$0")/../.."
KEYS=${1:-1000000}
ACCOUNTS=${2:-1000}
HEAP=${BENCH_HEAP:-256m}

[ -f bootstrap/target/quarkus-app/quarkus-run.jar ] || mvn -q package -DskipTests

# BENCH_SYNCHRONOUS_COMMIT=off measures what durable commits (the embedded default) cost: every connection of
# the app (through the driver's startup options) and of psql asks for it.
SYNCHRONOUS_COMMIT=${BENCH_SYNCHRONOUS_COMMIT:-on}
export PGOPTIONS="-c synchronous_commit=$SYNCHRONOUS_COMMIT"
DATA=$(mktemp -d /tmp/keysmith-sweep-XXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
MANAGEMENT_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
BASE=http://localhost:$PORT
# No scheduled sweep: the benchmark runs exactly one, on demand. Mail is logged, not sent (no SMTP host).
export KEYSMITH_DATA_DIR=$DATA QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT KEYSMITH_BOOTSTRAP_OPERATOR_PASSWORD=bench-operator-password \
  KEYSMITH_EXPIRY_SCHEDULE=off QUARKUS_LOG_CATEGORY__IO_QUARKUS_MAILER__LEVEL=WARN
java -Xmx"$HEAP" -Xlog:gc:file="$DATA/gc.log" ${BENCH_JAVA_OPTS:-} \
  "-Dquarkus.datasource.jdbc.additional-jdbc-properties.options=$PGOPTIONS" -jar bootstrap/target/quarkus-app/quarkus-run.jar \
  > "$DATA/app.log" 2>&1 &
APP=$!
# BENCH_KEEP=1 keeps the data directory (app.log, gc.log, a JFR file if BENCH_JAVA_OPTS asked for one).
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; if [ -n "${BENCH_KEEP:-}" ]; then echo "kept $DATA"; else rm -rf "$DATA"; fi' EXIT
for _ in $(seq 1 120); do curl -sf "$BASE/q/health/ready" >/dev/null && break; sleep 0.5; done

json() { python3 -c "import sys, json; print(json.load(sys.stdin)$1)"; }
post() { curl -sf -X POST -H 'Content-Type: application/json' ${2:+-H "Authorization: Bearer $2"} -d "$3" "$BASE$1"; }
OP=$(post /v1/auth/login "" '{"email":"operator@keysmith.local","password":"bench-operator-password"}' | json "['accessToken']")
post /v1/products "$OP" '{"code":"payments","name":"Payments","keyPrefix":"pay","scopes":["read","write"]}' >/dev/null

PG_PORT=$(grep -o 'jdbc:postgresql://localhost:[0-9]*' "$DATA/app.log" | head -1 | sed 's/.*://')
sql() { psql -h localhost -p "$PG_PORT" -U postgres -d keysmith -v ON_ERROR_STOP=1 "$@"; }
echo "synchronous_commit: $(sql -tA -c 'SHOW synchronous_commit')"
echo "loading $KEYS keys over $ACCOUNTS accounts..."
LOAD_START=$(date +%s.%N)
sql -q -v keys="$KEYS" -v accounts="$ACCOUNTS" -f bench/sweep/load.sql
echo "loaded in $(python3 -c "print(f'{$(date +%s.%N) - $LOAD_START:.1f}')") s"
sql -tA -c "SELECT 'due now (idle > 90 d): ' || count(*) FILTER (WHERE COALESCE(last_used_at, created_at) <= now() - interval '90 days')
              || ', in a warning stage: ' || count(*) FILTER (WHERE COALESCE(last_used_at, created_at) > now() - interval '90 days'
                                                              AND COALESCE(last_used_at, created_at) <= now() - interval '75 days')
              || ', total live: ' || count(*) FROM api_key WHERE status IN ('ACTIVE', 'DISABLED')"

heap() { curl -sf "http://localhost:$MANAGEMENT_PORT/q/metrics" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ { sum += $NF } END { printf "%d\n", sum }'; }
# Samples the heap in use (all heap pools together) twice a second until the sweep ends.
( peak=0; while [ ! -f "$DATA/sweep.done" ]; do h=$(heap || echo 0); [ "$h" -gt "$peak" ] && peak=$h; echo "$peak" > "$DATA/heap.peak"; sleep 0.5; done ) &
SAMPLER=$!
GC_BEFORE=$(wc -l < "$DATA/gc.log")
START=$(date +%s.%N)
RESULT=$(curl -sf --max-time 900 -X POST -H "Authorization: Bearer $OP" "$BASE/v1/maintenance/expiry-sweep")
END=$(date +%s.%N)
touch "$DATA/sweep.done"; wait $SAMPLER

echo "sweep answer: $RESULT"
python3 - "$START" "$END" "$(cat "$DATA/heap.peak")" "$HEAP" <<'PY'
import sys
start, end, peak, limit = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
print(f"elapsed: {end - start:.1f} s   peak heap used (sampled every 0.5 s): {peak / 2**20:.0f} MB   -Xmx{limit}")
PY
tail -n +"$((GC_BEFORE + 1))" "$DATA/gc.log" | python3 -c '
import re, sys
after = [int(m.group(1)) for line in sys.stdin for m in [re.search(r"->(\d+)M\(", line)] if m]
print(f"GCs during the sweep: {len(after)}   heap after GC: max {max(after) if after else 0} MB, last {after[-1] if after else 0} MB")'
# A second sweep right after finds nothing left to do: nothing is warned or expired twice.
START=$(date +%s.%N)
AGAIN=$(curl -sf --max-time 900 -X POST -H "Authorization: Bearer $OP" "$BASE/v1/maintenance/expiry-sweep")
echo "second sweep: $AGAIN in $(python3 -c "print(f'{$(date +%s.%N) - $START:.1f}')") s"
sql -tA -c "SELECT 'after: ' || string_agg(status || ' ' || n, ', ' ORDER BY status) FROM (SELECT status, count(*) n FROM api_key GROUP BY status) s"
sql -tA -c "SELECT 'notifications: ' || count(*) FROM notification"
sql -tA -c "SELECT 'emails: ' || count(*) || ' (' || count(*) FILTER (WHERE sent_at IS NOT NULL) || ' sent so far by the outbox worker)' FROM outbox WHERE kind = 'EXPIRY_WARNING'"
sql -tA -c "SELECT 'audit events: ' || count(*) FROM audit_event WHERE actor_type = 'SYSTEM'"
