#!/usr/bin/env bash
# Per-commit cost of synchronous_commit (issue 10): 2000 single-row INSERTs, each its own transaction, through psql,
# against the packaged app's embedded PostgreSQL (fsync on), with synchronous_commit off and on, twice each.
# Usage: bench/commit/run.sh (after mvn package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=$(mktemp -d /tmp/keysmith-commit-XXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
MANAGEMENT_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
KEYSMITH_DATA_DIR=$DATA QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT KEYSMITH_BOOTSTRAP_OPERATOR_PASSWORD=bench-operator-password \
  java -jar bootstrap/target/quarkus-app/quarkus-run.jar > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 400); do curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
PG_PORT=$(grep -o 'jdbc:postgresql://localhost:[0-9]*' "$DATA/app.log" | head -1 | sed 's/.*://')
psql -q -h localhost -p "$PG_PORT" -U postgres -d keysmith -c "CREATE TABLE commit_probe (n int)"
seq 2000 | sed 's/.*/INSERT INTO commit_probe VALUES (&);/' > "$DATA/inserts.sql"
for mode in off on off on; do
  START=$(date +%s.%N)
  PGOPTIONS="-c synchronous_commit=$mode" psql -q -h localhost -p "$PG_PORT" -U postgres -d keysmith -f "$DATA/inserts.sql"
  python3 -c "import sys; t=$(date +%s.%N)-$START; print(f'synchronous_commit={sys.argv[1]:<3}  2000 commits in {t:.2f} s  ({t/2000*1000:.2f} ms each)')" "$mode"
done
