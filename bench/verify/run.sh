#!/usr/bin/env bash
# Verification benchmark (SPEC §5): wrk on loopback against the packaged app on its embedded PostgreSQL.
#   (a) verify a valid key  (b) verify an unknown well-formed key  (c) verify a malformed key
#   (d) the liveness endpoint, the baseline
#   (e) verify 100,000 random unknown well-formed keys (issue 17 (b): a flood of made-up keys with valid checksums)
# Same connections and duration for each, in one run; prints requests/s, p50, p99, the ratio (a)/(d), and
# the number of SQL statements PostgreSQL executed during (a).
# Usage: bench/verify/run.sh [duration, default 20s] [connections, default 32]
# Environment: BENCH_SYNCHRONOUS_COMMIT (default on, as the service runs; off to compare), BENCH_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-20s}
CONNECTIONS=${2:-32}
HERE=bench/verify

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f bootstrap/target/quarkus-app/quarkus-run.jar ] || mvn -q package -DskipTests

# BENCH_SYNCHRONOUS_COMMIT=off measures what durable commits (the embedded default) cost: every connection of
# the app (through the driver's startup options) and of psql asks for it.
SYNCHRONOUS_COMMIT=${BENCH_SYNCHRONOUS_COMMIT:-on}
export PGOPTIONS="-c synchronous_commit=$SYNCHRONOUS_COMMIT"
DATA=$(mktemp -d /tmp/keysmith-bench-XXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
BASE=http://localhost:$PORT
export KEYSMITH_DATA_DIR=$DATA QUARKUS_HTTP_PORT=$PORT KEYSMITH_BOOTSTRAP_OPERATOR_PASSWORD=bench-operator-password
java -Xmx512m ${BENCH_JAVA_OPTS:-} "-Dquarkus.datasource.jdbc.additional-jdbc-properties.options=$PGOPTIONS" -jar bootstrap/target/quarkus-app/quarkus-run.jar > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "$BASE/q/health/ready" >/dev/null && break; sleep 0.5; done

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
KEY=$(post "/v1/accounts/$ACCOUNT_ID/keys" "$OWNER" '{"product":"payments","name":"Bench key","pin":"482913"}' | json "['secret']")
CLIENT=$(post /v1/verifier-clients "$OP" '{"name":"Bench backend","products":["payments"]}')
VERIFIER=$(curl -sf -X POST -d grant_type=client_credentials -d "client_id=$(echo "$CLIENT" | json "['clientId']")" \
  -d "client_secret=$(echo "$CLIENT" | json "['clientSecret']")" "$BASE/v1/auth/token" | json "['access_token']")
# A well-formed key nobody holds: a valid key with its random part changed and the checksum recomputed.
UNKNOWN=$(python3 - "$KEY" <<'PY'
import sys, zlib
key = sys.argv[1]
alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
prefix = key[:key.rindex("_") + 1]
random = ("Z" if key[len(prefix)] != "Z" else "Y") + key[len(prefix) + 1:-6]
crc = zlib.crc32(random.encode())
digits = ""
for _ in range(6):
    digits = alphabet[crc % 62] + digits
    crc //= 62
print(prefix + random + digits)
PY
)
MALFORMED="${KEY:0:-1}x"
# 100,000 well-formed keys nobody holds, for (e): random parts with their CRC32 checksum in base62.
python3 - "$KEY" "$DATA/unknown-keys.txt" <<'PY'
import random, sys, zlib
key, path = sys.argv[1], sys.argv[2]
alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
prefix = key[:key.rindex("_") + 1]
length = len(key) - len(prefix) - 6
rng = random.Random(17)
with open(path, "w") as out:
    for _ in range(100_000):
        part = "".join(rng.choice(alphabet) for _ in range(length))
        crc = zlib.crc32(part.encode())
        digits = ""
        for _ in range(6):
            digits = alphabet[crc % 62] + digits
            crc //= 62
        out.write(prefix + part + digits + "\n")
PY

PG_PORT=$(grep -o 'jdbc:postgresql://localhost:[0-9]*' "$DATA/app.log" | head -1 | sed 's/.*://')
statements() { psql -h localhost -p "$PG_PORT" -U postgres -d keysmith -tAc \
  "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = 'keysmith'"; }

verify_body() { printf '{"key":"%s","product":"payments"}' "$1"; }
for label in valid unknown malformed; do
  case $label in valid) K=$KEY;; unknown) K=$UNKNOWN;; malformed) K=$MALFORMED;; esac
  echo "$label: $(post /v1/keys/verify "$VERIFIER" "$(verify_body "$K")")"
done

run() { # name, url, body (empty for GET)
  if [ -n "$3" ]; then
    BENCH_TOKEN=$VERIFIER BENCH_BODY=$3 wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s $HERE/verify.lua "$2" > "$DATA/$1.txt"
  else
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2" > "$DATA/$1.txt"
  fi
  python3 - "$1" "$DATA/$1.txt" <<'PY'
import re, sys
text = open(sys.argv[2]).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
def pct(p):
    v, unit = re.search(r"\s%s%%\s+([\d.]+)(us|ms|s)" % p, text).groups()
    return float(v) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"{sys.argv[1]:<22} {rps:>10.0f} req/s   p50 {pct(50):6.2f} ms   p99 {pct(99):6.2f} ms"
      + (f"   non-2xx {errors.group(1)}" if errors else ""))
open(sys.argv[2] + ".rps", "w").write(str(rps))
PY
}

echo "wrk: $CONNECTIONS connections, 2 threads, $DURATION each, loopback, $(nproc) cores, synchronous_commit $SYNCHRONOUS_COMMIT"
# Warm up the JIT and the snapshot cache.
BENCH_TOKEN=$VERIFIER BENCH_BODY=$(verify_body "$KEY") wrk -t2 -c"$CONNECTIONS" -d5s -s $HERE/verify.lua "$BASE/v1/keys/verify" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d3s "$BASE/q/health/live" >/dev/null
BEFORE=$(statements)
run "(a) verify valid" "$BASE/v1/keys/verify" "$(verify_body "$KEY")"
AFTER=$(statements)
run "(b) verify unknown" "$BASE/v1/keys/verify" "$(verify_body "$UNKNOWN")"
run "(c) verify malformed" "$BASE/v1/keys/verify" "$(verify_body "$MALFORMED")"
run "(d) liveness" "$BASE/q/health/live" ""
BEFORE_E=$(statements)
BENCH_KEYS="$DATA/unknown-keys.txt" BENCH_PRODUCT=payments BENCH_TOKEN=$VERIFIER \
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s $HERE/random-keys.lua "$BASE/v1/keys/verify" > "$DATA/(e) random unknown.txt"
AFTER_E=$(statements)
python3 - "(e) random unknown" "$DATA/(e) random unknown.txt" <<'PY'
import re, sys
text = open(sys.argv[2]).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
def pct(p):
    v, unit = re.search(r"\s%s%%\s+([\d.]+)(us|ms|s)" % p, text).groups()
    return float(v) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"{sys.argv[1]:<22} {rps:>10.0f} req/s   p50 {pct(50):6.2f} ms   p99 {pct(99):6.2f} ms"
      + (f"   non-2xx {errors.group(1)}" if errors else ""))
PY
python3 - "$DATA" <<'PY'
import sys
a = float(open(sys.argv[1] + "/(a) verify valid.txt.rps").read())
d = float(open(sys.argv[1] + "/(d) liveness.txt.rps").read())
print(f"ratio (a)/(d): {a / d:.2f}")
PY
REQUESTS=$(python3 -c "import re;print(int(float(re.search(r'(\d+) requests in', open('$DATA/(a) verify valid.txt').read()).group(1))))")
echo "SQL transactions during (a): $((AFTER - BEFORE)) for $REQUESTS verifications (includes the batched last-use flushes)"
REQUESTS_E=$(python3 -c "import re;print(int(float(re.search(r'(\d+) requests in', open('$DATA/(e) random unknown.txt').read()).group(1))))")
echo "SQL transactions during (e): $((AFTER_E - BEFORE_E)) for $REQUESTS_E verifications of random unknown keys"
