#!/usr/bin/env bash
# Measures the Hub and Open311 on the demo council, side by side with the framework's own ceiling
# on this machine (Guildhall serving its stylesheet from memory): services A to Z and a service
# page, Open311's services.xml and requests.xml for a day, an Open311 POST and an online form sent
# at 1 and 16 connections beside SQLite's durable-commit ceiling, and the kill -9 check.
# Usage, as root on Debian: bash Benchmarks/hub.sh [sqlite|postgres|both] (default sqlite)
# BENCH_SECONDS per measurement (default 20); KILL_ROUNDS for the kill -9 check (default 20);
# BENCH_BIN uses that binary instead of building a release.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
which_databases=${1:-sqlite}
duration=${BENCH_SECONDS:-20}
port=8125
source Benchmarks/prepare.sh

# wrk at `connections` on one path, printing its rate, latency and any failures.
measure() {
  local label=$1 connections=$2 path=$3; shift 3
  echo "--- $label, $connections connection(s), ${duration}s"
  wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"${duration}s" --latency "$@" "http://127.0.0.1:$port$path" \
    | grep -E "50%|99%|Requests/sec|Non-2xx|errors"
}

run() {
  local label=$1
  export GUILDHALL_DEMO=true GUILDHALL_REQUEST_LIMIT=100000000
  echo "=== $label"
  "$bin" serve --hostname 127.0.0.1 --port "$port" --log warning >"$work/server-$label.log" 2>&1 &
  server=$!
  for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
  local key=$("$bin" open311 key add --org wyvern-vale --name Benchmark 2>/dev/null)
  local stylesheet=$(curl -s "http://127.0.0.1:$port/" | grep -o '/assets/guildhall-[0-9a-f]*\.css' | head -1)
  local now=$(date -u +%Y-%m-%dT%H:%M:%SZ) dayAgo=$(date -u -d '1 day ago' +%Y-%m-%dT%H:%M:%SZ)

  measure "ceiling: the stylesheet from memory" 16 "$stylesheet"
  measure "services A to Z" 16 "/services"
  measure "a service page" 16 "/services/report-a-pothole"
  measure "Open311 services.xml" 16 "/open311/v2/services.xml?jurisdiction_id=wyvern-vale"
  measure "Open311 requests.xml for a day" 16 "/open311/v2/requests.xml?jurisdiction_id=wyvern-vale&start_date=$dayAgo&end_date=$now"
  for connections in 1 16; do
    OPEN311_KEY=$key measure "Open311 POST requests.xml" "$connections" "/open311/v2/requests.xml" -s Benchmarks/open311-post.lua
  done
  for connections in 1 16; do
    echo "--- online form sent, $connections client(s), ${duration}s"
    python3 Benchmarks/submit-forms.py "http://127.0.0.1:$port" "$connections" "$duration"
  done
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
}

if [ "$which_databases" != postgres ]; then
  export GUILDHALL_SQLITE_PATH=$work/hub.sqlite
  unset DATABASE_URL
  echo "--- ceiling: durable SQLite commits on this disk, one writer"
  python3 Benchmarks/sqlite-commits.py "$work" "$duration"
  run sqlite
  echo "--- kill -9 under load, ${KILL_ROUNDS:-20} rounds"
  python3 Benchmarks/kill-nine.py --bin "$bin" --rounds "${KILL_ROUNDS:-20}"
fi
if [ "$which_databases" != sqlite ]; then
  export DATABASE_URL=$("$repo/.ci/postgres.sh" start "$work/postgres" 55440)
  run postgres
fi
