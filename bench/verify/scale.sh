#!/usr/bin/env bash
# Verification at scale (issue 17): the packaged app on its embedded PostgreSQL holding N live keys.
#   (a) a 300,000-key working set of live keys, one picked at random per request (default cache size)
#   (b) 100,000 random well-formed unknown keys (valid checksums), one picked at random per request
#   (c) the single warm key (through the same Lua script, so wrk's own per-request cost is the same in all three)
# The keys are written straight into api_key with COPY (bench/verify/scale-keys.py: Keysmith's key format,
# HMAC-SHA-256 under the app's own pepper from its data directory), then the app is restarted to measure its
# start-up with N keys and the heap of the filter of stored digests and the cache. Each scenario gets a warm-up
# of its own before it is measured; wrk -t2 -c32. Prints req/s, p50, p99 and the SQL transactions PostgreSQL
# committed per verification (pg_stat_database), with the load average of the machine.
# Usage: bench/verify/scale.sh [keys, default 1000000] [duration, default 30s] [warm-up, default 30s]
# The JVM gets the options the container gives it (bootstrap/src/main/docker/jvm.options), then BENCH_JAVA_OPTS.
# Environment: BENCH_JAVA_OPTS (default -Xmx512m), BENCH_CONNECTIONS (default 32).
set -euo pipefail
cd "$(dirname "$0")/../.."
KEYS=${1:-1000000}
DURATION=${2:-30s}
WARMUP=${3:-30s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}
HERE=bench/verify

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f bootstrap/target/quarkus-app/quarkus-run.jar ] || mvn -o -q package -DskipTests -pl bootstrap -am

DATA=$(mktemp -d /tmp/keysmith-scale-XXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
MANAGEMENT_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
BASE=http://localhost:$PORT
export KEYSMITH_DATA_DIR=$DATA QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT KEYSMITH_BOOTSTRAP_OPERATOR_PASSWORD=bench-operator-password
APP=
start() { # log file; sets APP
  # shellcheck disable=SC2086
  java @bootstrap/src/main/docker/jvm.options $JAVA_OPTS -jar bootstrap/target/quarkus-app/quarkus-run.jar > "$1" 2>&1 &
  APP=$!
}
stop() { [ -z "$APP" ] || { kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null || true; APP=; }; }
trap 'stop; rm -rf "$DATA"' EXIT
ready() { for _ in $(seq 1 1200); do curl -sf "$BASE/q/health/ready" >/dev/null && return 0; sleep 0.1; done; return 1; }
load() { uptime | sed 's/.*load average: /load average /'; }
# Heap in use right after a full GC (jcmd GC.run, then GC.heap_info's "used"), in MB.
heap_after_gc() {
  jcmd "$APP" GC.run >/dev/null
  jcmd "$APP" GC.heap_info | python3 -c '
import re, sys
text = sys.stdin.read()
used = re.search(r"used (\d+)K", text)
print(round(int(used.group(1)) / 1024, 1))'
}

elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(date +%s.%N)"; }
STARTED=$(date +%s.%N)
start "$DATA/app-1.log"
ready
FIRST_READY=$(elapsed "$STARTED")

json() { python3 -c "import sys, json; print(json.load(sys.stdin)$1)"; }
post() { curl -sf -X POST -H 'Content-Type: application/json' ${2:+-H "Authorization: Bearer $2"} -d "$3" "$BASE$1"; }
OP=$(post /v1/auth/login "" '{"email":"operator@keysmith.local","password":"bench-operator-password"}' | json "['accessToken']")
post /v1/products "$OP" '{"code":"payments","name":"Payments","keyPrefix":"pay","scopes":["read","write"]}' >/dev/null
ACCOUNT=$(post /v1/accounts "$OP" '{"name":"Bench","owner":{"email":"owner@bench.example","displayName":"Owner"}}')
ACCOUNT_ID=$(echo "$ACCOUNT" | json "['id']")
INVITE=$(echo "$ACCOUNT" | json "['ownerInvitation']['token']")
post "/v1/invitations/$INVITE/accept" "" '{"displayName":"Owner","password":"bench-owner-password","pin":"482913"}' >/dev/null
post "/v1/accounts/$ACCOUNT_ID/approve" "$OP" '' >/dev/null
curl -sf -X PUT -H "Authorization: Bearer $OP" "$BASE/v1/accounts/$ACCOUNT_ID/products/payments" >/dev/null
OWNER=$(post /v1/auth/login "" '{"email":"owner@bench.example","password":"bench-owner-password"}' | json "['accessToken']")
KEY=$(post "/v1/accounts/$ACCOUNT_ID/keys" "$OWNER" '{"product":"payments","name":"Warm key","pin":"482913"}' | json "['secret']")
CLIENT=$(post /v1/verifier-clients "$OP" '{"name":"Bench backend","products":["payments"]}')
CLIENT_ID=$(echo "$CLIENT" | json "['clientId']")
CLIENT_SECRET=$(echo "$CLIENT" | json "['clientSecret']")
BASELINE_HEAP=$(heap_after_gc)

pg_port() { grep -o 'jdbc:postgresql://localhost:[0-9]*' "$1" | head -1 | sed 's/.*://'; }
PG_PORT=$(pg_port "$DATA/app-1.log")
sql() { PGCLIENTENCODING=UTF8 psql -h localhost -p "$PG_PORT" -U postgres -d keysmith -v ON_ERROR_STOP=1 -qtAc "$1"; }

echo "writing $KEYS keys ($(load))"
SECONDS=0
python3 $HERE/scale-keys.py "$DATA/pepper" "$ACCOUNT_ID" "$KEYS" "$DATA"
GENERATED=$SECONDS
sql "\\copy api_key (id, account_id, product_code, name, scopes, ip_allowlist, created_at, last_used_at, status, secret_hash, hint) FROM '$DATA/api_key.tsv'"
sql "VACUUM ANALYZE api_key" >/dev/null
echo "keys generated in ${GENERATED} s, copied in $((SECONDS - GENERATED)) s; api_key holds $(sql 'SELECT count(*) FROM api_key') rows"

# Restart with N keys: ready is the health probe answering UP; the filter is in use once its load is logged.
stop
STARTED=$(date +%s.%N)
start "$DATA/app-2.log"
ready
READY=$(elapsed "$STARTED")
for _ in $(seq 1 1200); do grep -q 'filter of stored digests loaded' "$DATA/app-2.log" && break; sleep 0.1; done
FILTER=$(elapsed "$STARTED")
PG_PORT=$(pg_port "$DATA/app-2.log")
echo "start-up with 1 key: ready in $FIRST_READY s; restart with $KEYS keys: ready in $READY s, filter in use after $FILTER s ($(load))"
echo "Quarkus: first start $(grep -o 'started in [0-9.]*s' "$DATA/app-1.log" | head -1), restart $(grep -o 'started in [0-9.]*s' "$DATA/app-2.log" | head -1)"
grep -o 'filter of stored digests loaded.*' "$DATA/app-2.log" | head -1
FILTER_HEAP=$(heap_after_gc)

VERIFIER=$(curl -sf -X POST -d grant_type=client_credentials -d "client_id=$CLIENT_ID" -d "client_secret=$CLIENT_SECRET" \
  "$BASE/v1/auth/token" | json "['access_token']")
verify_code() { post /v1/keys/verify "$VERIFIER" "{\"key\":\"$1\",\"product\":\"payments\"}" | json "['code']"; }
echo "a loaded key answers $(verify_code "$(head -1 "$DATA/live-keys.txt")"), an unknown one $(verify_code "$(head -1 "$DATA/unknown-keys.txt")")"
transactions() { sql "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = 'keysmith'"; }
# Autovacuum and autoanalyze runs on api_key so far: (a)'s last-use writes leave dead rows behind, and PostgreSQL's
# work on them shares the two cores with whatever is measured next.
vacuums() { sql "SELECT autovacuum_count + autoanalyze_count FROM pg_stat_user_tables WHERE relname = 'api_key'"; }
# The snapshot's hit and miss counters (Micrometer, on the management port): "hits misses".
lookups() {
  curl -sf "http://localhost:$MANAGEMENT_PORT/q/metrics" \
    | awk '/^keysmith_snapshot_hits_total/ { h = $2 } /^keysmith_snapshot_misses_total/ { m = $2 } END { printf "%d %d", h, m }'
}
report() { # name, wrk output, transactions, lookups before, lookups after
  python3 - "$1" "$2" "$3" "$(load)" "$4" "$5" <<'PY'
import re, sys
name, path, transactions, load = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
(h0, m0), (h1, m1) = (map(int, sys.argv[5].split()), map(int, sys.argv[6].split()))
hits, misses = h1 - h0, m1 - m0
ratio = f"   cache hits {100 * hits / (hits + misses):5.1f} %" if hits + misses else ""
text = open(path).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
requests = int(re.search(r"(\d+) requests in", text).group(1))
def pct(p):
    v, unit = re.search(r"\s%s%%\s+([\d.]+)(us|ms|s)" % p, text).groups()
    return float(v) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"{name:<24} {rps:>8.0f} req/s   p50 {pct(50):6.2f} ms   p99 {pct(99):7.2f} ms   "
      f"{transactions / requests:.4f} transactions/verification ({transactions} for {requests})"
      + ratio + (f"   non-2xx {errors.group(1)}" if errors else "") + f"   {load}")
PY
}
scenario() { # name, lua script, then environment assignments for it
  local name=$1 script=$2
  shift 2
  local vacuumed measuring
  vacuumed=$(vacuums)
  env "$@" BENCH_TOKEN="$VERIFIER" BENCH_PRODUCT=payments \
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$script" "$BASE/v1/keys/verify" >/dev/null
  measuring=$(vacuums)
  local before after looked
  before=$(transactions)
  looked=$(lookups)
  env "$@" BENCH_TOKEN="$VERIFIER" BENCH_PRODUCT=payments \
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" "$BASE/v1/keys/verify" > "$DATA/$name.txt"
  sleep 1 # PostgreSQL publishes a backend's counters at most once a second
  after=$(transactions)
  report "$name" "$DATA/$name.txt" $((after - before)) "$looked" "$(lookups)"
  echo "    autovacuum/autoanalyze runs on api_key: $((measuring - vacuumed)) in the warm-up, $(($(vacuums) - measuring)) measured"
}

echo "wrk: $CONNECTIONS connections, 2 threads, $WARMUP warm-up then $DURATION measured per scenario, loopback, $(nproc) cores"
scenario "(a) 300k working set" $HERE/random-keys.lua BENCH_KEYS="$DATA/live-keys.txt"
CACHE_HEAP=$(heap_after_gc)
# Cached answers are KeySnapshot records (one per cached key; unknown digests the filter let through are cached as
# empty answers): counted in a class histogram of the live heap.
jcmd "$APP" GC.class_histogram > "$DATA/histogram.txt"
CACHED=$(awk '$4 ~ /KeySnapshotPort\$KeySnapshot$/ { print $2 }' "$DATA/histogram.txt")
scenario "(b) 100k unknown" $HERE/random-keys.lua BENCH_KEYS="$DATA/unknown-keys.txt"
# The warm key through the same Lua script as (a) and (b), from a file of one line: wrk's per-request work (picking a
# key, building the body) costs the same in all three, so their ratio is the service's.
echo "$KEY" > "$DATA/warm-key.txt"
scenario "(c) one warm key" $HERE/random-keys.lua BENCH_KEYS="$DATA/warm-key.txt"
echo "heap used after a full GC: ${BASELINE_HEAP} MB before the keys were written, ${FILTER_HEAP} MB after the restart" \
  "with $KEYS keys (filter loaded, cache empty), ${CACHE_HEAP} MB after (a) (${CACHED:-?} KeySnapshot records cached)"
echo "the live heap after (a) by class, largest first (jcmd GC.class_histogram):"
sed -n '1,18p' "$DATA/histogram.txt"
