#!/usr/bin/env bash
# Measures the front office over a large council: searching residents (by name, part of a name,
# phone, postcode and case reference), a division's work queue and the compliance report, on
# SQLite and on PostgreSQL, each at one connection.
# Usage, as root on Debian: bash Benchmarks/front-office.sh [sqlite|postgres|both] (default both)
# Sizes: BENCH_RESIDENTS (default 1,000,000) and BENCH_CASES (default 2,000,000); BENCH_SECONDS per
# measurement (default 20). BENCH_BIN uses that binary instead of building a release.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
which_databases=${1:-both}
residents=${BENCH_RESIDENTS:-1000000}
cases=${BENCH_CASES:-2000000}
duration=${BENCH_SECONDS:-20}
port=8124
source Benchmarks/prepare.sh
python3 Benchmarks/make-catalogue.py 200 > "$work/catalogue.csv"

# One measurement: wrk at one connection over the paths in a file, with a header.
measure() {
  local label=$1 paths=$2 header=$3
  echo "--- $label ($(wc -l < "$paths") paths in turn), 1 connection, ${duration}s"
  PATHS=$paths wrk -t1 -c1 -d"${duration}s" --latency -s Benchmarks/rotate.lua -H "$header" "http://127.0.0.1:$port" \
    | grep -E "50%|90%|99%|Requests/sec|Non-2xx"
}

run() {
  local label=$1
  export GUILDHALL_DEMO=false
  "$bin" migrate >/dev/null 2>&1
  "$bin" org add --slug bench --name "Benchmark Borough Council" --tier unitary >/dev/null 2>&1
  "$bin" import catalogue "$work/catalogue.csv" --org bench >/dev/null 2>&1
  echo "bench-password-123" | "$bin" user add --email agent@bench.example --name "Bench Agent" --role front-office --org bench >/dev/null 2>&1
  local token=$("$bin" token add --user agent@bench.example --name benchmark 2>/dev/null)
  local started=$(date +%s)
  python3 Benchmarks/make-front-office.py "$2" "$3" "$residents" "$cases" > "$work/terms-$label.json"
  echo "$label: loading $residents residents and $cases cases took $(( $(date +%s) - started )) s"

  "$bin" serve --hostname 127.0.0.1 --port "$port" --log warning >"$work/server-$label.log" 2>&1 &
  server=$!
  for _ in $(seq 1 200); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
  local jar=$work/cookies-$label
  local csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/staff/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" --data-urlencode "email=agent@bench.example" \
    --data-urlencode "password=bench-password-123" "http://127.0.0.1:$port/staff/sign-in"
  local cookie="guildhall-session=$(awk '$6 == "guildhall-session" { print $7 }' "$jar")"

  python3 - "$work/terms-$label.json" "$work" "$label" <<'PY'
import json, sys, urllib.parse
terms = json.load(open(sys.argv[1]))
work, label = sys.argv[2], sys.argv[3]
def write(name, paths):
    with open(f"{work}/{name}-{label}.txt", "w") as out:
        out.write("\n".join(paths) + "\n")
search = [t for kind in ("names", "phones", "postcodes", "references") for t in terms["terms"][kind]]
write("search", ["/api/v1/organisations/bench/customers?q=" + urllib.parse.quote(t) for t in search])
write("queue", [f"/staff/queue?division={d}" for d in terms["divisions"]]
      + [f"/staff/queue?division={d}&due=overdue" for d in terms["divisions"]])
from datetime import date, timedelta
last_day = date.today().replace(day=1) - timedelta(days=1)
write("compliance-month", [f"/api/v1/organisations/bench/standards?from={last_day.replace(day=1)}&to={last_day}"])
write("compliance-year", ["/api/v1/organisations/bench/standards"])
PY
  for path in $(head -n 3 "$work/search-$label.txt"); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path")" = 200 ] || { echo "$path did not answer 200"; exit 1; }
  done
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "http://127.0.0.1:$port$(head -n 1 "$work/queue-$label.txt")")" = 200 ] || { echo "the work queue did not answer 200"; exit 1; }
  measure "$label, search" "$work/search-$label.txt" "Authorization: Bearer $token"
  measure "$label, work queue page" "$work/queue-$label.txt" "Cookie: $cookie"
  measure "$label, compliance for last month" "$work/compliance-month-$label.txt" "Authorization: Bearer $token"
  measure "$label, compliance for twelve months" "$work/compliance-year-$label.txt" "Authorization: Bearer $token"
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
}

if [ "$which_databases" != postgres ]; then
  GUILDHALL_SQLITE_PATH="$work/bench.sqlite" run sqlite sqlite "$work/bench.sqlite"
fi
if [ "$which_databases" != sqlite ]; then
  url=$("$repo/.ci/postgres.sh" start "$work/postgres" 55434)
  DATABASE_URL=$url run postgres postgres "$url"
fi
