#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster from Debian's packages on a local port, as the postgres
# user, and prints the TEST_DATABASE_URL for it. Usage: postgres.sh start DIR PORT | stop DIR
set -euo pipefail
action=$1 dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
case "$action" in
  start)
    port=$3
    rm -rf "$dir" && mkdir -p "$dir" && chown postgres:postgres "$dir"
    su postgres -c "$bin/initdb -D '$dir/data' -U postgres --auth=trust -E UTF8 >/dev/null"
    su postgres -c "$bin/pg_ctl -D '$dir/data' -l '$dir/log' -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c max_connections=1000 -c fsync=off\" -w start >/dev/null"
    psql -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE ROLE guildhall LOGIN PASSWORD 'guildhall'" -c "CREATE DATABASE guildhall_test OWNER guildhall"
    echo "postgres://guildhall:guildhall@127.0.0.1:$port/guildhall_test"
    ;;
  stop)
    su postgres -c "$bin/pg_ctl -D '$dir/data' -m fast stop >/dev/null" || true
    ;;
esac
