#!/usr/bin/env bash
# Verification benchmark (SPEC §5): wrk on loopback against the packaged app on its embedded PostgreSQL.
#   (a) verify a valid key  (b) verify an unknown well-formed key  (c) verify a malformed key
#   (d) the liveness endpoint, the baseline
#   (e) verify 100,000 random unknown well-formed keys (issue 17 (b): a flood of made-up keys with valid checksums)
#   (f) the peer: express-gateway 1.16.11, key-auth and terminate (200), in-memory store, one credential
#   (g) the Java client (keysmith-client) with its 1 s cache, and (h) without a cache: N caller threads in one JVM
# Same connections and duration for each, in one run; prints requests/s, p50, p99, the ratios (a)/(d), (b)/(d),
# (c)/(d) and (a)/(f), and the number of SQL statements PostgreSQL executed during (a).
# Usage: bench/verify/run.sh [duration, default 20s] [connections, default 32]
# Environment: BENCH_SYNCHRONOUS_COMMIT (default on, as the service runs; off to compare), BENCH_JAVA_OPTS,
#   BENCH_PROFILE (a .jfr file: a JFR profile of (a) alone), BENCH_WARMUP (per verification path, default 5s),
#   BENCH_PEER_DIR (where express-gateway is installed when missing, default a directory under /tmp; "off" skips it),
#   BENCH_JFR (a directory: a JFR recording of each of (a)-(d), summarised at the end by jfr-profile.py: bytes
#   allocated per request, CPU-sample shares, hot methods and allocation sites), BENCH_APP_JAR (another build's
#   quarkus-run.jar, e.g. a copy of an earlier commit's bootstrap/target/quarkus-app, to compare in the same conditions).
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-20s}
CONNECTIONS=${2:-32}
HERE=bench/verify

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
if [ ! -f bootstrap/target/quarkus-app/quarkus-run.jar ] \
  || { [ -f keysmith-client/pom.xml ] && [ ! -f keysmith-client/target/test-classes/dev/keysmith/client/ClientBenchmark.class ]; }; then
  mvn -q package -DskipTests
fi

# BENCH_SYNCHRONOUS_COMMIT=off measures what durable commits (the embedded default) cost: every connection of
# the app (through the driver's startup options) and of psql asks for it.
SYNCHRONOUS_COMMIT=${BENCH_SYNCHRONOUS_COMMIT:-on}
export PGOPTIONS="-c synchronous_commit=$SYNCHRONOUS_COMMIT"
DATA=$(mktemp -d /tmp/keysmith-bench-XXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
MANAGEMENT_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
BASE=http://localhost:$PORT
export KEYSMITH_DATA_DIR=$DATA QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT KEYSMITH_BOOTSTRAP_OPERATOR_PASSWORD=bench-operator-password
java @bootstrap/src/main/docker/jvm.options -Xmx512m ${BENCH_JAVA_OPTS:-} "-Dquarkus.datasource.jdbc.additional-jdbc-properties.options=$PGOPTIONS" -jar "${BENCH_APP_JAR:-bootstrap/target/quarkus-app/quarkus-run.jar}" > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
# A loaded machine can take minutes to start the app.
for _ in $(seq 1 480); do curl -sf "$BASE/q/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "$BASE/q/health/ready" >/dev/null || { echo "the app did not get ready; its log:"; tail -20 "$DATA/app.log"; exit 1; }

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
CLIENT_ID=$(echo "$CLIENT" | json "['clientId']")
CLIENT_SECRET=$(echo "$CLIENT" | json "['clientSecret']")
VERIFIER=$(curl -sf -X POST -d grant_type=client_credentials -d "client_id=$CLIENT_ID" \
  -d "client_secret=$CLIENT_SECRET" "$BASE/v1/auth/token" | json "['access_token']")
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

# CPU time (user + system, in clock ticks) the serving process used so far: divided by the requests served, it is
# a cost per request that holds up when other work on the machine takes most of the cores.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
run() { # name, url, body (empty for GET), Authorization header (optional, default the verifier token)
  local serving=${SERVING:-$APP} cpu_before recording
  recording=${BENCH_JFR:+$BENCH_JFR/$(echo "$1" | tr -c 'a-z0-9\n' '-').jfr}
  [ -z "$recording" ] || [ "$serving" != "$APP" ] || jcmd $APP JFR.start name=bench settings=profile >/dev/null
  cpu_before=$(cpu_ticks "$serving")
  if [ -n "${4:-}" ]; then
    BENCH_AUTHORIZATION=$4 BENCH_BODY=$3 wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s $HERE/verify.lua "$2" > "$DATA/$1.txt"
  elif [ -n "$3" ]; then
    BENCH_TOKEN=$VERIFIER BENCH_BODY=$3 wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s $HERE/verify.lua "$2" > "$DATA/$1.txt"
  else
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2" > "$DATA/$1.txt"
  fi
  if [ -n "$recording" ] && [ "$serving" = "$APP" ]; then
    jcmd $APP JFR.stop name=bench filename="$(realpath -m "$recording")" >/dev/null
    echo "$1:$recording:$(grep -o '[0-9]* requests in' "$DATA/$1.txt" | cut -d' ' -f1)" >> "$DATA/recordings"
  fi
  python3 - "$1" "$DATA/$1.txt" "$(( $(cpu_ticks "$serving") - cpu_before ))" "$(getconf CLK_TCK)" <<'PY'
import re, sys
text = open(sys.argv[2]).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
requests = int(re.search(r"(\d+) requests in", text).group(1))
cpu_us = int(sys.argv[3]) / int(sys.argv[4]) * 1e6 / max(requests, 1)
def pct(p):
    v, unit = re.search(r"\s%s%%\s+([\d.]+)(us|ms|s)" % p, text).groups()
    return float(v) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"{sys.argv[1]:<22} {rps:>10.0f} req/s   p50 {pct(50):6.2f} ms   p99 {pct(99):6.2f} ms   CPU {cpu_us:6.1f} us/req"
      + (f"   non-2xx {errors.group(1)}" if errors else ""))
open(sys.argv[2] + ".rps", "w").write(str(rps))
open(sys.argv[2] + ".cpu", "w").write(str(cpu_us))
PY
}

echo "wrk: $CONNECTIONS connections, 2 threads, $DURATION each, loopback, $(nproc) cores, synchronous_commit $SYNCHRONOUS_COMMIT"
# Warm up the JIT and the snapshot cache on every verification path (BENCH_WARMUP each, default 5s): on a loaded
# machine the first scenario otherwise pays for the compilations.
WARMUP=${BENCH_WARMUP:-5s}
# BENCH_JFR: JFR's first start costs seconds of CPU; a recording running through the warm-up pays it there, so each
# scenario's own recording starts cheaply.
[ -z "${BENCH_JFR:-}" ] || jcmd $APP JFR.start name=primer settings=profile >/dev/null
for K in "$KEY" "$UNKNOWN" "$MALFORMED"; do
  BENCH_TOKEN=$VERIFIER BENCH_BODY=$(verify_body "$K") wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s $HERE/verify.lua "$BASE/v1/keys/verify" >/dev/null
done
wrk -t2 -c"$CONNECTIONS" -d3s "$BASE/q/health/live" >/dev/null
[ -z "${BENCH_JFR:-}" ] || mkdir -p "$BENCH_JFR"
BEFORE=$(statements)
# BENCH_PROFILE=<file.jfr> records a JFR profile of (a) alone, the valid-key hot path.
[ -z "${BENCH_PROFILE:-}" ] || jcmd $APP JFR.start name=verify settings=profile >/dev/null
run "(a) verify valid" "$BASE/v1/keys/verify" "$(verify_body "$KEY")"
[ -z "${BENCH_PROFILE:-}" ] || jcmd $APP JFR.stop name=verify filename="$(realpath -m "$BENCH_PROFILE")" >/dev/null
AFTER=$(statements)
run "(b) verify unknown" "$BASE/v1/keys/verify" "$(verify_body "$UNKNOWN")"
run "(c) verify malformed" "$BASE/v1/keys/verify" "$(verify_body "$MALFORMED")"
run "(d) liveness" "$BASE/q/health/live" ""
[ -z "${BENCH_JFR:-}" ] || jcmd $APP JFR.stop name=primer >/dev/null
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

# (f) The peer, on the same machine with the same wrk settings: express-gateway's key-auth in front of a terminate
# policy that answers 200 itself (no backend), users and credentials in its in-memory store (emulated Redis).
PEER_DIR=${BENCH_PEER_DIR:-/tmp/keysmith-bench-express-gateway}
if [ "$PEER_DIR" != off ]; then
  if [ ! -f "$PEER_DIR/node_modules/express-gateway/package.json" ]; then
    mkdir -p "$PEER_DIR"
    (cd "$PEER_DIR" && npm install --no-audit --no-fund --silent express-gateway@1.16.11 >/dev/null)
  fi
  EG=$DATA/express-gateway
  mkdir -p "$EG"
  cp -r "$PEER_DIR/node_modules/express-gateway/lib/config/models" "$PEER_DIR/node_modules/express-gateway/lib/config/system.config.yml" "$EG/"
  EG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
  EG_ADMIN=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
  cat > "$EG/gateway.config.yml" <<YML
http:
  port: $EG_PORT
admin:
  port: $EG_ADMIN
  host: localhost
apiEndpoints:
  verify:
    host: '*'
    paths: '/v1/keys/verify'
policies:
  - key-auth
  - terminate
pipelines:
  verify:
    apiEndpoints:
      - verify
    policies:
      - key-auth:
      - terminate:
          - action:
              statusCode: 200
              message: '{"valid":true,"code":"VALID"}'
YML
  NODE_PATH="$PEER_DIR/node_modules" EG_CONFIG_DIR="$EG" node -e "require('express-gateway')().run()" > "$EG/gateway.log" 2>&1 &
  PEER=$!
  trap 'kill $APP $PEER 2>/dev/null; wait $APP $PEER 2>/dev/null || true; rm -rf "$DATA"' EXIT
  for _ in $(seq 1 60); do curl -sf "http://localhost:$EG_ADMIN/users" >/dev/null && break; sleep 0.5; done
  curl -sf -X POST -H 'Content-Type: application/json' -d '{"username":"bench","firstname":"Bench","lastname":"Backend"}' \
    "http://localhost:$EG_ADMIN/users" >/dev/null
  PEER_KEY=$(curl -sf -X POST -H 'Content-Type: application/json' -d '{"type":"key-auth","consumerId":"bench","credential":{}}' \
    "http://localhost:$EG_ADMIN/credentials" | python3 -c "import sys, json; c = json.load(sys.stdin); print(c['keyId'] + ':' + c['keySecret'])")
  PEER_URL=http://localhost:$EG_PORT/v1/keys/verify
  echo "peer: $(curl -s -X POST -H "Authorization: apiKey $PEER_KEY" -H 'Content-Type: application/json' -d "$(verify_body "$KEY")" "$PEER_URL"), wrong key: $(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Authorization: apiKey nobody:nothing' "$PEER_URL")"
  BENCH_AUTHORIZATION="apiKey $PEER_KEY" BENCH_BODY=$(verify_body "$KEY") wrk -t2 -c"$CONNECTIONS" -d5s -s $HERE/verify.lua "$PEER_URL" >/dev/null
  SERVING=$PEER run "(f) express-gateway" "$PEER_URL" "$(verify_body "$KEY")" "apiKey $PEER_KEY"
  kill $PEER 2>/dev/null; wait $PEER 2>/dev/null || true
fi

# (g), (h) A product backend using keysmith-client: as many caller threads as wrk has connections, one client.
SECONDS_EACH=$(python3 -c "import re; d = '$DURATION'; n = float(re.match(r'[\d.]+', d).group()); print(int(n * {'s': 1, 'm': 60, 'h': 3600}.get(d[-1], 1)))")
CLIENT_CP=keysmith-client/target/classes:keysmith-client/target/test-classes
for variant in "(g) client, 1 s cache:1000" "(h) client, no cache:0"; do
  [ -d keysmith-client/target/test-classes ] || break
  printf '%-22s ' "${variant%%:*}"
  BENCH_CLIENT_ID=$CLIENT_ID BENCH_CLIENT_SECRET=$CLIENT_SECRET BENCH_KEY=$KEY \
    java -cp "$CLIENT_CP" dev.keysmith.client.ClientBenchmark "$BASE" payments "$CONNECTIONS" "$SECONDS_EACH" "${variant##*:}" \
    | tee "$DATA/client-${variant##*:}.txt"
done

python3 - "$DATA" <<'PY'
import os, sys
def rps(name):
    path = sys.argv[1] + "/" + name + ".txt.rps"
    return float(open(path).read()) if os.path.exists(path) else None
def cpu(name):
    path = sys.argv[1] + "/" + name + ".txt.cpu"
    return float(open(path).read()) if os.path.exists(path) else None
names = ("(a) verify valid", "(b) verify unknown", "(c) verify malformed", "(d) liveness", "(f) express-gateway")
a, b, c, d, f = (rps(n) for n in names)
print(f"ratio (a)/(d): {a / d:.2f}   (b)/(d): {b / d:.2f}   (c)/(d): {c / d:.2f}"
      + (f"   (a)/(f) verify/peer: {a / f:.2f}" if f else "   (f) skipped"))
# The same ratios from the CPU each request cost the serving process (cost of (d) / cost of (x)): what the
# throughput ratios would be if each process had the cores to itself.
a, b, c, d, f = (cpu(n) for n in names)
print(f"by CPU per request: (a)/(d): {d / a:.2f}   (b)/(d): {d / b:.2f}   (c)/(d): {d / c:.2f}"
      + (f"   (a)/(f) verify/peer: {f / a:.2f}" if f else ""))
PY
REQUESTS=$(python3 -c "import re;print(int(float(re.search(r'(\d+) requests in', open('$DATA/(a) verify valid.txt').read()).group(1))))")
echo "SQL transactions during (a): $((AFTER - BEFORE)) for $REQUESTS verifications (includes the batched last-use flushes)"
REQUESTS_E=$(python3 -c "import re;print(int(float(re.search(r'(\d+) requests in', open('$DATA/(e) random unknown.txt').read()).group(1))))")
echo "SQL transactions during (e): $((AFTER_E - BEFORE_E)) for $REQUESTS_E verifications of random unknown keys"
# BENCH_JFR: what each recorded scenario cost, read from its recording now that nothing else runs.
if [ -f "$DATA/recordings" ]; then
  while IFS=: read -r name recording requests; do
    echo "$name ($recording):"
    python3 $HERE/jfr-profile.py "$recording" "$requests"
  done < "$DATA/recordings"
fi
