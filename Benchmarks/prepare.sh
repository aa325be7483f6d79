# Sourced by the benchmarks: installs wrk and PostgreSQL from Debian's packages if missing, sets
# `bin` to a release build (or to BENCH_BIN), makes a work folder `work`, and stops the server and
# the PostgreSQL cluster on exit.
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || apt-get install -y -qq postgresql >/dev/null
if [ -n "${BENCH_BIN:-}" ]; then
  bin=$(realpath "$BENCH_BIN")
else
  swift build -c release --scratch-path .build-release --product guildhall >/dev/null
  bin=$repo/.build-release/release/guildhall
fi
work=$(mktemp -d)
chmod 755 "$work"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  "$repo/.ci/postgres.sh" stop "$work/postgres" 2>/dev/null || true
}
trap cleanup EXIT
