#!/usr/bin/env bash
# Measures the performance dashboard, the BVPI 157 API and the statement API (whose BVPI 157
# section is filled from the catalogue on every read) against a catalogue of 2,000 services with
# all ten interaction types (20,000 interactions), on SQLite and on PostgreSQL.
# Usage, as root on Debian: bash Benchmarks/run.sh [sqlite|postgres|both] (default both)
# Needs: wrk and PostgreSQL from Debian's packages (installed if missing), a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
which_databases=${1:-both}
port=8123
duration=${BENCH_SECONDS:-20}
source Benchmarks/prepare.sh
python3 Benchmarks/make-catalogue.py 2000 > "$work/catalogue.csv"

measure() {
  local label=$1
  export GUILDHALL_DEMO=false
  "$bin" org add --slug bench --name "Benchmark Borough Council" --tier unitary 2>/dev/null >/dev/null
  echo "bench-password-123" | "$bin" user add --email pm@bench.example --name "Bench PM" --role programme-manager --org bench 2>/dev/null >/dev/null
  local started=$(date +%s.%N)
  "$bin" import catalogue "$work/catalogue.csv" --org bench 2>/dev/null
  echo "import of 20,000 rows took $(echo "$(date +%s.%N) - $started" | bc) s"
  local token=$("$bin" token add --user pm@bench.example --name benchmark 2>/dev/null)

  "$bin" serve --hostname 127.0.0.1 --port "$port" --log warning >"$work/server-$label.log" 2>&1 &
  server=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

  local jar=$work/cookies-$label
  local csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/staff/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" --data-urlencode "email=pm@bench.example" \
    --data-urlencode "password=bench-password-123" "http://127.0.0.1:$port/staff/sign-in"
  local cookie="guildhall-session=$(awk '$6 == "guildhall-session" { print $7 }' "$jar")"

  local dashboard="http://127.0.0.1:$port/staff/performance?on=2003-11-04"
  local api="http://127.0.0.1:$port/api/v1/organisations/bench/bvpi157?on=2003-11-04"
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$dashboard")" = 200 ] || { echo "dashboard did not answer 200"; exit 1; }
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$api")" = 200 ] || { echo "API did not answer 200"; exit 1; }
  local base="http://127.0.0.1:$port/api/v1"
  local statement_id=$(curl -s -H "Authorization: Bearer $token" -H "Content-Type: application/json" -d '{"year": 2003, "proForma": "ieg3"}' \
    "$base/organisations/bench/statements" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  curl -s -o /dev/null -X PUT -H "Authorization: Bearer $token" -H "Content-Type: application/json" \
    -d '{"asAt": "2003-09-30", "commentary": "Benchmark"}' "$base/statements/$statement_id/sections/bvpi157"
  local statement="$base/statements/$statement_id"

  for connections in 1 8; do
    echo "--- $label, dashboard, $connections connection(s), ${duration}s"
    wrk -t1 -c"$connections" -d"${duration}s" --latency -H "Cookie: $cookie" "$dashboard" | grep -E "50%|90%|99%|Requests/sec"
    echo "--- $label, BVPI 157 API, $connections connection(s), ${duration}s"
    wrk -t1 -c"$connections" -d"${duration}s" --latency -H "Authorization: Bearer $token" "$api" | grep -E "50%|90%|99%|Requests/sec"
    echo "--- $label, statement API, $connections connection(s), ${duration}s"
    wrk -t1 -c"$connections" -d"${duration}s" --latency -H "Authorization: Bearer $token" "$statement" | grep -E "50%|90%|99%|Requests/sec"
  done
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
}

if [ "$which_databases" != postgres ]; then
  GUILDHALL_SQLITE_PATH="$work/bench.sqlite" measure sqlite
fi
if [ "$which_databases" != sqlite ]; then
  url=$("$repo/.ci/postgres.sh" start "$work/postgres" 55433)
  DATABASE_URL=$url measure postgres
fi
