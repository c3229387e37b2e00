#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on a loopback port for the tests (Debian's postgresql package) and prints the
# connection string. Usage: eval "$(bash build/postgres.sh start)"; bash build/postgres.sh stop; bash build/postgres.sh resume
set -euo pipefail
port="${REGISTRY_PG_PORT:-55432}"
data="${REGISTRY_PG_DATA:-/tmp/registry-pg-$port}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-start}" in
  start)
    if [ -z "$bin" ]; then
      echo "PostgreSQL is not installed (apt-get install postgresql)" >&2
      exit 1
    fi
    if ! as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      rm -rf "$data"
      mkdir -p "$data"
      [ "$(id -u)" = 0 ] && chown postgres "$data"
      as_postgres "$bin/initdb" -D "$data" -U registry --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
      as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=on -c max_connections=200" start >/dev/null
    fi
    echo "export REGISTRY_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=registry;Database=postgres'"
    ;;
  stop)
    as_postgres "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
    ;;
  resume)
    # Starts a server stopped with 'stop', keeping its databases (the outage tests).
    as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=on -c max_connections=200" start >/dev/null
    ;;
esac
